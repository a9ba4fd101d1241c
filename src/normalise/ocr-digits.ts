/**
 * OCR digit look-alikes: a letter O, o or the Han zero 〇 read where a printed
 * 0 stood, and l, I or ｜ where a 1 stood, inside a number written in Arabic
 * digits (`7月l8日`, `15O万元`, `3O0米`, `2O24年`). The normalised copy reads
 * them as the digits, so that dates and figures see the number; the text as
 * written keeps them. One code unit for one: offsets stay exact.
 *
 * A look-alike is read as a digit only inside a run of digits and look-alikes
 * that holds a digit (`DIGIT_RUN_CHAR`), and only where its neighbours say
 * it is part of the number:
 * - between two characters of the run (`3O0米`, `2O24年`, `1l5`);
 * - at the run's start, after a date word that a number follows (`7月l8日`,
 *   `2024年l2月`, `3点l5分`) or a decimal point or colon after a digit (`6.O5`,
 *   `10:O5`):
 *   `LEADS_NUMBER`;
 * - at the run's end, before a unit, magnitude or date word (`15O万元`,
 *   `15OO米`, `2O2O年`) or a decimal point before a digit: `ENDS_NUMBER`.
 * Hard-wrapped text (OCR, e-paper) breaks lines inside a date or a number
 * (`…7月` / `l8日…`): a line break beside the run is looked across.
 * A look-alike elsewhere at the run's ends is a letter, and so is every one
 * before or after it there (`O2O模式`: neither O is read).
 *
 * Not read at all: a run that touches a Latin letter (`iPhone l5`, `Win1O`,
 * `hello2O24`, `COVID`) or a character of a web address or code (`/l0l/`,
 * `a_1O`, `id=1O`, `www.l0l0l.com`): there letters and digits mix by design.
 */

/** Kinds of code units: a digit (`0`–`9`, `０`–`９`), a look-alike of 0, a look-alike of 1. */
const DIGIT = 1;
const ZERO_LIKE = 2;
const ONE_LIKE = 3;

const KIND = buildKinds();

function buildKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) kinds[c] = DIGIT;
  for (let c = 0xff10; c <= 0xff19; c++) kinds[c] = DIGIT;
  // O o 〇 Ｏ ｏ
  for (const c of "Oo\u3007\uff2f\uff4f") kinds[c.charCodeAt(0)] = ZERO_LIKE;
  // l I ｌ Ｉ ｜ (the full-width bar only: an ASCII `|` separates table cells)
  for (const c of "lI\uff4c\uff29\uff5c") kinds[c.charCodeAt(0)] = ONE_LIKE;
  return kinds;
}

/**
 * Per UTF-16 code unit: 1 for a digit, 2 for a look-alike, else 0. The fold
 * ors these over a string: only a string that holds both (`OCR_BOTH`) may
 * need mending.
 */
export const OCR_MARK = buildMarks();
export const OCR_BOTH = 3;

function buildMarks(): Uint8Array {
  const marks = new Uint8Array(0x10000);
  for (let c = 0; c < marks.length; c++) if (KIND[c]! > 0) marks[c] = KIND[c] === DIGIT ? 1 : 2;
  return marks;
}

/**
 * A digit next to a look-alike, either way round: where a run to mend may be.
 * `5O`, `O0`, `l8`, `2〇`, `１ｌ`.
 */
const PAIR = /[0-9\uff10-\uff19][Oo\u3007\uff2f\uff4fIl\uff29\uff4c\uff5c]|[Oo\u3007\uff2f\uff4fIl\uff29\uff4c\uff5c][0-9\uff10-\uff19]/;
const PAIRS = new RegExp(PAIR.source, "g");

/** Cheap, exact pre-test: `text` holds a digit next to a look-alike. */
export function mayHoldOcrDigits(text: string): boolean {
  return PAIR.test(text);
}

/**
 * Words a number follows, for a look-alike that starts a run: the date and
 * time words before a day, month or minute (`7月l8日`, `2024年l2月`,
 * `3时O5分`, `3点l5分`).
 */
const LEADS_NUMBER = new Set([..."年月日时点"]);

/**
 * Words that end a number, for a look-alike that ends a run: magnitudes,
 * units, measure words and date words (`15O万元`, `2O2O年`, `3OO米`,
 * `1O余人`, `5O%`), and ordinal words that a number names (`第2O届`, `1O号楼`).
 */
