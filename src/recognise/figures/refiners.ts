/**
 * Refiners: the second phase. Each raw figure is judged (a date, a year, a rank,
 * an idiom, a quoted slogan is not a figure) and dressed (qualifier, subject,
 * direction of change, currency of a bare 元), all from a few characters around
 * it. Every look is bounded (a clause, at most ~30 characters), so the stage
 * stays linear in the length of the text.
 */
import type { Change, Qualifier } from "../../schema.js";
import { isInteger, toDecimalString, toNumber } from "./decimal.js";
import { byFirstChar, firstCharTable, regexAt } from "./first-chars.js";
import { charSet, has, isAsciiLetterAt, isDigitAt, isHanAt } from "../../text/chars.js";
import { AMOUNT_LIST_MARK, amountListStart, matchesAt, prefixedBare, type RawFigure } from "./recognisers.js";
import { BARE_DOLLAR, CURRENCY_CODE, CURRENCY_WORDS, sharedCurrencyCode, UNKNOWN_CURRENCY, type UnitEntry, unitAt, unitOf } from "./units.js";

/** Options of `parseFigures`. */
export interface FigureOptions {
  /**
   * ISO 4217 code of a bare 元/块钱 when the sentence names no currency (default `CNY`).
   * A caller that knows the paper is from Hong Kong or Taiwan passes `HKD` / `TWD`.
   */
  currency?: "CNY" | "HKD" | "TWD" | "USD" | "EUR" | "JPY" | (string & {});
  /** Read 度 as kWh: `true` always, `false` never; default: only near a word with 电 (用电量, 发电量, 电价). */
  electricity?: boolean;
}

/** What the refiners say about one raw figure that survived judgement. */
export interface Dressed {
  raw: RawFigure;
  /**
   * Start of the figure's text: its subject; else the words read before it when one of them
   * tells something (a qualifier, a change, a comparison: `同比增长9%`); else the number.
   */
  textStart: number;
  qualifier: Qualifier;
  subject: [number, number] | null;
  change: Change;
  /** The change words were of a level (提高到) or a rate's pace (加快): nothing to inherit. */
  changeSettled: boolean;
  /** The ISO code of a money figure. */
  currency: string | null;
  /**
   * 粮食产量连续三年稳定在…: a duration after 连续 says how long the predicate after it has
   * held; it measures nothing before it.
   */
  adverbial: boolean;
  /**
   * 分别约为3亿元、5亿元: the qualifier read before 分别/各 (or between it and the number), which
   * every amount of the list after it shares; null when none was read or no 分别 stands there.
   */
  listQualifier: Qualifier;
  /**
   * 分别 or 各 stands before the figure (or the figure took its change from a list that one
   * opened): the list after it may mix measures (分别下降3.2亿元和0.05个百分点).
   */
  respectively: boolean;
}



// ───────────────────────── judgement ─────────────────────────

/** Ordinals and ranks just before the number: 第一, 排名最后2名, 前8个月 (a period). */
const RANK_BEFORE = /(?:第|最后|倒数|排名|名列|位列|位居|排在|排第)$/;
/** Last characters of the words of `RANK_BEFORE`. */
const RANK_LAST = charSet("第后数名列居在");
/**
 * 28日 is a date unless a duration word governs it: 为期15日, 历时3日, and a term of
 * detention or a sentence (行政拘留十五日, 羁押30日, 监禁15日, 有期徒刑一年，缓刑二年, 管制六个月:
 * a lone 一 and two lone digits close by are then terms, no article or set phrase).
 */
const DURATION_GOVERNOR =
  /(?:为期|历时|连续|耗时|用时|长达|仅用|用了|花了|需要|需|历经|持续|经过|仅仅|逗留|停留|拘留|羁押|监禁|关押|拘役|徒刑|缓刑|管制|刑期)(?:约|近|超过|了|为)?$/;
/** A time of the day or a start after N日: 15日上午, 15日晚, 15日凌晨, 15日起, 15日8时. */
const DAY_TIME = /上午|下午|中午|晚|凌晨|早|夜|起|\d{1,2}[时点]/y;
const DAY_TIME_FIRST = charSet("上下中晚凌早夜起0123456789");
/**
 * 内 after N日 that begins a place, a name or a word, not "within": 15日内蒙古, 15日内地, 15日内江市,
 * 15日内部, 15日内阁, 15日内政部, 15日内塔尼亚胡, 15日内马尔, 15日内华达, 15日内罗毕 (and 日内瓦:
 * 15日日内瓦 has 日 after the figure).
 */
const NOT_WITHIN_AFTER = charSet("蒙地江部容外乡陆河阁政瓦塔马华罗科");
/** After N日, the end of a time limit: 届满 (60日届满), 期满. */
const LIMIT_END = /届满|期满/y;
const LIMIT_END_FIRST = charSet("届期");
const QI_BEFORE = 0x8d77; // 起
const NEI = 0x5185; // 内
const HOU = 0x540e; // 后
const DE = 0x7684; // 的
const DIAN = 0x7535; // 电
/** The last day of a month: a larger N日 is no date (45日后, 公示期45日). */
const MONTH_DAYS = 31;

/**
 * True when N日 with no duration word before it is a span of N days, not the day of a month
 * (called after a 月 before it and a time of day after it have made it a date): a time limit
 * counted from a start (自本公告见报之日起45日内, 起30日), within N days (15日内申报, 30日以内:
 * 以内 is read into the figure), 60日届满, or a number no month has (45日后). Not 15日后
 * (after the 15th), not 15日内蒙古.
 */
function daySpan(text: string, f: RawFigure, lead: number): boolean {
  if (f.post === "under") return true; // 30日以内, 30日之内
  if (text.charCodeAt(lead - 1) === QI_BEFORE) return true;
  const after = text.charCodeAt(f.end);
  if (after === NEI && !has(NOT_WITHIN_AFTER, text, f.end + 1)) return true;
  if (matchesAt(LIMIT_END, LIMIT_END_FIRST, text, f.end)) return true;
  return after === HOU && f.max === null && toNumber(f.value) > MONTH_DAYS;
}
/** Words after which 一半 is a share (占一半, 减少了一半, 其中一半), not a noun (另一半). */
const SHARE_BEFORE =
  /(?:占|近|超过|超|逾|约|达|将近|接近|不到|不足|(?:减少|下降|降低|增长|增加|提高|缩短|节省|节约|减|降)了?|其中)$/;
/**
 * After a Chinese numeral and 元, nouns that make the two a term of chemistry, engineering or
 * mathematics or of a structure, not an amount of yuan: 三元锂电池, 三元材料, 三元正极, 三元催化器,
 * 二元结构, 二元对立, 二元一次方程, 三元组. Not 一次 alone: 十元一次 is a price per ride.
 */
const YUAN_TERM = /锂|材料|正极|前驱体|催化|结构|对立|体系|函数|(?:一次|二次)?方程|合金|组(?!织)/y;
/** 三成 is 30 %: only a Chinese numeral says it. */
const CHINESE_ONLY = /^[零〇一二两三四五六七八九十]+$/;
const CN_DIGIT = charSet("一二两三四五六七八九十");
/** Words before 三成为… that make it a share (约三成为老人), not 三 成为 (three become). */
const SHARE_LEAD = charSet("约近逾超占足到仅达有");
/** What ends a price before 一斤, 一吨: 元, 钱 (块钱, 毛钱), 币. */
const PER_PRICE = charSet("元钱币");
/**
 * A colloquial amount in 块 ending right before: `三块一斤`, `三块八一斤`,
 * `两块五毛一斤`, `两块五毛五分一斤` (what `colloquialMoney` reads as money).
 */
const COLLOQUIAL_PRICE = /块(?:[一二两三四五六七八九1-9](?:[毛角](?:[一二两三四五六七八九1-9]分?)?)?)?$/u;
/** The longest `COLLOQUIAL_PRICE`: 块五毛五分. */
const COLLOQUIAL_PRICE_REACH = 5;

/** 一斤重, 一斤多: a weight after 一块 (`一块一斤重的石头`), not the measure of a price. */
const WEIGHT_AFTER = charSet("重多");

/**
 * True when a colloquial amount in 块 (`COLLOQUIAL_PRICE`) ends where `f`
 * starts: `f` (一斤) is then the measure of its price, unless it is a weight.
 */
function colloquialPriceBefore(text: string, f: RawFigure): boolean {
  if (has(WEIGHT_AFTER, text, f.end)) return false;
  return COLLOQUIAL_PRICE.test(text.slice(Math.max(0, f.start - COLLOQUIAL_PRICE_REACH), f.start));
}
/** 9成, 2成, 10成: Arabic tenths (full-width ９成 arrives as 9成). */
const TENTHS = /^(?:[1-9]|10)$/;
/** 30万方, 3000字, 五千字: Arabic digits or a place word say it is an amount. */
const WRITTEN_AMOUNT = /[\d百千万亿]/;
/** 前 after one of these is a period or a rank (今年前8个月, 该市前3名), as after a non-Han character. */
const BEFORE_QIAN = charSet("年的该全这其");
const FOUR_DIGITS = /^\d{4}$/;
/** 百名, 千人: a bare 百/千 counting people. */
const PEOPLE_WORDS = charSet("名位人");

/** Capital (financial) numerals: 壹贰叁肆伍陆柒捌玖拾佰仟. */
const CAPITAL_NUMERAL = charSet("壹贰叁肆伍陆柒捌玖拾佰仟");
/** 万/亿 after a numeral: 陆万元, 伍亿. */
const BIG_AFTER = charSet("万亿");

/**
 * True when the figure's numeral is one capital numeral alone, with no 万/亿 after it (陆根 of
 * 厂长陆根生, 伍家 of 伍家岗, 陆家 of 陆家嘴): the capitals write amounts in runs (陆万元, 叁拾人,
 * 壹佰贰拾) or before money (陆元, caught before this is asked); alone before a measure word
 * they are surnames and names (陆, 伍), or words (拾 "pick up").
 */
function loneCapital(text: string, f: RawFigure): boolean {
  return f.numeral.length === 1 && !f.compound && has(CAPITAL_NUMERAL, f.numeral, 0) && !has(BIG_AFTER, text, f.start + 1);
}

/** Measure words of buildings: 栋, 幢. */
const BUILDINGS: ReadonlySet<string> = new Set(["栋", "幢"]);
const BUILDING_CHARS = charSet([...BUILDINGS].join(""));
/** `BUILDINGS.has(word)`, without hashing: every word of the set is one character of `BUILDING_CHARS`. */
function isBuilding(word: string): boolean {
  return word.length === 1 && has(BUILDING_CHARS, word, 0);
}
/**
 * The last words of a residential place's name right before N栋: 枫林苑小区3栋, 阳光花园5幢,
 * 幸福家园2栋, 东风新村8栋, 金茂大厦A座 (a number after a place with no verb between is its
 * building's number).
 */
const PLACE_BEFORE = /(?:小区|社区|花园|家园|新村|公寓|大厦|广场|[苑庭府湾园])$/;
/** How far back `PLACE_BEFORE` reads. */
const PLACE_REACH = 2;
/** Nouns after N栋 that make it a count of buildings: 小区12栋楼房, 该园3栋厂房, 5栋住宅. */
const BUILDING_NOUN = /楼|[厂民]房|房屋|住宅|建筑|宿舍|别墅|仓库/y;
const BUILDING_NOUN_FIRST = charSet("楼厂民房住建宿别仓");
/**
 * After N栋: a unit, a room or a door number goes on the address (3栋2单元, 3栋501室, 3栋1号,
 * 3栋二单元); not another amount (住宅12栋3000余套).
 */
const ADDRESS_AFTER = /(?:\d+|[一二三四五六七八九十]+)(?:单元|室|号)/y;
const ADDRESS_AFTER_FIRST = charSet("0123456789单一二三四五六七八九十");

/**
 * True when N栋/N幢 is the building's number in an address, not a count of buildings: a unit or
 * room number after it (3栋2单元, 3栋501室), or a residential place's name right before it with
 * no building noun after it (枫林苑小区3栋的电梯; not 该小区12栋楼房, 新建住宅楼12栋).
 */
function address(text: string, f: RawFigure, lead: number): boolean {
  if (f.compound || f.vague !== null || f.post !== null) return false;
  if (matchesAt(ADDRESS_AFTER, ADDRESS_AFTER_FIRST, text, f.unitEnd)) return true;
  if (!PLACE_BEFORE.test(text.slice(Math.max(0, lead - PLACE_REACH), lead))) return false;
  return !matchesAt(BUILDING_NOUN, BUILDING_NOUN_FIRST, text, f.unitEnd);
}

/** Counts of shares and lots: after 每 they are what a dividend is given per. */
const SHARE_COUNTS: ReadonlySet<string> = new Set(["股", "手"]);

/**
 * True when a number starting at `start` has one digit and one space right
 * before it, at the start of the text or after a Han character: `4 6.8万元`
 * opening a paragraph (`…累计达` / `4 6.8万元` on lines not joined). It is
 * the end of a number that OCR spaced out, which the cleaner did not close up
 * because a list number may open a line that way; read alone it would be a
 * wrong value (6.8万元 for 46.8万元), worse than none. Inside a line the
 * cleaner has closed such numbers (`达4 6.8万元` → `达46.8万元`); a number
 * after a space or a digit (a table's row: `猪肉 14.20 2.9%`) is no such end.
 */
function afterSpacedDigit(text: string, start: number): boolean {
  return (
    text.charCodeAt(start - 1) === 0x20 &&
    isDigitAt(text, start) &&
    isDigitAt(text, start - 2) &&
    (start === 2 || isHanAt(text, start - 3))
  );
}

/**
 * True when 一度 is the adverb "at one point" (用电负荷一度达到6820万千瓦, 油价一度上涨2%, 一年一度的):
 * a lone 一 before 度 with a Han character after it other than 电. One kWh is written 一度电, or
 * stands before a mark, a number or the end (每户少用一度。, 一度0.6元).
 */
function adverbYiDu(text: string, f: RawFigure): boolean {
  return f.numeral === "一" && f.number.lone && !f.compound && f.vague === null && f.post === null &&
    isHanAt(text, f.end) && text.charCodeAt(f.end) !== DIAN;
}

/** Why a raw figure is not a figure, or null when it is one. */
export function rejection(text: string, f: RawFigure, options: FigureOptions): string | null {
  const entry = f.entry;
  if (f.number.digitByDigit) return "digit-by-digit numeral (year or code)";
  if (afterSpacedDigit(text, f.start)) return "the end of a number OCR spaced out (4 6.8万元)";
  if (clockMinutes(text, f.start)) return "the minutes of a clock time (19:30天气预报), not an amount";
  // 5年前, 10天以前: a point in time so long ago, not a quantity of time (前后 is "about").
  if (f.kind === "duration" && (text.startsWith("以前", f.end) || (text.charCodeAt(f.end) === 0x524d /* 前 */ && text.charCodeAt(f.end + 1) !== 0x540e /* 后 */))) {
    return "a point in time (5年前)";
  }
  const lead = leadOf(text, f.start); // 第 3 名: the words before a spaced number
  // 128毫克/100毫升: a rate's two sides are no quantities of their own (the spec has no kind for a rate).
  const slashBefore = text.charCodeAt(lead - 1) === SLASH;
  if ((slashBefore || (text.charCodeAt(f.end) === SLASH && isDigitAt(text, f.end + 1))) && !powerEnergyPair(text, f, slashBefore, lead)) {
    return "a side of a rate (128毫克/100毫升)";
  }
  // The slash test first: `perUnit` requires a slash after the unit, so the set lookup is skipped where none stands.
  if (text.charCodeAt(f.unitEnd) === SLASH && MEASURES.has(f.kind) && perUnit(text, f)) return "a rate per a unit (250Wh/kg, 220W/m2, 35微克/立方米): the spec has no kind for it";
  // 第1、2、3名: the words before a list of bare amounts are before its first.
  const first = has(AMOUNT_LIST_MARK, text, lead - 1) ? amountListStart(text, lead) : lead;
  if (has(RANK_LAST, text, first - 1) && RANK_BEFORE.test(text.slice(Math.max(0, first - 4), first))) {
    return "rank or ordinal";
  }
  if (text.charCodeAt(lead - 1) === 0x524d /* 前 */ && (!isHanAt(text, lead - 2) || has(BEFORE_QIAN, text, lead - 2))) {
    return "period (前N个月) or rank";
  }
  if (entry?.word === "年" && FOUR_DIGITS.test(f.numeral) && !f.vague) {
    const year = Number(f.numeral);
    if (year >= 1000 && year <= 2100) return "year";
  }
  if (entry?.condition === "day-of-month") {
    // 逗留1.6日, 一点六日: a day of the month is a whole number.
    const fraction = hasPoint(f.numeral);
    // 拘留15日上午: a time of day after it makes it a date whatever stands before.
    const dated = matchesAt(DAY_TIME, DAY_TIME_FIRST, text, f.end);
    if (text.charCodeAt(lead - 1) === 0x6708 /* 月 */ || dated) return "date";
    if (!fraction && !DURATION_GOVERNOR.test(text.slice(Math.max(0, lead - 6), lead)) && !daySpan(text, f, lead)) return "date";
  }
  if (entry?.condition === "electricity") {
    if (adverbYiDu(text, f)) return "一度 as an adverb (负荷一度达到, 油价一度上涨: at one point), not 1 kWh";
    if (options.electricity === false) return "度 without electricity";
    // 30万度电: 电 right after the unit says it too.
    const electric = text.charCodeAt(f.unitEnd) === DIAN || sentenceBefore(text, f.start, 30).includes("电");
    if (options.electricity !== true && !electric) return "度 is not kWh here";
  }
  if (entry?.condition === "watt-sign" && !WATT_WORDS.test(sentenceBefore(text, f.start, 30)) && !WATT_AFTER.test(text.slice(f.unitEnd, f.unitEnd + 2))) {
    return "W without a power word (阅读量10W+: 万 in web slang)";
  }
  if (entry?.condition === "chinese-digit" && !CHINESE_ONLY.test(f.numeral) && !TENTHS.test(f.numeral)) {
    return "成 after a number that is not a count of tenths";
  }
  if (entry?.condition === "chinese-digit" && text.charCodeAt(f.unitEnd) === 0x4e3a /* 为 */ && !has(SHARE_LEAD, text, f.start - 1)) {
    return "N成为 (N become), unless a share word leads (约三成为…)";
  }
  if (entry?.condition === "written-amount" && !WRITTEN_AMOUNT.test(f.numeral)) return "三方 (parties), 八字: not an amount";
  if (entry?.condition === "order-word" && !ORDER_WORDS.test(sentenceBefore(text, f.start, 30))) {
    return "单 where no orders are named before it (3单位): not a count of orders";
  }
  if (entry?.word === "元" && CHINESE_ONLY.test(f.numeral) && stickyTest(YUAN_TERM, text, f.unitEnd)) {
    return "a term (三元锂电池, 二元结构, 三元催化器): N元 names kinds of parts, not yuan";
  }
  if (f.kind !== "money" && loneCapital(text, f)) return "a lone capital numeral (厂长陆根生, 伍家岗): a surname or a name, not an amount";
  if (entry != null && isBuilding(entry.word) && address(text, f, lead)) return "an address (小区3栋, 3栋2单元), not a count of buildings";
  const bareHundreds = (f.numeral === "百" || f.numeral === "千") && f.kind !== "percent" && !f.vague;
  if (bareHundreds && !(f.unitEnd > f.unitStart && has(PEOPLE_WORDS, text, f.unitStart)) && !prefixedBare(text, f.start)) {
    return "bare 百/千 outside 百名/千人 or 近千亩 (千年古镇, 千家万户)";
  }
  if (entry === null && f.kind === "money" && !MONEY_WORDS.test(clauseBefore(text, f.start, 14)) && currencyBefore(text, 0, lead) === null) {
    return "bare 万/亿 without a money word";
  }
  if (entry === null && f.kind === "money" && unknownCurrencyAt(text, f.end)) {
    return "a currency the table does not know after the amount (8亿第纳尔, 5亿文莱元): not yuan";
  }
  if (entry?.condition === "country-currency" && sharedCurrencyOf(text, f) === null) {
    return "比索, 克朗, 法郎 with no country named before: whose money it is cannot be told";
  }
  const counted = f.kind === "count" || f.kind === "duration";
  if (counted && f.number.lone && !f.compound && f.vague === null && (f.numeral === "一" || f.numeral === "壹") && !governed(text, f)) {
    return "lone 一 (an article, or a set phrase: 一个地方, 一天)";
  }
  if (entry?.word === "周" && f.numeral === "四" && !governed(text, f)) return "四周 (all around), not four weeks";
  if (f.number.lone && f.numeral === "一" && (PER_PRICE[text.charCodeAt(f.start - 1) | 0] === 1 || colloquialPriceBefore(text, f))) {
    return "the measure of a price (百来元一斤, 三块八一斤)";
  }
  if (text.charCodeAt(lead - 1) === MEI && MEASURES.has(f.kind)) return "the measure a rate is given for (每500克17.8元)";
  if (text.charCodeAt(lead - 1) === MEI && SHARE_COUNTS.has(entry?.word ?? "")) return "the shares a dividend is given per (每10股派3元)";
  if (MEASURES.has(f.kind) && perVerbMeasure(text, f, lead)) {
    return "the measure a rate is given for, after 每 and a verb (每烘干一吨稻谷可减少损失120元)";
  }
  if (MEASURES.has(f.kind) && perOneMeasure(text, f, lead)) {
    return "the measure a rate is given for, 一 and a measure opening the clause (一亩地能多收入1500多元)";
  }
  if (f.kind === "money" && has(RATE_LINK_FIRST, text, f.end) && exchangeMeasure(text, f)) {
    return "the measure an exchange rate is given for (100日元兑4.8938元人民币, 1欧元约合7.83元)";
  }
  if (f.entry === BARE_DOLLAR && f.unitEnd === f.unitStart && !dollarPage(options.currency)) {
    return "a bare $ off a dollar page (售价$500 on a mainland page names no currency)";
  }
  if (f.kind === "area" && f.number.lone && f.numeral === "一" && priceAfter(text, f.end)) {
    return "the measure of a price (一坪要价上百万元)";
  }
  if (rateBase(text, f)) return "the base a rate is given per (每千人口, 每百户, 每万人): no count";
  if (pennyIdiom(text, f)) return "not a penny (一分钱也没收, 一毛钱都不花): a negation idiom, no amount";
  if (f.numeral === "一半" && f.post === null && !SHARE_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start))) {
    return "一半 as a noun (另一半, 一半…一半)";
  }
  if (counted && f.number.lone && !f.compound && parallel(text, f) && !governed(text, f)) return "parallel set phrase (一天当作两天用)";
  if (f.kind === "count" && !isInteger(f.value) && !averagedCount(text, f)) return "fractional count (list numbering such as 2.2本)";
  if (modelCode(text, f)) return "a code or a model (K8车次, G1234次列车, rtx4090块, X600W), not a quantity";
  if (f.kind === "percent" && basisPoints(text, f) && QUOTED_PRICE.test(text.slice(sentenceStart(text, f.start), f.start))) {
    return "basis points of an exchange rate or a quoted price (中间价调升136个基点): no percentage points";
  }
  if (insideShortQuote(text, f)) return "inside a quoted slogan or title";
  if (f.kind === "duration" && termOfNoun(text, f.end)) return "a term that names the noun after it (5年期以上LPR, 7天期逆回购)";
  if (f.kind === "duration") {
    const why = notADuration(text, f, options);
    if (why !== null) return why;
  }
  if ((f.kind === "length" || f.kind === "volume") && speed(text, f)) {
    return "a rate per time (时速100公里, 流量2850立方米/秒), not a length or a volume";
  }
  if (f.kind === "length" && sportsEvent(text, f, lead)) return "the name of a sports event (女子3米板), not a length";
  if (f.entry?.word === "届" && SESSION_AFTER.test(text.slice(f.unitEnd, f.unitEnd + SESSION_REACH))) {
    return "the term of a body, numbered with its session (省委十二届九次全会, 十四届全国人大二次会议): an ordinal";
  }
  if (f.entry?.word === "项" && CHINESE_ONLY.test(f.numeral) && namedPolicy(text, f, lead)) {
    return "the name of a set of rules (中央八项规定, 八项规定精神), not a count";
  }
  if (f.kind === "money" && f.post !== null && stickyTest(THRESHOLD_NOUN, text, f.end)) {
    return "a class threshold (100亿元以上项目), not an amount";
  }
  return null;
}

const SLASH = 0x2f; // /

