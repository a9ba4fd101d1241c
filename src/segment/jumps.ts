/**
 * Jumps: an article that a page cannot hold goes on on another page. Its text
 * there ends on a note saying where (`…灾害影响，（下转第二版）`), and its rest
 * opens on one saying where it came from (`（上接第一版）实现了增产丰收，…`).
 * When both pages stand in one input, the rest is the same article.
 */
import { parseChineseNumber } from "../recognise/figures/numbers.js";

/** A page as a jump note names it (folded): `第二版`, `第2版`, `2版`, `02版`, `A2`, `A02版`. The number is group 1 or 2. */
const PAGE = "(?:第?([\\d一二三四五六七八九十]{1,3})版|[A-Z](\\d{1,2})版?)";
/**
 * A note sending the text on, at the end of a line (folded): `（下转第二版）`,
 * `(转A2)`, `下转第2版`, `【下转2版】`. `上接…` and a cross-reference (`详见第3版`) send nothing on.
 */
const JUMP_TO = new RegExp(`(?:^|[^上接])下?转\\s*${PAGE}\\s*[)〉>】\\]]?$`);
/** A note opening a line on where its text came from (folded): `（上接第一版）`, `(接A1版)`, `【上接1版】`. */
const JUMP_FROM = new RegExp(`^[(〈<【\\[]\\s*上?接\\s*${PAGE}\\s*[)〉>】\\]]\\s*`);

/** The number of a page a jump note names (`第二版` → 2, `A02版` → 2), or null. */
function pageOf(m: RegExpExecArray): number | null {
  const written = m[1] ?? m[2];
  return written === undefined ? null : parseChineseNumber(written);
}

/** The page that a jump note ending the folded text sends it on to (`…（下转第二版）` → 2), or null. */
export function jumpTarget(norm: string): number | null {
  const m = JUMP_TO.exec(norm.slice(-16));
  return m === null ? null : pageOf(m);
}

/**
 * The page that the folded text opening on a jump-from note came from, and
 * where the note ends (`（上接第一版）实现了…` → page 1, end 7), or null.
 * Only a text opening on a bracket is read.
 */
export function jumpSource(norm: string): { page: number; end: number } | null {
  const first = norm.charCodeAt(0);
  if (first !== 0x28 && first !== 0x3008 && first !== 0x3c && first !== 0x3010 && first !== 0x5b) return null; // ( 〈 < 【 [
  const m = JUMP_FROM.exec(norm);
  const page = m === null ? null : pageOf(m);
  return m === null || page === null ? null : { page, end: m[0].length };
}

/** An article whose text a jump note sent on: the page it went to, and the page it stood on when known. */
export interface Jump<T> {
  draft: T;
  to: number;
  from: number | null;
}

/**
 * The article that the text opening on a note from page `from` continues,
 * among those sent on and not yet found (`open`, in reading order): the first
 * sent on to the page being read (`page`, when a page number was read) from
 * page `from` (when the article's own page was read). Null when none fits:
 * the text is then a fragment, never the neighbouring article's.
 */
export function findJump<T>(open: readonly Jump<T>[], from: number, page: number | null): Jump<T> | null {
  for (const jump of open) {
    if (jump.to === from) continue;
    if (page !== null && jump.to !== page) continue;
    if (jump.from !== null && jump.from !== from) continue;
    return jump;
  }
  return null;
}

/** The first number on a line that is only a page number (folded): `2`, `-2-`, `— 2 —`, `第2版`, `第二版`. */
const PAGE_NUMBER = /\d{1,3}|第([一二三四五六七八九十]{1,3})版/;

/** The page that a page-number line names, or null. */
export function pageNumberOf(norm: string): number | null {
  const m = PAGE_NUMBER.exec(norm);
  if (m === null) return null;
  return parseChineseNumber(m[1] ?? m[0]);
}
