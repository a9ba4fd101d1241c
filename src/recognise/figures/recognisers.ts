/**
 * Span finders: one pass over the normalised text with a global regex that stops
 * at every numeral, then sticky regexes at the numeral's end that read what
 * follows it (多/余, a magnitude, a unit, 左右/以上, a range's second bound, a
 * product's second factor). Nothing is rescanned: every regex is driven by
 * `lastIndex`, and the scan resumes where the last figure ended.
 *
 * The result is a list of raw figures — value, unit, where each part stands — that
 * the refiners then judge (is it a date? a rank? an idiom?) and dress (qualifier,
 * subject, change). Spans are half-open `[start, end)` UTF-16 offsets; the
 * normalised text has the length of the original, so they are offsets in both.
 */
import type { FigureKind } from "../../schema.js";
import { add, compare, type Decimal, decimalFromInt, multiply, ratio, shift, toNumber } from "./decimal.js";
import { CN_CHARS, NUMBER, type ParsedNumber, parseNumeral, spacedGroupsEnd } from "./numbers.js";
import { firstCharTable } from "./first-chars.js";
import { charSet, has, isAsciiDigit, isAsciiLetterAt, isDigitAt, isHanAt, WHITE_SPACE } from "../../text/chars.js";
import { CODE_SIGNS, DOLLAR_SIGNS, FOOT, UNIT_FIRST_CHARS, type UnitEntry, unitAt, unitOf } from "./units.js";

/** A figure as found, before the refiners judge it. */
export interface RawFigure {
  /** First character of the number (or of 百分之 / 半). */
  start: number;
  /** After the unit and any 左右/以上 that follows it. */
  end: number;
  value: Decimal;
  max: Decimal | null;
  kind: FigureKind;
  /** The unit row; null for a bare 万/亿 read as money (`总投资5亿`). */
  entry: UnitEntry | null;
  /** Where the unit word stands (`unitStart === unitEnd` when there is none). */
  unitStart: number;
  unitEnd: number;
  /** 多/余/几 → over, 来 → about. */
  vague: "over" | "about" | null;
  /** 左右/上下 → about, 以上 → over, 以下/以内 → under. */
  post: "over" | "about" | "under" | null;
  /** The first number as parsed. */
  number: ParsedNumber;
  /** The first numeral as written (normalised). */
  numeral: string;
  /** True for a range, a product, a fraction or N and a half (not one bare number). */
  compound: boolean;
  /**
   * A count's measure when it is written before the number (`unitStart`/`unitEnd`
   * then point into the noun: 人次 of 游客人次超过800万) or not at all: the
   * measure the noun implies (客流量达120万 → 人次).
   */
  unitWord?: string;
}

const NUMBER_STICKY = new RegExp(NUMBER, "y");
/** 多/余 over, 几 over, 来 about: 100多个 · 6000余元 · 百来元 (`VAGUE_START` holds them). */
const DUO = 0x591a; // 多
const YU = 0x4f59; // 余
const LAI = 0x6765; // 来
const WEI = 0x4e3a; // 为
/** A magnitude after 多/余: 10多万元 · 70余万 · 万亿. */
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
/**
 * After the unit: 20亿元左右 · 90%以上 · 300亿元以上 · 100万新元或以上 · 3个及以上 (以上 with its
 * 或/及: "or more", as 以上 alone) · 60岁及以下.
 */
const POST = /左右|上下|[或及]?以上|之上|有余|[或及]?以下|以内|之内/y;
/**
 * Range connectors: 5—10亿元 · 2至3个月 · 1－2个 · 5~10, with a space on either side or
 * none (5 至 10 亿元, 8000 - 9000元, 300 -350亿元). A dash between two numbers whose first is
 * the larger is no range but the second's sign (贵州茅台 1788.00 -0.42%: a price and a fall,
 * not 1788 to 0.42): `readNumber` makes no range whose lower bound is above the upper.
 */
const RANGE = /\s?(?:至|到|——|—|–|-|~|～)\s?/y;
/** Product: 2×100万千瓦. */
const PRODUCT = /\s?[×xX*]\s?/y;

// Tables of the characters each sticky regex can begin with; a range or product sign may
// stand after a space (`WHITE_SPACE` is what `\s` matches).
const POST_FIRST = charSet("左上以之有或及");
const RANGE_FIRST = charSet(`至到—–-~～${WHITE_SPACE}`);
const PRODUCT_FIRST = charSet(`×xX*${WHITE_SPACE}`);
const GE_FIRST = charSet("个");

/** Whether `re` (sticky) matches at `at`: `stickyAt` as a yes or no, without a match array. */
export function matchesAt(re: RegExp, first: Uint8Array, text: string, at: number): boolean {
  if (first[text.charCodeAt(at) | 0] !== 1) return false;
  re.lastIndex = at;
  return re.test(text);
}

/** `re` (sticky) at `at`, skipping the regex when the character there cannot begin a match. */
function stickyAt(re: RegExp, first: Uint8Array, text: string, at: number): RegExpExecArray | null {
  if (first[text.charCodeAt(at) | 0] !== 1) return null;
  re.lastIndex = at;
  return re.exec(text);
}

const POST_QUALIFIER: Readonly<Record<string, "over" | "about" | "under">> = {
  左右: "about", 上下: "about", 以上: "over", 之上: "over", 有余: "over", 以下: "under", 以内: "under", 之内: "under",
  或以上: "over", 及以上: "over", 或以下: "under", 及以下: "under",
};

/** What follows a number. */
interface Tail {
  vague: "over" | "about" | null;
  /** Power of ten of a 万/亿 after 多/余. */
  magnitude: number;
  entry: UnitEntry | null;
  unitStart: number;
  unitEnd: number;
  post: "over" | "about" | "under" | null;
  /** And a half: 一年半, 两个半小时, 一个半月. */
  half: boolean;
  /** Units of the canonical unit after 成: 九成五 → 5 (95 %), 三成半 → 5 (35 %). */
  points: number;
  /** After everything read. */
  end: number;
}

/** Units a 半 may follow, or stand between 个 and: 一年半, 三天半, 一个半月, 两个半小时. */
const HALF_AFTER: ReadonlySet<string> = new Set(["年", "天", "日", "小时", "钟头", "周", "星期"]);
/** After 个: a duration word with 半 or 多 before it (一个半月, 两个多小时, 两个多季度), or 亿 (3个亿). */
const GE_WORDS = "亿(?!元)|月|小时|钟头|星期|礼拜|季度"; // 12个亿元以上项目: 12 projects
const GE = new RegExp(`个([半多]?)(${GE_WORDS})`, "y");
/**
 * What may stand right after the 个 of `GE`: 半, 多 or the first character of a word.
 * Most 个 are measure words (3个项目): one lookup spares them the regex.
 */
const GE_SECOND = firstCharTable(`[半多]|${GE_WORDS}`);

function readTail(text: string, at: number): Tail {
  let pos = at;
  let vague: Tail["vague"] = null;
  let magnitude = 0;
  // 多/余/几/来 and a 万/亿 after them are single characters: read by code, not by a regex.
  const v = VAGUE_START[text.charCodeAt(pos) | 0] === 1 ? text.charCodeAt(pos) : 0;
  if (v !== 0) {
    vague = v === LAI ? "about" : "over";
    pos += 1;
    const mag = text.charCodeAt(pos);
    if (mag === WAN) {
      const wanYi = text.charCodeAt(pos + 1) === YI;
      magnitude = wanYi ? 12 : 4;
      pos += wanYi ? 2 : 1;
    } else if (mag === YI) {
      magnitude = 8;
      pos += 1;
    }
  }
  let half = false;
  let entry: UnitEntry | null = null;
  let unitStart = pos;
  let unitEnd = pos;
  const ge = magnitude === 0 && GE_SECOND[text.charCodeAt(pos + 1) | 0] === 1 ? stickyAt(GE, GE_FIRST, text, pos) : null;
  const middle = ge?.[1] ?? ""; // 半 or 多 between 个 and the word
  const word = ge?.[2] ?? "";
  if (ge && word === "亿") {
    // 投资3个亿, 30多个亿, 3个多亿, 1个半亿: colloquial 亿 (a money word before it decides).
    magnitude = 8;
    if (middle === "多") vague = "over";
    half = middle === "半";
    pos += ge[0].length;
    unitStart = pos;
    unitEnd = pos;
    entry = unitAt(text, pos);
    if (entry && entry.kind !== "money") entry = null;
    if (entry) unitEnd = pos + entry.word.length;
  } else if (ge && middle !== "") {
    // 一个半月 → 1.5 month, 两个多小时 → over 2 hours: the row of 个月 / 个小时 / 个星期.
    entry = unitOf(`个${word}`) ?? null;
    if (entry) {
      half = middle === "半";
      if (middle === "多") vague = "over";
      unitEnd = pos + ge[0].length;
    }
  } else {
    entry = unitAt(text, pos);
    unitEnd = entry ? pos + entry.word.length : pos;
    if (entry !== null && entry.kind === "count") unitEnd = alternativeMeasureEnd(text, unitEnd);
    else if (entry !== null && entry.kind === "mass") unitEnd = commodityEnd(text, unitEnd);
    if (entry && entry.kind === "duration" && text.charCodeAt(unitEnd) === 0x534a /* 半 */ && HALF_AFTER.has(entry.word)) {
      half = true; // 一年半, 三天半
      unitEnd++;
    }
  }
  if (!entry && vague && magnitude === 0 && v !== DUO && v !== YU) {
    // 几/来 with nothing after is not part of the figure (二十来 … rare, 几 as in 几乎).
    return { vague: null, magnitude: 0, entry: null, unitStart: at, unitEnd: at, post: null, half: false, points: 0, end: at };
  }
  const afterUnit = entry !== null && (DUO_AFTER_UNIT.has(entry.kind) || entry.condition === "chinese-digit");
  if (afterUnit && vague === null && !half && text.charCodeAt(unitEnd) === DUO) {
    // 两年多, 三天多, 一亩多地, 60公斤多, 四成多: 多 after the unit is "more than" — unless it begins a
    // word (两年多次, 三天多云, 一亩多少钱; after 成 also 多为: 四成多为女性 may be "mostly", and is
    // read as before, 四成).
    const next = unitEnd + 1;
    const mostly = entry !== null && entry.kind === "percent" && text.charCodeAt(next) === WEI;
    const word = has(NOT_AFTER_DUO, text, next) && !plantAt(text, next);
    const numeralNext = START[text.charCodeAt(next) | 0] !== 0 && !aLittle(text, next);
    if (!mostly && !word && !numeralNext && !unitAt(text, next)) {
      vague = "over";
      unitEnd = next;
    }
  }
  let points = 0;
  if (entry !== null && entry.condition === "chinese-digit" && vague === null) {
    // 九成五, 三成半: a digit after 成 is the next place (a percent), unless a numeral or a
    // unit goes on after it (三成五年 is not 35 %).
    const digit = POINTS_DIGIT[text.charCodeAt(unitEnd) | 0] ?? 0;
    const next = unitEnd + 1;
    if (digit > 0 && START[text.charCodeAt(next) | 0] === 0 && text.charCodeAt(next) !== 0x70b9 && !unitAt(text, next)) {
      points = digit;
      unitEnd = next;
    }
  }
  let end = unitEnd;
  let post: Tail["post"] = null;
  if (entry) {
    // 9000元/平方米左右: the unit a price is given per is part of the figure, and 左右 comes after it.
    end = perUnitEnd(text, end, entry);
    const p = stickyAt(POST, POST_FIRST, text, end);
    if (p) {
      post = POST_QUALIFIER[p[0]] ?? null;
      end += p[0].length;
    }
  }
  return { vague, magnitude, entry, unitStart, unitEnd, post, half, points, end };
}

