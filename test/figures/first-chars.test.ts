/**
 * `firstChars`: the characters a match of a regex may begin with, read off its source.
 * A table that missed one would make a caller skip a regex that matches, so every form
 * it does not understand must throw rather than guess.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byFirstChar, firstCharTable, firstChars, regexAt } from "../../src/recognise/figures/first-chars.js";
import { parseFigures } from "../../src/recognise/figures/index.js";
import { INNER_VERB, LEFT } from "../../src/recognise/figures/refiners.js";

describe("firstChars", () => {
  const cases: ReadonlyArray<readonly [source: string, expected: string]> = [
    ["实现|完成|创造", "实完创"],
    ["(?:这|该)(?:公司|[项个])?", "这该"],
    ["设计(?![费师])|使(?![用命])", "设使"],
    ["(?<![转出])让|(?<![一两])把", "让把"],
    ["(?=a)b|c", "bc"],
    ["\\d+(?:[-—至]\\d+)?月|上半年", "0123456789上"],
    ["第[一二三四1-4]季度?", "第"],
    ["[半多]|亿(?!元)|月", "半多亿月"],
    ["[a-c]x|(d|(?:e|f))", "abcdef"],
    ["(?:(减少|降低)|(增加))(?![值额])", "减降增"],
  ];
  it.each(cases)("%s begins with %s", (source, expected) => {
    expect([...firstChars(source)].sort().join("")).toBe([...expected].sort().join(""));
  });

  const rejected: readonly string[] = [
    "a?b", // the first part may be absent
    "(?:x)*y",
    "[^a]b", // a negated class begins with almost anything
    "a|", // an empty alternative matches anywhere
    ".b",
    "\\wb", // escapes other than \d
    "x{0,2}y",
    "(?=a)", // only a lookaround: matches nothing, begins anywhere
  ];
  it.each(rejected)("throws on %s", (source) => {
    expect(() => firstChars(source)).toThrow();
  });

  it("gives a table indexed by UTF-16 code", () => {
    const table = firstCharTable("实现|[0-2]");
    expect(table["实".charCodeAt(0)]).toBe(1);
    expect(table["1".charCodeAt(0)]).toBe(1);
    expect(table["现".charCodeAt(0)]).toBe(0);
    expect(table["3".charCodeAt(0)]).toBe(0);
  });

  it("no match of a derived regex begins outside its table (fixture texts)", () => {
    const sources = ["(?:\\d+月|上半年|(?:这|该)(?:公司)?|将(?!军))", "实现|使(?![用命])|(?<![转出])让"];
    const dir = join(import.meta.dirname, "../../fixtures/figures");
    const text = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    for (const source of sources) {
      const table = firstCharTable(source);
      const re = new RegExp(source, "g");
      for (const m of text.matchAll(re)) expect(table[text.charCodeAt(m.index)]).toBe(1);
    }
  });
});

/** The shortcuts built on first characters must still find what their regexes find, and only that. */
describe("figures read past a first-character test", () => {
  const cases: ReadonlyArray<readonly [text: string, subject: string | null, value: number, unit: string, qualifier: string | null]> = [
    ["园区实现产值80亿元", "产值", 8e9, "CNY", null], // a light verb (INNER_VERB) ends what came before
    ["今年园区产值80亿元", "园区产值", 8e9, "CNY", null], // a time word (LEFT) opens the clause
    ["工期一个半月", "工期", 1.5, "month", null], // 个半月 (GE)
    ["总投资3个亿", "总投资", 3e8, "CNY", null], // 个亿 (GE)
    ["两个多小时", null, 2, "hour", "over"], // 个多小时 (GE)
    ["建成3个项目", null, 3, "个", null], // a plain 个: no GE
    ["约占全国20%", "占全国", 20, "%", "about"], // a share of a whole (SHARE_OF): 占 and the whole
    ["占比20%", "占比", 20, "%", null],
    // A measure before a noun (MODIFIED_NOUN): the noun may begin up to 10 characters on.
    // Before it a name (华东某某电厂), not a measure (装机容量, which keeps its subject).
    ["发电装机容量100万千瓦处", null, 1e6, "kW", null],
    ["华东某某电厂100万千瓦甲乙丙丁戊己庚辛壬癸项目", null, 1e6, "kW", null],
    ["华东某某电厂100万千瓦甲乙丙丁戊己庚辛壬癸子项目", "华东某某电厂", 1e6, "kW", null],
    ["华东某某电厂100万千瓦甲乙丙，丁项目", "华东某某电厂", 1e6, "kW", null],
    ["发电装机容量100万千瓦甲乙丙丁戊己庚辛壬癸项目", "发电装机容量", 1e6, "kW", null],
  ];
  it.each(cases)("%s", (text, subject, value, unit, qualifier) => {
    const [figure] = parseFigures(text);
    expect(figure && [figure.subject, figure.value, figure.unit, figure.qualifier]).toEqual([subject, value, unit, qualifier]);
  });
});

/**
 * `byFirstChar`: a regex per first character, of the alternatives that may begin with it.
 * At every position it must match as the whole regex does (same match, same end): the
 * alternatives keep their order, lookbehinds still see what stands before the position.
 */
describe("byFirstChar matches as the whole regex", () => {
  const dir = join(import.meta.dirname, "../../fixtures/figures");
  const seeds = join(import.meta.dirname, "../../seeds");
  const corpus = [
    ...readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")),
    ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), "utf8")),
    "年内减少年减少平均减少平均值这公司这个该项目可用可以共享共有以上所以以总价难以把一把",
  ].join("\n");

  /** The words of `source` split by `(?:` … `)` + suffix: whole and split agree at every position. */
  function agree(words: string, suffix: string, whole: RegExp): void {
    const sticky = new RegExp(whole.source, "y");
    const table = byFirstChar(words, suffix, "y");
    let matches = 0;
    for (let at = 0; at < corpus.length; at++) {
      sticky.lastIndex = at;
      const expected = sticky.test(corpus) ? sticky.lastIndex : -1;
      const re = regexAt(table, corpus, at);
      let got = -1;
      if (re !== undefined) {
        re.lastIndex = at;
        got = re.test(corpus) ? re.lastIndex : -1;
      }
      if (got !== expected) expect([at, corpus.slice(at, at + 8), got]).toEqual([at, corpus.slice(at, at + 8), expected]);
      if (expected >= 0) matches++;
    }
    expect(matches).toBeGreaterThan(0);
  }

  it("on small regexes: order, optional groups, lookarounds", () => {
    const words = "年内|(?:年|平均)(?=减少)|(?:这|该)(?:公司|[项个])?|可(?![用])|(?<![可所难])以(?![上])|把";
    agree(words, "", new RegExp(`(?:${words})`));
    agree(words, "(?![值])", new RegExp(`(?:${words})(?![值])`));
  });

  it("on LEFT", () => {
    const words = LEFT.source.slice(3, -1); // (?:…)
    agree(words, "", LEFT);
  });

  it("on INNER_VERB", () => {
    const suffix = "(?![率量额度值面])";
    expect(INNER_VERB.source.endsWith(`)${suffix}`)).toBe(true);
    const words = INNER_VERB.source.slice(3, -suffix.length - 1);
    agree(words, suffix, INNER_VERB);
  });
});
