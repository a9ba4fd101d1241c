/**
 * The grammar of one credit: the words inside `(全媒体记者陈洲平 通讯员/周雨 周秀琴)`,
 * a credit line `株洲日报全媒体记者/刘毅`, or a picture credit `企业供图`.
 *
 * A credit is a sequence of parts: a label ending in a role word
 * (`株洲日报全媒体记者`, `株洲晚报 记者`, `通讯员`), names, and markers that
 * say what the named contributed (`摄`, `供图`, `文`, `图`). Every part of the
 * text must be one of these, or the text is not a credit: that is what keeps
 * `记者从市公安局交警支队了解到` and `当好通讯员和宣传员` out.
 *
 * Matching runs on the folded copy (`normaliseString`), which has the length
 * of the original, so names and labels are sliced from the original as written.
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline, BylineRole } from "../../schema.js";
import { BODY_ENDS } from "../../text/organisations.js";
import { isGluedPlace } from "./places.js";
import { cutNameRun, isDottedName, isHan, isLatinName, isLikelySignatureName, isNameAfterRole, isPlausibleName, isSlotName, MAX_PADDED_RUN, paddedNameLength, surnameOf } from "./names.js";
import {
  ALL_MARKERS,
  isLabelPrefix,
  isLabelWord,
  LATIN_AGENCIES,
  isModifierRun,
  isOutletName,
  isPostedLabel,
  OUTLET_SUFFIXES,
  isUnitName,
  roleOf,
  ROLE_WORDS,
  SEPARATOR_CLASS,
  SUFFIX_MARKERS,
  type Marker,
  type RoleWord,
} from "./roles.js";

/** The result of reading one credit. */
export interface CreditParse {
  /** One entry per credited person or organisation, in the order written. */
  bylines: Byline[];
  /** True when a role word (记者, 通讯员 …) stands in the credit. */
  hasRole: boolean;
  /** True when any marker (摄, 供图, 文, 图 …) stands in the credit. */
  hasMarker: boolean;
  /** True when the credit ends in a picture marker (`… 摄`, `… 供图`). */
  endsWithPhotoMarker: boolean;
  /**
   * One flag per byline: true when a marker says what that person contributed
   * (`周晓林/文` is text, `吴雨/漫画` a picture), so that a picture marker on a
   * later line of a credit block (`parseCreditBlock`) does not overrule it.
   */
  explicit: boolean[];
}

type Piece =
  | { kind: "role"; core: RoleWord; start: number; end: number; glued: boolean }
  | {
      kind: "text";
      text: string;
      start: number;
      end: number;
      beforeRole: boolean;
      afterRole: boolean;
      /** The pieces of a name padded in three (`欧阳 明`, `贾 文 丽`), joined into this one: `[start, end)` each. */
      padded?: ReadonlyArray<readonly [number, number]>;
    }
  | { kind: "marker"; marker: Marker; start: number; end: number; opensNames: boolean };

