import { describe, expect, it } from "vitest";
import { closesCutBracket, detectWrap, printedWidth, isFull } from "../../src/reflow/wrapped.js";
import { reflow } from "../../src/reflow/reflow.js";
import { splitLines } from "../../src/segment/lines.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { extract } from "../../src/extract.js";

const linesOf = (text: string) => splitLines(text, normaliseString(text));

// A page as pdftotext gives it: every line one line of a 14-character column, paragraphs indented.
const WRAPPED_PAGE = [
  "2025年4月2日 星期三 编辑 唐明月",
  "城市新闻",
  "",
  "南湖公园改造提",
  "升工程完工",
  "",
  "本报记者 苏静怡",
  "",
  "　　记者4月1日从市园林局获悉，",
  "南湖公园改造提升工程已全面完",
  "工，新增绿地面积约3.2万平方",
  "米，铺设步道4.6公里。",
  "　　据介绍，改造后的公园设置",
  "了儿童游乐区和健身区，每天开",
  "放时间延长至晚上10时。",
  "",
  "老街夜市重新开",
  "张",
  "",
  "　　本报讯（记者 钟一帆 通讯",
  "员 黎明远）3月30日，位于城北",
  "的老街夜市在升级改造后重新开",
  "张，首批入驻摊位120个。",
  "",
  "社区食堂让老人",
  "吃得舒心",
  "",
  "本报通讯员 韦小青",
  "",
  "　　今年以来，全区新建社区食",
  "堂18家，日均服务老年人2600余",
  "人次。",
  "营养配餐有讲究",
  "　　各食堂聘请营养师制定每周",
  "菜单，低盐低油，深受老人欢迎。",
  "",
].join("\n");

// The same kind of page without indents, and with lines that end in 。 at the column's edge.
const UNINDENTED_PAGE = [
  "县第二届读书节开幕",
  "",
  "本报讯（记者 梁思成 通讯员 蓝天）",
  "4月8日，县第二届读书节在县图书馆开幕。",
  "本届读书节为期一个月，共安排阅读分享、",
  "图书漂流等活动36场，来自全县12个乡",
  "镇的800余名读者参加了开幕式。“家里孩",
  "子每天都要我陪着来借书。”市民周敏说。",
  "县图书馆馆长邱文表示，将继续办好读书",
  "节，让书香飘满全县。",
  "",
  "第2版",
].join("\n");

// E-paper text of one line per paragraph: never taken for wrapped.
const ONE_LINE_PARAGRAPHS = [
  "全市春季植树活动启动",
  "",
  "本报讯（记者 方圆）4月1日，全市春季义务植树活动在城东湿地公园启动，市民和志愿者共栽下各类苗木3000余株。",
  "",
  "据了解，今年全市计划新增造林面积2.5万亩，完成村庄绿化120个，并将在主城区新建口袋公园15处。",
  "",
  "活动现场，林业专家向市民讲解了树苗栽种和养护要点。",
].join("\n");

// Verse: short lines of one width, each ending on a mark.
const VERSE = ["春风吹过旧城墙，", "柳色新了小池塘。", "燕子归来寻故垒，", "炊烟袅袅是家乡。", "雨打芭蕉声声慢，", "灯照归人步步长。"].join("\n");

describe("detectWrap", () => {
  it.each([
    { name: "a pdftotext page with indented paragraphs", text: WRAPPED_PAGE, expected: { width: 14, indented: true } }, // most run-on lines 14 wide
    { name: "a wrapped page without indents", text: UNINDENTED_PAGE, expected: { width: 18, indented: false } }, // run-on lines 16.5, 18, 18, 18.5, 19 wide
    { name: "e-paper text of one line per paragraph", text: ONE_LINE_PARAGRAPHS, expected: null },
    { name: "verse, whose lines end on marks", text: VERSE, expected: null },
    { name: "too few run-on lines to tell", text: "地铁3号线二期\n今日开通试运营\n\n　　3月14日起，地铁3号线二期开\n通试运营，全长11.6公里。", expected: null },
  ])("$name", ({ text, expected }) => {
    expect(detectWrap(linesOf(text))).toEqual(expected);
  });
});

describe("printedWidth", () => {
  it.each([
    ["江州港一季度集", 7],
    ["3260万吨", 4],
    ["同比增长15.2%", 6.5],
    ["（记者", 3],
  ])("%s → %s", (text, expected) => {
    expect(printedWidth(text)).toBe(expected);
  });
});

describe("isFull", () => {
  const layout = { width: 15, indented: true };
  it.each([
    // [line, next line, full?]
    ["首次突破7亿吨的产量达到了高", "位", true], // 14 of 15: within the slack
    ["　　分季节看，全国夏粮产量", "14989万吨，增长2.6%；", true], // 13: the number under it would not have fitted
    ["他说，今年的任务", "很重。", false],
    ["　　新华社北京12月19日电（记者", "樊曦）记者19日从", true],
    ["12月17日，在内蒙古呼和浩特市一家热电厂", "工作人员巡检供热设备。", false], // wider than the column: no line of it
  ])("%s / %s → %s", (line, next, expected) => {
    const [a, b] = linesOf(`${line}\n${next}`);
    expect(isFull(layout, a!, b)).toBe(expected);
  });
});

