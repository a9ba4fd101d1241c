/**
 * Datelines: the `本报讯`, `新华社北京9月28日电`, `东海在线宁波6月3日讯` that
 * open a news story, naming the outlet (agency), the place and the date it was
 * filed, and ending in 讯 (a report), 专讯 (an exclusive, Hong Kong) or 电 (a
 * wire; 专电 a special wire, `中央社記者張三東京28日專電`; 综合外电报导 a
 * report compiled from foreign wires, `中央社台北28日綜合外電報導`). Hong Kong
 * papers also open with the outlet's name and 报道 in brackets
 * (`【星島日報報道】`, `（星島日報報道）`, `【本報綜合報道】`): a dateline with
 * no place or date, accepted only in brackets and only right after the
 * outlet's name, since `记者周立报道` is a credit. A report compiled from
 * several sources opens on `综合报道` (`本报综合报道`, `【综合报道】`), set apart
 * from the text by a space or brackets: a dateline with no place or date.
 *
 * Papers that digest other outlets' copy open on that outlet's report:
 * `据韩联社首尔3月5日报道，`, `路透社布鲁塞尔3月5日报道，` (a dateline only with
 * a place and a date: `据新华社报道，` names a sentence's source), and, where
 * they translate the foreign press, `【日本《读卖新闻》3月4日报道】` (the
 * medium in title marks, with its country and 网站 or 电视台 around it).
 *
 * Taiwanese papers open with `〔記者王小明／台北報導〕`: that names a reporter
 * and a place but no outlet and no date, so it is read as a credit (see
 * `lead.ts`), not as a dateline.
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline, Dateline } from "../../schema.js";
import { resolveDate } from "./dates.js";
import { isListedPlace, isUndatedPlace } from "./places.js";
import { OUTLET_SUFFIXES } from "./roles.js";

const HAN = String.raw`\p{Script=Han}`;
const SPACE = String.raw`[ \t]`;

// 本报讯, 本台北京电, 本刊讯, 本网讯: the paper speaking of itself.
const SELF = "本报|本台|本刊|本网";
// 新华社, 株洲日报, 浙江在线, 燕赵都市网, 中央人民广播电台, 新华网浙江频道: greedy,
// so the longest outlet-like run wins (`北京晚报` stays whole, not `北京` + place),
// longest ending first (`印度报业托拉斯`, not `印度报` + place).
const SUFFIXES = [...OUTLET_SUFFIXES].sort((a, b) => b.length - a.length);
const AGENCY = String.raw`(?<agency>${SELF}|${HAN}{1,10}(?:${SUFFIXES.join("|")}))`;
// 中央社记者林家琪台北28日电: Taiwanese wire copy puts the reporter before the
// place; 中央社记者张三、李四台北28日电: two reporters, joined by 、.
const REPORTER = String.raw`(?:(?<reporterLabel>记者)(?<reporter>${HAN}{2,3}(?:、${HAN}{2,3})*))?`;
// 北京, 酒泉, 洛杉矶, 湘潭: two to eight characters, as few as will do, none of
// them a word of a sentence (的, 了, 是, 在, 今: `三个社区今年的充电桩`
// is no 社 filing from 区今年的充); or a
// ship's or station's name in quotes (新华社“雪龙2”号5月11日电), only before a date.
const PLACE = String.raw`(?<place>(?:(?![的了是在今])${HAN}){2,8}?|“[^“”\s]{1,12}”[号轮舰站]?(?=\d|[一二三四五六七八九十]{1,2}月))?`;
// 9月28日, 一月二十六日, 2019年10月22日, 九月廿八日 (廿 = 20, 卅 = 30), 28日, 廿八日
const DATE = String.raw`(?<date>(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|\d{1,2}日|[廿卅][一二三四五六七八九]?日)?`;
// 讯 (a report), 专讯 (明報專訊), 专电 (a special wire, 東京28日專電),
// 综合外电报导 (compiled from foreign wires), 电 (a wire) or 消息 (央视网消息:
// a web outlet's report), not the start of 讯息, 电话, 电视 …, nor 消息称 (a
// source quoted).
// Or 报道/报导 (a digest of another outlet's report, `据韩联社首尔3月5日报道`,
// `路透社布鲁塞尔3月5日报道`), a dateline only with a date and a place or brackets
// (`isFiledReport`), and not 报道称 (`…报道称，` quotes the report in a sentence).
const KIND = String.raw`(?<kind>专讯|专电|综合外电报[导道]|讯(?![息号录问员社速飞])|电(?![话视力网子影台脑器站厂池梯商信费量价源动缆机竞车线压流气邮厅桩])|消息(?![称说人显指透来源])|报[道导](?![称说指]))`;
// ( 【 〔 [ (folded from （ ［): the brackets papers put around a dateline.
const OPEN = String.raw`(?<open>${SPACE}*[(【〔[]${SPACE}*)`;
const CLOSE = String.raw`(?<close>${SPACE}*[)】〕\]])`;

const DATELINE = new RegExp(
  String.raw`^${OPEN}?(?<ju>据)?${AGENCY}${REPORTER}${PLACE}${SPACE}*${DATE}${SPACE}*${KIND}${CLOSE}?`,
  "u",
);
// 【星島日報報道】, （大公報報道）, 【本報綜合報道】: outlet and (综合)报道 in brackets, nothing else.
const REPORT_TAG = new RegExp(String.raw`^${OPEN}${AGENCY}(?<kind>(?:综合)?(?:报道|报导))${CLOSE}`, "u");

// 【日本《读卖新闻》3月4日报道】, 【美国《华尔街日报》网站3月4日报道】, 【英国《卫报》伦敦3月3日报道】,
// 【德国《明镜》周刊网站2月27日报道】: a paper translating the foreign press names
// the medium in title marks, after its country and before what kind of medium
// it is (周刊, 杂志) and what part of it spoke (网站, 电视台 …), in brackets.
// The medium's name is the agency; country, kind and part are qualifiers of it.
const MEDIUM = String.raw`(?<pre>${HAN}{0,8}?《)(?<agency>[^《》\s]{1,20})(?<post>》(?:周刊|月刊|杂志|日报|报)?(?:网站|网络版|电视台|电台|频道)?)`;
const MEDIUM_TAG = new RegExp(String.raw`^${OPEN}${MEDIUM}${PLACE}${SPACE}*${DATE}${SPACE}*(?<kind>报[道导])${CLOSE}`, "u");

// 综合报道, 本报综合报道, 【综合报道】, 本报综合消息: a report the paper compiled from
// several sources, set apart from the lead by a space or its brackets (`综合报道称…` is a
// sentence). No place, no date; the outlet, when named, is the paper itself.
const COMPILED_TAG = new RegExp(String.raw`^${OPEN}?(?<agency>${SELF})?(?<kind>综合(?:报道|报导|消息))(?:${CLOSE}|(?=${SPACE}))`, "u");

// （新山13日讯）, （吉隆坡13日综合讯）, （檳城13日訊）, （新加坡讯）: Malaysian and
// Singaporean papers file under the place alone, in brackets, with no outlet.
// Not 简讯, 快讯, 短讯, 通讯, 资讯, 喜讯, 电讯 (a column's or a word's 讯).
const PLACE_TAG = new RegExp(
  String.raw`^${OPEN}(?!综合)(?<place>${HAN}{2,4}?)(?<![简快短通资喜电])${DATE}(?<kind>(?:综合)?讯)${CLOSE}`,
  "u",
);

/**
 * `DATELINE` at the start of `rest`, but a 报道/报导 one only where it says when
 * and from where it was filed (`isFiledReport`): then `REPORT_TAG` and the others
 * are read instead.
 */
