/**
 * Text copied from a paper's web edition (数字报, 电子版, an H5 copy): the
 * navigation bars, toolbars, title lists and site footer round the page are
 * page furniture (page records), never headline lines, paragraphs or articles.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { isPageFooter, parseFolio, parsePageLabel, parseSectionLine } from "../../src/segment/furniture.js";
import { isTitleListLabel, webNavLine } from "../../src/segment/web-header.js";
import type { ArticleRecord, PageRecord } from "../../src/schema.js";

const fold = normaliseString;

const run = (lines: string[]): { records: (ArticleRecord | PageRecord)[]; articles: ArticleRecord[]; pages: PageRecord[] } => {
  const records = extract(lines.join("\n"), { format: "text", issueDate: "2024-06-03" }).records;
  return {
    records,
    articles: records.filter((r): r is ArticleRecord => r.type === "article"),
    pages: records.filter((r): r is PageRecord => r.type === "page"),
  };
};

describe("webNavLine", () => {
  it.each([
    ["上一版　下一版　返回目录", "paper"],
    ["上一期 下一期", "paper"],
    ["首页 | 往期回顾 | 版面导航 | 标题导航 | 南湖新闻网", "paper"], // a site's name beside two navigation words or more
    ["下载本版PDF　　往期回顾　　返回首页", "paper"],
    ["版面概览", "paper"],
    ["日期：2024年06月03日　　版次：A05　　作者：", "paper"], // an e-paper's article header, its author left empty
    ["上一篇　　下一篇", "web"],
    ["放大　缩小　默认", "web"],
    ["字号 大 中 小", "web"],
    ["字体：大 中 小", "web"],
    ["分享到：微信 朋友圈 微博 QQ", "web"],
    ["点击查看大图", "web"],
    ["查看原图", "web"],
    ["阅读 2.3万", "web"],
    ["阅读2.3万", "web"],
    ["点赞 128　　评论 17", "web"],
    ["打开临江晚报APP 阅读更多精彩内容", "web"],
  ])("reads %j as a navigation line (%s)", (line, kind) => {
    expect(webNavLine(fold(line))).toBe(kind);
  });

  it.each([
    "返回家乡后，他流转土地200亩种植蓝莓。", // a sentence naming 返回
    "上一篇报道刊发后，不少读者来电。", // 上一篇 in prose
    "他常把种植经验分享到村里的微信群。", // 分享到 in prose
    "放大镜下的苔藓世界", // a headline opening on 放大
    "阅读", // a counter's key with no number
    "评论 精彩不断", // a counter's key, then words
    "大 中 小", // sizes with no key
    "南湖新闻网", // a site's name alone
    "首页 南湖新闻网", // one navigation word beside a site's name
    "下一步 返回目录", // a word of prose among them
    "日期：2024年6月3日", // a date field with no 版次: a notice's
    "作者：林晓帆",
    "打开城门迎客来", // no app
    "",
  ])("leaves %j", (line) => {
    expect(webNavLine(fold(line))).toBeNull();
  });
});

describe("isTitleListLabel", () => {
  it.each([
    ["本版其它文章", true],
    ["本版其他文章", true],
    ["本版标题", true],
    ["标题导航", true],
    ["相关新闻", true],
    ["【相关阅读】", true],
    ["往期回顾", true],
    ["本版编辑", false],
    ["标题", false],
    ["本版其它文章均为原创作品", false],
  ])("%j labels a list of titles: %s", (line, expected) => {
    expect(isTitleListLabel(fold(line))).toBe(expected);
  });
});

describe("a web edition's folio and masthead", () => {
  it.each([
    ["南湖日报 电子版", null],
    ["清河周报电子版", null],
    ["南湖日报数字报", null],
    ["临江晚报 手机版", null],
  ])("%j names the paper, no section", (line, section) => {
    const label = parsePageLabel(fold(line));
    expect(label).not.toBeNull();
    expect(label!.section).toBe(section);
    expect(parseSectionLine(fold(line))?.section ?? null).toBeNull();
  });

  it("reads a folio with the issue's links beside it, its section the page's", () => {
    const line = "2024年06月03日　　第2版：综合　　上一期　下一期";
    const folio = parseFolio(fold(line));
    expect(folio).not.toBeNull();
    expect(line.slice(...folio!.section!)).toBe("综合");
  });

  it.each(["上一版 下一版", "上一期"])("reads no folio in %j alone", (line) => {
    expect(parseFolio(fold(line))).toBeNull();
  });
});

describe("isPageFooter: a web edition's foot line", () => {
  it.each([
    ["清河周报社主办　　地址：清河县人民路18号　　电话：0512-66661234", true], // the sponsor beside its address and phone
    ["中共清河县委主管　清河县融媒体中心主办　内部资料　免费交流", false], // sponsors with no contact: a masthead's line
    ["市文联主办　时间：6月8日", false], // a notice's fields
  ])("%j: %s", (line, expected) => {
    expect(isPageFooter(fold(line))).toBe(expected);
  });
});

const FOOT = ["上一篇　　下一篇", "南湖日报社版权所有　未经书面授权不得转载", "浙ICP备09001234号　技术支持：某某电子"];
const ARTICLE_VIEW = [
  "南湖日报 电子版",
  "2024年06月03日　第A05版：城事",
  "上一版　下一版　返回目录",
  "",
  "南湖新建口袋公园12处",
  "本报讯（记者 林晓帆）6月2日，南湖区新建的12处口袋公园全部开放，总面积约3.6万平方米。",
  "公园配套健身步道4.8公里，新增座椅300余组。",
  ...FOOT,
];

describe("an e-paper's article view", () => {
  it("keeps the navigation bar and the foot out of the article, as page records", () => {
    const { records, articles, pages } = run(ARTICLE_VIEW);
    expect(records.map((r) => r.type)).toEqual(["page", "article", "page"]);
    expect(pages.map((p) => p.section)).toEqual(["城事", null]);
    expect(pages[0]!.source).toMatchObject({ lineStart: 1, lineEnd: 3 });
    expect(pages[1]!.source).toMatchObject({ lineStart: 8, lineEnd: 10 });
    const [article] = articles;
    expect(article!.headline).toEqual({ title: "南湖新建口袋公园12处", kicker: null, subtitle: null });
    expect(article!.paragraphs).toEqual([
      "6月2日，南湖区新建的12处口袋公园全部开放，总面积约3.6万平方米。",
      "公园配套健身步道4.8公里，新增座椅300余组。",
    ]);
  });

  it("keeps a toolbar and the article header off the headline under it, joined to nothing", () => {
    const { articles, pages } = run([
      "第A05版：城事",
      "上一篇　　下一篇　　返回目录",
      "放大　缩小　默认",
      "日期：2024年06月03日　　版次：A05　　作者：",
      "",
      "家门口有了“口袋公园”",
      "南湖新建口袋公园12处",
      "本报讯（记者 林晓帆）6月2日，南湖区新建的12处口袋公园全部开放。",
    ]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.section).toBe("城事");
    expect(pages[0]!.text).toContain("版次：A05");
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline.title).toBe("家门口有了“口袋公园”");
    expect(articles[0]!.headline.subtitle).toBe("南湖新建口袋公园12处");
    expect(articles[0]!.paragraphs).toEqual(["6月2日，南湖区新建的12处口袋公园全部开放。"]);
  });

  it("reads a page pasted with the next page's head: the foot of one and the head of the next are two page records", () => {
    const next = ["", "南湖日报 电子版", "2024年06月03日　第A06版：体育", "上一版　下一版　返回目录", "", "全民健身月启动", "本报讯　6月2日，南湖区全民健身月启动，将举办赛事活动40场。", "上一篇　下一篇"];
    const { articles, pages } = run([...ARTICLE_VIEW.slice(0, 7), "上一篇　　下一篇", ...next]);
    expect(articles.map((a) => a.headline.title)).toEqual(["南湖新建口袋公园12处", "全民健身月启动"]);
    expect(pages.map((p) => p.section)).toEqual(["城事", null, "体育", null]);
  });

  it("with a 相关新闻 label over a box's headline and text, keeps the box an article", () => {
    const { articles } = run([...ARTICLE_VIEW.slice(0, 7), "", "相关新闻", "南湖公园免费开放", "本报讯　6月2日起，南湖公园免费向市民开放。", ...FOOT]);
    expect(articles.map((a) => a.headline.title)).toEqual(["南湖新建口袋公园12处", "南湖公园免费开放"]);
  });
});

describe("an e-paper's page view", () => {
  const PAGE = [
    "清河周报电子版",
    "2024年06月03日　　第2版：综合　　上一期　下一期",
    "版面导航",
    "第1版：要闻",
    "第2版：综合",
    "第3版：文体",
    "本版标题",
    "清河镇新增高标准农田8000亩",
    "城南社区开办老年食堂",
    "",
    "清河镇新增高标准农田8000亩",
    "本报讯（记者 周 宁）今年以来，清河镇新建高标准农田8000亩，总投资约2400万元。",
    "【打印】【关闭】",
    "",
    "城南社区开办老年食堂",
    "本报讯　6月1日，城南社区老年食堂开门迎客，每餐价格12元。",
    "【打印】【关闭】",
    "",
    "本版责编：陈 默　校对：许 航",
    "清河周报社主办　　地址：清河县人民路18号　　电话：0512-66661234",
  ];

  it("reads the head with its page list and title list as one page record naming its own section", () => {
    const { records, pages } = run(PAGE);
    expect(records.map((r) => r.type)).toEqual(["page", "article", "article", "page"]);
    expect(pages[0]!.section).toBe("综合");
    expect(pages[0]!.source).toMatchObject({ lineStart: 1, lineEnd: 9 });
  });

  it("takes no article, headline or figure from the title list", () => {
    const { articles } = run(PAGE);
    expect(articles.map((a) => a.headline.title)).toEqual(["清河镇新增高标准农田8000亩", "城南社区开办老年食堂"]);
    // The article's own two figures, read in its text; none from the list's titles.
    expect(articles[0]!.figures.map((f) => [f.value, f.unit, f.paragraph])).toEqual([
      [8000, "mu", 0],
      [24000000, "CNY", 0],
    ]);
    expect(articles.every((a) => a.paragraphs.every((p) => !p.includes("打印")))).toBe(true);
  });

  it("keeps the sponsor's address line in the foot page record with the staff", () => {
    const { pages } = run(PAGE);
    const foot = pages.at(-1)!;
    expect(foot.section).toBeNull();
    expect(foot.staff.map((s) => [s.name, s.role])).toEqual([
      ["陈默", "editor"],
      ["许航", "proofreader"],
    ]);
    expect(foot.text).toContain("清河周报社主办");
  });

  it("reads three page entries or more as a list of other pages: the section comes from the folio", () => {
    const { pages } = run(["第1版：要闻", "第2版：综合", "第3版：文体", "第2版：综合", "", "城南社区开办老年食堂", "本报讯　6月1日，城南社区老年食堂开门迎客。"]);
    // No folio of its own: the list names none.
    expect(pages.map((p) => p.section)).toEqual([null]);
  });
});

describe("an H5 (mobile) copy of a paper's article", () => {
  const H5 = [
    "临江晚报",
    "2024-06-03　第A08版：生活",
    "点击查看大图",
    "",
    "端午香囊俏销！",
    "老字号门店日售3000个",
    "",
    "阅读 2.3万",
    "字号 大 中 小",
    "分享到：微信 朋友圈 微博",
    "",
    "临江晚报记者 宋 雨 文/摄",
    "",
    "6月2日，记者走访城区多家老字号门店，香囊、五彩绳等端午商品销售火热。",
    "",
    "点击查看大图",
    "6月2日，市民在门店挑选香囊。",
    "",
    "店员介绍，今年香囊品种超过60种，单日销量约3000个。",
    "",
    "编辑：何 静",
    "点赞 128　　评论 17",
    "",
    "相关新闻",
    "· 临江端午龙舟赛下周开赛",
    "· 城区粽子价格平稳",
    "",
    "上一篇　下一篇",
  ];

  it("reads one article: the picture's caption left out, the counters and buttons no headline", () => {
    const { articles } = run(H5);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.headline).toEqual({ title: "端午香囊俏销！", kicker: null, subtitle: "老字号门店日售3000个" });
    expect(article!.genre).toBe("news");
    expect(article!.bylines.map((b) => [b.name, b.role, b.photo])).toEqual([
      ["宋雨", "reporter", true],
      ["何静", "editor", false],
    ]);
    expect(article!.paragraphs).toEqual([
      "6月2日，记者走访城区多家老字号门店，香囊、五彩绳等端午商品销售火热。",
      "店员介绍，今年香囊品种超过60种，单日销量约3000个。",
    ]);
  });

  it("keeps the head and the whole foot as two page records", () => {
    const { pages } = run(H5);
    expect(pages.map((p) => [p.section, p.source.lineStart, p.source.lineEnd])).toEqual([
      ["生活", 1, 3],
      [null, 22, 28],
    ]);
  });
});

describe("body sentences naming the chrome's words", () => {
  it("stay the article's paragraphs", () => {
    const body = [
      "本报讯（记者 王 珂）6月2日，记者来到青山村。三年前，大学毕业的李明返回家乡，流转土地200亩种植蓝莓。",
      "他常把种植经验分享到村里的微信群，带动20多户村民增收。",
      "他说，蓝莓品种的版权所有权归育种单位，他只获授权繁育种苗。",
      "按照约定，未经育种单位许可不得转让种苗。",
    ];
    const { articles, pages } = run(["05　民生　2024年6月3日　星期一", "", "返乡青年种蓝莓", ...body]);
    expect(pages).toHaveLength(1);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual([body[0]!.slice("本报讯（记者 王 珂）".length), ...body.slice(1)]);
  });
});

describe("a title-less block at the start", () => {
  const HEAD = ["清河日报 数字报", "2024年06月03日 星期一", "第04版：经济·产业"];
  const ARTICLE = ["", "清河茶叶走俏海外", "前5个月出口额增长两成", "茶企新开直营店12家", "", "本报讯（记者 杨 帆）6月2日，记者从市商务局获悉，全市茶叶出口额达2.1亿元。"];

  it("is page chrome, not a fragment, when its lines are link words with no mark of text", () => {
    // Words no navigation table knows: read by their shape, short lines with no sentence or clause mark.
    const { records, pages } = run([...HEAD, "数字报首页　　报纸检索", "版面选择", ...ARTICLE]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages[0]!.section).toBe("经济·产业");
    expect(pages[0]!.text).toContain("版面选择");
  });

  it("is a fragment when it runs on in sentences", () => {
    const { articles } = run([...HEAD, "", "的部署要求，全力推进项目建设，确保年内完工。", ...ARTICLE]);
    expect(articles[0]!.headline.title).toBeNull();
    expect(articles[0]!.paragraphs).toEqual(["的部署要求，全力推进项目建设，确保年内完工。"]);
  });
});
