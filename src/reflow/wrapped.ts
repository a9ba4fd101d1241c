/**
 * Hard-wrapped text: pages got from an e-paper's PDF (pdftotext) or from OCR,
 * where every physical line is one line of the printed column (12–20
 * characters) and a paragraph runs on over many of them, cut anywhere, even
 * mid-word. The ordinary join rules read a short unpunctuated line as a
 * headline and a line ending in `。` as a paragraph's end; in such text both
 * are mostly wrong.
 *
 * Whether a document is hard-wrapped, and the width of its column, is decided
 * once (`detectWrap`), from the lines that run on into the next one: in
 * wrapped text nearly all of them are as wide as the column, and hardly any
 * line is wider. E-paper text with one line per paragraph has long lines, and
 * its few run-on lines (headline stacks, column breaks) are of any width, so
 * it is never taken for wrapped, and the rules here are never asked of it.
 */
import type { Line } from "../segment/lines.js";
import { charSet, has } from "../text/chars.js";

/** How a hard-wrapped document is laid out. */
export interface WrapLayout {
  /** The width of the text column, in full-width characters (a half-width character counts ½, an indent 2). */
  width: number;
  /** Paragraphs open with an indent: only an indented line starts one. */
  indented: boolean;
}

/**
 * Printed width of `text`, in full-width characters: a half-width character
 * (ASCII, half-width forms) counts ½, any other 1. Digits and Latin letters in
 * Chinese text are set half width, so a column line with a number in it holds
 * more characters.
 *
 * Not src/cli/width.ts's `displayWidth` (terminal cells: “” and … one cell,
 * i.e. ½ here, where print sets them full width) nor layout-columns.ts's
 * `cellsOf` (the cells an extractor's layout gave, CJK 1 or 2): a column of
 * print is measured differently from a terminal or an extractor's grid.
 */
export function printedWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    width += c < 0x2000 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}

/** The paragraph indent's width: two full-width characters, however it is written (U+3000 U+3000, or OCR's two spaces). */
const INDENT_WIDTH = 2;

/** A line longer than this (in UTF-16 units) is wider than any column: its width is not counted. */
const LONG_LINE = 90;

/** Width of a line as set in its column (its text, and its indent). */
function lineWidth(line: Line): number {
  if (line.end - line.start > LONG_LINE) return LONG_LINE;
  return printedWidth(line.raw.slice(line.start, line.end)) + (line.indented ? INDENT_WIDTH : 0);
}

// The last characters of a sentence's end, as written or folded: `。`, `！`, `？`, `…`, and closers after them.
const SENTENCE_LAST = charSet("。！？!?…”’\"'）)】》」』");
// What ends a sentence before closing marks (`。”`, `？）`).
const SENTENCE_MARK = charSet("。！？!?…");
// Closing marks that may follow a sentence's end.
const CLOSER = charSet("”’\"'）)】》」』");

/**
 * True when the trimmed line `text` (as written or folded) ends a sentence: `。`, `！”`, `？）`.
 * Not reflow.ts's `endsSentence`, which reads folded text only: `detectWrap` asks it of lines as written (`！`, `」`).
 */
function endsSentenceMark(text: string): boolean {
  let k = text.length - 1;
  if (!has(SENTENCE_LAST, text, k)) return false;
  while (k > 0 && has(CLOSER, text, k)) k--;
  return has(SENTENCE_MARK, text, k);
}

/** A Han character, for telling text lines from rules, numbers and furniture. */
const HAN = /[\u3400-\u9fff]/;
/** A run of spaces inside a line: side-by-side columns (`pdftotext -layout`) or a furniture line, not one column's line. */
const GAP = /\S {3,}\S|\S\u3000{2,}\S/;