/**
 * True when the figure's Arabic digits are glued to Latin letters before them and it is a count
 * (K8车次, G1234次列车, rtx4090块) or its unit is Latin letters too (X600W电源, A100W): the token
 * is a code or a model's name, no quantity. A Han unit after letters and digits stays a figure
 * (GDP5000亿元), and A、B、C三组 counts three groups.
 */
function modelCode(text: string, f: RawFigure): boolean {
  if (!isAsciiLetterAt(text, f.start - 1) || !isDigitAt(text, f.start)) return false;
  return f.kind === "count" || isAsciiLetterAt(text, f.unitStart);
}

/**
 * After N届, the session of that term, numbered: `九次全会`, `二次会议`,
 * `第十次会议`, `三中全会` (of the Central Committee, 中央委员会), with the body's name
 * between (`全国人大二次会议`): the term
 * is an ordinal then. Without a session (`连任三届全国人大代表`) 届 counts terms.
 */
const SESSION_AFTER = /^[\u4e00-\u9fff]{0,8}?第?[一二三四五六七八九十\d]+[次中](?:全会|全体会议|会议)/u;
/** How far after 届 its session is looked for. */
const SESSION_REACH = 16;
/** Before a set of rules named by its number: `中央八项规定`, `违反八项规定` (a rule is broken by its name). */
const POLICY_BEFORE = /(?:中央|违反|违背)$/u;
/** After N项 and its noun, the spirit of a named set of rules: `八项规定精神`. */
const POLICY_SPIRIT = /^[\u4e00-\u9fff]{2}精神/u;

/**
 * True when N项 (Chinese numerals) names a set of rules rather than counting
 * items: the issuer or a breach stands right before it (`中央八项规定`,
 * `违反八项规定`), or its spirit after its noun (`八项规定精神`). `出台了八项措施` counts.
 */
function namedPolicy(text: string, f: RawFigure, lead: number): boolean {
  return POLICY_BEFORE.test(text.slice(Math.max(0, lead - 2), lead)) || POLICY_SPIRIT.test(text.slice(f.unitEnd, f.unitEnd + 4));
}

/**
 * True when a measure's unit is given per another unit: a slash after the unit and a unit word
 * or Latin letters after it. 能量密度300Wh/kg, 功率密度220W/m2 (densities), 35微克/立方米,
 * 2毫克/升 (concentrations): rates, for which the spec has no kind — as speeds and flows
 * (`speed`) have none. A yield per an area and a capacity per a period state their amount
 * (394公斤/亩, 5000吨/年: `statedPer`). Money per a unit is a price and stays (3000元/吨); a
 * slash before a number is a rate's side or a pair (`powerEnergyPair`), or the amount a price is
 * given per (3.5元/500克, read with the price); a slash before other words separates items of a
 * list (占地120亩/总投资5亿元) and stays.
 */
function perUnit(text: string, f: RawFigure): boolean {
  let at = f.unitEnd + 1;
  if (f.unitEnd <= f.unitStart || text.charCodeAt(f.unitEnd) !== SLASH) return false;
  if (isAsciiLetterAt(text, at)) return true;
  // 0.42吨标准煤/万元, 18立方米/万元: an intensity per an amount of money (per 万/亿 of it) is a rate too
  if (has(PER_MAGNITUDE, text, at)) at++;
  const per = unitAt(text, at);
  return per !== null && !statedPer(f.kind, per);
}

/**
 * What makes a count an average over people, homes or an area, which may have a fraction:
 * 每万人口发明专利拥有量达到18.6件, 户均拥有汽车1.2辆, 人均2.5本, 平均每户3.2人, 每千名老人
 * 拥有养老床位35.5张, 每平方公里1.8个.
 */
const AVERAGED = /每[十百千万]*(?:人|户|名|家|平方公里)|[人户]均|平均|拥有量|保有量/;

/** True when the sentence before a count makes it an average (`AVERAGED`): 18.6件 is no list number then. */
function averagedCount(text: string, f: RawFigure): boolean {
  return AVERAGED.test(text.slice(sentenceStart(text, f.start), f.start));
}

/** A bare magnitude that names a rate's base after 每: 每千人口, 每百户, 每万人, 每十万人. */
const RATE_BASE = /^十?[十百千万]$/;

/** True when a count is a bare magnitude right after 每 (`RATE_BASE`): what a rate is given per. */
function rateBase(text: string, f: RawFigure): boolean {
  return f.kind === "count" && text.charCodeAt(f.start - 1) === MEI && RATE_BASE.test(f.numeral);
}

/** The coins of `pennyIdiom`: 一分钱, 一毛钱, 一角钱. */
const PENNY_WORDS: ReadonlySet<string> = new Set(["分钱", "毛钱", "角钱"]);
/** What follows 一分钱 in a denial: 也, 都, 没(收), 不(花), 未(取). */
const DENIAL_AFTER = charSet("也都没不未");

/**
 * True when 一分钱/一毛钱/一角钱 stands before a denial (`DENIAL_AFTER`): 法援律师一分钱没收, 一分钱也不
 * 用花 say "nothing at all", no amount. 多花了3毛钱 and 一分钱一分货 are left as they were.
 */
function pennyIdiom(text: string, f: RawFigure): boolean {
  return f.numeral === "一" && f.entry !== null && PENNY_WORDS.has(f.entry.word) && has(DENIAL_AFTER, text, f.end);
}

/** A magnitude after the slash of a rate: 吨/万元 (per ten thousand yuan), 吨/亿元. */
const PER_MAGNITUDE = charSet("万亿");

/** The periods a mass, volume or energy is stated per: 100万吨/年, 5万吨/日, 20万立方米/天, 50吨/小时. */
const PERIODS: ReadonlySet<string> = new Set(["年", "日", "天", "小时"]);
/** Kinds stated per a period: a capacity or an output (产能100万吨/年, 供水能力20万立方米/日, 发电量2亿千瓦时/年). */
const PERIOD_KINDS: ReadonlySet<string> = new Set(["mass", "volume", "energy"]);

/**
 * True when a measure given per `per` states its amount, not a rate the spec has no kind for:
 * a mass per an area is a yield or a dose (单产394.7公斤/亩, 施肥15千克/亩, 7.8吨/公顷), the area
 * what it is given per, as 每亩 is; a mass, a volume or an energy per a period is a capacity or an
 * output (产能100万吨/年, 污水处理能力5万吨/日), the period its time, as 年产 and 日处理 are. The
 * figure's text takes the slash and the per word. Densities and concentrations (250Wh/kg,
 * 35微克/立方米, 2毫克/升) and flows per second stay rates.
 */
function statedPer(kind: string, per: UnitEntry): boolean {
  if (kind === "mass" && per.kind === "area") return true;
  return PERIOD_KINDS.has(kind) && per.kind === "duration" && PERIODS.has(per.word);
}

const COLON = 0x3a; // : (normalisation makes ： one)

/**
 * True when the number at `start` is the minutes of a clock time: two digits right after one or
 * two digits and a colon (19:30天气预报, 8:05, 20：00 after normalisation). A clock time states
 * no amount, and its minutes read with a word after them make one (30天 of 19:30天气预报).
 */
function clockMinutes(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== COLON || !isDigitAt(text, start - 2)) return false;
  if (isDigitAt(text, start - 3) && isDigitAt(text, start - 4)) return false;
  return isDigitAt(text, start) && isDigitAt(text, start + 1) && !isDigitAt(text, start + 2);
}

/** Characters of the number after a slash: 5600, 1.5, 2,800, 10万. */
const PAIR_NUMERAL = charSet("0123456789.,万亿");
/** The longest power or energy word that may end before a slash (兆瓦, MW, 瓩; 兆瓦时, MWh; 千瓦小时). */
const PAIR_WORD_MAX = 4;

/**
 * 储能规模2800兆瓦/5600兆瓦时 · 100MW/200MWh: a storage plant's power and energy written as a
 * pair, two quantities, not a rate (energy per power is no rate the text states). `slashBefore`:
 * the slash stands before the figure (its right side), else after it. Real rates keep their
 * rejection: 128毫克/100毫升, 20千瓦时/100公里.
 */
function powerEnergyPair(text: string, f: RawFigure, slashBefore: boolean, lead: number): boolean {
  if (f.kind !== "power" && f.kind !== "energy") return false;
  const other = f.kind === "power" ? "energy" : "power";
  if (!slashBefore) {
    let i = f.end + 1;
    while (has(PAIR_NUMERAL, text, i)) i++;
    return unitAt(text, i)?.kind === other;
  }
  const slash = lead - 1;
  // Farthest first: the longest word that ends at the slash (兆瓦, not its last character 瓦).
  for (let at = slash - PAIR_WORD_MAX; at < slash; at++) {
    const unit = unitAt(text, at);
    if (unit !== null && at + unit.word.length === slash) return unit.kind === other && has(PAIR_NUMERAL, text, at - 1);
  }
  return false;
}

/** Characters after 每 that make a per-item word, not a verb: a time (每年, 每月, 每晚) or a numeral. */
const PER_ITEM = charSet("年月日天周季晚夜时分秒期届回0123456789零〇一二两三四五六七八九十百千万半");
/** True when what stands after 每 at `at` makes a per-item word (每年, 每吨), not a verb (`PER_ITEM`, or a unit). */
const perItemAt = (text: string, at: number): boolean => has(PER_ITEM, text, at) || unitAt(text, at) !== null;
/** How many characters a verb between 每 and the number may have (每发, 每烘干). */
const PER_VERB_MAX = 2;
/** What says a number follows in the sentence: the rate's own amount (可减少损失120元, 耗油8升). */
const RATE_NUMERAL = charSet("0123456789一二两三四五六七八九十百千万亿");
/** What ends the sentence the rate's own amount is looked for in (a comma does not: 每生产一吨钢，耗水3吨). */
const RATE_END = charSet("。；;！!？?\n");
/** How far after the figure the rate's own amount is looked for. */
const RATE_REACH = 30;
/** One, ten, a hundred…: the round amounts a rate is given for (一吨, 100公里, 1万吨). */
const ROUND = /^10*$/;

/**
 * The nearest 每 right before `at` or a verb of up to `PER_VERB_MAX` characters before it
 * (每500克, 每发1, 每烘干一), not before `floor`; else -1.
 */
function meiBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor && i >= at - 1 - PER_VERB_MAX; i--) if (text.charCodeAt(i) === MEI) return i;
  return -1;
}

/**
 * 每烘干一吨稻谷可减少损失约120元, 每行驶100公里耗油8升, 每发1千瓦时电: 每, a verb and a round
 * amount (one, ten, a hundred…) say what a rate is given for, as 每500克 does, when the rate's
 * own amount follows in the sentence; no quantity is stated there. Not after 每 and a measure or
 * a time (每亩施肥25千克, 每吨100元, 每年减排1万吨), and not without an amount after it in the
 * sentence (每车装1吨。: what each truck carries).
 */
function perVerbMeasure(text: string, f: RawFigure, lead: number): boolean {
  // 每 one or two Han characters (the verb) before the number: 每发1, 每烘干一. Looked at first:
  // most measures have no 每 there, and the tests after it cost more. (每 right before the
  // number was rejected before this is asked: `rejection`.)
  const mei = meiBefore(text, lead, 0);
  if (mei < 0) return false;
  for (let i = mei + 1; i < lead; i++) if (!isHanAt(text, i) || text.charCodeAt(i) === MEI) return false;
  if (perItemAt(text, mei + 1)) return false;
  if (f.compound || f.number.max !== null || !ROUND.test(toDecimalString(f.number.value))) return false;
  for (let i = f.end; i < text.length && i < f.end + RATE_REACH && !has(RATE_END, text, i); i++) {
    if (has(RATE_NUMERAL, text, i)) return true;
  }
  return false;
}

/**
 * 一亩地能多收入1500多元, 一亩纯收入能有600多元, 一公顷能增产300公斤: 一 and a measure that open
 * the clause, a noun or verb after them, and the rate's own amount later in the sentence say
 * what the rate is given for, as 每亩 does; no area is stated. Not inside the clause (种植面积一亩,
 * 仅有一亩地, 流转土地一亩), and not without an amount after it (一亩地种上了茶树。).
 */
function perOneMeasure(text: string, f: RawFigure, lead: number): boolean {
  if (!f.number.lone || f.numeral !== "一" || f.compound || f.vague !== null || f.post !== null) return false;
  if (lead > 0 && !has(CLAUSE_END, text, lead - 1)) return false;
  if (!isHanAt(text, f.end)) return false;
  for (let i = f.end; i < text.length && i < f.end + RATE_REACH && !has(RATE_END, text, i); i++) {
    if (!has(RATE_NUMERAL, text, i)) continue;
    // An amount, not a word (一些, 一起): the numeral, 多/余 and a magnitude, then a unit.
    let j = i;
    while (has(AMOUNT_CHAR, text, j)) j++;
    if (unitAt(text, j) !== null) return true;
    // Go on at j itself (the loop's step would pass over it): it may end the sentence.
    i = j - 1;
  }
  return false;
}
/**
 * What joins the two sides of an exchange rate: 兑 (100日元兑4.8938元人民币, 1港元兑换0.9元),
 * 约合, 折合, 合 (1欧元约合7.83元人民币, 1美元合7.1元), then 约 or the other side's number.
 */
const RATE_LINK = /(?:兑换?|约合|折合|合)约?(?=[0-9零〇一二两三四五六七八九十百千])/y;
const RATE_LINK_FIRST = charSet("兑约折合");
const DUI = 0x5151; // 兑
/** The largest amount quoted as 约合/合 the other currency: 1 or 100 (100日元约合4.9元), not a price (1000元约合140美元). */
const CONVERTED_MAX = 100;

/**
 * 100日元兑4.8938元人民币, 1美元兑7.1元人民币, 1欧元约合7.83元人民币: a round amount (one, a
 * hundred…) that 兑 or 约合 joins to an amount of another money is the measure the rate is
 * given for, as 每500克 is of a price; no sum is stated. The other side, the rate, stays. Not
 * a sum converted (募资50亿元，折合约1000亿日元: not round, and a comma stands between).
 */
function exchangeMeasure(text: string, f: RawFigure): boolean {
  if (f.compound || f.max !== null || f.vague !== null || f.post !== null || !ROUND.test(toDecimalString(f.value))) return false;
  if (!stickyTest(RATE_LINK, text, f.end)) return false;
  return text.charCodeAt(f.end) === DUI || toNumber(f.value) <= CONVERTED_MAX;
}

/** Characters of an amount before its unit: 1500多元, 600余元, 3.5万吨, 一千元. */
const AMOUNT_CHAR = charSet("0123456789.,零〇一二两三四五六七八九十百千万亿多余点");

/** True when the figure's unit is basis points (25个基点, 136基点). */
function basisPoints(text: string, f: RawFigure): boolean {
  return f.unitEnd >= 2 && text.charCodeAt(f.unitEnd - 1) === 0x70b9 /* 点 */ && text.charCodeAt(f.unitEnd - 2) === 0x57fa; /* 基 */
}
/**
 * A price quoted to four places, whose basis point is a ten-thousandth of the price, not of a
 * percent: 人民币兑美元汇率中间价报7.1028，较前一交易日调升136个基点.
 */
const QUOTED_PRICE = /汇率|汇价|中间价|牌价|兑(?:美元|人民币|欧元|日元|港元|英镑)/;
/** How far back the sentence of a figure is read for `QUOTED_PRICE`. */
const SENTENCE_REACH = 80;

/** Where the sentence holding `at` starts (after 。！？; no further back than `SENTENCE_REACH`). */
function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - SENTENCE_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 /* 。 */ || c === 0x21 /* ! */ || c === 0x3f /* ? */) return i + 1;
  }
  return floor;
}

/** 期 (a term), and what after it makes 期 a word of its own: 期间, 期满 (3年期满 is a duration). */
const QI_TERM = 0x671f; // 期
const NOT_TERM_AFTER = charSet("间满");

/**
 * True when 期 at `at` ends a duration as a term that qualifies the noun after it: 5年期以上LPR,
 * 10年期国债, 3个月期存款, 7天期逆回购 (a loan's or a bond's term, an attribute, not an amount of
 * time); not 三年期间 (during), 五年期满 (expiry).
 */
function termOfNoun(text: string, at: number): boolean {
  return text.charCodeAt(at) === QI_TERM && !has(NOT_TERM_AFTER, text, at + 1);
}

/** `re` (sticky) at `at`. */
function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Where the words before a figure end: before one space that stands between a Han
 * character and the number (年减 4%, 约 2,000 万支: Taiwan online copy), else `start`.
 */
function leadOf(text: string, start: number): number {
  return text.charCodeAt(start - 1) === 0x20 && isHanAt(text, start - 2) ? start - 1 : start;
}

/** True when the numeral holds a decimal point (1.6, 一点六). */
function hasPoint(numeral: string): boolean {
  for (let i = 0; i < numeral.length; i++) {
    const c = numeral.charCodeAt(i);
    if (c === 0x2e /* . */ || c === 0x70b9 /* 点 */) return true;
  }
  return false;
}

/**
 * The code of a currency word that ends at `at` (拨款新元3000万, 投资美元5亿), not before `from`,
 * or null. It makes a bare 万/亿 money, and names the currency of the figure after it.
 */
function currencyBefore(text: string, from: number, at: number): string | null {
  const word = rightWord(text, Math.max(from, at - 5), at);
  return word !== null && word.role === "unit" ? (CURRENCY_CODE[word.word] ?? null) : null;
}

/** Words after 一坪 that make it the measure a price is given for: 要价, 售价, 价, 租, 元. */
const PRICE_AFTER = charSet("要售价租卖元万约近逾达");
/** 台北市一坪要价上百万元, 一坪50万元: the measure of a price, not an area (the character after the figure says it). */
function priceAfter(text: string, end: number): boolean {
  return has(PRICE_AFTER, text, end) || isDigitAt(text, end); // 一坪50万元
}

/**
 * Nouns after 亿元以上 that make the amount a class of projects or firms (亿元以上项目). Not 企业 that
 * opens a noun of people (年薪50万元以上的企业高管, 企业家, 企业主, 企业负责人): the class is of people,
 * and the amount states what each earns, a figure as 月收入3000元以下的家庭 is.
 */
const THRESHOLD_NOUN = /的?(?:重大|重点|大|工业)?(?:项目|企业(?!高管|家|主|负责人|法人|员工|职工|经营者)|客户)/y;
/** 这两天, 那几年: a demonstrative before a lone digit makes a vague period. */
const DEMONSTRATIVE = charSet("这那");
/** After a duration, the name of a plan: 三年行动计划, 五年规划, 三年攻坚 (not 三年计划投资: a verb). */
const PLAN_NAME = /(?:行动|攻坚|规划(?!建设|新建|布局)|方案|纲要|战略|计划(?=[》”，。、；,;]|$))/y;
/**
 * Before a duration, words that say time was spent (历时42个月攻坚, 经过三年攻坚, 连续两年行动): the
 * duration is an amount of time however a plan-like word follows it.
 */
const SPENT_BEFORE = /(?:历时|历经|经过|用时|耗时|连续)(?:约|近|超过|了)?$/;
/** First characters of `PLAN_NAME`: it is sticky, so a match begins at the figure's end. */
const PLAN_NAME_FIRST = firstCharTable(PLAN_NAME.source);
/** After a duration, a named zone: 15分钟便民生活圈, 1小时经济圈. */
const ZONE = /[^，。；、,;\s]{0,5}圈/y;
/** Before a bare 2–3 digit N年 in Taiwan copy, words that make it a year: 于115年, 自112年起, 至112年. */
const ROC_BEFORE = charSet("于自至在到从由(");
/** After N年 in Taiwan copy: 112年起, 100年间, 去年(112年) (a year); 在10年内 is a duration. */
const ROC_AFTER = charSet("起间)");
const ROC_NOT_AFTER = charSet("内里来之");
const TWO_OR_THREE_DIGITS = /^\d{2,3}$/;
/**
 * After a two- or three-digit N年, a quarter of the year: 115年第一季, 112年第3季度 make N年 a
 * year (of the Republic, or written short), not an amount of time (连续10年第一 stays one).
 * 年底, 年度, 年初, 年末 are no duration unit at all (`units.ts`).
 */
const QUARTER_AFTER = /第[一二三四1-4]季/y;
/** Before N年, words of an amount of time: 近10年, 约10年, 逾20年 (连续, 长达: `DURATION_GOVERNOR`). */
const SPAN_BEFORE = charSet("近约逾超满达过共");

/** True when the words before N年 at `start` make it a span of years: 连续10年第一季度, 近10年第一季度. */
function spanOfYears(text: string, start: number): boolean {
  return has(SPAN_BEFORE, text, start - 1) || DURATION_GOVERNOR.test(text.slice(Math.max(0, start - 6), start));
}

/** 5月, 12月, 五月: a month (one or two digits, or a Chinese month numeral) at `at`. */
function monthAfter(text: string, at: number): boolean {
  let i = at;
  while (i < at + 2 && MONTH_DIGIT[text.charCodeAt(i) | 0] === 1) i++;
  return i > at && text.charCodeAt(i) === 0x6708; /* 月 */
}
const MONTH_DIGIT = charSet("0123456789一二三四五六七八九十");

/** 近, "over the past": 近三年, 近两个月 name a time frame when a change follows them. */
const JIN = 0x8fd1;
/**
 * A change right after 近N年 (来): 费率近三年下降约15%, 人口近十年来增长12%. 工作近三年 has none: an amount
 * of time; nor has 近5年累计净流入 (a time frame the tables keep as a duration with no qualifier).
 */
const CHANGE_AFTER_PERIOD =
  /来?(?:持续|年均|平均|分别|累计|共|已)?(?:增长|下降|提高|上升|增加|减少|降低|回落|下滑|上涨|提升|缩小|扩大|缩减|翻|增|降|涨|跌|减)/y;

/**
 * True when a duration with 近 before it (近三年, 近两个月) is the time frame of the change that
 * follows it (`CHANGE_AFTER_PERIOD`): "over the past three years", as 近年来 is, not an amount.
 */
function pastPeriodAdverbial(text: string, f: RawFigure): boolean {
  const jin = text.charCodeAt(f.start) === JIN || text.charCodeAt(f.start - 1) === JIN;
  return jin && f.max === null && stickyTest(CHANGE_AFTER_PERIOD, text, f.end);
}

const GE_INTERVAL = 0x9694; // 隔

/**
 * True when 每 or 每隔 stands right before a duration at `start`: 每半年支付一次, 每3年检查一次,
 * 每隔两个月复查 state how often, not an amount of time.
 */
function everyBefore(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === MEI || (before === GE_INTERVAL && text.charCodeAt(start - 2) === MEI);
}

/** Why a duration is a period, a plan's name or a year rather than an amount of time, or null. */
function notADuration(text: string, f: RawFigure, options: FigureOptions): string | null {
  if (f.number.lone && has(DEMONSTRATIVE, text, f.start - 1)) return "这两天: a vague period";
  if (pastPeriodAdverbial(text, f)) return "近三年下降15%: the time frame of a change, no amount of time";
  if (everyBefore(text, f.start)) return "每半年支付一次: the interval of a recurrence, a frequency";
  if (matchesAt(PLAN_NAME, PLAN_NAME_FIRST, text, f.end) && !SPENT_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start))) {
    return "the name of a plan (三年行动计划)";
  }
  if (within(text, "圈", f.end, f.end + 6) && stickyTest(ZONE, text, f.end)) return "a named zone (15分钟生活圈)";
  if (f.entry?.word !== "年") return null;
  if (f.start >= 2 && text.startsWith("民国", f.start - 2)) return "a year of the Republic (民国100年)";
  if (!TWO_OR_THREE_DIGITS.test(f.numeral)) return null;
  // 113年5月10日, 19年3月: a month after it makes it the year of a date (two or three digits: a
  // year of the Republic, or one written short).
  if (f.max === null && monthAfter(text, f.end)) return "the year of a date (113年5月)";
  if (f.max === null && stickyTest(QUARTER_AFTER, text, f.end) && !spanOfYears(text, f.start)) return "the year of a quarter (115年第一季)";
  if (options.currency === "TWD" && !has(ROC_NOT_AFTER, text, f.end)) {
    if (has(ROC_BEFORE, text, f.start - 1) || has(ROC_AFTER, text, f.end)) return "a Taiwan year (于115年, 112年起)";
  }
  return null;
}

/**
 * 时速100公里, 每小时40公里, 120公里/小时, 20米/秒: a speed; 流量2850立方米/秒, 2850立方米每秒,
 * 每秒560立方米: a flow. The spec has no kind for a rate per time.
 */
