/**
 * Dates in datelines and leads: `9月28日`, `２０１１年５月１０日`,
 * `二〇二二年九月二十八日`, `一月二十六日`, `九月廿八日`, `28日`, `本月10日`,
 * `上月卅日`, `昨日`, `昨（28）日`, `今年12月1日`, resolved to ISO `YYYY-MM-DD`,
 * or `--MM-DD` when the year cannot be told.
 *
 * Rules (shared/spec/records.md, Dates): a date without a year takes the
 * issue's year, or the year before when that would put it after the issue
 * date; a day alone takes the issue's month, or the month before on the same
 * reasoning. A year word before a month and day (`今年`, `明年`, `去年`,
 * `前年`) names the year, counted from the issue's: `明年1月1日` read in
 * November 2023 is 2024-01-01, and `今年12月1日` stays in the issue's year
 * even when that is after the issue date. Relative words (`昨日`, `今天`,
 * `前日`) count from the issue date and resolve to nothing without one. Taiwanese copy writes the day a
 * relative word stands for in brackets (`昨（28）日`, `今(29)日`): that is the
 * day, taken in the month that puts it nearest the day the word counts to
 * (`明(1)日` on 30 September is 1 October). `本月10日` is the issue's month, `上月卅日` the
 * month before it. Vague words (`近日`, `日前`, `连日来`) never resolve.
 */
import { normaliseString } from "../../normalise/normalise.js";

/** A date expression found in a text. */
export interface DateMention {
  /** The expression as written. */
  text: string;
  /** Half-open `[start, end)` in UTF-16 units of the text searched. */
  span: [start: number, end: number];
  year: number | null;
  month: number | null;
  day: number | null;
  /**
   * Days after the issue date for a relative word (`昨日` → -1, `明(30)日` → 1),
   * else null. With a `day` too (`昨(28)日`), the day as written wins.
   */
  relative: number | null;
  /**
   * Months before the issue's month for a day named by its month's place
   * (`本月10日` → 0, `上月卅日` → 1), else null (`month` is null then).
   */
  monthsBack: number | null;
  /**
   * Years after the issue's year for a date after a year word (`今年12月1日`
   * → 0, `明年` → 1, `去年` → -1, `前年` → -2), else null (`year` is null then).
   */
  yearsAfter: number | null;
  /**
   * The day of the week written right after a month and day (`3月7日（星期五）`
   * → 5, `（周日）` → 0), else null: it tells which year a date without one is in.
   */
  weekday: number | null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, "○": 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads `12`, `十二`, `二十六`, `三十一` (1–99); null when it is neither. */
export function readSmallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const m = /^(?<tens>[一二三四五六七八九])?(?<ten>十)?(?<units>[一二三四五六七八九])?$/u.exec(s);
  if (!m?.groups || s.length === 0) return null;
  const { tens, ten, units } = m.groups;
  if (!ten) {
    // A lone digit (`九`) lands in the first group; two digits with no 十 are no number.
    if (tens !== undefined && units !== undefined) return null;
    const digit = tens ?? units;
    return digit === undefined ? null : (CN_DIGITS[digit] ?? null);
  }
  const t = tens === undefined ? 1 : (CN_DIGITS[tens] ?? 0);
  const u = units === undefined ? 0 : (CN_DIGITS[units] ?? 0);
  return t * 10 + u;
}

/** 廿 and 卅, the old written forms of 二十 and 三十 (`廿八日`, `卅日`). */
const OLD_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/** Reads a day's number: `28`, `二十八`, and `廿八`, `卅`, `卅一` (廿 = 20, 卅 = 30); null when none. */
function readDay(s: string): number | null {
  const tens = OLD_TENS[s.charAt(0)];
  if (tens === undefined) return readSmallNumber(s);
  if (s.length === 1) return tens;
  const units = s.length === 2 ? CN_DIGITS[s.charAt(1)] : undefined;
  return units === undefined || units === 0 ? null : tens + units;
}

/** Reads a number written digit by digit in Chinese (`二〇二二`, `一一二`); null at any other character. */
function readDigits(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** Reads a four-digit year written in digits or digit by digit in Chinese (`二〇二二`). */
function readYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  return s.length === 4 ? readDigits(s) : null;
}

/** The Gregorian year of a Minguo (ROC) year: `112`, `一一二` (digit by digit), `七十五`; null when none. */
function readRocYear(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : s.includes("十") ? readSmallNumber(s) : readDigits(s);
  return n === null || n < 1 ? null : n + 1911;
}

