/**
 * Numerals: the regex parts that find a number in normalised text, and the
 * parser that gives its exact value.
 *
 * The text these run on is already normalised (`normaliseString`): full-width
 * digits are ASCII, 萬億兩點 are 万亿两点. `parseChineseNumber` normalises its
 * argument itself, so callers may hand it raw text.
 */
import { normaliseString } from "../../normalise/normalise.js";
import { charSet, isDigitAt } from "../../text/chars.js";
import { add, type Decimal, decimalFromDigits, decimalFromInt, isZero, shift, toNumber, ZERO } from "./decimal.js";

/** Arabic digits, thousands separators only in full groups of three. */
export const ARABIC =
  "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)" + // 4,191.26 · 735,014.5
  "|\\d+(?:\\.\\d+)?"; // 4191.26 · 80 · 0.07

/**
 * One character of a Chinese numeral. 千 and 百 are not numerals when they begin a
 * unit (千瓦 kW, 千克 kg, 千米 km, 百分点 pp), so `10千瓦` reads 10 kW, not 10000 瓦.
 */
/** Characters that are always numerals (千 and 百 are not: see `CN_CHAR`). */
export const CN_CHARS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾佰仟廿卅几";

const CN_CHAR =
  `[${CN_CHARS}]` + // 一百二十 · 壹佰贰拾 · 廿二 · 十几
  "|千(?!瓦|克|米|分点|卡|帕|伏|焦|赫)" + // 两千四百五, but not 10千瓦
  "|百(?!分)"; // 四五百, but not 1.4百分点

/** A Chinese decimal point: 十一点九, 一点五亿. */
const CN_POINT = "点[零〇一二两三四五六七八九]+";

/**
 * 兆 is 10^12 (Taiwan and Hong Kong money: 新台币2兆8,813亿元), but not where it begins a
 * unit of the metric prefix mega (兆瓦 MW, 兆焦, 兆赫, 兆帕, 兆字节, 兆欧, 兆伏, 兆比特, 兆位).
 */
const ZHAO = "兆(?!瓦|焦|赫|帕|字|欧|伏|比|位|电|克|米|吨|升)";

/**
 * 万/亿/兆 after a number, optionally followed by Arabic digits (grouped by commas or
 * not): 3万4000, 13万2, 1.5亿, 一万亿, 2兆8,813亿.
 */
const MAGNITUDE = `(?:[万亿]|${ZHAO})+(?:\\d{1,3}(?:,\\d{3})+(?![.\\d])|\\d+(?![.\\d]))?`;

/** A number in any writing: `4,191.26`, `1.5亿`, `四亿五千六百四十二万零一十五`, `3万4000`, `两三千万`. */
export const NUMBER = `(?:${ARABIC}|${CN_CHAR})(?:${CN_CHAR}|${CN_POINT}|${MAGNITUDE})*`;

/**
 * What may not stand before the first group of digits grouped by spaces, nor before the
 * space in front of it: a digit, a letter, a point, a comma or % (2019 12 000, A2 000,
 * 15.6% 12 000: a table row, a code, a list of numbers set apart by spaces).
 */
const NOT_BEFORE_GROUPS = charSet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%");

/** True when `text[i, i + 3)` are ASCII digits and no digit follows them: one group of a thousand. */
const groupAt = (text: string, i: number): boolean =>
  isDigitAt(text, i) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3);

/**
 * 12 000吨, 15 600千瓦时, 1 250万美元: digits grouped by thousands with one space between groups
 * (typeset copy and the SI style; U+3000, U+2009 and U+00A0 arrive as an ASCII space after
 * normalisation). `text[start, end)` is a run of ASCII digits; returns the end of the last group
 * when the run has one to three digits, does not begin with 0 (022 206 803 is a phone number)
 * and one or more groups of exactly three digits follow it, each after one space; else -1.
 * Not after a digit, letter, point, comma or % (with or without a space between: 2019 12 000,
 * A2 000, 15.6% 12 000 are table rows and codes), nor when a space and a digit, or a comma and
 * a digit, follow the last group (12 345 6789, 138 000 1234: a list or a phone number;
 * 12 000,500: two styles mixed).
 */
