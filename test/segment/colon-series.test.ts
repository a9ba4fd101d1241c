/**
 * Subheads of the form `名称：短语` (`湘电智能：扣非净利润小幅下滑`, `楚天药业：由盈转亏`):
 * business pages run one per company under a report, the names of any
 * length. After such a subhead, a heading of that form continues the series
 * (`parallel`). Each page is invented; negatives are headings of another cut,
 * and a heading of that form with a byline under it.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { parallel } from "../../src/segment/subhead.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-04-30" }).records);

describe("parallel: two headings of one series", () => {
  it.each([
    ["江海重工：净利润增长两成", "南岭药业：由盈转亏"],
    ["江海重工：净利润增长两成", "青云新材料科技：研发投入创新高"], // names of different lengths
    ["江海重工:净利润增长两成", "南岭药业：由盈转亏"], // ASCII colon
  ])("%s / %s", (a, b) => {
    expect(parallel(a, b)).toBe(true);
  });

  it.each([
    ["江海重工：净利润增长两成", "由盈转亏的背后"], // one without a colon
    ["江海重工：净利润增长两成", "南岭药业：亏"], // too short a phrase after the colon
    ["江海重工：净利润增长两成", "本市第一家新能源整车企业南岭：由盈转亏"], // a name longer than a heading's
  ])("%s / %s: not one series", (a, b) => {
    expect(parallel(a, b)).toBe(false);
  });
});

describe("a series of company subheads under a report", () => {
  const head = [
    "年报季收官　本地上市公司成绩单出炉",
    "",
    "证券时报记者 林 可",
    "",
    "截至4月29日晚，辖区上市公司已全部披露年报，合计实现营业收入1.2万亿元，同比增长3.8%。",
    "",
  ];
  const company = (heading: string, text: string) => [heading, "", text, ""];

  it("each heading of the form 名称：短语 is a subhead of the report", () => {
    const got = run([
      ...head,
      ...company("江海重工：净利润增长两成", "江海重工4月28日晚披露年报，全年实现净利润6.2亿元，同比增长20.4%。"),
      ...company("南岭药业：由盈转亏", "南岭药业去年归母净利润亏损1.3亿元，上年同期盈利0.8亿元。"),
      ...company("青云新材料科技：研发投入创新高", "青云新材料科技全年研发投入4.1亿元，占营业收入的比例为7.2%。"),
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual(["江海重工：净利润增长两成", "南岭药业：由盈转亏", "青云新材料科技：研发投入创新高"]);
    expect(got[0]!.paragraphs.at(-1)).toMatch(/比例为7\.2%。$/);
  });

  it("so on a page with an unsigned piece too, where only the cut tells", () => {
    const box = ["数说年报", "辖区公司分红总额创新高", "", "辖区共有98家公司推出现金分红方案，分红总额较上年增加。", ""];
    const got = run([
      ...box,
      ...head,
      ...company("江海重工：净利润增长两成", "江海重工4月28日晚披露年报，全年实现净利润6.2亿元，同比增长20.4%。"),
      ...company("南岭药业：由盈转亏", "南岭药业去年归母净利润亏损1.3亿元，上年同期盈利0.8亿元。"),
    ]);
    expect(got).toHaveLength(2);
    expect(got[1]!.subheads).toEqual(["江海重工：净利润增长两成", "南岭药业：由盈转亏"]);
  });

  it("a heading of that form with its own byline under it opens an article", () => {
    const got = run([
      ...head,
      ...company("江海重工：净利润增长两成", "江海重工4月28日晚披露年报，全年实现净利润6.2亿元，同比增长20.4%。"),
      "南岭药业：由盈转亏",
      "",
      "证券时报记者 周 舟",
      "",
      "南岭药业去年归母净利润亏损1.3亿元，上年同期盈利0.8亿元。",
    ]);
    expect(got.map((a) => a.headline.title)).toEqual(["年报季收官　本地上市公司成绩单出炉", "南岭药业：由盈转亏"]);
  });
});