const SEPARATOR_RUN = new RegExp(`${SEPARATOR_CLASS}+`, "gu");
const LATIN_WORD = /^[A-Za-z][A-Za-z.'\-]*$/u;
/**
 * A place and 報導 closing a Taiwanese credit: `記者王小明／台北報導`,
 * `編譯張三／綜合報導`. The place is where the story was filed, not a name.
 */
const REPORTED_FROM = /\/\s*\p{Script=Han}{2,6}?报[导道]\s*$/u;
/**
 * Where a correspondent filed from, closing a credit: `本报特派记者　李刚　发自东京`,
 * `某某周末记者 张三 发自北京`, glued `记者李刚发自里约热内卢` (the dateline form
 * of papers that print no 讯/电). The place is no name; the credit before it
 * must hold a role word (`parseCredit`).
 */
const FILED_FROM = /[\s/]*发自(?<place>\p{Script=Han}{2,8})\s*$/u;
/** `发自内心`, `发自肺腑`: from the heart, an idiom, not a place filed from. */
const NOT_A_PLACE = /^(?:内心|肺腑|心底|心灵|心田|真心|本心|本能|骨子)/u;

/** True when `place` (folded, after 发自) can be the place a report was filed from. */
export function isFilingPlace(place: string): boolean {
  return !NOT_A_PLACE.test(place);
}

const ROLE_ALTERNATION = new RegExp(ROLE_WORDS.map((r) => r.word).join("|"), "gu");
/**
 * The characters a credit is written in. Every part of a credit is a role
 * word, a marker, a label or a name, each Han characters (`·` between the
 * parts of a foreign name) or a Latin name or agency (letters, `.`, `'`, `-`),
 * and separators stand between the parts; the place before 报导 is Han too.
 * Digits stand only in a writer's unit (`第77集团军某旅`, `65301部队`:
 * `isUnitName`), which a piece holding them must then be. A text with any
 * other character (`。`, a quote, `%`) is no credit: tested first, this turns
 * sentences away before they are cut into pieces.
 */
const CREDIT_TEXT = new RegExp(`^(?:${SEPARATOR_CLASS}|[\\p{Script=Han}A-Za-z0-9.'\\-·])*$`, "u");

/** Splits the folded text into tokens between separators: `[start, end)` pairs. */
function tokens(folded: string): Array<[start: number, end: number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  SEPARATOR_RUN.lastIndex = 0;
  for (let m = SEPARATOR_RUN.exec(folded); m !== null; m = SEPARATOR_RUN.exec(folded)) {
    if (m.index > last) out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  if (last < folded.length) out.push([last, folded.length]);
  return mergeLatin(folded, out);
}

const SPACES_ONLY = /^ +$/u;
/** What may pad a name typeset in two halves (`许 辛`). */
const PADDING = /^\s+$/u;
const isLatinLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Joins Latin words set apart by spaces into one chunk: `Tom Smith`, `Getty Images`. */
function mergeLatin(folded: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    // The cheap tests first: most spans open with a Han character and are not sliced.
    if (
      prev !== undefined &&
      isLatinLetter(folded.charCodeAt(span[0])) &&
      LATIN_WORD.test(folded.slice(prev[0], prev[1])) &&
      markerOf(folded.slice(span[0], span[1])) === null &&
      SPACES_ONLY.test(folded.slice(prev[1], span[0]))
    ) {
      prev[1] = span[1];
      continue;
    }
    out.push(span); // `spans` is the caller's own list, not read again
  }
  return out;
}

/** Every marker by its word (the first of `ALL_MARKERS` where two share one). */
const MARKERS_BY_WORD: ReadonlyMap<string, Marker> = new Map([...ALL_MARKERS].reverse().map((m) => [m.word, m]));
/** `发` marks a picture sent by an outlet (`新华社发`). */
const SENT = MARKERS_BY_WORD.get("发") ?? null;

function markerOf(word: string): Marker | null {
  return MARKERS_BY_WORD.get(word.toLowerCase()) ?? null;
}

/** Adds to `out` a text chunk: a text piece, and a glued marker at its end (`戴明摄`). */
function addTextPieces(out: Piece[], folded: string, start: number, end: number, beforeRole: boolean, afterRole: boolean): void {
  const text = folded.slice(start, end);
  const whole = markerOf(text);
  if (whole !== null && !beforeRole && !afterRole) {
    out.push(markerPiece(folded, whole, start, end));
    return;
  }
  let marker: Marker | null = null;
  if (!beforeRole) {
    for (const m of SUFFIX_MARKERS) {
      if (text.length > m.word.length && text.endsWith(m.word)) {
        marker = m;
        break;
      }
    }
    // `新华社发`: 发 glues only to an outlet's name (as an ending it would eat `李发`).
    if (marker === null && SENT && text.endsWith("发") && isOutletName(text.slice(0, -1))) marker = SENT;
  }
  if (marker === null) {
    out.push({ kind: "text", text, start, end, beforeRole, afterRole });
    return;
  }
  const cut = end - marker.word.length;
  // `北京报道`, `李小明北京报道`: the place a report was filed from is no name.
  const kept = marker.word === "报道" || marker.word === "报导" ? start + nameBeforePlace(folded.slice(start, cut)) : cut;
  if (kept > start) out.push({ kind: "text", text: folded.slice(start, kept), start, end: kept, beforeRole, afterRole });
  out.push(markerPiece(folded, marker, cut, end));
}

/**
 * How much of `text`, glued before 报道, is a name: all of a plausible name
 * (`周立`), none of a lone place (`北京`, `洛杉矶`), and the name of a name and
 * a place word (`李小明北京` → 3: `isGluedPlace`); all of anything it cannot
 * tell (`索朗琼达`: 琼达 is no place word).
 *
 * `filingPlaceLength` (lead.ts) asks the same of a lead's credit, and the two
 * are kept apart on purpose: this one reads one text piece that the credit's
 * grammar has already cut out (so a name is the whole head) and tests names
 * with `isPlausibleName`; that one reads the whole credit before 报道, role
 * words and separators included (so a name is the tail of the head,
 * `本报记者李小明北京`), with the stricter `isLikelySignatureName`. One of them
 * for both would change output: `记者 李小明 高明报道` reads as two names here
 * (李小明, 高明) and as a name and a place there.
 */
function nameBeforePlace(text: string): number {
  if (!isHan(text) || isPlausibleName(text)) return text.length;
  if (text.length <= 3) return 0;
  for (const placeLength of [2, 3]) {
    const head = text.slice(0, text.length - placeLength);
    const place = text.slice(-placeLength);
    if (head.length >= 2 && head.length <= 4 && isPlausibleName(head) && !isPlausibleName(place) && isGluedPlace(place)) return head.length;
  }
  return text.length;
}

const GAP_BEFORE = /[\s\/:|丨]*$/u;
const GAP_AFTER = /^[\s\/:|丨]*/u;
const POINTER = /[:|丨\/]/u;

/**
 * A marker piece. It opens the names after it (`文：陈大文　图：李小明`) when it
 * is a leading word (`作者`), or when a `:`, `|` or `/` follows it and no `/`
 * stands before it; otherwise, after names, it closes them (`周晓林／文`).
 */
function markerPiece(folded: string, marker: Marker, start: number, end: number): Piece {
  const before = GAP_BEFORE.exec(folded.slice(0, start))?.[0] ?? "";
  const after = GAP_AFTER.exec(folded.slice(end))?.[0] ?? "";
  const pointsOn = POINTER.test(after) && end + after.length < folded.length && !before.includes("/");
  return { kind: "marker", marker, start, end, opensNames: marker.leading === true || pointsOn };
}

/**
 * `文/图`, `图/文`, `文/摄`: a text marker and a picture marker joined by `/`
 * are one marker, saying the named both wrote and took the pictures
 * (`本报记者 王五 文/图`, `文/图 本报记者 王五`). Apart (`周晓林/文 吴雨/图`)
 * they stay two.
 */
function joinMarkerPairs(parts: Piece[], folded: string): Piece[] {
  const out: Piece[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (
      p.kind === "marker" &&
      prev?.kind === "marker" &&
      prev.marker.photo !== p.marker.photo &&
      prev.marker.leading !== true &&
      p.marker.leading !== true &&
      folded.slice(prev.end, p.start) === "/"
    ) {
      out[out.length - 1] = markerPiece(folded, { word: folded.slice(prev.start, p.end), photo: true }, prev.start, p.end);
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Every role word by its word (the first of `ROLE_WORDS` where two share one). */
const ROLE_BY_WORD: ReadonlyMap<string, RoleWord> = new Map([...ROLE_WORDS].reverse().map((r) => [r.word, r]));

/** Cuts the folded text into role words, text chunks and markers. */
function pieces(folded: string): Piece[] {
  const out: Piece[] = [];
  for (const [start, end] of tokens(folded)) {
    let at = start;
    ROLE_ALTERNATION.lastIndex = start;
    for (let m = ROLE_ALTERNATION.exec(folded); m !== null && m.index < end; m = ROLE_ALTERNATION.exec(folded)) {
      const core = ROLE_BY_WORD.get(m[0]);
      if (!core || m.index + m[0].length > end) break;
      if (m.index > at) addTextPieces(out, folded, at, m.index, true, at > start);
      out.push({ kind: "role", core, start: m.index, end: m.index + m[0].length, glued: m.index > at });
      at = m.index + m[0].length;
    }
    if (at < end) addTextPieces(out, folded, at, end, false, at > start);
  }
  return joinMarkerPairs(joinPaddedNames(out, folded), folded);
}

/** A piece of a run that may pad one name: its folded characters and where it stands. */
interface PadPiece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for a one-character marker (`文`, `图`), which may only be the middle of `贾 文 丽`. */
  readonly marker: boolean;
}

/**
 * `p` as a piece that may pad a name: one or two Han characters standing
 * apart, or a one-character marker (`贾 文 丽`: 文 is a name's character there).
 */
function padPiece(p: Piece | undefined): PadPiece | null {
  if (p?.kind === "text") {
    return !p.beforeRole && !p.afterRole && p.text.length <= 2 && isHan(p.text) ? { text: p.text, start: p.start, end: p.end, marker: false } : null;
  }
  if (p?.kind === "marker" && p.end - p.start === 1 && isHan(p.marker.word)) {
    return { text: p.marker.word, start: p.start, end: p.end, marker: true };
  }
  return null;
}

/** One white-space character: what parts the pieces of a padded name (`欧阳 明`, `贾　文　丽`). */
const ONE_SPACE = /^\s$/u;

/**
 * Joins into one text piece the pieces of a three-character name padded with
 * spaces (`欧阳 明`, `贾 文 丽`: `paddedNameLength`), so that the name reads as
 * written unpadded. A two-character name padded in two (`许 辛`) is left to
 * `parseCredit`, which reads it with the role word before it in view. A
 * one-character marker joins only as the middle of three (`贾 文 丽`):
 * last (`记者 王 芳 文`) it says the named wrote the text.
 */
function joinPaddedNames(parts: Piece[], folded: string): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as Piece;
    const run = padRunFrom(parts, folded, i);
    const take = run.length > 1 ? paddedNameLength(run.map((r) => r.text)) : 0;
    const name = run.slice(0, take);
    const last = name[name.length - 1];
    const three = name.reduce((n, r) => n + r.text.length, 0) === 3;
    if (take === 2 && surnamedMarkerHalf(out[out.length - 1], name)) {
      // `记者 文 迪`: 文 right after the role word is the first half of a padded name.
      out.push({ kind: "text", text: name[0]?.text ?? "", start: p.start, end: p.end, beforeRole: false, afterRole: false });
      out.push(parts[++i] as Piece);
      continue;
    }
    if (last === undefined || !three || name[0]?.marker === true || last.marker) {
      out.push(p);
      // `许 辛`: both halves go on as they are, and the next name is read after them.
      if (take === 2) out.push(parts[++i] as Piece);
      continue;
    }
    out.push({
      kind: "text",
      text: name.map((r) => r.text).join(""),
      start: p.start,
      end: last.end,
      beforeRole: false,
      afterRole: false,
      padded: name.map((r) => [r.start, r.end] as const),
    });
    i += take - 1;
  }
  return out;
}

/**
 * True when `name`, two single characters padding a name (`文 迪`), opens with
 * a one-character marker that is also a surname (文) standing right after a
 * role word (`before`) with names to come, or opening the credit (`before` is
 * none): `记者 文 迪 唐 悦 报道` credits 文迪, and so does a signature `□文　迪`,
 * since a marker opening names is joined to them by `/` or `:` (`文/王五`),
 * never by a lone space. Three single characters (`记者 文 王 芳`) stay as
 * they were: a marker then a padded name, or a padded three-character name,
 * cannot be told apart.
 */
function surnamedMarkerHalf(before: Piece | undefined, name: readonly PadPiece[]): boolean {
  const [first, second] = name;
  return (before === undefined || before.kind === "role") && first?.marker === true && second?.marker === false && second.text.length === 1 && surnameOf(first.text) !== null;
}

/** The pieces from `parts[i]` on that may pad one name: short Han pieces, one space apart. */
function padRunFrom(parts: readonly Piece[], folded: string, i: number): PadPiece[] {
  const run: PadPiece[] = [];
  for (let k = i; k < parts.length && run.length < MAX_PADDED_RUN; k++) {
    const p = padPiece(parts[k]);
    if (p === null) break;
    const prev = run[run.length - 1];
    if (prev !== undefined && !ONE_SPACE.test(folded.slice(prev.end, p.start))) break;
    run.push(p);
  }
  // A marker closing the run (`欧阳 明 摄`) closes the names: it is no part of one.
  while (run[run.length - 1]?.marker === true) run.pop();
  return run;
}

/** The first half of a padded name (`许 辛`), and whether it stood right after a role word. */
interface PaddedHalf {
  start: number;
  end: number;
  afterRole: boolean;
}

interface RoleState {
  role: BylineRole;
  label: string;
  names: number;
  /** A marker stood just before the label (`图/本报记者 陈梅`): what it says of the names. */
  marked: { photo: boolean } | null;
  /**
   * True for the names a writer's unit labels (`第77集团军某旅　王　帅`): no
   * role word says a name follows, so names are tested as bare names are.
   */
  unit?: boolean;
  /** True under a label the tables do not know (`学生记者`: `isOpenLabel`): its names must read as likely names. */
  open?: boolean;
}

interface LeadMarker {
  labelStart: number;
  labelEnd: number;
  photo: boolean;
  /** Set when the marker says its names reported the story (`报道：林慧敏`, `Marker.reports`). */
  reports?: true;
}

/** How `parseCredit` reads a credit. */
export interface CreditOptions {
  /**
   * Keep the names that pass when a word in a role's name slot fails the
   * name tests: for a credit whose place already says it is one (a bracket
   * after a dateline, `本报讯（记者 韩冰 通讯员 市气象台）`; a bracket closing a
   * paragraph; a credit set off by spaces after a dateline). The word that
   * fails (`市气象台`) is left out of the bylines, since nothing says it names
   * a person, but the credit stands. Only a word standing apart, under a role
   * word with no marker opening it, is left out so, and only while at least
   * as many names pass: a label, a word before a colon, or a word glued to a
   * role word still makes the text no credit.
   */
  keepPassing?: boolean;
  /**
   * Let a short word that the tables do not know label the role word glued
   * after it (`学生记者　王雨桐`, `融媒体中心记者　李然`, `小记者 陈晨`): for a
   * line that is the credit whole (`parseCreditLine`), where nothing else
   * stands around it. See `isOpenLabel`; the names under such a label must
   * read as likely names.
   */
  openLabels?: boolean;
  /**
   * The credit stands whole in brackets (`（记者 阿依努尔）`, `（记者 买买提江、王小东明）`):
   * an item set apart under a role word is a name of two to eight Han
   * characters whatever its surname (`isSlotName`: `乌日汗其其格`), and a
   * four-character one is not cut in two.
   */
  bracketed?: boolean;
  /**
   * The credit's text ends where its place says the credit ends: before the
   * 报道 of a lead (`记者索朗琼达报道：`), read without it. A name glued to its
   * role word then runs to that end (`closesGluedName`), as it does in a
   * bracket.
   */
  closed?: boolean;
}

/** An unknown label before a role word: one to six Han characters (`学生`, `小`, `融媒体中心`, `县融媒体中心`). */
const OPEN_LABEL = /^\p{Script=Han}{1,6}$/u;
/**
 * An unknown label naming a medium in digits or Latin letters, then Han
 * words or nothing: a number (`21世纪财经`, `第1财经`, `36氪`) or a Latin
 * name (`CCTV`, `CGTN`, `IT时代`) opens it.
 */
const MIXED_LABEL = /^(?:第?\d{1,3}\p{Script=Han}{1,6}|[A-Za-z]{2,6}\p{Script=Han}{0,6})$/u;
/**
 * A number that counts or dates, not one that names a medium: a measure
 * word or a unit of time after it (`20余名`, `3位`, `2024年`, `10月`, `30天`).
 */
const COUNTED_NUMBER = /^第?\d+[余多名位批个人家年月日号时天周岁届次期]/u;
/**
 * What opens no label but a phrase of a sentence or a list: a verb taking
 * the role as its object (`当好通讯员`, `成为记者`, `跟随记者`, `请记者`), a
 * praise or rank of a list of awards (`优秀通讯员`, `十佳记者`, `最美记者`),
 * a count or a crowd (`三名记者`, `多位记者`, `各地记者`, `众多记者`).
 */
const NOT_OPEN_LABEL = /^(?:当|做|作|成为|担任|身为|争当|派|请|让|给|向|跟|随|陪|带|找|问|对|优秀|十佳|最美|先进|模范|金牌|明星|年度|各|众多|诸多|广大|部分|一批|一群)|[\d一二两三四五六七八九十百千万几数多][名位批个]/u;

/**
 * True when `s` (folded), glued before a role word at the start of a credit
 * or of a later part of one, may be a label the tables do not know
 * (`学生`, `校园`, `融媒体中心`): short, Han only, no function word, no verb
 * or praise before the role (`NOT_OPEN_LABEL`), and not an outlet name's bare
 * ending (`新闻记者`: `新闻` names no outlet).
 */
function isOpenLabel(s: string): boolean {
  const shaped = OPEN_LABEL.test(s) || (MIXED_LABEL.test(s) && !COUNTED_NUMBER.test(s));
  return shaped && !FUNCTION_CHAR.test(s) && !NOT_OPEN_LABEL.test(s) && !OUTLET_SUFFIXES.includes(s);
}

/**
 * The role words an unknown label may stand before: a newsroom's reporters,
 * correspondents and interns (`学生记者`, `学生通讯员`, `学生实习生`). A
 * special envoy or a commentator is a paper's own title (`本报特派员`,
 * `本报评论员`); before them an unknown word is no paper's (`市民特派员`).
 */
const OPEN_ROLES: ReadonlySet<string> = new Set(["记者", "通讯员", "实习生"]);

/** True when `s` (folded), glued before the role word `next`, is a label the tables do not know (`isOpenLabel`, `OPEN_ROLES`). */
function opensOpenLabel(s: string, next: Piece | undefined): boolean {
  return next?.kind === "role" && OPEN_ROLES.has(next.core.word) && isOpenLabel(s);
}

/** A pen name: two to four Han characters (`青衫客`, `山野`, `老街坊`). */
const PEN_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * True where a pen name may stand: right after a marker of writing that opens
 * the credit (`文/`, `作者：`, `撰文：`; no role word, no picture marker), as
 * its only name and its last word. Elsewhere a name must pass as a
 * person's (`isPlausibleName`).
 */
function isPenNameSlot(current: RoleState | null, lead: LeadMarker | null, named: number, next: Piece | undefined): boolean {
  return current === null && lead !== null && !lead.photo && lead.labelStart === 0 && named === 0 && next === undefined;
}

/**
 * Where the writer's unit that a text piece opens ends, when the piece is a
 * unit standing apart before names (`第77集团军某旅　王　帅`: the piece's end,
 * with a text piece next) or a unit with one name glued after it
 * (`第77集团军某旅王帅`, `国网某某供电公司马晓东`: where the name starts); 0
 * otherwise. A unit glued to a role word (`某旅记者`) or a sentence
 * (`第77集团军某旅雪域练兵`: 练兵 after no unit's end) is none.
 */
function unitLabelEnd(p: Extract<Piece, { kind: "text" }>, next: Piece | undefined): number {
  if (p.beforeRole || p.afterRole) return 0;
  if (isUnitName(p.text)) return next?.kind === "text" ? p.end : 0;
  // The name is the last two or three characters: `某旅王帅`, `某部王小明`.
  for (const size of [3, 2]) {
    const cut = p.text.length - size;
    if (cut >= 2 && isPlausibleName(p.text.slice(cut)) && isUnitName(p.text.slice(0, cut))) return p.start + cut;
  }
  return 0;
}

/**
 * True when `p` is one name glued right after its role word and standing
 * whole up to the credit's next part (a separator, a bracket's end, 报道, the
 * next role word): `（记者王为民）`, `记者张惠民报道`, `（记者刘利民、李四）`. A
 * whole credit leaves that slot nothing but a name, so a surname and one or
 * two characters are one whatever those characters mean (为民, 惠民, 安全), as
 * for a name standing apart after its role word (`isNameAfterRole`); only a
 * two-character everyday word (`记者周末`) or a label word is refused. A
 * sentence after a role word (`记者为民办实事`) is no name: no surname opens
 * it, or it is too long for one.
 */
function isGluedFirstName(p: Extract<Piece, { kind: "text" }>, current: RoleState | null): boolean {
  return p.afterRole && current !== null && current.names === 0 && isNameAfterRole(p.text) && !isLabelWord(p.text);
}

/** True where a bracketed credit's role word opens a slot for names (`CreditOptions.bracketed`): under a role, no unit or open label, no marker opening. */
function inBracketNameSlot(current: RoleState | null, lead: LeadMarker | null): boolean {
  return current !== null && current.unit !== true && current.open !== true && lead === null;
}

/** True when five or more characters read as plausible names glued (`王芳李小明`, `王小明李小红`): those are cut, not taken whole. */
function isGluedNames(s: string): boolean {
  if (s.length < 5) return false;
  const names = cutNameRun(s);
  return names !== null && names.length > 1 && names.every((n) => isPlausibleName(n));
}

/** The shortest name apart in a role's slot that `isSlotNameApart` reads: shorter ones are `acceptsAfterRole`'s. */
const MIN_LONG_NAME = 4;

/**
 * True when `p`, standing apart right in a role word's slot (`本报记者 索朗琼达`,
 * `通讯员 乌日汗其其格`, `记者 扎西 次仁卓玛`), is a name that no surname opens
 * or that is longer than a Han name: a transliterated Tibetan, Mongolian or
 * Uyghur name, taken whole (`isSlotName`). Asked after the surname-led tests
 * and the cut into glued Han names (`王芳李明`), so it only takes what they leave.
 * Two or three characters apart are `acceptsAfterRole`'s to judge.
 */
function isSlotNameApart(p: Extract<Piece, { kind: "text" }>, current: RoleState | null, lead: LeadMarker | null): boolean {
  return p.text.length >= MIN_LONG_NAME && !p.afterRole && !p.beforeRole && inBracketNameSlot(current, lead) && isSlotName(p.text) && !isLabelWord(p.text);
}

/**
 * What ends a name glued to its role word so that the whole run up to it is
 * the name (`记者索朗琼达报道`, `全媒体记者周文强、实习生黄嘉怡报道`,
 * `记者次仁卓玛摄`, `记者索朗琼达 通讯员…`): 报道 or a picture marker right after
 * it, a `、` listing the next name, a role word standing apart after it, or
 * the end of a credit whose end is certain (`closedEnd`: a bracket's close,
 * the 报道 a lead's credit was read up to, `CreditOptions.closed`).
 * A sentence after a role word (`记者实地走访`, `记者从市商务局获悉`) has none of
 * these, or holds words no name does (`isSlotName`).
 */
function closesGluedName(folded: string, p: Extract<Piece, { kind: "text" }>, next: Piece | undefined, closedEnd: boolean): boolean {
  if (next === undefined) return closedEnd && p.end === folded.length;
  if (next.kind === "marker") return next.start === p.end && (next.marker.reports === true || next.marker.photo);
  if (folded.charAt(p.end) === "、") return true;
  return next.kind === "role" && !next.glued && next.start > p.end;
}

/**
 * True when `p`, glued right after its role word, is a name that no surname
 * opens (`记者索朗琼达报道`, `通讯员穗商宣报道`): a slot name (`isSlotName`) whose
 * end a credit's part marks (`closesGluedName`).
 */
function isGluedSlotName(folded: string, p: Extract<Piece, { kind: "text" }>, current: RoleState | null, next: Piece | undefined, closedEnd: boolean): boolean {
  if (!p.afterRole || p.beforeRole || current === null || current.names > 0 || current.unit === true || current.open === true) return false;
  return isSlotName(p.text) && !isLabelWord(p.text) && !isGluedNames(p.text) && closesGluedName(folded, p, next, closedEnd);
}

/** The picture markers that say a person made the picture (`摄`, `摄影`): no organisation takes a photograph. */
const TAKEN_BY = /^(?:摄|摄影|摄影报道|文并摄|绘|漫画)$/u;

/** How an organisation credited for a picture ends: `市文旅局`, `某某中心`, `新华社`, `受访者`, `主办方`. */
const ORGANISATION = new RegExp(`(?:${BODY_ENDS}|委|部|办|院|所|社|网|台|馆|站|队|会|行|处|署|政府|机构|企业|方|者)$`, "u");

/**
 * True when `p`, followed by a marker of a picture provided (`供图`, not `摄`),
 * is an organisation of three characters or more (`受访者`, `市文旅局`,
 * `主办方`): a two-character chunk may be a person's name ending like one (张方).
 */
function providesPicture(p: Extract<Piece, { kind: "text" }>, next: Piece | undefined): boolean {
  return next?.kind === "marker" && next.marker.photo && !TAKEN_BY.test(next.marker.word) && p.text.length >= 3 && p.text.length <= 12 && isHan(p.text) && ORGANISATION.test(p.text);
}

/**
 * True when `p`, with no role word before it and a marker of a picture a
 * person made after it (`索朗琼达 摄`, `乌日汗其其格摄`), is that person's name:
 * a slot name (`isSlotName`) that does not end like an organisation
 * (`ORGANISATION`). An organisation credited for a picture (`企业供图`,
 * `受访者供图`) is a `source`; a person is an `author`.
 */
function isPhotographer(p: Extract<Piece, { kind: "text" }>, next: Piece | undefined): boolean {
  return next?.kind === "marker" && TAKEN_BY.test(next.marker.word) && isSlotName(p.text) && !ORGANISATION.test(p.text) && !isOutletName(p.text);
}

/**
 * Reads `text` as one whole credit. Returns null when any part of it is not
 * a label, a role word, a name or a marker (but see `CreditOptions.keepPassing`).
 */
export function parseCredit(text: string, options: CreditOptions = {}): CreditParse | null {
  const folded = normaliseString(text);
  if (!CREDIT_TEXT.test(folded)) return null;
  const reported = REPORTED_FROM.exec(folded);
  if (reported) {
    // `記者王小明、李大華／台北報導`, or names alone (`張穎齊／台北報導`).
    const head = parseCredit(text.slice(0, reported.index), options);
    if (!head) return null;
    const bylines = head.hasRole ? head.bylines : reportersOnly(head);
    if (bylines === null) return null;
    return { ...head, bylines, hasMarker: true, endsWithPhotoMarker: false, explicit: bylines.map(() => true) };
  }
  const filed = FILED_FROM.exec(folded);
  const place = filed?.groups?.place;
  if (filed && place !== undefined && filed.index > 0 && isFilingPlace(place)) {
    // `本报特派记者　李刚　发自东京`: the credit before the place, which must name a role.
    const head = parseCredit(text.slice(0, filed.index), options);
    return head?.hasRole === true ? head : null;
  }
  const parts = pieces(folded);
  if (parts.length === 0) return null;

  const bylines: Byline[] = [];
  const explicit: boolean[] = [];
  let latin = false;
  let current: RoleState | null = null;
  let labelStart: number | null = null;
  /** Set while `labelStart` holds a label the tables do not know (`isOpenLabel`). */
  let openLabel = false;
  let lead: LeadMarker | null = null;
  let scopeStart = 0;
  /** The first half of a padded name (`许 辛`), and whether it stood right after a role word. */
  let pendingSingle: PaddedHalf | null = null;
  let hasRole = false;
  let hasMarker = false;
  let endsWithPhotoMarker = false;
  /** Words left out of a role's names under `keepPassing`. */
  let skipped = 0;
  /** Of the words `skipped`, those that name an office under 通讯员 (`isOfficeName`). */
  let offices = 0;
  /** Set when the two halves of a padded name (`的 了`) read as no name together. */
  let brokenPair = false;
  /** How many writers' units label names (`第77集团军某旅　王帅`): a credit holding one needs a role word too. */
  let units = 0;

  const add = (name: string, source: boolean): void => {
    const role: BylineRole = current ? current.role : source ? "source" : lead?.reports === true ? "reporter" : "author";
    const label = current ? current.label : lead ? text.slice(lead.labelStart, lead.labelEnd) : null;
    const marked = lead ?? current?.marked ?? null;
    bylines.push({ name, role, label, photo: marked?.photo ?? false });
    explicit.push(marked !== null);
    if (current) current.names++;
  };

  /** Adds the names in one text chunk; false when the chunk is not names. */
  const addNames = (p: Extract<Piece, { kind: "text" }>, next: Piece | undefined): boolean => {
    const written = p.padded === undefined ? text.slice(p.start, p.end) : p.padded.map(([a, b]) => text.slice(a, b)).join("");
    // `编辑：施雯 版式：戴维`: a word before a colon labels what follows; it names no one.
    if (colonFollows(folded, p.end) || isLabelWord(p.text)) return false;
    if (p.text.length === 1) {
      // `许 辛`: a padded two-character name, typeset in two halves.
      const half = pendingSingle;
      if (half) {
        pendingSingle = null;
        // Only spaces pad a name; `张：华` or `张/华` are two parts, not one name.
        if (!PADDING.test(folded.slice(half.end, p.start))) return false;
        if (!isHan(p.text) || !isPaddedName(folded.slice(half.start, half.end) + p.text, half.afterRole)) {
          brokenPair = isHan(p.text);
          return false;
        }
        add(text.slice(half.start, half.end) + written, false);
        return true;
      }
      // `通讯员 气 宣`: right after a role word the first half need not be a surname.
      const afterRole = current !== null && current.unit !== true && current.open !== true && current.names === 0 && lead === null;
      // Under `keepPassing`, `记者 韩 冰 气 宣` holds the pair, to be left out whole when it is no name.
      const held = options.keepPassing === true && current !== null && current.unit !== true && lead === null;
      if (!isHan(p.text) || (!afterRole && !held && surnameOf(p.text) === null)) return false;
      pendingSingle = { start: p.start, end: p.end, afterRole };
      return true;
    }
    if (pendingSingle) return false;
    // `记者 郑一鸣 文　受访者供图`: an organisation that provided the picture, after the names of a
    // role, is the picture's source, not one more name of that role (a person takes a picture: 摄).
    if (current && current.names > 0 && providesPicture(p, next)) {
      bylines.push({ name: written, role: "source", label: null, photo: true });
      explicit.push(true);
      return true;
    }
    const photoNext = next?.kind === "marker" && next.marker.photo;
    // An outlet's name stands for itself: alone (`新华社 发`), or after a part
    // that a marker closed (`新华社记者 李想 摄 新华社发`), never under the role before.
    const closed = current !== null && current.names > 0 && bylines.length === scopeStart;
    if ((!current || closed) && isOutletName(p.text)) {
      current = null;
      add(written, true);
      return true;
    }
    // `阿依努尔·艾尼瓦尔`, `艾力.吐尔洪`: a name whose parts a dot (or what stands for one) sets apart.
    if (isDottedName(p.text) && !isLabelPrefix(p.text)) {
      add(written, false);
      return true;
    }
    // `Tom Smith 摄`, `图/Reuters`: held up only by a marker (checked at the end).
    if (isLatinName(p.text)) {
      latin = true;
      add(written, !current && LATIN_AGENCIES.has(p.text.toLowerCase()));
      return true;
    }
    const glued = p.afterRole || p.beforeRole;
    // `通讯员 市交建宣`, `通讯员 县委宣传部`: an office's pen-name stands as one name.
    if (!glued && current?.role === "correspondent" && isOfficePenName(p.text)) {
      add(written, false);
      return true;
    }
    if (!glued && isHan(p.text) && p.text.length <= 4 && (current && current.unit !== true && current.open !== true ? acceptsAfterRole(p.text) : isPlausibleName(p.text))) {
      add(written, false);
      return true;
    }
    // `（记者 阿依努尔）`, `（记者 买买提江、王小东明）`: in a bracket, an item apart under its role word is a name.
    if (!glued && options.bracketed === true && inBracketNameSlot(current, lead) && isSlotName(p.text) && !isLabelWord(p.text) && !isGluedNames(p.text)) {
      add(written, false);
      return true;
    }
    // `文/青衫客`, `作者：青衫客`: a marker that says its name wrote the text, then one word and the end.
    // Essays, travel notes and readers' pieces are signed with pen names (笔名), which need no surname.
    if (!glued && isPenNameSlot(current, lead, bylines.length, next) && PEN_NAME.test(p.text)) {
      add(written, false);
      return true;
    }
    if (isGluedFirstName(p, current)) {
      add(written, false);
      return true;
    }
    const names = cutNameRun(p.text);
    if (names !== null && names.every((n) => isPlausibleName(n) && !isLabelWord(n))) {
      let at = 0;
      for (const n of names) {
        add(written.slice(at, at + n.length), false);
        at += n.length;
      }
      return true;
    }
    // `本报记者 索朗琼达`, `记者索朗琼达报道`: what the surname tests and cuts leave in a role's slot.
    if (isSlotNameApart(p, current, lead) || isGluedSlotName(folded, p, current, next, options.bracketed === true || options.closed === true)) {
      add(written, false);
      return true;
    }
    // `索朗琼达 摄`: a person took the picture.
    if (!current && lead === null && isPhotographer(p, next)) {
      add(written, false);
      return true;
    }
    // An organisation's picture credit: `企业供图`, `受访者供图`, `株洲市公安局供图`.
    if (!current && photoNext && isHan(p.text) && p.text.length <= 12) {
      add(written, true);
      return true;
    }
    return false;
  };

  /**
   * True when the one-character marker `p` (`文`) stands one padding apart
   * after the lone first half `half` of a padded name and the two read as a
   * name (`记者 郝 文` is 郝文: a lone 郝 names no one, so 文 cannot say what
   * it did).
   */
  const closesPaddedName = (p: Extract<Piece, { kind: "marker" }>, half: PaddedHalf): boolean =>
    p.end - p.start === 1 && isHan(p.marker.word) && PADDING.test(folded.slice(half.end, p.start)) && isPaddedName(folded.slice(half.start, half.end) + p.marker.word, half.afterRole);

  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === undefined) break;
    const next = parts[i + 1];
    endsWithPhotoMarker = false;
    if (p.kind === "role") {
      if (pendingSingle) return null;
      if (current && current.names === 0) return null;
      if (isTrailingVerb(p, next, current)) {
        // `本报记者 王五 编译`: 编译 closing the names says what they did, like 报道.
        hasMarker = true;
        for (let k = scopeStart; k < bylines.length; k++) explicit[k] = true;
        scopeStart = bylines.length;
        continue;
      }
      const start = labelStart ?? p.start;
      const modifier = folded.slice(start, p.start);
      // `图/本报记者 陈梅`: a marker before the label still says what the names did.
      const marked = lead !== null && bylines.length === scopeStart ? { photo: lead.photo } : null;
      current = { role: roleOf(p.core, modifier), label: text.slice(start, p.end), names: 0, marked, open: openLabel };
      labelStart = null;
      openLabel = false;
      lead = null;
      scopeStart = bylines.length;
      hasRole = true;
      continue;
    }
    if (p.kind === "marker") {
      // Read through the declared type: `addNames` sets `pendingSingle`, which the narrowing here does not see.
      const half = pendingSingle as PaddedHalf | null;
      if (half !== null && closesPaddedName(p, half)) {
        // `记者 郝 文`: a one-character marker after a lone first half is the name's second half.
        add(text.slice(half.start, half.end) + text.slice(p.start, p.end), false);
        pendingSingle = null;
        continue;
      }
      if (pendingSingle || (p.marker.needsRole === true && !hasRole)) return null;
      hasMarker = true;
      if (bylines.length > scopeStart && !p.opensNames && !opensFollowing(folded, p, next, parts[i + 2])) {
        // A marker after names covers every name since the last marker: `通讯员/曲宏 易溪 摄`.
        for (let k = scopeStart; k < bylines.length; k++) {
          if (p.marker.photo) (bylines[k] as Byline).photo = true;
          if (p.marker.reports === true) asReporter(bylines[k] as Byline);
          explicit[k] = true;
        }
        scopeStart = bylines.length;
        lead = null;
        endsWithPhotoMarker = p.marker.photo;
      } else {
        // A marker before names: `文/图 王五`, `图/新华社`, `示意图:潘越`; after
        // names it starts a new part (`文：陈大文　图：李小明`) and ends the role's reach.
        if (bylines.length > scopeStart) {
          current = null;
          lead = null;
        }
        lead = lead
          ? { labelStart: lead.labelStart, labelEnd: p.end, photo: lead.photo || p.marker.photo }
          : { labelStart: p.start, labelEnd: p.end, photo: p.marker.photo };
        if (p.marker.reports === true) lead.reports = true;
        scopeStart = bylines.length;
      }
      continue;
    }
    // A text chunk glued before a role word: its label prefix, or the last names of the role before.
    if (p.beforeRole) {
      const namesOwed = current !== null && current.names === 0;
      // `本报柔佛特派员`: a correspondent's label with the place he is posted to.
      const posted = !namesOwed && next?.kind === "role" && isPostedLabel(p.text, next.core.word);
      if (isModifierRun(p.text) || (!namesOwed && isLabelPrefix(p.text)) || posted) {
        labelStart = p.start;
        continue;
      }
      if (current && addNames(p, next)) continue;
      // `学生记者`, `校报记者 王五 学生通讯员 许诺`: a word the tables do not know, opening its token.
      if (options.openLabels !== true || namesOwed || p.afterRole || pendingSingle || !opensOpenLabel(p.text, next)) return null;
      labelStart = p.start;
      openLabel = true;
      continue;
    }
    // A separate chunk right before a role word that starts its token: `株洲晚报 记者`.
    if (next?.kind === "role" && !next.glued && isLabelPrefix(p.text) && !(current && current.names === 0)) {
      labelStart = p.start;
      continue;
    }
    brokenPair = false;
    if (addNames(p, next)) continue;
    // `第77集团军某旅　王　帅`, `第77集团军某旅王帅`: a writer's unit labels the names after it.
    const unitEnd: number = current !== null && current.names === 0 ? 0 : unitLabelEnd(p, next);
    if (unitEnd > 0 && lead === null && pendingSingle === null) {
      current = { role: "author", label: text.slice(p.start, unitEnd), names: 0, marked: null, unit: true };
      labelStart = null;
      scopeStart = bylines.length;
      units++;
      if (unitEnd < p.end) add(text.slice(unitEnd, p.end), false);
      continue;
    }
    // `本报讯（记者 韩冰 通讯员 市气象台）`: the word that is no name is left out, the credit kept.
    const word = (brokenPair || p.text.length >= 2) && isSkippableWord(folded, p, current !== null && current.names === 0);
    if (options.keepPassing !== true || current === null || current.unit === true || lead !== null || pendingSingle || !word) return null;
    current.names++;
    skipped++;
    if (current.role === "correspondent" && isOfficeName(p.text)) offices++;
  }
  // An office sending its correspondents' copy (`（通讯员 市城乡建设局）`) names no one, and needs no name beside it.
  if (skipped - offices > bylines.length) return null;
  if (pendingSingle || labelStart !== null) return null;
  if (lead !== null && bylines.length === scopeStart) return null;
  if (current && current.names === 0) return null;
  if (bylines.length === 0 && offices === 0) return null;
  // `第77集团军某旅　王帅` alone is a line of a list as often as a credit: a role word says it is one.
  if (units > 0 && !hasRole) return null;
  if (latin && !hasMarker) return null;
  return { bylines, hasRole, hasMarker, endsWithPhotoMarker, explicit };
}