export function spacedGroupsEnd(text: string, start: number, end: number): number {
  if (end - start < 1 || end - start > 3 || text.charCodeAt(start) === 0x30) return -1;
  for (let i = start; i < end; i++) if (!isDigitAt(text, i)) return -1;
  const before = text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  if (NOT_BEFORE_GROUPS[text.charCodeAt(before) | 0] === 1) return -1;
  let last = -1;
  for (let at = end; text.charCodeAt(at) === 0x20 && groupAt(text, at + 1); at += 4) last = at + 4;
  if (last < 0) return -1;
  const next = text.charCodeAt(last);
  if ((next === 0x20 || next === 0x2c) && isDigitAt(text, last + 1)) return -1;
  return last;
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 兆: 12 };
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/**
 * The same tables indexed by UTF-16 code (-1: not in the table). `DIGIT[text[i]]` made
 * a one-character string and looked it up by name for every character read.
 */
function byCode(table: Readonly<Record<string, number>>): Int8Array {
  const codes = new Int8Array(0x10000).fill(-1);
  for (const [c, v] of Object.entries(table)) codes[c.charCodeAt(0)] = v;
  return codes;
}
const DIGIT_CODE = byCode(DIGIT);
const SMALL_UNIT_CODE = byCode(SMALL_UNIT);
const BIG_UNIT_CODE = byCode(BIG_UNIT);
const TENS_CODE = byCode(TENS);
/** The entry of `table` for the character at `i`, or undefined (also past the end). */
const at = (table: Int8Array, text: string, i: number): number | undefined => {
  const v = table[text.charCodeAt(i) | 0];
  return v === undefined || v < 0 ? undefined : v;
};

/** What a numeral says, exactly. */
export interface ParsedNumber {
  /** The value, or the lower bound of a sequential numeral (`两三千万` → 2e7). */
  value: Decimal;
  /** Upper bound of a sequential numeral (`两三千万` → 3e7), else null. */
  max: Decimal | null;
  /** `十几万`, `二十几`: a 几 stood for an unknown digit, read as "over" the value. */
  vague: boolean;
  /** Power of ten of the 万/亿/兆 that end the numeral (`10亿` → 8, `两三千万` → 4, `80` → 0). */
  trailingMagnitude: number;
  /** A single Chinese digit and nothing else (`一`, `两`, `三`): often not a quantity. */
  lone: boolean;
  /** Written digit by digit (`二〇二三`): a year or a code, not a quantity. */
  digitByDigit: boolean;
}

const ARABIC_STICKY = new RegExp(ARABIC, "y");
const ARABIC_WHOLE = new RegExp(`^(?:${ARABIC})$`);
const DIGIT_STRING = /^[〇零一二三四五六七八九]{2,}$/;
/** The characters of `DIGIT_STRING`: a numeral that begins with none of them is not one. */
const DIGIT_STRING_CHAR = charSet("〇零一二三四五六七八九");
/** Two neighbouring digits before a unit: 两三千万, 三四十万, 四五百, 七八(个), 一两(个). */
const SEQUENTIAL = /^([一两二三四五六七八])([两二三四五六七八九])(?=[十百千万亿]|$)/;
const SEQUENTIAL_FIRST = new Uint8Array(0x10000);
for (const c of "一两二三四五六七八") SEQUENTIAL_FIRST[c.charCodeAt(0)] = 1;

/**
 * Parses a whole string as one number, in any writing: Arabic (`4,191.26`, `０．１５`),
 * Chinese (`一百二十万`, `两千四百五` = 2450, `一万零十二`, `廿二`), financial (`壹佰贰拾`),
 * Traditional (`兩億`), mixed (`1.5亿`, `3万4000`, `13万2` = 132000), digit by digit
 * (`二〇二三` = 2023). Returns null for anything else, including a range (`两三千`), a
 * vague numeral (`十几万`) and a percentage (`百分之十一点九`: a percent, not a number —
 * the figures recogniser reads it as 11.9 %).
 */
export function parseChineseNumber(text: string): number | null {
  const parsed = parseNumeral(normaliseString(text.trim()));
  if (!parsed || parsed.max !== null || parsed.vague) return null;
  return toNumber(parsed.value);
}

