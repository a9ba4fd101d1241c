/**
 * Cleaning a document's text before it is cut into lines: what the line as
 * written holds that is not text, or that marks a line break inside it.
 *
 * - HTML remnants (`<p>`, `<br/>`, `&nbsp;`, `&ldquo;`, see `html.ts`) are
 *   removed or decoded; a block tag inside a line breaks it;
 * - a vertical tab (Word's manual line break), a form feed, U+2028 and U+2029
 *   inside a line break it; a form feed (a new page) stays at the start of
 *   the line after it, or as a blank line when nothing follows it, so that
 *   the lines know where a page starts (`Line.pageBreak`);
 * - a sentence end followed by a paragraph indent of two or more U+3000 (or
 *   NBSP, as `&nbsp;&nbsp;` gives) inside a line starts a new paragraph: texts
 *   that lost their line breaks keep the indents (`…120亿元。　　据介绍…`);
 * - letter-spaced text (OCR, `本 报 讯 （ 记 者 张 明 ）`) is closed up;
 * - a number whose digits OCR spaced out inside Han text is closed up
 *   (`面积达3 6.8万亩`, `2 0 2 3年6月8日`, see `closeUpSpacedDigits`);
 * - zero-width characters (U+200B, U+200C, U+2060, U+FEFF; U+200D outside
 *   an emoji sequence) and soft hyphens (U+00AD) are dropped: they split
 *   words, names and figures (`逾\u200b30亿元`, `1\u00ad500万元`, `王\u00ad晨`)
 *   and show nothing (a soft hyphen shows only where a line is broken);
 * - radicals, compatibility ideographs and ligatures that copying from a PDF
 *   put in place of ordinary characters are read as those (`5⽉15⽇`, `增⻓`:
 *   see `glyph-forms.ts`);
 * - a comment or an element whose content is not text (`<script>`,
 *   `<style>`, `<noscript>`, `<iframe>`) that spans lines is removed with
 *   the lines inside it: its first line keeps the text before it, its last
 *   line the text after it (a span alone leaves one blank line, as a line of
 *   markup does). One that does not close within `SPAN_LIMIT` characters is
 *   left to the line's cleaning (prose with a stray `<!--` keeps its text).
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
import { foldGlyphForms, GLYPH_FORM_CHARS } from "./glyph-forms.js";
import { mayHoldMarkup, stripMarkup } from "./html.js";

// Characters that break a line where they stand: VT, FF, LINE and PARAGRAPH SEPARATOR.
const INLINE_BREAK = /[\v\f\u2028\u2029]/;
const INLINE_BREAKS = /[\v\f\u2028\u2029]/g;

// A sentence end (with its closing quotes and brackets) and an indent of two
// or more U+3000 or NBSP after it, before more text:
// `…总投资约120亿元。　　据介绍` → break before the indent.
const INDENTED_PARAGRAPH = /([。！？!?…][”’」』）)》】"']*)([ \t]*[\u3000\u00a0][ \t]*[\u3000\u00a0][ \t\u3000\u00a0]*)(?=[^\s\u3000\u00a0])/g;

// Zero-width characters: ZERO WIDTH SPACE, NON-JOINER, WORD JOINER, NO-BREAK
// SPACE (a BOM inside the text), SOFT HYPHEN; ZERO WIDTH JOINER unless it
// joins an emoji (after a character outside the BMP or VS16: 👨‍👩‍👧, ❤️‍🔥).
// 逾\u200b30亿元, 北\ufeff京, 文\u200d字, 1\u00ad500万元
const ZERO_WIDTH = /[\u00ad\u200b\u200c\u2060\ufeff]|(?<![\udc00-\udfff\ufe0f])\u200d/g;
const MAY_BE_ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** True when some part of `line` may need cleaning (cheap: native searches, a few character reads). */
export function mayNeedCleaning(line: string): boolean {
  return (
    mayHoldMarkup(line) ||
    INLINE_BREAK.test(line) ||
    MAY_BE_ZERO_WIDTH.test(line) ||
    GLYPH_FORM_CHARS.test(line) ||
    line.indexOf("\u3000\u3000", 1) > 0 ||
    line.indexOf("\u00a0\u00a0", 1) > 0 ||
    DIGIT_SPACE_DIGIT.test(line) ||
    mayBeLetterSpaced(line)
  );
}