const SLASH = 0x2f; // /
const OPEN_PAREN = 0x28; // ( (normalisation makes （ one)
const CLOSE_PAREN = 0x29; // )

/**
 * After a second measure word in parentheses after a count's (农机2350台(套), 服务1.2万个(次),
 * 车辆300辆(台)): the unit is both, as written. Else `at`.
 */
function alternativeMeasureEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== OPEN_PAREN) return at;
  const other = unitAt(text, at + 1);
  if (other === null || other.kind !== "count") return at;
  const close = at + 1 + other.word.length;
  return text.charCodeAt(close) === CLOSE_PAREN ? close + 1 : at;
}

/**
 * What a mass is reckoned in, written after its unit: 42万吨标准煤, 541千克标煤, 46万吨二氧化碳当量,
 * 5万吨CO2当量, 100万吨油当量, 3吨碳当量. The unit stays the mass's (kind mass); the words are part of
 * the figure, so that none of them is taken as the subject of the next one (由568千克标准煤降至541千克).
 */
const COMMODITY = /标准煤(?:当量)?|标煤|(?:二氧化碳|CO2|CO₂|碳|石油|油)当量/y;
const COMMODITY_FIRST = charSet("标二C碳石油");

/** After a mass unit's commodity (`COMMODITY`) at `at`, else `at`. */
function commodityEnd(text: string, at: number): number {
  const m = stickyAt(COMMODITY, COMMODITY_FIRST, text, at);
  return m === null ? at : at + m[0].length;
}

/**
 * After the unit a figure is given per when one follows `at` (元/平方米 → after 平方米, 吨/年 → after
 * 年), else `at`. A price may be given per an amount of a measure (1.2元/500克, 4.2元/500g,
 * 30元/100毫升: `perAmountEnd`).
 */
function perUnitEnd(text: string, at: number, entry: UnitEntry): number {
  if (text.charCodeAt(at) !== SLASH) return at;
  const per = unitAt(text, at + 1);
  if (per !== null) return per.kind !== "money" ? at + 1 + per.word.length : at;
  return entry.kind === "money" ? perAmountEnd(text, at) : at;
}

/** Measures a price may be given per an amount of (元/500克, 元/100毫升, 元/10平方米). */
const PER_AMOUNT_KINDS: ReadonlySet<string> = new Set(["mass", "volume", "area", "length"]);
/** How many characters the amount after a price's slash may have (500, 2.5, 1000). */
const PER_AMOUNT_MAX = 6;
const LATIN_G = 0x67; // g

/**
 * After `/N<measure>` at the slash `slash` (1.2元/500克, 8元/2.5kg, 4.2元/500g: the amount of the
 * measure a price is given per), else `slash`. The amount is Arabic digits with a decimal part at
 * most; the measure a mass, volume, area or length word, or a lower-case g (grams, as price labels
 * write it) that no letter follows. Not a count or money after the digits: 3元/5元 are two
 * prices, 10元/3个 is left as before.
 */
function perAmountEnd(text: string, slash: number): number {
  const from = slash + 1;
  let i = from;
  while (i - from < PER_AMOUNT_MAX && (isDigitAt(text, i) || (i > from && text.charCodeAt(i) === POINT))) i++;
  if (i === from || !isDigitAt(text, i - 1) || isDigitAt(text, i)) return slash;
  if (text.charCodeAt(i) === LATIN_G) return isAsciiLetterAt(text, i + 1) ? slash : i + 1;
  const measure = unitAt(text, i);
  return measure !== null && PER_AMOUNT_KINDS.has(measure.kind) ? i + measure.word.length : slash;
}
const HALF_DECIMAL: Decimal = { mantissa: 5n, scale: 1 };
/**
 * Kinds whose unit 多 may follow as "more than": durations and measures (两年多, 一亩多, 3米多),
 * and money (就有3元多用于研发, 80元多一点, 2万元多).
 */
const DUO_AFTER_UNIT: ReadonlySet<string> = new Set(["duration", "area", "mass", "length", "volume", "money"]);
/** Characters after 多 that make it a word of its own: 多云, 多少, 多样, 多方, 多种. */
const NOT_AFTER_DUO = charSet("云雨雪风阴晴雾少样方种次位名家人个项数重元");
/** 一点/一些 after 多 (80元多一点, 两年多一些): "a little more", no numeral of a next figure. */
const A_LITTLE = /一[点些]/y;
const A_LITTLE_FIRST = charSet("一");

/** True when 一点/一些 stands at `at`. */
function aLittle(text: string, at: number): boolean {
  return matchesAt(A_LITTLE, A_LITTLE_FIRST, text, at);
}
const ZHONG = 0x79cd; // 种
/** After 种: the verb 种 (种植, 种养, 种着, 种下, 种上, 种满, 种了) or 种子 — not 多种, "many kinds". */
const PLANT_AFTER = charSet("植养着下上满了子");

/** True when 种 at `at` is the verb "plant" or 种子 (三亩多种植大棚, 60公斤多种子): 多 before it ends a figure. */
function plantAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === ZHONG && has(PLANT_AFTER, text, at + 1);
}
/** The digit after 成 (九成五), 半 as five (三成半); 0 for anything else. */
const POINTS_DIGIT = new Uint8Array(0x10000);
{
  const digits = "一二三四五六七八九";
  for (let d = 0; d < digits.length; d++) POINTS_DIGIT[digits.charCodeAt(d)] = d + 1;
  POINTS_DIGIT["半".charCodeAt(0)] = 5;
}

/**
 * The value a number and its tail state, in the unit's canonical scale; `half` says
 * whether the tail's 半 belongs to this number (not when a range's lower bound borrows
 * the upper bound's unit: 一到两年半).
 */
function scaled(n: Decimal, tail: Tail, half = tail.half): Decimal {
  const shifted = shift(half ? add(n, HALF_DECIMAL) : n, tail.magnitude + (tail.entry?.exponent ?? 0));
  const value = tail.points === 0 ? shifted : add(shifted, decimalFromInt(tail.points));
  const r = tail.entry?.ratio;
  return r ? ratio(value, r[0], r[1]) : value;
}

function sameUnit(a: UnitEntry, b: UnitEntry): boolean {
  return a.kind === b.kind && (a.unit === b.unit || a.word === b.word);
}

/**
 * Whether a range's upper bound is given per the unit its lower bound is given per
 * (8000元/平方米-9000元/平方米); true when the lower bound names none (8000-9000元/平方米).
 */
function samePer(text: string, lower: RawFigure | null, upper: Tail): boolean {
  if (lower === null || lower.end === lower.unitEnd) return true;
  const per = text.slice(lower.unitEnd, lower.end);
  return text.startsWith(per, upper.unitEnd) && upper.entry !== null && perUnitEnd(text, upper.unitEnd, upper.entry) === upper.unitEnd + per.length;
}

// ───────────────────────── the scan ─────────────────────────
//
// The scan stops only where a figure can begin — a digit, a Chinese numeral, 百 (of
// 百分之) or 半 — by one table lookup per character; a regex that tried its
// alternatives at every position spent most of the stage's time there. At each stop
// three readings are tried in order — 百分之N, 半(?=个?月…), a numeral N and what
// follows it (a unit, a range, a product, 分之M, 一半) — as a global regex would.

// Tables are indexed by `text.charCodeAt(i) | 0`: past the end the code is NaN, `| 0`
// makes it 0 (in no table) and keeps V8's typed-array loads on their fast path.

/** What may begin a figure: a numeral character, 百 (百分之 or a numeral) or 半. */
const START = new Uint8Array(0x10000);
const NUMERAL_START = 1;
const HALF_START = 2;
/** 万/亿 with no numeral before them: a figure only after a prefix (`barePrefix`: 近万, 上万) or before 余/多. */
const MAGNITUDE_START = 3;
/**
 * Characters after a plain numeral that may make it part of a figure: more numeral,
 * 多/余/几/来, the first character of a unit, a range or product sign, a space, 分 (of
 * 分之), 半. After any other character, 一 in 统一 or 进一步 is passed over without a parse.
 */
