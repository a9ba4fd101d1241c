/**
 * Boxes of clause lines beside a report: a short title over rows that open on
 * a date or a clock time (`回望来路` / `1958年3月　…`, `今日荧屏` / `综合频道` /
 * `18:00　…`), or over figure lines each with its caption (`数读` / `37.5%` /
 * `…`). Read as headline stacks, their first lines ran into the report above
 * (a row with a comma joined onto the next with no separator) and the rest
 * became page matter. Set a blank line under the report, such a box is an
 * article of its own, one paragraph a row, its groups' labels its subheads;
 * untitled rows under a report are the report's. Each page is small and
 * invented, its records worked out by hand; the negatives are headline
 * stacks and body lines that must stay so.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { isFigureLine, isTimeRow } from "../../src/segment/clause-box.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r) => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-06-20" }).records;

const REPORT = ["江北新区建设提速", "", "　　本报讯（记者 周明）6月18日，江北新区首批重点项目集中开工。"];
const REPORT_TEXT = "6月18日，江北新区首批重点项目集中开工。";

describe("isTimeRow", () => {
  it.each([
    "1958年3月　江北机修厂建成投产",
    "1983年11月　机修厂改组为机械公司，试行厂长负责制",
    "2010年　新区规划获批",
    "2024年6月18日　首批重点项目开工",
    "18:00　少儿动画",
    "06:30—08:30　早间直播",
    "21:40 纪录片：江河万里",
  ])("a row: %s", (line) => {
    expect(isTimeRow(line.normalize("NFKC"))).toBe(true);
  });
  it.each([
    // Running text goes on with a mark or a word after its date or time.
    "1958年，一批来自外地的工人来到江北。",
    "1983年11月，机修厂改组为机械公司。",
    "18:00，记者赶到现场。",
    "2010年新区规划获批",
    // A year alone, a duration, a date with no year.
    "2010年",
    "6月18日　首批重点项目开工",
    "30年　弹指一挥间",
  ])("no row: %s", (line) => {
    expect(isTimeRow(line.normalize("NFKC"))).toBe(false);
  });
});

describe("isFigureLine", () => {
  it.each(["37.5%", "1500家", "3.6亿元→128亿元", "21.3个百分点", "约2.4万人次", "+8.6%"])("a figure line: %s", (line) => {
    expect(isFigureLine(line)).toBe(true);
  });
  it.each([
    "全区规模以上工业企业数量",
    "1500家企业在新区落户投产",
    "新区生产总值从2000年的3.6亿元增长到去年的128亿元",
    "第3名",
    "37.5%的企业已完成数字化改造，比去年提高了很多",
  ])("no figure line: %s", (line) => {
    expect(isFigureLine(line)).toBe(false);
  });
});

describe("a box of clause lines after a report", () => {
  const TIMELINE = [
    "1958年3月　江北机修厂建成投产",
    "1983年11月　机修厂改组为机械公司，试行厂长负责制",
    "2001年5月　公司整体搬迁，老厂区交给新区",
    "2010年　新区规划获批",
  ];

  it("a timeline a blank line under the report: an article of its own, one paragraph a row", () => {
    const records = run([...REPORT, "", "回望来路", "", ...TIMELINE]);
    expect(pages(records)).toEqual([]);
    const [report, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual([REPORT_TEXT]);
    expect(box!.headline).toEqual({ kicker: null, title: "回望来路", subtitle: null });
    // The row that ends on a clause is not joined onto the row under it.
    expect(box!.paragraphs).toEqual(TIMELINE);
    // A timeline tells history, no event of the day.
    expect(box!.date).toBeNull();
  });

  it("figure lines with their captions: an article of its own, with its figures", () => {
    const data = ["　　3.6亿元→128亿元", "　　新区生产总值从2000年的3.6亿元增长到去年的128亿元", "　　1500家", "　　全区规模以上工业企业数量", "　　37.5%", "　　高新技术产业增加值占比"];
    const records = run([...REPORT, "", "数读", "", ...data]);
    expect(pages(records)).toEqual([]);
    const [, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(box!.headline.title).toBe("数读");
    expect(box!.paragraphs).toEqual(data.map((l) => l.trim()));
    // A figure line alone measures what the caption under it names, up to its first clause mark.
    expect(box!.figures.filter((f) => f.kind === "percent").map((f) => [f.value, f.paragraph, f.subject])).toEqual([[37.5, 4, "高新技术产业增加值占比"]]);
    expect(box!.figures.filter((f) => f.kind === "count").map((f) => [f.value, f.unit, f.paragraph, f.subject])).toEqual([[1500, "家", 2, "全区规模以上工业企业数量"]]);
    // A caption that is a sentence names nothing: the figure line over it keeps no subject.
    expect(box!.figures.filter((f) => f.paragraph === 0).map((f) => f.subject)).toEqual([null, null]);
  });

  it("a programme in groups: the groups' labels are subheads, the remark under it its last paragraph", () => {
    const records = run([
      ...REPORT,
      "",
      "今日荧屏",
      "",
      "综合频道",
      "　　18:00　少儿动画",
      "　　19:30　江北新闻",
      "",
      "公共频道",
      "　　20:00　电视剧：江畔人家（7）",
      "　　21:40　纪录片：江河万里",
      "",
      "（节目如有变动，以播出为准）",
    ]);
    expect(pages(records)).toEqual([]);
    const [report, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual([REPORT_TEXT]);
    expect(box!.headline.title).toBe("今日荧屏");
    expect(box!.subheads).toEqual(["综合频道", "公共频道"]);
    expect(box!.paragraphs).toEqual(["18:00　少儿动画", "19:30　江北新闻", "20:00　电视剧：江畔人家（7）", "21:40　纪录片：江河万里", "（节目如有变动，以播出为准）"]);
  });

  it("a titled timeline right under the report's last paragraph is the report's", () => {
    const records = run([...REPORT, "回望来路", ...TIMELINE]);
    const [report, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual([REPORT_TEXT, "回望来路", ...TIMELINE]);
  });

  it("untitled programme rows under a report are its paragraphs, not page matter", () => {
    const records = run(["今晚看点", "　　本报讯（记者 周明）综合频道今晚节目安排如下。", "　　19:30　江北新闻", "　　20:00　电视剧：江畔人家（7）"]);
    expect(pages(records)).toEqual([]);
    const [report, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual(["综合频道今晚节目安排如下。", "19:30　江北新闻", "20:00　电视剧：江畔人家（7）"]);
  });

  // Negatives.
  it("two dated lines heading a report are its headline", () => {
    const records = run([...REPORT, "", "1958年　机修厂建成", "2024年　新区再出发", "　　本报讯（记者 周明）6月19日，新区举行建设者座谈会。"]);
    const [, next, ...rest] = articles(records);
    expect(rest).toEqual([]);
    // Which line is the title is `splitHeadline`'s to say; both are headline lines, no paragraphs.
    const { kicker, title, subtitle } = next!.headline;
    expect([kicker, title, subtitle].filter((l) => l !== null).sort()).toEqual(["1958年　机修厂建成", "2024年　新区再出发"]);
    expect(next!.paragraphs).toEqual(["6月19日，新区举行建设者座谈会。"]);
  });

  it.each([
    // One dated row under a title: a headline and its subtitle, as before.
    ["one dated row", ["回望来路", "", "1958年3月　江北机修厂建成投产", "", "新区新貌", "", "　　本报讯（记者 周明）新区今日开园。"]],
    // One figure line and its caption.
    ["one figure pair", ["数读", "", "37.5%", "高新技术产业增加值占比", "", "　　本报讯（记者 周明）新区今日开园。"]],
    // A title with a clause in it is a headline, not a box's title.
    ["a title with a clause", ["回望来路，再启新程", "", "1958年，江北机修厂建成投产，", "2010年，新区规划获批"]],
  ])("is no box: %s", (_how, lines) => {
    const records = run([...REPORT, "", ...lines]);
    const [title, ...rest] = lines.filter((l) => l !== "");
    const box = articles(records).find((a) => a.headline.title === title);
    expect(box?.paragraphs.slice(0, 2) ?? []).not.toEqual(rest.slice(0, 2).map((l) => l.trim()));
  });
});
