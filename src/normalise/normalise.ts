/**
 * Normalise: a working copy of the text in which recognisers need to know
 * only one spelling of each thing.
 *
 * - full-width ASCII (`９月２８日`, `（`, `，`, `：`) → ASCII;
 * - U+3000 ideographic space, no-break and other fixed-width spaces → ` `;
 * - small-form and CJK-compatibility punctuation (`﹕`, `﹔`, `「`, `」`) → their
 *   ordinary forms;
 * - Traditional characters → Simplified, character for character.
 *
 * Every mapping replaces one UTF-16 code unit by one code unit, so the copy
 * has exactly the length of the original and an offset in one is the same
 * offset in the other. That is the offset map, and it is the identity by
 * construction: `toOriginal` exists so callers do not depend on that fact.
 */
import { T2S_PAIRS } from "./t2s-table.js";

const FOLD = buildFoldTable();

function buildFoldTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (let c = 0xff01; c <= 0xff5e; c++) table.set(c, c - 0xfee0);
  for (const space of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]) {
    table.set(space, 0x20);
  }
  const pairs: Array<[string, string]> = [
    ["﹕", ":"], ["﹔", ";"], ["﹐", ","], ["﹑", "、"], ["﹒", "."], ["﹖", "?"], ["﹗", "!"],
    ["「", "“"], ["」", "”"], ["『", "‘"], ["』", "’"], ["﹁", "“"], ["﹂", "”"],
    ["︰", ":"], ["‧", "·"], ["・", "·"], ["•", "·"],
  ];
  for (const [from, to] of pairs) table.set(from.charCodeAt(0), to.charCodeAt(0));
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    table.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  }
  return table;
}

/** The normalised copy of a text; same length as the original. */
export interface NormalisedText {
  /** The text as given. */
  readonly original: string;
  /** The working copy: same length, one code unit for one code unit. */
  readonly text: string;
  /** Maps an offset in `text` to the offset in `original`. */
  toOriginal(offset: number): number;
}

/** Folds one string; the result has the same length as the input. */
export function normaliseString(input: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < input.length; i++) {
    const mapped = FOLD.get(input.charCodeAt(i));
    if (mapped === undefined) continue;
    out += input.slice(runStart, i) + String.fromCharCode(mapped);
    runStart = i + 1;
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}

/** Normalises a text and returns the copy with its offset map. */
export function normalise(original: string): NormalisedText {
  const text = normaliseString(original);
  return { original, text, toOriginal: (offset: number) => offset };
}