const SPEED_BEFORE = /(?:时速|每小时|秒速|每秒|每分钟|速度)[^，。；,;]{0,5}$/;
const SPEED_AFTER = /\/(?:小时|时|秒|h|s)|每小时|每秒/y;
/** First characters of `SPEED_AFTER` (sticky at the figure's end): / and 每. */
const SPEED_AFTER_FIRST = charSet("/每");
/** 速 or 每: every word of `SPEED_BEFORE` holds one, so a match needs one in the ten characters read. */
const SPEED_MARK = charSet("速每");
function speed(text: string, f: RawFigure): boolean {
  // 20万立方米/日, 3600立方米/小时: a volume per a period is a capacity (`statedPer`), not a flow.
  if (f.end > f.unitEnd && text.charCodeAt(f.unitEnd) === SLASH) {
    const per = unitAt(text, f.unitEnd + 1);
    if (per !== null && statedPer(f.kind, per)) return false;
  }
  // At the figure's end, or at its unit's end: a `/unit` after the unit is part of the figure (60公里/小时).
  if (matchesAt(SPEED_AFTER, SPEED_AFTER_FIRST, text, f.end)) return true;
  if (f.unitEnd !== f.end && matchesAt(SPEED_AFTER, SPEED_AFTER_FIRST, text, f.unitEnd)) return true;
  const from = Math.max(0, f.start - 10);
  let i = from;
  while (i < f.start && !has(SPEED_MARK, text, i)) i++;
  return i < f.start && SPEED_BEFORE.test(text.slice(from, f.start));
}

/**
 * After a length, the rest of a sports event's name: 3米板, 10米跳台, 10米气步枪, 100米自由泳,
 * 110米栏, 50米跑, 4×100米接力, 20公里竞走, 100米决赛. Not a word that goes on as another
 * noun: 10米台阶, 3米板材, 1米栏杆, 400米跑道 (a track of that length).
 */
const EVENT_AFTER = new RegExp(
  [
    "跳板|跳台|板(?![材房块子凳面])|台(?![阶地风湾面])", // 3米板, 10米跳台, 10米台 (diving)
    "气步枪|步枪|气手枪|手枪|速射|移动靶", // 10米气步枪, 25米手枪速射, 10米移动靶 (shooting)
    "自由泳|蛙泳|仰泳|蝶泳|混合泳|个人混合泳", // 100米自由泳 (swimming)
    "栏(?!杆)|跑(?!道)|短跑|长跑|接力|竞走|障碍(?!物)", // 110米栏, 50米跑, 4×100米接力, 20公里竞走, 3000米障碍
    "决赛|预赛|半决赛|复赛|比赛", // 男子100米决赛, 100米比赛
  ].join("|"),
  "y",
);
const EVENT_AFTER_FIRST = firstCharTable(EVENT_AFTER.source);
const ZI = 0x5b50; // 子
/** Before 子 in 男子, 女子: the sex a sports event is for. */
const SEX = charSet("男女");
/** Before 男子, 女子: words that make a person of it (该男子, 一名男子, 某女子), not an event's sex. */
const PERSON_BEFORE = charSet("名位个该这那此某");

/**
 * True when the length is part of a sports event's name, which states no quantity: the
 * rest of the name after it (`EVENT_AFTER`), or the sex of the event before it (男子100米,
 * 女子10米, 混合4×100米). An event's length is exact: 多, 余, 约, 左右 make a distance
 * (追了该男子300多米). A distance run (他跑了100米), a height (跳台高10米) and a length
 * (全长100米) are measures and stay.
 */
function sportsEvent(text: string, f: RawFigure, lead: number): boolean {
  if (f.vague !== null || f.post !== null || f.number.vague) return false;
  if (matchesAt(EVENT_AFTER, EVENT_AFTER_FIRST, text, f.end)) return true;
  if (text.charCodeAt(lead - 1) === ZI) return has(SEX, text, lead - 2) && !has(PERSON_BEFORE, text, lead - 3);
  return lead >= 2 && text.startsWith("混合", lead - 2);
}

/**
 * 为期一个月, 历时一年, 用了一周: a duration word governs the figure, so 一 is a number.
 * Asked only of the few lone-一 and 四周 figures, not of every duration.
 */
function governed(text: string, f: RawFigure): boolean {
  if (f.kind !== "duration") return false;
  const before = text.slice(Math.max(0, f.start - 6), f.start);
  return DURATION_GOVERNOR.test(before) || QUALIFIED_TIME.test(before);
}
/**
 * 不到一个月, 近一年, 超过一周: a qualifier before a lone 一 makes it an amount of time (最近一个月
 * and 附近 are not qualifiers).
 */
const QUALIFIED_TIME = /(?:不到|不足|将近|接近|(?<![最附邻])近|超过|逾|大约|约)$/;

/**
 * The same measure word after another lone digit close by: 一天当作两天用, 两步并作一步. Not
 * when one list mark alone stands between the two (`listed`): 有期徒刑八个月和六个月 states two
 * amounts.
 */
function parallel(text: string, f: RawFigure): boolean {
  const word = text.slice(f.unitStart, f.unitEnd);
  const from = Math.max(0, f.start - 6);
  const to = Math.min(text.length, f.end + 6);
  // Looked for only up to `to`: an `indexOf` would read on to the end of the text.
  for (let i = from; i < to; i++) {
    if (i === f.unitStart || !text.startsWith(word, i)) continue;
    if (has(CN_DIGIT, text, i - 1) && !has(CN_DIGIT, text, i - 2) && !listed(text, f, i)) return true;
  }
  return false;
}

/** 和, 、, 及, 与, 或: marks that list amounts (八个月和六个月, 三年或五年). */
const LIST_MARK = charSet("和、及与或");

/**
 * True when the other lone digit and measure word, whose word starts at `word`, is listed
 * with `f`: one list mark alone stands between them (八个月和六个月, 三年、五年).
 */
function listed(text: string, f: RawFigure, word: number): boolean {
  // The other after f: 八个月和|六个月 (its digit at word - 1); before f: 八个月|和六个月.
  const mark = word > f.start ? f.end : word + (f.unitEnd - f.unitStart);
  const next = word > f.start ? word - 1 : f.start;
  return next - mark === 1 && has(LIST_MARK, text, mark);
}

/** Opening and closing quotes and title marks in one table: one load per character read. */
const OPEN_QUOTE = 1;
const CLOSE_QUOTE = 2;
const QUOTES = new Uint8Array(0x10000);
for (const c of "“‘《〈【") QUOTES[c.charCodeAt(0)] = OPEN_QUOTE;
for (const c of "”’》〉】") QUOTES[c.charCodeAt(0)] = CLOSE_QUOTE;

/**
 * Inside “三个聚焦”, “一办七组”, 《…》: a slogan or a title, not a quantity. Not inside a short
 * quotation of speech (`quotedSpeech`: “今年投资5亿元。”), and not for an amount in Arabic digits
 * with a unit of money or measure (`statedInQuote`: “满200元减30元”, a promotion's terms).
 */
function insideShortQuote(text: string, f: RawFigure): boolean {
  const start = f.start;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const quote = QUOTES[text.charCodeAt(i) | 0];
    if (quote === CLOSE_QUOTE) return false;
    if (quote === OPEN_QUOTE) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = f.end; i < Math.min(text.length, open + 16); i++) {
    const quote = QUOTES[text.charCodeAt(i) | 0];
    if (quote === OPEN_QUOTE) return false;
    if (quote === CLOSE_QUOTE) return !quotedSpeech(text, open, i) && !statedInQuote(text, open, f);
  }
  return false;
}

/** Quotation marks (not title marks 《》 or brackets 【】): what they hold may be speech. */
const SPEECH_QUOTE = charSet("“‘");
/**
 * Sentence punctuation inside a quotation makes it speech, not a name (full-width ，；！？ arrive
 * as ASCII): “今年投资5亿元，用于修路。” · “一亩地能多收入1500多元。”. 、 does not: “三清三拆、三整治”.
 */
const SPEECH_MARK = charSet("。,;!?…");
/** Last characters of the verbs before 说：“…” that quote speech: 说, 道, 称, 表示, 介绍, 坦言, 讲, 答, 问. */
const SPEECH_VERB_LAST = charSet("说道称示绍言讲答问");

/**
 * True when the quotation that opens at `open` and closes at `close` is speech: it holds
 * sentence punctuation (`SPEECH_MARK`), or a speech verb and a colon stand before it
 * (他说：“今年投资5亿元”). 主题是“三个聚焦” and 打造“三个高地” stay names.
 */
function quotedSpeech(text: string, open: number, close: number): boolean {
  if (!has(SPEECH_QUOTE, text, open)) return false;
  for (let i = open + 1; i < close; i++) if (has(SPEECH_MARK, text, i)) return true;
  return text.charCodeAt(open - 1) === 0x3a /* : */ && has(SPEECH_VERB_LAST, text, open - 2);
}

/**
 * True when the figure is written in Arabic digits with a unit of money or measure inside
 * quotation marks: “满200元减30元”, “1元公交” state amounts, as they do unquoted. Counts and
 * durations stay names (“3个100”工程, “15分钟”生活圈), and so does anything in Chinese numerals
 * (“百亿补贴”, “三个聚焦”) or under title marks (《…25条措施》).
 */
function statedInQuote(text: string, open: number, f: RawFigure): boolean {
  return has(SPEECH_QUOTE, text, open) && f.kind !== "count" && f.kind !== "duration" && isDigitAt(text, f.start);
}

/**
 * Words before a W after a number that make it watts (`watt-sign`), in the same sentence:
 * 单机功率600W, 电源适配器65W, 充电宝容量99Wh, 光伏组件550W.
 */
const WATT_WORDS = /功率|电|灯|充|瓦|器|机|光伏|组件/;
/**
 * Words naming what 单 counts, before the number: orders (订单, 下单, 接单, 派单, 抢单, 出单),
 * waybills and parcels (运单, 快递, 揽收), meal deliveries (外卖), insurance policies (保单).
 */
const ORDER_WORDS = /订单|运单|快递|外卖|保单|下单|接单|派单|抢单|出单|揽收/;
/** The same, right after the unit: 支持100W快充, 一只9W灯泡, 65W充电头. */
const WATT_AFTER = /^(?:快?充|灯|电)/;

/** Up to `max` characters before `at`, back to the start of the sentence. */
function sentenceBefore(text: string, at: number, max: number): string {
  let i = at;
  while (i > 0 && at - i < max && !has(SENTENCE_END, text, i - 1)) i--;
  return text.slice(i, at);
}

const SENTENCE_END = charSet("。！？!?\n");
/** Clause ends, quotes and the bullets that open a list item (●全市发放贷款3.2亿元). */
const CLAUSE_END = charSet("，,。；;：:！!？?、\n\r\t“”‘’《》【】 ●■▲◆★☆○□△◇•·※◎");

/** Up to `max` characters before `at`, back to the start of the clause. */
function clauseBefore(text: string, at: number, max: number): string {
  let i = at;
  while (i > 0 && at - i < max && !has(CLAUSE_END, text, i - 1)) i--;
  return text.slice(i, at);
}

/** Words after which a bare 万/亿 is an amount of money. */
const MONEY_WORDS =
  /投资|投入|资金|产值|收入|营收|销售额|营业额|利润|税收|贷款|融资|募集|善款|金额|价值|总额|资产|成交额|交易额|造价|预算|经费|补贴|奖金|罚款|工资|欠薪|捐款|款项|赔偿|损失|拨款/;

// ───────────────────────── dressing ─────────────────────────

/** What a word just before a number says. */
type RightRole =
  | "level"
  | "pace"
  | "quicken"
  | "ease"
  | "rise"
  | "fall"
  | "bound"
  | "increase"
  | "decrease"
  | "about"
  | "over"
  | "under"
  | "unit"
  | "link";

/**
 * Words read off the end of the words before a number, nearest first; the longest
 * word there wins (下降 before 降). A word may list characters that must not stand
 * before it, so that a single character does not bite the end of a noun (行为, 所有,
 * 人均, 人才, 附近, 统计).
 */
const RIGHT_WORDS: ReadonlyArray<readonly [RightRole, string]> = [
  // 提高到68%: the figure is a level, not a change
  ["level", "增长到 增长至 提高到 提高至 上升到 上升至 增加到 增加至 上涨到 上涨至 提升到 提升至 下降到 下降至 降低到 " +
    "降低至 减少到 减少至 回落到 回落至 下滑到 下滑至 增到 增至 降到 降至 升到 升至 减到 减至 涨到 涨至 压缩到 压缩至 " +
    "缩短到 缩短至 缩减到 缩减至 延长到 延长至 控制到 " +
    // 逆差扩大至300亿美元, 市场萎缩至120亿元, 营收衰退到5亿元
    "扩大到 扩大至 萎缩到 萎缩至 衰退到 衰退至 " +
    // grown to: 全村茶园面积已发展到1.8万亩 → 茶园面积
    "发展到 发展至 " +
    // a day's turnover: 成交额缩量至7120亿元
    "缩量至 缩量到 放量至 放量到 " +
    // 制造业采购经理指数回升至50.2%, 金价攀升至每盎司4000美元, 股价跌至8元, 逆差收窄至1.2万亿日元
    "回升到 回升至 攀升到 攀升至 下跌到 下跌至 跌到 跌至 收窄到 收窄至 放缓到 放缓至 回稳至 " +
    // a rate or a market moved to a level: 收益率下行至1.62%, 利率上行到2.1%, 股价走高至15元
    "上行到 上行至 下行到 下行至 走高到 走高至 走低到 走低至 " +
    // a threshold is no change: 满100元减20元 (the 减 is the 20元's), 年满60周岁, 任职满5年;
    // not the end of 充满, 圆满, 丰满, 美满, 饱满, 布满, 挤满, 坐满, 住满, 装满, 写满, 摆满, 爆满, 占满, 期满
    "满/充圆丰美饱布挤坐住装写摆爆占期"],
  ["pace", "回稳"],
  // 比上月加快0.3个百分点, 降幅较一季度收窄0.6个百分点: the pace of a rate, in percentage points,
  // is no change of what is measured (see `note`); of an amount or a level they are its change:
  // 贸易逆差比上年同期收窄18.5% (a decrease), 规模收缩12%, 投资加快至…
  // 扩大 is 加快's kind: 出口规模扩大13% is a change (an increase); 涨幅比上月扩大0.2个百分点, 降幅扩大0.3个
  // 百分点 are a rate's pace, as 收窄 of a 降幅 is
  ["quicken", "加快 扩大"],
  ["ease", "放缓 减缓 收窄 收缩"],
  // 隔夜利率下行5.2个基点, 收益率较上期上行约5个基点: a rate's move, in points only (车队爬坡上行两个
  // 小时 is a climb: the word still ends the subject, but gives no change)
  ["rise", "上行"],
  ["fall", "下行"],
  // 最高奖励5000元: a cap, no qualifier; 单日吞吐量最高达23.6万人次 (最高达 whole, not 最 and 高达)
  ["bound", "最高 最低 最多 最少 至少 至多 多达 高达 最高达 最多达 最低达 最少达"],
  // 同比增长7.4%; 比上年增产1.2万吨, 人均增收800元, 每亩多了50公斤; Hong Kong and Taiwan: 營業額成長18%,
  // 出口年增12.3% (年增 is year on year, but not the end of 上半年, 今年, 全年…: 上半年增5% → 增)
  // 月薪调涨4%, 票价上调3.5%, 调升, 调高 (a price or a wage set higher); 每吨涨价200元, 提价, 加价
  ["increase", "增长 提高 上升 增加 上涨 提升 攀升 回升 上浮 延长 增产 增收 增重 成长 多了 年增/半今去全上下近同当每明前往历 " +
    // a flow against the year before (credit reports): 住户存款同比多增1.2万亿元 (grew by that much
    // more), 同比少减300亿元 (fell by that much less: that much higher than a year before)
    "多增 少减 " +
    // markets: 回购利率走高2个基点
    "走高 " +
    "调涨 上调 调升 调高 涨价 提价 加价 " +
    // markets: 沪指收涨0.5%, 微涨, 大涨, 日元升值0.8%, 两市放量1000亿元 (not 释放量, 投放量, 排放量, 播放量)
    "收涨 微涨 微升 大涨 升值 放量/释投发排存开播堆停燃 " +
    // rates: 加息25个基点 (not 上行: 爬坡上行两三个小时 is a climb, and 收益率上行 alone cannot tell it apart)
    "加息 " +
    // 升 of a unit is no rise: 毫升, 公升, 每升 (容重每升780克, per litre)
    "增 涨 升/毫公每"],
  // 营收同比下降2.6%; 整车减重150公斤 (weighs less, 增重 more); 小麦减产3万吨, 财政减收2亿元,
  // 全年节电120万千瓦时 (saved, as 节约: less used); 办理时限压缩了62%, 成本压降15% (cut);
  // 股價重挫逾一成, 營收年減8.2% (Taiwan); a trade or market shrinking: 营业额衰退2.1%, 产量萎缩2.2%
  ["decrease", "负增长 下降 减少 回落 降低 下滑 下跌 缩小 缩减 缩短 压缩 压降 减轻 减重 下调 下浮 压减 削减 节约 节省 减产 减收 节电 节水 " +
    // 减排 (减少排放): 每年可减排15万吨
    "减排 " +
    "节能 节煤 节油 少了 衰退 萎缩 重挫 下挫 急挫 大跌 暴跌 急跌 年减/半今去全上下近同当每明前往历 调降 调低 " +
    // 人民币存款同比少增7.75万亿元 (grew by that much less), 同比多减4000亿元 (fell by that much
    // more: that much lower than a year before); 债券收益率走低3个基点, 成交额缩水两成
    "少增 多减 走低 缩水 " +
    // markets: 上证指数收跌0.31%, 微跌, 人民币贬值0.4%, 较上一交易日缩量1200亿元 (not 压缩量)
    // a price cut: 机票降价200元, 商品减价30元; 起降 and 升降 are takeoffs and lifts (起降2.3万架次), no fall
    "降价 减价 " +
    "收跌 微跌 微降 贬值 缩量/压紧 降息 降/沉起升 减 跌"],
  // 总投资约80亿元; 折合约1000亿日元 (折合 and 约, not 合约, a contract)
  ["about", "大约 约为 约合 折合约 约有 约达 约占 大概 大致 差不多 约/合节公条签预制"],
  // 投资新台币3000亿元, 募集港币500万元: a currency named before the number belongs to the unit
  ["unit", "人民币 美元 美金 港元 港币 新台币 台币 欧元 日元 日圆 英镑 韩元 澳门元 澳门币 葡币 澳元 加元 卢布 新加坡元 新元 新币 " +
    "令吉 马币 林吉特"],
  // 全年退税超过650亿元; 销售额破百亿元 (not 打破, 识破…); 超 that ends a word is no "over":
  // 出超82亿美元 (a trade surplus), 入超 (a deficit), 赶超, 反超 (overtake); but 资金净流入超百亿元,
  // 净流出超50亿元, 年创劳务收入超10亿元: after 流入/流出 and 收入 (income) the 超 is "over" again (`!`
  // lifts the bar after the character named)
  // 不低于60千瓦, 不少于10个: "not below" is at least, as 以上 is (the 不 words before the bare ones)
  ["over", "超过 超出 多于 高于 大于 突破 不低于 不少于 不小于 超/赶高出入反!流收 逾 破/打击攻识看残点冲 " +
    // 建筑密度≥40%, 容积率>1.2 (full-width ＞ arrives as >): the signs of the notices' terms, as 不低于
    // is; not the end of an arrow (->, =>) or of a tag (<b>)
    "≥ ⩾ >= >/-=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\"'/"],
  // 年产茶叶近1800吨; 投资不高于500万元, 平均价不超过120元: "not above" is at most, as 以下 is
  // 绿地率≤15%, 含水率<8%: at most, as 不高于 is
  // 快 is "nearly" after 了, 都, 已 (便宜了快100元, 都快两年了), not the comparative (比全国快0.5个百分点)
  ["under", "了快 都快 已快 已经快 快要 将近 接近 不到 不足 不及 未满 不满 少于 低于 小于 不超过 不高于 不多于 不大于 近/附最邻亲 ≤ ⩽ <= <"],
  // 集团负债率为47.2%, 商场共有4个
  ["link", "为期 历时 耗时 用时 长达 仅用 达到 达至 达/表发传通下送 为/行作认成因称视以 是 在/所现存实正内外潜 了 " +
    "共计 合计 总计 累计 总共 一共 合共 共/公 已经 已 将达 将 仅 只有 只 有/所现拥具没含 用/费使应作利采试录备适通专公家民商军信实效 占 保持在 维持在 稳定在 控制在 " +
    "维持 保持 分别 各 均/人平亩年户日月 都/首成京古 同比 环比 比上年同期 比去年同期 同期 其中 和/总温缓平人 及/以涉惠普危波顾提触遍来企 与/参给 以及 " +
    // a threshold: 面额为满100元减20元 (not 充满, 饱满, 圆满, 住满, 年满18岁, 期满, 不满, 未满)
    "满/充饱圆住坐装布年期不未已届 " +
    "或 到/遇收得达看听想拿受感做办找见等迎 至 再 又 就/成造迁 才/人英天 也 还/偿归退 即 计/统设会估预审 约计 新增 等 提前 推迟 延迟 需要 需 " +
    // Taiwan: 预算编列50亿元 (the budget sets aside); Hong Kong: 租金介乎8000元至1万元 (between)
    "编列 介乎 介于 " +
    // a price or a level set: 价格调整为每吨3.45元 → 价格 (调整 says it is set, not what is measured)
    "调整为 调整至 调整到 " +
    // what a worker gets: 月工资能拿到5000元 → 月工资, 可领取补贴, 每月领到 (到 alone is barred after 拿, 领)
    "拿到 领到 领取 " +
    // a place filled, the count's noun after: 公园里坐满300多名观众 → 公园里 (a place, so no subject)
    "坐满 住满 挤满 站满 " +
    // a sum in another money: 还有一家折合人民币约7亿元 (折合 converts; it is not measured)
    "折合 " +
    // adverbs that end a subject before the verb: 外币存款则跌0.8%, 货品则按年微升 (not 规则, 原则…);
    // a provisional or first estimate: 总销货价值临时估计为297亿元, 初步统计
    "则/规原细准法否实守总通章罚 亦 临时 初步 " +
    // a capacity: 会场可容纳800人 → 会场
    "容纳 " +
    // what a place holds: 仓库里存有300吨粮食 → 仓库里 (a place, so no subject), 船上载有2000名乘客
    "存有 储有 藏有 载有 装有 " +
    // spending that an event or a policy brought in: 赛事期间餐饮消费拉动超过3亿元 → 餐饮消费
    "拉动 " +
    // paying more or less than before: 一年约多缴7320元 (the 约 before it still qualifies)
    "多缴 多交 多付 多花 多收 少缴 少交 少付 少花 少收 多卖 少卖 " +
    "高出 快于 慢于 领先 可以 能够 可 能/产储动热电功效性 持续 历经 经历 经过 连续 向 给 对/相针绝反面核应配 " +
    // modal and forecasting words are not part of the subject: 累计雨量可能超过500毫米, 产值有望突破
    "可能 有可能 有望 可望 预计 预期 估计 将会 或将 将要 力争 确保 " +
    // a light verb that links a total to its amount, as 达到 does: 财政收入完成4.38亿元,
    // 税收收入实现3.5亿元, 累计完成, Hong Kong's 錄得 (records; read normalised, as 录得). Before
    // a count it governs the object after it (科考船完成12航次): see `OBJECT_LINKS`.
    "完成 实现 录得 " +
    // adverbs of degree and pace before a change: 农民收入显著提高15% → 农民收入, 利润大幅增长
    // (the text is read normalised, where 著 is written 着)
    "显着 明显 大幅 小幅 稳步 快速 逐步 进一步 较快 平稳 " +
    // a first or repeated time, and Hong Kong's year on year: 游客首次突破10万人次, 按年增加15%
    "首次 首度 再次 再度 一举 按年 按月 按季 " +
    // at one point: 用电负荷一度达到6820万千瓦 → 用电负荷, 油价一度上涨2% → 油价 (not 每一度)
    "一度/每 " +
    // the preposition 以 before a price: 由本地企业以5.12亿元竞得 (not 可以, 所以, 难以…)
    "以/可所难予加得足用借是何 " +
    // a closing price is quoted, and a good sells for: 收盘报收于15.20元, 油价收于每桶80美元,
    // 该股收盘报15.2元; 明前茶卖到每斤800元 → 明前茶 (not 日报, 通报, 申报…; not 拍卖, 义卖, 买卖)
    "报收于 报收 收于/接吸征 报/日晚年周月通举汇申预公快电情简画警海导学上呈填谎虚回捷喜党板黑谍战季半 " +
    "卖到 卖至 卖出 卖/买拍义贱变倒零外叫出 " +
    // a per-unit word goes with the unit: 平均单价达每坪52.3万元 → 平均单价
    "每坪 每平方米 每平米 每亩 每斤 每公斤 每千克 每吨 每人 每户 每股 每度 每千瓦时 每千瓦·时 " +
    // commodities quoted per ounce, barrel, gram or litre: 金价收于每盎司4072.6美元 → 金价, 容重每升780克 → 容重
    "每盎司 每桶 每克 每升 每公升 每毫升 每加仑 每磅 " +
    // a price per a time, a volume or heat: 收费标准为每小时2元 → 收费标准, 供热价格为每吉焦62元, 水价每立方米
    "每小时 每立方米 每吉焦 每次 每月 每天"],
];

