/**
 * Boxes of clause lines: a short title over lines that each state one thing,
 * set beside a report (`大事记` / `1949年10月　衡阳解放` / …, `节目预告` /
 * `卫视频道` / `19:30　天气预报` / …, `数说` / `56.8%` / `常住人口城镇化率` / …).
 * Their lines are short and read like headlines, so without this they became a
 * headline stack over nothing (page matter) or ran into the report above.
 * Such a line is content: a row of the box, one paragraph each.
 */
import type { Classified } from "./classify.js";
import { isDigitAt } from "../text/chars.js";

/**
 * A row that opens on a date or a clock time set apart from what it tells
 * (folded): `1949年10月　衡阳解放，人民政权建立`, `2015年　产业园开工`,
 * `2024年9月30日　产业园投产`, `19:30　天气预报`, `07:00—09:00　早高峰直播`,
 * `21:05 年代剧`. A gap of spaces after the time is required: running text
 * goes on with a mark or a word (`1965年，一批…`, `19:30，记者赶到…`).
 */
const TIME_ROW = /^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}:\d{2}(?:\s*[-—~～至]{1,2}\s*\d{1,2}:\d{2})?)\s+\S/;

/** True for a line (folded, trimmed) that is a row of a timeline or programme (`TIME_ROW`). */
export function isTimeRow(norm: string): boolean {
  return isDigitAt(norm, 0) && TIME_ROW.test(norm);
}

/**
 * A line that is a figure and nothing else, as a data box sets it over its
 * caption (folded): `56.8%`, `1260家`, `8.2亿元→4600亿元`, `44.5个百分点`,
 * `约3.5万人次`, `+12%`. At most a few characters of unit after each number.
 */
const FIGURE_LINE =
  /^[约近超逾+-]?\d[\d,.]*[万亿]?(?:[%‰]|[\u4e00-\u9fff]{1,4})?(?:\s*(?:→|->|—|~|～|至)\s*\d[\d,.]*[万亿]?(?:[%‰]|[\u4e00-\u9fff]{1,4})?)?$/;
/** Longest figure line (`FIGURE_LINE`). */
const FIGURE_LINE_MAX = 24;

/** True for a line (folded, trimmed) that states only a figure (`FIGURE_LINE`). */
export function isFigureLine(norm: string): boolean {
  if (norm.length > FIGURE_LINE_MAX) return false;
  const c = norm.charCodeAt(0);
  // The first character: a digit or a qualifier (`约`, `近`, `超`, `逾`, `+`, `-`).
  if (!(isDigitAt(norm, 0) || c === 0x7ea6 || c === 0x8fd1 || c === 0x8d85 || c === 0x903e || c === 0x2b || c === 0x2d)) return false;
  return FIGURE_LINE.test(norm);
}

/** Longest title of a box of clause lines (`大事记`, `数说`, `节目预告`, `数说衡阳七十五年`). */
const TITLE_MAX = 12;
/** Longest label over a group of a box's rows (`卫视频道`, `交通广播 FM91.8`). */
const LABEL_MAX = 16;
/** Marks no title or label holds: a clause or a sentence is text. */
const TITLE_MARKS = /[,;、。!?:]/;

/** True for a short line with no clause or sentence mark (folded): a box's title or a group's label. */
function isShortHeading(norm: string, max: number): boolean {
  return norm.length > 0 && norm.length <= max && !TITLE_MARKS.test(norm) && !isDigitAt(norm, 0);
}

/** True for an item a box's row may be: a headline-like line or a line of text with no dateline. */
function isLineItem(item: Classified | undefined): item is Classified {
  return item !== undefined && (item.kind === "headline" || (item.kind === "body" && item.lead === undefined));
}

/** A box of clause lines read from the items: where it ends, and which of its items label groups of rows. */
export interface ClauseBox {
  /** The index of the first item after the box. */
  end: number;
  /** The indices of the items that label a group of rows (`卫视频道`): the box's subheads. */
  labels: number[];
}

/** Fewest rows of a box: one dated line under a heading is a subtitle. */
const MIN_ROWS = 2;

/**
 * The box of clause lines that the headline item at `at` titles, or null: a
 * short title (`isShortHeading`), then, on the lines under it (a blank line
 * may stand between), rows that open on a date or a clock time
 * (`isTimeRow`), each group of them perhaps under a short label touching
 * its first row (`卫视频道` / `07:00　早安新闻`); or figure lines
 * (`isFigureLine`) each with its caption line under it (`1260家` /
 * `全市高新技术企业数量`). Two rows or more. The box ends at the first line
 * that is none of these.
 */
export function clauseBox(items: readonly Classified[], at: number): ClauseBox | null {
  const title = items[at];
  if (title?.kind !== "headline" || !isShortHeading(title.unit.norm, TITLE_MAX)) return null;
  return timeRows(items, at) ?? figureRows(items, at);
}

/** The box of `TIME_ROW` rows (with group labels) under the title at `at`; null for fewer than `MIN_ROWS`. */
function timeRows(items: readonly Classified[], at: number): ClauseBox | null {
  const labels: number[] = [];
  let rows = 0;
  let k = at + 1;
  for (; isLineItem(items[k]); k++) {
    const norm = items[k]!.unit.norm;
    if (isTimeRow(norm)) {
      rows++;
      continue;
    }
    // A group's label touches the first row under it.
    const next = items[k + 1];
    if (items[k]!.kind === "headline" && isShortHeading(norm, LABEL_MAX) && next !== undefined && next.unit.lineStart === items[k]!.unit.lineEnd + 1 && isTimeRow(next.unit.norm)) {
      labels.push(k);
      continue;
    }
    break;
  }
  return rows >= MIN_ROWS ? { end: k, labels } : null;
}

/** The box of figure lines, each over its caption, under the title at `at`; null for fewer than `MIN_ROWS` pairs. */
function figureRows(items: readonly Classified[], at: number): ClauseBox | null {
  let pairs = 0;
  let k = at + 1;
  while (isLineItem(items[k]) && isLineItem(items[k + 1]) && isFigureLine(items[k]!.unit.norm) && !isFigureLine(items[k + 1]!.unit.norm)) {
    pairs++;
    k += 2;
  }
  return pairs >= MIN_ROWS ? { end: k, labels: [] } : null;
}

/**
 * How many items from `at` are rows of a timeline or programme with no title
 * (`TIME_ROW`, `MIN_ROWS` or more): `卫视频道今晚节目安排如下。` /
 * `19:30　天气预报` / `20:00　电视剧…`. Under a running report they are its
 * lines. They head no text: with a paragraph, a credit or a caption right
 * under them they are a headline stack (`2014年　我们出发` / `2024年　再出发`
 * / `本报讯…`). 0 when there are fewer, or when they head text.
 */
export function timeRowRun(items: readonly Classified[], at: number): number {
  let k = at;
  while (isLineItem(items[k]) && isTimeRow(items[k]!.unit.norm)) k++;
  const below = items[k];
  if (below !== undefined && (below.kind === "body" || below.kind === "credit" || below.kind === "caption")) return 0;
  return k - at >= MIN_ROWS ? k - at : 0;
}
