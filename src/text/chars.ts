/**
 * Sets of characters as tables indexed by UTF-16 code. The stages test a few
 * dozen characters around every line, unit and figure; a table lookup is
 * cheaper than `"…".includes(text[i])` (a string made per test) or a regex.
 */

/** The characters of `chars` as a table: 1 at each one's code. */
export function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/**
 * True when `text[i]` exists and is in `set`. Past either end `charCodeAt` is NaN; `| 0`
 * makes it 0, which no table holds, and keeps V8's typed-array loads on their fast path
 * (one NaN index slows every later load at that site about twofold).
 */
export const has = (set: Uint8Array, text: string, i: number): boolean => set[text.charCodeAt(i) | 0] === 1;

/** How many characters of `text` are in `set` (a loop: `match(/…/g)` made an array to count). */
export function countIn(text: string, set: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (set[text.charCodeAt(i)] === 1) n++;
  return n;
}

/** Clause marks (folded): a headline holds one at most, a sentence runs on through them. */
export const CLAUSE_MARKS = charSet(",;、");

/**
 * The marks a line stops on when its sentence goes on (folded `，` `、` `；` `：`): a paragraph cut
 * at such a line end is joined to the next line, and no headline or table row ends on one.
 */
export const OPEN_CLAUSE_MARKS = charSet(",、;:");

/**
 * The marks that end a sentence (folded: `！？` are `!?` by then): a full stop,
 * an exclamation and a question mark. Their one home; the tests below are built from it.
 */
export const SENTENCE_MARK_CHARS = "。!?";

/** A sentence mark anywhere in a text (`今天开学了。`): a native search, for whole lines. */
export const SENTENCE_MARK = new RegExp(`[${SENTENCE_MARK_CHARS}]`);

/** The sentence marks as a table, for tests at one index (`has(SENTENCE_MARKS, norm, i)`). */
export const SENTENCE_MARKS = charSet(SENTENCE_MARK_CHARS);

/** The characters `\s` matches in a regex (with or without the `u` flag), for tables made with `charSet`. */
export const WHITE_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/**
 * Bullets papers set before a brief's title, a box's label or a list line:
 * `■玄武湖樱花进入最佳观赏期`, `■简讯`, `●新登记企业6500户`; filled or
 * hollow, any of them (`△近日，…`, `◇…`, `☆…`, `▶…`, `►…`) opens an item the
 * same way.
 */
export const BULLET_MARKS = "■□●◆◇◎★☆▲△▶►";

/** True when `code` is an ASCII digit's (false for NaN, what `charCodeAt` gives past either end). */
export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** True when `text[i]` is an ASCII digit (false past either end). */
export const isDigitAt = (text: string, i: number): boolean => isAsciiDigit(text.charCodeAt(i));

/** True when `text[i]` is a CJK unified ideograph, U+4E00–U+9FFF (false past either end: the code is NaN). */
export const isHanAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** True when `text[i]` is an ASCII letter, either case (false past either end: `NaN | 0x20` is 0x20). */
export const isAsciiLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
};

/** White space as a table (`WHITE_SPACE`). */
const SPACES = charSet(WHITE_SPACE);

/** Fewest spaces in a row that set a line's items apart over a column, not words apart in a phrase (one or two). */
export const WIDE_GAP = 4;
/** A wide gap as folded text gives it: `WIDE_GAP` plain spaces. */
export const WIDE_GAP_TEXT = " ".repeat(WIDE_GAP);

/**
 * True when `text` (folded: its spaces plain), each wide gap (`WIDE_GAP`
 * spaces or more in a row) counted as one character, is at most `max`
 * long: what a line says, not how wide it was set. A page's head spreads its
 * few items over the column (`能源·基建` and 35 spaces, then `08`;
 * `经济·口岸　…　江淮日报`), and is short for every test that tells a heading
 * or a page's label from text by length. Narrower gaps count whole: fields
 * of a line set two spaces apart (`日期：…　　版次：A03`) are as long as written.
 * A line no longer than `max` is read without a scan; one without a wide gap
 * (most text) with one native search.
 */
export function fitsCollapsed(text: string, max: number): boolean {
  if (text.length <= max) return true;
  if (!text.includes(WIDE_GAP_TEXT)) return false;
  let length = 0;
  for (let i = 0; i < text.length; ) {
    let run = 0;
    while (i + run < text.length && SPACES[text.charCodeAt(i + run)] === 1) run++;
    length += run >= WIDE_GAP ? 1 : Math.max(run, 1);
    if (length > max) return false;
    i += Math.max(run, 1);
  }
  return true;
}