/**
 * The bylines of `credit` read as a whole credit line's are: when it ends in
 * a picture marker (`记者 王五 通讯员 李四 文/图`, `…摄`), the marker covers
 * every name of the credit, as a picture marker closing a block of credit
 * lines does (`parseCreditBlock`), except a name whose own marker says what
 * it did (`记者 张三／文 通讯员 李四 摄`: 张三 wrote). Without such an ending,
 * the bylines as read.
 */
export function closingPictureCoversAll(credit: CreditParse): Byline[] {
  if (!credit.endsWithPhotoMarker) return credit.bylines;
  return credit.bylines.map((b, k) => (b.photo || credit.explicit[k] === true ? b : { ...b, photo: true }));
}

/**
 * True when a text piece that failed the name tests may be left out of a
 * credit read with `keepPassing`: a word of Han characters standing apart
 * (not glued to a role word), at most four long, that is not a label word and
 * has no colon after it (`编辑：…` labels what follows). Right after its role
 * word (`firstAfterRole`) the word may be as long as an office's name
 * (`通讯员 市城乡建设局`): one word the credit cannot read must not undo the
 * names around it. The caller asks it of words of two or more characters, and
 * of the second half of a padded pair that read as no name (`的 了`); a lone
 * character is never left out.
 */
function isSkippableWord(folded: string, p: Extract<Piece, { kind: "text" }>, firstAfterRole: boolean): boolean {
  const longest = firstAfterRole ? MAX_OFFICE_WORD : 4;
  return !p.beforeRole && !p.afterRole && p.text.length <= longest && isHan(p.text) && !isLabelWord(p.text) && !colonFollows(folded, p.end);
}