/** Fewest lines that run on into the next for a document to be told wrapped at all. */
const MIN_RUN_ON = 3;
/** Share of the run-on lines that must lie within the band around the column width. */
const BAND_SHARE = 0.6;
/** The band: how much narrower (a number not broken, a bracket pushed down) or wider (punctuation hanging past the edge) a full line may be. */
const BAND_BELOW = 2;
const BAND_ABOVE = 1.5;
/** A line wider than the column by more than this is no line of it (a caption across columns, furniture). */
const WIDER = 2.5;
/** Most text lines that may be wider than the column, as a share. */
const WIDE_SHARE = 0.1;
/** Column widths a paper sets text in: narrower is verse or a list, wider no column. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
/** Share of the full run-on lines that must be cut mid-word (no punctuation at the end): verse ends its lines on marks. */
const MID_WORD_SHARE = 0.5;
/** How many indented lines tell that paragraphs are indented (a share of the text lines, and at least 2). */
const INDENT_SHARE = 0.06;

/**
 * Tells whether a document is hard-wrapped and at what width, or null. A line
 * that runs on (the next line is not blank, and it ends no sentence) is the
 * evidence: in wrapped text most of them lie in one narrow band of widths,
 * cut mid-word, and almost no line of text is wider than that band.
 */
export function detectWrap(lines: readonly Line[]): WrapLayout | null {
  if (tooManyLongLines(lines)) return null;
  const runOn: number[] = [];
  const widths: number[] = [];
  let indented = 0;
  let gaps = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.raw.slice(line.start, line.end);
    if (text.length > LONG_LINE) {
      widths.push(LONG_LINE);
      continue;
    }
    if (!HAN.test(text)) continue;
    const width = lineWidth(line);
    widths.push(width);
    if (line.indented) indented++;
    if (GAP.test(text)) gaps++;
    const next = lines[i + 1];
    if (next === undefined || next.blank || width < 4 || endsSentenceMark(text)) continue;
    runOn.push(width);
  }
  if (runOn.length < MIN_RUN_ON || widths.length === 0) return null;
  runOn.sort((a, b) => a - b);
  const width = runOn[runOn.length >> 1]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  let band = 0;
  for (const w of runOn) if (w >= width - BAND_BELOW && w <= width + BAND_ABOVE) band++;
  if (band < MIN_RUN_ON || band < runOn.length * BAND_SHARE) return null;
  let wide = 0;
  for (const w of widths) if (w > width + WIDER) wide++;
  if (wide > widths.length * WIDE_SHARE || gaps > widths.length * WIDE_SHARE) return null;
  if (midWordCuts(lines, width) < band * MID_WORD_SHARE) return null;
  return { width, indented: indented >= 2 && indented >= widths.length * INDENT_SHARE };
}

/**
 * Exact pre-test of `detectWrap`, with no line taken out of the text: more than
 * `WIDE_SHARE` of the lines with text are longer than `LONG_LINE` characters.
 * Each counts as wider than any column `detectWrap` accepts, and they are
 * counted among at most that many lines, so `detectWrap` would refuse the
 * document. Text with a line per paragraph (most papers' e-paper text) stops here.
 */
function tooManyLongLines(lines: readonly Line[]): boolean {
  let filled = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    filled++;
    if (line.end - line.start > LONG_LINE) long++;
  }
  return long > filled * WIDE_SHARE;
}

/** Punctuation a line may end on; any other last character is a cut mid-word. */
const MARK_LAST = charSet("，、；：。！？…”’）》】」』,;:!?)\"'");

/** How many run-on lines in the column's band end mid-word (no punctuation last): verse and lists end their lines on marks. */
function midWordCuts(lines: readonly Line[], width: number): number {
  let cuts = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || lines[i + 1]!.blank || line.end - line.start > LONG_LINE) continue;
    const w = lineWidth(line);
    if (w < width - BAND_BELOW || w > width + BAND_ABOVE) continue;
    if (!has(MARK_LAST, line.raw, line.end - 1)) cuts++;
  }
  return cuts;
}

/** A line is full when it reaches the column's edge, give or take a character pushed to the next line. */
const FULL_SLACK = 1.5;