const LIVELY = new Uint8Array(0x10000);
/** First characters of 多/余/几/来. */
const VAGUE_START = new Uint8Array(0x10000);
{
  for (const c of "多余几来") VAGUE_START[c.charCodeAt(0)] = 1;
  for (const c of `0123456789${CN_CHARS}千百`) START[c.charCodeAt(0)] = NUMERAL_START;
  START["半".charCodeAt(0)] = HALF_START;
  for (const c of "万亿") START[c.charCodeAt(0)] = MAGNITUDE_START;
  const lively = `0123456789.,${CN_CHARS}千百点万亿兆多余几来至到—–-~～×xX*分半`;
  for (const c of lively) LIVELY[c.charCodeAt(0)] = 1;
  for (const c of UNIT_FIRST_CHARS) LIVELY[c.charCodeAt(0)] = 1;
  for (const c of WHITE_SPACE) LIVELY[c.charCodeAt(0)] = 1;
}
const ONE_CHAR_NUMERAL = new Uint8Array(0x10000);
for (const c of CN_CHARS) ONE_CHAR_NUMERAL[c.charCodeAt(0)] = 1;

/** 半年 · 半个月, but not 上半年. */
const HALF = /(?<![上下前后多])半(?=个?(?:月|年|天|小时|钟头))/y;
const HALF_VALUE: ParsedNumber = {
  value: { mantissa: 5n, scale: 1 }, max: null, vague: false, trailingMagnitude: 0, lone: false, digitByDigit: false,
};

/** Finds the raw figures of a normalised text, in order, without overlaps. */
export function findFigures(text: string): RawFigure[] {
  const found: RawFigure[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const start = START[code] ?? 0;
    if (start === 0) {
      at++;
    } else if (start === HALF_START) {
      at = readHalf(text, at, found);
    } else if (start === MAGNITUDE_START) {
      at = readBareMagnitude(text, at, found);
    } else if (code === 0x767e && text.startsWith("百分之", at)) {
      at = readPercent(text, at, found);
    } else {
      // 统一, 进一步, 之一, 10月: a plain run of digits or numerals with nothing after it
      // that could make a figure is passed over without a parse.
      const end = plainRunEnd(text, at, code);
      const plain = end > at && LIVELY[text.charCodeAt(end) | 0] !== 1 && (at === 0 || SIGN_LAST[text.charCodeAt(at - 1)] !== 1);
      at = plain ? end : readNumber(text, at, end, found);
    }
  }
  return found;
}

/**
 * 万余人, 近万人次, 上万名, 过亿元: a bare 万/亿 is a number only with such words around it.
 * Out of `findFigures`, so that its loop over every character stays small.
 */
function readBareMagnitude(text: string, at: number, found: RawFigure[]): number {
  const next = text.charCodeAt(at + 1);
  // 万分之五 → 0.05 %, 亿分之三: a bare 万/亿 as the denominator of a fraction (as 千分之三 is).
  if (next === FEN && text.startsWith("分之", at + 1)) return readFraction(text, at, text.charAt(at), found);
  return next === DUO || next === YU || prefixedBare(text, at) ? readNumber(text, at, at, found) : at + 1;
}

/**
 * End of the run of ASCII digits or of Chinese numerals at `at` when it is the whole
 * numeral `NUMBER` would match there (nothing such as 千/点/万/a comma follows); else `at`.
 */
function plainRunEnd(text: string, at: number, code: number): number {
  let end = at;
  if (isAsciiDigit(code)) {
    while (isDigitAt(text, end)) end++;
    return AFTER_DIGITS[text.charCodeAt(end) | 0] === 1 ? at : end;
  }
  if (ONE_CHAR_NUMERAL[code] === 1) {
    while (ONE_CHAR_NUMERAL[text.charCodeAt(end) | 0] === 1) end++;
    return AFTER_CHINESE[text.charCodeAt(end) | 0] === 1 ? at : end;
  }
  return at;
}

/** 百分之十一点九 · 百分之百; a 百分之 without a numeral after it is passed over. */
function readPercent(text: string, start: number, found: RawFigure[]): number {
  NUMBER_STICKY.lastIndex = start + 3;
  const m = NUMBER_STICKY.exec(text);
  if (!m) return start + 1;
  const afterMatch = start + 3 + m[0].length;
  const n = parseNumeral(m[0]);
  if (!n || n.max !== null) return afterMatch;
  const p = stickyAt(POST, POST_FIRST, text, afterMatch);
  const end = p ? afterMatch + p[0].length : afterMatch;
  found.push({
    start, end, value: n.value, max: null, kind: "percent", entry: unitOf("%") ?? null,
    unitStart: start, unitEnd: start + 3, vague: n.vague ? "over" : null,
    post: p ? (POST_QUALIFIER[p[0]] ?? null) : null,
    number: n, numeral: m[0], compound: false,
  });
  return end;
}

/** 半年 · 半个月 · 半天. */
function readHalf(text: string, start: number, found: RawFigure[]): number {
  HALF.lastIndex = start;
  if (!HALF.test(text)) return start + 1;
  const tail = readTail(text, start + 1);
  if (!tail.entry || (tail.entry.kind !== "duration" && tail.entry.kind !== "count")) return start + 1;
  found.push({
    start, end: tail.end, value: scaled(HALF_VALUE.value, tail), max: null, kind: tail.entry.kind, entry: tail.entry,
    unitStart: tail.unitStart, unitEnd: tail.unitEnd, vague: null, post: tail.post, number: HALF_VALUE, numeral: "半",
    compound: false,
  });
  return tail.end;
}

/** Characters after a run of ASCII digits that `NUMBER` may go on with. */
const AFTER_DIGITS = new Uint8Array(0x10000);
/** Characters after a run of Chinese numerals that `NUMBER` may go on with. */
const AFTER_CHINESE = new Uint8Array(0x10000);
{
  for (const c of `${CN_CHARS}千百点万亿兆,.`) AFTER_DIGITS[c.charCodeAt(0)] = 1;
  for (const c of "千百点万亿兆") AFTER_CHINESE[c.charCodeAt(0)] = 1;
}

/**
 * The numeral at `start` (a match of `NUMBER`), or null. Plain runs — `2019`, `三` —
 * are read by hand; anything with 千/百/点/万/亿, a comma or a point goes to the regex.
 * `runEnd` is `plainRunEnd` at `start`, when the caller has it.
 */
function numeralAt(text: string, start: number, runEnd = plainRunEnd(text, start, text.charCodeAt(start))): string | null {
  if (runEnd > start) return text.slice(start, runEnd);
  if (START[text.charCodeAt(start) | 0] === MAGNITUDE_START) {
    // 万, 亿, 万亿 with no numeral before them (the scan checked the words around).
    let end = start + 1;
    while (START[text.charCodeAt(end) | 0] === MAGNITUDE_START) end++;
    return text.slice(start, end);
  }
  NUMBER_STICKY.lastIndex = start;
  const m = NUMBER_STICKY.exec(text);
  return m ? m[0] : null;
}

/** A numeral grouped by spaces, joined (`1250万`), and where it ends in the text. */
interface Grouped {
  readonly numeral: string;
  readonly end: number;
}

/**
 * 12 000吨, 1 250万美元, 12 000.5吨: the numeral whose first group of digits is `text[start, end)`
 * when groups of three follow it after spaces (`spacedGroupsEnd`), read without the spaces, with
 * what the last group goes on with (万, a decimal part); null when the digits are not so grouped.
 */
function groupedNumeral(text: string, start: number, end: number): Grouped | null {
  if (text.charCodeAt(end) !== 0x20) return null;
  const groupsEnd = spacedGroupsEnd(text, start, end);
  if (groupsEnd < 0) return null;
  const lastGroup = groupsEnd - 3;
  NUMBER_STICKY.lastIndex = lastGroup;
  const m = NUMBER_STICKY.exec(text); // 250万 of 1 250万, 000 of 12 000吨
  if (m === null) return null;
  return { numeral: text.slice(start, lastGroup).replaceAll(" ", "") + m[0], end: lastGroup + m[0].length };
}


/**
 * `N分之M`, M/N as a percent: 四分之一 → 25, 三分之二 → the nearest double to 200/3.
 * Anything else (几分之几, 分之 without a numeral) is passed over as before: the scan
 * goes on at 分.
 */
function readFraction(text: string, start: number, denominator: string, found: RawFigure[]): number {
  const afterDenominator = start + denominator.length;
  const numStart = afterDenominator + 2;
  const numerator = numeralAt(text, numStart);
  // 万分之五: a bare 万 or 亿 is one of it.
  const den = parseNumeral(START[denominator.charCodeAt(0)] === MAGNITUDE_START ? `一${denominator}` : denominator);
  const num = numerator === null ? null : parseNumeral(numerator);
  if (numerator === null || !den || !num || den.max || num.max || den.vague || num.vague) return afterDenominator;
  const divisor = toNumber(den.value);
  if (!Number.isSafeInteger(divisor) || divisor <= 0) return afterDenominator;
  const afterNumerator = numStart + numerator.length;
  const p = stickyAt(POST, POST_FIRST, text, afterNumerator);
  const end = p ? afterNumerator + p[0].length : afterNumerator;
  found.push({
    start, end, value: ratio(num.value, 100, divisor), max: null, kind: "percent", entry: unitOf("%") ?? null,
    unitStart: afterDenominator, unitEnd: numStart, vague: null, post: p ? (POST_QUALIFIER[p[0]] ?? null) : null,
    number: num, numeral: text.slice(start, afterNumerator), compound: true,
  });
  return end;
}

/** 一半 → 50 % (the refiners keep it only where something says it is a share: 一半以上, 减少一半). */
function readOneHalf(text: string, start: number, found: RawFigure[]): number {
  const afterHalf = start + 2;
  const p = stickyAt(POST, POST_FIRST, text, afterHalf);
  const end = p ? afterHalf + p[0].length : afterHalf;
  found.push({
    start, end, value: FIFTY, max: null, kind: "percent", entry: unitOf("%") ?? null,
    unitStart: start + 1, unitEnd: afterHalf, vague: null, post: p ? (POST_QUALIFIER[p[0]] ?? null) : null,
    number: HALF_VALUE, numeral: "一半", compound: false,
  });
  return end;
}
const FIFTY: Decimal = { mantissa: 50n, scale: 0 };

/** A power of ten after a product sign: its exponent and where its unit begins. */
interface PowerOfTen {
  readonly exponent: number;
  readonly tailAt: number;
}

