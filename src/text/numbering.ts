/**
 * Numbered headings and series (on folded text: `（一）` reads `(一)`): what a
 * heading's number is (`一、`, `(一)`, `1、`, `1.`), its value, and whether a
 * heading is the next of its series. Segmenting and reflowing each accept a
 * narrower or wider set of numbers; they build their patterns from the pieces
 * here, so that the numerals and the marks are said once.
 */

/** The numerals of a heading number, `一` to `十`, in order: a numeral's place here plus one is its value. */
export const HEADING_NUMERALS = "一二三四五六七八九十";
/** One numeral of a heading number, `一` to `十` (pattern source). */
export const HEADING_NUMERAL = `[${HEADING_NUMERALS}]`;
/** A Chinese heading number, one to three numerals: `三`, `十二`, `二十三` (pattern source). */
export const CN_NUMBER = `${HEADING_NUMERAL}{1,3}`;
/** A digit heading number, one or two digits: `3`, `12` (pattern source). */
export const DIGIT_NUMBER = String.raw`\d{1,2}`;
/** After a digit number and its mark, no digit: `1.5万` is a decimal, no heading (pattern source). */
export const NOT_DECIMAL = String.raw`(?!\d)`;

/**
 * A heading's number and its style:
 * - `一、` / `一.`: Chinese numerals before a mark;
 * - `(一)`: Chinese numerals in brackets (`（一）` folded);
 * - `1、` / `1.`: digits before a mark, not a decimal (`1.5万` is none).
 */
const HEADING_NUMBER = new RegExp(
  String.raw`^(?:(${CN_NUMBER})([、.])|\((${CN_NUMBER})\)|(${DIGIT_NUMBER})([、.])${NOT_DECIMAL})`,
);
const CHINESE_DIGITS = "一二三四五六七八九";

/**
 * A heading's Chinese numeral from 1 to 99 as a heading writes it (`三`, `十`,
 * `十二`, `二十`, `二十三`), or NaN. Stricter than `parseChineseNumber` on
 * purpose: that one reads `一一` as 11 and `三三` as 33 (digit by digit), which
 * number no heading (`一一` is a dash typed with 一).
 */
export function chineseNumber(numeral: string): number {
  const ten = numeral.indexOf("十");
  const digit = (c: string | undefined): number => (c === undefined ? NaN : CHINESE_DIGITS.indexOf(c) + 1 || NaN);
  if (ten < 0) return numeral.length === 1 ? digit(numeral) : NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(numeral[0]) : NaN;
  const units = ten === numeral.length - 1 ? 0 : ten === numeral.length - 2 ? digit(numeral[ten + 1]) : NaN;
  return tens * 10 + units;
}

/**
 * A heading's number: its `style` (`一、`, `一.`, `(一)`, `1、`, `1.`; the first
 * character tells the kind, Chinese, bracketed or digits) and its value `n`
 * (NaN for numerals no heading writes, `一一`).
 */
export interface HeadingNumber {
  style: string;
  n: number;
}

/** The number of a numbered heading (`HEADING_NUMBER`): `二、农业` → `{ style: "一、", n: 2 }`; null for none. */
export function headingNumber(norm: string): HeadingNumber | null {
  const m = HEADING_NUMBER.exec(norm);
  if (m === null) return null;
  if (m[1] !== undefined) return { style: `一${m[2]!}`, n: chineseNumber(m[1]) };
  if (m[3] !== undefined) return { style: "(一)", n: chineseNumber(m[3]) };
  return { style: `1${m[5]!}`, n: Number(m[4]) };
}

/** True when heading number `after` follows `before` in one series: the same style (mark included), the next value. */
export function followsInSeries(before: HeadingNumber, after: HeadingNumber): boolean {
  return before.style === after.style && before.n + 1 === after.n;
}

/** True when two heading numbers are of one kind, whatever their marks: `一、` and `二.`, `1、` and `2.`. */
export function sameKind(a: HeadingNumber, b: HeadingNumber): boolean {
  return a.style.charCodeAt(0) === b.style.charCodeAt(0);
}

/** The numerals of a chapter's or instalment's number (`十八`, `二十三`, `一百零二`, `3`; pattern source). */
export const CHAPTER_NUMERALS = "[一二三四五六七八九十百零〇两\\d]{1,6}";
/**
 * A chapter's heading (folded): `第十八章　渡口`, `第3章`, `第二十回　…`, `第五节`; the
 * number then 章, 回 or 节, and the chapter's name after a space or a colon, if any.
 */
export const CHAPTER_HEADING = new RegExp(String.raw`^第${CHAPTER_NUMERALS}[章回节](?:$|[\s:])`);

/**
 * The number of an item of a list as it opens a line (folded): digits before a
 * mark, not a decimal (`1.一口咬掉…`, `2、说话算数`; `1.5万` is none), or a circled
 * number (`①扩大有效需求`, U+2460–U+2473). A heading's Chinese number (`一、`)
 * is left out: it heads a section as often as it numbers an item.
 */
const ITEM_NUMBER = new RegExp(String.raw`^(?:(${DIGIT_NUMBER})[、.]${NOT_DECIMAL}|([\u2460-\u2473]))`);
/** The same number further on in a line, after white space: `1.告　2.一言为定`, `①… ②…`. */
const LATER_ITEM_NUMBER = new RegExp(String.raw`\s(?:(${DIGIT_NUMBER})[、.]${NOT_DECIMAL}|([\u2460-\u2473]))`, "g");
const CIRCLED_ONE = 0x2460;

/** The value of an item number `ITEM_NUMBER` or `LATER_ITEM_NUMBER` matched: its digits, or its circled number's. */
function itemValue(m: RegExpExecArray): number {
  return m[1] !== undefined ? Number(m[1]) : m[2]!.charCodeAt(0) - CIRCLED_ONE + 1;
}

/** The value of the item number opening `norm` (folded: `1.…`, `2、…`, `③…`), or null when none opens it. */
export function itemNumber(norm: string): number | null {
  const m = ITEM_NUMBER.exec(norm);
  return m === null ? null : itemValue(m);
}

/**
 * True when `norm` (folded) holds two items of a list or more, numbered in
 * series, one after another on the line: `1.告　2.一言为定　3.水`,
 * `①扩大有效需求　②发展新质生产力`. Such a line is a list, never a headline.
 */
export function holdsItemSeries(norm: string): boolean {
  const first = itemNumber(norm);
  if (first === null) return false;
  let n = first;
  LATER_ITEM_NUMBER.lastIndex = 0;
  for (let m = LATER_ITEM_NUMBER.exec(norm); m !== null; m = LATER_ITEM_NUMBER.exec(norm)) {
    if (itemValue(m) !== n + 1) return false;
    n++;
  }
  return n > first;
}
