/**
 * Pages written for each case: headline lines that hold clause marks, picture
 * credits that end a caption, and picture credits that stand inside an
 * article. Each case has its negatives: the body line, the paragraph, the
 * credit that must stay what it is.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-03-15" }).records);
const head = (a: ArticleRecord) => [a.headline.kicker, a.headline.title, a.headline.subtitle];

const LEAD = "　　本报讯（记者 何思远）“装电梯是好事，可我们一楼得不到好处。”家住东风小区的王阿姨说。";
const BODY = "　　截至2023年底，我市已累计完成加装电梯1865台。";

describe("headline lines with clause marks", () => {
  it.each([
    { name: "a subtitle of three clauses", lines: ["“一楼难题”怎么解", "协商在前，补偿到位，电梯装进心里"], expected: [null, "“一楼难题”怎么解", "协商在前，补偿到位，电梯装进心里"] },
    {
      name: "a dash subtitle with a list",
      lines: ["“一楼难题”怎么解", "——记者走访多个小区，听居民、专家和街道怎么说"],
      expected: [null, "“一楼难题”怎么解", "——记者走访多个小区，听居民、专家和街道怎么说"],
    },
    { name: "a subtitle of listed phrases", lines: ["老旧小区加装电梯有了新办法", "多方协商、以补代偿、破解顾虑"], expected: [null, "老旧小区加装电梯有了新办法", "多方协商、以补代偿、破解顾虑"] },
    {
      name: "a subtitle with a question and a colon inside",
      lines: ["老旧小区加装电梯有了新办法", "一楼“吃亏”了吗？专家：可协商补偿"],
      expected: [null, "老旧小区加装电梯有了新办法", "一楼“吃亏”了吗？专家：可协商补偿"],
    },
    { name: "a title of three phrases, alone", lines: ["春光里，田野上，处处农事忙"], expected: [null, "春光里，田野上，处处农事忙", null] },
  ])("$name, over a dateline, heads the article", ({ lines, expected }) => {
    const list = read([...lines, "", LEAD, BODY]);
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual(expected);
    expect(list[0]!.bylines.map((b) => b.name)).toEqual(["何思远"]);
    expect(list[0]!.paragraphs).toEqual(["“装电梯是好事，可我们一楼得不到好处。”家住东风小区的王阿姨说。", "截至2023年底，我市已累计完成加装电梯1865台。"]);
  });

  it("a question title and a subtitle with clause marks over a byline line", () => {
    const list = read(["老旧小区加装电梯 “一楼难题”怎么解？", "记者走访多个小区，听居民、专家和街道怎么说", "", "　　晚报记者 何思远 实习生 李婉清", "", LEAD.replace(/本报讯（记者 何思远）/, ""), BODY]);
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual([null, "老旧小区加装电梯 “一楼难题”怎么解？", "记者走访多个小区，听居民、专家和街道怎么说"]);
    expect(list[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["何思远", "reporter"],
      ["李婉清", "intern"],
    ]);
    expect(list[0]!.paragraphs).toHaveLength(2);
  });

  it("a title of three phrases after a finished article opens the next one", () => {
    const list = read([
      "城西公园改造完工",
      "",
      "本报讯（记者 孙伟）城西公园改造工程昨天完工，新增绿地两万平方米。",
      "",
      "春光里，田野上，处处农事忙",
      "",
      "本报讯（记者 周敏）连日来，各地农民抢抓农时，翻耕土地、播种育苗。",
      "",
      "全市已完成春播面积十二万亩。",
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城西公园改造完工", "春光里，田野上，处处农事忙"]);
    expect(list[0]!.paragraphs).toEqual(["城西公园改造工程昨天完工，新增绿地两万平方米。"]);
    expect(list[1]!.paragraphs).toHaveLength(2);
  });

  it("a subtitle with clause marks right under the title, the indented body below", () => {
    const list = read(["电梯装进心里", "协商在前，补偿到位，矛盾化解在楼道", "", "　　“装电梯是好事，可我们一楼得不到好处。”家住东风小区的王阿姨说。", BODY]);
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual([null, "电梯装进心里", "协商在前，补偿到位，矛盾化解在楼道"]);
    expect(list[0]!.paragraphs).toHaveLength(2);
  });

  // Negatives: the last line of the article above, with no full stop, stays its paragraph.
  const SECOND = "本报讯（记者 周敏）连日来，各地农民抢抓农时。";
  it.each([
    {
      name: "indented like the paragraphs above it",
      lines: ["城西公园改造完工", "", "　　本报讯（记者 孙伟）城西公园改造工程昨天完工。", "", "　　这是好事，大家都满意，都支持", "", `　　${SECOND}`],
      last: "这是好事，大家都满意，都支持",
    },
    {
      name: "touching the paragraph above, one sentence a line",
      lines: ["城西公园改造完工", "本报讯（记者 孙伟）城西公园改造工程昨天完工。", "这是好事，大家都满意，都支持", SECOND],
      last: "这是好事，大家都满意，都支持",
    },
    {
      name: "a report of speech, paragraphs set apart by blank lines",
      lines: ["城西公园改造完工", "", "本报讯（记者 孙伟）城西公园改造工程昨天完工。", "", "他说，这是好事，大家都满意，都支持", "", SECOND],
      last: "他说，这是好事，大家都满意，都支持",
    },
  ])("a body line above the next dateline stays body: $name", ({ lines, last }) => {
    const list = read(lines);
    expect(list).toHaveLength(2);
    expect(list[0]!.paragraphs).toEqual(["城西公园改造工程昨天完工。", last]);
    expect(list[1]!.headline.title).toBeNull();
    expect(list[1]!.paragraphs).toEqual(["连日来，各地农民抢抓农时。"]);
  });

  it("a line above the credit that closes an article stays body", () => {
    const list = read([
      "城西公园改造完工",
      "",
      "本报讯 城西公园改造工程昨天完工，新增绿地两万平方米。",
      "",
      "下一步，将继续完善配套，方便市民",
      "",
      "（记者 孙伟）",
      "",
      "新桥建成通车",
      "",
      "本报讯（记者 周敏）新桥今天建成通车。",
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城西公园改造完工", "新桥建成通车"]);
    expect(list[0]!.paragraphs).toEqual(["城西公园改造工程昨天完工，新增绿地两万平方米。", "下一步，将继续完善配套，方便市民"]);
    expect(list[0]!.bylines.map((b) => b.name)).toEqual(["孙伟"]);
  });

  it("a line above a picture credit is no headline", () => {
    const list = read(["城西公园改造完工", "", "本报讯（记者 孙伟）城西公园改造工程昨天完工，新增绿地两万平方米。", "", "市民在公园里散步，赏花，拍照", "", "本报记者 王磊 摄"]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline.subtitle).toBeNull();
    expect(list[0]!.bylines.map((b) => [b.name, b.photo])).toEqual([
      ["孙伟", false],
      ["王磊", true],
    ]);
  });
});

describe("exclamations and questions of clauses", () => {
  const OPENING = "　　本报讯（记者 何思远）连日来，市政务服务中心把42个事项搬到了网上。";
  const MORE = "　　改革以来，办事材料平均减少四成。";

  it.each([
    { name: "an exclamation alone at the top", lines: ["让办事少跑腿，数据多跑路！", ""] },
    { name: "a greeting", lines: ["你好，新时代！", ""] },
    { name: "a question", lines: ["再等一等，班车就来？", ""] },
    { name: "an exclamation in quotation marks", lines: ["“再坚持一下，我们马上到！”", ""] },
    { name: "an exclamation right over the dateline", lines: ["让办事少跑腿，数据多跑路！"] },
  ])("$name, over a dateline, is the title", ({ lines }) => {
    const list = read([...lines, OPENING, MORE]);
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual([null, lines[0], null]);
    expect(list[0]!.paragraphs).toEqual(["连日来，市政务服务中心把42个事项搬到了网上。", "改革以来，办事材料平均减少四成。"]);
  });

  it("a quoted exclamation under a column tag, over a byline line, is the title and the tag its kicker", () => {
    const list = read(["【一线直击】", "“再坚持一下，我们马上到！”", "", "　　本报记者　何思远", "　　凌晨两点，救援队接到报警，河边有三人被困。", "　　一小时后，被困的三人全部获救。"]);
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual(["一线直击", "“再坚持一下，我们马上到！”", null]);
    expect(list[0]!.bylines.map((b) => [b.name, b.role])).toEqual([["何思远", "reporter"]]);
    expect(list[0]!.paragraphs).toEqual(["凌晨两点，救援队接到报警，河边有三人被困。", "一小时后，被困的三人全部获救。"]);
  });

  it("an exclamation of clauses after a finished article opens the next one", () => {
    const list = read(["城西公园改造完工", "", "本报讯（记者 孙伟）城西公园改造工程昨天完工。", "", "你好，新时代！", "", OPENING, MORE]);
    expect(list.map((a) => a.headline.title)).toEqual(["城西公园改造完工", "你好，新时代！"]);
    expect(list[1]!.paragraphs).toHaveLength(2);
  });

  it.each([
    { name: "an exclamation between two paragraphs", lines: [OPENING, "“太好了，终于不用跑了！”", MORE] },
    { name: "an exclamation set apart between two paragraphs", lines: [OPENING, "", "“太好了，终于不用跑了！”", "", MORE] },
    { name: "an exclamation under a paragraph, over a byline line", lines: [OPENING, "“太好了，终于不用跑了！”", "　　本报记者　孙伟"] },
  ])("$name stays body", ({ lines }) => {
    const list = read(["网上办事更方便了", "", ...lines]);
    expect(list[0]!.headline.title).toBe("网上办事更方便了");
    expect(list[0]!.paragraphs).toContain("“太好了，终于不用跑了！”");
  });

  it("an indented exclamation where paragraphs are indented stays body", () => {
    const list = read(["网上办事更方便了", "", OPENING, "", "　　“太好了，终于不用跑了！”", "", "　　本报记者　孙伟", MORE]);
    expect(list[0]!.paragraphs).toContain("“太好了，终于不用跑了！”");
  });

  it("a line opening as a report of speech stays body", () => {
    const list = read(["网上办事更方便了", "", OPENING, "", "他说，这下不用跑了！", "", "　　本报记者　孙伟", MORE]);
    expect(list[0]!.paragraphs).toContain("他说，这下不用跑了！");
  });
});

describe("picture credits", () => {
  it("a caption ending on its credit is not joined to the paragraph after it", () => {
    const list = read([
      "春日赏花正当时",
      "",
      "本报讯（记者 刘 洋）3月12日，市植物园的樱花进入盛花期，吸引大批市民前来观赏。",
      "",
      "3月12日，市民在植物园樱花树下拍照留念。本报记者 王 磊 摄",
      "",
      "据了解，今年植物园新增樱花品种15个，花期将持续至3月底。",
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual(["3月12日，市植物园的樱花进入盛花期，吸引大批市民前来观赏。", "据了解，今年植物园新增樱花品种15个，花期将持续至3月底。"]);
    expect(list[0]!.bylines).toEqual([
      { name: "刘洋", role: "reporter", label: "记者", photo: false },
      { name: "王磊", role: "reporter", label: "本报记者", photo: true },
    ]);
  });

  it("a paragraph longer than a caption, ending on a picture credit, keeps its text and the article goes on", () => {
    const caption = "3月10日，天气晴好，不少市民带着家人来到环湖步道上骑行、散步、放风筝。步道入口处的停车场一早就停满了车辆，附近的商户也迎来了客流高峰。";
    const list = read(["湖畔步道开放", "", "本报讯（记者 孙伟）环湖步道今天全线开放，全长八公里。", "", `${caption}本报记者 王 磊 摄`, "", "据介绍，步道沿线还将增设两处公共卫生间。"]);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual(["环湖步道今天全线开放，全长八公里。", caption, "据介绍，步道沿线还将增设两处公共卫生间。"]);
    expect(list[0]!.bylines.map((b) => [b.name, b.photo])).toEqual([
      ["孙伟", false],
      ["王磊", true],
    ]);
  });

  it("a paragraph cut after 拍摄 across a break is joined again", () => {
    const list = read(["湖畔步道开放", "", "本报讯（记者 孙伟）环湖步道今天全线开放，全长八公里，今年他已经为步道拍摄", "", "了三千多张照片，记录步道的变化。"]);
    expect(list[0]!.paragraphs).toEqual(["环湖步道今天全线开放，全长八公里，今年他已经为步道拍摄了三千多张照片，记录步道的变化。"]);
  });

  it.each([
    { name: "an organisation's credit in brackets", credit: "（馆方供图）", byline: ["馆方", "source"] },
    { name: "a photographer's credit", credit: "本报记者 刘 洋 摄", byline: ["刘洋", "reporter"] },
  ])("$name between two paragraphs of a report does not close it", ({ credit, byline }) => {
    const list = read([
      "一封跨越半个世纪的家书",
      "",
      "本报讯（记者 王 磊）3月12日，市档案馆收到一份特殊的捐赠——一封写于1972年的家书。",
      "",
      credit,
      "",
      "捐赠人今年81岁，这封信是她丈夫当年在外修铁路时寄回家的。",
      "",
      "馆长表示，这封家书将作为史料永久保存。",
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toHaveLength(3);
    expect(list[0]!.bylines.map((b) => [b.name, b.role, b.photo])).toEqual([
      ["王磊", "reporter", false],
      [...byline, true],
    ]);
  });

  it("a picture credit before a headline or a dateline still ends the article", () => {
    const top = ["湖畔步道开放", "", "本报讯（记者 孙伟）环湖步道今天全线开放，全长八公里。", "", "本报记者 王磊 摄", ""];
    const headed = read([...top, "新桥建成通车", "", "本报讯（记者 周敏）新桥今天建成通车。"]);
    expect(headed.map((a) => a.headline.title)).toEqual(["湖畔步道开放", "新桥建成通车"]);
    const dated = read([...top, "本报讯（记者 周敏）新桥今天建成通车，双向六车道。"]);
    expect(dated).toHaveLength(2);
    expect(dated[0]!.paragraphs).toEqual(["环湖步道今天全线开放，全长八公里。"]);
    expect(dated[1]!.bylines.map((b) => b.name)).toEqual(["周敏"]);
  });
});