/** Years after the issue's year that a year word names (`明年` → 1). */
const YEAR_WORDS: Readonly<Record<string, number>> = { 今: 0, 明: 1, 去: -1, 前: -2 };

const CN_NUM = "[一二三四五六七八九十]";
/** A day's number may also use 廿 (20) and 卅 (30): `廿八`, `卅一`. */
const CN_DAY = "[一二三四五六七八九十廿卅]";
const CN_YEAR_DIGIT = "[〇零○一二三四五六七八九]";
// The parts of a date; the copy searched is folded, so digits are ASCII.
// 2022年, 二〇二二年; Taiwan's Minguo (ROC) years, 1911 fewer: 民国112年, 民国一一二年,
// 民国七十五年, and a bare three-digit 112年 (no Gregorian year of our papers has three digits).
// A year counted from the issue's (`YEAR_WORDS`): 今年, 明年, 去年, 前年 (Traditional writes
// them alike). Only before a month and day: 目前年产 or 提前年底 are followed by none.
const YEAR = String.raw`(?:(?<year>\d{4}|${CN_YEAR_DIGIT}{4})|民国(?<rocYear>\d{1,3}|${CN_YEAR_DIGIT}{1,3}|${CN_NUM}{1,3})|(?<rocYear3>1(?<![\d.]1)\d{2})|(?<yearWord>[${Object.keys(YEAR_WORDS).join("")}]))年`;
const MONTH = String.raw`(?<month>\d{1,2}|${CN_NUM}{1,2})月`; // 9月, 十二月
const DAY = String.raw`(?<day>\d{1,2}|${CN_DAY}{1,3})(?:日|号)`; // 28日, 二十六日, 廿八日, 5号
// 廿八日, 卅日, 卅一日: a day alone in the old tens (not after 月: 腊月廿八日 is lunar).
const OLD_DAY = String.raw`(?<![\d月])(?<oldDay>[廿卅][一二三四五六七八九]?)日`;
// 本月10日, 本月廿八日, 上月卅日: a day of the issue's month or of the month before.
const MONTH_DAY = String.raw`(?<monthRef>本月|上月)(?<refDay>\d{1,2}|${CN_DAY}{1,3})(?:日|号)`;
// 昨(28)日, 今(29)日, 前(27)日, 昨(廿八)日 (folded brackets): the day a relative word stands for.
const BRACKETED_DAY = String.raw`[昨今前明]\((?<shownDay>\d{1,2}|${CN_DAY}{1,3})\)日`;
const BARE_DAY = String.raw`(?<![\d.年月第期近续历达共每数几约余逾超过用这那再仅已半])(?<bareDay>\d{1,2})日(?![内游后来之以前间左])`; // 22日举行
const RELATIVE = String.raw`(?<relative>昨天|昨日|昨晚|昨夜|今天|今日|今晨|今早|今晚|前天|前日|前晚|明天|明日)`; // 昨日, 今天

/** The alternatives after a month and day, which never take a year. */
const DATES_WITHOUT_YEAR = String.raw`${MONTH_DAY}|${BARE_DAY}|${OLD_DAY}|${BRACKETED_DAY}|${RELATIVE}`;
/**
 * One alternation, tried left to right at each position:
 * a full date (`2022年9月28日`, `明年1月1日`), a month and day (`9月28日`, `一月二十六日`),
 * a day of this or last month (`本月10日`, `上月卅日`), a day alone (`28日`, `廿八日`),
 * a relative word with its day in brackets (`昨(28)日`), or a relative word (`昨日`).
 */
const DATE_PATTERN = new RegExp(String.raw`(?:${YEAR})?${MONTH}${DAY}|${DATES_WITHOUT_YEAR}`, "gu");
/**
 * `DATE_PATTERN` without its optional year, for a text that holds no 年: it
 * finds the same dates there, and is not held up by the year's alternatives
 * at every position.
 */
const DATE_PATTERN_NO_YEAR = new RegExp(String.raw`${MONTH}${DAY}|${DATES_WITHOUT_YEAR}`, "gu");

const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1,
  今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0,
  前天: -2, 前日: -2, 前晚: -2,
  明天: 1, 明日: 1,
};