/** The longest office's name standing right after a role word that a credit may leave out: `市城乡建设局`, `区综合行政执法局`. */
const MAX_OFFICE_WORD = 10;

/** `编译` at the end of a credit, after names: a verb (compiled), not a role word opening names. */
function isTrailingVerb(p: Extract<Piece, { kind: "role" }>, next: Piece | undefined, current: RoleState | null): boolean {
  return next === undefined && p.core.word === "编译" && current !== null && current.names > 0;
}

/**
 * True when a picture marker standing apart between names opens the names
 * after it rather than closing those before it: `记者 张三 摄影 李四` credits
 * 李四 with the pictures. A marker that closes the names after it
 * (`李想 摄 新华社发`) or stands last (`通讯员/曲宏 易溪 摄`) closes instead.
 */
function opensFollowing(folded: string, p: Extract<Piece, { kind: "marker" }>, next: Piece | undefined, afterNext: Piece | undefined): boolean {
  if (!p.marker.photo || next?.kind !== "text" || afterNext?.kind === "marker") return false;
  return folded.charAt(p.start - 1) === " " && folded.charAt(p.end) === " ";
}

/** True when a colon follows offset `at` of `folded`, after any spaces. */
function colonFollows(folded: string, at: number): boolean {
  let k = at;
  while (folded.charAt(k) === " ") k++;
  return folded.charAt(k) === ":";
}