const ENDS_NUMBER = new Set([
  ..."万亿千百元角米吨亩户人个次台辆件家座所名位岁克斤里倍度余多",
  ..."年月日号时点分秒天周届期版楼层条款项",
  ..."%‰℃％",
]);

/**
 * Web addresses, code and identifiers: a run next to one of these is no
 * number. An ASCII `|` (a table's cell border, and what `｜` folds to) too.
 */
const CODE_CHARS = new Set([..."/\\_=?&#@|"]);

/** True for an ASCII or full-width Latin letter. */
function isLatinLetter(c: number): boolean {
  const a = c >= 0xff21 && c <= 0xff5a ? c - 0xfee0 : c;
  return (a >= 0x41 && a <= 0x5a) || (a >= 0x61 && a <= 0x7a);
}

/** True for a decimal point (`.`, `．`). */
function isPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

/** True when the code unit at `i` (out of range: none) is a digit. */
function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && KIND[text.charCodeAt(i)] === DIGIT;
}

/**
 * True when the character at `i`, next to a run, makes the run no number: a
 * Latin letter, a character of code or a web address, or a point between the
 * run and a letter other than a look-alike (`www.l0l`, `l0l.com`).
 */
function closesAsCode(text: string, i: number, away: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (isLatinLetter(c) || CODE_CHARS.has(text[i]!)) return true;
  const beyond = i + away;
  if ((c !== 0x2e && c !== 0x2d) || beyond < 0 || beyond >= text.length) return false;
  // A look-alike there may be a digit of the number before the point (`0I.0o0`): it counts as no letter.
  const b = text.charCodeAt(beyond);
  return isLatinLetter(b) && KIND[b] === 0;
}

/** True when the character before a run (at `i`) lets a look-alike start it; across a line break, the previous line's last. */
function leadsNumber(text: string, i: number): boolean {
  if (i > 0 && text.charCodeAt(i) === 0x0a) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (isPoint(c) || c === 0x3a) return isDigitAt(text, i - 1);
  return LEADS_NUMBER.has(text[i]!);
}

/** True when the character after a run (at `i`) lets a look-alike end it; across a line break, the next line's first. */
function endsNumber(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 0x0a) i++;
  if (i >= text.length) return false;
  if (isPoint(text.charCodeAt(i))) return isDigitAt(text, i + 1);
  return ENDS_NUMBER.has(text[i]!);
}

/**
 * `folded` (the normalised copy of `original`, same length) with the
 * look-alikes that stand for digits in `original` replaced by those digits;
 * `folded` itself when there are none.
 */
export function mendOcrDigits(original: string, folded: string): string {
  let out = "";
  let copied = 0;
  const n = original.length;
  PAIRS.lastIndex = 0;
  for (let m = PAIRS.exec(original); m !== null; m = PAIRS.exec(original)) {
    let start = m.index;
    let end = m.index + 2;
    while (start > 0 && KIND[original.charCodeAt(start - 1)]! > 0) start--;
    while (end < n && KIND[original.charCodeAt(end)]! > 0) end++;
    PAIRS.lastIndex = end;
    // The words around the run are read in the folded copy: `．`, `／`, `Ａ` as `.`, `/`, `A`.
    if (closesAsCode(folded, start - 1, -1) || closesAsCode(folded, end, 1)) continue;
    // Look-alikes at the run's ends stay letters unless the words beside the run make them part of the number.
    let from = start;
    if (KIND[original.charCodeAt(from)] !== DIGIT && !leadsNumber(folded, start - 1)) {
      while (from < end && KIND[original.charCodeAt(from)] !== DIGIT) from++;
    }
    let to = end;
    if (KIND[original.charCodeAt(to - 1)] !== DIGIT && !endsNumber(folded, end)) {
      while (to > from && KIND[original.charCodeAt(to - 1)] !== DIGIT) to--;
    }
    for (let i = from; i < to; i++) {
      const kind = KIND[original.charCodeAt(i)];
      if (kind === DIGIT) continue;
      out += folded.slice(copied, i) + (kind === ZERO_LIKE ? "0" : "1");
      copied = i + 1;
    }
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}