/** Parses a normalised numeral (a match of `NUMBER`); null when it is not well formed. */
export function parseNumeral(text: string): ParsedNumber | null {
  if (text.length === 0 || text === "几") return null; // 几个, 几天: no value to give
  const plain = plainDecimal(text);
  // `ARABIC_WHOLE` begins with a digit: a Chinese numeral is not tried against it.
  if (plain !== null || (isDigitAt(text, 0) && ARABIC_WHOLE.test(text))) {
    // The common case, 4191.26 or 735,014.5: no Chinese to read.
    const value = plain ?? decimalFromDigits(text);
    return { value, max: null, vague: false, trailingMagnitude: 0, lone: false, digitByDigit: false };
  }
  const digit = text.length === 1 ? at(DIGIT_CODE, text, 0) : undefined;
  if (digit !== undefined && digit > 0) {
    // 三, 两: one digit alone, the commonest Chinese numeral.
    return { value: decimalFromInt(digit), max: null, vague: false, trailingMagnitude: 0, lone: true, digitByDigit: false };
  }
  let trailingMagnitude = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const big = at(BIG_UNIT_CODE, text, i);
    if (big === undefined) break;
    trailingMagnitude += big;
  }

  const sequential = SEQUENTIAL_FIRST[text.charCodeAt(0) | 0] === 1 ? SEQUENTIAL.exec(text) : null;
  if (sequential) {
    const [, first = "", second = ""] = sequential;
    if ((DIGIT[second] ?? -1) === (DIGIT[first] ?? -9) + 1) {
      const rest = text.slice(2);
      const low = parseCore(first + rest);
      const high = parseCore(second + rest);
      if (!low || !high) return null;
      return { value: low.value, max: high.value, vague: false, trailingMagnitude, lone: false, digitByDigit: false };
    }
  }
  if (DIGIT_STRING_CHAR[text.charCodeAt(0) | 0] === 1 && DIGIT_STRING.test(text)) {
    let digits = "";
    for (const c of text) digits += String(DIGIT[c] ?? 0);
    return { value: decimalFromDigits(digits), max: null, vague: false, trailingMagnitude, lone: false, digitByDigit: true };
  }
  const core = parseCore(text);
  if (!core) return null;
  // Object literals, not `{ ...base }`: V8 builds a spread object on a slow path (~2 µs).
  const lone = text.length === 1 && DIGIT[text] !== undefined;
  return { value: core.value, max: null, vague: core.vague, trailingMagnitude, lone, digitByDigit: false };
}

/**
 * `80`, `2019`, `4191.26`: ASCII digits with at most one point inside, read without a
 * regex; null for anything else (`735,014.5` and Chinese go the long way).
 */
function plainDecimal(text: string): Decimal | null {
  const length = text.length;
  let point = -1;
  // The value of the digits read, used only when there are at most four and no point:
  // exact there, and it spares converting the string a second time.
  let small = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e && point < 0 && i > 0 && i < length - 1) point = i;
    else if (c < 0x30 || c > 0x39) return null;
    else small = small * 10 + (c - 0x30);
  }
  if (point >= 0) {
    return { mantissa: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: length - point - 1 };
  }
  if (length > 4) return { mantissa: BigInt(text), scale: 0 };
  return decimalFromInt(small);
}

/**
 * The positional reading. Sections below 万 accumulate in `section`; 万 closes a
 * section into `wan`; 亿 multiplies everything so far since the last 兆 (so 一万亿 is
 * 1e12); 兆 multiplies everything so far by 1e12 (2兆8813亿 = 2.8813e12). A single
 * digit right after a unit is the abbreviated next place: 两千四百五 = 2450, 13万2 =
 * 132000 — unless a 零 stood between (一百零五 = 105). A leading 几 is "some" of the
 * place after it, read as one of it (几十 → 10, 几万 → 10000, vague); a later 几 is
 * an unknown digit, read as zero (十几 → 10, vague).
 */
