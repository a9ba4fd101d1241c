import { describe, expect, it } from "vitest";
import { cleanDocument, cleanLine, DocumentGate, mayNeedCleaning } from "../../src/input/clean.js";
import type { InputDocument } from "../../src/input/formats.js";

/** `cleanDocument` as it was written first: every line taken out and cleaned. */
function cleanEveryLine(doc: InputDocument): InputDocument {
  const lines = doc.text.split("\n");
  const out: string[] = [];
  const numbers: number[] = [];
  let changed = false;
  lines.forEach((line, index) => {
    const cleaned = cleanLine(line);
    if (cleaned.length !== 1 || cleaned[0] !== line) changed = true;
    for (const piece of cleaned) {
      out.push(piece);
      numbers.push(doc.lineNumbers?.[index] ?? doc.firstLine + index);
    }
  });
  return changed ? { ...doc, text: out.join("\n"), lineNumbers: numbers } : doc;
}

/** The lines of `text` as `cleanDocument` cuts them: [start, line break or end). */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (;;) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    spans.push([at, nl]);
    if (nl === text.length) return spans;
    at = nl + 1;
  }
}

function expectSameAsLines(text: string): void {
  for (const doc of [{ text, id: null, firstLine: 3 }, { text, id: "x", firstLine: 1, lineNumbers: text.split("\n").map((_, i) => 10 + 2 * i) }]) {
    const cleaned = cleanDocument(doc);
    const reference = cleanEveryLine(doc);
    expect(cleaned).toEqual(reference);
    if (reference === doc) expect(cleaned).toBe(doc);
  }
  const gate = new DocumentGate(text);
  for (const [at, nl] of lineSpans(text)) {
    const line = text.slice(at, nl);
    // Exact where it says no; and where the text holds nothing rare, exactly `mayNeedCleaning`.
    expect(gate.mayNeedCleaning(at, nl), JSON.stringify(line)).toBe(mayNeedCleaning(line));
  }
}

describe("DocumentGate: mayNeedCleaning read in place", () => {
  it.each([
    [""],
    ["\n\n"],
    ["　　据介绍，项目总投资约120亿元。\n　　另据了解"],
    ["…120亿元。　　据介绍\n　　　四个空格开头"],
    ["　　\n　　\n　\n　　"],
    ["本 报 讯 （ 记 者 张 明 ）\n 本 报 讯\n本 报\n本 报 讯"],
    ["　本 报 讯 \n本 报 讯\n"],
    ["a b c\na b\na b c d"],
    ["<p>正文</p>\n普通一行\n　　缩进"],
    ["AT&T\n普通"],
    ["一\v二\n三\f四\n五\u2028六\u2029"],
    ["甲。\u00a0\u00a0乙\n丙"],
    ["行尾　\n　　\n　x　　y\n"],
    ["甲\n乙 丙\n本 报 讯 （ 记 者 张 明 ）\n丁\n<p>戊</p>\n己　　庚\n"],
    ["<br>\n<p></p>\n\v\n"],
    ["逾\u200b30亿元\n普通\n北\ufeff京\u2060\n"],
    ["1\u00ad500万元\n普通\n增\u2ed3\n5\u2f49\n\u2ea1\n"],
    ["面积达3 6.8万亩\n普通\n2 3 6户\n2023 15.6\n1 2\n"],
  ])("%j", (text) => expectSameAsLines(text));

  it("agrees with mayNeedCleaning and with line-by-line cleaning on random texts", () => {
    const alphabet = [" ", " ", "\u3000", "\u3000", "\u3000", "\n", "\n", "中", "。", "a", "报 ", "1", "2 ", "<p>", "&amp;", "\f", "\u00a0", "<", "&", "\v", "\u2028", "\u200b", "\ufeff", "\u200d", "\u00ad", "\u2ed3", "\u2f49", "\u2ea1"];
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let round = 0; round < 3000; round++) {
      // Half the texts without markup or break characters: only pairs and spaces to look at.
      const letters = round % 2 === 0 ? alphabet.slice(0, 13) : alphabet;
      let text = "";
      const n = Math.floor(next() * 60);
      for (let i = 0; i < n; i++) text += letters[Math.floor(next() * letters.length)];
      expectSameAsLines(text);
    }
  });
});
