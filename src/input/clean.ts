/**
 * Cleaning a document's text before it is cut into lines: what the line as
 * written holds that is not text, or that marks a line break inside it.
 *
 * - HTML remnants (`<p>`, `<br/>`, `&nbsp;`, `&ldquo;`, see `html.ts`) are
 *   removed or decoded; a block tag inside a line breaks it;
 * - a vertical tab (Word's manual line break), a form feed, U+2028 and U+2029
 *   inside a line break it;
 * - a sentence end followed by a paragraph indent of two or more U+3000 (or
 *   NBSP, as `&nbsp;&nbsp;` gives) inside a line starts a new paragraph: texts
 *   that lost their line breaks keep the indents (`…120亿元。　　据介绍…`);
 * - letter-spaced text (OCR, `本 报 讯 （ 记 者 张 明 ）`) is closed up.
 *
 * Line numbers stay those of the original: every line cut out of a line
 * carries that line's number (`lineNumbers`), so a record still names the
 * lines of the file it came from, and later lines keep theirs. A break that
 * would leave nothing but white space on one side is no break (`<p>` at the
 * start of a line, `\v` before the line's end): no blank line is invented.
 *
 * Plain ASCII spaces after a sentence end do not start a paragraph: word-
 * segmented text (two spaces between words, `。  ”  他  说`) would be cut at
 * every sentence, and there the spaces mean nothing about paragraphs.
 */
import { isLikelySignatureName } from "../recognise/credits/names.js";
import type { InputDocument } from "./formats.js";
import { mayHoldMarkup, stripMarkup } from "./html.js";

// Characters that break a line where they stand: VT, FF, LINE and PARAGRAPH SEPARATOR.
const INLINE_BREAK = /[\v\f\u2028\u2029]/;
const INLINE_BREAKS = /[\v\f\u2028\u2029]/g;