/**
 * Light verbs read as links before an amount (财政收入完成4.38亿元) that govern an object
 * after a count: 科考船今年完成12航次 counts voyages, not the ship.
 */
const OBJECT_LINKS: ReadonlySet<string> = new Set(["完成", "实现", "录得"]);
/** Change words that name what changes, a rate: 加息25个基点, 降息0.25个百分点. */
const RATE_CHANGES: ReadonlySet<string> = new Set(["加息", "降息"]);
/** What else a right word tells (`RightWord.mark`): nothing, an object link, a rate's change, a per-unit word (每人, 每亩). */
const PLAIN = 0;
const OBJECT_LINK = 1;
const RATE_CHANGE = 2;
const PER_UNIT = 3;

interface RightWord {
  word: string;
  role: RightRole;
  /** Characters that must not stand just before the word. */
  notAfter: string;
  /** Characters that, standing before the barring character, lift the bar (流 of 流入超: `!流`). */
  unless: string;
  /** `OBJECT_LINK` for the words of `OBJECT_LINKS`, `RATE_CHANGE` for `RATE_CHANGES`, `PER_UNIT` for 每…, else `PLAIN`. */
  mark: number;
}

const RIGHT_TABLE: ReadonlyMap<string, RightWord> = new Map(
  RIGHT_WORDS.flatMap(([role, words]) =>
    words.split(" ").map((entry): [string, RightWord] => {
      // Split at the first slash only: a word's `notAfter` may hold one (the / of <br/>).
      const slash = entry.indexOf("/");
      const word = slash < 0 ? entry : entry.slice(0, slash);
      const bars = slash < 0 ? "" : entry.slice(slash + 1);
      // 超/赶高出入反!流: what follows the `!` lifts the bar when it stands before the barring character.
      const bang = bars.indexOf("!");
      const notAfter = bang < 0 ? bars : bars.slice(0, bang);
      const unless = bang < 0 ? "" : bars.slice(bang + 1);
      const mark = OBJECT_LINKS.has(word)
        ? OBJECT_LINK
        : RATE_CHANGES.has(word)
          ? RATE_CHANGE
          : word.charCodeAt(0) === 0x6bcf /* 每 */
            ? PER_UNIT
            : PLAIN;
      return [word, { word, role, notAfter, unless, mark }];
    }),
  ),
);
/** The table's rows by the last character of their word, longest word first. */
const RIGHT_BY_LAST: ReadonlyMap<number, readonly RightWord[]> = (() => {
  const byLast = new Map<number, RightWord[]>();
  for (const [word, row] of RIGHT_TABLE) {
    const last = word.charCodeAt(word.length - 1);
    const list = byLast.get(last) ?? [];
    list.push(row);
    byLast.set(last, list);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.word.length - a.word.length);
  return byLast;
})();

/** True when a character of `row.unless` stands before the barring character (流入超: 流 before 入). */
function liftedBar(row: RightWord, text: string, from: number, start: number): boolean {
  return row.unless !== "" && start - 1 > from && holdsCode(row.unless, text.charCodeAt(start - 2));
}

/** True when the string `chars` holds the UTF-16 code `code` (no one-character string is made). */
function holdsCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/**
 * The longest table word ending `text[from, end)` whose `notAfter` does not stand before
 * it, if any. Read in place: the words before a figure are not sliced for each try.
 */
function rightWord(text: string, from: number, end: number): RightWord | null {
  if (end <= from) return null;
  const candidates = RIGHT_BY_LAST.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return null;
  for (const row of candidates) {
    const start = end - row.word.length;
    if (start < from || !text.startsWith(row.word, start)) continue;
    // Only a character inside the range counts: at its start nothing stands before the word.
    if (start > from && holdsCode(row.notAfter, text.charCodeAt(start - 1)) && !liftedBar(row, text, from, start)) continue;
    return row;
  }
  return null;
}

/**
 * 绿色建材占比由2015年的21%, 频道将由目前约20个: a starting level; 排片占比从首日的28.3%: from a
 * time or stage named in words and 的 (not 从事, 从而, 从业, 从严, 从小, 从中; not 由于, 由此).
 */
const FROM =
  /(?:(?:由|从)(?:\d{4}年(?:底|末|初)?|目前|现在|现时|当前|去年|上年|年初)?|(?:由(?![于此])|从(?![事而来业严小中]))[\u4e00-\u9fff]{1,6}的)的?$/;
/**
 * A comparison before the change word: 比3月, 较上半年, 比上年同期水平 (not 比重, 比例, 占比, 同比).
 * Something is compared with: a 比 right before the verb ends a noun (存贷比降至71.3%, 负债比为40%).
 */
const COMPARISON = /(?<![占环同对相])(?:比|较)(?![重例率赛如])[^比较]{1,12}$/;

/**
 * What 比/较 compares with when it means "compared with": a past or planned level. Without
 * one (and without a change word after it) 比 is a sound in a name: 赞比亚, 哥伦比亚, 比利时.
 */
const BASELINE = new RegExp(
  [
    "上|去年|前年|今年|年[初末底]|同期|往年|往常|以往|历年|过去|原来|原|平时|平常|常年|平均", // 比上年, 较去年同期, 比往年
    "全[国省市区县镇乡村州球]|此前|之前|前[一两三四五六七八九十\\d期]|本[年月季届期]", // 比全省平均, 比前一年
    "计划|预期|预计|目标|规划", // 比计划提前, 比预期高
    "第|[\\d〇零一二两三四五六七八九十]", // 比2019年, 较一季度, 比第一季度
  ].join("|"),
  "y",
);

/**
 * A comparative that ends the words after 比/较: 比传统工艺提速, 较正常多, 比都会区多出,
 * 比地面配送快 (了 is read as a link before it).
 */
const COMPARED = /(?:[高低多少快慢大小长短早晚贵强弱优好深浅宽窄重轻]|便宜|提速|提前|推迟|多出|高出|超出)$/;

/**
 * A baseline in time (a part of `BASELINE`): 比上年, 较上月末, 比去年同期, 比2019年, 较一季度,
 * 比此前. Not a place or another group (比全省平均, 比城镇居民) nor a plan (比计划): being
 * above or below those is no change; nor is 同期 alone (利率较同期普通贷款低: other loans of the
 * same time), while 比上年同期 and 比去年同期 begin with 上 and 去年.
 */
const TIME_BASELINE = new RegExp(
  [
    "上[年月期季周半一个次轮日]|去年|前年|今年|年[初末底]|往年|往常|以往|历年|过去|原来|平时|平常|常年", // 比上年, 较去年同期, 比往年
    "此前|之前|前[一两三四五六七八九十\\d期]|本[年月季期]", // 比此前, 比前一年, 较本月初
    // 比第一季度, 比2019年, 较一季度, 比8月 (not 较一般农户: a group)
    "第[一二三四1-4]季|[\\d〇零一二两三四五六七八九十]+[年月季日周]",
  ].join("|"),
  "y",
);

/**
 * The change that a comparison with a past level (`TIME_BASELINE`, after 比/较 at `at`) ending
 * in a comparative states: 比上年多1.7万亿元, 比上年同期高1.1个百分点, 比上年多出3天 (more,
 * higher); 比上年少2.34万亿元, 比上年同期低约50个基点 (less, lower). Faster or slower (比8月加快,
 * 比全国快) is a rate's pace, and earlier, longer or cheaper no change of what is measured: null.
 */
function comparedChange(text: string, at: number, comparison: string): Change {
  // 增速比上年末低2.5个百分点: a rate of change compared, its pace (as 加快 is), no change.
  if (at >= 2 && PACE_NOUNS.has(text.slice(at - 2, at))) return null;
  TIME_BASELINE.lastIndex = at + 1;
  if (!TIME_BASELINE.test(text)) return null;
  const last = comparison.length - 1;
  const word = comparison.charCodeAt(last) === 0x51fa /* 出 */ ? last - 1 : last;
  // 降水量较常年偏少55%: a departure from the normal (偏多, 偏高, 偏低), no change over time.
  if (comparison.charCodeAt(word - 1) === 0x504f /* 偏 */) return null;
  const end = comparison.charCodeAt(word);
  if (end === 0x591a /* 多 */ || end === 0x9ad8 /* 高 */) return "increase";
  if (end === 0x5c11 /* 少 */ || end === 0x4f4e /* 低 */) return "decrease";
  return null;
}

/** Rates of change, whose comparison with a past one is a pace: 增速, 涨幅, 降幅, 增长率. */
const PACE_NOUNS: ReadonlySet<string> = new Set(["增速", "增幅", "涨幅", "升幅", "降幅", "跌幅", "减幅", "长率", "速度"]);

/** True when a baseline (`BASELINE`) begins at `at`, right after 比/较. */
function baselineAt(text: string, at: number): boolean {
  BASELINE.lastIndex = at;
  return BASELINE.test(text);
}

/**
 * Nouns after a demonstrative (这, 该, 本) that go with it: 该项目, 本市, 本次, 本港, 该站, 该店,
 * 该书, 该片, 该剧 (该书销量达30万册 → 销量: what the book sold, as 该公司营收 → 营收); in foreign
 * news 该州, 该国 (该国日产原油 → 日产原油; not 该国有企业), and 这款 (这款手机售价 → 手机售价).
 * A one-character noun that begins a longer noun is not one (该市场, 该区域, 该部门, 该港口,
 * 该场地, 该书店, 该车间): 该 alone is read, and the noun stays (该市场年交易额 → 市场年交易额).
 */
const DEMONSTRATED =
  "公司|企业|项目|厂区|园区|小区|景区|社区|[项个些种条家位名批类次期届座栋厂村镇县局校院枚张台辆只件份套篇块把双间澳站店馆队团]|" +
  // a bank (该行资本充足率 → 资本充足率; not 该行业, 该行为, 该行政区)
  "行(?![业为政动])|" +
  "市(?!场)|区(?!域)|省(?!份)|州(?![长立际府])|国(?![内外际家有营企])|款(?!项)|部(?!门)|港(?!口)|股(?![份市东民])|所(?![得属有])|场(?![地馆所景])|" +
  "书(?![店院城馆记法画架包房])|片(?![区场])|剧(?![院场组团])|船(?![厂坞队舶只员])|车(?![间站队辆型主])|楼(?![盘市宇层])|" +
  // a place (这里还是个年产值不足百万元的作坊 → 年产值), units of an army or a workforce: 该班今年以来
  // 保障开饭1.2万人次 → 保障开饭 (not 里程, 班子, 连续, 营业, 旅游, 组织)
  "里(?!程)|班(?![子组长级车次])|连(?![续锁接线带])|营(?![业收销养造运商地])|旅(?![游客馆行店])|组(?![织合建件成])";
/**
 * The longer nouns of `DEMONSTRATED`'s exceptions after 本: 本市场, 本区域, 本部门 — 本 alone is
 * read, as 该 is, and the noun stays (本市场成交额 → 市场成交额). Bare 本 begins a word (本地, 本金).
 */
const BEN_BEFORE_NOUN = "本(?=市场|区域|省份|部门|港口|场地|场馆|场所)";

/** Scope, time and light-verb words that open a clause before its subject (`LEFT`). */
const LEFT_WORDS = [
  "\\d+(?:[-—至]\\d+)?月(?:份|末|底|初)?", // 9月 · 1—7月
  "\\d{4}年(?:度)?", // 2019年
  "[〇零一二三四五六七八九]{4}年(?:度)?", // 一九九六年 (a year written digit by digit)
  "[一二三四五六七八九十]{1,2}(?:[-—至到][一二三四五六七八九十]{1,3})?月(?:份|末|底|初)?", // 三月份, 一至十月
  // 上月底, 上年末, 去年底, 本周 (a point in time; 本月 is with 本 below)
  "(?:上|下)(?:月|周|季度|年度?)(?:底|末|初)?(?![同期])|(?:今|去|明|前)年(?:底|末|初)|本周",
  "上半年|下半年|前三季度|一季度|二季度|三季度|四季度|今年|去年|明年|前年|全年|当年|年内|年末|年底|年初|月末|月底",
  "第[一二三四1-4]季度?", // 第三季 (Hong Kong and Taiwan), 第一季度
  "当天|当日|目前|截至目前|未来|今后|过去|此后|以后|以来",
  // a time of the day: 4日下午全州用电负荷 → 用电负荷 (not 下午茶; not 夜间, which opens nouns: 夜间消费)
  "上午|下午(?!茶)|中午|凌晨|傍晚",
  // a span of time up to now or ahead, its number in words: 这几年茶园 → 茶园, 近两年来, 前几个月,
  // 未来五年内 (未来 above), 头三天; with digits, 近5年 and 5年内 (`afterPeriodAt` reads those
  // inside the words)
  "(?:这|那|近|前|头|最近)(?:几|两|[一二三四五六七八九十]{1,2})(?:年|个月|个季度|天|周|个星期)(?:以来|来|里|内|间|中)?",
  // a span of time in words that opens the phrase, whose unit the figure reader refused (天花 is
  // smallpox): 三天花了不到1500元 → 花 (no subject: a span and a verb are not what is measured);
  // not the nouns a time word begins (三年级, 两年期, 五年制, 十年代, 三年产值 is 年产, annual output, 一周年)
  "(?:几|两|[一二三四五六七八九十]{1,2})(?:天|个月|个季度|年|周|个星期|小时)(?![级期制龄度代均产薪底初末份前后年岁])(?:以来|来|里|内|间|中)?",
  // a point so long ago, its number in words (with digits `afterLastNumber` reads it): 三年前还是个年亏损 → 年亏损
  "(?:几|两|[一二三四五六七八九十]{1,2})(?:天|个月|年|周|个星期)以?前(?!后)",
  // a copula and an article before the noun: (三年前)还是个年亏损十多万元的小厂 → 年亏损 (not 是个人…, 是个体…)
  "是一?个(?![人体性别案])",
  // the trading days a count in 个 stands before (近5个交易日累计净流入 → 累计净流入)
  "交易日|营业日",
  "(?:收盘|开盘|午盘|尾盘)(?!价)", // a time of the trading day: 收盘报收于15.20元 (not 收盘价)
  // a pronoun for whoever is measured or acts: 他身高5呎 → 身高 (not 他人, 他乡, 他国)
  "他们|她们|它们|他(?![人乡国])|她|它",
  // 包括农业、工业用水量 → 农业、工业用水量 (what is included is measured)
  "此前|近年来|近年|近期|其中|同时|此外|另外|包括|预计|估计|预估|设计|截至",
  "所以|因此|因而|但是|不过|然而|于是|而且|并且|而(?!言)|则|但(?!凡)", // clause-opening conjunctions
  // 全社会 is a scope (全社会共同参与) except where it opens a statistical indicator's name,
  // which keeps it: 全社会用电量, 全社会固定资产投资, 全社会研发经费投入, 全社会货运量
  "全[国省市区县镇乡村州球台港澳]|全行业|全社会(?!用电|固定资产|研发|R&D|物流|劳动生产率|消费品|[货客]运)|我国|我省|我市|我区|我县|每年|每月|每天|每日|现场|当场|会上",
  // 该项目, 这些, 此: a demonstrative, with or without its noun
  `(?:这|该|此|那)(?:${DEMONSTRATED})?`,
  // 本市, 本公司, 本港, 本澳 ("this Hong Kong", a scope as 全市 is), 本月, 本年度: 本 only
  // with such a noun; bare, it begins a word (本科计划, 本地企业, 本金, 本土品牌); before 市场, 区域…
  // 本 alone (本市场成交额 → 市场成交额)
  `本(?:${DEMONSTRATED}|年度|年|月)|${BEN_BEFORE_NOUN}`,
  // list markers: 一是工业投资增长15.6%, 二是…
  "[一二三四五六七八九十]是",
  // a rate's period or base before a change word that opens the phrase: 年减少排放, 平均减少办事环节
  // (年减排二氧化碳 → 减排 opens the rest)
  "(?:年|平均|人均|年均|户均)(?=减少|降低|削减|压减|节约|节省|减排|增加|提高|提升)",
  // 项目, 企业, 公司 opening the clause, not the longer nouns they begin: 项目区农民人均年增收 is of
  // the project area's farmers (项目区, 项目部, 项目组, 企业家, 企业界, 企业主)
  "项目(?![区部组办点地库群])|企业(?![家界主群存贷])|公司",
  // one-character adverbs, not where they begin a word (并网, 共享, 其他, 可用, 还款, 都市, 再生;
  // 均价, 均值, 均衡: 均 there is 'average', a noun's first character, not 均 'all')
  // 分别 (respectively) before the verb: 两家企业分别投资1.5万元 → 投资
  // a need met: 可满足年旅客吞吐量800万人次 → 年旅客吞吐量, 满足2.4万标箱 (no subject; not 满足率, 满足度)
  // a goal or a consequence set before what is measured: 确保全年规上工业产值 → 规上工业产值, 力争高新技术
  // 企业数量, 意味着…; what is held or built: 拥有专利, 建成公共充电桩 → 公共充电桩 (not 建成区, 建成率);
  // the particle 了 after a verb the phrase was cut from: (改造成)了面积约1500平方米 → 面积 (not 了解, 了结)
  "确保|力争|意味着|拥有|建成(?![区率后以之])|了(?![解结却])|" +
  // a joint that opens a clause after a comma or 、: （内资8亿元，）及外资2亿元 → 外资 (not 及时, 及早, 及格)
  "以及|及(?![时早格第])|" +
  "满足(?![率度感])|" +
  "分别|共计|合计|总计|累计|新增|实现|完成(?![率量额度])|创造|已经|已(?![决赚])|将(?!军)|可以|能够|可(?![用持再能口比靠信控])|" +
    "还(?![款贷原清])|仍|也|均(?![价值衡])|都(?!市)|再(?!生)|又|共有|共(?![享建同产识])|其(?![他余它实次])|" +
    "并(?![网购入列联行存举重]|处(?:罚|没收|有期|拘役|管制|行政拘留|拘留))|且",
].join("|");
/** The words as one regex (exported for the test that `LEFT_BY_FIRST` matches as it does). */
export const LEFT = new RegExp(`(?:${LEFT_WORDS})`, "y");
/**
 * `LEFT` split by first character: it is sticky, so a match begins at `lastIndex`, and
 * only the words that begin with the character there are tried (none where no word does).
 */
const LEFT_BY_FIRST = byFirstChar(LEFT_WORDS, "", "y");
const ZHAN = 0x5360; // 占
/** 最大的, 最高的, 最多的: "the one with the most" after the measure it is the most of (投资额最大的). */
const SUPERLATIVE_DE = /最(?:大|高|多|少|低|小|长|短|快|慢|早|晚|远|重)的$/;
/** Nouns of a share: 占比, 比重, 比例, 份额, and the rates (覆盖率, 完成率). */
const RATIO_NOUN = /(?:占比|比重|比例|份额|率)$/;
/** 约占全国20%: a share of a whole (but not 占地, 占用, 占比…)… */
const SHARE_OF = /^约?占(?![地用有比到据领])/;
/** …unless the phrase names the share itself: 所占比重. */
const SHARE_WORD = /(?:比重|比例|份额)$/;
/**
 * A light verb, a time clause, a preposition or an adverb inside the phrase: the subject
 * is what follows it (…园区实现产值 → 产值).
 */
const INNER_VERB_WORDS = [
  // a time clause: 投产后年上网电量 → 年上网电量, 建成以后年产值 → 年产值
  "(?:投产|建成|竣工|完工|投运|达产|运营|开通|通车|开业|落成|启用|上线|满产|改造|扩建|实施|完成|运行|建设)(?:之|以)?后",
  // what a report or a plan puts forward: 报告提出GDP预期增长5.5% → GDP (not 提出率)
  "提出",
  // a need met: 新机场可满足年货邮吞吐量60万吨 → 年货邮吞吐量 (the airport is not measured)
  "满足(?![率度感])|" +
  "实现|完成|创造|新增|腾出|达到|预计|设计(?![费师院图方案])|惠及|涉及|覆盖|造成|导致|带来|获得|下拨|下达|拨付|争取", // …园区实现产值
  // a capacity with what it holds named: 体育馆可容纳观众8000人 → 观众 (the hall holds them; 会场可容纳800人
  // names nothing held, and 容纳 is read as a link there)
  "容纳",
  // help given to whom gains: 帮助零工群体增收 → 零工群体增收 (whoever helps is not measured; not
  // 带动, which makes a term: 带动就业)
  "帮助|助力",
  // one of a kind before the measure of it: 配套建设一座规模5000平方米 → 规模, 一台长12米的盾构机 → 长
  "一[台座](?![阶])",
  // a running total after a time: 交易所今年累计数据交易成交额 → 数据交易成交额
  "(?<=年|月|季度|以来)累计",
  // a sentence, with whom it is passed on named after the verb (tried before the bare verb,
  // which would win): 判处李某有期徒刑十年 → 有期徒刑, 判处其拘役3个月 → 拘役
  "(?:判处|改判)[^,，。；;、]{1,4}?(?=有期徒刑|无期徒刑|拘役|管制|罚金|罚款|拘留|行政拘留)",
  // a sentence: 被判处有期徒刑 → 有期徒刑, 并处罚金 → 罚金 (the penalty is measured, not who is sentenced)
  "被判处|被判|判处|改判|处以|并处(?=罚|没收|有期|拘役|管制|行政拘留|拘留)",
  // whom the sentence is passed on, and the name after: 判处被告人张某有期徒刑十年 → 有期徒刑
  "(?:被告人|被告|罪犯|犯罪嫌疑人)[^,，。；;、]{0,4}?(?=有期徒刑|无期徒刑|拘役|管制|罚金|罚款|拘留|行政拘留)",
  // 对其拘留15日 → 拘留: whom the act is done to is not measured (not 对其他, 对其中)
  "对其(?![他余中它])",
  "决议|决定(?![性权])", // 初步决议明年月薪调涨4% → 明年月薪 (whoever decides is not measured)
  // a condition before its main clause: 若超出限额则罚款 → 罚款, 否则 (not 规则, 原则, 准则, 细则…)
  "(?<![规原准细法总守通章])则",
  "宣布", // 央行宣布存款准备金率下调0.5个百分点 → 存款准备金率 (whoever announces is not measured)
  "募集到|募集|筹集到|筹集|使得|使(?![用命])|(?<![转出退谦忍礼])让|(?<![一两二三四五六七八九十几半每这那])把",
  // the preposition 以 (at, by): 最终以总价 → 总价 (not 以上, 以来, 可以, 所以, 难以…; not the
  // set phrases 以旧换新, 以工代赈, 以奖代补, where 以 opens a four-character word)
  "(?<![可所难予加得足用借是何])以(?![上下来后前内外及便免为往至致]|[\u4e00-\u9fff][换代])",
  // an adverb after whoever acts: 红石镇共流转土地 → 流转土地, 茶产业已带动 → 带动
  // (not 公共, 共同, 共享, 已婚, 将近, 将军)
  // (not 将占: 老年人口将占总人口约25% — the share's whole is the subject's)
  "共计|合计|总计|共有|(?<![公总一合])共(?![享建同产识青])|已经|已(?![婚故知决赚])|将(?![近军领士来占])",
].join("|");
const INNER_VERB_AFTER = "(?![率量额度值面])";
/** The verbs as one regex (exported for the test that `INNER_VERB_BY_FIRST` matches as it does). */
export const INNER_VERB = new RegExp(`(?:${INNER_VERB_WORDS})${INNER_VERB_AFTER}`, "g");
/**
 * `INNER_VERB` split by first character, sticky: tried at each position in turn, from the
 * left, it finds the matches a global search finds (the leftmost, then the next after it),
 * trying at each position only the words that begin with the character there.
 */
const INNER_VERB_BY_FIRST = byFirstChar(INNER_VERB_WORDS, INNER_VERB_AFTER, "y");
/** Change words that open the phrase and govern it: 减少烟尘排放2.1万吨 (not 增加值, 降低率). */
/**
 * 减排 is 减少排放 when what is let out is named after it (年减排二氧化碳15.6万吨): a decrease. Not 减排
 * before another noun (减排工作, 减排目标): that is a noun of its own.
 */
