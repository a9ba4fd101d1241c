/**
 * Tables set with spaces (a box of market prices, a list of figures): their
 * rows are body text, whose figures are read, never headline lines; the box's
 * label and title head an article of their own.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-05-16" }).records;

describe("table rows", () => {
  const box = ["菜价行情", "", "本周全市主要蔬菜零售价格", "白萝卜　1.20元/斤　环比上涨3.1%", "西红柿　3.60元/斤　环比下降2.4%", "青椒　2.80元/斤　环比持平"];

  it("a price box after an article is an article of its own, its rows its paragraphs", () => {
    const records = run(["大棚蔬菜喜获丰收", "", "本报记者 林 青", "", "入夏以来，城郊的大棚蔬菜陆续上市。", "", ...box, "", "（市农业农村局提供）"]);
    const [first, second, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(first!.paragraphs).toEqual(["入夏以来，城郊的大棚蔬菜陆续上市。"]);
    expect(second!.headline).toEqual({ kicker: "菜价行情", title: "本周全市主要蔬菜零售价格", subtitle: null });
    expect(second!.paragraphs).toEqual(["白萝卜　1.20元/斤　环比上涨3.1%", "西红柿　3.60元/斤　环比下降2.4%", "青椒　2.80元/斤　环比持平"]);
    expect(second!.figures.map((f) => [f.paragraph, f.kind, f.value])).toEqual(
      expect.arrayContaining([
        [0, "money", 1.2],
        [0, "percent", 3.1],
        [1, "money", 3.6],
        [2, "money", 2.8],
      ]),
    );
    expect(second!.source).toMatchObject({ lineStart: 7, lineEnd: 14 });
  });

  it("rows with a bracketed name and more cells are rows too", () => {
    const [a] = articles(run(["菜价行情", "", "本周我市主要农产品批发价格", "猪肉（后腿肉）　14.20元/斤　环比上涨2.9%", "玉米　1.18元/斤　同比下降0.12元"]));
    expect(a!.headline.title).toBe("本周我市主要农产品批发价格");
    expect(a!.paragraphs).toHaveLength(2);
  });

  it("a headline split by a space, with a figure, is no table by itself", () => {
    const [a] = articles(run(["城北新桥通车 日均车流3万辆", "", "本报讯　城北新桥昨天通车。"]));
    expect(a!.headline.title).toBe("城北新桥通车 日均车流3万辆");
    expect(a!.paragraphs).toEqual(["城北新桥昨天通车。"]);
  });

  it.each([
    ["Hong Kong, above a bracketed dateline", ["九巴加價 8.5% 明年實施", "乘客平均每程多付約 4 角", "【本報訊】運輸署昨日公布，九巴加價申請獲批。"], "九巴加價 8.5% 明年實施"],
    ["Taiwan, above a credit", ["台積電第三季營收 年增 36%", "EPS 達 12.54 元 創新高", "【記者王大明／台北報導】台積電昨日公布財報。"], "台積電第三季營收 年增 36%"],
    ["as many cells each, above a dateline", ["恒指半日涨 312 點", "成交額 650 億元", "", "本报讯　港股昨日高开。"], "恒指半日涨 312 點"],
  ])("headline lines with figures set apart by spaces stay a headline (%s)", (_where, lines, title) => {
    // As the page was set: the stack right under the article before, no blank line between.
    const all = articles(run(["新盘开价", "本报讯　将军澳新盘昨日公布首张价单。", ...lines]));
    expect(all).toHaveLength(2);
    expect(all[0]!.paragraphs).toEqual(["将军澳新盘昨日公布首张价单。"]);
    expect(all[1]!.headline.title).toBe(title);
  });

  it("headline lines parted by blank lines, or with no figure cell, stay headlines", () => {
    const apart = articles(run(["喜迎新春 2024年元宵灯会开幕", "", "市民游园 3万人次观灯", "", "本报讯　元宵灯会昨晚开幕。"]));
    expect(apart).toHaveLength(1);
    expect(apart[0]!.paragraphs).toEqual(["元宵灯会昨晚开幕。"]);
    const words = articles(run(["聚焦审批提速 流程再造", "服务企业 精准发力", "", "本报讯　该区优化营商环境。"]));
    expect(words[0]!.paragraphs).toEqual(["该区优化营商环境。"]);
  });
});

describe("a table's column-header row", () => {
  const rates = ["美元 7.2145 -58", "英镑 9.1320 +41", "日元 0.0486 -3"];

  it.each([
    ["spaces", "币种 中间价 涨跌", rates],
    ["ideographic padding", "指数名称　　收盘　　　涨跌幅", ["综合指数　　2987.16　 +0.38%", "成长指数　　1830.52　-0.21%"]],
    ["bracketed units", "品种 批发价(元/斤) 环比 同比", ["鸡蛋 4.35 +1.2% -3.4%", "猪肉 13.80 -0.7% +5.1%"]],
  ])("goes with the table as its first paragraph, not as a headline line (%s)", (_how, header, rows) => {
    const [a, ...rest] = articles(run(["今日牌价", header, ...rows, "（单位：人民币元）"]));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: null, title: "今日牌价", subtitle: null });
    expect(a!.paragraphs.slice(0, rows.length + 1)).toEqual([header, ...rows]);
  });

  it.each([
    ["dates", "乡镇 8月5日 8月6日 8月7日", ["东岭镇 小雨 24～31℃ 阴 25～32℃ 晴 26～33℃", "西坪乡 雷阵雨 23～30℃ 小雨 24～31℃ 多云 25～33℃"]],
    ["weekdays", "景区 周六 周日", ["南山 晴 22～30℃ 多云 23～31℃", "北湖 阴 21～29℃ 小雨 22～28℃"]],
  ])("a header of days over rows giving each day the same cells is the table's first row (%s)", (_how, header, rows) => {
    const [a, ...rest] = articles(run(["各地天气预报", header, ...rows]));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: null, title: "各地天气预报", subtitle: null });
    expect(a!.paragraphs).toEqual([header, ...rows]);
  });

  it.each([
    ["cells that are no days", ["防汛 抗旱 备汛", "东岭镇 小雨 24～31℃ 阴 25～32℃ 晴 26～33℃", "西坪乡 雷阵雨 23～30℃ 小雨 24～31℃ 多云 25～33℃"]],
    ["days that do not divide the rows' cells", ["乡镇 8月5日 8月6日 8月7日", "东岭镇 小雨 24～31℃ 阴 25～32℃", "西坪乡 雷阵雨 23～30℃ 小雨 24～31℃"]],
  ])("a spaced line over rows with more cells is no date header (%s)", (_why, lines) => {
    const [a] = articles(run(["各地天气预报", ...lines]));
    expect(a!.paragraphs).not.toContain(lines[0]);
  });

  it("with one row of numbers under it, header and row are a table", () => {
    const [a, ...rest] = articles(run(["今日牌价", "币种 买入价 卖出价", "欧元 7.8012 7.8420"]));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: null, title: "今日牌价", subtitle: null });
    expect(a!.paragraphs).toEqual(["币种 买入价 卖出价", "欧元 7.8012 7.8420"]);
  });

  it("a header after an article heads no new headline", () => {
    const [first, second, ...rest] = articles(run(["汇市平稳", "本报讯　昨日人民币汇率小幅波动。", "", "今日牌价", "币种 中间价 涨跌", ...rates]));
    expect(rest).toEqual([]);
    expect(first!.paragraphs).toEqual(["昨日人民币汇率小幅波动。"]);
    expect(second!.headline.title).toBe("今日牌价");
    expect(second!.paragraphs).toEqual(["币种 中间价 涨跌", ...rates]);
  });

  it.each([
    ["one row with words among its figures", ["交通 新聞 速遞", "九巴加價 8.5% 明年實施"]],
    ["two cells over one row of numbers", ["外汇 牌价", "欧元 7.8012"]],
    ["more cells than the rows", ["币种 中间价 涨跌 备注", "美元 7.2145 -58", "英镑 9.1320 +41"]],
    ["a blank line between header and row", ["币种 买入价 卖出价", "", "欧元 7.8012 7.8420"]],
  ])("is not taken where the evidence is short (%s)", (_why, lines) => {
    const [a] = articles(run([...lines, "", "昨日各地交易平稳。"]));
    // The header-like line stays the headline; it is no paragraph.
    expect(a!.headline.title).toBe(lines[0]);
    expect(a!.paragraphs).not.toContain(lines[0]);
  });

  it.each([
    ["Hong Kong stack above a bracketed dateline", ["財經 快訊 一覽", "九巴加價 8.5% 明年實施", "乘客平均每程多付約 4 角", "【本報訊】運輸署昨日公布，九巴加價申請獲批。"], "九巴加價 8.5% 明年實施"],
    ["spaced words above a dateline", ["审批 提速 增效", "聚焦审批提速 流程再造", "服务企业 精准发力", "", "本报讯　该区优化营商环境。"], "聚焦审批提速 流程再造"],
  ])("headline lines shaped like a header stay headlines (%s)", (_where, lines, title) => {
    const all = articles(run(["新盘开价", "本报讯　将军澳新盘昨日公布首张价单。", ...lines]));
    expect(all).toHaveLength(2);
    expect(all[1]!.headline.title).toBe(title);
    expect(all[1]!.paragraphs).toHaveLength(1);
  });
});

describe("signatures with a post", () => {
  it("a post and a name between headline lines is a profile's title, not a signature", () => {
    const [a, ...rest] = articles(run(["身边好人", "乡村医生　刘德全", "扎根山村三十年守护村民健康", "本报记者　王　丽", "", "在大山深处的石门村，提起刘德全，村民们都竖起大拇指。"]));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: "身边好人", title: "乡村医生　刘德全", subtitle: "扎根山村三十年守护村民健康" });
    expect(a!.bylines.map((b) => [b.name, b.role])).toEqual([["王丽", "reporter"]]);
    expect(a!.genre).toBe("news");
  });
});

describe("lists of people by post", () => {
  const list = ["主任　王志刚", "副主任　李　明", "秘书长　赵国强"];

  it("lines of posts and names under 名单如下： stay in the report, as paragraphs", () => {
    const [a, ...rest] = articles(run(["市政协召开常委会议", "", "本报讯（记者 王五）昨日，市政协召开常委会议，选举产生新一届领导班子，名单如下：", ...list, "会议还审议了工作报告。"]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("市政协召开常委会议");
    expect(a!.paragraphs).toEqual(["昨日，市政协召开常委会议，选举产生新一届领导班子，名单如下：", ...list, "会议还审议了工作报告。"]);
  });

  it("the first row is not joined to the line that introduces the list, padded posts too", () => {
    const [a, ...rest] = articles(
      run(["区人大常委会召开主任会议", "本报讯（记者 周 宁）5月10日，区人大常委会召开主任会议。出席会议的有：", "主　任　郑国华", "副主任　吴　敏", "委　员　钱　坤", "会议研究了下次常委会会议的议程。"]),
    );
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([
      "5月10日，区人大常委会召开主任会议。出席会议的有：",
      "主　任　郑国华",
      "副主任　吴　敏",
      "委　员　钱　坤",
      "会议研究了下次常委会会议的议程。",
    ]);
  });

  it("one row under a colon line is a list of one, apart from its introduction; a sentence under a colon line is joined", () => {
    const [one, ...others] = articles(run(["新馆开放", "本报讯　新馆昨天开放，到场的有：", "馆长　王志刚", "", "市民排队入馆参观。"]));
    expect(others).toEqual([]);
    expect(one!.paragraphs).toEqual(["新馆昨天开放，到场的有：", "馆长　王志刚", "市民排队入馆参观。"]);
    const [sentence] = articles(run(["新馆开放", "本报讯　馆长王志刚介绍：", "新馆共有藏书120万册，设有少儿阅览区。", "副馆长　李　明"]));
    expect(sentence!.paragraphs[0]).toBe("馆长王志刚介绍：新馆共有藏书120万册，设有少儿阅览区。");
  });

  it("one such line under a headline is not a list (it may sign the article)", () => {
    const [a] = articles(run(["“职业闭店人”不是法外之地", "", "律师　夏子涵", "", "近年来，一些商家闭店跑路。"]));
    expect(a!.headline.subtitle).toBe(null);
    expect(a!.bylines.map((b) => b.name)).toEqual(["夏子涵"]);
  });

  it("headline lines that split at a space but name no one stay headlines", () => {
    const [a] = articles(run(["百名专家　齐聚", "千名教授　云集", "", "本报讯　学术年会昨天开幕。"]));
    expect(a!.headline.title).not.toBe(null);
    expect(a!.paragraphs).toEqual(["学术年会昨天开幕。"]);
  });
});


/**
 * A table appended to an article under a labelled title (`附：…`, `链接：…`,
 * `表：…`), its rows touching or a blank line apart, is the article's body.
 */