/** Superscript digits (10⁴, 10¹¹): their values by code, -1 for any other character. */
const SUPERSCRIPT = new Int8Array(0x10000).fill(-1);
{
  const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  for (let d = 0; d < digits.length; d++) SUPERSCRIPT[digits.charCodeAt(d)] = d;
}
/** 10^4 · 10^12: a caret and the exponent in plain digits. */
const CARET_EXPONENT = /\^(\d{1,2})/y;
/** 104 · 108 · 1012: 10 and its exponent (3–12) run together where copying lost the superscript. */
const FLATTENED_POWER = /^10(?:[3-9]|1[0-2])$/;
/**
 * Units a flattened power may stand before: the outputs and reserves that technical copy writes in
 * scientific notation (原油785×104t, 天然气56.6×108m³). Not lengths (2×105毫米 is a size), counts
 * (3×104个) or money, where a product of two plain numbers is as likely.
 */
const FLATTENED_KINDS: ReadonlySet<FigureKind> = new Set(["mass", "volume", "area", "energy", "power"]);
/** Exponents a quantity is written with (10³ … 10¹²): smaller ones are no scientific notation. */
const MIN_EXPONENT = 3;
const MAX_EXPONENT = 12;

/**
 * The power of ten that the second factor of a product writes (785×10⁴t, 56.6×10⁸m³, 785×10^4 吨,
 * 785×104t with the superscript lost in copying), or null: a plain factor (2×100万千瓦). The unit
 * must follow the power directly or after one space, and the exponent be 3–12; a flattened 10n
 * is read so only right before a unit (2×104 alone, 3×105mm… are left: the unit decides).
 */
function powerOfTen(text: string, factor: string, end: number): PowerOfTen | null {
  if (FLATTENED_POWER.test(factor)) {
    const kind = unitAfterPower(text, end) === end ? unitAt(text, end)?.kind : undefined;
    return kind !== undefined && FLATTENED_KINDS.has(kind) ? { exponent: Number(factor.slice(2)), tailAt: end } : null;
  }
  if (factor !== "10") return null;
  let exponent = 0;
  let at = end;
  while (at - end < 2 && SUPERSCRIPT[text.charCodeAt(at) | 0]! >= 0) exponent = exponent * 10 + SUPERSCRIPT[text.charCodeAt(at++)]!;
  if (at === end) {
    CARET_EXPONENT.lastIndex = end;
    const caret = CARET_EXPONENT.exec(text);
    if (caret === null) return null;
    exponent = Number(caret[1]);
    at = CARET_EXPONENT.lastIndex;
  }
  if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) return null;
  const tailAt = unitAfterPower(text, at);
  return tailAt < 0 ? null : { exponent, tailAt };
}

/** Where a unit begins at `at` or after one space there (10^4 t), else -1. */
function unitAfterPower(text: string, at: number): number {
  if (unitAt(text, at) !== null) return at;
  return text.charCodeAt(at) === 0x20 && unitAt(text, at + 1) !== null ? at + 1 : -1;
}

/**
 * 785×10⁴t → 7850000 t: one figure, the number times the power of ten in the unit (records.md: a
 * multiplied figure is its product). Durations are left out, as in other products (7×24小时).
 */
function readPowerOfTen(text: string, start: number, n: ParsedNumber, numeral: string, power: PowerOfTen, found: RawFigure[]): number {
  const tail = readTail(text, power.tailAt);
  if (tail.entry === null || tail.entry.kind === "duration") return Math.max(power.tailAt, tail.end);
  found.push({
    start, end: tail.end, value: scaled(shift(n.value, power.exponent), tail), max: null,
    kind: tail.entry.kind, entry: tail.entry, unitStart: tail.unitStart, unitEnd: tail.unitEnd,
    vague: tail.vague, post: tail.post, number: n, numeral, compound: true,
  });
  return tail.end;
}

/** A numeral and what follows it (`runEnd`: `plainRunEnd` at `start`); returns where the scan goes on. */
function readNumber(text: string, start: number, runEnd: number, found: RawFigure[]): number {
  let numeral = numeralAt(text, start, runEnd);
  if (numeral === null) return start + 1; // 千瓦, 百分点: a unit, not a numeral
  let afterMatch = start + numeral.length;
  // 12 000吨, 1 250万美元: digits grouped by thousands with spaces are one numeral.
  const grouped = runEnd === afterMatch ? groupedNumeral(text, start, afterMatch) : null;
  if (grouped !== null) {
    numeral = grouped.numeral;
    afterMatch = grouped.end;
  }
  // `start > 0`: a read before the text's start goes through a slower path of `charCodeAt`.
  const sign = start > 0 && SIGN_LAST[text.charCodeAt(start - 1)] === 1 ? signBefore(text, start) : null;
  // 营收达 908 亿美元, 销量约 2,000 万支, HK$ 3 亿: one space between the number and its
  // magnitude or unit (Taiwan online copy). The magnitude joins the numeral; the tail is read after it.
  let tailAt = afterMatch;
  if (text.charCodeAt(afterMatch) === 0x20) {
    tailAt = spacedTail(text, start, afterMatch, sign !== null);
    numeral += text.slice(afterMatch + 1, tailAt); // the magnitude, if any
  }
  // Most numerals in running text are words (统一, 一些, 进一步): look at what follows
  // before paying for a parse. Only a unit, a range, a product, a closing 万/亿/兆 or a
  // currency sign before it (NT$500, RM500, USD 5,000) can make a figure.
  const bigLast = BIG[numeral.charCodeAt(numeral.length - 1)] === 1;
  if (LIVELY[text.charCodeAt(afterMatch) | 0] !== 1 && !bigLast && sign === null) return afterMatch;
  // 三分之二 → 66.66666666666667 %, 千分之五 → 0.5 %; 一半 → 50 %.
  if (text.startsWith("分之", afterMatch)) return readFraction(text, start, numeral, found);
  if (numeral === "一" && text.charCodeAt(afterMatch) === 0x534a /* 半 */) {
    HALF.lastIndex = afterMatch;
    if (!HALF.test(text)) return readOneHalf(text, start, found);
  }
  const tail = readTail(text, tailAt);
  // 高约180呎, 身高5呎8吋: 呎 after a length noun is a foot, not a square foot.
  if (tail.entry !== null && tail.entry.word === "呎" && lengthNounBefore(text, text.charCodeAt(start - 1) === 0x20 ? start - 1 : start)) {
    tail.entry = FOOT;
  }
  const maybe = tail.entry !== null || tail.magnitude > 0 || bigLast || sign !== null;
  if (!maybe) {
    if (!matchesAt(PRODUCT, PRODUCT_FIRST, text, afterMatch) && !matchesAt(RANGE, RANGE_FIRST, text, afterMatch)) {
      return afterMatch;
    }
  }
  // 零件, 零售, 〇 alone: a zero by itself is never a stated quantity.
  const bigFirst = START[numeral.charCodeAt(0)] === MAGNITUDE_START; // 万余人: one 万
  // 000吨 of a number whose groups were not joined, 05: a leading zero before a digit (a group cut
  // off from its number or a code) is no quantity.
  const zero = numeral === "零" || numeral === "〇" || (numeral.charCodeAt(0) === 0x30 && isDigitAt(numeral, 1));
  const n = zero ? null : parseNumeral(bigFirst ? `一${numeral}` : numeral);
  if (!n) return afterMatch;
  const prefix = bare(numeral) ? barePrefix(text, start) : NO_PREFIX;

  // 2×100万千瓦: one figure, the product. (296×32.8)为9708.8元: no unit after the
  // product, so neither factor is a figure and the scan goes on after them.
  const times = n.max === null ? stickyAt(PRODUCT, PRODUCT_FIRST, text, afterMatch) : null;
  if (times) {
    NUMBER_STICKY.lastIndex = afterMatch + times[0].length;
    const second = NUMBER_STICKY.exec(text);
    const factor = second ? parseNumeral(second[0]) : null;
    if (second && factor && factor.max === null) {
      const secondEnd = NUMBER_STICKY.lastIndex;
      const power = powerOfTen(text, second[0], secondEnd);
      if (power !== null) return readPowerOfTen(text, start, n, numeral, power, found);
      const productTail = readTail(text, secondEnd);
      // 7×24小时, 5×8小时: a schedule (round the clock), not an amount of time.
      if (!productTail.entry || productTail.entry.kind === "duration") return Math.max(secondEnd, productTail.end);
      found.push({
        start, end: productTail.end, value: scaled(multiply(n.value, factor.value), productTail), max: null,
        kind: productTail.entry.kind, entry: productTail.entry, unitStart: productTail.unitStart,
        unitEnd: productTail.unitEnd, vague: productTail.vague, post: productTail.post, number: n, numeral,
        compound: true,
      });
      return productTail.end;
    }
  }

  let resume = afterMatch;
  let figure: RawFigure | null = null;
  if (tail.entry) {
    figure = {
      start, end: tail.end, value: scaled(n.value, tail), max: n.max ? scaled(n.max, tail) : null,
      kind: tail.entry.kind, entry: tail.entry, unitStart: tail.unitStart, unitEnd: tail.unitEnd,
      vague: n.vague ? "over" : tail.vague, post: tail.post, number: n, numeral, compound: n.max !== null || tail.half,
    };
    if (tail.post === null && n.max === null && isHours(tail.entry.word)) addMinutes(text, figure);
    if (tail.entry === FOOT && tail.post === null && n.max === null) addInches(text, figure);
    if (tail.entry.word === "年" && tail.post === null && n.max === null && !tail.half) addMonths(text, figure);
    if (tail.entry.word === "块" && tail.post === null && tail.magnitude === 0 && n.max === null && !n.vague && !tail.vague) colloquialMoney(text, figure);
    if (tail.entry.word === "米" && tail.post === null && tail.magnitude === 0 && n.max === null && !n.vague && !tail.vague) addCentimetres(text, figure);
  }

  // A range: the second bound lends the first its unit and magnitude (5—10亿元, 两到三万港元);
  // a compound first bound is read whole (三年六个月至十一年), and so is a price per unit
  // (8000元/平方米-9000元/平方米: the connector stands after the unit it is given per).
  if (!tail.post && figure?.post == null && n.max === null) {
    const connector = stickyAt(RANGE, RANGE_FIRST, text, figure ? figure.end : afterMatch);
    if (connector) {
      const secondStart = RANGE.lastIndex;
      NUMBER_STICKY.lastIndex = secondStart;
      const match = NUMBER_STICKY.exec(text);
      // 3 000—5 000吨: the upper bound's digits grouped by spaces, as the lower bound's may be.
      const groupedUpper = match ? groupedNumeral(text, secondStart, secondStart + match[0].length) : null;
      const second = groupedUpper?.numeral ?? match?.[0] ?? null;
      // 5 至 10 亿元: the upper bound's magnitude or unit after a space, as for the first number.
      // After a dash the range's copy is told by its first number: 办理时限为3 - 5 个工作日
      // (a dash before 5 is no Han character, but 为 before 3 is).
      const secondEnd = groupedUpper?.end ?? secondStart + (second?.length ?? 0);
      const upperAt =
        second !== null && text.charCodeAt(secondEnd) === 0x20 ? spacedTail(text, secondStart, secondEnd, cjkBefore(text, start)) : secondEnd;
      const upperNumeral = second !== null ? second + text.slice(secondEnd + 1, upperAt) : null;
      const upper = upperNumeral !== null ? parseNumeral(upperNumeral) : null;
      if (second && upper && upper.max === null) {
        const upperTail = readTail(text, upperAt);
        const entry = upperTail.entry;
        if (entry && (!tail.entry || sameUnit(tail.entry, entry)) && !(tail.entry && tail.vague) && samePer(text, figure, upperTail)) {
          let low = figure ? figure.value : scaled(n.value, upperTail, false);
          const cm = upper.vague ? null : upperCentimetres(text, upperTail, second);
          const high = cm === null ? scaled(upper.value, upperTail) : add(scaled(upper.value, upperTail), cm.part);
          const lend = upper.trailingMagnitude + upperTail.magnitude || hundredsLent(numeral, upperNumeral ?? "");
          if (!tail.entry && n.trailingMagnitude === 0 && lend > 0) {
            const lent = shift(low, lend);
            if (compare(lent, high) <= 0) low = lent;
          }
          if (compare(low, high) > 0) {
            // 1788-0.42%: a lower bound above the upper is no range; the scan resumes at the second number.
            resume = secondStart;
          } else {
            figure = {
              start, end: upperTail.end, value: low, max: high, kind: entry.kind, entry,
              unitStart: upperTail.unitStart, unitEnd: upperTail.unitEnd, vague: upperTail.vague ?? tail.vague,
              post: upperTail.post, number: n, numeral, compound: true,
            };
            if (cm !== null) {
              figure.unitEnd = cm.end;
              readCompoundPost(text, figure); // 1米7至1米8左右
            }
          }
        } else {
          // Not a range of one unit: the scan resumes at the second number.
          resume = secondStart;
        }
      }
    }
  }

  // NT$500: the sign alone makes it money.
  if (!figure && sign !== null && !tail.entry) figure = bareMoney(start, n, numeral, tail);
  if (!figure && n.trailingMagnitude + tail.magnitude >= 4) {
    // 总投资5亿 · 已募集善款70余万: a bare 万/亿 is money only after a money word (the
    // refiners judge that), unless a noun before it counts it.
    figure = countAfterNoun(text, start, tail.end, n, numeral, tail) ?? bareMoney(start, n, numeral, tail);
  }
  if (!figure) return resume;
  if (sign !== null && figure.kind === "money" && (figure.entry === null || figure.entry.unit === null)) {
    // HK$1,200万, NT$500元: the sign names the currency and begins the figure.
    figure.entry = sign;
    figure.start = start - sign.word.length - (text.charCodeAt(start - 1) === 0x20 ? 1 : 0);
  }
  // 100兆 (bandwidth, mainland for mega): 兆 is 10^12 only in an amount of money.
  if (figure.kind !== "money" && numeral.includes("兆")) return Math.max(resume, figure.end);
  if (prefix === INCLUDED_PREFIX) {
    figure.start--; // 数十家, 上千人, 过亿元: the prefix says "over" and is part of the figure
    figure.vague = "over";
  }
  // 8000元/平方米-9000元/米: a dash glued to the amount before is a hyphen between two amounts, never a sign.
  if (found[found.length - 1]?.end !== figure.start - 1) signed(text, figure);
  found.push(figure);
  return Math.max(resume, figure.end);
}