/** The lines that `line` cleans into (one or more); the line itself when nothing changes. */
export function cleanLine(line: string): string[] {
  if (!mayNeedCleaning(line)) return [line];
  let text = mayHoldMarkup(line) ? stripMarkup(line) : line;
  text = text.replace(INLINE_BREAKS, breakFor);
  text = foldGlyphForms(text.replace(ZERO_WIDTH, ""));
  text = text.replace(INDENTED_PARAGRAPH, "$1\n$2");
  const pieces = text.indexOf("\n") < 0 ? [text] : text.split("\n").filter((p) => !isBlank(p) || p.indexOf("\f") >= 0);
  // A line of nothing but markup stays a (blank) line: the break it was is kept.
  if (pieces.length === 0) return [""];
  return pieces.map(closeUpPiece);
}

/**
 * What a break character inside a line becomes: a line break; for a form
 * feed (a new page: pdftotext sets one before each page's first line), a line
 * break with the form feed kept at the start of the next line, as white space
 * that tells `splitLines` a page starts there (`Line.pageBreak`). A form feed
 * at the line's end (or alone) stays a blank line of its own: the page's end.
 */
function breakFor(mark: string): string {
  return mark === "\f" ? "\n\f" : "\n";
}

/** A piece of a cleaned line with letter spacing and spaced digits closed up; a form feed before it stays. */
function closeUpPiece(piece: string): string {
  if (piece.charCodeAt(0) !== 0x0c) return closeUpSpacedDigits(closeUpLetterSpacing(piece));
  let at = 0;
  while (piece.charCodeAt(at) === 0x0c) at++;
  return piece.slice(0, at) + closeUpSpacedDigits(closeUpLetterSpacing(piece.slice(at)));
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
  const spans = new HiddenSpans(text);
  for (let at = gate.skip(0); at >= 0; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    if (gate.mayNeedCleaning(at, nl)) {
      const line = text.slice(at, nl);
      if (mayOpenHidden(line) && spans.find(line, at) !== null) return cleanFrom(doc, gate, spans, at);
      const cleaned = cleanLine(line);
      if (cleaned.length !== 1 || cleaned[0] !== line) return cleanFrom(doc, gate, spans, at);
    }
    if (nl === text.length) break;
    at = gate.skip(nl + 1);
  }
  return doc;
}

/** `cleanDocument` from its first line that changes, the one starting at `at`. */
function cleanFrom(doc: InputDocument, gate: DocumentGate, spans: HiddenSpans, at: number): InputDocument {
  const text = doc.text;
  // Copy the lines before it.
  const out = at === 0 ? [] : text.slice(0, at - 1).split("\n");
  const numbers = out.map((_, i) => lineNumber(doc, i));
  let index = out.length;
  // The end of a span that opened on an earlier line (its lines give nothing up to the one it closes on).
  let hiddenTo = -1;
  for (;;) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let cleaned: string[];
    if (hiddenTo > nl) {
      cleaned = [];
    } else {
      const from = Math.max(at, hiddenTo);
      hiddenTo = -1;
      const line = text.slice(from, nl);
      const whole = from === at;
      const may = !whole || gate.mayNeedCleaning(at, nl);
      const span = may && mayOpenHidden(line) ? spans.find(line, from) : null;
      if (span !== null) {
        hiddenTo = span.end;
        cleaned = cleanLine(line.slice(0, span.cut - from));
      } else {
        cleaned = may ? cleanLine(line) : [line];
      }
      // The text after a span's close: nothing when it is blank (the span's first line kept the break).
      if (!whole && cleaned.length === 1 && isBlank(cleaned[0]!)) cleaned = [];
    }
    for (const piece of cleaned) {
      out.push(piece);
      numbers.push(lineNumber(doc, index));
    }
    if (nl === text.length) break;
    at = nl + 1;
    index++;
  }
  return { ...doc, text: out.join("\n"), lineNumbers: numbers };
}