const CUT_EMISSION = "减排(?=二氧化碳|二氧化硫|氮氧化物|温室气体|污染物|烟尘|粉尘|颗粒物|化学需氧量|氨氮|碳|CO|SO)";
const LEFT_DECREASE = ["减少", "降低", "削减", "压减", "压降", "压缩(?![机包])", "节约", "节省", CUT_EMISSION];
const LEFT_INCREASE = ["增加", "提高", "提升"];
/**
 * Group 1 is a decrease, group 2 an increase. Not before 到/至: 从86家增加到今年的1260家 gives a
 * level, as the right words 增加到, 提高至 do.
 */
const LEFT_CHANGE = new RegExp(`(?:(${LEFT_DECREASE.join("|")})|(${LEFT_INCREASE.join("|")}))(?![值额量率到至])`, "y");
/** First characters of the words of `LEFT_CHANGE`: anywhere else it cannot match. */
const LEFT_CHANGE_FIRST = charSet([...LEFT_DECREASE, ...LEFT_INCREASE].map((word) => word[0]).join(""));
const JIE = 0x8282; // 节 of 节约, 节省
/**
 * What makes 节约/节省 a verb before its object: an auxiliary or an adverb right before it (可节约,
 * 可以节约, 能够节省, 将节约, 已节约, 共节约, 累计节约, 有望节约).
 */
const SAVE_VERB_BEFORE = charSet("可以能够将会要已共再均还并又也都就才计望");
/** 节约资金, 节省经费, 节约金额: money saved, a sum kept (not 节约用水, 节约成本: less of it used). */
const SAVED_FUNDS = /(?:节约|节省)(?:资金|经费|金额)/y;

/**
 * True when 节约/节省 at `at` in `w` opens a noun of the money saved (`SAVED_FUNDS`) with no
 * auxiliary before it (`SAVE_VERB_BEFORE`): 采购节约资金5.8亿元 states savings, a sum, and no fall
 * of the funds, so the subject keeps 节约 and no change is read. What is saved of a resource used
 * (节约用水3吨, 节约电量, 节约成本) is less of it used: a decrease, read as before.
 */
function savedNounAt(w: string, at: number): boolean {
  if (w.charCodeAt(at) !== JIE || (at > 0 && has(SAVE_VERB_BEFORE, w, at - 1))) return false;
  SAVED_FUNDS.lastIndex = at;
  return SAVED_FUNDS.test(w);
}
/** Magnitudes after a number left in the phrase: 480万. */
const AFTER_DIGIT_MAGNITUDE = charSet("万亿千百");
/** Measure words after such a number: a count that stands apart from the subject (2.2本, 5省, 3家). */
const AFTER_DIGIT = charSet("本条项期类级届次省市县区国家所名位人户个股手");
/** Time words after such a number: 2019年, 8月, 28日, 10时. */
const TIME_WORD = charSet("年月日时天周");
/** Two-character time words: 前10个月, 24小时, 一季度. */
const TIME_WORDS_2 = ["个月", "小时", "季度", "分钟"];
/** 元以上, 元以下: the amount before it is a class bound (亿元以上项目), see `rejection`. */
const THRESHOLD = /^元以[上下]/;
/**
 * What may follow 年/月 in a time word: 8月末, 9月底, 1990年时, 113年度, 2027年前 (up to two:
 * 113年度前).
 */
const AFTER_TIME = charSet("末底初份中时度前");
/** 起 after a time word: 6月30日起, 2024年起 (from then on). */
const QI = 0x8d77;
function hasLetter(w: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAsciiLetterAt(w, i)) return true;
  return false;
}

/**
 * Where the subject may begin in `w`, given the last number written in digits there.
 * A subject never begins inside a number phrase: it begins either after the whole
 * phrase or at its start.
 *
 * - After it when the phrase stands apart: a time (前10个月累计销量 → 累计销量, 8月末企业,
 *   2019年), list numbering (1.工业投资, 1、), a count (2.2本, 5省, 3家), an amount
 *   (480万欠薪 → 欠薪); a closing parenthesis goes with it (2日)在东京 → 在东京).
 * - At its start when the phrase is part of a name or of the noun it modifies: letters
 *   and digits together (5G基站, 4S店, PM2.5平均浓度, 220kV线路, 4A级以上景区), a
 *   number (5号线全长, 12345热线), a measure with 以上/以下 or another word (60岁以上
 *   老年人口, 110千伏变电站, 3级以上医院).
 *
 * 0 if there is no digit.
 */
function afterLastNumber(w: string, to = w.length): number {
  // Most phrases hold no digit: the scan is kept small enough to be inlined into `dress`.
  let i = to - 1;
  for (; i >= 0; i--) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return afterNumberAt(w, i);
  }
  return 0;
}

/** `afterLastNumber` where the last digit of `w` is at `i`. */
function afterNumberAt(w: string, i: number): number {
  // The token: digits, decimal points and ASCII letters.
  let start = i;
  while (isDigitAt(w, start - 1) || isAsciiLetterAt(w, start - 1) || (w.charCodeAt(start - 1) === 0x2e && isDigitAt(w, start - 2))) {
    start--;
  }
  start = codeStart(w, start);
  let j = i + 1;
  while (isAsciiLetterAt(w, j)) j++;
  // Letters glued to the digits: a name or a code, kept whole; in brackets, the short name of
  // the noun before it (广义货币(M2)余额), which the words go on past.
  if (j > i + 1 || hasLetter(w, start, i)) return openBracketAt(w, start - 1) && start > 1 ? afterLastNumber(w, start - 1) : start;
  const next = w.charCodeAt(j);
  if (next === 0x2e /* . */ || next === 0x3001 /* 、 */) return j + 1; // 1.工业投资, 1、
  if (has(CN_DIGIT, w, j)) return j; // 2018、2019两年: a year, then another number
  while (has(AFTER_DIGIT_MAGNITUDE, w, j)) j++;
  // A class threshold (10亿元以上项目) is part of the words, not a number that ends them.
  if (w.charCodeAt(j) === 0x5143 /* 元 */ && THRESHOLD.test(w.slice(j, j + 4))) return start;
  const amount = j > i + 1 && (w.charCodeAt(j - 1) === 0x4e07 /* 万 */ || w.charCodeAt(j - 1) === 0x4ebf); /* 亿 */
  if (w.charCodeAt(j) === 0x4f59 /* 余 */ || w.charCodeAt(j) === 0x591a /* 多 */) j++; // 10余家
  if (has(TIME_WORD, w, j)) {
    const c = w.charCodeAt(j);
    // 5年期以上LPR, 7天期逆回购: a term is part of the noun it names (`termOfNoun`).
    if ((c === 0x5e74 /* 年 */ || c === 0x5929) /* 天 */ && termOfNoun(w, j + 1)) return start;
    const month = c === 0x5e74 /* 年 */ || c === 0x6708; /* 月 */
    j++;
    if (month && has(AFTER_TIME, w, j)) j += has(AFTER_TIME, w, j + 1) ? 2 : 1;
    if (w.charCodeAt(j) === QI) j++;
    return closedAt(w, afterPeriodAt(w, j));
  }
  for (const word of TIME_WORDS_2) if (w.startsWith(word, j)) return termOfNoun(w, j + 2) ? start : closedAt(w, afterPeriodAt(w, j + 2));
  // 每100克含蛋白质, 牛肉每500克卖到: the measure a rate is given for ends the words before it.
  if (w.charCodeAt(start - 1) === MEI) {
    const unit = unitAt(w, j);
    if (unit !== null && MEASURES.has(unit.kind)) return closedAt(w, j + unit.word.length);
  }
  // 10月5号 is a date; 5号线 a name.
  if (w.charCodeAt(j) === 0x53f7 /* 号 */) return w.charCodeAt(start - 1) === 0x6708 /* 月 */ ? closedAt(w, j + 1) : start;
  if (has(AFTER_DIGIT, w, j)) {
    const threshold = w.startsWith("以上", j + 1) || w.startsWith("以下", j + 1);
    return threshold ? start : closedAt(w, j + 1);
  }
  // 外援全场砍下31分12个篮板: a number and one measure character that end the words are
  // a figure of their own (31分), not the start of a name (5号线, 110千伏变电站): nothing
  // before the figure after them is its subject.
  if (w.length - j <= 1 && isHanAt(w, j)) return w.length;
  // 报价1788-0.42%: a number and a dash that end the words are no range (the figure's bound
  // is lower) and no subject.
  if (w.length - j === 1 && has(DASH, w, j)) return w.length;
  // 10万吨级泊位, 5000吨级码头: a class (a unit and 级) is part of the noun it grades.
  if (gradeAt(w, j)) return start;
  if (amount || w.charCodeAt(j) === 0x29 /* ) */) return closedAt(w, j);
  // 科创50指数, 沪深300指数, 世界500强企业: digits with Han characters glued on both sides, and
  // a word after them that names (an index, a ranking), are inside a name, which begins before
  // them: only a number further left can end the words. Any other word after them counts
  // (13至14岁女生, 积累100积分, 新建35千伏变电站): the words begin after the number.
  const named = j === i + 1 && isHanAt(w, start - 1) && stickyTest(NAME_AFTER_DIGITS, w, j);
  return named ? afterLastNumber(w, start) : start;
}

/** A unit and 级 after a number: 万吨级, 千伏级, 标箱级 (not 级别, a rank's word). */
const GRADE = /[\u4e00-\u9fff]{1,3}级(?!别)/y;
/** True when a unit and 级 stand at `at` in `w`: the grade of 10万吨级泊位, 3000吨级船舶. */
function gradeAt(w: string, at: number): boolean {
  GRADE.lastIndex = at;
  return GRADE.test(w);
}

/** True when an opening bracket, ( or （, stands at `at` in `w`. */
function openBracketAt(w: string, at: number): boolean {
  const c = w.charCodeAt(at);
  return c === 0x28 || c === 0xff08;
}

/** A hyphen inside a code: BJ2025-18号地块, G-8. */
const HYPHEN = 0x2d;

/**
 * Where a code whose last part begins at `start` begins: letters and digits joined by hyphens
 * (BJ2025-18号地块, CN2025-07号地块) are one token, and a subject keeps it whole (as it keeps
 * 5号线 whole) rather than begin inside it (18号地块). Only a token with a letter is a code:
 * 2019-2023年 is a range of years, read as a time.
 */
function codeStart(w: string, start: number): number {
  let k = start;
  while (w.charCodeAt(k - 1) === HYPHEN && (isDigitAt(w, k - 2) || isAsciiLetterAt(w, k - 2))) {
    k -= 1;
    while (isDigitAt(w, k - 1) || isAsciiLetterAt(w, k - 1)) k--;
  }
  return k < start && hasLetter(w, k, start) ? k : start;
}

/** What follows the digits of a name: 科创50指数, 上证50成份, 沪深300成指, 世界500强, 创业板50ETF. */
const NAME_AFTER_DIGITS = /指数|成份|成分|成指|强|ETF|板块/y;

/** Dashes a number may stand before in a range (5-10, 5—10). */
const DASH = charSet("-−—–~～");

/**
 * Past the word that makes a span of time of the number and time word before `k`: 5年内投入
 * → 投入, 3个月来, 10天以来, 两年之间 (within, since); else `k`.
 */
function afterPeriodAt(w: string, k: number): number {
  if (w.startsWith("以来", k) || w.startsWith("以内", k) || w.startsWith("之内", k) || w.startsWith("之间", k)) return k + 2;
  return has(PERIOD_WORD, w, k) ? k + 1 : k;
}
/**
 * Where the words `w` (from `from`) begin past the word that makes the figure just before them
 * a span of time: 5年|内投入25亿英镑 → 投入, 近两年|来全县新建 → 全县新建; else 0.
 */
function afterFigurePeriod(text: string, from: number, previousEnd: number, w: string): number {
  if (from !== previousEnd) return 0;
  if (packSize(text, from)) return 1;
  return has(TIME_WORD, text, from - 1) ? afterPeriodAt(w, 0) : 0;
}
/** Last characters of a mass or volume a pack is sold by: 5公斤装, 500克装, 10斤装, 2升装, 500ml装, 5L装. */
const PACK_UNIT_LAST = charSet("克斤升lL");
const ZHUANG = 0x88c5; // 装

/**
 * True when 装 at `at`, right after a figure of mass or volume, makes it a pack's size (5公斤装
 * 每箱售价 → 每箱售价: "a 5 kg pack"): the 装 ends that figure's words and opens none of the next.
 * Not 装 opening a word (装载, 装卸, 装备).
 */
function packSize(text: string, at: number): boolean {
  return text.charCodeAt(at) === ZHUANG && has(PACK_UNIT_LAST, text, at - 1) && !has(PACK_NOT_AFTER, text, at + 1);
}
const PACK_NOT_AFTER = charSet("载卸备配修置饰运车船箱入满进上");
/** One character after a time word that makes it a span: 5年内, 3年来, 两年间, 10天里. */
const PERIOD_WORD = charSet("内来间里");

/** `k`, or past a closing parenthesis there: 2日)在东京 → 在东京. */
const closedAt = (w: string, k: number): number => (w.charCodeAt(k) === 0x29 /* ) */ ? k + 1 : k);

/**
 * The last index at or before `from` of the character `code` in `s`, or -1. A short
 * loop: `lastIndexOf` goes through the runtime and cost more on these short phrases.
 */
function lastIndexOfCode(s: string, code: number, from: number): number {
  for (let i = from; i >= 0; i--) if (s.charCodeAt(i) === code) return i;
  return -1;
}

/** Characters that make 在 part of a word (现在, 存在, 实在, 正在, 所在…), not a preposition. */
const NOT_LOCATIVE_BEFORE = charSet("现存实正所内外潜自好");
/**
 * …and after it: 在建项目, 在线, 在职, 在校学生, 在岗, 在售, 在营, 在册, 在手订单, 在途资金, 在役机组
 * (a state, not a place).
 */
const NOT_LOCATIVE_AFTER = charSet("建线职校读岗押编售营册库手途役");
/** Characters that make 从 part of a word (自从, 服从, 听从, 随从, 无从…), not "from". */
const NOT_SOURCE_BEFORE = charSet("自服听随无顺跟侍盲遵主");
/**
 * …and after it: 从事, 从业, 从而, 从中, 从来, 从未, 从严, 从重, 从此, 从小, 从头, 从不 (no place);
 * 从化, 从江 (places whose name opens with 从: 从化区接待游客120万人次), 从政, 从军, 从医, 从教.
 */
const NOT_SOURCE_AFTER = charSet("事业而中来未严重轻快宽简此小头不容新众属化江政军医教");
const ZAI = 0x5728; // 在
const CONG = 0x4ece; // 从

/**
 * Where the preposition 在 (at) or 从 (from) stands in `phrase`, the last of them, or -1:
 * not in 现在, 存在, 正在, 所在, 在建…, nor in 自从, 服从, 从事, 从而…. A place after
 * either is where, not what is measured (在北京投资, 从哥伦比亚进口咖啡豆).
 */
function locativeAt(phrase: string): number {
  for (let i = phrase.length - 1; i >= 0; i--) {
    const c = phrase.charCodeAt(i);
    if (c === ZAI) {
      if ((i === 0 || !has(NOT_LOCATIVE_BEFORE, phrase, i - 1)) && !has(NOT_LOCATIVE_AFTER, phrase, i + 1)) return i;
    } else if (c === CONG) {
      const word = (i === 0 || !has(NOT_SOURCE_BEFORE, phrase, i - 1)) && !has(NOT_SOURCE_AFTER, phrase, i + 1);
      if (word && !routeAfter(phrase, i + 1)) return i;
    }
  }
  return -1;
}

/** 到 or 至 in `phrase` from `at` on: 从市区到机场 is a route, the subject of a distance, not a source. */
function routeAfter(phrase: string, at: number): boolean {
  for (let i = at; i < phrase.length; i++) if (has(ROUTE_END, phrase, i)) return true;
  return false;
}
const ROUTE_END = charSet("到至");

/** Last characters of a place (在南部科学园区, 在全省范围内, 从美国): where a 在- or 从-phrase may end. */
const PLACE_END = charSet("区市县省镇乡村州国港岛内外上里");
/**
 * Words that open what is done or measured after a place: 在北京投资, 在当地流转土地,
 * 在高新园新建厂房. The first of them after 在 and at least one character of place
 * closes the 在-phrase, whatever the place ends with (北京, 长沙, 当地, 新城).
 */
const PLACE_HEAD = new RegExp(
  [
    "投资|投入|新建|兴建|修建|建设|建成|种植|栽种|养殖|流转|销售|生产|引进|发放|接待|招聘|签约|举办|开设|设立|投放",
    "收购|采购|购买|完成|实现|新增|累计|共计",
    "追加|拨款|拨付", // 计划在下一财年追加拨款 → 追加拨款
    "进口|出口|调运|调入|购进|运回|运来|贷款|融资", // 从哥伦比亚进口咖啡豆, 从外地调运蔬菜, 从银行贷款
    "人均|户均|年均|消费|收入", // 游客在当地人均消费 → 人均消费
    "共(?![享建同产识青])|已经|已(?![婚故知决赚])|将(?![近军领士来])", // 在全县共流转 (not 共同, 已婚, 将近)
  ].join("|"),
  "g",
);

/**
 * Where the 在-phrase starting at `at` in `phrase` ends: at the first `PLACE_HEAD` after
 * the place, else after the last place-final character (not the phrase's last), else -1.
 */
function placeEnd(phrase: string, at: number): number {
  PLACE_HEAD.lastIndex = at + 2;
  const head = PLACE_HEAD.exec(phrase);
  if (head !== null) return head.index;
  for (let i = phrase.length - 2; i > at; i--) if (has(PLACE_END, phrase, i)) return i + 1;
  return -1;
}
/**
 * After a measure, the noun it modifies, in the same clause: 2×100万千瓦扩能改造项目,
 * 10万吨级码头; or 处 (下游18公里处: a place).
 */
const MODIFIED_NOUNS = "项目|工程|机组|电站|电厂|风电场|码头|基地|生产线|装置|设施|厂房|车间";
const MODIFIED_NOUN = new RegExp(`处|[^,，。；;：:、！!？?\\s“”]{0,10}?(?:${MODIFIED_NOUNS})`, "y");
/** 处 and the first characters of the nouns: a match needs one within 11 characters of its start. */
const MODIFIED_NOUN_FIRST = firstCharTable(`处|${MODIFIED_NOUNS}`);
const MODIFIED_NOUN_REACH = 11;
/**
 * `MODIFIED_NOUN` at `at`. The regex is tried only when 处 or a noun's first character
 * stands in the 11 characters it could begin in (0 to 10 characters are skipped before
 * the noun): elsewhere it cannot match.
 */
function modifiedNounAfter(text: string, at: number): boolean {
  const to = Math.min(text.length, at + MODIFIED_NOUN_REACH);
  let i = at;
  while (i < to && !has(MODIFIED_NOUN_FIRST, text, i)) i++;
  if (i === to) return false;
  MODIFIED_NOUN.lastIndex = at;
  return MODIFIED_NOUN.test(text);
}
/** The end of a phrase that names a measure: 装机容量, 日处理能力, 总建筑面积, 占地, 全长, 年产能, 年产量. */
const MEASURE_NOUN = /(?:容量|能力|面积|用地|占地|产能|规模|功率|长度|宽度|高度|深度|库容|储量|装机|吨位|排量|[长宽高深量])$/;
const MEASURES: ReadonlySet<string> = new Set(["area", "energy", "power", "mass", "length", "volume"]);
/** Words ending in an output over a period: 年产, 日产, 月产, 年产能, 设计年产. */
const OUTPUT_RATE = /[年日月]产能?$/;
/** Longest measure word read after 在 (`isMeasureWord`): 设计年产能. */
const MEASURE_WORD_MAX = 5;
/** True when `words` name a measure: 年产, 日产能, 占地, 装机容量 (`MEASURE_NOUN`, `OUTPUT_RATE`). */
const namesMeasure = (words: string): boolean => MEASURE_NOUN.test(words) || OUTPUT_RATE.test(words);
/** True when `words` are a short measure word alone (`namesMeasure`), not a place before one (北京年产). */
const isMeasureWord = (words: string): boolean =>
  words.length >= 2 && words.length <= MEASURE_WORD_MAX && namesMeasure(words) && !PLACE_END_WORD.test(words);
/** A place before a measure word: 北京年产, 全省年产. */
const PLACE_END_WORD = /^[^年日月设]{2,}[年日月]产/;
/** One-character measure nouns: 长约300米, 重约5公吨, 高约180呎, 深10米. */
const MEASURE_CHAR = charSet("长宽高深重厚阔");
/** True when `phrase` is one measure noun and the figure a measure: a subject of one character. */
const singleMeasure = (phrase: string, f: RawFigure): boolean =>
  phrase.length === 1 && MEASURE_CHAR[phrase.charCodeAt(0)] === 1 && MEASURES.has(f.kind);
/**
 * Verbs whose object follows the figure: 规划建设4个码头, 茶商收购2.5万公斤茶叶 — a phrase that ends
 * with one has no subject before the figure.
 */
const OBJECT_VERBS = new Set([
  "建设", "新建", "建成", "规划", "规划建设", "修建", "兴建", "收购", "采购", "购买", "支付", "缴获", "募集", "拥有", "带动", "吸引",
  "涉及", "组织", "举办", "开展", "引进", "救助", "走访", "慰问", "安排", "提供", "发放", "承包", "签约", "处置",
  "入驻", "吸纳", "招聘", "接待", "帮助", "服务", "推出", "设置", "设立", "建立", "选派", "评选", "创建", "打造", "实施",
  "推进", "落实", "解决", "培育", "认定", "成立", "组建", "派出", "出动", "查处", "排查", "整改", "发现", "召开", "举行",
  "投用", "惠及", "覆盖", "动员", "投放", "种植", "栽种", "完成", "实现", "获得", "拿到", "收到", "检查",
  "拨出", "采取", "选择", "认捐", "捐赠", "捐助", "捐献", "送去", "送来", "送上", "送出", "发出", "拖欠", "调集", "调派", "抽调",
  "派遣", "造成", "导致", "遇到", "找到", "看到", "来自", "付", "骗取", "诈骗",
  // 央行宣布加息25个基点: what is announced follows; 越过2米29的横杆: what is cleared follows
  "宣布", "越过",
  // 对领军人才给予最高500万元科研启动经费: what is granted follows; 央行决定维持21%的基准利率:
  // what is decided follows (维持 is read as a link), and whoever decides is not measured
  "给予", "授予", "决定",
  // 会上通报3起案件, 警方破获5个团伙: what is reported or caught follows
  "通报", "公布", "曝光", "披露", "破获", "侦破", "抓获", "查获",
  // 村民分布在5个自然村: where they are follows (在 was read as a link); 商铺位于1、2层: so it does after 位于
  "分布", "散布", "遍布", "散落", "位于",
  // 只见约300平方米的楼顶, 日赚300元 (日 is per day; the money is what is earned)
  "只见", "看见", "赚", "挣",
  // a verb with its result, whose object follows: 要继续用好每年5000万元的专项资金, 用足500亿元额度
  "用好", "用足", "用活", "管好", "抓好", "办好",
  // bought in: 购进60公斤多 (what was bought is measured, not the buying); not 买入, 买进, which
  // name a market's flow (北向资金净买入56.8亿元 → 净买入)
  "购进", "购入", "调进", "调入", "运进",
]);
/**
 * 已 (already) after a verb of `OBJECT_VERBS`: a verb follows it (累计捐赠已超过15万欧元), so
 * the object verb before it is the topic, what is measured, and no verb of the figure.
 */
const YI = 0x5df2;
/** 显著, 卓著, 土著, 沉着: words ending in 着 that are no verb with its aspect marker. */
const NOT_ASPECT = charSet("显卓土沉");
/** 着 after a verb (拿着两张, 带着3000元): what is held or done follows. */
const ZHE = 0x7740;
const OBJECT_VERBS_BY_LAST = byLastChar(OBJECT_VERBS);
/** 带动全县8.6万名茶农, 惠及全省: a whole after the verb scopes its object. */
const SCOPE = /全[国省市区县镇乡村州球]$/;
function endsWithObjectVerb(phrase: string): boolean {
  if (endsWithAny(phrase, OBJECT_VERBS_BY_LAST)) return true;
  const n = phrase.length;
  if (phrase.charCodeAt(n - 1) === ZHE) return !has(NOT_ASPECT, phrase, n - 2);
  // `SCOPE` ends the phrase with 全 and one character: anything else before the last fails it.
  const scoped = phrase.length > 2 && phrase.charCodeAt(phrase.length - 2) === 0x5168 /* 全 */ && SCOPE.test(phrase);
  return scoped && endsWithAny(phrase.slice(0, -2), OBJECT_VERBS_BY_LAST);
}