// A sentence end (with its closing quotes and brackets) and an indent of two
// or more U+3000 or NBSP after it, before more text:
// `…总投资约120亿元。　　据介绍` → break before the indent.
const INDENTED_PARAGRAPH = /([。！？!?…][”’」』）)》】"']*)([ \t]*[\u3000\u00a0][ \t]*[\u3000\u00a0][ \t\u3000\u00a0]*)(?=[^\s\u3000\u00a0])/g;

/** True when some part of `line` may need cleaning (cheap: native searches, a few character reads). */
export function mayNeedCleaning(line: string): boolean {
  return (
    mayHoldMarkup(line) ||
    INLINE_BREAK.test(line) ||
    line.indexOf("\u3000\u3000", 1) > 0 ||
    line.indexOf("\u00a0\u00a0", 1) > 0 ||
    mayBeLetterSpaced(line)
  );
}

/** The lines that `line` cleans into (one or more); the line itself when nothing changes. */
export function cleanLine(line: string): string[] {
  if (!mayNeedCleaning(line)) return [line];
  let text = mayHoldMarkup(line) ? stripMarkup(line) : line;
  text = text.replace(INLINE_BREAKS, "\n");
  text = text.replace(INDENTED_PARAGRAPH, "$1\n$2");
  const pieces = text.indexOf("\n") < 0 ? [text] : text.split("\n").filter((p) => !isBlank(p));
  // A line of nothing but markup stays a (blank) line: the break it was is kept.
  if (pieces.length === 0) return [""];
  return pieces.map(closeUpLetterSpacing);
}

/** True when `s` holds only white space (NBSP and U+3000 included). */
function isBlank(s: string): boolean {
  return /^[\s\u3000\u00a0\ufeff]*$/.test(s);
}

/**
 * The document with its lines cleaned; the same object when no line changed.
 * Lines cut out of a line keep its number.
 *
 * Whether a line may need cleaning is read in place (`DocumentGate`): up to
 * the first line that changes, only the lines that hold something cleaning
 * looks for are visited, and a line is taken out of the text only when it may
 * need cleaning.
 */
export function cleanDocument(doc: InputDocument): InputDocument {
  const text = doc.text;
  const gate = new DocumentGate(text);
  for (let at = gate.skip(0); at >= 0; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    if (gate.mayNeedCleaning(at, nl)) {
      const line = text.slice(at, nl);
      const cleaned = cleanLine(line);
      if (cleaned.length !== 1 || cleaned[0] !== line) return cleanFrom(doc, gate, at, nl, cleaned);
    }
    if (nl === text.length) break;
    at = gate.skip(nl + 1);
  }
  return doc;
}

/** `cleanDocument` from its first line that changes, `text[at, nl)`, which cleans into `cleaned`. */
function cleanFrom(doc: InputDocument, gate: DocumentGate, at: number, nl: number, cleaned: string[]): InputDocument {
  const text = doc.text;
  // Copy the lines before it.
  const out = at === 0 ? [] : text.slice(0, at - 1).split("\n");
  const numbers = out.map((_, i) => lineNumber(doc, i));
  let index = out.length;
  for (;;) {
    for (const piece of cleaned) {
      out.push(piece);
      numbers.push(lineNumber(doc, index));
    }
    if (nl === text.length) break;
    at = nl + 1;
    index++;
    nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    cleaned = gate.mayNeedCleaning(at, nl) ? cleanLine(line) : [line];
  }
  return { ...doc, text: out.join("\n"), lineNumbers: numbers };
}

/**
 * What `mayNeedCleaning` looks for in a line, as strings: each of these
 * anywhere in it, the pairs after its first character (`NEEDLE_FROM`), and
 * a space right after the line's first visible character (letter spacing:
 * `本 报 讯`, the last needle; see `spaceAfterFirst`).
 */
const NEEDLES = ["<", "&", "\v", "\f", "\u2028", "\u2029", "\u00a0\u00a0", "\u3000\u3000", " "];
const NEEDLE_FROM = [0, 0, 0, 0, 0, 0, 1, 1, 1];
const SPACE_NEEDLE = NEEDLES.length - 1;

/**
 * `mayNeedCleaning` for the lines of one text, read in place and exact (the
 * same answer for every line). Each needle is looked for in the whole text,
 * once per occurrence: a line tells in a few comparisons whether it holds
 * one, and the lines before the next occurrence of any (`skip`) need not be
 * looked at. A text that holds none is searched once per needle. Lines must
 * be asked about in order.
 */
export class DocumentGate {
  /** Per needle: where its next occurrence starts (`Infinity` for none), once searched. */
  private readonly next: number[] = NEEDLES.map(() => -1);
  /** The least of `next`. */
  private soonest = -1;

  constructor(private readonly text: string) {}

  /** Searches again for each needle whose next occurrence is before where the line starting at `at` looks for it. */
  private refresh(at: number): void {
    let soonest = Infinity;
    for (let k = 0; k < NEEDLES.length; k++) {
      const from = at + NEEDLE_FROM[k]!;
      let next = this.next[k]!;
      if (next < from) {
        next = k === SPACE_NEEDLE ? spaceAfterFirst(this.text, from) : this.text.indexOf(NEEDLES[k]!, from);
        if (next < 0) next = Infinity;
        this.next[k] = next;
      }
      if (next < soonest) soonest = next;
    }
    this.soonest = soonest;
  }

  /**
   * The start of the first line from the line starting at `at` on that may
   * need cleaning, as far as the needles tell (-1 for none): every line
   * before it holds none where it would look for one.
   */
  skip(at: number): number {
    if (this.soonest < at + 1) this.refresh(at);
    const p = this.soonest;
    if (p === Infinity) return -1;
    // `p` is at or after `at`, a line start: its line starts there or later.
    return p === 0 ? 0 : Math.max(at, this.text.lastIndexOf("\n", p - 1) + 1);
  }

  /** True when the line `text[at, nl)` (`nl` its line break or the end) may need cleaning. */
  mayNeedCleaning(at: number, nl: number): boolean {
    // When every `next` is at or after the line's second character, each is the first occurrence where the line looks for it.
    if (this.soonest < at + 1) this.refresh(at);
    if (this.soonest >= nl) return false;
    // A pair does not straddle the line break: an occurrence that starts in the line is in it.
    for (let k = 0; k < SPACE_NEEDLE; k++) if (this.next[k]! < nl) return true;
    // A letter-spaced line has a space after its first character.
    return this.next[SPACE_NEEDLE]! < nl && mayBeLetterSpacedAt(this.text, at, nl);
  }
}

function lineNumber(doc: InputDocument, index: number): number {
  return doc.lineNumbers?.[index] ?? doc.firstLine + index;
}

/** A title or other one-line field: markup removed, breaks inside it made spaces. */
export function cleanInline(text: string): string {
  if (!mayHoldMarkup(text) && !INLINE_BREAK.test(text)) return text;
  return stripMarkup(text).replace(/[\n\v\f\u2028\u2029]+/g, " ").trim();
}

// CJK ideographs, CJK and full-width punctuation: what letter spacing spaces out.
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * The first space at or after `from` (≥ 1) that may stand right after the
 * first visible character of its line, as `mayBeLetterSpaced` wants one: the
 * character before it is neither a space, U+3000 nor the line break, and the
 * one before that is the line break, the start of the text, a space or U+3000
 * (leading white space, looked at no further). -1 for none.
 */
export function spaceAfterFirst(text: string, from: number): number {
  for (let p = text.indexOf(" ", from); p >= 0; p = text.indexOf(" ", p + 1)) {
    const before = text.charCodeAt(p - 1);
    if (before === 0x20 || before === 0x3000 || before === 0x0a) continue;
    const second = p >= 2 ? text.charCodeAt(p - 2) : 0x0a;
    if (second === 0x0a || second === 0x20 || second === 0x3000) return p;
  }
  return -1;
}

/** `mayBeLetterSpaced(text.slice(at, end))`, read in place. */
function mayBeLetterSpacedAt(text: string, at: number, end: number): boolean {
  let s = at;
  while (s < end && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x3000)) s++;
  for (let k = 0; k < 3; k++) {
    const i = s + 2 * k;
    if (i >= end) return false;
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || i + 1 >= end || text.charCodeAt(i + 1) !== 0x20) return false;
  }
  return true;
}