/**
 * True when the line `line` fills its column: the text was cut there, not
 * ended. So it is when it reaches the edge, or when what opens the line under
 * it (`next`) would not have fitted beside it: a number is never broken
 * (`分季节看，全国夏粮产量` / `14989万吨，…`), and an opening bracket goes down
 * with the character after it.
 */
export function isFull(layout: WrapLayout, line: Line, next?: Line): boolean {
  const w = lineWidth(line);
  if (w > layout.width + WIDER) return false;
  if (w >= layout.width - FULL_SLACK) return true;
  return next !== undefined && w + leadingToken(next) > layout.width;
}

/** Opening marks that a line is never left ending on: they go down with what follows them. */
const OPENING = charSet("“‘（《【「『(\"");

/** Width of what a line opens with that a wrap does not break: a run of half-width characters (`14989`, `2.6%`), an opening mark with the character after it, else one character. */
function leadingToken(line: Line): number {
  const raw = line.raw;
  let k = line.start;
  let width = 0;
  while (k < line.end && has(OPENING, raw, k)) {
    width += printedWidth(raw.charAt(k));
    k++;
  }
  const c = raw.charCodeAt(k);
  if (c < 0x2000 && c !== 0x20) {
    let run = 0;
    while (k < line.end && raw.charCodeAt(k) < 0x2000 && raw.charCodeAt(k) !== 0x20) {
      run++;
      k++;
    }
    return width + run * 0.5;
  }
  return width + (k < line.end ? 1 : 0);
}

/** True when `line` is wider than the column: a caption or a line set across columns, no line of the wrapped text. */
function isWider(layout: WrapLayout, line: Line): boolean {
  return lineWidth(line) > layout.width + WIDER;
}

/** What the join decision in wrapped text reads of the unit being grown. */
export interface WrapUnit {
  /** The unit's last line so far. */
  last: Line;
  /** Blank lines stand between that line and the one asked about. */
  gap: boolean;
  /** The end of the unit's `norm`, and its whole length. */
  tail: string;
  length: number;
  /** The unit is running text (a paragraph, not a headline's line). */
  text: boolean;
  /** The line asked about ends a block that a blank line (or the end) closes within a few lines: a headline block's shape. */
  apart: boolean;
}

/** Most lines a headline block holds below the line asked about. */
const BLOCK_READ = 3;

/**
 * True when the non-blank lines from `i` on end within `BLOCK_READ` lines, at
 * a blank line or the end: the line stands in a short block set apart, as a
 * headline's lines are in wrapped text.
 */
export function endsBlockSoon(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k <= i + BLOCK_READ; k++) {
    if (k >= lines.length || lines[k]!.blank) return true;
  }
  return false;
}

/** How far back in a unit an open bracket is looked for: a dateline's `（记者`, a credit's `（通讯员`. */
const BRACKET_READ = 40;

/**
 * True when the unit ends inside a bracket it opened (`本报讯（记者 陈嘉树 通讯`)
 * and the line closes it before opening another (`员 刘振华）3月13日，…`): the
 * bracket's words were cut at the column's edge. `tail` and `norm` are folded.
 */
export function closesCutBracket(tail: string, norm: string): boolean {
  const open = tail.lastIndexOf("(");
  if (open < 0 || open < tail.length - BRACKET_READ || tail.indexOf(")", open) >= 0) return false;
  const close = norm.indexOf(")");
  if (close < 0) return false;
  const reopen = norm.indexOf("(");
  return reopen < 0 || reopen > close;
}

/** Clause marks (folded) a headline's line does not stop on: a line ending on one is running text's. */
const OPEN_CLAUSE = charSet(",、;");
/**
 * A date or day line of a masthead or folio, never part of a headline:
 * `2024年12月20日`, `星期五`, a lunar date (`甲辰年十一月二十`).
 */
const DATE_LINE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日$|^(?:星期|礼拜)[一二三四五六日天]$|^周[一二三四五六日]$|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年/;