/** A money figure with no unit word (NT$500, 总投资5亿): the number, its magnitude and 多/余. */
function bareMoney(start: number, n: ParsedNumber, numeral: string, tail: Tail): RawFigure {
  return {
    start, end: tail.end, value: shift(n.value, tail.magnitude), max: n.max ? shift(n.max, tail.magnitude) : null,
    kind: "money", entry: null, unitStart: tail.end, unitEnd: tail.end, vague: n.vague ? "over" : tail.vague,
    post: null, number: n, numeral, compound: false,
  };
}

/**
 * A noun that counts people, households or trips, and the measure its count
 * is stated in, ending right before a bare 万/亿 (the words that link them
 * between): `游客人次超过800万`, `常住人口约1500万`, `客流量达120万`.
 * - `measure`: the measure word written inside the noun (人次 of 游客人次, 人
 *   of 人口 and 人数, 户 of 户数);
 * - `implied`: the measure the noun's full statement writes after the number
 *   (客流量达120万人次, 车流量12万辆次), for the nouns that carry none.
 * Only such nouns: after any other a bare 万/亿 is money or nothing (编号800万).
 */
const COUNT_NOUN = new RegExp(
  "(?:(?<measure>人次|人(?=口|数)|户(?=数))(?:口|数)?|(?<passengers>客流)量?|(?<vehicles>车流)量?)" +
    // 总数, 总量, 规模: 人口总数, 客流总量
    "(?:总数|总量|规模)?" +
    // 已, 将, 共, 累计, 首次, 预计, 全年 … before the verb: 客流量首次突破120万
    "(?:已经?|将|共|累计|首次|再次|预计|有望|全年|全天|日均|均)?" +
    // the verb or qualifier: 超过, 突破, 达到, 约, 近, 逾, 不足, 为, 有, 增至
    "(?:超过|超|突破|达到|达|逾|约|近|接近|将近|不足|不到|为|是|有|增至|增加到|增长到|升至|降至|减少到|减至)?\\s?$",
);
/** How many characters before a number `COUNT_NOUN` reads: the longest noun and links. */
const COUNT_NOUN_REACH = 12;
const PASSENGER_TRIPS = "人次";
const VEHICLE_TRIPS = "辆次";

/**
 * A bare 万/亿 counted by the noun before it (`COUNT_NOUN`): a count whose
 * unit is the noun's measure; null after any other words.
 */
function countAfterNoun(text: string, start: number, end: number, n: ParsedNumber, numeral: string, tail: Tail): RawFigure | null {
  const from = Math.max(0, start - COUNT_NOUN_REACH);
  const m = COUNT_NOUN.exec(text.slice(from, start));
  if (m === null || m.groups === undefined) return null;
  // A trip measure written after the number wins over the noun's (车流量达10.3万车次).
  const after = isHanAt(text, end) && text.charCodeAt(end + 1) === CI ? 2 : 0;
  const written = after > 0 ? undefined : m.groups.measure;
  const unitStart = after > 0 ? end : written === undefined ? end : from + m.index;
  const unitEnd = after > 0 ? end + 2 : unitStart + (written?.length ?? 0);
  const numberEnd = end + after;
  // 一千三百万左右, 1500万以上: the qualifier after the number.
  const p = stickyAt(POST, POST_FIRST, text, numberEnd);
  return {
    start, end: p ? numberEnd + p[0].length : numberEnd, value: shift(n.value, tail.magnitude), max: n.max ? shift(n.max, tail.magnitude) : null,
    kind: "count", entry: null, unitStart, unitEnd,
    unitWord: after > 0 || written !== undefined ? undefined : m.groups.passengers !== undefined ? PASSENGER_TRIPS : VEHICLE_TRIPS,
    vague: n.vague ? "over" : tail.vague, post: p ? (POST_QUALIFIER[p[0]] ?? null) : null, number: n, numeral, compound: false,
  };
}
/** 次, the measure of trips (人次, 车次, 架次). */
const CI = 0x6b21;

const DOLLAR = 0x24; // $

/**
 * 营收达 908 亿美元, 面积约 1,200 坪, 上涨 1.2 个百分点: where the tail begins when one space
 * stands between a number and its magnitude or unit (`afterMatch` is the space), in CJK copy —
 * a Han character (or a clause mark, or nothing) before the number, past one space there —
 * or after a currency sign (`signed`: HK$ 3 亿). Returns the end of a magnitude (万, 亿) after
 * the space, else the unit's start, else `afterMatch` (no tail there): `iPhone 15 系列` is not
 * CJK copy, 15 系列 has no unit.
 */
function spacedTail(text: string, start: number, afterMatch: number, signed: boolean): number {
  if (!signed && !cjkBefore(text, start)) return afterMatch;
  const at = afterMatch + 1;
  let end = at;
  while (end < at + 2 && BIG[text.charCodeAt(end) | 0] === 1) end++; // 万, 亿, 万亿
  if (end > at) return end;
  if (unitAt(text, at) !== null) return at;
  // 3 - 5 百人, 约 5 千人: 百 or 千 before a unit (a unit that begins with one, 千瓦, 百分点, was read above).
  return HUNDREDS[text.charCodeAt(at) | 0] === 1 && unitAt(text, at + 1) !== null ? at + 1 : afterMatch;
}
/** 百 and 千: a magnitude that may stand after a spaced number when a unit follows it. */
const HUNDREDS = charSet("百千");

/**
 * 3-5百人, 三至五百人, 5-8千元: the power of ten (2 or 3) that an upper bound of one digit and
 * 百 or 千 lends a lower bound of one digit (300–500 people, as 3-5万 is 30000–50000); else 0.
 */
function hundredsLent(lower: string, upper: string): number {
  if (lower.length !== 1 || upper.length !== 2 || !ONE_DIGIT[lower.charCodeAt(0)] || !ONE_DIGIT[upper.charCodeAt(0)]) return 0;
  const last = upper.charCodeAt(1);
  return last === 0x767e /* 百 */ ? 2 : last === 0x5343 /* 千 */ ? 3 : 0;
}
/** Digits that may stand alone before 百 or 千: 1–9, 一…九, 两. */
const ONE_DIGIT = charSet("123456789一二两三四五六七八九");
/** Clause marks that may stand before a spaced number in CJK copy (full-width ones arrive as ASCII). */
const SPACED_LEAD = charSet(",;:(、。");