/** A place: 招聘会上, 村里, 活动期间. */
const LOCATIVE = byLastChar(["上", "中", "里", "内", "外", "期间", "当中", "方面"]);

/** Words grouped by the code of their last character, for `endsWithAny`. */
function byLastChar(words: Iterable<string>): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    map.set(last, [...(map.get(last) ?? []), word]);
  }
  return map;
}
function endsWithAny(s: string, words: ReadonlyMap<number, readonly string[]>): boolean {
  const candidates = words.get(s.charCodeAt(s.length - 1));
  if (candidates === undefined) return false;
  for (const word of candidates) if (s.endsWith(word)) return true;
  return false;
}
const STOP_SUBJECTS = new Set([
  "其中", "分别", "同时", "此外", "以及", "包括", "其余", "剩余", "这些", "那些", "他们", "我们",
  // a whole alone is a scope, not what is measured: 覆盖全省12市 (全省 is where the cities are)
  "全国", "全省", "全市", "全区", "全县", "全镇", "全乡", "全村", "全州", "全球",
  // a per-unit word alone says of what: 平均每亩增收800元
  "平均", "人均", "户均", "年均", "亩均",
  // a time alone is when, not what is measured: 把全年60%以上的实兵训练安排在夜间
  "全年", "今年", "去年", "当年", "明年", "全天",
]);
/** A phrase longer than every stop word is none of them: no need to hash it. */
const STOP_SUBJECT_MAX = Math.max(...[...STOP_SUBJECTS].map((word) => word.length));

/**
 * True when `word` stands wholly inside `text[from, to)`. Searched only there: an
 * `indexOf` from `from` read on to the end of the text for every figure without it.
 */
function within(text: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  for (let i = from; i + word.length <= to; i++) {
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return true;
  }
  return false;
}

/**
 * Walks back to the start of the clause (a clause mark, a quote or a dash `——` ends it),
 * stepping over a parenthesis: 鞋款总额(296×32.8)为;
 * a parenthesis that opens the clause and holds only a numeral is a list marker: (一)工业投资.
 */
function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x29) {
      // ")"
      const open = text.lastIndexOf("(", i - 1);
      if (open < floor || i - open > 30 || listParenthesis(text, open, i - 1)) return i;
      i = open;
      continue;
    }
    if (c === 0x28 || (CLAUSE_END[c] === 1 && !unitDot(text, i - 1)) || (DASH_HALF[c] === 1 && has(DASH_HALF, text, i - 2))) return i;
    i--;
  }
  return i;
}

/**
 * The halves of a Chinese dash (破折号), `——` (or `──`, as some typesetting
 * has it): two of them end a clause (`…的日子——小区内服役22年的电梯`); one
 * is a range's (`5—10亿元`, `2019—2023年`) and no break.
 */
const DASH_HALF = charSet("—─");

/** 瓦 and 时: the characters either side of the dot in 千瓦·时 (a unit, not a bullet or a name's dot). */
const WA = 0x74e6;
const SHI = 0x65f6;
/** True when the character at `at` is the dot of 千瓦·时, 兆瓦·时 (每千瓦·时0.588元). */
function unitDot(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0xb7 /* · */ && text.charCodeAt(at - 1) === WA && text.charCodeAt(at + 1) === SHI;
}

/**
 * A colon's lead-in that is no label: one ending with a word of saying (他说：, 记者：, 电话：),
 * or a clause holding 了 (他算了一笔账：, 记者了解到：), a done action where a label names a measure.
 */
const NOT_LABEL = /(?:说|道|称|表示|介绍|指出|认为|强调|透露|坦言|提到|告诉|回答|答|问|写|讲|记者|电话|地址|时间|日期)$|了/;
/** The longest label read before a colon. */
const LABEL_MAX = 10;

/**
 * Where the label before the colon at `at - 1` begins (全镇耕地面积：, 总投资:), or -1 when
 * there is no colon there, or what stands before it is no short label of its own clause.
 */
function labelStart(text: string, at: number, previousEnd: number): number {
  const colon = text.charCodeAt(at - 1);
  if (colon !== 0xff1a /* ： */ && colon !== 0x3a /* : */) return -1;
  const end = at - 1;
  const start = clauseStart(text, end, Math.max(previousEnd, end - LABEL_MAX));
  if (end - start < 2) return -1;
  if (start > 0 && !has(CLAUSE_END, text, start - 1) && text.charCodeAt(start - 1) !== 0x28) return -1;
  return NOT_LABEL.test(text.slice(start, end)) ? -1 : start;
}

/** Closing quotes and the opening quote each pairs with. */
const QUOTE_PAIRS: ReadonlyMap<number, number> = new Map([
  [0x201d /* ” */, 0x201c /* “ */],
  [0x300d /* 」 */, 0x300c /* 「 */],
  [0x300f /* 』 */, 0x300e /* 『 */],
]);
/** The longest quoted term read before a number: 巾帼创业贷, 专精特新贷. */
const QUOTED_TERM_MAX = 10;

/**
 * Where the quoted term whose closing quote is at `at - 1` begins (inside the quotes), or -1:
 * 累计发放“巾帼创业贷”4.6亿元 gives 巾帼创业贷, the loan product measured. Only Han words of 2 to
 * `QUOTED_TERM_MAX` characters: a quoted saying has marks or is longer; not the last of a list
 * of quoted names (`listedQuote`).
 */
function quotedTermStart(text: string, at: number, previousEnd: number): number {
  const open = QUOTE_PAIRS.get(text.charCodeAt(at - 1));
  if (open === undefined) return -1;
  const end = at - 1;
  for (let i = end - 1; i >= Math.max(previousEnd, end - QUOTED_TERM_MAX - 1); i--) {
    // “泥火初成”“窑变万千”三个单元: the last of a list of quoted names is not what is counted.
    if (text.charCodeAt(i) === open) return end - i - 1 >= 2 && !listedQuote(text, i) ? i + 1 : -1;
    if (!isHanAt(text, i)) return -1;
  }
  return -1;
}

/** True when another quoted item or a 、 stands right before the opening quote at `open`. */
function listedQuote(text: string, open: number): boolean {
  return QUOTE_PAIRS.has(text.charCodeAt(open - 1)) || text.charCodeAt(open - 1) === 0x3001 /* 、 */;
}

/** 最高, 最低, 最多, 最少 ending the clause before a comma whose clause is only a link (最高，达96.8%). */
const SUPERLATIVE_END = /最[高低多少]$/;

/**
 * Where the superlative ending the clause before the comma at `at - 1` begins, or -1: in
 * 核销率最高，达96.8% the figure's clause holds only its link, and what is measured stands
 * before 最高 in the clause before.
 */
function superlativeBefore(text: string, at: number, previousEnd: number): number {
  const comma = text.charCodeAt(at - 1);
  if ((comma !== 0xff0c /* ， */ && comma !== 0x2c) || at - 3 < previousEnd) return -1;
  return SUPERLATIVE_END.test(text.slice(at - 3, at - 1)) ? at - 3 : -1;
}

/**
 * Where a list of items joined by 、 that ends at `at` begins: 新能源汽车、工业机器人、太阳能
 * 电池产量 → 新能源汽车. Not before `previousEnd`, nor more than 50 characters before the
 * figure at `figureStart`; a list cut by that limit is not taken (`at` is returned).
 */
function listStart(text: string, at: number, previousEnd: number, figureStart: number): number {
  const floor = Math.max(previousEnd, figureStart - 50);
  let i = at;
  while (i - 1 > floor && text.charCodeAt(i - 1) === 0x3001 /* 、 */) {
    const start = clauseStart(text, i - 1, floor);
    if (start === i - 1) break;
    const opensClause = start === 0 || start === previousEnd || has(CLAUSE_END, text, start - 1) || text[start - 1] === "(";
    if (!opensClause) return at;
    i = start;
  }
  return i;
}

/**
 * A noun that names a measure or an amount (`MEASURE_NOUN`, 资金, 投资, 收入, …率, …额, …值):
 * items joined by 、 before it share it (风电、光伏装机容量, 城镇、农村居民收入).
 */
const LIST_HEAD = /(?:容量|能力|面积|用地|产能|规模|功率|库容|储量|装机|排放|资金|投资|收入|资产|贷款|利润|[量率额值])$/;

/**
 * 等 and the noun the items of a list before it are kinds of, ending the last item: 餐饮等消费,
 * 水泥等行业 (住宿、餐饮等消费 is one whole, spending on lodging, food and the like). Not 等于,
 * 等待, 等候 (verbs), nor 等人 (张三、李四等人捐款: the people who act, not what is measured).
 */
const ETC_HEAD = /[^、]等(?![于待候人])[\u4e00-\u9fff]{1,6}$/u;

/**
 * True when the words `text[ws, cut)` before a figure are the last item of a list joined by 、
 * (not a list marker, 1、; not right after the figure before) and end with a noun of `LIST_HEAD`,
 * which the items share, or with 等 and the noun they are kinds of (`ETC_HEAD`): the whole list
 * is then what is measured. 一产、二产增长3% names no measure after 二产, and keeps no subject
 * (the figure may be of each item, or of the last).
 */
function sharedHeadList(text: string, ws: number, cut: number, previousEnd: number): boolean {
  if (text.charCodeAt(ws - 1) !== 0x3001 /* 、 */ || ws - 1 === previousEnd || cut - ws < 2) return false;
  if (listMarkerComma(text, ws - 1)) return false;
  const words = text.slice(ws, cut);
  return LIST_HEAD.test(words) || ETC_HEAD.test(words);
}

/** Roles of right words that make the words they end a statement: 首付比例下调, 利率降至. */
const STATEMENT_ROLES: ReadonlySet<RightRole> = new Set(["increase", "decrease", "level", "quicken", "ease", "rise", "fall"]);
/** Closing quotes: a quoted item before 、 is a name or a saying, not a noun the next item shares. */
const CLOSE_QUOTE_MARK = charSet("”’」』");

/**
 * True when the item before the 、 at `at` is a statement of its own, not a noun: it is
 * quoted whole (“认房不认贷”、公积金贷款额度提高至120万元) or ends with a change word
 * (首付比例下调、公积金贷款额度提高至120万元). The next item then has its own subject, as
 * after ，; nouns sharing what follows (一产、二产增长3%) end with neither.
 */
function statementBefore(text: string, at: number, floor: number): boolean {
  if (has(CLOSE_QUOTE_MARK, text, at - 1)) return true;
  const start = clauseStart(text, at, floor);
  const word = rightWord(text, start, at);
  return word !== null && STATEMENT_ROLES.has(word.role);
}

/** List numerals: (一), (12), 一、. */
const LIST_NUMERAL = charSet("0123456789一二三四五六七八九十");

/** True when the parenthesis `text[open, close]` holds only list numerals and opens its clause. */
function listParenthesis(text: string, open: number, close: number): boolean {
  if (close <= open + 1 || close - open > 4 || (open > 0 && !has(CLAUSE_END, text, open - 1))) return false;
  for (let i = open + 1; i < close; i++) if (!has(LIST_NUMERAL, text, i)) return false;
  return true;
}

/**
 * True when the 、 at `at` ends a list marker that opens the sentence or clause: 1、工业投资,
 * 二、固定资产投资 (not 一产、二产, where 、 joins two nouns).
 */
function listMarkerComma(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && has(LIST_NUMERAL, text, i - 1)) i--;
  return i < at && at - i <= 3 && (i === 0 || has(CLAUSE_END, text, i - 1));
}

type Found = {
  qualifier: Qualifier;
  change: Change;
  settled: boolean;
  /** Something other than a link word was read: the figure's text then starts with the words read. */
  telling: boolean;
  /** The link word nearest the number, if the nearest word was a link. */
  nearestLink: string | null;
  /** Words read so far. */
  read: number;
  /** 分别 or 各 was read: the figures are of the items of a list, in turn. */
  respectively: boolean;
  /**
   * The first 由/从, 比/较 and 于/出/先/后 in the clause before the figure (its start when
   * there is none): `stripRight` tries `FROM`, `COMPARISON` and `COMPARATIVE` on the words
   * before `end` only when one stands before `end` (each regex needs one to match).
   */
  fromAt: number;
  comparisonAt: number;
  comparativeAt: number;
  /** 约占 stands in the clause before the figure. */
  yueZhan: boolean;
  /** A light verb of `OBJECT_LINKS` (完成, 实现, 录得) was read. */
  objectLink: boolean;
  /** The figure is in percentage points (个百分点, 个基点): 加快 and 收窄 before it tell a rate's pace. */
  points: boolean;
  /** Where a change word that names what changes (加息, 降息) was read nearest the number, or null. */
  namedChange: [number, number] | null;
  /** A per-unit word (每人, 每餐, 每500克) was read: whoever stands before it is whom the figure is for. */
  perUnit: boolean;
};

/** Characters `clauseMarks` looks for: bit 1 由从, 2 比较, 4 于出先后, 8 约. */
const MARKS = new Uint8Array(0x10000);
{
  for (const c of "由从") MARKS[c.charCodeAt(0)] = 1;
  for (const c of "比较") MARKS[c.charCodeAt(0)] = 2;
  for (const c of "于出先后") MARKS[c.charCodeAt(0)] = 4;
  MARKS["约".charCodeAt(0)] = 8;
}

/** One pass over `text[from, end)` for the characters of `MARKS`, noted in `found`. */
function clauseMarks(text: string, from: number, end: number, found: Found): void {
  for (let i = from; i < end; i++) {
    const mark = MARKS[text.charCodeAt(i)];
    if (mark === 0) continue;
    if (mark === 1) {
      if (found.fromAt === end) found.fromAt = i;
    } else if (mark === 2) {
      if (found.comparisonAt === end) found.comparisonAt = i;
    } else if (mark === 4) {
      if (found.comparativeAt === end) found.comparativeAt = i;
    } else if (i + 1 < end && text.charCodeAt(i + 1) === 0x5360 /* 占 */) {
      found.yueZhan = true;
    }
  }
}

function note(found: Found, role: RightRole): void {
  if (role !== "link") found.telling = true; // a unit word (人民币) too: the text starts with it
  if (role === "quicken" || role === "ease") {
    // 增速加快0.8个百分点: a rate's pace; 逆差收窄18.5%: the deficit's change.
    if (found.points) found.settled = true;
    else if (!found.settled && found.change === null) found.change = role === "ease" ? "decrease" : "increase";
    return;
  }
  if (role === "rise" || role === "fall") {
    // 利率下行5.2个基点: a rate's move; before any other measure, no change.
    if (found.points && !found.settled && found.change === null) found.change = role === "rise" ? "increase" : "decrease";
    return;
  }
  if (role === "level" || role === "pace") found.settled = true;
  if (!found.settled && found.change === null && (role === "increase" || role === "decrease")) found.change = role;
  if (found.qualifier === null && (role === "about" || role === "over" || role === "under")) found.qualifier = role;
}

/**
 * Steps over the words of `LEFT` and `LEFT_CHANGE` at `offset` inside the phrase `w`,
 * after a place or a light verb: as `skipLeft`, but words that would leave nothing
 * were the subject itself (在高新区项目32个 → 项目), and are kept.
 */
function skipLeftInside(w: string, offset: number, found: Found): number {
  const change = found.change;
  const rest = skipLeft(w, offset, found);
  if (rest < w.length) return rest;
  found.change = change;
  return offset;
}

/**
 * Steps over the scope, time and change words that open the phrase `w` at `offset`
 * (今年全市, 累计, 减少…), noting a change word's direction; returns where the rest begins.
 * Before a count (`counted`), a noun of `ACTOR_NOUNS` that ends the phrase is kept.
 */
function skipLeft(w: string, offset: number, found: Found, counted = false): number {
  for (;;) {
    LEFT_CHANGE.lastIndex = offset;
    const change = has(LEFT_CHANGE_FIRST, w, offset) ? LEFT_CHANGE.exec(w) : null;
    if (change && savedNounAt(w, offset)) return offset;
    if (change) {
      if (!found.settled && found.change === null) found.change = change[1] !== undefined ? "decrease" : "increase";
      offset += change[0].length;
      continue;
    }
    const during = duringEnd(w, offset);
    if (during > offset) {
      offset = during;
      continue;
    }
    // `test` leaves `lastIndex` after the match, as `exec` does, without a match array.
    const left = regexAt(LEFT_BY_FIRST, w, offset);
    if (left === undefined) return offset;
    left.lastIndex = offset;
    if (!left.test(w) || left.lastIndex === offset) return offset;
    // 企业、个体工商户数量: a word that 、 follows is an item of a list, not an opener; 新增和恢复灌溉面积:
    // a word that 和, 及, 与 or 或 joins to the next is half of a pair, the pair what is measured.
    if (w.charCodeAt(left.lastIndex) === 0x3001 /* 、 */ || has(PAIR_JOINT, w, left.lastIndex)) return offset;
    // 全市新增企业1.2万家 → 企业: a noun that opens a clause (企业实现营收…) is what a count
    // counts when nothing follows it (but 项目历时一年: the project is not a duration).
    if (counted && left.lastIndex === w.length && actorNounAt(w, offset)) return offset;
    offset = left.lastIndex;
  }
}

/** 和, 及, 与 between two figures: …50元和满500元. */
const ITEM_JOINT = charSet("和及与");

/** 和, 及, 与, 或 after an opening word: it is half of a pair (新增和恢复灌溉面积, 累计及当年投资). */
const PAIR_JOINT = charSet("和及与或");

/** The longest event or season read before 期间: 在春节假期 (在 and five characters). */
const DURING_REACH = 6;

/**
 * After an event or a season and 期间 that open `w` at `offset` (赛事期间, 春节期间, 在活动期间),
 * when words follow: a time, as 今年 is (赛事期间全市餐饮消费 → 餐饮消费); else `offset`.
 */
export function duringEnd(w: string, offset: number): number {
  const to = Math.min(offset + DURING_REACH, w.length - 3);
  if (to <= offset) return offset;
  // The first 期间 from offset + 1 on is the only one that can count: a later one is reached
  // only past it. Found with one native search instead of a test at every character; then
  // every character before it must be Han, as the scan it replaces required.
  const i = w.indexOf("期间", offset + 1);
  if (i < 0 || i > to) return offset;
  for (let k = offset; k < i; k++) if (!isHanAt(w, k)) return offset;
  return i + 2;
}

/** The nouns of `LEFT` that may also be what is counted: 项目, 企业, 公司. */
const ACTOR_NOUNS = ["项目", "企业", "公司"];
/** True when one of `ACTOR_NOUNS` ends `w` at `offset`, and nothing else stands after it. */
function actorNounAt(w: string, offset: number): boolean {
  return w.length - offset === 2 && ACTOR_NOUNS.includes(w.slice(offset));
}

/** Last characters of a starting level (`FROM`): 由, 从, 的, 年, what may follow 年, 目前, 现在, 现时. */
const FROM_LAST = charSet("的年底末初由从前在时");

/**
 * Strips one word, parenthesis, starting level or comparison off the end of
 * `text[from, end)`; returns the new end, or -1 when there is nothing to strip.
 */
function stripRight(text: string, from: number, end: number, found: Found): number {
  const word = rightWord(text, from, end);
  // 1欧元约合7.83元: a currency after a number is that amount's unit, not one named before this number.
  if (word && !(word.role === "unit" && isDigitAt(text, end - word.word.length - 1))) {
    // 人民币对美元贬值0.4%, 日元升值0.8%: a currency before a change word is what changed, not the unit.
    if (word.role === "unit" && found.change !== null) return -1;
    if (found.read++ === 0 && word.role === "link") found.nearestLink = word.word;
    if (word.word === "分别" || word.word === "各") found.respectively = true;
    if (word.mark !== PLAIN) markWord(found, word, end);
    note(found, word.role);
    return end - word.word.length;
  }
  return end <= from ? -1 : stripOther(text, from, end, found);
}

/** What may follow an amount after 完成 and go on with the sentence: 同比, 比上年, 左右, 以上, 的. */
const NOT_OBJECT_AFTER = charSet("同比较环左以上下占增减的");

/**
 * True when a noun follows the figure at `end`: after 完成, 实现 it is the object whose size the
 * figure gives (当局已完成约1.2万平方米临时工地的平整), and whoever stands before did it.
 */
function objectAfter(text: string, end: number): boolean {
  return isHanAt(text, end) && !has(NOT_OBJECT_AFTER, text, end);
}


/**
 * Notes what a marked right word ending at `end` tells: 完成 an object link; 加息 a change that
 * names what changes (央行加息25个基点: whoever acts before it is not measured). Apart from
 * `stripRight`, which is inlined into `dress`, as the rare path.
 */
function markWord(found: Found, word: RightWord, end: number): void {
  if (word.mark === OBJECT_LINK) found.objectLink = true;
  else if (word.mark === PER_UNIT) found.perUnit = true;
  else if (found.change === null && !found.settled) found.namedChange = [end - word.word.length, end];
}

const MEI = 0x6bcf; // 每
/** What a number after 每 is written with: 每500克, 每1.5公斤, 每两斤, 每百克. */
const PER_NUMERAL = charSet("0123456789.零〇一二两三四五六七八九十百千万");
/** The longest unit word read after the number (平方公里). */
const PER_UNIT_MAX = 4;
/** The longest number read after 每. */
const PER_NUMBER_MAX = 8;

/**
 * Where 每, a number and a measure's unit that end `text[from, end)` begin (每500克, 每100平方米;
 * a verb of one or two characters may stand after 每: 每行驶100公里), or -1. Such words say what a rate is given for (每500克17.8元), as 每斤 does; what is measured
 * stands before them. Most calls end at the first look: a unit and then a numeral are needed.
 */
function perMeasureStart(text: string, from: number, end: number): number {
  let unitStart = end - 1;
  while (unitStart > from && end - unitStart <= PER_UNIT_MAX && !has(PER_NUMERAL, text, unitStart - 1)) unitStart--;
  if (unitStart <= from || !has(PER_NUMERAL, text, unitStart - 1)) return -1;
  let i = unitStart - 1;
  while (i > from && unitStart - i < PER_NUMBER_MAX && has(PER_NUMERAL, text, i - 1)) i--;
  if (i <= from) return -1;
  // 每行驶100公里8升: a verb of one or two characters may stand between 每 and the number.
  const mei = meiBefore(text, i, from);
  if (mei < 0) return -1;
  const unit = unitOf(text.slice(unitStart, end));
  if (unit === undefined || !MEASURES.has(unit.kind)) return -1;
  return mei === i - 1 || perMeasureAt(text, mei, end) === end ? mei : -1;
}

/**
 * Where the measure ends that 每, a number and a unit, or 每, a verb of one or two characters, a
 * number and a unit open at `mei` in `text` (每500克, 每行驶100公里, 每烘干一吨, 每发1千瓦时), or -1.
 * Not after 每 and a time or a numeral read as a verb (每年, 每月: `PER_ITEM`).
 */
function perMeasureAt(text: string, mei: number, to: number): number {
  for (let verb = 0; verb <= PER_VERB_MAX; verb++) {
    const numeral = mei + 1 + verb;
    if (verb > 0 && (!isHanAt(text, numeral - 1) || has(PER_NUMERAL, text, numeral - 1))) return -1;
    if (verb === 1 && perItemAt(text, mei + 1)) return -1;
    // The shortest numeral that a measure's unit follows: 每1千瓦时 (千 begins the unit), 每100公里.
    for (let j = numeral + 1; j <= numeral + PER_NUMBER_MAX && j < to && has(PER_NUMERAL, text, j - 1); j++) {
      const unit = unitAt(text, j);
      if (unit === null || !MEASURES.has(unit.kind) || j + unit.word.length > to) continue;
      // 每发1千瓦时电: 电 after the energy is part of the measure (30万度电).
      const end = j + unit.word.length;
      return unit.kind === "energy" && text.charCodeAt(end) === DIAN && end < to ? end + 1 : end;
    }
  }
  return -1;
}

/**
 * Where the words after a measure a rate is given for begin in `w` (每行驶100公里耗油 → 耗油,
 * 农户每烘干一吨稻谷 → 稻谷), or 0: the measure and what stands before it are not measured.
 * The last 每 of `w` is read.
 */
function perVerbMeasureEnd(w: string): number {
  const mei = lastIndexOfCode(w, MEI, w.length - 3);
  if (mei < 0) return 0;
  const end = perMeasureAt(w, mei, w.length);
  return end > 0 && end < w.length ? end : 0;
}

const HUAN = 0x6362; // 换 of 兑换
const HE = 0x5408; // 合 (1美元合7.1元)
/** The longest money unit read before 兑 (新台币, 澳门元). */
const RATE_UNIT_MAX = 4;

