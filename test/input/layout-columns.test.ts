/**
 * Columns that a PDF extractor (`pdftotext -layout`) set side by side are
 * read one after the other, each line keeping its file line number; tables,
 * page headers and ordinary text are left as they are.
 */
import { describe, expect, it } from "vitest";
import { readLayoutColumns } from "../../src/input/layout-columns.js";
import type { InputDocument } from "../../src/input/formats.js";
import { extract } from "../../src/extract.js";
import type { ArticleRecord } from "../../src/schema.js";

/** Display cells of a string: CJK characters and full-width forms 2 when `wide` is 2. */
function cells(s: string, wide: number): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\ua4cf\uff01-\uff60]/.test(ch) ? wide : 1;
  return n;
}

/** A layout line: `left` padded with spaces to `gutter` cells, then `right`. */
function row(left: string, right: string, gutter = 36, wide = 2): string {
  if (right === "") return left;
  return `${left}${" ".repeat(Math.max(3, gutter - cells(left, wide)))}${right}`;
}

const doc = (lines: string[]): InputDocument => ({ text: lines.join("\n"), id: null, firstLine: 1 });

/** The document's lines with their file line numbers, as `no:text`. */
function numbered(d: InputDocument): string[] {
  return d.text.split("\n").map((t, i) => `${d.lineNumbers?.[i] ?? d.firstLine + i}:${t}`);
}

// Two articles side by side: headline, byline, body (invented text).
const SIDE_BY_SIDE = [
  row("城南片区改造启动", "滨河绿道全线贯通"),
  row("计划三年完成投资", "市民骑行更便捷"),
  "",
  row("本报记者 唐明远", "本报记者 魏晓琳"),
  "",
  row("    日前，城南片区城市更新项目", "    记者昨日获悉，全长18.6公里"),
  row("正式启动，涉及居民3200余户，计", "的滨河绿道全线贯通，沿线新建驿站"),
  row("划总投资45亿元。", "12座，串起公园9处。"),
];