/**
 * Makes a bare name that 报道 closes (`林慧敏报道`, `（林慧敏 报道）`) a
 * reporter: it names who reported the story, as 记者 would. A name under a
 * role word keeps its role, an outlet (`新华社报道`) stays a source, and a
 * name under a writer's unit (`某旅赵强、特约记者孙立峰报道`) stays as labelled.
 */
function asReporter(byline: Byline): void {
  if (byline.role === "author" && byline.label === null) byline.role = "reporter";
}

/**
 * The names of a credit with no role word that closes on a place and 报导
 * (`張穎齊／台北報導`, `邱琮皓、李俊毅／台北報導`): the people who reported it,
 * so `reporter`, with no label (no label word stands before the names).
 * Null unless every entry is a personal name.
 */
function reportersOnly(head: CreditParse): Byline[] | null {
  if (head.hasMarker) return null;
  const people = head.bylines.every((b) => b.role === "author" && isLikelySignatureName(normaliseString(b.name)));
  return people ? head.bylines.map((b) => ({ ...b, role: "reporter" as const })) : null;
}

/**
 * True when `name` (folded), typeset in two padded halves (`许 辛`, `气 宣`),
 * is a name. Right after a role word it is one on the terms of an unpadded
 * name there (`acceptsAfterRole`): the role word is the evidence, so the first
 * half need not be a surname; `通讯员 气 宣` is the pseudonym 气宣 as
 * `通讯员 气宣` is. Elsewhere (`张三 许 辛`, bare `许 辛`) a surname must open it.
 */