/**
 * Where a round amount of money and 兑 or 合 that end `text[from, end)` begin (100日元兑, 1港元兑换, 1美元合),
 * or such an amount alone when 约合/折合 follows `end` (1欧元|约合7.83元: the word was read
 * already): the measure an exchange rate is given for (`exchangeMeasure`), which is no figure;
 * what stands before it names the rate. Else -1.
 */
function exchangeMeasureStart(text: string, from: number, end: number): number {
  let e = end;
  const last = text.charCodeAt(end - 1);
  if (last === DUI || last === HE) e = end - 1;
  else if (last === HUAN && text.charCodeAt(end - 2) === DUI) e = end - 2;
  else if (!has(RATE_LINK_FIRST, text, end) || !stickyTest(RATE_LINK, text, end)) return -1;
  for (let u = e - 1; u > from && e - u <= RATE_UNIT_MAX; u--) {
    if (!isDigitAt(text, u - 1)) continue;
    if (unitOf(text.slice(u, e))?.kind !== "money") return -1;
    let i = u - 1;
    while (i > from && isDigitAt(text, i - 1)) i--;
    return ROUND.test(text.slice(i, u)) ? i : -1;
  }
  return -1;
}

/**
 * `stripRight` past the table words: a per-unit word, a parenthesis, a starting level or a
 * comparison. Apart, so that `stripRight` stays small enough for V8 to inline into `dress`.
 */
function stripOther(text: string, from: number, end: number, found: Found): number {
  // 票价为每人每次2元: a per-unit word (每 and a measure) goes with the unit, as 每人 does.
  if (end - 2 >= from && text.charCodeAt(end - 2) === MEI && isHanAt(text, end - 1)) {
    if (found.read++ === 0) found.nearestLink = text.slice(end - 2, end);
    found.perUnit = true;
    return end - 2;
  }
  // 猪肉价格为每500克17.8元: so does 每 with a number and a unit (the measure the price is for).
  const per = perMeasureStart(text, from, end);
  if (per >= 0) {
    if (found.read++ === 0) found.nearestLink = text.slice(per, end);
    found.perUnit = true;
    return per;
  }
  // 中间价为100日元兑4.8938元: the measure of an exchange rate, as 每500克 is of a price.
  const rate = exchangeMeasureStart(text, from, end);
  if (rate >= 0) {
    if (found.read++ === 0) found.nearestLink = text.slice(rate, end);
    return rate;
  }
  const last = text.charCodeAt(end - 1);
  // 总投资¥80亿元: a yen or yuan sign before the number belongs to the unit, not the subject.
  if (last === 0xa5 /* ¥ */ || last === 0xffe5 /* ￥ */) return end - 1;
  if (last === 0x29 /* ) */) {
    const open = text.lastIndexOf("(", end - 1);
    found.telling = true;
    return open >= from ? open : -1;
  }
  // FROM and COMPARISON look behind and anchor at the end: they read the range as a string.
  if (FROM_LAST[last] === 1 && found.fromAt < end) {
    const m = FROM.exec(text.slice(from, end));
    if (m && m[0].length > 0) {
      found.telling = true;
      return from + m.index;
    }
  }
  if (found.comparisonAt < end) {
    const m = COMPARISON.exec(text.slice(from, end));
    // 比上年, 比城镇居民增长, 比地面配送快了: a baseline, a change word or a comparative says
    // 比 compares (not 赞比亚项目投资, 埃塞俄比亚选手以).
    if (m && (found.change !== null || found.settled || baselineAt(text, from + m.index + 1) || COMPARED.test(m[0]))) {
      found.telling = true;
      if (!found.settled && found.change === null) found.change = comparedChange(text, from + m.index, m[0]);
      return from + m.index;
    }
  }
  if (found.comparativeAt < end) {
    const m = COMPARATIVE.exec(text.slice(from, end));
    if (m) {
      found.telling = true;
      return from + m.index;
    }
  }
  return -1;
}

/**
 * A comparative and what is compared with, not next to the number: 增速快于城镇居民2.5个百分点,
 * 高于全省0.4个百分点 — what is measured stands before it, and before an adverb (增速明显快于).
 * The compared-with is short and holds no 的 (收入高于全市平均水平的企业 names firms, it
 * compares nothing). 落后 before 产能, 工艺, 设备, 技术 is the adjective "outdated" (淘汰落后产能涉及
 * 煤炭消费 compares nothing).
 */
const COMPARATIVE =
  /(?:明显|显著|远远|略|均|分别)?(?:[高低快慢多少好优强弱大小]于|高出|领先于?|落后(?:于|(?!产能|工艺|设备|技术)))[^的比较于]{1,8}$/;


/**
 * Change words that name what changes: 增收 (income), 增产 (output), 减收, 减产; what is saved
 * of a resource (节电 power, 节水 water, 节能 energy: 年节电约460万千瓦时 → 年节电).
 */
const NAMED_CHANGE = /增收|减收|增产|减产|节电|节水|节能/y;

/**
 * The length of a change word that names what changes (`NAMED_CHANGE`) at `end`, where the
 * subject's words end; else that of 每, a measure and such a word at `end`
 * (`perMeasureChange`); else 0. The change word names what is measured (the income gained, the
 * output lost, the power saved), so the subject keeps it: 零工群体增收约4.5亿元 → 零工群体增收,
 * 玉米减产2万吨 → 玉米减产, 户均增收3000元 → 户均增收 (a per-unit word alone names no quantity),
 * 年节电约460万千瓦时 → 年节电, 全年节电 (全年 read as an opener) → 节电.
 */
function perUnitChange(text: string, end: number): number {
  NAMED_CHANGE.lastIndex = end;
  return NAMED_CHANGE.test(text) ? 2 : perMeasureChange(text, end);
}

/**
 * 4 when 每, a measure (one Han character) and a change word that names what changes
 * (`NAMED_CHANGE`) begin at `end`, else 0: 每亩增产约180斤 → 每亩增产, as 亩均增产 (每亩 itself
 * is read as a per-unit link before the number).
 */
function perMeasureChange(text: string, end: number): number {
  if (text.charCodeAt(end) !== MEI || !isHanAt(text, end + 1)) return 0;
  NAMED_CHANGE.lastIndex = end + 2;
  return NAMED_CHANGE.test(text) ? 4 : 0;
}

/**
 * Where the last change word of `LEFT_CHANGE` inside `w` after `offset` begins, when words
 * follow it (its object), else -1: 农户每烘干一吨稻谷可减少损失 → 减少, 企业将降低成本 → 降低.
 * `skipLeftInside` then reads it (noting its direction) and the subject is its object. A change
 * word that opens the phrase is `skipLeft`'s; one that ends it was read as a right word.
 */
function innerChangeAt(w: string, offset: number): number {
  for (let i = w.length - 3; i > offset; i--) {
    if (!has(LEFT_CHANGE_FIRST, w, i) || savedNounAt(w, i) || compoundChangeAt(w, i)) continue;
    LEFT_CHANGE.lastIndex = i;
    if (LEFT_CHANGE.test(w) && LEFT_CHANGE.lastIndex < w.length) return i;
  }
  return -1;
}

/**
 * A change word inside a noun: a quality or a skill and its raising, named as the programme that
 * raises it (职业技能提升补贴, 岗位技能提升培训, 质量提升行动, 能力提升工程, 学历提升计划). The verb
 * then governs nothing after it: the whole noun is what is measured, and no change is read.
 */
const COMPOUND_CHANGE =
  /(?:技能|质量|能力|素质|素养|品质|学历|水平|效能|品牌)(?:提升|提高)(?:补贴|补助|培训|行动|工程|计划|项目|专项|活动|资金|奖补)/y;
/** How many characters before the change word `COMPOUND_CHANGE` starts: its two-character noun. */
const COMPOUND_NOUN_LENGTH = 2;

/** True when the change word at `at` of `w` stands inside a noun of `COMPOUND_CHANGE`. */
function compoundChangeAt(w: string, at: number): boolean {
  if (at < COMPOUND_NOUN_LENGTH) return false;
  COMPOUND_CHANGE.lastIndex = at - COMPOUND_NOUN_LENGTH;
  return COMPOUND_CHANGE.test(w);
}

/**
 * 一家, 另一家, 一名: an indefinite article and a measure word bring in whoever acts (一家德国
 * 汽车零部件企业追加投资5000万欧元; the firm is not measured). The first three characters of each.
 */
const INDEFINITE = /^(?:另|有)?一[家个名位所座]/;
/** Nouns that end such an actor: 企业, 公司, 集团, 工厂, 银行… */
const ACTOR_END = /(?:企业|公司|集团|工厂|厂商|厂家|银行|机构|单位|商家)/g;

/**
 * How many characters of `w` after `offset` an indefinite actor takes (一家…企业), when
 * something follows it; else 0. The last actor noun ends it.
 */
function indefiniteActorEnd(w: string, offset: number): number {
  // 一 is the first or the second character after `offset`: nothing to do for most phrases.
  const c0 = w.charCodeAt(offset);
  if (c0 !== 0x4e00 /* 一 */ && w.charCodeAt(offset + 1) !== 0x4e00) return 0;
  const rest = w.slice(offset);
  if (!INDEFINITE.test(rest)) return 0;
  let end = 0;
  ACTOR_END.lastIndex = 0;
  for (let m = ACTOR_END.exec(rest); m !== null; m = ACTOR_END.exec(rest)) end = m.index + m[0].length;
  return end > 0 && end < rest.length ? end : 0;
}

/**
 * 每 and a measure word before people or households: 每个家庭, 每名学生, 每位老人, 每户村民. Alone
 * before the number they say per whom a figure is given, not what is measured (估计每个家庭每月
 * 可节省约60度电). Other nouns after 每个 may be the measure itself (每个面积在1000平方米以上), and
 * a longer phrase may go on to name it (每名学生补助): both are kept.
 */
const PER_WHOM =
  /^每[个位名户家](?:家庭|人|学生|老人|村民|农户|农民|居民|市民|职工|员工|工人|孩子|儿童|患者|游客|选手|考生|会员)$/;

/** True when `phrase` only says per whom a figure is given (`PER_WHOM`). */
function perWhom(phrase: string): boolean {
  return phrase.charCodeAt(0) === MEI && PER_WHOM.test(phrase);
}

/** Last characters of a place name that stands alone: 茶陵县, 湖南省, 某某镇, 寿县. */
const PLACE_SUFFIX = charSet("县省州镇乡市");
/**
 * Two last characters that end no place name: 超市, 城市, 股市 (markets and towns as things),
 * 乡镇, 城镇, 小镇 (kinds of place), 城乡, 市县, 自治州, 各省, 外省.
 */
const NOT_PLACE = new Set([
  "超市", "城市", "都市", "股市", "楼市", "车市", "房市", "夜市", "早市", "菜市", "门市", "集市", "上市", "开市", "休市", "闭市",
  "乡镇", "城镇", "集镇", "小镇", "古镇", "名镇", "重镇", "城乡", "家乡", "下乡", "市县", "郡县", "治县", "治州", "各省", "外省", "本省",
]);

/**
 * 两市, 三省, 各县, 多市: a number or a quantifier before the suffix counts places; no name. 占全省
 * (约占全省25%): the share of a place's whole, what is measured, no place where it is.
 */
const NOT_PLACE_FIRST = charSet("一二两三四五六七八九十百千几多各诸每占");

/**
 * True when `phrase` is only the name of a place (眼下，茶陵县2.3万亩高山茶园: where, not what
 * is measured). Asked of measures and money, not of counts, where a kind of place is what is
 * counted (贫困县832个).
 */
function placeName(phrase: string): boolean {
  const n = phrase.length;
  if (n < 2 || n > 5 || !has(PLACE_SUFFIX, phrase, n - 1) || has(NOT_PLACE_FIRST, phrase, 0)) return false;
  for (let i = 0; i < n; i++) if (!isHanAt(phrase, i)) return false;
  return !NOT_PLACE.has(phrase.slice(n - 2));
}

/**
 * A period that ends the words before a figure: 今年, 全年, 上半年, 一至十月, 1-10月, 前三季度,
 * 近三年 and 近年来 (over the past years: 运价近两年下降8%)
 * (a year of digits or a month after a number is read by `afterLastNumber`).
 */
const PERIOD_END =
  /(?:近(?:[一二两三四五六七八九十]|\d{1,2})(?:个月|年)来?|近年来?|今年|去年|明年|全年|当年|上半年|下半年|前三季度|[一二三四五六七八九十]{1,2}(?:[至到—-][一二三四五六七八九十]{1,3})?月份?|当天|当日|今天|今日|昨天|昨日|次日|同日|全天|当月|上月)$/;
/** Last characters of the words of `PERIOD_END`. */
const PERIOD_LAST = charSet("年月份度天日来");

/**
 * The length of a period that ends `phrase` after what is measured (外贸出口今年一至十月 → 8,
 * 国际金价当天 → 2),
 * else 0; a period that is all of the phrase is left to `STOP_SUBJECTS` and `skipLeft`.
 */
function periodEnd(phrase: string): number {
  if (!has(PERIOD_LAST, phrase, phrase.length - 1)) return 0;
  const m = PERIOD_END.exec(phrase);
  if (m === null) return 0;
  // 外贸出口今年一至十月: periods may follow each other.
  const rest = phrase.slice(0, m.index);
  const more = rest.length > m[0].length ? periodEnd(rest) : 0;
  return rest.length - more >= 2 ? m[0].length + more : 0;
}

/**
 * Where the subject may begin in `w` past the words before it that act or say per what, from
 * `offset`: the measure a rate is given for (每行驶100公里耗油 → 耗油, 每烘干一吨稻谷 → 稻谷), a
 * change verb with its object after it, whose direction is noted (农户每烘干一吨稻谷可减少损失
 * → 损失, decrease), and a firm brought in with 一家 (一家德国汽车零部件企业追加投资 → 追加投资).
 * One function called once, not inlined pieces: `dress` keeps its inlining budget.
 */
function pastActors(w: string, offset: number, found: Found): number {
  let at = offset;
  const per = perVerbMeasureEnd(w);
  if (per > at) at = skipLeftInside(w, per, found);
  const change = innerChangeAt(w, at);
  if (change > at) {
    const before = found.change;
    at = skipLeftInside(w, change, found);
    if (has(WORKS_LAST, w, change - 1) && WORKS_BEFORE.test(w.slice(Math.max(0, change - WORKS_REACH), change))) found.change = before;
  }
  return at + indefiniteActorEnd(w, at);
}

/**
 * Works done to a thing, in a list joined by 和/及/与 (or 、 inside the words read) that the
 * change word ends: 新建和改造提升高标准农田, 改造和提升. The change word is one of the works
 * (提升 its quality), not a change of the amount after it; what follows is still the subject.
 * Without a joint the verbs may be a means and its end (通过技术改造提升产能: an increase), and
 * the change stays. (After 、 the words read begin anew, so 修缮、提升农村公路 is not caught.)
 */
const WORKS = "新建|改建|扩建|改造|建设|修缮|整治|巩固|完善|升级|优化|修复|维修";
const WORKS_BEFORE = new RegExp(`(?:${WORKS})[和、及与](?:${WORKS})?$`);
/** The characters `WORKS_BEFORE` can end with: a joint or the last of a verb of `WORKS`. */
const WORKS_LAST = charSet("和、及与" + WORKS.split("|").map((word) => word.slice(-1)).join(""));
/** How far back `WORKS_BEFORE` reads: two two-character verbs and a joint. */
const WORKS_REACH = 5;

/**
 * True when `phrase` says who acted, per whom or where rather than what is measured: a count
 * or an object after 完成/实现 (科考船今年完成12航次), a per-whom phrase (每个家庭), a place name
 * alone before a measure or money (茶陵县2.3万亩高山茶园), an indefinite article alone (一辆).
 */
function whereOrWhom(text: string, f: RawFigure, phrase: string, found: Found): boolean {
  if (found.objectLink && (f.kind === "count" || f.kind === "duration" || objectAfter(text, f.end)) && !measureDone(text, f, phrase)) return true;
  return perWhom(phrase) || (found.perUnit && forWhom(phrase)) || (f.kind !== "count" && placeName(phrase)) || articleOnly(phrase);
}

/** A count noun that names an amount: 人数, 户数, 件数 (`namesMeasure` has 量: 业务量, 吞吐量). */
const COUNT_NOUN_LAST = charSet("数");

/**
 * True when a count after 完成/实现 states the amount the phrase names, and no object follows
 * it: 快递业务量完成20.3亿件, 集装箱吞吐量累计完成328.5万标箱, 参保人数实现12万人 — the phrase
 * ends with a measure noun (…量, …数), so it is what is measured, not whoever acted (科考船完成12航次).
 */
function measureDone(text: string, f: RawFigure, phrase: string): boolean {
  if (f.kind !== "count" || phrase.length < 2 || objectAfter(text, f.end)) return false;
  return namesMeasure(phrase) || has(COUNT_NOUN_LAST, phrase, phrase.length - 1);
}

/** 一辆, 另一家, 有一名: an indefinite article and a measure word alone, whoever acts named by nothing more. */
const ARTICLE_ONLY = /^(?:另|有)?一[家个名位所座辆艘架台只条件批]$/;

/** True when `phrase` is only an indefinite article and its measure word (一辆载有约4万磅: the truck is not measured). */
function articleOnly(phrase: string): boolean {
  return phrase.length <= 3 && ARTICLE_ONLY.test(phrase);
}

/**
 * People who pay or get a rate: 60岁以上老人每餐只需12元, 成人每张80元 — before a per-unit word
 * they say for whom the figure is given, not what is measured (票价每人2元 names the fare).
 */
const FOR_WHOM =
  /(?:老人|老年人|市民|居民|村民|游客|旅客|乘客|顾客|学生|儿童|小孩|孩子|患者|病人|职工|员工|会员|农户|农民|家庭|成人|个人|消费者|车主)$/;

/** True when `phrase` ends with people of `FOR_WHOM`. */
function forWhom(phrase: string): boolean {
  return FOR_WHOM.test(phrase);
}

/**
 * Reads qualifier, change and subject from the words before a figure, back to the
 * start of its clause and never before `previousEnd` (the end of the figure before it).
 */
export function dress(
  text: string,
  f: RawFigure,
  previousEnd: number,
  options: FigureOptions,
  notes: TextNotes = newNotes(),
  adverb: readonly [number, number] | null = null,
): Dressed {
  // 年减 4%: the words before a spaced number end before the space.
  const lead = leadOf(text, f.start);
  const floor = Math.max(previousEnd, lead - 30);
  const ws = clauseStart(text, lead, floor);
  const found: Found = {
    qualifier: null, change: null, settled: false, telling: false, nearestLink: null, read: 0, respectively: false,
    fromAt: lead, comparisonAt: lead, comparativeAt: lead, yueZhan: false, objectLink: false, namedChange: null,
    perUnit: false, points: f.entry?.unit === "pp",
  };
  clauseMarks(text, ws, lead, found);
  let cut = lead;
  // One call site, not a `for` with the call in its head and its step: V8 inlines
  // `stripRight` at each site, and two copies spent the budget other helpers needed.
  for (;;) {
    const stripped = stripRight(text, ws, cut, found);
    if (stripped < 0) break;
    cut = stripped;
    // 粮食产量连续三年稳定在: an adverbial duration (given by the caller) is read as a word.
    if (adverb !== null && cut === adverb[1] && adverb[0] >= ws) cut = adverb[0];
  }
  // 给予最高200万元安家补贴和最高1000万元: words read back to a joint (和, 及, 与) right after an
  // earlier figure are that figure's noun (the subsidy), not what this one measures: no subject.
  const itemAfter = previousEnd > 0 && ws === previousEnd && cut > ws && has(ITEM_JOINT, text, cut);
  // The words the subject is read from: text[from, end).
  let from = ws;
  let end = cut;
  // Where a quoted term read as the subject begins (its text then keeps the opening quote).
  let quotedAt = -1;
  if (cut === ws) {
    // 全镇耕地面积：2.75万亩: the label before the colon.
    const label = labelStart(text, ws, previousEnd);
    if (label >= 0) {
      from = label;
      end = ws - 1;
    } else {
      // 餐饮券核销率最高，达96.8%: the superlative before the comma ends what is measured.
      const most = superlativeBefore(text, ws, previousEnd);
      // 累计发放“巾帼创业贷”4.6亿元: a quoted term right before the number is what is measured.
      const quoted = most < 0 ? quotedTermStart(text, ws, previousEnd) : -1;
      if (most >= 0) {
        from = clauseStart(text, most, Math.max(previousEnd, most - 30));
        end = most;
      } else if (quoted >= 0) {
        from = quoted;
        end = ws - 1;
        quotedAt = quoted;
      }
    }
  } else if (found.respectively && text.charCodeAt(ws - 1) === 0x3001 /* 、 */) {
    // 一产、二产分别增长3.1%和4.2%: the whole list.
    from = listStart(text, ws, previousEnd, f.start);
  } else if (sharedHeadList(text, ws, cut, previousEnd)) {
    // 全省新增风电、光伏装机容量18万千瓦: items that share the measure noun after the last one.
    from = listStart(text, ws, previousEnd, f.start);
  }
  // 缴纳出让价款的50%, 含氧量只有平原的60%: N% of a whole; the words before 的 say what is measured.
  // 占全国新增电力装机的86.2%: 占 and its whole are the subject as written, whatever words they hold.
  let shareWhole = false;
  if (f.kind === "percent" && end - from > 2 && text.charCodeAt(end - 1) === DE) {
    const share = shareOf(text, from, end - 1);
    if (share !== null) [from, end] = share;
    shareWhole = share !== null && end > from + 1 && text.charCodeAt(from) === ZHAN;
  }
  const w = text.slice(from, end);

  // 2.2本计划投资: a number left in the phrase (list numbering, a date) ends what came before.
  let offset = skipLeft(w, afterLastNumber(w) || afterFigurePeriod(text, from, previousEnd, w), found, f.kind === "count");
  // The last light verb that has words after it: …园区实现产值 → 产值. Read from the left
  // as a global search would, each match from the end of the one before; at each position
  // only the verbs that begin with its character are tried (a lookbehind still sees what
  // is before it).
  let innerEnd = offset;
  for (let i = offset; i < w.length; ) {
    const verb = regexAt(INNER_VERB_BY_FIRST, w, i);
    if (verb === undefined) {
      i++;
      continue;
    }
    verb.lastIndex = i;
    if (!verb.test(w)) {
      i++;
      continue;
    }
    const after = verb.lastIndex; // the end of the match (never empty)
    // 新增和恢复灌溉面积: a verb that 和 joins to the next is half of the pair measured, no light verb.
    if (after < w.length && !has(PAIR_JOINT, w, after)) innerEnd = after;
    i = after;
  }
  // 建成后可节约标准煤 → 标准煤: what opens a phrase may open the words after the verb.
  offset = innerEnd > offset ? skipLeftInside(w, innerEnd, found) : offset;
  offset = pastActors(w, offset, found);
  // …满300元减50元和满500元: a joint right after the figure before links the items; it is no
  // part of what is measured.
  // (previousEnd 0 is no figure: 及时发放补贴 keeps its 及)
  if (previousEnd > 0 && from + offset === previousEnd && has(ITEM_JOINT, w, offset) && w.length - offset > 1) offset++;
  let phrase = w.slice(offset);
  const de = lastIndexOfCode(phrase, DE, phrase.length - 1);
  let subject: [number, number] | null = null;
  if (de >= 0 && de < phrase.length - 1) {
    offset += de + 1;
    phrase = w.slice(offset);
  }
  // 为30多位老人, 向20多位老人: a count after a preposition is the object, not a measure of
  // what precedes; 招聘会上, 村里: a place is not what is measured.
  // 在北京投资 → 投资, 集团在西部园区投资 → 投资: a place after 在 is where, not what, and
  // whoever stands before it acts; with nothing to end the 在-phrase, no subject.
  let placed = true;
  const at = locativeAt(phrase);
  if (at >= 0) {
    const end = placeEnd(phrase, at);
    placed = end > 0 && phrase[end] !== "所" && phrase[end] !== "的";
    if (placed) {
      offset = skipLeftInside(w, offset + end, found);
      phrase = w.slice(offset);
    } else if (end < 0 && isMeasureWord(phrase.slice(at + 1))) {
      // 在年产5万吨茶油加工项目现场, 在占地120亩的园区里: 在 governs the noun the measure
      // modifies, and the words between name the measure.
      offset += at + 1;
      phrase = w.slice(offset);
      placed = true;
    } else if (end < 0 && at > 0 && (RATIO_NOUN.test(phrase) || namesMeasure(phrase))) {
      // 华电在赣清洁能源装机占比达到70%: whoever and where frame a share or a measure that ends
      // the words; where the place ends cannot be told, and the whole phrase says what is measured.
      placed = true;
    }
  }
  const preposition = found.nearestLink !== null && "为向给对".includes(found.nearestLink);
  // 由本地企业以5.12亿元竞得: a price paid, by whoever stands before 以; nothing is measured.
  const instrument = found.nearestLink === "以";
  // 23个省市127名被害人, 5家企业120名员工: a count with its noun after it, right after another
  // count's noun — those words are what the other counts, not this one's subject.
  const counted = f.kind === "count" && isHanAt(text, f.end);
  const object = counted && (preposition || (from + offset === previousEnd && has(AFTER_DIGIT, text, previousEnd - 1)));
  // 大唐华银株洲2×100万千瓦扩能改造项目: a measure that modifies the noun after it; what
  // stands before it is a name, not what is measured — unless it names a measure:
  // 装机容量10万千瓦的风电项目, 占地120亩的产业园项目, 全长12公里的快速路工程, 年产5万吨茶油加工项目.
  const modifier =
    MEASURES.has(f.kind) &&
    modifiedNounAfter(text, f.end) &&
    (text.charCodeAt(f.end) === 0x5904 /* 处 */ || !namesMeasure(phrase));
  // 黄河、永定河5条大河, 太和化肥厂等5家: the figure counts a list, not its last item.
  const listed =
    found.nearestLink === "等" ||
    (offset === 0 &&
      text.charCodeAt(from - 1) === 0x3001 /* 、 */ &&
      previousEnd !== from - 1 &&
      !listMarkerComma(text, from - 1) &&
      !statementBefore(text, from - 1, Math.max(previousEnd, from - 30)));
  // 约占全国20%, 占签约项目总数的71.4%: a share of a whole whose holder went before (…30个，占…);
  // 占 and the whole say what is measured, as 完成率 would (约 is the figure's qualifier).
  // `SHARE_OF` is anchored and begins with 约 or 占: any other first character fails it.
  const first = phrase.charCodeAt(0);
  if (first === 0x7ea6 /* 约 */ && SHARE_OF.test(phrase) && !SHARE_WORD.test(phrase)) {
    offset += 1;
    phrase = phrase.slice(1);
  }
  const adverbial = f.kind === "duration" && found.nearestLink === "连续";
  // 外贸出口今年一至十月累计完成 → 外贸出口: when the period is named after what is measured.
  const period = periodEnd(phrase);
  if (period > 0) {
    end -= period;
    phrase = phrase.slice(0, -period);
  }
  // 李某有期徒刑六个月: the term of a sentence is what is measured, not whom it is passed on.
  if (f.kind === "duration") {
    const term = sentenceTermAt(phrase);
    if (term > 0) {
      offset += term;
      phrase = phrase.slice(term);
    }
    // 起诉期限为判决书送达之日起15日 → 起诉期限: the day a limit is counted from is no subject.
    const start = countedFromAt(phrase);
    if (start >= 0) {
      end -= phrase.length - start;
      phrase = phrase.slice(0, start);
    } else if (phrase.charCodeAt(phrase.length - 1) === HOU) {
      // 合同签订后60日历天, 收到通知后15日内: the event a span runs from is no subject either.
      end -= phrase.length;
      phrase = "";
    }
  }
  // 投资额最大的达56亿元: the one with the most of a measure; the measure before 最 is what is measured.
  if (phrase.charCodeAt(phrase.length - 1) === DE) {
    const most = SUPERLATIVE_DE.exec(phrase);
    if (most !== null && most.index >= 2) {
      end -= phrase.length - most.index;
      phrase = phrase.slice(0, most.index);
    }
  }
  // 户均增收3000元: a per-unit word says per what, the change word after it what.
  const named = perUnitChange(text, end);
  if (named > 0) {
    end += named;
    phrase = text.slice(from + offset, end);
  }
  if (
    (phrase.length >= 2 || singleMeasure(phrase, f)) && !phrase.endsWith("的") && !(phrase.length <= STOP_SUBJECT_MAX && STOP_SUBJECTS.has(phrase)) &&
    !adverbial && !object && !instrument && placed && !modifier && !listed && !itemAfter &&
    !(endsWithObjectVerb(phrase) && text.charCodeAt(end) !== YI) && !endsWithAny(phrase, LOCATIVE) && !whereOrWhom(text, f, phrase, found)
  ) {
    subject = [from + offset, end];
  }
  if (shareWhole) subject = [from, end];
  // 央行加息25个基点 → 加息: the change word names what changes.
  if (found.namedChange !== null) subject = found.namedChange;

  if (found.change === null && !found.settled) found.change = signedChange(text, f, found.nearestLink);
  const leftQualifier = pastPeriod(text, f, ws) ? null : found.qualifier;
  const qualifier = f.vague ?? f.post ?? leftQualifier ?? (found.yueZhan ? "about" : null);
  const beforeDe = text.charCodeAt(f.end) === DE;
  return {
    raw: f,
    textStart: subject ? subject[0] - (subject[0] === quotedAt ? 1 : 0) : found.telling ? pastJoint(text, cut, f.start) : f.start,
    qualifier,
    subject,
    // 增加10多万元的毛收入: a figure followed by 的 qualifies the noun after it
    // (the income), which the change word is about; the figure states no change.
    change: beforeDe ? null : found.change,
    changeSettled: found.settled || beforeDe,
    // 拨款新元3000万: a currency word right before the number (read only when a word was).
    currency:
      f.kind === "money" ? currencyOf(text, f, options, notes, found.telling ? currencyBefore(text, ws, lead) : null, subject) : null,
    adverbial,
    listQualifier: found.respectively ? leftQualifier : null,
    respectively: found.respectively,
  };
}