/** How far (in characters) a comment or script may run over lines and still be removed. */
const SPAN_LIMIT = 64 * 1024;

// Where a comment or an element whose content is not text opens:
// <!-- 广告开始, <script type="text/javascript">, <style>, <noscript>, <iframe src="/ad.html">
const HIDDEN_OPEN = /<!--|<(script|style|noscript|iframe)\b[^<>]*(?<!\/)>/gi;
const HIDDEN_OPEN_TEST = /<!--|<(?:script|style|noscript|iframe)\b/i;

/** Cheap test: `line` may open a comment or an element whose content is not text. */
function mayOpenHidden(line: string): boolean {
  return line.indexOf("<") >= 0 && HIDDEN_OPEN_TEST.test(line);
}

/** A comment or script that opens in a line and closes on a later one: where it opens, and the end of its close. */
interface Span {
  cut: number;
  end: number;
}

/**
 * Finds the comments and elements of one text that open in a line and close
 * on a later one. Where each kind of close next stands is searched once per
 * occurrence (`-->`, `</script>` …), not once per opening, so that many
 * openings (or a stray one) cost no more than a pass over the text.
 */
class HiddenSpans {
  /** Per close: the position a search started from, and the first occurrence at or after it (`Infinity` for none). */
  private readonly searched = new Map<string, { from: number; at: number; length: number }>();

  constructor(private readonly text: string) {}

  /**
   * The first span that opens in `line` (which is `text` from `from` on, up
   * to the line break) and closes after the line, within `SPAN_LIMIT`; null
   * for none. Spans closed inside the line are skipped (`stripMarkup`
   * removes them), and so is an opening that never closes (or too far on).
   */
  find(line: string, from: number): Span | null {
    const nl = from + line.length;
    HIDDEN_OPEN.lastIndex = 0;
    for (let m = HIDDEN_OPEN.exec(line); m !== null; m = HIDDEN_OPEN.exec(line)) {
      const open = from + m.index;
      const close = this.close(m[1]?.toLowerCase() ?? null, open + m[0].length);
      if (close === null || close.at - open > SPAN_LIMIT) continue;
      if (close.at + close.length > nl) return { cut: open, end: close.at + close.length };
      HIDDEN_OPEN.lastIndex = close.at + close.length - from;
    }
    return null;
  }

  /** The next close of `name`'s element (of a comment, for null) at or after `from`. */
  private close(name: string | null, from: number): { at: number; length: number } | null {
    const key = name ?? "--";
    const known = this.searched.get(key);
    if (known !== undefined && known.from <= from && from <= known.at) return known.at === Infinity ? null : known;
    const found = name === null ? this.commentClose(from) : this.elementClose(name, from);
    this.searched.set(key, { from, ...found });
    return found.at === Infinity ? null : found;
  }

  private commentClose(from: number): { at: number; length: number } {
    const at = this.text.indexOf("-->", from);
    return { at: at < 0 ? Infinity : at, length: 3 };
  }

  private elementClose(name: string, from: number): { at: number; length: number } {
    const close = CLOSES[name]!;
    close.lastIndex = from;
    const m = close.exec(this.text);
    return m === null ? { at: Infinity, length: 0 } : { at: m.index, length: m[0].length };
  }
}

// The close of each element whose content is not text: </script>, </SCRIPT >, </style>
const CLOSES: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  iframe: /<\/iframe\s*>/gi,
};