describe("closesCutBracket", () => {
  it.each([
    ["本报讯(记者 陈嘉树 通讯", "员 刘振华)3月13日,全市", true],
    ["本报北京12月19日电(记者", "郁静远)国家统计局19日发布数据,", true],
    // Not cut brackets:
    ["本报讯(记者 陈嘉树)3月13日,全市", "重大项目集中开工", false], // closed already
    ["在23个村(社区", "选聘“红色代办员”146名,为群众", false], // the line closes nothing
    ["他说(笑着", "(又补充道)", false], // it opens another bracket first
  ])("%s / %s → %s", (tail, norm, expected) => {
    expect(closesCutBracket(tail, norm)).toBe(expected);
  });
});

describe("reflow of wrapped text", () => {
  function units(text: string): string[] {
    const lines = linesOf(text);
    const wrap = detectWrap(lines);
    expect(wrap).not.toBeNull();
    // Stand-ins for the credits stage: a staff line stands alone, a byline or dateline opens a block.
    const startsBlock = (line: string) => /^本报(?:记者|通讯员|讯)/.test(line);
    const standsAlone = (line: string) => /编辑/.test(line);
    return reflow(lines, { indentedParagraphs: wrap!.indented, joinBreaks: true, startsBlock, standsAlone, wrap }).map((u) => u.text);
  }

  it("joins headlines, brackets and paragraphs cut at the column's edge, and keeps a subhead apart", () => {
    expect(units(WRAPPED_PAGE)).toEqual([
      "2025年4月2日 星期三 编辑 唐明月",
      "城市新闻",
      "南湖公园改造提升工程完工",
      "本报记者 苏静怡",
      "记者4月1日从市园林局获悉，南湖公园改造提升工程已全面完工，新增绿地面积约3.2万平方米，铺设步道4.6公里。",
      "据介绍，改造后的公园设置了儿童游乐区和健身区，每天开放时间延长至晚上10时。",
      "老街夜市重新开张",
      "本报讯（记者 钟一帆 通讯员 黎明远）3月30日，位于城北的老街夜市在升级改造后重新开张，首批入驻摊位120个。",
      "社区食堂让老人吃得舒心",
      "本报通讯员 韦小青",
      "今年以来，全区新建社区食堂18家，日均服务老年人2600余人次。",
      "营养配餐有讲究",
      "各食堂聘请营养师制定每周菜单，低盐低油，深受老人欢迎。",
    ]);
  });

  it("goes on past a 。 at the column's edge, and ends a paragraph on a shorter line", () => {
    expect(units(UNINDENTED_PAGE)).toEqual([
      "县第二届读书节开幕",
      "本报讯（记者 梁思成 通讯员 蓝天）4月8日，县第二届读书节在县图书馆开幕。本届读书节为期一个月，共安排阅读分享、图书漂流等活动36场，来自全县12个乡镇的800余名读者参加了开幕式。“家里孩子每天都要我陪着来借书。”市民周敏说。县图书馆馆长邱文表示，将继续办好读书节，让书香飘满全县。",
      "第2版",
    ]);
  });

  it("ends an OCR paragraph on a short line without its 。 over an indented line", () => {
    const text = [
      "暴雨夜 救援队转移群众",
      "",
      "  6月3日晚，我县普降暴雨，城区",
      "最大小时降雨量达72毫米，多个",
      "小区出现积水，部分道路一度中",
      "断0",
      "  接报后，县消防救援大队先后",
      "出动救援人员160余人次，转移",
      "群众530人，其中老人和孩子",
      "居多",
      "  目前，受灾群众已全部妥善",
      "安置。",
    ].join("\n");
    expect(units(text)).toEqual([
      "暴雨夜 救援队转移群众",
      "6月3日晚，我县普降暴雨，城区最大小时降雨量达72毫米，多个小区出现积水，部分道路一度中断0",
      "接报后，县消防救援大队先后出动救援人员160余人次，转移群众530人，其中老人和孩子居多",
      "目前，受灾群众已全部妥善安置。",
    ]);
  });
});

describe("a wrapped page, extracted", () => {
  const records = extract(WRAPPED_PAGE, { issueDate: "2025-04-02", source: "wrapped.txt" }).records;
  const articles = records.filter((r) => r.type === "article");

  it("reads each headline cut at its width as one title, and the wrapped dateline's bylines", () => {
    expect(articles.map((a) => a.headline)).toEqual([
      { title: "南湖公园改造提升工程完工", kicker: null, subtitle: null },
      { title: "老街夜市重新开张", kicker: null, subtitle: null },
      { title: "社区食堂让老人吃得舒心", kicker: null, subtitle: null },
    ]);
    expect(articles[1]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["钟一帆", "reporter"],
      ["黎明远", "correspondent"],
    ]);
    expect(articles[1]!.paragraphs).toEqual(["3月30日，位于城北的老街夜市在升级改造后重新开张，首批入驻摊位120个。"]);
  });

  it("keeps a heading between touching lines of text as a subhead, with line spans into the input", () => {
    const last = articles[2]!;
    expect(last.subheads).toEqual(["营养配餐有讲究"]);
    expect(last.paragraphs).toHaveLength(2);
    expect([last.source.lineStart, last.source.lineEnd]).toEqual([25, 35]);
  });
});
