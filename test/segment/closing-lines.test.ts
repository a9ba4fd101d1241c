/**
 * Short lines inside or at the end of an article that look like headlines
 * but head nothing: a last sentence with its full stop left out over a
 * credit note, a lead-in ending on a colon and the short items under it, a
 * sentence ending on a jump note. Each page is small, its records worked out
 * by hand; the negatives are real headlines that must stay so.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const all = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-10-20" }).records;
const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(all(lines));
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

const HEAD = ["老城墙修缮工程启动", "", "本报讯（记者 陈晓）昨天，老城墙东段修缮工程正式启动，工期预计一年半。", "据介绍，此次修缮将恢复城墙原有风貌，沿线还将建设步道。"];
const NEXT = ["", "新区三所学校秋季开学", "", "本报讯（记者 李红）9月1日，新区新建的三所学校正式开学。"];
const FIRST = ["昨天，老城墙东段修缮工程正式启动，工期预计一年半。", "据介绍，此次修缮将恢复城墙原有风貌，沿线还将建设步道。"];

describe("a last sentence without its full stop, over a credit note", () => {
  it.each([
    ["the note on its own line, the next story under it", ["城墙东段修缮工程今天启动", "（资料由市档案馆提供）", ...NEXT], ["陈晓/reporter", "市档案馆/source"]],
    ["the note glued to the line, the next story under it", ["城墙东段修缮工程今天启动（资料由市档案馆提供）", ...NEXT], ["陈晓/reporter", "市档案馆/source"]],
    ["the note glued to the line, at the page's end", ["城墙东段修缮工程今天启动（资料由市档案馆提供）"], ["陈晓/reporter", "市档案馆/source"]],
    ["the note on its own line, at the page's end", ["城墙东段修缮工程今天启动", "（资料由市档案馆提供）"], ["陈晓/reporter", "市档案馆/source"]],
    ["a source tag under it", ["城墙东段修缮工程今天启动", "（据新华社）", ...NEXT], ["陈晓/reporter"]],
  ])("is the article's last paragraph (%s)", (_how, tail, bylines) => {
    const records = all([...HEAD, ...tail]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(a!.paragraphs).toEqual([...FIRST, "城墙东段修缮工程今天启动"]);
    expect(names(a)).toEqual(bylines);
    expect(rest.map((b) => b.headline.title)).toEqual(tail.length > 2 ? ["新区三所学校秋季开学"] : []);
  });

  // Negatives: a headline with a credit glued on, text under it; a headline's own bracket; a bracketed place.
  it("a headline with its reporter glued on heads the text under it", () => {
    const [a, b] = run([...HEAD, "", "城东新桥今天通车（记者 王芳）", "今天上午，城东新桥正式通车，市民出行更加便捷。"]);
    expect(a!.paragraphs).toEqual(FIRST);
    expect(b!.headline.title).toBe("城东新桥今天通车");
    expect(names(b)).toEqual(["王芳/reporter"]);
    expect(b!.paragraphs).toEqual(["今天上午，城东新桥正式通车，市民出行更加便捷。"]);
  });

  it.each(["公司回应质疑（附声明全文）", "他乡遇故知（张家口）"])("%s over text stays a headline", (title) => {
    const [a, b] = run([...HEAD, "", title, "针对近日网上流传的消息，公司昨日发布声明予以回应。"]);
    expect(a!.paragraphs).toEqual(FIRST);
    expect(b!.headline.title).toBe(title);
  });

  it("a short line over a picture's credit is its caption, not the text", () => {
    const [a] = run([...HEAD, "修缮中的城墙东段", "（记者 陈晓 摄）", ...NEXT]);
    expect(a!.paragraphs).toEqual(FIRST);
  });
});

describe("a lead-in ending on a colon, and the short items under it", () => {
  const LEAD = "本报讯（记者 王敏）今年以来，我市加快推进老旧小区改造，已完成改造小区86个。";
  const AFTER = "下一步，市住建局将总结经验，力争年内完成全部改造任务。";
  const PAGE = (list: string[]) => ["我市推进老旧小区改造", "", LEAD, ...list, AFTER, ...NEXT];

  it.each([
    ["一是 items", ["主要做法有：", "一是统筹资金保障", "二是坚持居民自治", "三是强化长效管理"]],
    ["short unmarked items", ["改造内容主要包括：", "屋面防水和外墙保温", "加装电梯和无障碍设施"]],
    ["unmarked items a blank line apart", ["改造内容主要包括：", "", "屋面防水和外墙保温", "", "加装电梯和无障碍设施", ""]],
    ["one item", ["主要做法有：", "一是统筹资金保障"]],
  ])("stay paragraphs of the article (%s)", (_how, list) => {
    const [a, b, ...rest] = run(PAGE(list));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "我市推进老旧小区改造", kicker: null, subtitle: null });
    expect(a!.paragraphs).toEqual(["今年以来，我市加快推进老旧小区改造，已完成改造小区86个。", ...list.filter((l) => l !== ""), AFTER]);
    expect(a!.subheads).toEqual([]);
    expect(b!.headline.title).toBe("新区三所学校秋季开学");
  });

  // Negatives: a headline stack over a dateline stays one, even under a colon; a heading under a sentence ending otherwise is left to the subhead rules.
  it.each([
    ["a title", ["新区三所学校秋季开学"]],
    ["two lines", ["秋季学期开学", "新区三所学校迎来新生"]],
  ])("lines over the next dateline are its headline, the items a blank line above them the list's (%s)", (_how, head) => {
    const [a, b, ...rest] = run(["我市推进老旧小区改造", "", LEAD, "主要做法有：", "一是统筹资金保障", "", ...head, "本报讯（记者 李红）9月1日，新区新建的三所学校正式开学。"]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(-2)).toEqual(["主要做法有：", "一是统筹资金保障"]);
    const { kicker, title, subtitle } = b!.headline;
    expect([kicker, title, subtitle].filter((x) => x !== null)).toEqual(head);
  });

  it("a numbered heading alone under a colon heads the text under it, as the series after it does", () => {
    const [a] = run([
      "我市挂牌出让两幅地块",
      "",
      "本报讯（记者 王敏）经市政府批准，市自然资源局决定挂牌出让两幅地块。现将有关事项公告如下：",
      "",
      "一、地块的基本情况",
      "",
      "两幅地块位于经开区，出让面积共5.4万平方米，出让年限50年。",
      "",
      "二、竞买申请",
      "",
      "境内外的法人和其他组织均可申请参加竞买。",
    ]);
    expect(a!.subheads).toEqual(["一、地块的基本情况", "二、竞买申请"]);
    expect(a!.paragraphs).toHaveLength(3);
  });

  it("a short line under a sentence with a full stop, over the next story's text, still heads it", () => {
    const [a, b] = run(["我市推进老旧小区改造", "", LEAD, "", "社区食堂开张", "", "城东社区食堂昨天开张，可容纳80人同时就餐。"]);
    expect(a!.paragraphs).toEqual(["今年以来，我市加快推进老旧小区改造，已完成改造小区86个。"]);
    expect(b!.headline.title).toBe("社区食堂开张");
  });
});

describe("a sentence closed by a jump note", () => {
  const MEETING = ["市政府召开常务会议", "", "本报讯（记者 赵明）10月18日，市政府召开第十二次常务会议，研究部署近期重点工作。", "会议听取了全市安全生产工作情况汇报。"];
  const BODY = ["10月18日，市政府召开第十二次常务会议，研究部署近期重点工作。", "会议听取了全市安全生产工作情况汇报。"];

  it.each(["　详见第3版", "（下转第3版）", " 下转第3版", " 转A3", "（详见第三版）", "　续见A6版"])("…其他事项%s ends the article and opens none", (jump) => {
    const records = all([...MEETING, `会议还研究了其他事项${jump}`, ...NEXT]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, b, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([...BODY, "会议还研究了其他事项"]);
    expect(b!.headline.title).toBe("新区三所学校秋季开学");
  });

  it("a long paragraph loses the bare jump note at its end", () => {
    const [a] = run([...MEETING, "会议还研究了其他事项，要求各地各部门认真抓好贯彻落实，确保各项工作取得实效。　下转第3版", ...NEXT]);
    expect(a!.paragraphs.at(-1)).toBe("会议还研究了其他事项，要求各地各部门认真抓好贯彻落实，确保各项工作取得实效。");
  });

  // Negatives: a page reference inside the words, no space before it, is text; a teaser with its text under it heads that text.
  it.each(["城市地图推出第3版", "本报今起改版"])("%s keeps its words", (line) => {
    const [a, b] = run([...MEETING, "", line, "今年以来，我市城市更新行动全面提速，已完成投资120亿元。"]);
    expect(a!.paragraphs).toEqual(BODY);
    expect(b!.headline.title).toBe(line);
  });

  it("a front-page teaser over its own text stays a headline", () => {
    const [a, b] = run([...MEETING, "", "城市更新行动全面提速（详见第3版）", "今年以来，我市城市更新行动全面提速，已完成投资120亿元。"]);
    expect(a!.paragraphs).toEqual(BODY);
    expect(b!.headline.title).toBe("城市更新行动全面提速（详见第3版）");
    expect(b!.paragraphs).toEqual(["今年以来，我市城市更新行动全面提速，已完成投资120亿元。"]);
  });
});

describe("a bracketed remark on its own line under the last paragraph", () => {
  it.each([
    ["at the page's end", ["（开放时间如有变动，以景区公告为准）"]],
    ["over the next story", ["（开放时间如有变动，以景区公告为准）", ...NEXT]],
    ["with a semicolon", ["（门票请提前预约；现场不售票）", ...NEXT]],
  ])("is the article's last paragraph (%s)", (_how, tail) => {
    const records = all([...HEAD, ...tail]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(a!.paragraphs).toEqual([...FIRST, tail[0]]);
    expect(names(a)).toEqual(["陈晓/reporter"]);
    expect(rest.map((b) => b.headline.title)).toEqual(tail.length > 1 ? ["新区三所学校秋季开学"] : []);
  });

  // Negatives: credits and source tags, and notes on the text itself, are no paragraph.
  it.each([
    ["（记者 陈晓 通讯员 城宣）", ["陈晓/reporter", "城宣/correspondent"]],
    ["（据新华社）", ["陈晓/reporter"]],
    ["（本文仅代表作者观点，不构成任何建议）", ["陈晓/reporter"]],
    ["（文中人物均为化名，图片与本文无关）", ["陈晓/reporter"]],
    ["（单位：万元，数据来源：市统计局）", ["陈晓/reporter"]],
  ])("%s stays out of the paragraphs", (note, bylines) => {
    const [a] = run([...HEAD, note, ...NEXT]);
    expect(a!.paragraphs).toEqual(FIRST);
    expect(names(a)).toEqual(bylines);
  });
});

describe("a bracketed remark under lines that head no text", () => {
  const REPORT = ["灯光秀周末上演", "本报讯（记者 陈晓）记者昨天获悉，滨江灯光秀将于本周末起每晚上演。", ""];
  const REMARK = "（演出场次如有调整，以景区公告为准）";

  it("stays in the page record those lines become: no line's text is lost", () => {
    const records = all([...REPORT, "滨江灯光秀", "每晚两场", REMARK]);
    const pages = records.filter((r) => r.type === "page");
    expect(pages.map((p) => p.text.split("\n").at(-1))).toEqual([REMARK]);
    expect(articles(records).map((a) => a.paragraphs)).toEqual([["记者昨天获悉，滨江灯光秀将于本周末起每晚上演。"]]);
  });

  it("is the last paragraph of a titled box (a programme's title over its rows)", () => {
    const records = all([...REPORT, "每晚演出场次", "　19:30　第一场", "　20:30　第二场", REMARK]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [, box] = articles(records);
    expect(box!.headline.title).toBe("每晚演出场次");
    expect(box!.paragraphs).toEqual(["19:30　第一场", "20:30　第二场", REMARK]);
  });

  it("is the body of a signed block that has no paragraph", () => {
    const records = all([...REPORT, "灯光秀观演须知", "记者 王芳", "（观演区域有限，请市民错峰前往）"]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [, signed] = articles(records);
    expect(signed!.headline.title).toBe("灯光秀观演须知");
    expect(names(signed)).toEqual(["王芳/reporter"]);
    expect(signed!.paragraphs).toEqual(["（观演区域有限，请市民错峰前往）"]);
  });
});