/**
 * What `mayNeedCleaning` looks for in a line: any of the `SINGLES`
 * anywhere in it (the first needle, searched by regex), the pairs after its
 * first character (`NEEDLE_FROM`), a digit, a space and a digit anywhere in it
 * (`DIGITS_NEEDLE`, searched by regex), a character of the blocks that
 * `foldGlyphForms` reads (`GLYPH_NEEDLE`, searched by regex), and a space
 * right after the line's first visible character (letter spacing: `本 报 讯`,
 * the last needle; see `spaceAfterFirst`).
 */
const NEEDLES = ["", "\u00a0\u00a0", "\u3000\u3000", "", "", " "];
const NEEDLE_FROM = [0, 1, 1, 0, 0, 1];
const DIGITS_NEEDLE = 3;
/**
 * The glyph-form blocks are a needle of their own: a search for a class of
 * ranges this wide costs about what the `SINGLES` search does, but the two in
 * one class search three times slower than either.
 */
const GLYPH_NEEDLE = 4;
const SPACE_NEEDLE = NEEDLES.length - 1;
/**
 * The first needle: any one of the single characters (`<`, `&`, the breaks
 * VT, FF, U+2028, U+2029, the zero-width characters and soft hyphen), found by one search:
 * they are rare, and one needle for all keeps `refresh`'s loop short.
 */