/**
 * True when the number at `start` stands in CJK copy: a Han character, a clause mark or
 * nothing before it, past one space there (办理时限为 3 天, 营收 908 亿美元).
 */
function cjkBefore(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  return before < 0 || isHanAt(text, before) || SPACED_LEAD[text.charCodeAt(before)] === 1;
}

/** Length nouns before a 呎 figure: 高, 长, 深, 阔, 宽 (楼高, 身高, 全长). */
const LENGTH_NOUN = charSet("高长深阔宽");
/** Words between the noun and the number: 约, 近, 逾, 达, 有, 为 (高约180呎). */
const LENGTH_LINK = charSet("约近逾达有为超");
/** Before 长/高, characters that make a verb of it: 增长, 成长, 提高, 升高 (not a length). */
const NOT_LENGTH = charSet("增成生延提升调");

/** True when a length noun stands before `start`, past at most two link words: 高约180呎. */
function lengthNounBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const c = text.charCodeAt(i);
    if (LENGTH_NOUN[c] === 1) return NOT_LENGTH[text.charCodeAt(i - 1) | 0] !== 1;
    if (LENGTH_LINK[c] !== 1) return false;
  }
  return false;
}

/** The inches after feet: 8吋. */
const INCHES = /吋/y;

/** 5呎8吋: the inches (2.54 cm) after feet join the figure: 1.7272 m. */
function addInches(text: string, f: RawFigure): void {
  if (!addPart(text, f, INCHES, 254, 10000)) return;
  f.end = f.unitEnd;
  f.compound = true;
}

/**
 * 8米21, 1米75, 1米8: metres, then the centimetres or decimetres written after
 * 米 with no unit of their own (a jump's height, a person's), one or two digits.
 * They join the metres before a mark, a space, the end (以2米37。) or a word
 * (以2米37夺冠, 2米29和2米32); see `centimetresEnd` for what makes them a number
 * of their own.
 */
const METRE_FRACTION = /(\d{1,2})(?![\d.])/y;

/**
 * Characters after the digits that make them a number of their own: a date or a time
 * (8米21日, 21号, 21时, 21分), an age, a magnitude or a vague tail (21万, 21多), a count
 * written with a measure the unit table does not hold (21名, 21位), 公分 and 寸. A unit
 * word of the table (8米21个, 21厘米, 21米, 21秒) says it too (`unitAt`).
 */
const OWN_NUMBER = charSet("日号年月时点分秒岁周万亿千百余多来几名位届期公寸");
/** The marks of a height as 米 and digits: at most two digits of metres (17米35, 1米8). */
const METRES_MAX = 99;

/**
 * True when the digits after 米 that end at `at` are centimetres: before a non-Han character,
 * 的 or 后 (8米21的成绩); before another Han character when the metres are few (a mark, not a
 * distance: 以2米37夺冠) and it neither is nor begins a unit or time word (`OWN_NUMBER`).
 */
function centimetresEnd(text: string, at: number, metres: number): boolean {
  if (!isHanAt(text, at)) return true;
  const c = text.charCodeAt(at);
  if (c === 0x7684 /* 的 */ || c === 0x540e /* 后 */) return true;
  return metres <= METRES_MAX && OWN_NUMBER[c] !== 1 && unitAt(text, at) === null;
}

/**
 * The centimetres written after the 米 that ends at `unitEnd`, after the metres `numeral`
 * (8米21 → 0.21), and where they end; null when none stand there (`METRE_FRACTION`).
 */
function centimetresAfter(text: string, numeral: string, unitEnd: number): { part: Decimal; end: number } | null {
  if (!DIGITS_ONLY.test(numeral)) return null;
  METRE_FRACTION.lastIndex = unitEnd;
  const m = METRE_FRACTION.exec(text);
  if (m === null || !centimetresEnd(text, METRE_FRACTION.lastIndex, Number(numeral))) return null;
  const digits = m[1]!;
  return { part: ratio(decimalFromInt(Number(digits)), 1, digits.length === 1 ? 10 : 100), end: METRE_FRACTION.lastIndex };
}

/** The digit of a tenth or a hundredth after 块/毛 (三块八, 两块五毛, 3块8): its value, 0 for none. */
const COIN_DIGIT = new Uint8Array(0x10000);
{
  const digits = "一二三四五六七八九";
  for (let d = 0; d < digits.length; d++) COIN_DIGIT[digits.charCodeAt(d)] = d + 1;
  COIN_DIGIT[0x4e24 /* 两 */] = 2;
  for (let d = 1; d <= 9; d++) COIN_DIGIT[0x30 + d] = d;
}
/** 毛 or 角: the tenths of a yuan (两块五毛, 三块二角). */
const TENTHS_WORD = charSet("毛角");
const FEN = 0x5206; // 分
const QIAN = 0x94b1; // 钱
/**
 * What a price per unit says after an amount in 块: `三块一斤`, `两块五一瓶`,
 * `十块一次` (一 and what is sold by), not a weight (`一块一斤重的石头`). Only words that a price is given per:
 * `两块一米长的木板` (two boards a metre long) is no price.
 */
const PER_ITEM = /一(?:斤|公斤|千克|瓶|盒|袋|碗|杯|份|次)(?![重多])/y;
/** Han characters that may follow a colloquial amount (三块八的, 才两块五呢): particles, not a measure. */
const AFTER_AMOUNT = charSet("的了呢啊吧呀啦哦嘛");

/**
 * True when what stands at `at`, after a colloquial amount, ends it: no Han
 * character (`三块八。`, `3块8”`), a particle (`两块五的`), or a price per
 * unit (`三块八一斤`). A measure or noun goes on a count (`两块三米长`, `三块八角形`).
 */
function amountEnds(text: string, at: number): boolean {
  return !isHanAt(text, at) || has(AFTER_AMOUNT, text, at) || perItemAt(text, at);
}

/** True when a price per unit (`PER_ITEM`: 一斤, 一瓶) stands at `at`. */
function perItemAt(text: string, at: number): boolean {
  PER_ITEM.lastIndex = at;
  return PER_ITEM.test(text);
}

/**
 * 三块八一斤, 两块五毛, 3块8, 三块一斤: 块 is the colloquial yuan when a
 * tenth (a digit, with 毛/角 or without), and a hundredth (`五分`), follow it,
 * or a price per unit does (`一斤`); the figure becomes money (三块八 → 3.8,
 * currency from the sentence). `三块地`, `两块石碑`, `两块三米长的木板` and
 * `一块一块地` stay counts; `一块钱` is the 块钱 row's already.
 */
function colloquialMoney(text: string, f: RawFigure): void {
  let at = f.unitEnd;
  // 三块一斤: the 一 of a price per unit is no tenth.
  const perItem = perItemAt(text, at);
  const tenths = perItem ? 0 : (COIN_DIGIT[text.charCodeAt(at) | 0] ?? 0);
  let cents = 0;
  if (tenths > 0) {
    at++;
    if (has(TENTHS_WORD, text, at)) {
      at++;
      const hundredths = COIN_DIGIT[text.charCodeAt(at) | 0] ?? 0;
      // 两块五毛五分, 两块五毛五: the hundredths after 毛, with 分 or without.
      if (hundredths > 0 && (text.charCodeAt(at + 1) === FEN || amountEnds(text, at + 1))) {
        cents = hundredths;
        at += text.charCodeAt(at + 1) === FEN ? 2 : 1;
      }
    }
    if (text.charCodeAt(at) === QIAN) at++; // 两块五毛钱
    if (!amountEnds(text, at)) return;
  } else if (!perItem) {
    return;
  }
  const entry = unitOf("块钱");
  if (entry === undefined) return;
  f.kind = "money";
  f.entry = entry;
  if (tenths === 0) return; // 三块一斤: 3 yuan, the figure as read
  f.value = add(f.value, ratio(decimalFromInt(tenths * 10 + cents), 1, 100));
  f.unitEnd = at;
  readCompoundPost(text, f);
}

/** 8米21: the centimetres after 米 join the figure: 8.21 m (`METRE_FRACTION`). */
function addCentimetres(text: string, f: RawFigure): void {
  const cm = centimetresAfter(text, f.numeral, f.unitEnd);
  if (cm === null) return;
  f.value = add(f.value, cm.part);
  f.unitEnd = cm.end;
  readCompoundPost(text, f); // 身高1米8左右: a qualifier after the centimetres is the figure's.
}

/**
 * 2米29至2米32: the centimetres after a range's upper bound's 米 (the lower bound's joined
 * it in `addCentimetres`), or null; not after 米多, 2万米 or 2米左右.
 */
function upperCentimetres(text: string, upper: Tail, upperNumeral: string): { part: Decimal; end: number } | null {
  if (upper.entry?.word !== "米" || upper.magnitude > 0 || upper.vague !== null || upper.post !== null) return null;
  return centimetresAfter(text, upperNumeral, upper.unitEnd);
}
const DIGITS_ONLY = /^\d+$/;

/**
 * What may stand just before a number that a currency sign or code precedes: `$` (NT$500),
 * the last capital of a code (RM500, HKD3亿) or the space after either (HK$ 3亿, MOP 25亿).
 */
const SIGN_LAST = new Uint8Array(0x10000);
{
  SIGN_LAST[DOLLAR] = 1;
  SIGN_LAST[0x20] = 1;
  for (let code = 0x41; code <= 0x5a; code++) SIGN_LAST[code] = 1; // A-Z
}

/** The currency sign or code before the number at `start` (NT$500, RM500, MOP 25亿), or null. */
function signBefore(text: string, start: number): UnitEntry | null {
  const end = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start; // one space may stand between
  const last = text.charCodeAt(end - 1);
  if (last === DOLLAR) return dollarSign(text, end);
  return isCapital(last) ? codeSign(text, end) : null;
}