/** Characters before `前日`/`前天` that make them part of another word (`目前日均`, `提前日`). */
const NOT_BEFORE_RELATIVE = /[目提之以此当眼跟面门生空事节战向往超争领最史勇阵胸台车窗院楼屋房殿桌身村山堂宅家日年月]/u;

/** Relative words that `NOT_BEFORE_RELATIVE` may make part of another word. */
const NEAR_RELATIVE = /^(前|今)/u;

/** Finds the date expressions of a text, in order. Vague words are not returned. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  eachDate(text, (mention) => {
    out.push(mention);
    return false;
  });
  return out;
}

/**
 * What each kind of date expression in `DATE_PATTERN` holds: a month's number
 * before 月 (`9月28日`, `一月二十六日`), 本月 or 上月 (`本月廿八日`), a day's
 * digit before 日 (`28日`), 廿 or 卅 (`廿八日`), a bracket before 日
 * (`昨(28)日`), or a relative word (`昨日`). One test for these turns away the many paragraphs without a
 * date faster than the scan.
 *
 * 廿 and 卅 count only before 日 (`廿八日`, `卅日`): elsewhere they are in a
 * day after 月, 本月 or 上月, which the cue finds by those. Every alternative
 * is then two characters or more, which the regex engine scans for several
 * times faster than for a single character.
 */
const DATE_CUE = new RegExp(String.raw`(?:\d|${CN_NUM}|本|上)月|[\d)]日|[廿卅][一二三四五六七八九]?日|${Object.keys(RELATIVE_DAYS).join("|")}`, "u");

/**
 * False when the text whose folded copy (`normaliseString(text)`) is `folded`
 * holds no date expression (`findDates` finds none).
 */
export function mayHoldDate(folded: string): boolean {
  return DATE_CUE.test(folded);
}

/**
 * Hands the date expressions of a text to `visit` in order, until it returns true;
 * `folded` is the text's folded copy.
 */
function eachDate(text: string, visit: (mention: DateMention) => boolean, folded = normaliseString(text)): void {
  if (!mayHoldDate(folded)) return;
  const pattern = folded.includes("年") ? DATE_PATTERN : DATE_PATTERN_NO_YEAR;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const g = m.groups ?? {};
    const span: [number, number] = [m.index, m.index + m[0].length];
    const written = text.slice(span[0], span[1]);
    const before = folded.charAt(m.index - 1);
    if (g.relative !== undefined) {
      if (NEAR_RELATIVE.test(g.relative) && before !== "" && NOT_BEFORE_RELATIVE.test(before)) continue;
      const relative = RELATIVE_DAYS[g.relative] ?? 0;
      if (visit({ text: written, span, year: null, month: null, day: null, relative, monthsBack: null, yearsAfter: null, weekday: null })) return;
      continue;
    }
    const bare = g.bareDay ?? g.oldDay;
    if (bare !== undefined) {
      const day = readDay(bare);
      if (day === null || day < 1 || day > 31) continue;
      if (visit({ text: written, span, year: null, month: null, day, relative: null, monthsBack: null, yearsAfter: null, weekday: null })) return;
      continue;
    }
    if (g.shownDay !== undefined) {
      // `昨(28)日`; `目前(28)日` holds no relative word (checked as for `前日`).
      if (before !== "" && NEAR_RELATIVE.test(m[0]) && NOT_BEFORE_RELATIVE.test(before)) continue;
      const day = readDay(g.shownDay);
      const relative = RELATIVE_DAYS[`${m[0].charAt(0)}日`];
      if (day === null || day < 1 || day > 31 || relative === undefined) continue;
      if (visit({ text: written, span, year: null, month: null, day, relative, monthsBack: null, yearsAfter: null, weekday: null })) return;
      continue;
    }
    if (g.monthRef !== undefined && g.refDay !== undefined) {
      const day = readDay(g.refDay);
      if (day === null || day < 1 || day > 31) continue;
      const monthsBack = g.monthRef === "上月" ? 1 : 0;
      if (visit({ text: written, span, year: null, month: null, day, relative: null, monthsBack, yearsAfter: null, weekday: null })) return;
      continue;
    }
    const month = g.month === undefined ? null : readSmallNumber(g.month);
    const day = g.day === undefined ? null : readDay(g.day);
    const roc = g.rocYear ?? g.rocYear3;
    const year = g.year !== undefined ? readYear(g.year) : roc !== undefined ? readRocYear(roc) : null;
    const yearsAfter = g.yearWord === undefined ? null : (YEAR_WORDS[g.yearWord] ?? null);
    if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) continue;
    // `1—7月` is a period and `7月` alone no date; both are skipped by requiring 日.
    const weekday = year === null && yearsAfter === null ? weekdayAfter(folded, span[1]) : null;
    if (visit({ text: written, span, year, month, day, relative: null, monthsBack: null, yearsAfter, weekday })) return;
  }
}