describe("a table appended under 附：", () => {
  const report = ["鲜果价格小幅回落", "", "本报讯（记者 尤 明）记者昨天走访城区水果市场，苹果每斤6.5元，比上周下降0.3元。", ""];

  it("the labelled title and its rows, a blank line apart, stay in the report", () => {
    const records = run([...report, "附：本周部分水果零售价格（元/斤）", "", "苹果　6.5　　香蕉　3.8　　葡萄　9.0", "", "橙子　5.2　　梨　4.6　　西瓜　2.2"]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(1)).toEqual(["附：本周部分水果零售价格（元/斤）", "苹果　6.5　　香蕉　3.8　　葡萄　9.0", "橙子　5.2　　梨　4.6　　西瓜　2.2"]);
  });

  it("a labelled line over text, not rows, is left as it was", () => {
    const records = run([...report, "链接：怎样挑选新鲜水果", "", "挑选苹果时，宜选表皮光亮、果柄新鲜的。"]);
    expect(articles(records).flatMap((a) => a.paragraphs)).toContain("挑选苹果时，宜选表皮光亮、果柄新鲜的。");
    expect(articles(records)[0]!.paragraphs).not.toContain("链接：怎样挑选新鲜水果");
  });

  it("rows with no labelled title under a report are no appendix of it", () => {
    const records = run([...report, "今日菜价", "", "白菜　1.2　　萝卜　0.9", "", "芹菜　3.0　　菠菜　3.5"]);
    expect(articles(records)[0]!.paragraphs).toHaveLength(1);
  });
});

