/**
 * Page numbers left in the text where a page or column broke (OCR'd and
 * e-paper dumps): page furniture, never a headline or subhead; a paragraph
 * cut by one is joined across it, and the article goes on under it.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { isPageNumberLine } from "../../src/segment/furniture.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-05-16" }).records;

describe("page number lines", () => {
  it.each(["2", "12", "-2-", "- 2 -", "—2—", "·3·", "第2版", "第二版", "2版", "A2", "A02版", "第3页"])("%s is a page number", (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  it.each(["2024", "一、", "(二)", "1、综合", "2.", "第2", "A", "12345", "2万", "3人", "第二章"])("%s is no page number", (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });

  it("a number between the two pieces of a cut sentence: one article, the sentence joined", () => {
    const records = run(["项目集中签约", "", "本报讯　5月15日，签约仪式举行，吸纳当地", "", "2", "", "村民就业300余人。", "", "县长出席并讲话。"]);
    expect(articles(records)).toHaveLength(1);
    const [a] = articles(records);
    expect(a!.headline.title).toBe("项目集中签约");
    expect(a!.paragraphs).toEqual(["5月15日，签约仪式举行，吸纳当地村民就业300余人。", "县长出席并讲话。"]);
    expect(a!.subheads).toEqual([]);
    expect(a!.source).toMatchObject({ lineStart: 1, lineEnd: 9 });
  });

  it.each(["-6-", "第6版", "A6"])("a number %s set otherwise cuts no sentence either", (mark) => {
    const records = run(["老街换新颜", "", "本报讯　经过半年改造，城南老街的商铺陆续", "", mark, "", "重新开门营业。", "", "街坊们纷纷前来。"]);
    expect(articles(records).map((a) => a.paragraphs)).toEqual([["经过半年改造，城南老街的商铺陆续重新开门营业。", "街坊们纷纷前来。"]]);
  });

  it("a number between two whole paragraphs of one article does not part them", () => {
    const records = run(["老街换新颜", "", "本报讯　经过半年改造，城南老街昨天重新开街。", "", "3", "", "街坊们纷纷前来，在新开的店铺前排起长队。"]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.paragraphs).toHaveLength(2);
    expect(pages(records)).toEqual([]);
  });

  it("a number between two articles is a page record and heads neither", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街昨天重新开街。", "", "-3-", "", "新桥通车", "", "本报讯　城北新桥昨天通车。"]);
    expect(records.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(pages(records)[0]).toMatchObject({ section: null, staff: [], text: "-3-" });
    expect(articles(records).map((a) => a.headline)).toEqual([
      { kicker: null, title: "老街换新颜", subtitle: null },
      { kicker: null, title: "新桥通车", subtitle: null },
    ]);
  });

  it("a number at the foot of the page is a page record, not a last paragraph", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街昨天重新开街。", "", "5"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["城南老街昨天重新开街。"]);
    expect(pages(records)).toEqual([expect.objectContaining({ text: "5", section: null })]);
  });

  it("numbered subheads are still subheads", () => {
    const records = run(["全年工作回顾", "", "本报讯　今年全市经济运行平稳，各项工作取得新进展。", "", "一、项目建设", "", "全年新开工项目120个。", "", "二、民生保障", "", "新增就业岗位1.2万个。"]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.subheads).toEqual(["一、项目建设", "二、民生保障"]);
  });

  it("bare numbers a few lines apart number a list: body text of the article, no page records", () => {
    const records = run(["评选结果揭晓", "", "本报讯　本届评选结果如下。", "", "1", "", "城东小学获一等奖。", "", "2", "", "城西中学获二等奖。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.paragraphs).toEqual(["本届评选结果如下。", "1", "城东小学获一等奖。", "2", "城西中学获二等奖。"]);
  });

  it("a list's numbers after an open colon, with no blank lines: each item and number in order, nothing joined across a number", () => {
    const records = run(["社区食堂运营情况一览", "本报讯　记者近日走访了城区多家社区食堂，情况如下：", "1", "东城社区食堂日均接待老人200人次。", "2", "西苑社区食堂推出10元套餐。", "3", "南湖社区食堂实行助餐补贴。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.paragraphs).toEqual([
      "记者近日走访了城区多家社区食堂，情况如下：",
      "1",
      "东城社区食堂日均接待老人200人次。",
      "2",
      "西苑社区食堂推出10元套餐。",
      "3",
      "南湖社区食堂实行助餐补贴。",
    ]);
  });
});

describe("page numbers next to a list's numbers", () => {
  const list = ["社区食堂运营情况一览", "本报讯　记者近日走访了城区多家社区食堂，情况如下：", "1", "东城社区食堂日均接待老人200人次。", "2", "西苑社区食堂推出10元套餐。"];

  it("a page number a few lines above the next article's list is no list number", () => {
    const records = run(["读者座谈会举行", "本报讯　座谈会上，读者们提出，希望能多一些", "2", "社区里的小事。", "", ...list]);
    const [first, second, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(first!.paragraphs).toEqual(["座谈会上，读者们提出，希望能多一些社区里的小事。"]);
    expect(second!.paragraphs).toEqual(["记者近日走访了城区多家社区食堂，情况如下：", "1", "东城社区食堂日均接待老人200人次。", "2", "西苑社区食堂推出10元套餐。"]);
    expect(records.some((r) => r.type === "article" && r.paragraphs.includes("2") && r !== second)).toBe(false);
  });

  it("two numbers out of sequence a few lines apart are page numbers, not a list", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街昨天重新开街。", "", "3", "", "街坊们纷纷前来，在新开的店铺前排起长队。", "", "2", "", "店主们也忙着招呼客人。"]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.paragraphs).toEqual(["城南老街昨天重新开街。", "街坊们纷纷前来，在新开的店铺前排起长队。", "店主们也忙着招呼客人。"]);
  });

  it("a list of short items numbered in sequence stays a list", () => {
    const records = run(["文明校园名单公布", "", "本报讯　市教育局昨天公布本年度文明校园名单。", "", "1", "城东小学", "2", "城西中学", "3", "南湖中学"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.paragraphs).toEqual(["市教育局昨天公布本年度文明校园名单。", "1", "城东小学", "2", "城西中学", "3", "南湖中学"]);
  });
});
