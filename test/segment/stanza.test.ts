/**
 * The last lines of a stanza or a list, set on touching lines a blank line
 * over the next headline, are the text above them: a headline's lines are set
 * alike (all touching or all apart) and are three at most. Negatives: a
 * headline whose kicker and title touch and whose subtitle stands apart, a
 * headline whose lines all stand apart.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-10-20" }).records);
const head = (a: ArticleRecord) => [a.headline.kicker, a.headline.title, a.headline.subtitle];

const POEM = ["晚　归", "", "□　叶　舟", "", "炊烟把黄昏", "一寸一寸地收拢", ""];
const REPORT = ["", "本报讯（记者　杭　雪）10月18日，全市中小学生科技节在市青少年宫开幕。"];

describe("a stanza over the next headline", () => {
  it("a stanza of three lines stays in the poem; the headline under it is the report's title alone", () => {
    const [poem, report, ...rest] = read([...POEM, "母亲站在门口", "喊我的小名", "一声比一声轻", "", "全市中小学生科技节开幕", ...REPORT]);
    expect(rest).toEqual([]);
    expect(poem!.paragraphs.slice(-3)).toEqual(["母亲站在门口", "喊我的小名", "一声比一声轻"]);
    expect(head(report!)).toEqual([null, "全市中小学生科技节开幕", null]);
    expect(report!.paragraphs).toEqual(["10月18日，全市中小学生科技节在市青少年宫开幕。"]);
  });

  it("a stanza of two lines touching the lines above it stays in the poem", () => {
    const [poem, report] = read(["晚　归", "", "□　叶　舟", "", "炊烟把黄昏", "一寸一寸地收拢", "母亲站在门口", "喊我的小名", "", "全市中小学生科技节开幕", ...REPORT]);
    expect(poem!.paragraphs).toContain("喊我的小名");
    expect(head(report!)).toEqual([null, "全市中小学生科技节开幕", null]);
  });

  it("two short lines going on from a sentence they touch stay its text", () => {
    const [poem, report] = read(["晚　归", "", "□　叶　舟", "", "炊烟把黄昏一寸一寸地收拢。", "母亲站在门口", "喊我的小名", "", "全市中小学生科技节开幕", ...REPORT]);
    expect(poem!.paragraphs.join("")).toContain("喊我的小名");
    expect(head(report!)).toEqual([null, "全市中小学生科技节开幕", null]);
  });

  it("a kicker and title on touching lines, the subtitle apart, stay one headline", () => {
    const [a, ...rest] = read(["金秋时节话丰收", "千亩稻田开镰", "", "——来自青石镇的报道", ...REPORT]);
    expect(rest).toEqual([]);
    expect(head(a!)).toEqual(["金秋时节话丰收", "千亩稻田开镰", "——来自青石镇的报道"]);
  });

  it("headline lines all set apart stay one headline", () => {
    const [a, ...rest] = read(["金秋时节话丰收", "", "千亩稻田开镰", "", "——来自青石镇的报道", ...REPORT]);
    expect(rest).toEqual([]);
    expect(head(a!)).toEqual(["金秋时节话丰收", "千亩稻田开镰", "——来自青石镇的报道"]);
  });
});