/** True when the folded line holds a word: a Han character, a digit or a letter. */
function hasWords(norm: string): boolean {
  return WORD.test(norm);
}
const WORD = /[\u3400-\u9fff0-9A-Za-z]/;
/** The most characters the last line of a wrapped headline holds when it is only the words that did not fit (`高`, `42万吨`). */
const HEADLINE_TAIL = 3;
/** A headline line narrower than this is no cut line: a label (`短评`), a kicker word. */
const HEADLINE_MIN = 4;

/**
 * Whether `line` (folded `norm`) continues the unit `unit` in hard-wrapped
 * text; null where the ordinary rules decide (across a blank line, before a
 * line that opens a block, a line wider than the column).
 *
 * - A bracket cut at the column's edge always goes on (`（记者` / `郁静远）…`).
 * - In running text, a line that fills the column was cut there: the next
 *   line goes on, even after a `。` (the sentence ended at the edge by
 *   chance), unless paragraphs are indented and the next line is: so a
 *   short line without a sentence's end, under a full one and over an
 *   indented line, is its paragraph's last (OCR lost the `。`: `内涝0`).
 *   Where paragraphs are indented, a line at the margin under a paragraph
 *   that ended no sentence goes on in it, however short the line above.
 * - In a headline block, lines cut at the block's width are one element: the
 *   next line is no wider than the one above (`江州港一季度集` / `装箱吞吐量创新`),
 *   or only the 1–3 characters that did not fit (`高`). Blank lines part
 *   kicker, title and subtitle; a stack of lines that runs on into a
 *   dateline or body with none between (`unit.apart` false) is left to the
 *   ordinary rules.
 */
export function wrapContinues(layout: WrapLayout, unit: WrapUnit, line: Line, norm: string): boolean | null {
  if (unit.gap || isWider(layout, line)) return null;
  if (closesCutBracket(unit.tail, norm)) return true;
  const prev = unit.last;
  const full = isFull(layout, prev, line);
  if (unit.text || full) {
    if (layout.indented && line.indented) return false;
    // A line of no words (`■▲□■ ■■`, a picture's OCR residue) is no piece of the text.
    if (!hasWords(norm)) return null;
    // After a sentence's end, a short line with no clause in it is a subhead (`营养配餐有讲究`), not the sentence after.
    if (full) return endsSentenceMark(unit.tail) && isHeadingShaped(layout, line, norm) ? null : true;
    // Where paragraphs are indented, a line at the margin under an unfinished one goes on in it.
    return unit.text && layout.indented && !endsSentenceMark(unit.tail) ? true : null;
  }
  return headlineGoesOn(unit, line, norm);
}

/** Clause and sentence marks (folded): a line holding one is running text. */
const CLAUSE_MARKS = /[,、;:。!?]/;

/** True when `line` reads as a heading: shorter than the column, with no clause or sentence mark in it. */
function isHeadingShaped(layout: WrapLayout, line: Line, norm: string): boolean {
  return !isFull(layout, line) && !CLAUSE_MARKS.test(norm);
}

/** In a headline block: true when `line` is the rest of the line above, cut at the block's width (see `wrapContinues`). */
function headlineGoesOn(unit: WrapUnit, line: Line, norm: string): boolean | null {
  const prev = unit.last;
  if (!unit.apart || prev.indented || line.indented || !HAN.test(norm)) return null;
  const tail = unit.tail;
  if (endsSentenceMark(tail) || has(OPEN_CLAUSE, tail, tail.length - 1)) return null;
  const above = prev.norm.slice(prev.start, prev.end);
  if (DATE_LINE.test(above) || DATE_LINE.test(norm) || !HAN.test(above)) return null;
  const wAbove = lineWidth(prev);
  if (wAbove < HEADLINE_MIN) return null;
  const w = lineWidth(line);
  return w <= wAbove + 1 || norm.length <= HEADLINE_TAIL ? true : null;
}
