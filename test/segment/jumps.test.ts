/**
 * Jumps inside one input: an article ends on `（下转第二版）` on page 1, and its
 * rest opens on `（上接第一版）` after page 2's furniture. The rest is the same
 * article, its cut paragraph whole again; with no article sent on to that
 * page, a fragment (title null); never the text of the article above it.
 * Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { findJump, jumpSource, jumpTarget, pageNumberOf, type Jump } from "../../src/segment/jumps.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

describe("jumpTarget", () => {
  it.each([
    ["会议要求，各地要抓好冬春农田水利建设，(下转第二版)", 2],
    ["(下转第2版)", 2],
    ["（下转2版）", 2],
    ["（转A2）", 2],
    ["（下转A02版）", 2],
    ["【下转第十二版】", 12],
    ["各地要抓好 下转第3版", 3],
    // Negatives: a note from a page, a cross-reference, a sentence.
    ["（上接第一版）", null],
    ["（详见第3版）", null],
    ["（相关报道见A3版）", null],
    ["他说，这是他第一次转岗。", null],
    ["", null],
  ])("%s → %s", (text, page) => {
    expect(jumpTarget(normaliseString(text))).toBe(page);
  });
});

describe("jumpSource", () => {
  it.each([
    ["（上接第一版）实现了增产丰收", { page: 1, end: 7 }],
    ["(接A1版)今年，全市", { page: 1, end: 6 }],
    ["【上接01版】据悉", { page: 1, end: 7 }],
    ["（上接第十版）", { page: 10, end: 7 }],
    // Negatives: a jump on, a bracket of the text, no bracket first.
    ["（下转第二版）", null],
    ["（记者 王五）今年，全市", null],
    ["上接第一版会议强调", null],
    ["今年（上接第一版）", null],
  ])("%s → %j", (text, expected) => {
    expect(jumpSource(normaliseString(text))).toEqual(expected);
  });
});

describe("pageNumberOf", () => {
  it.each([
    ["2", 2],
    ["-2-", 2],
    ["— 12 —", 12],
    ["第2版", 2],
    ["第二版", 2],
    ["要闻", null],
  ])("%s → %s", (text, page) => {
    expect(pageNumberOf(normaliseString(text))).toBe(page);
  });
});

describe("findJump", () => {
  const a: Jump<string> = { draft: "a", to: 2, from: 1 };
  const b: Jump<string> = { draft: "b", to: 3, from: null };
  const c: Jump<string> = { draft: "c", to: 2, from: null };
  it.each([
    ["the one sent on to the page read", [a, b], 1, 2, "a"],
    ["the page unknown: the first from that page", [b, a], 1, null, "b"],
    ["the article's own page must be the note's", [a], 3, 2, null],
    ["sent on to another page", [b], 1, 2, null],
    ["a note from the page it was sent to is no match", [c], 2, null, null],
    ["none waiting", [], 1, 2, null],
  ])("%s", (_name, open, from, page, expected) => {
    expect(findJump(open as Jump<string>[], from as number, page as number | null)?.draft ?? null).toBe(expected);
  });
});

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-12-10" }).records);

const FRONT = ["冬修水利正当时", "", "　　本报讯（记者 孔　雯）今冬以来，全县持续推进农田水利建设，已完成投资1.6亿元，"];
const FOOT = ["", "本版编辑：吴　迪", "2024年12月10日 星期二", "要闻", "2", ""];
const NEIGHBOUR = ["城北新桥今天通车", "", "本报记者 秦　岭", "", "　　城北新桥今天上午正式通车，全长1.2公里。", ""];
const REST = ["　　（上接第一版）新修机耕路三十多", "公里，群众出行更加方便。", "　　县水利局表示，工程将在春耕前全部完工。"];
const WHOLE = [
  "今冬以来，全县持续推进农田水利建设，已完成投资1.6亿元，新修机耕路三十多公里，群众出行更加方便。",
  "县水利局表示，工程将在春耕前全部完工。",
];

describe("a jump inside one input", () => {
  it.each([["（下转第二版）"], ["（下转第2版）"], ["（下转2版）"], ["（转A2）"]])("%s: the rest joins the article, not its neighbour", (note) => {
    const list = run([...FRONT, note, ...FOOT, ...NEIGHBOUR, ...REST]);
    expect(list.map((a) => a.headline.title)).toEqual(["冬修水利正当时", "城北新桥今天通车"]);
    expect(list[0]!.paragraphs).toEqual(WHOLE);
    expect(list[1]!.paragraphs).toEqual(["城北新桥今天上午正式通车，全长1.2公里。"]);
  });

  it("the note glued to the paragraph's end is no text of it", () => {
    const front = [...FRONT.slice(0, 2), `${FRONT[2]}（下转第二版）`];
    const list = run([...front, ...FOOT, ...NEIGHBOUR, ...REST]);
    expect(list[0]!.paragraphs).toEqual(WHOLE);
    expect(list[0]!.paragraphs.join("")).not.toContain("下转");
  });

  it("the jump-from note on a line of its own", () => {
    const list = run([...FRONT, "（下转第二版）", ...FOOT, ...NEIGHBOUR, "（上接第一版）", "　　新修机耕路三十多公里，群众出行更加方便。"]);
    expect(list.map((a) => a.headline.title)).toEqual(["冬修水利正当时", "城北新桥今天通车"]);
    expect(list[0]!.paragraphs).toEqual([WHOLE[0]]);
  });

  it("sent on to another page: the rest is a fragment, not the neighbour's", () => {
    const list = run([...FRONT, "（下转第三版）", ...FOOT, ...NEIGHBOUR, ...REST]);
    expect(list.map((a) => a.headline.title)).toEqual(["冬修水利正当时", "城北新桥今天通车", null]);
    expect(list[1]!.paragraphs).toEqual(["城北新桥今天上午正式通车，全长1.2公里。"]);
    expect(list[2]!.paragraphs).toEqual(["新修机耕路三十多公里，群众出行更加方便。", "县水利局表示，工程将在春耕前全部完工。"]);
  });

  it("no jump sent on at all: a fragment", () => {
    const list = run([...NEIGHBOUR, ...REST]);
    expect(list.map((a) => a.headline.title)).toEqual(["城北新桥今天通车", null]);
  });
});
