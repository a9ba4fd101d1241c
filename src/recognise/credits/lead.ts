/**
 * The opening of an article's first paragraph: a dateline and/or the credit
 * that follows it, before the body text starts.
 *
 *   株洲日报讯(全媒体记者/言静) “刚刚…
 *   东海在线宁波6月3日讯（记者 林可 通讯员 方正）昨天…
 *   本报上海２月１４日讯新华社记者周立、本报记者蒋文报道：…
 *   新华社长沙3月15日电  （记者郑飞、蒋雷）…
 *   〔記者王小明／台北報導〕台北市政府…   (Taiwan: a credit, no dateline)
 *   【大公報訊】記者陳大文報道：…         (Hong Kong)
 *   本报讯 记者 张三 通讯员 李四 昨天，… (a credit set off by spaces only)
 *   新华社乌鲁木齐5月11日电　题：…       (a feature: its title restated, no body)
 *
 * `findLead` also finds one glued after a headline on the same line, as web
 * crawls print them: `12岁少年拾金不昧…江苏在线南京9月27日讯(首席记者 …)`.
 */
import { normaliseString } from "../../normalise/normalise.js";
import { TEXT_AND_PICTURE_MARK } from "../../text/captions.js";
import type { Byline, Dateline } from "../../schema.js";
import { closingPictureCoversAll, isFilingPlace, parseCredit, type CreditOptions } from "./credit.js";
import { matchFoldedDateline } from "./dateline.js";
import { isDottedName, isEverydayWord, isHan, isLikelySignatureName, isNameAfterRole, isPlausibleName, isSlotName, MAX_PADDED_RUN, paddedNameLength, surnameOf } from "./names.js";
import { isGluedPlace } from "./places.js";
import { isLabelPrefix, isLabelWord, isPostedLabel, OUTLET_PREFIXES, ROLE_WORDS } from "./roles.js";

/** What `matchLead` found at the start of a paragraph. */
export interface LeadMatch {
  dateline: Dateline | null;
  bylines: Byline[];
  /** UTF-16 offset in the paragraph where the body starts (after the credit and following spaces). */
  bodyStart: number;
}