/** RM, USD, MOP…: the run of capitals that ends at `end` when it is a whole currency code. */
function codeSign(text: string, end: number): UnitEntry | null {
  let from = end - 1;
  while (from > end - 4 && isCapital(text.charCodeAt(from - 1))) from--;
  if (isAsciiLetterAt(text, from - 1) || isDigitAt(text, from - 1)) return null; // FIRM 500, A1B 20
  return CODE_SIGNS.get(text.slice(from, end)) ?? null;
}
/** A Latin capital (A–Z). */
export const isCapital = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** The currency sign that ends just before `start` (NT$, HK$, US$, MOP$, S$, A$, $), or null. */
function dollarSign(text: string, start: number): UnitEntry | null {
  for (const [word, entry] of DOLLAR_SIGNS) {
    const from = start - word.length;
    if (from >= 0 && text.startsWith(word, from) && !isAsciiLetterAt(text, from - 1)) return entry;
  }
  return null;
}

/**
 * Hour words that minutes may follow: 1小时20分钟, 两个小时15分. Compared one by one: the
 * words are literals of the unit table, so each comparison is of two interned strings,
 * cheaper than hashing the word into a set for every figure.
 */
const isHours = (word: string): boolean => word === "小时" || word === "个小时" || word === "钟头" || word === "个钟头";

/** 万, 亿 and 兆: a numeral ending with one of them may make a figure alone (bare money). */
const BIG = charSet("万亿兆");
/** The minutes after an hour: 20分钟, 15分 (not 分之, not a score 3分 alone). */
const MINUTES = /分钟|分(?![之钟])/y;

/** The seconds after minutes: 36秒, 5秒钟. */
const SECONDS = /秒钟|秒/y;

/**
 * A smaller unit's part of a compound figure at `at` (by default right after the
 * figure's unit): an exact number (not 8-9, not 十几) and the word `unit` matches
 * (8吋 after 5呎, 20分钟 after 1小时, 36秒 after 09分). Moves the figure's unit's end
 * past it and returns the number, or null when there is none.
 */
function readPart(text: string, f: RawFigure, unit: RegExp, at = f.unitEnd): Decimal | null {
  if (START[text.charCodeAt(at) | 0] !== NUMERAL_START) return null;
  const numeral = numeralAt(text, at);
  if (numeral === null) return null;
  const part = parseNumeral(numeral);
  unit.lastIndex = at + numeral.length;
  if (!part || part.max !== null || part.vague || !unit.test(text)) return null;
  f.unitEnd = unit.lastIndex;
  return part.value;
}

/**
 * `whole` and `parts` of `den`-ths of it as one value, with one division of the exact sum
 * (1年8个月 → 20/12, the nearest double to 5/3), not a sum of rounded parts.
 */
function compoundValue(whole: Decimal, parts: Decimal, den: number): Decimal {
  return ratio(add(multiply(whole, decimalFromInt(den)), parts), 1, den);
}

/** 5呎8吋: the inches (exactly 0.0254 m each) join the feet, read in metres. */
function addPart(text: string, f: RawFigure, unit: RegExp, num: number, den: number): boolean {
  const part = readPart(text, f, unit);
  if (part === null) return false;
  f.value = add(f.value, ratio(part, num, den));
  return true;
}

/** What follows the last part of a compound figure: 左右, 以上 (2小时08分左右). */
function readCompoundPost(text: string, f: RawFigure): void {
  f.end = f.unitEnd;
  f.compound = true;
  const p = stickyAt(POST, POST_FIRST, text, f.end);
  if (p) {
    f.post = POST_QUALIFIER[p[0]] ?? null;
    f.end += p[0].length;
  }
}

/**
 * 1小时20分钟: one duration, 1.3333333333333333 hours; the minutes join the
 * figure, and the seconds after them too (2小时09分36秒).
 */
function addMinutes(text: string, f: RawFigure): void {
  const minutes = readPart(text, f, MINUTES);
  if (minutes === null) return;
  const seconds = readPart(text, f, SECONDS);
  const parts = multiply(minutes, decimalFromInt(60));
  f.value = compoundValue(f.value, seconds === null ? parts : add(parts, seconds), 3600);
  readCompoundPost(text, f);
}

/** The months after years: 6个月 (三年六月 is a date: no 个, no months). */
const MONTHS = /个月/y;
const FOUR_DIGITS = /^\d{4}$/;

/** 零 or 又 between years and months: 一年零三个月, 两年又六个月. */
const LING_YOU = charSet("零又");

/**
 * 三年六个月, 2年6个月, 一年零三个月: one duration, 3.5 years, as hours take their minutes
 * (a prison term, a building period). Not after a year (2019年6个月内: four digits).
 */
function addMonths(text: string, f: RawFigure): void {
  if (FOUR_DIGITS.test(f.numeral)) return;
  const at = has(LING_YOU, text, f.unitEnd) ? f.unitEnd + 1 : f.unitEnd;
  const months = readPart(text, f, MONTHS, at);
  if (months === null) return;
  f.value = compoundValue(f.value, months, 12);
  readCompoundPost(text, f);
}

/** Place words: 十, 百, 千, 万, 亿. */
const PLACE_WORD = charSet("十百千万亿");
/** A numeral of place words only: 十, 百, 千, 万, 亿, 百亿, 十万 (数十家, 上千人, 近万人次). */
function bare(numeral: string): boolean {
  if (numeral.length === 0) return false;
  for (let i = 0; i < numeral.length; i++) if (PLACE_WORD[numeral.charCodeAt(i)] !== 1) return false;
  return true;
}
const NO_PREFIX = 0;
/** 近千亩, 逾千人, 超万人: the refiners read the prefix as a qualifier (under, over). */
const QUALIFIER_PREFIX = 1;
/** 数十家, 上千人, 过亿元, 破百亿元: "some tens", "up to a thousand", "past", "breaking": over. */
const INCLUDED_PREFIX = 2;
type Prefix = typeof NO_PREFIX | typeof QUALIFIER_PREFIX | typeof INCLUDED_PREFIX;
/** Prefixes that the refiners read as a qualifier. */
const QUALIFYING = charSet("近逾超");
/** Characters before 近 that make it another word (最近, 附近, 邻近, 亲近). */
const NOT_BEFORE_JIN = charSet("最附邻亲接将");
/**
 * Characters before a prefix that make it the end of a word, not a prefix: 人数十万,
 * 总数, 指数; 以上, 线上, 会上; 超过, 通过, 经过; 突破, 打破.
 */
const NOT_BEFORE_SHU = charSet("人总次户件个指分基系倍岁票页天字位步台场读点计函变参约少多半无心算术");
const NOT_BEFORE_SHANG = charSet("以之线网马加早晚会路身手向往北场础面楼台");
const NOT_BEFORE_GUO = charSet("超通经越度跨不错闯胜高大多穿罪功改太难路");
const NOT_BEFORE_PO = charSet("突打冲击攻爆识看残点");
const SHU = 0x6570; // 数
const SHANG = 0x4e0a; // 上
const GUO = 0x8fc7; // 过
const PO = 0x7834; // 破

/** What stands before a numeral of place words only (`bare`) and makes it a quantity. */
function barePrefix(text: string, start: number): Prefix {
  const c = text.charCodeAt(start - 1);
  const first = text.charCodeAt(start);
  if (QUALIFYING[c | 0] === 1) {
    return c === 0x8fd1 /* 近 */ && has(NOT_BEFORE_JIN, text, start - 2) ? NO_PREFIX : QUALIFIER_PREFIX;
  }
  const ten = first === 0x5341; // 十: 数十, but not 上十 or 过十
  if (c === SHU) return has(NOT_BEFORE_SHU, text, start - 2) ? NO_PREFIX : INCLUDED_PREFIX;
  if (ten) return NO_PREFIX;
  if (c === SHANG) return has(NOT_BEFORE_SHANG, text, start - 2) ? NO_PREFIX : INCLUDED_PREFIX;
  if (c === GUO) return has(NOT_BEFORE_GUO, text, start - 2) ? NO_PREFIX : INCLUDED_PREFIX;
  if (c === PO) return has(NOT_BEFORE_PO, text, start - 2) ? NO_PREFIX : INCLUDED_PREFIX;
  return NO_PREFIX;
}

/** True when a bare 百/千 is preceded by a prefix that makes it a quantity (近千亩, 上千人, 数百名). */
export function prefixedBare(text: string, start: number): boolean {
  return barePrefix(text, start) !== NO_PREFIX;
}

/**
 * A minus or plus sign right before an Arabic number of money or percent is the number's sign
 * (房地产开发投资-8.7%, 净利润-1.2亿元, 中国平安 45.12 +1.35%): the figure's text begins with it. Not after a digit,
 * a Latin letter, a closing bracket or %, where it is a hyphen or a range (5-10, G-8, 5%-8%).
 */
function signed(text: string, f: RawFigure): void {
  if (f.kind !== "money" && f.kind !== "percent") return;
  if (!isDigitAt(text, f.start)) return;
  const sign = text.charCodeAt(f.start - 1);
  const minus = sign === 0x2d /* - */ || sign === 0x2212; /* − */
  if (!minus && sign !== 0x2b /* + */) return;
  if (has(NOT_BEFORE_SIGN, text, f.start - 2)) return;
  f.start--;
  if (minus) f.value = negate(f.value);
}
/**
 * What a hyphen or range sign follows (a digit, a letter, a closing bracket, %, another
 * sign). A comma is not among them: 分别为5.2%，-3.1% (full-width ， is normalised to ,).
 */
const NOT_BEFORE_SIGN = charSet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)]%‰-−—–~～/+");
const negate = (d: Decimal): Decimal => ({ mantissa: -d.mantissa, scale: d.scale });

// ───────────────────────── amounts listed before one unit ─────────────────────────
//
// 比2019年分别提高6.2、5.8和3.1个百分点, 投资分别为3、5和8亿元: only the last amount of the
// list has the unit written after it, and the scan finds only that one. The others lie
// bare between list marks before it; they share its unit and its 万/亿.

/** 、和及与: the marks that join amounts listed before one unit (6.2、5.8和3.1个百分点). */
export const AMOUNT_LIST_MARK = charSet("、和及与");

