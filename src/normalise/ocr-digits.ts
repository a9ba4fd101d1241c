/**
 * OCR digit look-alikes: a letter O, o or the Han zero 〇 read where a printed
 * 0 stood, and l, I or ｜ where a 1 stood, inside a number written in Arabic
 * digits (`7月l8日`, `15O万元`, `3O0米`, `2O24年`). The normalised copy reads
 * them as the digits, so that dates and figures see the number; the text as
 * written keeps them. One code unit for one: offsets stay exact.
 *
 * A look-alike is read as a digit only inside a run of digits and look-alikes
 * that holds a digit, or that a decimal point or thousands comma and a digit
 * follow (`Ｏ．８％`, `ｌ，２００`), and only where its neighbours say it is
 * part of the number:
 * - between two characters of the run (`3O0米`, `2O24年`, `1l5`);
 * - at the run's start, after a date word that a number follows (`7月l8日`,
 *   `2024年l2月`, `3点l5分`) or a decimal point or colon after a digit (`6.O5`,
 *   `10:O5`):
 *   `LEADS_NUMBER`;
 * - at the run's end, before a unit, magnitude or date word (`15O万元`,
 *   `15OO米`, `2O2O年`) or a decimal point before a digit: `ENDS_NUMBER`;
 * - at the run's start, after any word, when the run goes on as a number's
 *   whole part: a decimal point and a digit follow it (`增长ｌ９．５％`,
 *   `增长Ｏ．８％`; the run's end is read then too, as above); or
 *   it is up to three characters and a thousands comma and a group of three
 *   digits follow (`面积ｌ，２００万亩`, `l2,500`; the run not starting with a
 *   look-alike of 0: `血型O，200名`): `goesOnAsNumber`. Not
 *   after a Latin word and a space (`Type I.5`), and not a run that ends in a
 *   look-alike (`O2O，300家`).
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
// `Ｏ．８`, `ｌ，２`: a look-alike, a decimal point or comma, a digit.
const PAIR =
  /[0-9\uff10-\uff19][Oo\u3007\uff2f\uff4fIl\uff29\uff4c\uff5c]|[Oo\u3007\uff2f\uff4fIl\uff29\uff4c\uff5c][.\uff0e,\uff0c]?[0-9\uff10-\uff19]/;
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

/** True when a thousands comma (`，` folds to `,`) and a group of three digits stand at `i` (`,200万`; not `,2000`, `,20`). */
function groupFollows(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2c && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

/**
 * True when a Latin letter and one space stand before a run that starts at
 * `start` (`Type I.5`): the run is a word's. A look-alike there is no
 * word's letter for this (`l.5 O.5`: the l may be read as a digit itself).
 */
function afterLatinWord(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  const c = text.charCodeAt(start - 2);
  return isLatinLetter(c) && KIND[c] === 0;
}

/**
 * True when the run `[start, end)` of `original` goes on as a number's whole
 * part after it (`folded` read for the words), so that look-alikes at its
 * start are digits whatever stands before it: a decimal point and a digit
 * follow it (`ｌ９．５％`, `Ｏ．８％`); a thousands group follows a run of up
 * to three that does not end in a look-alike nor start with one of 0
 * (`ｌ，２００万亩`, `l2,500`; not `O2O，300`, `血型O，200名`).
 */
function goesOnAsNumber(original: string, folded: string, start: number, end: number): boolean {
  if (afterLatinWord(folded, start)) return false;
  if (isPoint(folded.charCodeAt(end)) && isDigitAt(folded, end + 1)) return true;
  if (end - start > 3 || KIND[original.charCodeAt(start)] === ZERO_LIKE || !groupFollows(folded, end)) return false;
  // Look-alikes only at the start, or only look-alikes: `l2`, `lO1`, `ll`; not `O2O`, `l5O`.
  let digits = 0;
  for (let i = start; i < end; i++) if (KIND[original.charCodeAt(i)] === DIGIT) digits++;
  return KIND[original.charCodeAt(end - 1)] === DIGIT || digits === 0;
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
 *
 * A look-alike read as a digit can make its neighbour across a decimal point
 * or comma part of a number (`0ｌ．O5`: once the O is read after `．`, the
 * ｌ before it goes on as a number too), so the text is read again until a
 * pass reads nothing more: mending is then idempotent by construction. Each
 * pass only turns look-alikes into digits, so this ends; and it takes a
 * second pass only when the first read something, which is rare.
 */
export function mendOcrDigits(original: string, folded: string): string {
  let mended = mendOnce(original, folded);
  while (mended !== folded) {
    folded = mended;
    // The mended copy is its own original: folded already, its look-alikes left as they were.
    mended = mendOnce(mended, mended);
  }
  return mended;
}

/** One pass of `mendOcrDigits`. */
function mendOnce(original: string, folded: string): string {
  let out = "";
  let copied = 0;
  const n = original.length;
  PAIRS.lastIndex = 0;
  for (let m = PAIRS.exec(original); m !== null; m = PAIRS.exec(original)) {
    let start = m.index;
    // A look-alike before a point or comma (`Ｏ．８`): the run is what stands before the point.
    let end = m.index + (m[0].length === 3 ? 1 : 2);
    while (start > 0 && KIND[original.charCodeAt(start - 1)]! > 0) start--;
    while (end < n && KIND[original.charCodeAt(end)]! > 0) end++;
    PAIRS.lastIndex = end;
    // The words around the run are read in the folded copy: `．`, `／`, `Ａ` as `.`, `/`, `A`.
    if (closesAsCode(folded, start - 1, -1) || closesAsCode(folded, end, 1)) continue;
    // Look-alikes at the run's ends stay letters unless the words beside the run make them part of the number.
    // Read once per run, and runs are rare: a number's whole part going on after the run makes all its look-alikes digits.
    const goesOn = goesOnAsNumber(original, folded, start, end);
    let from = start;
    if (KIND[original.charCodeAt(from)] !== DIGIT && !leadsNumber(folded, start - 1) && !goesOn) {
      while (from < end && KIND[original.charCodeAt(from)] !== DIGIT) from++;
    }
    let to = end;
    if (KIND[original.charCodeAt(to - 1)] !== DIGIT && !endsNumber(folded, end) && !goesOn) {
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