/** Days of the week as written after 星期/周/礼拜 or alone in brackets; 日 and 天 are Sunday. */
const WEEKDAYS: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

// Right after a month and day (folded brackets): (星期五), (周五), (週五), (礼拜五), 星期五, 周五, and a
// bare (五) — the weekday alone in brackets, as Hong Kong, Macau and Taiwan papers write it.
const WEEKDAY_AFTER = /\(?(?:星期|周|週|礼拜)([一二三四五六日天])\)?|\(([一二三四五六日])\)/uy;

/** The day of the week written at `at` in a folded text (`(星期五)` → 5), or null. */
function weekdayAfter(folded: string, at: number): number | null {
  WEEKDAY_AFTER.lastIndex = at;
  const m = WEEKDAY_AFTER.exec(folded);
  if (m === null) return null;
  return WEEKDAYS[m[1] ?? m[2] ?? ""] ?? null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function isValid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function parseIssue(issueDate: string | undefined): { y: number; m: number; d: number } | null {
  if (issueDate === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issueDate);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValid(y, mo, d) ? { y, m: mo, d } : null;
}

/**
 * The date with day-of-month `day` nearest to `near`: in its month, the month
 * before or the month after (`昨(30)日` read on 1 October is 30 September).
 */
function nearestWithDay(near: Date, day: number): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  for (const shift of [0, -1, 1]) {
    const y = near.getUTCFullYear();
    const first = new Date(Date.UTC(y, near.getUTCMonth() + shift, 1));
    const cy = first.getUTCFullYear();
    const cm = first.getUTCMonth() + 1;
    if (!isValid(cy, cm, day)) continue;
    const gap = Math.abs(Date.UTC(cy, cm - 1, day) - near.getTime());
    if (gap < bestGap) {
      bestGap = gap;
      best = iso(cy, cm, day);
    }
  }
  return best;
}

/**
 * Resolves one found date against the issue date; null when it cannot be
 * told (a relative word or a day alone with no issue date, an impossible date).
 */
