/**
 * Numbered section headings that run in clauses (`一、工业生产增长较快，装备制造业增长较好`),
 * as statistical releases and work reports print them, and paragraphs that
 * introduce a text set under them (`…全文如下：`). A claused heading on a line
 * of its own with a blank line under it is a subhead; a paragraph ending on
 * `如下：` or `表示：` is complete across a blank line. Each page is invented;
 * negatives are the same heading touching its text, lines ending on a comma,
 * runs of numerals a sentence lists, and other colons across a blank line.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { isClausedHeading } from "../../src/reflow/reflow.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-07-16" }).records);

describe("isClausedHeading", () => {
  it.each([
    "一、农业生产形势较好，夏粮再获丰收",
    "二、服务业增长加快，现代服务业发展势头良好",
    "十一、居民收入稳定增长，城乡差距继续缩小",
    "（三）市场销售稳步恢复，升级类商品销售较旺",
    "四、投资规模扩大",
  ])("%s is one", (line) => {
    expect(isClausedHeading(normaliseString(line))).toBe(true);
  });

  it.each([
    "一、农业生产形势较好，夏粮再获丰收。", // a sentence
    "一、农业生产形势较好，", // ends on a comma: the item runs on
    "一、二季度全市经济运行平稳，工业增长较快", // a run of numerals a sentence lists
    "1、农业生产形势较好，夏粮再获丰收", // digits: an item's number
    "一、农业生产形势较好；夏粮再获丰收", // a semicolon: items of a list
    "一、全市农业生产形势总体较好，夏粮在连续多年丰收的基础上再获丰收，产量创历史新高", // longer than a heading
    "农业生产形势较好，夏粮再获丰收", // no number
  ])("%s is none", (line) => {
    expect(isClausedHeading(normaliseString(line))).toBe(false);
  });
});

const release = [
  "上半年全市经济运行稳中向好",
  "",
  "本报讯（记者 许文博）7月15日，市统计局发布上半年全市经济运行情况。",
  "",
];

describe("claused headings on a page", () => {
  it("a claused heading with a blank line under it is a subhead, no head of the paragraph", () => {
    const got = run([
      ...release,
      "一、农业生产形势较好，夏粮再获丰收",
      "",
      "上半年，全市夏粮总产量42.6万吨，比上年增长1.8%。",
      "",
      "二、工业生产较快增长",
      "",
      "上半年，全市规上工业增加值同比增长6.3%。",
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual(["一、农业生产形势较好，夏粮再获丰收", "二、工业生产较快增长"]);
    expect(got[0]!.paragraphs[1]).toBe("上半年，全市夏粮总产量42.6万吨，比上年增长1.8%。");
  });

  it("touching the text under it, the line is the first clause of its paragraph", () => {
    const got = run([...release, "一、农业生产形势较好，夏粮再获丰收", "上半年，全市夏粮总产量42.6万吨，比上年增长1.8%。"]);
    expect(got[0]!.subheads).toEqual([]);
  });

  it("a numbered line ending on a comma goes on across the blank line", () => {
    const got = run([...release, "一、农业生产形势较好，", "", "夏粮总产量42.6万吨，比上年增长1.8%。"]);
    expect(got[0]!.subheads).toEqual([]);
    expect(got[0]!.paragraphs.at(-1)).toBe("一、农业生产形势较好，夏粮总产量42.6万吨，比上年增长1.8%。");
  });
});

describe("a paragraph introducing a text under it", () => {
  it.each(["市统计局今天发布上半年全市经济运行情况。全文如下：", "市统计局有关负责人表示："])("%s is complete across a blank line", (intro) => {
    const got = run(["上半年全市经济运行稳中向好", "", `本报讯（记者 许文博）${intro}`, "", "上半年，全市经济运行总体平稳。"]);
    expect(got[0]!.paragraphs).toHaveLength(2);
    expect(got[0]!.paragraphs[1]).toBe("上半年，全市经济运行总体平稳。");
  });

  it("another colon goes on across a blank line, as a column break leaves it", () => {
    const got = run(["上半年全市经济运行稳中向好", "", "本报讯（记者 许文博）市统计局有关负责人介绍，上半年的主要特点是：", "", "工业生产较快增长，市场销售稳步恢复。"]);
    expect(got[0]!.paragraphs).toHaveLength(1);
  });
});
