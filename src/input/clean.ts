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
function mayNeedCleaning(line: string): boolean {
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
 */
export function cleanDocument(doc: InputDocument): InputDocument {
  const text = doc.text;
  let out: string[] | null = null;
  let numbers: number[] | null = null;
  let at = 0;
  for (let index = 0; at <= text.length; index++) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    const cleaned = cleanLine(line);
    const same = cleaned.length === 1 && cleaned[0] === line;
    if (!same && out === null) {
      // The first change: copy the lines before it.
      const before = at === 0 ? [] : text.slice(0, at - 1).split("\n");
      out = before;
      numbers = before.map((_, i) => lineNumber(doc, i));
    }
    if (out !== null) {
      for (const piece of cleaned) {
        out.push(piece);
        numbers!.push(lineNumber(doc, index));
      }
    }
    if (nl === text.length) break;
    at = nl + 1;
  }
  if (out === null) return doc;
  return { ...doc, text: out.join("\n"), lineNumbers: numbers! };
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