/**
 * What may not stand before a bare amount of a list: a digit, a letter, a point, a comma,
 * a slash, a colon, a dash or a sign — the amount is then part of a code (K3、K5次), a time
 * (10:30、11:30), a number grouped by commas (1,200、1,500元), a ratio or a range.
 */
const NOT_BEFORE_MEMBER_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,/:-−—–~～+#%‰$";
const NOT_BEFORE_MEMBER = charSet(NOT_BEFORE_MEMBER_CHARS);
/** What ends a sentence or a line: a whole number right after it opens an item (1、加强…). */
const ITEM_OPENING = charSet("。;!?\n\r");
/** A bare amount of a list: Arabic digits, a decimal part (6.2), no leading zero (0731 is a code). */
const MEMBER = /^(?:[1-9]\d*|0)(?:\.\d+)?$/;
const POINT = 0x2e; // .

/**
 * Where the bare Arabic amount that ends at `end` (before a list mark) begins, not before
 * `floor`, or -1 when none stands there or it is no amount of a list: a code, a time or a
 * grouped number (`NOT_BEFORE_MEMBER`), a leading zero, or a whole number that opens its
 * sentence (1、加强…, 2、3号线…: the numbering of an item).
 */
export function bareMemberStart(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && (isDigitAt(text, start - 1) || text.charCodeAt(start - 1) === POINT)) start--;
  if (start === end || has(NOT_BEFORE_MEMBER, text, start - 1)) return -1;
  const numeral = text.slice(start, end);
  if (!MEMBER.test(numeral)) return -1;
  const opens = start === 0 || has(ITEM_OPENING, text, start - 1);
  return opens && !numeral.includes(".") ? -1 : start;
}

/** Chinese numerals a bare amount of a list is written with: 三、五和八亿元, 十二、十五和二十万吨. */
const CN_MEMBER = charSet("零〇一二两三四五六七八九十百千");
/**
 * Characters before a Chinese numeral that make it part of a word, no amount: 初三, 周五, 再三, 之一,
 * 统一, 唯一, 单一, 同一, 万一, 逐一, 专一, 合一, 如一 (and 一 alone is never taken), and what may
 * not stand before an Arabic amount (`NOT_BEFORE_MEMBER`).
 */
const NOT_BEFORE_CN_MEMBER = charSet("初周再之统唯单同万逐专合如" + NOT_BEFORE_MEMBER_CHARS);

/**
 * `bareMemberStart` for an amount in Chinese numerals (三 of 三、五和八亿元), or -1: not part of a
 * word (`NOT_BEFORE_CN_MEMBER`), not a numeral that opens its sentence (一、加强…: the numbering of
 * an item), and not 一 alone unless `one` (统一、三个到位; the words before a list, 第一、二名, may
 * take it).
 */
function chineseMemberStart(text: string, end: number, floor: number, one: boolean): number {
  let start = end;
  while (start > floor && has(CN_MEMBER, text, start - 1)) start--;
  if (start === end || start === 0 || has(NOT_BEFORE_CN_MEMBER, text, start - 1) || has(ITEM_OPENING, text, start - 1)) return -1;
  return !one && end - start === 1 && text.charCodeAt(start) === 0x4e00 /* 一 */ ? -1 : start;
}

/**
 * Where a list of bare amounts that ends with a list mark right before `at` begins
 * (第1、2、3名: the 1 of the list before 3), or `at` when none does. For the refiners, which
 * judge the words before a whole list (a rank: 第 before its first amount).
 */
export function amountListStart(text: string, at: number): number {
  let start = at;
  while (has(AMOUNT_LIST_MARK, text, start - 1)) {
    const arabic = bareMemberStart(text, start - 1, 0);
    const member = arabic >= 0 ? arabic : chineseMemberStart(text, start - 1, 0, true);
    if (member < 0) break;
    start = member;
  }
  return start;
}

/** `value` (a number with the magnitude lent) in the canonical scale of `entry` (毫克 → kg). */
function inUnit(value: Decimal, entry: UnitEntry, magnitude: number): Decimal {
  const shifted = shift(value, magnitude + entry.exponent);
  return entry.ratio ? ratio(shifted, entry.ratio[0], entry.ratio[1]) : shifted;
}

/**
 * Gives the figures listed before `bearer` (the figure at `k`, whose unit is written) its
 * unit, back over the list marks between them; returns the bare amounts found, as figures,
 * in text order. A figure found by the scan ending at a list mark joins when it lacks
 * what the bearer has: 分别回落0.6个、1.3个百分点 (a 个 before 个百分点, and its scale: 分别下调
 * 10个、15个基点 are 0.1 and 0.15 pp), 3万、5万和8万吨 (a bare 万 before a unit). A bare
 * Arabic amount joins with the bearer's trailing 万/亿 (分别为3、5和8亿元: 3亿元), when the
 * bearer is one plain amount (not 8亿多元, not a range).
 */
function listBefore(text: string, raws: readonly RawFigure[], k: number, bearer: RawFigure, entry: UnitEntry): RawFigure[] {
  const members: RawFigure[] = [];
  const plain = bearer.vague === null && bearer.max === null && !bearer.compound;
  // 三、五和八亿元: amounts in Chinese numerals before one in Chinese numerals (never 3、五亿元).
  const chinese = !isAsciiDigit(bearer.numeral.charCodeAt(0));
  let at = bearer.start;
  let j = k - 1;
  while (has(AMOUNT_LIST_MARK, text, at - 1)) {
    const end = at - 1;
    const prev = j >= 0 ? raws[j] : undefined;
    if (prev !== undefined && prev.end === end) {
      if (!adopt(prev, bearer, entry)) break;
      at = prev.start;
      j--;
      continue;
    }
    if (!plain) break;
    const start = chinese ? chineseMemberStart(text, end, prev?.end ?? 0, false) : bareMemberStart(text, end, prev?.end ?? 0);
    if (start < 0) break;
    const numeral = text.slice(start, end);
    const number = parseNumeral(numeral);
    if (number === null) break;
    members.push({
      start, end, value: inUnit(number.value, entry, bearer.number.trailingMagnitude), max: null, kind: bearer.kind,
      entry, unitStart: bearer.unitStart, unitEnd: bearer.unitEnd, vague: null, post: null, number, numeral,
      compound: false,
    });
    at = start;
  }
  return members.reverse();
}

/**
 * Gives `f`, found by the scan right before a list mark before `bearer`, the bearer's
 * unit when it was written without one of its own: a 个 before 个百分点 or 个基点 (0.6个、1.3个百分点),
 * a bare 万/亿 (3万、5万和8万吨). False when `f` has a unit of its own.
 */
function adopt(f: RawFigure, bearer: RawFigure, entry: UnitEntry): boolean {
  if (f.entry?.word === "个" && entry.unit === "pp") {
    f.entry = entry;
    f.kind = "percent";
    f.value = shift(f.value, entry.exponent);
    if (f.max !== null) f.max = shift(f.max, entry.exponent);
    return true;
  }
  if (f.entry !== null || f.kind !== "money" || f.unitWord !== undefined || f.unitStart !== f.unitEnd) return false;
  // 3万、5万和8万吨: a bare 万/亿 read as money (its unit empty, after the number) takes the bearer's unit.
  f.entry = entry;
  f.kind = bearer.kind;
  f.value = inUnit(f.value, entry, 0);
  if (f.max !== null) f.max = inUnit(f.max, entry, 0);
  f.unitStart = bearer.unitStart;
  f.unitEnd = bearer.unitEnd;
  return true;
}

/** How many characters before a list `respectivelyBefore` looks for 分别: 分别增长, 分别为, 分别提高到. */
const RESPECTIVELY_REACH = 6;
const FEN_BIE = 0x522b; // 别 of 分别

/** True when 分别 stands shortly before `at`, in the same clause: the list gives each item its amount. */
function respectivelyBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 1 && i >= at - RESPECTIVELY_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === FEN_BIE && text.charCodeAt(i - 1) === 0x5206 /* 分 */) return true;
    if (has(CLAUSE_MARK, text, i)) return false;
  }
  return false;
}
const CLAUSE_MARK = charSet("。,;:!?\n");

/**
 * 2、3个, 每组3、4人, 三、四人: two neighbouring one-digit amounts joined by 、 alone are "two or
 * three", a range, as 两三个 is (`SEQUENTIAL` in numbers.ts) — unless 分别 gives each item its amount
 * (分别有2、3个), or the pair begins at 1: "one or two" is written 一两, and 1、2 lists two items
 * (位于1、2层: the first and second floors, no range). The bearer becomes the range; returns
 * whether it did.
 */
function approximatePair(text: string, bearer: RawFigure, members: readonly RawFigure[]): boolean {
  const [low] = members;
  if (members.length !== 1 || low === undefined || text.charCodeAt(low.end) !== 0x3001 /* 、 */) return false;
  if (low.numeral.length !== 1 || bearer.numeral.length !== 1 || toNumber(bearer.number.value) !== toNumber(low.number.value) + 1) {
    return false;
  }
  if (toNumber(low.number.value) === 1 || respectivelyBefore(text, low.start)) return false;
  bearer.start = low.start;
  bearer.max = bearer.value;
  bearer.value = low.value;
  bearer.compound = true;
  return true;
}

/**
 * The raw figures with the amounts listed before a unit given it (`listBefore`), in order: a
 * new array when bare amounts were added, else `raws` itself. `kept` judges a bearer: a list
 * before a figure that is no figure (2023、2024年: years; 第1、2、3名: ranks) gives none.
 */
export function spreadSharedUnits(text: string, raws: RawFigure[], kept: (f: RawFigure) => boolean): RawFigure[] {
  let added: RawFigure[] | null = null;
  for (let k = 0; k < raws.length; k++) {
    const bearer = raws[k];
    if (bearer === undefined || !has(AMOUNT_LIST_MARK, text, bearer.start - 1) || bearer.entry === null || !kept(bearer)) continue;
    const members = listBefore(text, raws, k, bearer, bearer.entry);
    if (members.length === 0 || approximatePair(text, bearer, members)) continue;
    added ??= [];
    for (const m of members) added.push(m);
  }
  if (added === null) return raws;
  return raws.concat(added).sort((a, b) => a.start - b.start);
}