function isPaddedName(name: string, afterRole: boolean): boolean {
  if (surnameOf(name) !== null) return true;
  return afterRole && acceptsAfterRole(name);
}

/**
 * The pen-name an office signs its press releases with: a short place or
 * body and a word for its press work, `市交建宣` (…宣), `县委宣传部`,
 * `区宣传科`, `市河长办` (…办). Offices send correspondents' copy under
 * such names, so after 通讯员 they name the correspondent as a person's name
 * does. What stands before the ending holds no function word (`举办`, `对外宣`
 * are words of a sentence, not a name), and the ending needs a name before it.
 */
const OFFICE_PEN_NAME = /^\p{Script=Han}{1,6}?(?:宣传[部科处办]|宣传中心|宣|办)$/u;

/** True when `s` (folded) is an office's pen-name after 通讯员: `市交建宣`, `县委宣传部`, `区文明办`. */
function isOfficePenName(s: string): boolean {
  if (s.length < 2 || s.length > 8 || !OFFICE_PEN_NAME.test(s)) return false;
  const head = s.slice(0, s.length - (s.endsWith("宣传中心") ? 4 : /宣传.$/u.test(s) ? 3 : 1));
  return head.length > 0 && !FUNCTION_CHAR.test(head) && !isLabelWord(s);
}