function filedDateline(rest: string): RegExpExecArray | null {
  const m = DATELINE.exec(rest);
  if (m?.groups === undefined) return null;
  return /^报[道导]$/u.test(m.groups.kind ?? "") && !isFiledReport(m.groups) ? null : m;
}

/**
 * True when an outlet's 报道 is a dateline: it carries a date, and a place
 * (`据韩联社首尔3月5日报道`, `路透社布鲁塞尔3月5日报道`) or brackets
 * (`【美国有线电视新闻网3月4日报道】`). `据新华社报道`, `据新华社3月5日报道`
 * (no place, unbracketed) name a sentence's source; `新华社记者张三报道` is a credit.
 */
function isFiledReport(g: Readonly<Record<string, string | undefined>>): boolean {
  return g.date !== undefined && (g.place !== undefined || g.open !== undefined);
}

// 新邵讯（全媒体记者　肖　阳　通讯员　曾立新）, 浏阳讯　10月20日，…, 新邵融媒讯（记者…）,
// 红网时刻讯（记者…）: county papers and media centres file under their county's or
// their own name with no outlet word. Any 2-8 Han characters then 讯, so only when a
// bracketed credit naming a role (记者, 通讯员, 实习生) or a date follows at once: a
// sentence's word ending in 讯 (通讯, 喜讯, 闻讯) is followed by neither (`NAMED_TAG_WORDS`).
const NAMED_TAG = new RegExp(
  String.raw`^(?<agency>${HAN}{2,8}?)(?<kind>讯)(?=${SPACE}*(?:[(【〔[][^()【】〔〕[\]]{0,12}?(?:记者|通讯员|实习生)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日))`,
  "u",
);
// What a named tag's name ends in when its 讯 is a word's (通讯, 资讯, 喜讯, 简讯, 快讯,
// 短讯, 音讯, 审讯, 电讯, 传讯, 死讯, 闻讯, 问讯, 侦讯, 质讯, 视讯, 佳讯, 噩讯) or the name
// is no name (a function word: `我们的`, `这是`). Narrower than credit.ts's FUNCTION_CHAR on
// purpose: 不, 已, 于 and 之 open real county names (于都讯, 之江讯).
const NAMED_TAG_NOT = /[通资喜简快短音审电传死闻问侦质视佳噩]$|[的了是在这那们就都也把被将和与及或从对向为]/u;

