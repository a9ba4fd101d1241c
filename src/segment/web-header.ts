/**
 * The lines a crawled web article carries around its text (SogouCS, JSON
 * Lines with a title): its title repeated, its meta line (date and time,
 * source, author, editor), its original title, and the buttons and editor
 * credit at its foot (`【纠错】 【责任编辑：王强】`).
 *
 * Each test reads a unit's folded text (`norm`: full-width punctuation folded
 * to ASCII, U+3000 to a space, Traditional to Simplified).
 */
import type { Byline } from "../schema.js";
import { normaliseString } from "../normalise/normalise.js";
import { editorBylines, type Cues } from "./cues.js";

/**
 * The label a republished article's first title is given under: `原标题：…`,
 * `新闻原标题：…`, `原题：…` (a title or a header line that opens so). `原题`
 * also names an exam's question (`原题：已知…，求…。`): it labels a title only
 * before a line with no sentence end.
 */
const ORIGINAL_TITLE = /^(?:(?:新闻)?原标题|原题(?=\s*[:：][^。!?！？]*$))\s*[:：]\s*/;

/** True for a line that gives the article's original title (`原标题：这群“00后”…`). */
export function isOriginalTitleLine(norm: string): boolean {
  return ORIGINAL_TITLE.test(norm);
}

/** A given title without its `原标题：` label (`原标题：北区新建公园` → `北区新建公园`); the title itself when it has none or is nothing else. */
export function withoutOriginalTitleLabel(title: string): string {
  const m = ORIGINAL_TITLE.exec(normaliseString(title));
  if (m === null || m[0].length >= title.length) return title;
  // Folding keeps length: the label is as long in the title as written.
  return title.slice(m[0].length).trim();
}

/** The title folded and without white space, as `isRepeatedTitle` compares it. */
export function titleKey(title: string): string {
  return normaliseString(withoutOriginalTitleLabel(title)).replace(/\s+/g, "");
}

/** Fewest characters of a line read as a piece of the title repeated (a kicker or subtitle split off it). */
const TITLE_PIECE_MIN = 4;

/**
 * True when a line repeats the given title (`key`: `titleKey`): the whole of
 * it, or a piece of it the page set on a line of its own, at least
 * `TITLE_PIECE_MIN` characters long (`北京今夏将新增绿地300公顷`).
 */
export function isRepeatedTitle(norm: string, key: string): boolean {
  if (key.length === 0) return false;
  const line = norm.replace(/\s+/g, "");
  if (line.length === 0) return false;
  return line === key || (line.length >= Math.min(TITLE_PIECE_MIN, key.length) && key.includes(line));
}

// The date (and time) a web page gives its article:
// 2012年06月14日 08:25, 2024-03-14 08:45:21, 2024/3/14, 2024.03.14 星期四
const WEB_DATE = String.raw`\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
// The fields of a web meta line, before their colon:
// 来源, 本文来源, 文章来源, 稿源, 作者, 编辑, 责任编辑, 责编, 发布时间, 发表时间, 发布日期, 更新时间, 点击数, 浏览次数
const META_KEY = String.raw`(?:(?:本文|文章|新闻|稿件)?来源|稿源|作者|(?:责任)?编辑|责编|(?:发布|发表|更新|刊发|发稿)(?:时间|日期)|(?:点击|浏览|阅读)(?:量|数|次数))`;
// A field: a date, or a key, its colon and a value up to the next key (no sentence in it).
// `来源：湘南日报`, `作者：林小雨`, `编辑：陈 曦`, `发布时间：2024年03月13日 16:20`
// (a colon inside a value only between digits, as a time holds it: 16:20).
const META_FIELD = String.raw`(?:${WEB_DATE}|${META_KEY}\s*[:：]\s*(?:(?!${META_KEY}\s*[:：])(?:\d:\d|[^。!?:：]))+?)`;
const META_LINE = new RegExp(String.raw`^${META_FIELD}(?:\s*${META_FIELD})*$`);
/** Longest meta line. */
const META_MAX = 80;
/** What a meta line opens with: a digit of its date, or the first character of a key. */
const META_FIRST = /^[\d来本文新稿作编责发更刊点浏阅]/;

/**
 * True for a web page's meta line, made of dates and `key：value` fields
 * only: `2012年06月14日 08:25　来源：北京晨报`, `发布时间：2024年03月13日 16:20`,
 * `来源：湘南日报 作者：林小雨 编辑：陈 曦`. Prose that names a source or an
 * author (`本文来源于市民来信，作者是…`, `来源：群众举报。`) is none: a field
 * needs its colon, and holds no sentence.
 */
export function isMetaLine(norm: string): boolean {
  return norm.length <= META_MAX && META_FIRST.test(norm) && META_LINE.test(norm);
}

// A web page's buttons, in brackets: 【纠错】 【打印】 【关闭窗口】 【字号 大 中 小】
const WEB_BUTTON = /^(?:纠错|打印|关闭|关闭窗口|收藏|推荐|字号.{0,6}|返回顶部|我要纠错|分享)$/;
// A line of bracketed pieces: 【纠错】 【责任编辑：王强】
const BRACKET_ROW = /^(?:【[^【】]{1,20}】\s*)+$/;
const BRACKET_PIECE = /【([^【】]+)】/g;

/**
 * The editor bylines of a web article's foot line, made of bracketed buttons
 * and editor credits only (`【纠错】 【责任编辑：王强】` → 王强, editor; `【打印】
 * 【关闭】` → none); null for any other line. A bracketed piece that is
 * neither (`【图】`, `【专题】`) makes the line no foot line.
 */
export function webFootBylines(norm: string, cues: Cues): Byline[] | null {
  if (norm.charCodeAt(0) !== 0x3010 || !BRACKET_ROW.test(norm)) return null;
  const bylines: Byline[] = [];
  BRACKET_PIECE.lastIndex = 0;
  for (let m = BRACKET_PIECE.exec(norm); m !== null; m = BRACKET_PIECE.exec(norm)) {
    const inner = m[1]!.trim();
    if (WEB_BUTTON.test(inner)) continue;
    // `inner` is cut from the folded line, and folding again changes nothing: it is its own folded copy.
    const editors = editorBylines(cues.staffLine(inner, inner));
    if (editors === null) return null;
    bylines.push(...editors);
  }
  return bylines;
}