/** Words after which a signed number is a change against a baseline: 同比+6.2%, 环比-3.1%, 按年+5%. */
const SIGNED_BASELINES: ReadonlySet<string> = new Set(["同比", "环比", "按年", "按月", "比上年同期", "比去年同期"]);

/**
 * The change a sign states right after a year-on-year word (天然气产量同比+6.2% an increase,
 * 原油产量同比-3.1% a decrease); null for a bare signed number (房地产开发投资-8.7%, a level in a
 * table) and for any other.
 */
function signedChange(text: string, f: RawFigure, nearest: string | null): Change {
  if (nearest === null || !SIGNED_BASELINES.has(nearest)) return null;
  const sign = text.charCodeAt(f.start);
  if (sign === 0x2b /* + */) return "increase";
  return sign === 0x2d /* - */ || sign === 0x2212 /* − */ ? "decrease" : null;
}

/**
 * Words that state a quantity as a share of a whole named after them (含氧量只有平原的60%,
 * 产量达到去年同期的120%, 老年人口占总人口的25%, 约占营业收入的9.6%): group 1. Not bare 是/为,
 * which end too many words (还是, 作为); not 占地, 占用, 占有, 占比. Or a verb of doing or paying
 * a part of the whole after it (完成年度计划的92.3%, 缴纳出让价款的50%): group 2.
 */
const SHARE_LINK =
  /(只有|只占|仅有|仅占|仅为|只为|仅是|只是|相当于|约为|约是|达到|不到|不足|(?:约|要|将|已|可|仍|均|预计)?占(?![地用有比到据领]))|(完成|缴纳|交纳|缴付|支付|预付|上缴)/g;

/**
 * What is measured by a percent after `X的` (`text[from, end)` is X, without its 的), as
 * `[start, end]`, or null when X names no whole (对照组的7.9%, 美联储设定的2%: 的 of whom or of
 * what was done, no share): the words before the last share word when two or more stand there
 * (含氧量|只有平原), the whole after a verb of doing or paying a part (完成|年度计划), 占 and the
 * whole where 占 opens X (约占全国的20% → 占全国: what has the share went before), and none where
 * another share word opens X (只有平原的60%: an empty range).
 */
function shareOf(text: string, from: number, end: number): [number, number] | null {
  const words = text.slice(from, end);
  let last: RegExpExecArray | null = null;
  SHARE_LINK.lastIndex = 0;
  for (let m = SHARE_LINK.exec(words); m !== null; m = SHARE_LINK.exec(words)) last = m;
  if (last === null) return null;
  if (last[2] !== undefined) return [from + last.index + last[0].length, end];
  if (last.index >= 2) return [from, from + last.index];
  // 占年度计划的91.3%: the share word opens the words, what has the share is the figure's before
  // (累计完成投资5862亿元，占…); 占 and its whole say what is measured, as 完成率 would.
  return last[0].endsWith("占") ? [from + last.index + last[0].length - 1, end] : [from, from];
}

/** Words that join a figure to what came before and state nothing of it: 和, 及, 与, 或, 了. */
const JOINT = charSet("和及与或了");

/**
 * Past a joint that the words read before a figure begin with, when more words follow it
 * before the number at `start`: a figure's text without a subject starts with what states it
 * (…1.5万元和约2.1万元 → 约2.1万元, 花了不到1500元 → 不到1500元), not with the 和 that
 * joins it to the figure before or the 了 of the verb before.
 */
function pastJoint(text: string, at: number, start: number): number {
  if (text.startsWith("以及", at) && at + 2 < start) return at + 2;
  return has(JOINT, text, at) && at + 1 < start ? at + 1 : at;
}

/** 自, 从, 由: what opens the start a time limit is counted from (自本公告见报之日起). */
const FROM_START = charSet("自从由");
/** Links that stand between what is measured and the start (期限为…之日起): left out of the subject. */
const LINK_LAST = charSet("为是");
const YU_AT = 0x4e8e; // 于

/**
 * Where the start a duration is counted from begins when it ends `phrase`, else -1: 自本公告见报之日起
 * → 0, 判决书送达之日起 → 0, 起诉期限为判决书送达之日起 → 4 (the link 为 left out, 起诉期限 is
 * what the limit is of), 申报期限自公告之日起 → 4; 请债权人自本公告见报之日起 → 0 (who acts is
 * not what is measured). 请于, 须于 (15日内): a time is set, nothing named, → 0; 处理时间相当于 → 4.
 */
function countedFromAt(phrase: string): number {
  const last = phrase.charCodeAt(phrase.length - 1);
  if (last === YU_AT) {
    // 处理时间相当于2天 → 处理时间: an equation names what it measures; 请于, 将于 name none.
    const equal = phrase.endsWith("相当于") ? 3 : phrase.endsWith("等于") ? 2 : 0;
    return equal > 0 ? phrase.length - equal : 0;
  }
  if (last !== QI_BEFORE) return -1;
  let cut = -1;
  for (let i = phrase.length - 2; i >= 0 && cut < 0; i--) if (has(FROM_START, phrase, i)) cut = i;
  if (cut < 0) {
    if (!phrase.endsWith("日起")) return -1; // 3月起: a time from which on, read elsewhere
    for (let i = phrase.length - 2; i >= 0 && cut < 0; i--) if (has(LINK_LAST, phrase, i)) cut = i + 1;
    if (cut < 0) cut = 0;
  }
  if (cut > 0 && has(LINK_LAST, phrase, cut - 1)) cut--;
  // 申报期限自…起, 公示期为…起: the words before name a limit; 请债权人自…起 names who acts.
  return cut > 0 && has(LIMIT_LAST, phrase, cut - 1) ? cut : 0;
}
/** Last characters of the nouns of a time limit: 期限, 时限, 公示期, 有效期, 时间. */
const LIMIT_LAST = charSet("限期间");

/** The terms of a sentence a duration measures: 有期徒刑, 无期徒刑, 拘役, 缓刑. */
const SENTENCE_TERM = /(?:有期徒刑|无期徒刑|拘役|缓刑)$/;

/**
 * Where a sentence's term ends the phrase after other words, else 0: 李某有期徒刑 → 2, as a
 * court brief lists who got what (判处张某有期徒刑一年，李某有期徒刑六个月). Not 管制 or
 * 拘留, which end other words too (交通管制, 刑事拘留).
 */
function sentenceTermAt(phrase: string): number {
  if (phrase.length < 4) return 0;
  // Every word of `SENTENCE_TERM` ends with 刑 or 役, and it is anchored at the end.
  const last = phrase.charCodeAt(phrase.length - 1);
  if (last !== 0x5211 /* 刑 */ && last !== 0x5f79 /* 役 */) return 0;
  const m = SENTENCE_TERM.exec(phrase);
  return m === null ? 0 : m.index;
}

/** After 近N年: 来, 以来, 间, 里, 内 make it "the past N years" (近3个月内). */
const PERIOD_AFTER = charSet("来以间里内");
/**
 * Before 近N年: 在, 最, 这 (在近三年里, 最近…) make it a period too, and the prepositions
 * that compare with or draw on one: 与近5年同期均值相比, 较近三年平均, 据近5年数据, 创近10年新高.
 */
const PERIOD_LEAD = charSet("在最这与同较比据从创");
/** Days counted by a noun after 个 (近5个交易日): a period as 近5天 is. */
const DAY_NOUNS = ["交易日", "营业日", "自然日"];

/**
 * 近三年来, 近5年，…: "the past N years" names a period; its 近 is not "nearly" (历时近5年
 * is). True when 近 stands right before a duration that 来/以来/间 follows, or that opens
 * its clause.
 */
function pastPeriod(text: string, f: RawFigure, clause: number): boolean {
  if (text.charCodeAt(f.start - 1) !== 0x8fd1 /* 近 */) return false;
  const end = f.kind === "duration" ? f.end : dayNounEnd(text, f);
  if (end < 0) return false;
  if (has(PERIOD_AFTER, text, end) || f.start - 1 === clause || has(PERIOD_LEAD, text, f.start - 2)) return true;
  // 北向资金近5年累计净流入, 近5个交易日日均成交: a total or a mean over the period
  return stickyTest(WINDOW_NOUN, text, end) && !DURATION_GOVERNOR.test(text.slice(Math.max(0, f.start - 6), f.start));
}

/** What is reckoned over "the past N years" (近5年同期, 近十年均值, 创近3年新高), after it. */
const WINDOW_NOUN = /同期|均值|平均|累计|新高|新低|最高|最低|年均|月均|日均/y;

/** After the noun of `DAY_NOUNS` that follows a count in 个 (近5个交易日 → after 交易日), else -1. */
function dayNounEnd(text: string, f: RawFigure): number {
  if (f.kind !== "count" || f.entry?.word !== "个" || f.end !== f.unitEnd) return -1;
  for (const noun of DAY_NOUNS) if (text.startsWith(noun, f.end)) return f.end + noun.length;
  return -1;
}

/**
 * The currency of a money figure: its own word (港元, 新台币, 元人民币), else the currency word
 * read right before the number (`before`: 拨款新元3000万, 人民币约7亿元), else the page's dollar for
 * a bare `$`, else — for a bare 元 — what its sentence (within 50 characters either side) says
 * of it (see `lentCurrency`), else the caller's `currency`, else CNY. `subject` is the figure's
 * subject, if any.
 */
function currencyOf(
  text: string,
  f: RawFigure,
  options: FigureOptions,
  notes: TextNotes,
  before: string | null,
  subject: readonly [number, number] | null,
): string {
  const own = f.entry?.unit;
  if (own) return own;
  if (f.entry?.condition === "country-currency") return sharedCurrencyOf(text, f) ?? "";
  if (before !== null) return before;
  if (f.entry === BARE_DOLLAR && dollarPage(options.currency)) return options.currency ?? "";
  const words = currencyWords(text, notes);
  // No currency word in the text (the common case): no window to measure.
  if (words.length === 0) return options.currency ?? "CNY";
  return lentCurrency(text, f, words, subject) ?? options.currency ?? "CNY";
}

/**
 * The currency a word of the bare 元's sentence lends it, the nearest such word winning, or null.
 * Only words that say what this amount is in count:
 * - a word that states the measure of the sentence's sums: 以美元计，利润达300亿元, 按欧元计算;
 * - 人民币 inside the figure's own subject: 人民幣存款9,750億元 (on a Hong Kong page too);
 * - 元人民币 of another amount: 均价不超过80元人民币，零售价两三百元 (the sentence's 元 is
 *   the yuan, on a page whose 元 is another dollar too);
 * - the unit of the amount this one is compared with: 38元，比去年贵3港元 (the price and its rise
 *   are one quantity), when no other amount stands between them.
 * A currency word that goes with another noun says nothing of the amount: 以欧元结算, 以日元计价,
 * 美元占比, 港元兑人民币汇价; nor does the unit of another amount (冠军奖金3万美元; 比上年增加
 * 1.2亿元，对出口额突破1000万美元: the comparison is with the 1.2亿元).
 */
function lentCurrency(text: string, f: RawFigure, words: readonly CurrencyWord[], subject: readonly [number, number] | null): string | null {
  let from = f.start;
  while (from > 0 && f.start - from < 50 && !has(SENTENCE_END, text, from - 1)) from--;
  let to = f.end;
  while (to < text.length && to - f.end < 50 && !has(SENTENCE_END, text, to)) to++;
  let best: string | null = null;
  let distance = Infinity;
  for (const [start, end, code, bound] of words) {
    if (end > to) break;
    if (start < from) continue;
    if (bound ? !comparedWith(text, f, start, end, words) : !measureWord(text, start, end) && !namesYuan(text, code, start, end, subject)) {
      continue;
    }
    const d = start < f.start ? f.start - start : start - f.end;
    if (d < distance) {
      distance = d;
      best = code;
    }
  }
  return best;
}

/**
 * True when the word 人民币 at `[start, end)` says the sentence's 元 is the yuan: it ends the
 * unit 元人民币 of an amount, or stands in the figure's own subject (`subject`: 人民币存款).
 */
function namesYuan(text: string, code: string, start: number, end: number, subject: readonly [number, number] | null): boolean {
  return code === "CNY" && (text.charCodeAt(start - 1) === YUAN || inside(subject, start, end));
}

/** True when `[start, end)` lies inside `span`. */
function inside(span: readonly [number, number] | null, start: number, end: number): boolean {
  return span !== null && span[0] <= start && end <= span[1];
}

/** What opens a statement of the measure (以美元计, 按欧元计算): 以, 按. */
const MEASURE_OPEN = charSet("以按");
const JI = 0x8ba1; // 计
const JIA = 0x4ef7; // 价

/**
 * True when the currency word at `[start, end)` states the measure of the sentence's sums:
 * 以美元计, 以里拉计, 按欧元计算. Not 以日元计价 (priced in, of the goods or contracts) nor
 * 以欧元结算 (settled in): they say how a trade is done, not what the amounts are in.
 */
function measureWord(text: string, start: number, end: number): boolean {
  return has(MEASURE_OPEN, text, start - 1) && text.charCodeAt(end) === JI && text.charCodeAt(end + 1) !== JIA;
}

/**
 * True when the currency word at `[start, end)`, the unit of another amount, is that of the
 * amount `f` is compared with: a comparison (比上年, 较去年) stands between them and no other
 * amount does (38元，比去年贵3港元; not 8.5亿元，比上年增加1.2亿元，…1000万美元).
 */
function comparedWith(text: string, f: RawFigure, start: number, end: number, words: readonly CurrencyWord[]): boolean {
  const from = Math.min(f.end, start);
  const to = Math.max(f.start, end);
  return comparedBetween(text, from, to) && !amountBetween(text, from, Math.max(f.start, start), words);
}

const YUAN = 0x5143; // 元

/**
 * True when an amount in 元 (1.2亿元) or in a currency word (3万美元) ends inside `text[from, to)`:
 * the amount a comparison is with stands there, not further on.
 */
function amountBetween(text: string, from: number, to: number, words: readonly CurrencyWord[]): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === YUAN && amountBefore(text, i)) return true;
  for (const [start, , , bound] of words) if (bound && start > from && start < to) return true;
  return false;
}

/** How far back in its sentence a country is looked for before 卢比, 比索, 克朗, 法郎. */
const COUNTRY_REACH = 60;

/**
 * The ISO code of a figure in a currency several countries use (`country-currency`: 卢比, 比索):
 * the country named last before it in its sentence, else the word's fallback, else null.
 */
function sharedCurrencyOf(text: string, f: RawFigure): string | null {
  const word = f.entry?.word ?? "";
  return sharedCurrencyCode(word, sentenceBefore(text, f.unitStart, COUNTRY_REACH));
}

/** True when a currency the table does not know (`UNKNOWN_CURRENCY`) begins at `at`; a Han character must stand there. */
function unknownCurrencyAt(text: string, at: number): boolean {
  if (!isHanAt(text, at)) return false;
  UNKNOWN_CURRENCY.lastIndex = at;
  return UNKNOWN_CURRENCY.test(text);
}

/** Currencies whose papers write a bare `$` for their own dollar (Macau's pataca too). */
const DOLLAR_REGIONS: ReadonlySet<string> = new Set(["HKD", "TWD", "SGD", "MOP", "USD", "AUD", "CAD"]);

/**
 * True when a bare `$` (撥款$2.5億, $510) is the page's own currency: a page in Hong Kong,
 * Taiwan, Singapore or Macau dollars. Elsewhere a bare `$` names no currency: `$500` alone
 * is no figure, and `$5,000元` is read as its 元 is.
 */
function dollarPage(currency: string | undefined): boolean {
  return currency !== undefined && DOLLAR_REGIONS.has(currency);
}

/**
 * A currency word: `[start, end, ISO code, bound]`; `bound` when it is the unit of an amount
 * (3万美元, 1.2亿港元, 500 美元), not a word that stands free (元人民币, 以美元计).
 */
type CurrencyWord = readonly [number, number, string, boolean];

/** What the refiners learn once about a text and share between its figures. */
export interface TextNotes {
  /** Every currency word, in order; null until first needed. */
  currencyWords: CurrencyWord[] | null;
}

export function newNotes(): TextNotes {
  return { currencyWords: null };
}

/** One pass over the text for currency words, on the first bare 元 that needs them. */
function currencyWords(text: string, notes: TextNotes): CurrencyWord[] {
  if (notes.currencyWords !== null) return notes.currencyWords;
  const words: CurrencyWord[] = [];
  CURRENCY_WORDS.lastIndex = 0;
  for (let m = CURRENCY_WORDS.exec(text); m !== null; m = CURRENCY_WORDS.exec(text)) {
    words.push([m.index, m.index + m[0].length, CURRENCY_CODE[m[0]] ?? "", amountBefore(text, m.index)]);
  }
  notes.currencyWords = words;
  return words;
}

/**
 * What ends an amount: a digit, a Chinese numeral or magnitude (3万美元, 两百港元), and 多/余
 * after one (3000多美元).
 */
const AMOUNT_END = charSet("0123456789零〇一二两三四五六七八九十百千万亿");
const ROUGHLY = charSet("多余");

/** True when an amount ends at `at` (one space may stand between: 908 億美元 → 億). */
function amountBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (text.charCodeAt(i) === 0x20) i--;
  if (has(ROUGHLY, text, i)) i--;
  return i >= 0 && has(AMOUNT_END, text, i);
}

/**
 * 比上年, 较去年同期, 比2019年: 比/较 and the baseline compared with (see `BASELINE`), in
 * `text[from, to)`. Two amounts with one between them are the same quantity: a price and
 * what it rose by.
 */
function comparedBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (has(COMPARE_MARK, text, i) && baselineAt(text, i + 1)) return true;
  return false;
}
const COMPARE_MARK = charSet("比较");

/** 分别增长6%和4.5%, 减少烟尘排放2.1万吨、氮氧化物5000吨: a change word governs the whole list. */
const LIST_JOINT = /^(?:、|和|及|与|以及|或)$/;

/**
 * Spreads a change, and a qualifier read before 分别 (`listQualifier`: 分别约为3亿元、5亿元), over
 * the figures listed after it with 、/和 that have none of their own. A list after 分别 or 各 may
 * mix measures (分别下降3.2亿元和0.05个百分点: both fell); any other only one (增长8%和3亿元 does
 * not say the 3亿元 grew).
 */
export function spreadOverList(text: string, dressed: Dressed[]): void {
  for (let k = 1; k < dressed.length; k++) {
    const cur = dressed[k];
    const prev = dressed[k - 1];
    if (!cur || !prev || (cur.raw.kind !== prev.raw.kind && !prev.respectively)) continue;
    const changes = cur.change === null && !cur.changeSettled && prev.change !== null;
    const qualifies = prev.listQualifier !== null && cur.qualifier === null && cur.subject === null;
    if (!changes && !qualifies) continue;
    const gapEnd = cur.subject ? cur.subject[0] : cur.textStart;
    const gap = text.slice(prev.raw.end, gapEnd);
    if (gap !== "" && !LIST_JOINT.test(gap)) continue;
    if (changes) {
      cur.change = prev.change;
      cur.respectively ||= prev.respectively;
    }
    if (qualifies) {
      cur.qualifier = prev.listQualifier;
      cur.listQualifier = prev.listQualifier;
    }
  }
}