/** The named tag (`NAMED_TAG`) at the start of `rest`, unless its name is a word's head (`NAMED_TAG_NOT`; a known place is one: 南通讯). */
function namedTag(rest: string): RegExpExecArray | null {
  const m = NAMED_TAG.exec(rest);
  const name = m?.groups?.agency;
  if (name === undefined || (NAMED_TAG_NOT.test(name) && !isListedPlace(name))) return null;
  return m;
}

const PAIRS: Readonly<Record<string, string>> = { "(": ")", "【": "】", "〔": "〕", "[": "]" };

/** True when the brackets around a dateline pair up (both absent, or `(`…`)`, `【`…`】` …). */
function bracketsPair(open: string | undefined, close: string | undefined): boolean {
  if (open === undefined || close === undefined) return open === undefined;
  return PAIRS[open.trim()] === close.trim();
}

/**
 * `m` unless it names a place and no date and the place is not a known place
 * word (`isUndatedPlace`): `红网时刻讯` is the outlet 红网时刻, left to `namedTag`.
 * After the paper speaking of itself (`本报临江讯`, `本台河西讯`) any place
 * will do: 本报 is no outlet's name to run on into more of one, so what
 * stands between it and 讯 is where the report was filed from, unless it says
 * what kind of report it is (`SELF_KIND`).
 */
function undatedPlaceChecked(m: RegExpExecArray | null): RegExpExecArray | null {
  const place = m?.groups?.place;
  if (place === undefined || m?.groups?.date !== undefined || place.startsWith("“")) return m;
  if (SELF_AGENCY.test(m?.groups?.agency ?? "") && !SELF_KIND.test(place)) return m;
  return isUndatedPlace(place) ? m : null;
}

/** The paper speaking of itself (`SELF`). */
const SELF_AGENCY = new RegExp(`^(?:${SELF})$`, "u");
/** Words before 讯 that say what kind of report it is, not where from: 本报综合讯, 本报记者讯, 本报网络讯, 本报视频讯, 本报融媒讯. */
const SELF_KIND = /综合|记者|通讯|网络|视频|融媒|客户端|新媒体/u;

/** A dateline found at the start of a text, with where it ends. */
export interface DatelineMatch {
  dateline: Dateline;
  /** Offset just after the dateline (and its closing bracket when it had one). */
  end: number;
  /** The reporters named inside a dateline (`中央社记者林家琪台北28日电`), often none. */
  reporters: Byline[];
}