/** The longest credit in brackets we accept: longer brackets are body text. */
const MAX_BRACKETED = 80;
/** An unbracketed credit ends in 报道/報導 (`记者周立报道：`); it may not cross a sentence. */
const REPORTED = /^(?<credit>[^。！？!?“”"()]{2,60}?)(?<verb>报道|报导)[ \t]*[:,，]?/u;
/** Brackets around a lead credit: `(`, `【`, `〔`, `[` (folded from `（`, `［`). */
const CLOSING: Readonly<Record<string, string>> = { "(": ")", "【": "】", "〔": "〕", "[": "]" };

function skipSpaces(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && /\s/u.test(folded.charAt(i))) i++;
  return i;
}

interface CreditAt {
  bylines: Byline[];
  end: number;
}

const KEEP_PASSING: CreditOptions = { keepPassing: true };
/** A credit read up to the 报道 after it: its end is the end of its last name (`CreditOptions.closed`). */
const CLOSED: CreditOptions = { closed: true };
/** A credit in brackets at a paragraph's head: names apart under a role word need no surname (`CreditOptions.bracketed`). */
const BRACKET: CreditOptions = { keepPassing: true, bracketed: true };

/** A credit at `at`: bracketed `(记者 张三)`, or unbracketed ending in 报道. */
function creditAt(paragraph: string, folded: string, at: number, afterDateline: boolean): CreditAt | null {
  const closer = CLOSING[folded.charAt(at)];
  if (closer !== undefined) {
    const close = folded.indexOf(closer, at + 1);
    if (close < 0 || close - at > MAX_BRACKETED) return null;
    const inner = folded.slice(at + 1, close);
    if (inner.includes(folded.charAt(at))) return null;
    // A bracket at the head of a paragraph is a credit's place: a word in it that is no name does not undo it.
    const credit = parseCredit(paragraph.slice(at + 1, close), BRACKET);
    if (!credit) return null;
    // An outlet's name alone in brackets (`（某某日报）`) credits no one.
    if (!credit.hasRole && credit.bylines.every((b) => b.role === "source" && !b.photo)) return null;
    // Bare names in brackets are a credit only right after a dateline: `新华社电（张三 李四）`.
    const names = credit.bylines.every((b) => isLikelySignatureName(normaliseString(b.name)));
    if (!credit.hasRole && !credit.hasMarker && !(afterDateline && names)) return null;
    return { bylines: closingPictureCoversAll(credit), end: close + 1 };
  }
  return reportedAt(paragraph, folded, at) ?? filedAt(paragraph, folded, at);
}

/** An unbracketed credit ending in 报道: `记者周立报道：`, `记者 李小明 北京报道：`. */
function reportedAt(paragraph: string, folded: string, at: number): CreditAt | null {
  const m = REPORTED.exec(folded.slice(at));
  if (m?.groups?.credit === undefined) return null;
  const raw = m.groups.credit;
  // `記者王小明／台北報導`: the place before 報導 belongs to the credit's grammar.
  const upTo = raw.includes("/") ? raw.length + (m.groups.verb?.length ?? 0) : raw.length - filingPlaceLength(raw);
  // Read up to 报道, the credit ends there: a name glued to its role word runs to it (`记者索朗琼达报道：`).
  const credit = parseCredit(paragraph.slice(at, at + upTo), upTo === raw.length ? CLOSED : undefined);
  if (!credit || !credit.hasRole) return null;
  return { bylines: credit.bylines, end: at + m[0].length };
}

/**
 * An unbracketed credit ending in the place it was filed from, set off by
 * spaces: `本报记者 李刚 发自东京 苏炳添…`, `记者 张三 发自北京：…`. The place
 * ends at a space or a colon: glued to the body (`发自东京苏炳添`) it cannot
 * be told where it ends, and the credit is left in the text.
 */
const FILED = /^(?<credit>[^。！？!?“”"()]{2,40}?)\s+发自(?<place>\p{Script=Han}{2,8})(?:\s+|\s*:)/u;

/** A credit ending in `发自<place>` at `at`; its credit must name a role (`发自内心` is no place). */
function filedAt(paragraph: string, folded: string, at: number): CreditAt | null {
  const m = FILED.exec(folded.slice(at));
  const raw = m?.groups?.credit;
  const place = m?.groups?.place;
  if (m === null || raw === undefined || place === undefined || !isFilingPlace(place)) return null;
  const credit = parseCredit(paragraph.slice(at, at + raw.length));
  if (!credit || !credit.hasRole) return null;
  return { bylines: credit.bylines, end: at + m[0].length };
}

/** The most words a credit set off by spaces may have (`记者 张三 李四 通讯员 王五`). */
const MAX_SPACED_WORDS = 12;
/** The longest word of such a credit (`湘江日报全媒体记者/王小明、李四`); a longer one is body text. */
const MAX_SPACED_WORD = 24;
/** A run of non-spaces: one word of a credit set off by spaces. */
const WORD = /\S+/gu;
/** What may part the names inside one word: `张三、李四`, `记者/张三`, `记者:张三`. */
const INNER_SEPARATOR = /[、/:|丨]/u;
/**
 * A role word with the label before it and a name glued after it, all
 * optional but the role word: `记者`, `本报记者`, `全媒体记者`, `记者张三`,
 * `湘江日报记者王五`. The label is as short as will do (the first role word).
 */
const LABELLED_ROLE = new RegExp(
  String.raw`^(?<label>\p{Script=Han}*?)(?<core>${ROLE_WORDS.map((r) => r.word).join("|")})(?<name>\p{Script=Han}*)$`,
  "u",
);

/**
 * A word that closes a spaced credit: the named wrote the text and took the
 * pictures (`文/图`, folded from `文／图`; `图/文`, `文/摄`, `摄/文`, `文图`,
 * `图文`, `文并摄`). Only a text marker paired with a picture marker: a lone
 * `文` or `图` after a name is as likely the body's first word.
 */
const CLOSING_MARKER = new RegExp(`^${TEXT_AND_PICTURE_MARK}$`, "u");

/**
 * What one part of a spaced credit's word is: a role word (with label, maybe
 * a name), a name, or neither. A name glued to its role word (`记者王为民`),
 * or standing in a role's names (`opened`: `记者 王为民`, `记者张三、刘利民`),
 * is a surname and one or two characters whatever they mean
 * (`isNameAfterRole`): the role word says a name follows, and the space or
 * 、 after it says where the name ends. Before any role word a name must be
 * a plausible one.
 */
function spacedPart(part: string, opened: boolean): "role" | "name" | null {
  const m = LABELLED_ROLE.exec(part);
  const label = m?.groups?.label;
  const name = m?.groups?.name;
  const core = m?.groups?.core ?? "";
  const labelled = label === "" || (label !== undefined && (isLabelPrefix(label) || isPostedLabel(label, core)));
  if (labelled && name !== undefined && (name === "" || isRoleName(name))) {
    return "role";
  }
  return (opened ? isRoleName(part) || isLongRoleName(part) : isPlausibleName(part)) ? "name" : null;
}

/**
 * A name under a role word in a spaced credit that no surname test reads: a
 * dotted name (`阿依努尔·艾尼瓦尔`, `艾力.吐尔洪`: `isDottedName`), or a
 * transliterated one of four to eight characters (`索朗琼达`, `乌日汗其其格`:
 * `isSlotName`). Shorter words with no surname stay the body's
 * (`记者 昨日 …`): a space is a weaker end than a bracket.
 */
function isLongRoleName(s: string): boolean {
  return isDottedName(s) || (s.length >= 4 && isSlotName(s) && !isLabelWord(s));
}

/**
 * A name under a role word in a spaced credit: `isNameAfterRole`, no label
 * word (`美编`), and not opening with an everyday word (`记者连日来　走访…`:
 * a space is a weaker end than a bracket or 报道, and the body's first word
 * may stand before it). `王为民`, `张惠民`, `周安全` are names.
 */
function isRoleName(s: string): boolean {
  return isNameAfterRole(s) && !isLabelWord(s) && !isEverydayWord(s.slice(0, 2));
}

/**
 * True when `word` is a role word (with its label) glued to one character
 * that is a surname (`记者陆`, `通讯员王`): the first half of a two-character
 * name padded with a space (`记者陆　川`), the second half the next word.
 */
function gluedHalfRole(word: string): boolean {
  const m = LABELLED_ROLE.exec(word);
  const label = m?.groups?.label;
  const name = m?.groups?.name;
  const labelled = label === "" || (label !== undefined && (isLabelPrefix(label) || isPostedLabel(label, m?.groups?.core ?? "")));
  return labelled && name !== undefined && name.length === 1 && surnameOf(name) !== null;
}

/**
 * What a word of a spaced credit is: `role` when it opens with a role word
 * (`记者`, `本报记者/张三`), `name` when it is names only (`张三`, `张三、李四`),
 * `half` for one character of a name padded in two (`许 辛`), null when it is
 * no part of a credit (`昨天，…`, `从市公安局了解到`).
 */
function spacedWord(word: string, opened: boolean): "role" | "name" | "half" | null {
  if (word.length === 1) return isHan(word) ? "half" : null;
  const parts = word.split(INNER_SEPARATOR);
  const first = parts[0] === undefined ? null : spacedPart(parts[0], opened);
  if (first === null) return null;
  // After the first part of a word, a role word has opened the credit (or the word is no part of one).
  for (let i = 1; i < parts.length; i++) if (spacedPart(parts[i] ?? "", opened || first === "role") !== "name") return null;
  return first;
}

/** A word of one character at `at` (after spaces) in `folded`. */
const SINGLE_WORD = /\s+\S(?:\s|$)/uy;

/** True when the word after offset `at` of `folded` is a single character: spaced text runs on. */
function singleWordAt(folded: string, at: number): boolean {
  SINGLE_WORD.lastIndex = at;
  return SINGLE_WORD.test(folded);
}

/**
 * A credit set off by spaces only, right after a dateline: the common
 * `本报讯 记者 张三 通讯员 李四 昨天，…` and `某某晚报讯 记者张三 昨天，…`.
 * It opens with a role word and runs over words that are role words or
 * names up to the first word that is neither; that word, after a space,
 * starts the body. `本报讯 记者从市公安局了解到，…` (记者 the subject of the
 * sentence) has no name after its role word and stays body text, as does a
 * role word whose names run into the body (`记者 张三 通讯员 李四昨天…`: the
 * whole run must read as one credit). A word that says the named wrote and
 * photographed (`CLOSING_MARKER`: `本报讯 记者 王五 文/图 6月12日，…`) closes
 * the credit after its names, and every name of it is credited for the
 * pictures too.
 */
function spacedCreditAt(paragraph: string, folded: string, at: number): CreditAt | null {
  WORD.lastIndex = at;
  let end = -1;
  let words = 0;
  let opened = false;
  let previous: "role" | "name" | "half" | null = null;
  let roles = 0;
  let unsurnamed = false;
  for (let m = WORD.exec(folded); m !== null && words < MAX_SPACED_WORDS; m = WORD.exec(folded), words++) {
    // A long word is the body (and is not read further: the grammar below is for short words).
    if (m[0].length > MAX_SPACED_WORD) break;
    // `记者 王五 文/图 6月12日，…`: a marker after the names closes the credit; the body follows.
    if (previous !== null && previous !== "role" && CLOSING_MARKER.test(m[0])) {
      end = m.index + m[0].length;
      break;
    }
    // `记者 欧阳 明 通讯员 孙 涛`, `通讯员 贾 文 丽`: a three-character name padded with spaces.
    const padded = opened && m[0].length <= 2 ? paddedThreeAt(folded, m.index) : -1;
    if (padded > 0) {
      end = padded;
      WORD.lastIndex = padded;
      previous = "half";
      continue;
    }
    // `记者陆　川`, `通讯员王　欣`: a role word glued to the first half of a padded name, the second half after a space.
    if (gluedHalfRole(m[0])) {
      const second = WORD.exec(folded);
      if (second === null || second[0].length !== 1 || !isHan(second[0]) || singleWordAt(folded, second.index + 1)) break;
      opened = true;
      previous = "half";
      roles++;
      end = second.index + 1;
      continue;
    }
    const kind = spacedWord(m[0], opened);
    if (kind === "half") {
      // `许 辛`: two single characters after a role word, a surname first, make one padded name.
      const second = opened ? WORD.exec(folded) : null;
      if (second === null || second[0].length !== 1 || !isHan(second[0])) break;
      if (surnameOf(m[0]) === null) {
        // `通讯员 气 宣`: no surname first, so only right after a role word, and not
        // in a run of spaced single characters (`记者 昨 日 获 悉`).
        if (previous !== "role" || singleWordAt(folded, second.index + 1)) break;
        unsurnamed = true;
      }
      end = second.index + 1;
      previous = "half";
      continue;
    }
    if (kind === null || (!opened && kind !== "role")) break;
    opened = true;
    previous = kind;
    if (kind === "role") roles++;
    end = m.index + m[0].length;
  }
  // The credit must leave a body after it.
  if (end < 0 || skipSpaces(folded, end) >= folded.length) return null;
  // A padded name with no surname (`气 宣`) is taken only beside another role word and its names.
  if (unsurnamed && roles < 2) return null;
  const credit = parseCredit(paragraph.slice(at, end), KEEP_PASSING);
  if (!credit?.hasRole || credit.bylines.some((b) => b.role === "source")) return null;
  return { bylines: closingPictureCoversAll(credit), end };
}

/** A word of one or two characters at `at` of `folded`, with the one white-space character before it (but the first). */
const PAD_WORD = /\s?(\S{1,2})(?=\s|$)/uy;

/**
 * Where a three-character name padded with spaces (`欧阳 明`, `贾 文 丽`:
 * `paddedNameLength`) that starts at `at` of `folded` ends; -1 when none
 * starts there. A two-character name padded in two (`许 辛`) is read by the
 * caller, with its own tests.
 */
function paddedThreeAt(folded: string, at: number): number {
  const words: string[] = [];
  const ends: number[] = [];
  PAD_WORD.lastIndex = at;
  for (let m = PAD_WORD.exec(folded); m !== null && words.length < MAX_PADDED_RUN; m = PAD_WORD.exec(folded)) {
    const word = m[1] ?? "";
    // Glued to the word before (no space), or no Han (`6日`): the run ends.
    if ((words.length > 0 && m[0].length === word.length) || !isHan(word)) break;
    words.push(word);
    ends.push(PAD_WORD.lastIndex);
  }
  if (words.length < 2) return -1;
  const take = paddedNameLength(words);
  const chars = words.slice(0, take).join("").length;
  return take >= 2 && chars === 3 ? (ends[take - 1] ?? -1) : -1;
}

/**
 * `题：青春在边疆绽放` after a dateline: a feature's title restated, or a
 * translated piece's original title (`原题：…`), no body text.
 */
const TITLE_RESTATED = /^原?题\s*:/u;

/** A bracketed credit closing a `题：` line (folded): `（作者 藤田健一）`, `（记者 王强）`. */
const TITLE_CREDIT = /\(([^()]{2,30})\)\s*$/u;

/**
 * The people credited in brackets at the end of a `题：` line after a
 * dateline (`题：春季劳资谈判进入冲刺阶段（作者 藤田健一）`): the line is no
 * body text, but who wrote the piece is the article's byline. Only a credit
 * with a role word or a marker (作者, 记者): `（上）`, `（2025年）` are parts of the title.
 */
function titleCredit(paragraph: string, folded: string): Byline[] {
  const m = TITLE_CREDIT.exec(folded);
  const inner = m?.[1];
  if (m === null || inner === undefined) return [];
  const start = m.index + 1;
  const credit = parseCredit(paragraph.slice(start, start + inner.length), { keepPassing: true });
  return credit !== null && (credit.hasRole || credit.hasMarker) ? credit.bylines : [];
}

/** A run of Han characters at the end of a credit, right before its 报道. */
const LAST_RUN = /[\p{Script=Han}]+$/u;

/**
 * How many characters at the end of `raw` (a folded credit before 报道) name
 * the place the report was filed from, not a person: `本报记者李小明北京报道`,
 * `记者 李小明 北京报道`, `记者张美玲、林子健澳门报道`. A word after another name
 * that reads as no name (`北京`) is a place; so are the last two or three
 * characters of a run too long for one name whose head reads as one
 * (`李小明北京`) and that is a place word (`isGluedPlace`: `记者索朗琼达报道`
 * names 索朗琼达, not 索朗 from 琼达). `记者周立报道`, `记者 张三 李四报道` name people only: 0;
 * so does `记者孙 强报道`, a two-character name padded to three (no place
 * has one character).
 *
 * `nameBeforePlace` (credit.ts) asks the same of a piece of a credit line,
 * and the two are kept apart on purpose: this one reads the whole credit,
 * role words and separators included (a name is the tail of the head:
 * `本报记者李小明北京`), with `isLikelySignatureName`; that one reads a piece
 * the credit's grammar has already cut out (a name is the whole head), with
 * `isPlausibleName`. One of them for both would change output: here
 * `记者 李小明 高明报道` is a name and a place (高明 fails the stricter test),
 * there two names.
 */
function filingPlaceLength(raw: string): number {
  const run = LAST_RUN.exec(raw)?.[0];
  if (run === undefined) return 0;
  // `记者孙 强`: one character is the second half of a padded name, never a place.
  if (run.length < 2) return 0;
  const before = raw.slice(0, raw.length - run.length);
  // A word of its own after a name (`李小明 北京`, `张美玲、林子健澳门` is handled below).
  if (/[\p{Script=Han}][\s、]+$/u.test(before) && run.length <= 4 && !isLikelySignatureName(run) && !isListedName(before, run)) return run.length;
  if (run.length <= 4) return 0;
  for (const placeLength of [2, 3]) {
    const head = run.slice(0, run.length - placeLength);
    const name = head.slice(-3).length === 3 && isLikelySignatureName(head.slice(-3)) ? head.slice(-3) : head.slice(-2);
    const place = run.slice(-placeLength);
    if (isLikelySignatureName(name) && !isLikelySignatureName(place) && isGluedPlace(place)) return placeLength;
  }
  return 0;
}

/**
 * True when `run`, after a 、 that lists it with the names before it, is a
 * three-character name (`记者张惠民、刘利民报道`): 、 joins the items of a list
 * of names, and a surname and two characters there name a person whatever
 * they mean (利民, 为民), as right after a role word (`isNameAfterRole`). A
 * place is set apart by a space (`李小明 北京`), not listed.
 */
function isListedName(before: string, run: string): boolean {
  return run.length === 3 && before.trimEnd().endsWith("、") && isNameAfterRole(run);
}

/**
 * Reads the dateline and/or credit that open an article's first paragraph.
 * Returns the dateline (or null), the bylines of the credit (and of a
 * reporter named inside the dateline), and where the body starts; null when
 * the paragraph starts with neither a dateline nor a credit.
 */
/** How much of a paragraph a dateline and its credit can take up. */
const HEAD = 200;
/** Where the cue of a lead must stand: a dateline or credit opens the paragraph. */
const CUE_WINDOW = 48;
/**
 * Every dateline and credit holds one of these (after normalisation): 讯/电
 * or 消息 of a dateline, a role word, 报道/专讯 of Hong Kong and Taiwan copy, 文/作者
 * of a signed piece, 发自 of a credit closed by the place it was filed from.
 */
const LEAD_CUE = /[讯电]|消息|发自|记者|通讯员|实习|报道|报导|专讯|撰文|作者|编译|特派|评论员|[(【〔]|[文图]\s*[/|｜:]/u;

/**
 * The shape every lead has at its start (after spaces), folded: a bracket
 * (`(`, `【`, `〔`, `[`: a bracketed dateline, tag or credit, `【明報專訊】`,
 * `【星島日報報道】`, `〔記者…〕`, `(全媒体记者…)`); a credit ending in 报道/报导
 * within the 60 characters `REPORTED` allows, or in 发自 and a place within
 * the 40 that `FILED` allows; or an unbracketed `DATELINE`,
 * which is a run of Han characters, digits, spaces, the zeros of a
 * written-out year, quotes around a ship's name and the 、 between two
 * reporters (`据`, outlet, reporters, place, date) up to the 讯, 电 or 消 of its
 * kind (讯, 专讯, 专电, 电, 综合外电报导, 消息). Text without this shape has
 * neither a dateline nor a credit at its start: `leadIn` would find nothing.
 */
const LEAD_SHAPE = /^\s*(?:[(【〔[]|[^。！？!?“”"()]{0,60}?(?:报[道导]|发自)|[\p{Script=Han}\d \t〇○“”、]*?[讯电消])/u;

/**
 * False when `matchLead` finds nothing in the paragraph whose folded copy
 * (`normaliseString(paragraph)`) is `folded`: datelines and credits are short
 * and open the paragraph, and each holds one of the `LEAD_CUE` words there;
 * and each has the `LEAD_SHAPE` (a lead found in the paragraph's head has
 * it in the whole paragraph too: the shape is read from the start).
 */
export function mayOpenWithLead(folded: string): boolean {
  return LEAD_CUE.test(folded.slice(0, CUE_WINDOW)) && LEAD_SHAPE.test(folded);
}

/**
 * `folded`, where the caller holds it, is the paragraph's folded copy
 * (`normaliseString(paragraph)`): its slices are then read instead of folding
 * the paragraph's again (folding maps one code unit to one, so it commutes
 * with slicing).
 */
export function matchLead(paragraph: string, options: { issueDate?: string } = {}, folded?: string): LeadMatch | null {
  // Datelines and credits are short and open the paragraph: read its head, and
  // only when a word that every dateline or credit holds is in it. (Folding
  // commutes with slicing, one code unit for one: the head alone is folded.)
  const cue = folded === undefined ? normaliseString(paragraph.slice(0, CUE_WINDOW)) : folded.slice(0, CUE_WINDOW);
  if (!LEAD_CUE.test(cue)) return null;
  if (paragraph.length > HEAD) {
    const found = leadIn(paragraph.slice(0, HEAD), options, folded?.slice(0, HEAD));
    // A lead that runs to the end of the head may go on: read the whole paragraph.
    if (found === null || found.bodyStart < HEAD - 8) return found;
  }
  return leadIn(paragraph, options, folded);
}

/** `matchLead` on a text whose head has passed `LEAD_CUE`; `folded` is its folded copy. */
function leadIn(paragraph: string, options: { issueDate?: string }, folded = normaliseString(paragraph)): LeadMatch | null {
  if (!LEAD_SHAPE.test(folded)) return null;
  const dl = matchFoldedDateline(paragraph, folded, options);
  const bylines: Byline[] = [];
  let at = skipSpaces(folded, 0);
  if (dl) {
    at = skipSpaces(folded, dl.end);
    bylines.push(...dl.reporters);
  }
  const credit = creditAt(paragraph, folded, at, dl !== null) ?? (dl ? spacedCreditAt(paragraph, folded, at) : null);
  if (!dl && !credit) return null;
  if (credit) {
    bylines.push(...credit.bylines);
    at = credit.end;
  } else if (/^[:：,，]/u.test(folded.charAt(at))) {
    at += 1; // 本报讯：…, 据韩联社首尔3月5日报道，…
  }
  at = skipSpaces(folded, at);
  // 新华社乌鲁木齐5月11日电　题：…: the rest of the line restates the headline,
  // or gives a translated piece's original title, with its author in brackets
  // after it (`【日本《读卖新闻》3月4日报道】题：…（作者 藤田健一）`).
  if (dl && TITLE_RESTATED.test(folded.slice(at, at + 5))) {
    bylines.push(...titleCredit(paragraph, folded));
    at = folded.length;
  }
  return { dateline: dl?.dateline ?? null, bylines, bodyStart: at };
}

/** A headline glued before a lead is short, but not a mere word (`他说`). */
const MAX_HEAD = 40;
const MIN_HEAD = 4;
/** A headline does not end in a pause (`他表示，`); a sentence does. */
const PAUSE_END = /[，,、：:]\s*$/u;
/** Sentence punctuation: none may stand in the headline before a glued lead. */
const SENTENCE_MARK = /[。！？!?；;…]/u;
/** A glued lead is a full dateline ending in 讯/电 with a bracketed credit right after it. */
const GLUED_LEAD = /(?:讯|电)\s*[(【〔[]/gu;
/** Where the 讯/电 of a glued lead must stand: after a headline of at most `MAX_HEAD`. */
const GLUED_WINDOW = MAX_HEAD + 60;

/**
 * False when `findLead` finds nothing in the text whose folded copy
 * (`normaliseString(text)`) is `folded`: a glued lead's 讯 or 电, with the
 * bracket of its credit, stands in the text's first `GLUED_WINDOW` characters.
 */
export function mayHoldGluedLead(folded: string): boolean {
  GLUED_LEAD.lastIndex = 0;
  return GLUED_LEAD.test(folded.slice(0, GLUED_WINDOW));
}

/** Where `findLead` found a lead after a headline on the same line. */
export interface HeadedLead {
  /** UTF-16 offset where the headline ends: the headline is `text.slice(0, headEnd)` (trim it). */
  headEnd: number;
  /** The lead, with `bodyStart` an offset in the whole `text`. */
  lead: LeadMatch;
}

/**
 * Finds a dateline and credit that start later in a line, after a headline
 * glued before them: `12岁少年拾金不昧…江苏在线南京9月27日讯(首席记者 林可 …)`.
 *
 * Strict, so that body text never matches: the text before must be at most
 * 40 characters (at least 4) with no sentence punctuation and not ending in
 * a pause (`，`, `：`); the lead must be a full
 * dateline ending in 讯 or 电 and followed by a bracketed credit with a role
 * word. Where the outlet's name starts is told by its first word (a
 * province-level place or a national outlet's word, `OUTLET_PREFIXES`), by
 * `本报`, or by a space or punctuation before it; otherwise nothing is found.
 * A lead at the very start of the line is `matchLead`'s, not this one's.
 */
export function findLead(text: string, options: { issueDate?: string } = {}): HeadedLead | null {
  const folded = normaliseString(text.slice(0, GLUED_WINDOW));
  GLUED_LEAD.lastIndex = 0;
  const kindAt = GLUED_LEAD.exec(folded);
  if (!kindAt) return null;
  let best: { start: number; rank: number; lead: LeadMatch } | null = null;
  for (let start = 1; start <= Math.min(MAX_HEAD, kindAt.index); start++) {
    if (SENTENCE_MARK.test(folded.charAt(start - 1))) break;
    if (/\s/u.test(folded.charAt(start))) continue;
    const rank = startRank(folded, start);
    if (rank === 0 || (best !== null && rank <= best.rank)) continue;
    const found = leadAt(text, start, options);
    if (found) best = { start, rank, lead: found };
  }
  if (best === null) return null;
  const head = normaliseString(text.slice(0, best.start));
  const headEnd = head.trimEnd().length;
  if (head.trim().length < MIN_HEAD || PAUSE_END.test(head)) return null;
  return { headEnd, lead: best.lead };
}

/**
 * How sure a glued outlet's name starts at `start`: 3 for `本报`-style self
 * reference, 2 for a known first word of outlets, 1 after a space or
 * punctuation, 0 when nothing tells.
 */
function startRank(folded: string, start: number): number {
  const rest = folded.slice(start);
  if (/^本(?:报|台|刊|网)/u.test(rest)) return 3;
  if (OUTLET_PREFIXES.some((p) => rest.startsWith(p))) return 2;
  return /[\s\p{P}]/u.test(folded.charAt(start - 1)) ? 1 : 0;
}

/** A full lead (dateline with 讯/电, then a bracketed credit with a role) at `start`. */
function leadAt(text: string, start: number, options: { issueDate?: string }): LeadMatch | null {
  const tail = text.slice(start);
  const folded = normaliseString(tail);
  const dl = matchFoldedDateline(tail, folded, options);
  if (!dl || !/(?:讯|电)$/u.test(normaliseString(dl.dateline.text))) return null;
  if (/^\s*[(【〔[]/u.test(folded)) return null; // a bracketed dateline is not glued copy
  const at = skipSpaces(folded, dl.end);
  if (!/[(【〔[]/u.test(folded.charAt(at))) return null;
  const credit = creditAt(tail, folded, at, true);
  if (!credit) return null;
  const bylines = [...dl.reporters, ...credit.bylines];
  if (!bylines.some((b) => b.role !== "source" && b.role !== "author")) return null;
  return { dateline: dl.dateline, bylines, bodyStart: start + skipSpaces(folded, credit.end) };
}