/**
 * A name spaced out to the width of a longer one (`黄　瓜` beside `大白菜`) is
 * one cell of its row: the rows of a table keep as many cells each.
 */
describe("rows with names spaced out", () => {
  const report = ["菜价持续回落", "　　本报讯（记者 尤 明）近期全市蔬菜批发价格持续回落，环比下降4.6%。"];
  const table = [
    "　　本周部分蔬菜批发价格",
    "　　品种　　　单位　　　均价　　　环比",
    "　　菠　菜　　元/公斤　　3.20　　　-4.1%",
    "　　大白菜　　元/公斤　　1.40　　　-6.0%",
    "　　茄　子　　元/公斤　　4.10　　　+2.3%",
    "　　数据来源：市农业农村局",
  ];

  it("a table set so inside a report stays in it, its title, header and rows as paragraphs", () => {
    const records = run([...report, ...table, "　　业内人士预计，下周菜价将以平稳为主。"]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("菜价持续回落");
    expect(a!.paragraphs).toEqual([
      "近期全市蔬菜批发价格持续回落，环比下降4.6%。",
      "本周部分蔬菜批发价格",
      "品种　　　单位　　　均价　　　环比",
      "菠　菜　　元/公斤　　3.20　　　-4.1%",
      "大白菜　　元/公斤　　1.40　　　-6.0%",
      "茄　子　　元/公斤　　4.10　　　+2.3%",
      "业内人士预计，下周菜价将以平稳为主。",
    ]);
  });

  it("cells parted by one space or by several stay cells: index rows are no headline", () => {
    const rows = ["　　上证指数　　3087.53　 +0.52%", "　　深证成指　　10124.68　+1.16%", "　　创业板指　　2001.36　 +1.53%"];
    const records = run([...report, "　　指数名称　　收盘　　涨跌幅", ...rows, "　　数据来源：市场公开数据", "　　市场人士表示，成交量有所放大。"]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toContain("深证成指　　10124.68　+1.16%");
  });

  it("a headline with two-character words set a space apart is no table row", () => {
    const [a] = articles(run(["春耕 备耕 两不误", "", "本报讯　全市春耕备耕有序推进。"]));
    expect(a!.headline.title).toBe("春耕 备耕 两不误");
  });
});

/**
 * Tables as PDF and e-paper text give them: columns set apart by tabs or runs
 * of spaces, one row a line, rows as long as text among short ones. Each row is
 * a paragraph of its own; the numbered clause under the table opens its own;
 * a unit line, the column-header row and the rows are the article's body, never
 * a headline; the next numbered heading goes on in the same article.
 */
describe("tables set with column gaps", () => {
  const land = [
    "国有建设用地使用权挂牌出让公告",
    "",
    "经县人民政府批准，县自然资源局决定以挂牌方式出让2宗国有建设用地使用权。现将有关事项公告如下：",
    "",
    "一、挂牌出让宗地的基本情况",
    "",
    "宗地编号\t坐落\t面积（平方米）\t用途\t出让年限\t起始价（万元）",
    "青A-01   河东大道以北、纬二路以西   15230.8   城镇住宅用地   70年   8650",
    "青A-02   纬三路以南、经五路以东   6120.4   商务金融用地   40年   2140",
    "",
    "二、凡在本县注册的企业均可申请参加竞买，申请人可以单独申请，也可以联合申请。",
    "",
    "三、竞得人须在签订成交确认书后10个工作日内签订出让合同。",
  ];

  it("a notice's rows are paragraphs of their own, and the clause under them opens its own", () => {
    const [a, ...rest] = articles(run(land));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("国有建设用地使用权挂牌出让公告");
    expect(a!.paragraphs).toEqual([
      "经县人民政府批准，县自然资源局决定以挂牌方式出让2宗国有建设用地使用权。现将有关事项公告如下：",
      "宗地编号\t坐落\t面积（平方米）\t用途\t出让年限\t起始价（万元）",
      "青A-01   河东大道以北、纬二路以西   15230.8   城镇住宅用地   70年   8650",
      "青A-02   纬三路以南、经五路以东   6120.4   商务金融用地   40年   2140",
      "二、凡在本县注册的企业均可申请参加竞买，申请人可以单独申请，也可以联合申请。",
      "三、竞得人须在签订成交确认书后10个工作日内签订出让合同。",
    ]);
    // A cell with a unit is a figure of its row; a bare number is one in the unit its column's header names
    // (面积（平方米）, 起始价（万元）), its subject the row's label.
    expect(a!.figures.filter((f) => f.paragraph === 2).map((f) => [f.text, f.kind, f.value, f.unit, f.subject])).toEqual([
      ["15230.8", "area", 15230.8, "m2", "青A-01"],
      ["70年", "duration", 70, "year", null],
      ["8650", "money", 86500000, "CNY", "青A-01"],
    ]);
  });

  const summary = [
    "江北电气股份有限公司",
    "2024年年度报告摘要",
    "证券代码：600123　　证券简称：江北电气　　公告编号：2025-031",
    "",
    "一、重要提示",
    "　　本年度报告摘要来自年度报告全文，投资者应当到证券交易所网站仔细阅读年度报告全文。",
    "二、公司主要财务数据",
    "单位：元",
    "项目　　2024年　　2023年　　本年比上年增减　　2022年",
    "营业收入（元）　　4,823,061,512.35　　4,152,100,803.20　　16.16%　　3,806,224,190.71",
    "归属于上市公司股东的净利润（元）　　362,087,415.06　　319,051,227.48　　13.49%　　280,113,605.92",
    "基本每股收益（元/股）　　0.86　　0.76　　13.16%　　0.66",
    "加权平均净资产收益率　　11.42%　　10.87%　　0.55%　　9.93%",
    "三、经营情况讨论与分析",
    "　　报告期内，公司实现营业收入48.23亿元，同比增长16.16%；新签合同额62.4亿元，创历史新高。",
  ];

  it("an annual report's summary with a key-figures table is one article, its numbered headings subheads", () => {
    const [a, ...rest] = articles(run(summary));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: "江北电气股份有限公司", title: "2024年年度报告摘要", subtitle: "证券代码：600123　　证券简称：江北电气　　公告编号：2025-031" });
    expect(a!.subheads).toEqual(["一、重要提示", "二、公司主要财务数据", "三、经营情况讨论与分析"]);
    expect(a!.paragraphs).toEqual([
      "本年度报告摘要来自年度报告全文，投资者应当到证券交易所网站仔细阅读年度报告全文。",
      ...summary.slice(7, 13),
      "报告期内，公司实现营业收入48.23亿元，同比增长16.16%；新签合同额62.4亿元，创历史新高。",
    ]);
    // Percent cells are figures of their rows; the last section's figures are the article's.
    expect(a!.figures.filter((f) => f.paragraph === 6).map((f) => f.text)).toEqual(["11.42%", "10.87%", "0.55%", "9.93%"]);
    expect(a!.figures.filter((f) => f.paragraph === 7).map((f) => f.text)).toEqual(["营业收入48.23亿元", "同比增长16.16%", "新签合同额62.4亿元"]);
  });

  it("a table inside a report, its unit line and column-header row too, stays in the report", () => {
    const report = ["江北电气去年营收增长16%", "", "　　本报讯（记者　方　舟）江北电气昨晚披露年报，公司去年实现营业收入48.23亿元。主要财务数据如下："];
    const after = "　　公司表示，今年将继续加大研发投入，力争新签合同额突破70亿元。";
    const next = ["", "城东光伏项目并网发电", "", "　　本报讯（记者　方　舟）3月19日，城东分布式光伏项目正式并网发电。"];
    const [a, b, ...rest] = articles(run([...report, ...summary.slice(7, 13), after, ...next]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("江北电气去年营收增长16%");
    expect(a!.paragraphs).toEqual(["江北电气昨晚披露年报，公司去年实现营业收入48.23亿元。主要财务数据如下：", ...summary.slice(7, 13), after.trim()]);
    expect(b!.headline.title).toBe("城东光伏项目并网发电");
  });

  it("lines set with gaps right above a dateline stay the headline", () => {
    const [a, b, ...rest] = articles(
      run(["城东光伏项目并网发电", "", "　　本报讯　城东分布式光伏项目昨日并网发电。", "", "聚焦审批提速　　流程再造　　服务提质", "优化营商环境　　企业办事　　一次办好", "　　本报讯（记者　方　舟）该区优化营商环境。"]),
    );
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["城东分布式光伏项目昨日并网发电。"]);
    expect(b!.headline.title).not.toBe(null);
    expect(b!.paragraphs).toEqual(["该区优化营商环境。"]);
  });

  it("a lead whose credit pads names inside brackets is joined across a break as before", () => {
    const [a] = articles(run(["秋冬种生产有序推进", "", "本报讯（记者　陈　亮　　通讯员　吴小军　　周　彤）近日，县农业农村局组织技术人员深入田间地头，指导农户", "", "开展秋冬种生产。"]));
    expect(a!.bylines.map((b) => b.name)).toEqual(["陈亮", "吴小军", "周彤"]);
    expect(a!.paragraphs).toEqual(["近日，县农业农村局组织技术人员深入田间地头，指导农户开展秋冬种生产。"]);
  });
});

describe("an accounts table set as text (a label and a figure a wide gap apart)", () => {
  const page = [
    "柳湾村2025年上半年村级财务公开",
    "",
    "一、支出情况",
    "项目　　　　　　　　金额（元）",
    "水渠清淤　　　　　　 23,400.00",
    "路灯电费　　　　　　  4,180.50",
    "其中：广场路灯　　　  1,020.00",
    "支出合计　　　　　　 27,580.50",
    "　　以上账目经村民理财小组审核无误，特此公开。",
  ];

  it("keeps each row a paragraph, the header with them, and reads the money under the header's unit", () => {
    const [a, ...rest] = articles(run(page));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("柳湾村2025年上半年村级财务公开");
    expect(a!.headline.subtitle).not.toBe("项目　　　　　　　　金额（元）");
    expect(a!.paragraphs).toEqual(page.slice(3, 8).concat(["以上账目经村民理财小组审核无误，特此公开。"]));
    expect(a!.figures.map((f) => [f.paragraph, f.kind, f.value, f.unit, f.subject])).toEqual([
      [1, "money", 23400, "CNY", "水渠清淤"],
      [2, "money", 4180.5, "CNY", "路灯电费"],
      [3, "money", 1020, "CNY", "广场路灯"],
      [4, "money", 27580.5, "CNY", "支出合计"],
    ]);
  });

  it("scales by a header in 万元", () => {
    const [a] = articles(run(["镇级专项资金使用情况", "", "资金用途　　　　金额（万元）", "高标准农田　　　　 126.5", "村道硬化　　　　　  88.2", "　　资金已全部拨付到位。"]));
    expect(a!.figures.map((f) => [f.value, f.subject])).toEqual([
      [1265000, "高标准农田"],
      [882000, "村道硬化"],
    ]);
  });

  it("one such line under a text with no unit header is read as it was", () => {
    const [a] = articles(run(["集市见闻", "", "　　早市上人来人往，摊主吆喝声此起彼伏，", "鲜鱼　　　　　12", "　　这是今天早上的行情。"]));
    expect(a!.figures.every((f) => f.kind !== "money")).toBe(true);
  });
});

describe("a price table whose header names a measure column (单位, 规格)", () => {
  const header = "品名　　　单位　　　价格（元）　　涨跌";

  it("reads no figure from the measure cells: each is what the row's price is given per", () => {
    const [a] = articles(run(["本周农贸市场零售价格", header, "圆白菜　　500克　　　2.40　　　　↑0.30", "芹　菜　　500克　　　3.10　　　　持平", "花生油　　5升　　　　72.00　　　↓1.00", "　　价格由市物价监测中心提供。"]));
    expect(a!.paragraphs).toHaveLength(5);
    expect(a!.figures.filter((f) => f.kind === "mass" || f.kind === "volume")).toEqual([]);
  });

  it("matches a row with a lost gap from the right: a long name run into the measure", () => {
    const [a] = articles(run(["本周农贸市场零售价格", header, "牛肉（腱子）500克　　36.00　　↑2.00", "圆白菜　　500克　　　2.40　　　　↑0.30"]));
    expect(a!.figures.filter((f) => f.kind === "mass")).toEqual([]);
  });

  it("reads the quantities of a table with no measure column, and of a sentence after the table", () => {
    const [a] = articles(run(["本周粮油收购情况", "品名　　　收购量　　　均价（元）", "小麦　　　1200吨　　　1.32", "玉米　　　860吨　　　　1.18", "", "　　全市累计收购新粮2.6万吨，其中小麦每500克收购价1.32元。"]));
    expect(a!.figures.filter((f) => f.kind === "mass").map((f) => [f.paragraph, f.value, f.unit])).toEqual([
      [1, 1200, "t"],
      [2, 860, "t"],
      [3, 26000, "t"],
    ]);
  });

  it("ends with the table: a quantity in the prose under it stays", () => {
    const [a] = articles(run(["本周农贸市场零售价格", header, "圆白菜　　500克　　　2.40　　　　↑0.30", "芹　菜　　500克　　　3.10　　　　持平", "　　本周全市蔬菜日均上市量达到850吨，比上周增加60吨。"]));
    expect(a!.figures.filter((f) => f.kind === "mass").map((f) => [f.paragraph, f.value])).toEqual([
      [3, 850],
      [3, 60],
    ]);
  });
});