/**
 * The name of an office or body, by the word its name ends on: `市城乡建设局`,
 * `区综合行政执法局`, `市气象台`, `县融媒体中心`, `市第一人民医院`. After 通讯员
 * it stands where a correspondent's name would: the office sent the copy,
 * and no person is named (records.md bylines are people).
 */
const OFFICE_NAME = /^\p{Script=Han}{2,12}(?:局|厅|署|委员会|委|办公室|中心|台|站|所|院|队|处|科|公司|集团)$/u;

/** True when `s` (folded) names an office (`OFFICE_NAME`) and holds no function word. */
function isOfficeName(s: string): boolean {
  return OFFICE_NAME.test(s) && !FUNCTION_CHAR.test(s);
}

/** Function words and particles: characters that names do not use. */
const FUNCTION_CHAR = /[的了是在不这那们从对向把被将和与及或就都也已于为之]/u;

/**
 * After a role word a separate token of two to four Han characters is a name
 * unless it is plainly not one: a label word (`美编`), or, when it does not
 * open with a surname, a token holding a character names do not use.
 */
function acceptsAfterRole(s: string): boolean {
  if (isLabelWord(s)) return false;
  // `记者 胡为民`, `本报记者 王和平`: a surname first, any characters after it.
  if (isNameAfterRole(s)) return true;
  return s.length <= 3 && !FUNCTION_CHAR.test(s);
}
