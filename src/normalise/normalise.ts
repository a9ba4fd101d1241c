/**
 * Normalise: a working copy of the text in which recognisers need to know
 * only one spelling of each thing.
 *
 * - full-width ASCII (`９月２８日`, `（`, `，`, `：`) → ASCII;
 * - U+3000 ideographic space, no-break and other fixed-width spaces → ` `;
 * - small-form and CJK-compatibility punctuation (`﹕`, `﹔`, `「`, `」`) → their
 *   ordinary forms;
 * - Traditional characters → Simplified, character for character;
 * - a letter that OCR read for a digit inside a number → that digit
 *   (`15O万元` → `150万元`, `7月l8日` → `7月18日`; see `ocr-digits.ts`).
 *
 * Every mapping replaces one UTF-16 code unit by one code unit, so the copy
 * has exactly the length of the original and an offset in one is the same
 * offset in the other. That is the offset map, and it is the identity by
 * construction: `toOriginal` exists so callers do not depend on that fact.
 */
import { mayHoldOcrDigits, mendOcrDigits, OCR_BOTH, OCR_MARK } from "./ocr-digits.js";
import { T2S_PAIRS } from "./t2s-table.js";

/**
 * One entry per UTF-16 code unit: the unit it folds to (`buildFoldTable`) in
 * the low 16 bits, its `OCR_MARK` above them, one read per character. A typed
 * array read per character is several times faster than a Map lookup, and this
 * runs over every character of every input.
 */
const FOLD_MARK = buildFoldMarks(buildFoldTable());

function buildFoldMarks(fold: Uint16Array): Uint32Array {
  const table = new Uint32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = fold[c]! | (OCR_MARK[c]! << 16);
  return table;
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  for (const space of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]) {
    table[space] = 0x20;
  }
  const pairs: Array<[string, string]> = [
    ["﹕", ":"], ["﹔", ";"], ["﹐", ","], ["﹑", "、"], ["﹒", "."], ["﹖", "?"], ["﹗", "!"],
    ["「", "“"], ["」", "”"], ["『", "‘"], ["』", "’"], ["﹁", "“"], ["﹂", "”"],
    ["︰", ":"], ["‧", "·"], ["・", "·"], ["•", "·"],
  ];
  for (const [from, to] of pairs) table[from.charCodeAt(0)] = to.charCodeAt(0);
  // A character that some Traditional one simplifies to is Simplified itself
  // and stays as it is: OpenCC's dictionaries also map 么 → 幺 and 苧 → 苎,
  // which would fold the everyday 什么 to 什幺 (and 麼 to 幺 in two steps).
  // So folding is idempotent: a folded text folds to itself.
  const targets = new Set<number>();
  for (let i = 1; i < T2S_PAIRS.length; i += 2) targets.add(T2S_PAIRS.charCodeAt(i));
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const from = T2S_PAIRS.charCodeAt(i);
    if (!targets.has(from)) table[from] = T2S_PAIRS.charCodeAt(i + 1);
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

// ignoreBOM: a U+FEFF at the start is text to keep, not a byte order mark to drop.
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
// Below this length building a string piecewise beats a buffer round trip.
const SHORT = 64;
// The buffer round trip reads code units as little-endian, and would replace
// lone surrogates; elsewhere the piecewise path is used.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Folds one string; the result has the same length as the input. Letters that
 * OCR read for digits inside a number are read as those digits (`7月l8日`,
 * `15O万元`: see `ocr-digits.ts`); looked for only when the fold saw both a
 * digit and a look-alike (`OCR_MARK`), so that the many paragraphs without
 * one pay no second scan. `mendOcrDigits` itself scans for a digit beside a
 * look-alike first and returns `folded` when there is none, so for a long
 * string the separate test (`mayHoldOcrDigits`, the same scan up to the first
 * pair) is left out; for a short one it is cheaper than the call.
 */
export function normaliseString(input: string): string {
  const n = input.length;
  let seen = 0;
  let first = 0;
  for (; first < n; first++) {
    const v = FOLD_MARK[input.charCodeAt(first)]!;
    seen |= v;
    if ((v & 0xffff) !== input.charCodeAt(first)) break;
  }
  let folded = input;
  if (first === n) {
    // Folded to itself.
  } else if (n < SHORT || !LITTLE_ENDIAN || !input.isWellFormed()) {
    folded = input.slice(0, first);
    for (let i = first; i < n; i++) {
      const v = FOLD_MARK[input.charCodeAt(i)]!;
      seen |= v;
      folded += String.fromCharCode(v & 0xffff);
    }
  } else {
    const units = new Uint16Array(n);
    // The characters before `first` fold to themselves; a Uint16Array keeps a value's low 16 bits, the fold.
    for (let i = 0; i < first; i++) units[i] = input.charCodeAt(i);
    for (let i = first; i < n; i++) {
      const v = FOLD_MARK[input.charCodeAt(i)]!;
      seen |= v;
      units[i] = v;
    }
    folded = UTF16.decode(units);
  }
  if (seen >>> 16 !== OCR_BOTH) return folded;
  return n < SHORT && !mayHoldOcrDigits(input) ? folded : mendOcrDigits(input, folded);
}


/** Normalises a text and returns the copy with its offset map. */
export function normalise(original: string): NormalisedText {
  const text = normaliseString(original);
  return { original, text, toOriginal: (offset: number) => offset };
}