describe("side-by-side columns", () => {
  it("reads the left column, then the right, each line keeping its number", () => {
    expect(numbered(readLayoutColumns(doc(SIDE_BY_SIDE)))).toEqual([
      "1:城南片区改造启动",
      "2:计划三年完成投资",
      "3:",
      "4:本报记者 唐明远",
      "5:",
      "6:    日前，城南片区城市更新项目",
      "7:正式启动，涉及居民3200余户，计",
      "8:划总投资45亿元。",
      "8:",
      "1:滨河绿道全线贯通",
      "2:市民骑行更便捷",
      "3:",
      "4:本报记者 魏晓琳",
      "5:",
      // A right-hand paragraph indent is kept as two spaces.
      "6:  记者昨日获悉，全长18.6公里",
      "7:的滨河绿道全线贯通，沿线新建驿站",
      "8:12座，串起公园9处。",
    ]);
  });

  it("gives two articles, each with its own headline, byline and figures", () => {
    const found = extract(SIDE_BY_SIDE.join("\n"), { source: "t.txt", issueDate: "2025-06-18" }).records.filter(
      (r): r is ArticleRecord => r.type === "article",
    );
    // Whether the two headline lines are read as kicker and title or as one title cut at the
    // column's width is the headline rules' call; the columns' text must not mix.
    const headline = (a: ArticleRecord) => [a.headline.kicker, a.headline.title, a.headline.subtitle].filter((h) => h !== null).join("");
    expect(found.map((a) => [headline(a), a.bylines.map((b) => b.name), a.figures.map((f) => f.value)])).toEqual([
      ["城南片区改造启动计划三年完成投资", ["唐明远"], [3200, 4500000000]],
      ["滨河绿道全线贯通市民骑行更便捷", ["魏晓琳"], [18.6, 12, 9]],
    ]);
  });

  it("cuts a line whose left text runs a cell or two past the gutter at its gap", () => {
    const lines = [
      row("一一一一一一一一一一一一一", "二二二二二二二二二二二二二"),
      row("一一一一一一一一一一一一一", "二二二二二二二二二二二二二"),
      // 17 CJK characters: 34 cells, 3 spaces, right text from cell 37.
      `${"一".repeat(17)}   ${"二".repeat(13)}`,
      row("一一一一一一一一一一一一一", "二二二二二二二二二二二二二"),
    ];
    const out = readLayoutColumns(doc(lines)).text.split("\n");
    expect(out.filter((l) => l.includes("一")).every((l) => !l.includes("二"))).toBe(true);
    expect(out.filter((l) => l.includes("二"))).toHaveLength(4);
  });

  it("reads a second row of articles after the first, apart at two blank lines", () => {
    const lines = [
      row("甲栏第一行正文内容写在这里", "乙栏第一行正文内容写在这里"),
      row("甲栏第二行正文内容写在这里", "乙栏第二行正文内容写在这里"),
      row("甲栏第三行正文内容写在这里", "乙栏第三行正文内容写在这里"),
      "",
      "",
      row("丙栏第一行正文内容写在这里", "丁栏第一行正文内容写在这里"),
      row("丙栏第二行正文内容写在这里", "丁栏第二行正文内容写在这里"),
      row("丙栏第三行正文内容写在这里", "丁栏第三行正文内容写在这里"),
    ];
    const order = readLayoutColumns(doc(lines))
      .text.split("\n")
      .filter((l) => l !== "")
      .map((l) => l[0]);
    expect(order).toEqual(["甲", "甲", "甲", "乙", "乙", "乙", "丙", "丙", "丙", "丁", "丁", "丁"]);
  });

  it("leaves a headline across both columns where it is, and reads the band under it apart", () => {
    const lines = [
      "            全市外贸进出口总值创下同期新高纪录",
      "",
      ...SIDE_BY_SIDE.slice(5),
    ];
    const out = readLayoutColumns(doc(lines)).text.split("\n");
    expect(out[0]).toBe(lines[0]);
    expect(out.slice(2, 5).map((l) => l.trim())).toEqual(["日前，城南片区城市更新项目", "正式启动，涉及居民3200余户，计", "划总投资45亿元。"]);
  });

  it("finds the gutter when CJK characters were counted one cell wide", () => {
    const lines = SIDE_BY_SIDE.map((l, i) => {
      const [left, right] = l.split(/ {3,}/);
      return right === undefined ? SIDE_BY_SIDE[i]! : row(left!, right, 20, 1);
    });
    const out = readLayoutColumns(doc(lines)).text.split("\n");
    expect(out.slice(0, 2)).toEqual(["城南片区改造启动", "计划三年完成投资"]);
    expect(out).toContain("滨河绿道全线贯通");
  });
});

describe("left as they are", () => {
  it.each([
    ["ordinary text", ["　　日前，城南片区城市更新项目正式启动，涉及居民3200余户。", "　　项目计划总投资45亿元。"]],
    // Only two rows side by side: not enough to tell columns from chance.
    ["two rows", [row("城南片区改造启动仪式举行", "滨河绿道全线贯通迎来市民"), row("计划三年完成全部投资任务", "市民骑行更便捷更安全了")]],
    // A table: short cells and several gaps per row.
    [
      "a table set with spaces",
      ["项目名称      成交套数     成交均价", "滨江云璟         312        24800", "翠湖书院         176        15480", "东岸花园         158        13200"],
    ],
    // A two-column table of names and numbers: no prose on either side.
    ["a two-column list", [row("城东区", "12.5亿元"), row("城西区", "9.8亿元"), row("高新区", "21.3亿元"), row("经开区", "17.6亿元")]],
    // A page header: a folio, a section and a date on one line, over ordinary text.
    ["a page header", ["B2                          经济·金融                        2025年6月18日 星期三", "　　日前，城南片区城市更新项目正式启动。"]],
  ])("%s", (_name, lines) => {
    const d = doc(lines);
    expect(readLayoutColumns(d)).toBe(d);
  });
});