/**
 * Cheap pre-test for letter spacing: the first three visible characters of
 * the line each followed by one space (`本 报 讯 …`).
 */
function mayBeLetterSpaced(line: string): boolean {
  let s = 0;
  while (s < line.length && (line.charCodeAt(s) === 0x20 || line.charCodeAt(s) === 0x3000)) s++;
  for (let k = 0; k < 3; k++) {
    const c = line.charCodeAt(s + 2 * k);
    if (Number.isNaN(c) || c === 0x20 || c === 0x3000 || line.charCodeAt(s + 2 * k + 1) !== 0x20) return false;
  }
  return true;
}

/**
 * True for a list of two-character names, each padded as typesetting pads
 * them (`王 伟 李 强 张 敏`): spaced like letter-spaced text, but closing it
 * up would run the names together. Every pair of characters must read as a
 * name (`城 南 片 区` does not: 城南, 片区 are no names).
 */
function isPaddedNameList(body: string): boolean {
  const chars = body.replace(/ +/g, "");
  if (chars.length % 2 !== 0) return false;
  for (let i = 0; i < chars.length; i += 2) if (!isLikelySignatureName(chars.slice(i, i + 2))) return false;
  return true;
}

/**
 * Closes up letter-spaced text: a line of at least five visible characters,
 * most of them CJK, nearly every one followed by exactly one space
 * (`城 南 片 区 棚 改 项 目 启 动`). Single spaces go; a longer run (a real
 * space, spaced out too) becomes one space. A line with ordinary spacing
 * (`记者 张明 李华`, `许 辛`) has too few single spaces and stays.
 */
export function closeUpLetterSpacing(line: string): string {
  if (!mayBeLetterSpaced(line)) return line;
  let start = 0;
  while (start < line.length && (line.charCodeAt(start) === 0x20 || line.charCodeAt(start) === 0x3000)) start++;
  let end = line.length;
  while (end > start && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x3000)) end--;
  const body = line.slice(start, end);
  let visible = 0;
  let wide = 0;
  let spaced = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x20) continue;
    visible++;
    if (WIDE.test(body[i]!)) wide++;
    if (body.charCodeAt(i + 1) === 0x20 && i + 2 < body.length && body.charCodeAt(i + 2) !== 0x20) spaced++;
  }
  if (visible < 5 || wide * 2 < visible || spaced < 0.85 * (visible - 1)) return line;
  if (isPaddedNameList(body)) return line;
  return line.slice(0, start) + body.replace(/ +/g, (run) => (run.length === 1 ? "" : " ")) + line.slice(end);
}