function parseCore(text: string): { value: Decimal; vague: boolean } | null {
  let zhao = ZERO; // everything multiplied by 兆
  let high = ZERO; // everything multiplied by 亿 so far (since the 兆)
  let wan = ZERO; // the 万 group since the last 亿
  let section = ZERO; // below 万
  let pending: Decimal | null = null; // a digit or Arabic number waiting for its unit
  let pendingAbbreviates = false;
  let lastExponent = 0; // power of ten of the last unit read
  let smallCap = 4; // small units within a section must fall: 五千三百, not 三百五千
  let lastWasUnit = false;
  let afterZero = false;
  let vague = false;
  let wanSinceYi = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      ARABIC_STICKY.lastIndex = i;
      const m = ARABIC_STICKY.exec(text);
      if (!m || pending !== null) return null;
      pending = plainDecimal(m[0]) ?? decimalFromDigits(m[0]); // 1.5 of 1.5亿 without the comma pass
      pendingAbbreviates = lastWasUnit && !afterZero && m[0].length === 1;
      lastWasUnit = false;
      i += m[0].length;
      continue;
    }
    const digit = at(DIGIT_CODE, text, i);
    if (digit !== undefined) {
      if (pending !== null) return null;
      if (digit === 0) {
        afterZero = true;
        lastWasUnit = false;
      } else {
        pending = decimalFromInt(digit);
        pendingAbbreviates = lastWasUnit && !afterZero;
        lastWasUnit = false;
      }
      i++;
      continue;
    }
    if (code === 0x51e0) {
      // 几
      if (pending !== null) return null;
      pending = i === 0 ? decimalFromInt(1) : ZERO; // 几十 → 10, 十几 → 10
      pendingAbbreviates = false;
      vague = true;
      lastWasUnit = false;
      i++;
      continue;
    }
    if (code === 0x70b9) {
      // 点
      let fraction = "";
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = at(DIGIT_CODE, text, j);
        if (d === undefined) break;
        fraction += String(d);
      }
      if (fraction.length === 0 || (pending === null && isZero(section) && !afterZero)) return null;
      const whole = add(section, pending ?? ZERO);
      pending = add(whole, shift(decimalFromDigits(fraction), -fraction.length));
      section = ZERO;
      pendingAbbreviates = false;
      smallCap = 0;
      lastWasUnit = false;
      i = j;
      continue;
    }
    const small = at(SMALL_UNIT_CODE, text, i);
    const tens = at(TENS_CODE, text, i);
    if (small !== undefined || tens !== undefined) {
      const exponent = small ?? 1;
      if (exponent >= smallCap) return null;
      if (pending === null && lastWasUnit && lastExponent < 4) return null; // 十十
      if (tens !== undefined) {
        if (pending !== null) return null;
        section = add(section, decimalFromInt(tens));
      } else {
        section = add(section, shift(pending ?? decimalFromInt(1), exponent));
      }
      pending = null;
      smallCap = exponent;
      lastExponent = exponent;
      lastWasUnit = true;
      afterZero = false;
      i++;
      continue;
    }
    const big = at(BIG_UNIT_CODE, text, i);
    if (big !== undefined) {
      const group = add(section, pending ?? ZERO);
      if (big === 4) {
        if (isZero(group) || wanSinceYi) return null;
        wan = shift(group, 4);
        wanSinceYi = true;
      } else if (big === 12) {
        const all = add(add(high, wan), group);
        if (isZero(all) || !isZero(zhao)) return null;
        zhao = shift(all, 12);
        high = ZERO;
        wan = ZERO;
        wanSinceYi = false;
      } else {
        const all = add(add(high, wan), group);
        if (isZero(all)) return null;
        high = shift(all, 8);
        wan = ZERO;
        wanSinceYi = false;
      }
      section = ZERO;
      pending = null;
      smallCap = 4;
      lastExponent = big;
      lastWasUnit = true;
      afterZero = false;
      i++;
      continue;
    }
    return null;
  }
  if (pending !== null && pendingAbbreviates && lastExponent >= 1) {
    pending = shift(pending, lastExponent - 1);
  }
  // Without a 兆 (nearly always) `zhao` is ZERO, which adds nothing: one add the fewer.
  const below = add(high, wan);
  const value = isZero(zhao) ? add(below, add(section, pending ?? ZERO)) : add(add(zhao, below), add(section, pending ?? ZERO));
  return { value, vague };
}