/** Finds a dateline at the start of `text` (after leading spaces); see `parseDateline`. */
export function matchDateline(text: string, options: { issueDate?: string } = {}): DatelineMatch | null {
  return matchFoldedDateline(text, normaliseString(text), options);
}

/** `matchDateline` for a caller that holds the folded copy of `text` already. */
export function matchFoldedDateline(text: string, folded: string, options: { issueDate?: string } = {}): DatelineMatch | null {
  const lead = /^\s*/u.exec(folded)?.[0].length ?? 0;
  const rest = folded.slice(lead);
  // `本报综合消息` is compiled copy, not 综合 filing a 消息: the compiled tag is read first.
  const m = COMPILED_TAG.exec(rest) ?? undatedPlaceChecked(filedDateline(rest)) ?? REPORT_TAG.exec(rest) ?? MEDIUM_TAG.exec(rest) ?? PLACE_TAG.exec(rest) ?? namedTag(rest);
  if (!m?.groups) return null;
  const g = m.groups;
  const at = (s: string | undefined): number => (s === undefined ? 0 : s.length);
  const agencyAt = lead + at(g.open) + at(g.ju) + at(g.pre);
  const textStart = lead + at(g.open);
  const agency = g.agency === undefined ? null : text.slice(agencyAt, agencyAt + g.agency.length);
  let cursor = agencyAt + at(g.agency) + at(g.post);
  const reporters: Byline[] = [];
  if (g.reporter !== undefined && g.reporterLabel !== undefined) {
    const labelEnd = cursor + g.reporterLabel.length;
    const label = text.slice(agencyAt, labelEnd);
    // `张三、李四`: names cut at 、, each sliced from the original as written.
    let at = labelEnd;
    for (const name of g.reporter.split("、")) {
      reporters.push({ name: text.slice(at, at + name.length), role: "reporter", label, photo: false });
      at += name.length + 1;
    }
    cursor = labelEnd + g.reporter.length;
  }
  const place = g.place === undefined ? null : text.slice(cursor, cursor + g.place.length);
  const kindEnd = lead + m[0].length - at(g.close);
  const kindStart = kindEnd - at(g.kind);
  // A bare `本报电`-style line is too weak when the paren never closes; the rest is fine.
  if (!bracketsPair(g.open, g.close)) return null;
  // `据中新社消息，…` names where a sentence's news came from: a dateline is
  // filed by the outlet itself (`新华网北京3月2日消息`), so 据 opens a 消息 one
  // only where the place and date it was filed from are given (`据新华社北京3月2日消息`).
  if (g.ju !== undefined && g.kind === "消息" && (g.place === undefined || g.date === undefined)) return null;
  let date: string | null = null;
  if (g.date !== undefined) {
    const dateStart = folded.lastIndexOf(g.date, kindStart);
    date = resolveDate(text.slice(dateStart, dateStart + g.date.length), options.issueDate);
  }
  return {
    dateline: { text: text.slice(textStart, kindEnd), agency, place, date },
    end: lead + m[0].length,
    reporters,
  };
}

/**
 * Reads a dateline at the start of `text`, after an optional `(`/`（`/`【`/`〔`
 * or `据`: `新华社北京9月28日电`, `本报讯`, `株洲日报讯`, `东海在线宁波6月3日讯`,
 * `据新华社酒泉６月５日电` (agency 新华社), `（本报洛杉矶１１月２日电）`,
 * `【明報專訊】` (agency 明報), `【星島日報報道】` (agency 星島日報),
 * `据韩联社首尔3月5日报道` (agency 韩联社, place 首尔),
 * `【美国《华尔街日报》网站3月4日报道】` (agency 华尔街日报, no place).
 *
 * `text` is the dateline as written (with 据, without brackets or trailing
 * spaces); `agency` and `place` are sliced from the original; `date` is
 * resolved against `issueDate` (`--MM-DD` without one, null when the dateline
 * carries no date or only a day and no issue date is given).
 */
export function parseDateline(text: string, options: { issueDate?: string } = {}): Dateline | null {
  return matchDateline(text, options)?.dateline ?? null;
}