const SINGLE_NEEDLE = 0;
const SINGLES = /[<&\v\f\u2028\u2029\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** A digit, one space and a digit: a number OCR may have spaced out (`5 6 0 0万元`, `２ ０ ２ ４年`). */
const DIGIT_SPACE_DIGIT = /[0-9\uff10-\uff19] [0-9\uff10-\uff19]/;
const DIGIT_SPACE_DIGITS = /[0-9\uff10-\uff19] [0-9\uff10-\uff19]/g;

/** Where the next digit, space and digit starts in `text` at or after `from`, or -1. */
function nextSpacedDigit(text: string, from: number): number {
  DIGIT_SPACE_DIGITS.lastIndex = from;
  return DIGIT_SPACE_DIGITS.exec(text)?.index ?? -1;
}

/** `GLYPH_FORM_CHARS`, global, searched from a position: 增⻓, 5⽉. */
const GLYPH_FORM_SEARCH = new RegExp(GLYPH_FORM_CHARS.source, "g");

/** Where the next character of `GLYPH_FORM_CHARS` stands in `text` at or after `from`, or -1. */
function nextGlyphForm(text: string, from: number): number {
  GLYPH_FORM_SEARCH.lastIndex = from;
  return GLYPH_FORM_SEARCH.exec(text)?.index ?? -1;
}

/** Where the next of `SINGLES` stands in `text` at or after `from`, or -1. */
function nextSingle(text: string, from: number): number {
  SINGLES.lastIndex = from;
  return SINGLES.exec(text)?.index ?? -1;
}

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
        next =
          k === SPACE_NEEDLE
            ? spaceAfterFirst(this.text, from)
            : k === SINGLE_NEEDLE
              ? nextSingle(this.text, from)
              : k === DIGITS_NEEDLE
                ? nextSpacedDigit(this.text, from)
                : k === GLYPH_NEEDLE
                  ? nextGlyphForm(this.text, from)
                  : this.text.indexOf(NEEDLES[k]!, from);
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
    // A pair (or a digit, space and digit) does not straddle the line break: an occurrence that starts in the line is in it.
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
  if (!mayHoldMarkup(text) && !INLINE_BREAK.test(text) && !MAY_BE_ZERO_WIDTH.test(text) && !GLYPH_FORM_CHARS.test(text)) return text;
  return foldGlyphForms(stripMarkup(text).replace(/[\n\v\f\u2028\u2029]+/g, " ").replace(ZERO_WIDTH, "")).trim();
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
function spaceAfterFirst(text: string, from: number): number {
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
  return mayBeLetterSpacedAt(line, 0, line.length);
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

/**
 * Digits spaced out one by one inside Han text, as OCR reads a line (`面积达3 6.8万亩`,
 * `总投资约5 6 0 0万元`, `2 0 2 3年6月8日`): single digits each followed by one space, then the
 * number's last digits (with a decimal part). Before it a Han character or a CJK mark (not
 * U+3000); or the start of the line or of a cell (U+3000), white space aside (`2 3 6户`
 * continuing a line): there three digits or more, since a list number may stand before a number
 * (`1 2月份`). After it a Han character (a unit, a magnitude, 年, 月, 版) or a percent sign.
 * Not after a Latin letter, a digit or a space (`iPhone 1 5`, `2023 15.6 8.2`, `猪肉 14.20 2.9%`),
 * not groups of several digits (`139 0000 1234`, a phone number), not before a space or a Latin
 * letter (a list of numbers) — save a year's four digits, which OCR may space from 年 too
 * (`2 0 2 4 年`). Full-width digits are read alike (`２ ０ ２ ４年`).
 */
const SPACED_DIGITS =
  /(?<=(?<start>(?:^|\u3000)[ \t\u3000]*)|[\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0d\uff1a-\uff20])(?:(?:[0-9\uff10-\uff19] ){1,}[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?(?=[\u3400-\u9fff\uf900-\ufaff%\uff05])|(?:[0-9\uff10-\uff19] ){3}[0-9\uff10-\uff19] (?=年))/g;

/** 1 250万美元, 3 500.5吨: one digit and a group of three, the thousands style `figures` reads as it stands. */
const THOUSANDS = /^[0-9\uff10-\uff19] [0-9\uff10-\uff19]{3}(?:[.\uff0e][0-9\uff10-\uff19]+)?$/;

/** The whole part of a number in digits, half- or full-width (`１２` → 12, `3.5` → 3). */
function digitsValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    const d = c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : c - 0x30;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  return value;
}

/**
 * True for three or more single digits counting up by one: before an ordinal's
 * word (`地铁1 2 3号线`, `4 5 6号楼`, `ORDINAL_AFTER`), a list of numbers written
 * with spaces, not one number OCR spaced out (`1 2 3户` is 123 households).
 */
function isCounting(digits: string[]): boolean {
  if (digits.length < 3) return false;
  for (let k = 0; k < digits.length; k++) if (digits[k]!.length !== 1 || digitsValue(digits[k]!) !== digitsValue(digits[0]!) + k) return false;
  return true;
}

/** The words after a number that make it a name's number (号线, 号楼, 期): counted in lists. */
const ORDINAL_AFTER = /^[号期]$/;

/** Highest number before 月 and 日 that reads as a month or a day (`5 6月` is two months, not 56). */
const DATE_LIMIT: Readonly<Record<string, number>> = { 月: 12, 日: 31 };

/**
 * `line` with the numbers OCR spaced out (`SPACED_DIGITS`) closed up: `达3 6.8万亩` →
 * `达36.8万亩`, `2 0 2 3年` and `2 0 2 3 年` → `2023年`, `２ ０ ２ ４年` → `２０２４年`. Left: a digit and a group of three (`THOUSANDS`,
 * typeset grouping read by the figures), a month or day that would pass 12 or 31, and
 * digits counting up (`1 2 3号线`, `isCounting`).
 */
export function closeUpSpacedDigits(line: string): string {
  if (!DIGIT_SPACE_DIGIT.test(line)) return line;
  return line.replace(SPACED_DIGITS, (run: string, ...rest: unknown[]) => {
    const offset = rest[rest.length - 3] as number;
    const groups = rest[rest.length - 1] as { start?: string };
    // 2 0 2 4 年: the space before 年 goes with the others.
    const digits = run.charCodeAt(run.length - 1) === 0x20 ? run.slice(0, -1).split(" ") : run.split(" ");
    if (THOUSANDS.test(run)) return run;
    if (groups.start !== undefined && digits.length < 3) return run;
    if (isCounting(digits) && ORDINAL_AFTER.test(line[offset + run.length] ?? "")) return run;
    const joined = digits.join("");
    const limit = DATE_LIMIT[line[offset + run.length] ?? ""];
    if (limit !== undefined && digitsValue(joined) > limit) return run;
    return joined;
  });
}

// A spaced number that ends its line, after a Han character or a CJK mark: `车辆4 5` (its word, 台次, opens the next line).
const SPACED_AT_END = /(?<=[\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0d\uff1a-\uff20])(?:[0-9\uff10-\uff19] )+[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?$/;
// A spaced number that starts its line, before its word: `4 6.8万元` (after `累计达`, which ends the line before).
const SPACED_AT_START = /^(?:[0-9\uff10-\uff19] )+[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?(?=[\u3400-\u9fff\uf900-\ufaff%\uff05])/;
// A Han ideograph: what a sentence running on into the next line ends on (`累计达`).
const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
// What a number's word starts with: a Han character or a percent sign (`台次`, `万元`, `%`).
const NUMBER_WORD_START = /[\u3400-\u9fff\uf900-\ufaff%\uff05]/;
/** How much of a line's end is read for a spaced number (`SPACED_AT_END` is tried at each position). */
const SEAM_READ = 32;

/** The spaces that `spacesAcrossBreak` drops: in the line before, counted from its end (1 is its last character); in the line after, from its start. */
export interface SeamSpaces {
  before: number[];
  after: number[];
}

/** True for an ASCII or full-width digit at `i` of `s`. */
function isDigitCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * The spaces of a number OCR spaced out (`closeUpSpacedDigits`) that a line
 * break cut from the words around it, when the line `before` (as written,
 * trimmed) and the line `after` are joined as one paragraph: `车辆4 5` /
 * `台次` (the number ends its line, its word opens the next), `累计达` /
 * `4 6.8万元` (the number opens its line; the line before runs on, ending on a
 * Han character). Read alone, neither line can tell: a number at a line's end
 * has no word after it, and one at a line's start may follow a list number
 * (`1 2月份`). The same rules as inside a line decide (a thousands group, a
 * month or day past 12 or 31, and digits counting up stay). Null when
 * nothing is dropped (cheap: two character reads for most joins).
 */
export function spacesAcrossBreak(before: string, after: string): SeamSpaces | null {
  // 车辆4 5 / 台次
  if (isDigitCode(before, before.length - 1) && before.lastIndexOf(" ") >= before.length - SEAM_READ && NUMBER_WORD_START.test(after.charAt(0))) {
    const end = before.slice(-SEAM_READ);
    const m = SPACED_AT_END.exec(end);
    if (m !== null) {
      const probe = end.charAt(m.index - 1) + m[0] + after.charAt(0);
      if (closeUpSpacedDigits(probe).length < probe.length) return { before: spacesIn(m[0]).map((i) => m[0].length - i), after: [] };
    }
  }
  // 累计达 / 4 6.8万元
  if (isDigitCode(after, 0) && after.charCodeAt(1) === 0x20 && HAN_CHAR.test(before.charAt(before.length - 1))) {
    const m = SPACED_AT_START.exec(after.slice(0, SEAM_READ));
    if (m !== null) {
      const probe = before.charAt(before.length - 1) + m[0] + after.charAt(m[0].length);
      if (closeUpSpacedDigits(probe).length < probe.length) return { before: [], after: spacesIn(m[0]) };
    }
  }
  return null;
}

/** Where the spaces of `s` stand. */
function spacesIn(s: string): number[] {
  const at: number[] = [];
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) at.push(i);
  return at;
}

/** `s` without the characters at `positions` (ascending). */
export function dropAt(s: string, positions: readonly number[]): string {
  if (positions.length === 0) return s;
  let out = "";
  let from = 0;
  for (const p of positions) {
    out += s.slice(from, p);
    from = p + 1;
  }
  return out + s.slice(from);
}

/** `s` without the characters at `fromEnd` (distances from its end, 1 its last character). */
export function dropFromEnd(s: string, fromEnd: readonly number[]): string {
  return dropAt(s, fromEnd.map((d) => s.length - d).sort((a, b) => a - b));
}
