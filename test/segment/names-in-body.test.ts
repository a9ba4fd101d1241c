/**
 * Names, lists and signature blocks inside running text. A line of bare
 * names is a signature only where an article ends (or right under its
 * headline); inside the text it is the text's: the names a sentence
 * introduces (`出席会议的有：`), a speaker in a transcript. A letter's foot
 * (its signer and date) is read, not lost; a table's title opens the table;
 * one line of a post and a name inside a report is the report's.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-07-20" }).records);
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

describe("names under a sentence that introduces them", () => {
  const opening = ["全市防汛工作会议召开", "", "本报讯（记者 周 琳）昨天下午，全市防汛工作会议在市行政中心召开。", "出席会议的有："];
  const after = "会议听取了各区防汛准备情况汇报，部署了下一阶段工作。";

  it.each([
    ["rows of several names", ["王建国　李明华　张　伟　刘小平", "陈志远　赵晓东"]],
    ["one name a line", ["王建国", "李明华", "张　伟"]],
  ])("are paragraphs of the report, which goes on under them (%s)", (_how, rows) => {
    const [a, ...rest] = run([...opening, ...rows, after]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["昨天下午，全市防汛工作会议在市行政中心召开。", "出席会议的有：", ...rows, after]);
    expect(names(a)).toEqual(["周琳/reporter"]);
  });

  it("are the report's at its end too, before the next headline", () => {
    const [a, b, ...rest] = run([...opening, "王建国　李明华", "", "城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(-2)).toEqual(["出席会议的有：", "王建国　李明华"]);
    expect(names(a)).toEqual(["周琳/reporter"]);
    expect(b!.headline.title).toBe("城北新桥今天通车");
  });
});

describe("a name alone on a line inside the text", () => {
  it("under a sentence, with text going on under it, is the text's", () => {
    const [a, ...rest] = run(["社区里的“老娘舅”", "", "本报讯　在城东社区，提起调解员，居民们都会说出一个名字。", "陈德明", "今年68岁，退休后一直在社区调解邻里纠纷。"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["在城东社区，提起调解员，居民们都会说出一个名字。", "陈德明", "今年68岁，退休后一直在社区调解邻里纠纷。"]);
    expect(a!.bylines).toEqual([]);
  });

  it("a speaker recurring in a transcript, under the questions, is the transcript's; no question becomes a headline", () => {
    const [a, ...rest] = run([
      "老手艺人的新故事",
      "",
      "本报记者 周 琳",
      "",
      "记者：您做竹编多少年了？",
      "陈德明",
      "四十多年了，十几岁就跟着父亲学。",
      "记者：现在还有年轻人来学吗？",
      "陈德明",
      "有，这两年来了好几个大学生。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("老手艺人的新故事");
    expect(names(a)).toEqual(["周琳/reporter"]);
    expect(a!.paragraphs).toHaveLength(6);
    expect(a!.paragraphs.filter((p) => p === "陈德明")).toHaveLength(2);
  });

  it("signatures still sign: under a headline, under a question headline, at an article's end", () => {
    const all = run([
      "莫让“指尖”变“心尖”之痛",
      "",
      "张　弛",
      "",
      "近来，一些中小学生沉迷短视频，家长忧心忡忡。",
      "治理之道，在于家校社协同发力。",
      "",
      "谁来守护孩子的周末？",
      "李晓东",
      "周末补课禁而不止，根源在于升学焦虑。",
      "",
      "老旧小区改造要听民意",
      "",
      "本报讯　城东区今年改造老旧小区12个，改造方案均经居民投票通过。",
      "王　芳",
      "",
      "城北新桥今天通车",
      "",
      "本报讯　城北新桥今天上午正式通车。",
    ]);
    expect(all.map((a) => a.headline.title)).toEqual(["莫让“指尖”变“心尖”之痛", "谁来守护孩子的周末？", "老旧小区改造要听民意", "城北新桥今天通车"]);
    expect(all.map(names)).toEqual([["张弛/author"], ["李晓东/author"], ["王芳/author"], []]);
    expect(all[2]!.paragraphs).toEqual(["城东区今年改造老旧小区12个，改造方案均经居民投票通过。"]);
  });

  it("a signature over a contact line still signs: the contact line states no sentence", () => {
    const [a] = run(["别让调研走了样", "", "张　弛", "", "有的干部下基层调研，走马观花，拍几张照片就算完成任务。", "调研不是作秀，而是为了解决问题。", "丁　一", "", "理论周刊投稿邮箱：llzk2024@example.com"]);
    expect(names(a)).toEqual(["张弛/author", "丁一/author"]);
    expect(a!.paragraphs).toEqual(["有的干部下基层调研，走马观花，拍几张照片就算完成任务。", "调研不是作秀，而是为了解决问题。"]);
  });

  it("the author under an editor's note signs the text below it", () => {
    const [a, ...rest] = run(["把论文写在大地上", "", "编者按：本期刊发一位农技人员的手记。", "李晓东", "", "入村第一天，我就被眼前的景象震撼了。"]);
    expect(rest).toEqual([]);
    expect(names(a)).toEqual(["李晓东/author"]);
    expect(a!.paragraphs).not.toContain("李晓东");
  });
});

describe("a letter's salutation and foot", () => {
  const letter = [
    "致全市广大志愿者的一封信",
    "",
    "全市广大志愿者：",
    "你们好！过去一年，大家在社区服务、助老助残、文明交通等方面默默奉献，为城市增添了温暖。",
    "新的一年，希望大家继续弘扬志愿精神，积极投身各项志愿服务活动。",
  ];

  it("the salutation is a paragraph; the signing body is the author (a signature with no role word); the foot's date is no text and, under a lead with no date, no date of the letter", () => {
    const [a, ...rest] = run([...letter, "江城市志愿服务联合会", "2024年3月5日"]);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("致全市广大志愿者的一封信");
    expect(a!.paragraphs).toEqual([letter[2], letter[3], letter[4]]);
    expect(names(a)).toEqual(["江城市志愿服务联合会/author"]);
    // records.md: the dateline's date, else the lead's; a foot is neither.
    expect(a!.date).toBeNull();
    expect(a!.source).toMatchObject({ lineStart: 1, lineEnd: 7 });
  });

  it("a person's signature over a bracketed date, before the next headline", () => {
    const [a, b, ...rest] = run([...letter, "李　明", "（2024年3月5日）", "", "城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"]);
    expect(rest).toEqual([]);
    expect(names(a)).toEqual(["李明/author"]);
    expect(a!.date).toBeNull();
    expect(a!.paragraphs).toHaveLength(3);
    expect(b!.headline.title).toBe("城北新桥今天通车");
  });

  it("a letter's title over its salutation opens an article, on a page that signs its articles too", () => {
    const report = (title: string, text: string) => [title, `本报讯（记者 陈 静）${text}`, ""];
    const all = run([
      ...report("防溺水提醒发出", "暑期将至，市教育局发出防溺水提醒。"),
      ...report("老照片展开展", "老照片展昨日在市档案馆开展。"),
      "致全市广大志愿者的倡议书",
      "全市广大志愿者：",
      "全民健身运动会即将开幕，市文明办向全市广大志愿者发出倡议。",
      "市文明办",
      "2024年5月15日",
      "",
      ...report("新桥今天通车", "城北新桥今天上午正式通车。"),
      ...report("新馆开放", "市图书馆新馆昨天开放。"),
    ]);
    expect(all.map((a) => a.headline.title)).toEqual(["防溺水提醒发出", "老照片展开展", "致全市广大志愿者的倡议书", "新桥今天通车", "新馆开放"]);
    expect(all[2]!.paragraphs[0]).toBe("全市广大志愿者：");
    expect(names(all[2])).toEqual(["市文明办/author"]);
  });

  it("a lead's date dates the letter, not its foot", () => {
    const [a, ...rest] = run(["春季植树倡议书", "", "全市广大市民：", "3月12日是植树节，市绿化委员会倡议大家参加义务植树。", "江城市绿化委员会", "2024年3月1日"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toHaveLength(2);
    expect(names(a)).toEqual(["江城市绿化委员会/author"]);
    expect(a!.date).toBe("2024-03-12");
  });

  it("a body's name and a date with text going on under them are no foot", () => {
    const all = run([...letter, "", "江城市统计局", "2024年3月5日", "今年一季度，全市经济运行总体平稳。"]);
    expect(all[0]!.bylines).toEqual([]);
    expect(all[0]!.date).toBeNull();
    expect(all.flatMap((a) => a.paragraphs)).toContain("今年一季度，全市经济运行总体平稳。");
  });
});

describe("a table's title", () => {
  const rows = ["地区生产总值　1520亿元　增长5.6%", "工业增加值　480亿元　增长6.1%", "社会消费品零售总额　690亿元　增长4.8%"];
  const report = ["上半年经济运行稳中向好", "", "本报讯（记者 周 琳）市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"];

  it.each([
    ["right under the report", []],
    ["after a blank line", [""]],
  ])("opens the table, whose rows are its paragraphs (%s)", (_how, gap) => {
    const [a, b, ...rest] = run([...report, ...gap, "2024年1—6月全市主要经济指标", ...rows]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"]);
    expect(a!.subheads).toEqual([]);
    expect(b!.headline.title).toBe("2024年1—6月全市主要经济指标");
    expect(b!.paragraphs).toEqual(rows);
  });

  it("over a column-header row too", () => {
    const [, b] = run([...report, "2024年1—6月全市主要经济指标", "指标　总量　增速", "地区生产总值　1520亿元　5.6%", "工业增加值　480亿元　6.1%"]);
    expect(b!.headline.title).toBe("2024年1—6月全市主要经济指标");
    expect(b!.paragraphs[0]).toBe("指标　总量　增速");
  });

  // A unit line over the rows or a source line under them, and the report going on below: the report's table.
  const goesOn = "业内人士表示，主要指标好于预期，下半年有望保持平稳增长。";
  const reportWithTable = (a: ArticleRecord | undefined, table: string[]) => {
    expect(a!.headline.title).toBe("上半年经济运行稳中向好");
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。", ...table, goesOn]);
    expect(a!.subheads).toEqual([]);
  };
  it.each([
    ["title, unit line and source", ["", "2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows, "数据来源：市统计局", ""], ["2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows]],
    ["title and source", ["", "2024年1—6月全市主要经济指标", ...rows, "资料来源：市统计局", ""], ["2024年1—6月全市主要经济指标", ...rows]],
    ["title and unit line, no source", ["2024年1—6月全市主要经济指标", "（单位：亿元）", ...rows, ""], ["2024年1—6月全市主要经济指标", "（单位：亿元）", ...rows]],
    ["a unit line, no title", ["", "单位：亿元", ...rows, "数据来源：市统计局", ""], ["单位：亿元", ...rows]],
  ])("with a unit or source line, inside running text, is the report's (%s)", (_how, table, paragraphs) => {
    const [a, ...rest] = run([...report, ...table, goesOn]);
    expect(rest).toEqual([]);
    reportWithTable(a, paragraphs);
  });

  // Units named in the column-header row, or the source in brackets, say so too; the title may stand a blank line over it.
  const header = "地区　总量（亿元）　增速（%）";
  const cityRows = ["城东区　315.2　6.4", "城西区　288.9　-1.3"];
  it.each([
    ["units in the header row, title a blank line over it", ["", "各区上半年生产总值", "", header, ...cityRows, ""], ["各区上半年生产总值", header, ...cityRows]],
    ["units in the header row, title touching", ["", "各区上半年生产总值", header, ...cityRows, ""], ["各区上半年生产总值", header, ...cityRows]],
    ["bracketed source under plain rows", ["", "2024年1—6月全市主要经济指标", "", ...rows, "（数据来源：市统计局）", ""], ["2024年1—6月全市主要经济指标", ...rows]],
    ["bracketed 资料来源 and a unit header", ["", "各区上半年生产总值", header, ...cityRows, "（资料来源：区统计局）", ""], ["各区上半年生产总值", header, ...cityRows]],
  ])("with units or a source it is the report's (%s)", (_how, table, paragraphs) => {
    const [a, ...rest] = run([...report, ...table, goesOn]);
    expect(rest).toEqual([]);
    reportWithTable(a, paragraphs);
  });

  it("a header row with no units, no unit or source line: the title still opens the table", () => {
    const plain = "地区　总量　增速";
    const [a, b, ...rest] = run([...report, "", "各区上半年生产总值", "", plain, ...cityRows, "", goesOn]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"]);
    expect(b!.headline.title).toBe("各区上半年生产总值");
  });

  it("a unit header with no text going on under it still opens the table", () => {
    const [a, b, c] = run([...report, "", "各区上半年生产总值", "", header, ...cityRows, "", "城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"]);
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"]);
    expect(b!.headline.title).toBe("各区上半年生产总值");
    expect(c!.headline.title).toBe("城北新桥今天通车");
  });

  it("with a unit and source line but no text going on under it, it is the report's appended table: no piece, no paragraphs", () => {
    const [a, c, ...rest] = run([...report, "", "2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows, "数据来源：市统计局", "", "城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"]);
    expect(c!.headline.title).toBe("城北新桥今天通车");
  });

  // At the report's very end, the next headline under it: set right under the last paragraph, the table is the report's.
  const nextStory = ["", "城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"];
  it.each([
    ["title, unit line, rows and source", ["2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows, "数据来源：市统计局"], ["2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows]],
    ["title, rows and source", ["2024年1—6月全市主要经济指标", ...rows, "资料来源：市统计局"], ["2024年1—6月全市主要经济指标", ...rows]],
    ["title, unit line and rows", ["2024年1—6月全市主要经济指标", "（单位：亿元）", ...rows], ["2024年1—6月全市主要经济指标", "（单位：亿元）", ...rows]],
    ["title and a header row with units", ["各区上半年生产总值", header, ...cityRows], ["各区上半年生产总值", header, ...cityRows]],
  ])("closing the report right under its text, it stays the report's (%s)", (_how, table, paragraphs) => {
    const [a, b, ...rest] = run([...report, ...table, ...nextStory]);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("上半年经济运行稳中向好");
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。", ...paragraphs]);
    expect(a!.paragraphs.join("")).not.toContain("来源");
    expect(b!.headline.title).toBe("城北新桥今天通车");
  });

  it("closing the page right under the report's text, it stays the report's", () => {
    const [a, ...rest] = run([...report, "2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows, "数据来源：市统计局"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(1)).toEqual(["2024年1—6月全市主要经济指标", "单位：亿元、%", ...rows]);
  });

  // Negatives: with no unit or source line, the title right under the report still opens the table;
  // a table over the next dateline is a headline stack.
  it("a title right over plain rows at the report's end still opens the table", () => {
    const [a, b, c] = run([...report, "2024年1—6月全市主要经济指标", ...rows, ...nextStory]);
    expect(a!.paragraphs).toEqual(["市统计局昨日发布数据，上半年全市经济运行总体平稳，主要指标好于预期。"]);
    expect(b!.headline.title).toBe("2024年1—6月全市主要经济指标");
    expect(c!.headline.title).toBe("城北新桥今天通车");
  });

  it("a headline right over a unit line and rows, with no report above, is the table's headline", () => {
    const [a, ...rest] = run(["2024年1—6月全市主要经济指标", "单位：亿元", ...rows, "数据来源：市统计局", "", goesOn]);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("2024年1—6月全市主要经济指标");
  });

  it("a numbered section heading over a table stays a subhead", () => {
    const [a, ...rest] = run([...report, "", "一、主要指标", ...rows, "", "二、下半年展望", "", "下半年，全市经济有望保持平稳增长。"]);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual(["一、主要指标", "二、下半年展望"]);
  });
});

describe("one line of a post and a name inside a report", () => {
  const lead = "本报讯（记者 周 琳）近日，市科技特派员服务团深入田间地头，为农户提供技术指导。";
  const then = "专家们现场查看了水稻长势，并就病虫害防治提出了具体建议。";

  it.each([
    ["under a sentence that introduces it", ["本次带队专家为："]],
    ["between two paragraphs touching it", []],
  ])("is a paragraph of the report (%s)", (_how, intro) => {
    const [a, ...rest] = run(["科技特派员服务团进村入户", "", lead, ...intro, "高级农艺师　李　明", then]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["近日，市科技特派员服务团深入田间地头，为农户提供技术指导。", ...intro, "高级农艺师　李　明", then]);
  });

  it("over a byline, or set apart by blank lines, it heads a profile", () => {
    const page = ["城南老街重新开街", "", "本报讯　城南老街昨天重新开街，吸引大批市民前来游览。"];
    const profile = "扎根山村三十年，他守护着全村人的健康。每天清晨，他都背着药箱出诊。";
    const signed = run([...page, "乡村医生　刘德全", "本报记者　王　丽", profile]);
    expect(signed.map((a) => a.headline.title)).toEqual(["城南老街重新开街", "乡村医生　刘德全"]);
    expect(names(signed[1])).toEqual(["王丽/reporter"]);
    const apart = run([...page, "", "乡村医生　刘德全", "", profile]);
    expect(apart.map((a) => a.headline.title)).toEqual(["城南老街重新开街", "乡村医生　刘德全"]);
  });
});