export function resolveMention(mention: DateMention, issueDate?: string, asWritten = false): string | null {
  const issue = parseIssue(issueDate);
  const { year, month, day } = mention;
  if (mention.relative !== null) {
    if (!issue) return null;
    const d = new Date(Date.UTC(issue.y, issue.m - 1, issue.d + mention.relative));
    if (day !== null) return nearestWithDay(d, day);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (day === null) return null;
  if (mention.monthsBack !== null) {
    // `本月10日`: the issue's month, as written, even after the issue date; `上月卅日`: the month before.
    if (!issue) return null;
    const first = new Date(Date.UTC(issue.y, issue.m - 1 - mention.monthsBack, 1));
    const y = first.getUTCFullYear();
    const mo = first.getUTCMonth() + 1;
    return isValid(y, mo, day) ? iso(y, mo, day) : null;
  }
  if (month === null) {
    // A day alone: the issue's month, or the month before when it would fall after the issue.
    if (!issue) return null;
    let y = issue.y;
    let mo = issue.m;
    if (day > issue.d) {
      mo -= 1;
      if (mo === 0) {
        mo = 12;
        y -= 1;
      }
    }
    return isValid(y, mo, day) ? iso(y, mo, day) : null;
  }
  if (year !== null) return isValid(year, month, day) ? iso(year, month, day) : null;
  if (!issue) return isValid(2000, month, day) ? `--${pad(month)}-${pad(day)}` : null;
  // `明年1月1日`: the year word names the year; only a bare month and day may move to the year before.
  if (mention.yearsAfter !== null) {
    const named = issue.y + mention.yearsAfter;
    return isValid(named, month, day) ? iso(named, month, day) : null;
  }
  const y = yearOf(month, day, mention.weekday, issue, asWritten);
  return isValid(y, month, day) ? iso(y, month, day) : null;
}

/**
 * The year of a month and day written without one: the issue's, or the year
 * before when that would put it after the issue (the spec's rule) — unless
 * `asWritten` keeps the issue's year (a date below the lead, which may be a
 * schedule), or the weekday written beside it (`3月7日（星期五）`) is that of
 * one of the two years only: then that year. A weekday that fits neither
 * year is a misprint and changes nothing.
 */
function yearOf(month: number, day: number, weekday: number | null, issue: { y: number; m: number; d: number }, asWritten: boolean): number {
  const afterIssue = month > issue.m || (month === issue.m && day > issue.d);
  const y = afterIssue && !asWritten ? issue.y - 1 : issue.y;
  if (weekday === null) return y;
  const other = y === issue.y ? issue.y - 1 : issue.y;
  return weekdayOf(y, month, day) !== weekday && weekdayOf(other, month, day) === weekday ? other : y;
}

/** The day of the week of a date (0 is Sunday); -1, which matches no weekday, for a day its month lacks. */
function weekdayOf(year: number, month: number, day: number): number {
  return isValid(year, month, day) ? new Date(Date.UTC(year, month - 1, day)).getUTCDay() : -1;
}

/**
 * Resolves one date expression (`9月28日`, `２０２２年９月２８日`, `一月二十六日`,
 * `28日`, `昨日`) to `YYYY-MM-DD`, or `--MM-DD` when no issue date gives the
 * year. Null when `text` is not a date or cannot be resolved.
 */
export function resolveDate(text: string, issueDate?: string): string | null {
  const trimmed = text.trim();
  const found = findDates(trimmed);
  const first = found[0];
  if (!first || first.span[0] !== 0 || first.span[1] !== trimmed.length) return null;
  return resolveMention(first, issueDate);
}

/**
 * Words that say when, but not which day: `近日`, `日前`, `近期`, `连日`
 * (`连日来`), `眼下`, `目前`, `当前`, `时下`, `当下`, `前不久`, `不久前`,
 * `近来`, and a holiday's span (`国庆期间`, `春节期间`, `暑假期间`, `黄金周`).
 * Traditional copy folds to these. Not inside other words: `附近日益`,
 * `节日前夕`, `生日前`, `工作日前往`, `5日前报名` (before a day: a deadline).
 * A span of time up to now is no day either (`PERIOD`): a lead that sums up
 * `今年以来` has told when its news is, and a day further down is one event
 * among those it sums up.
 */
const VAGUE_TIME = new RegExp(
  String.raw`(?<!附)近日|(?<![\d一二三四五六七八九十节生假作])日前(?!往)|近期|连日|眼下|目前|当前|时下|当下|前不久|不久前|近来|(?:[节假]|国庆|元旦|五一|十一|春运|暑期)期间|黄金周|` +
    String.raw`(?:今|去|\d{1,4}|[一二两三四五六七八九十几数多近]{1,3})年(?:初|底)?以?来|` + // 今年以来, 去年底以来, 2019年以来, 近年来, 五年来
    String.raw`(?:年初|开春|入[春夏秋冬汛]|一段时间)以来|` + // 年初以来, 入汛以来, 一段时间以来
    String.raw`今年(?:前|上半年|下半年|[一二三四1-4]季度)|` + // 今年前三季度, 今年上半年
    String.raw`截至`, // 截至10月底, 截至目前
  "u",
);

/**
 * True when a folded paragraph says when its news happened only vaguely
 * (`眼下，茶园进入采摘旺季`, `日前，省里核准了项目`). A lead that does so
 * has dated its report, to no day: a date further down the article (the day
 * the reporter went to see) is not the event's. A lead that names no time at
 * all (a scene, a quote, a summary) leaves the date to the paragraphs below.
 */
export function tellsTimeVaguely(folded: string): boolean {
  return VAGUE_TIME.test(folded);
}

/** Opening and closing quotes, folded (`「」` fold to `“”`, `『』` to `‘’`). */
const QUOTE_DEPTH: Readonly<Record<string, number>> = { "“": 1, "”": -1, "‘": 1, "’": -1 };

/**
 * Tells whether offsets of one text stand inside quotes, asked in increasing
 * order: each call reads on from where the last one stopped, so a paragraph
 * is read once however many dates it holds.
 */
function quoteReader(folded: string): (at: number) => boolean {
  let read = 0;
  let depth = 0;
  return (at) => {
    for (; read < at; read++) {
      const step = QUOTE_DEPTH[folded.charAt(read)];
      if (step !== undefined) depth = Math.max(0, depth + step);
    }
    return depth > 0;
  };
}

/**
 * The date of the event a lead paragraph reports: its first absolute date
 * that resolves (`9月28日`, `明年1月1日`, `22日`, `本月10日`, and `昨(28)日`,
 * whose brackets give the day), else what its first relative word gives
 * (`昨日`; `今天` and `今日` give no date, `TODAY`). A relative word tells when the reporter heard of the news
 * (`记者昨日获悉，11月18日起匝道封闭`); a date, when it happens: the date wins
 * wherever it stands. Vague words (`近日`, `日前`, `连日来`) are passed over
 * and the scan goes on, so `连日来,…。9月25日下午,…` gives the 25th while a
 * lead whose only time word is `近日` gives null. A relative word with no
 * issue date does not resolve and is passed over the same way. A relative
 * word inside quotes (`“今天在医院…办好了。”11月20日，…`) counts from the day
 * the speaker spoke, not from the issue date: it is passed over too. A date
 * without a year soon after the issue date is one to come (`comesSoonAfter`):
 * a relative word of the lead wins over it. `folded` is
 * `normaliseString(paragraph)`, passed by a caller that holds it already.
 * With `absolute`, relative words are passed over altogether: a paragraph
 * below the lead tells the event's day only by a date (`写到今天的高铁站`
 * there means "nowadays", not the issue's day), and a date to come is
 * given in the issue's year (`高考成绩将于6月25日左右公布` read on 10 June is
 * 2025-06-25), not put a year back: below the lead it is a schedule, which
 * the caller drops as after the issue date.
 */
export function findEventDate(
  paragraph: string,
  options: { issueDate?: string; absolute?: boolean } = {},
  folded: string = normaliseString(paragraph),
): string | null {
  let absolute: string | null = null;
  let relative: string | null = null;
  /** A relative word of the lead was read (the first counts, even when it gives no date: `今天`). */
  let heard = false;
  let ahead: string | null = null;
  let quoted: ((at: number) => boolean) | null = null;
  // The first absolute date that resolves ends the scan: a long paragraph's later dates are not read.
  eachDate(
    paragraph,
    (mention) => {
      if (mention.relative !== null && mention.day === null) {
        if (options.absolute === true || heard || (quoted ??= quoteReader(folded))(mention.span[0])) return false;
        heard = true;
        relative = TODAY.has(mention.text) ? null : resolveMention(mention, options.issueDate);
        return false;
      }
      const date = resolveMention(mention, options.issueDate);
      if (date !== null && comesSoonAfter(mention, options.issueDate)) {
        // Below the lead it stays in the issue's year, where the caller sees it is still to come.
        ahead ??= options.absolute === true ? resolveMention(mention, options.issueDate, true) : date;
        return false;
      }
      return (absolute = date) !== null;
    },
    folded,
  );
  return absolute ?? relative ?? (heard ? null : ahead);
}

/**
 * `今天` and `今日` with no day in brackets: the day the report was written,
 * which a morning paper prints the day after, so neither the issue date nor
 * any day that can be told (records.md: the lead's first absolute date).
 * `昨日` counts from the issue date as readers read it (the day before they
 * hold the paper), and `今(9)日` gives its day. `今天的…` (`今天的三秋`) is
 * "nowadays", no day at all.
 */
const TODAY: ReadonlySet<string> = new Set(["今天", "今日"]);

/** Days after the issue date within which a date without a year reads as one to come (`将于7月1日开通`). */
const SOON = 183;

/**
 * True when a date written without its year (`7月1日`, `18日`) would fall
 * within half a year after the issue date in the issue's own year or month:
 * an announcement of what is to come (`地铁5号线将于7月1日开通`, read on 15
 * June), which the spec's rule puts a year (or month) back. Such a date gives
 * way to a relative word in the same lead (`记者昨日获悉，…`); alone, it keeps
 * the spec's reading. `12月28日` read on 3 January is last year's, as written.
 */
function comesSoonAfter(mention: DateMention, issueDate: string | undefined): boolean {
  if (mention.year !== null || mention.yearsAfter !== null || mention.monthsBack !== null || mention.relative !== null || mention.day === null) return false;
  const issue = parseIssue(issueDate);
  if (issue === null) return false;
  const month = mention.month ?? issue.m;
  const ahead = Date.UTC(issue.y, month - 1, mention.day) - Date.UTC(issue.y, issue.m - 1, issue.d);
  return ahead > 0 && ahead <= SOON * 86_400_000;
}
