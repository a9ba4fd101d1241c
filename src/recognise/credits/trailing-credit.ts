/**
 * A credit glued to the end of a paragraph, after its last sentence:
 *
 *   …人民群众生命财产安全。株洲日报全媒体通讯员/丁志鹏 供图
 *   …。（记者 王五 摄）
 *   …。新华社记者 李四 摄
 *   …。（新华社）  …。(据新华社电)  …。（来源：人民网）
 *   …。（編輯：林淑媛）1120928   …。（譯者：張三/核稿：李四）1120928
 *
 * Taiwan's Central News Agency closes a story with its desk credit (編輯,
 * 責任編輯, 核稿 the copy editor, 譯者 the translator) and a date code, the
 * ROC year, month and day in seven digits (1120928: 112 + 1911 = 2023, 28
 * September). The code is cut off with the credit. The translator of wire
 * copy is credited as an `editor`: he works at the desk over copy another
 * wrote, as the copy editor beside him does, and is no reporter.
 *
 * The last three say which agency or site the copy came from. They credit no
 * person, and the spec's `source` role is for organisations credited for what
 * they gave (a picture, a table's figures), so they give no byline: they are
 * only cut off the paragraph so that the body stays clean
 * (`{ body, bylines: [] }`). The article's dateline stays the one that opens it.
 *
 *   …。（市统计局提供）  …。（数据来源：江城市统计局）
 *
 * An organisation that gave the figures or the text above, named as one
 * (`ORGANISATION_END`), is credited: a `source` byline, no picture.
 *
 *   …。（摘自《江城晚报》　作者　林晓岚）  …。（据《临川日报》　邵明哲文）
 *
 * A digest paper closes each item it reprints on where it took it from and
 * who wrote it there (`digestTail`): the writer is the item's author; the
 * paper, like an agency's tag, credits no person and gives no byline.
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit } from "./credit.js";
import { parseTitledSignature } from "./credit-line.js";
import { isCityName, isEverydayWord, isLikelySignatureName, paddedNameLength } from "./names.js";
import { isGluedPlace } from "./places.js";
import { isOutletName } from "./roles.js";
import { BODY_ENDS } from "../../text/organisations.js";

/** A credit glued after a sentence is short; a longer tail is text. */
const MAX_TAIL = 40;
/** How much of a paragraph's end is read for a trailing credit. */
const WINDOW = MAX_TAIL + 40;
/** A match at the window's start may be the second half of a run (`。”`): read this much more then. */
const RUN_BACK = 8;
/** Sentence ends, with any closing quotes after them (`…。”`). */
const SENTENCE_END = /[。！？!?…；;][”’"')]*/gu;
/**
 * A text that stops on a sentence end (`…。`, `…！”`), as most paragraphs do.
 * A closing quote never starts a `SENTENCE_END` match, so the last match of
 * such a text runs to its end: it is the answer, found without the scan.
 * Read on the last `CLOSED_READ` characters: a sentence end and up to six
 * closing quotes (more are left to the scan).
 */
const CLOSED = /[。！？!?…；;][”’"')]{0,6}$/u;
const CLOSED_READ = 7;

/**
 * Offset in `text` just after its last sentence end (and its closing quotes);
 * -1 when there is none.
 *
 * A credit after the last sentence end is short, so only the end of a long
 * paragraph is read, and only that end is folded: with no sentence end in it,
 * the tail is too long anyway (-1 then says there is no usable end). A match
 * at the window's very start may be the second half of a run (`。”`), so then
 * a little more is read.
 */
function lastSentenceEnd(text: string): number {
  if (CLOSED.test(normaliseString(text.slice(-CLOSED_READ)))) return text.length;
  const read = Math.max(0, text.length - WINDOW - RUN_BACK);
  const folded = normaliseString(text.slice(read));
  // Offsets from here on are in `folded`, which starts at `read` in `text`.
  const from = Math.max(0, text.length - WINDOW) - read;
  let cut = -1;
  let first = -1;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(folded); m !== null; m = SENTENCE_END.exec(folded)) {
    if (first < 0) first = m.index;
    cut = m.index + m[0].length;
  }
  if (read + from > 0 && cut >= 0 && first < from + RUN_BACK) cut = lastSentenceEndFrom(folded, Math.max(0, from - RUN_BACK));
  return cut < 0 ? -1 : read + cut;
}

function lastSentenceEndFrom(folded: string, from: number): number {
  let cut = -1;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(folded); m !== null; m = SENTENCE_END.exec(folded)) cut = m.index + m[0].length;
  return cut;
}

/**
 * An agency's tag in brackets: `(新华社)`, `(据新华社电)`, `(中新社)`,
 * `(星岛日报报道)`, `(来源:人民网)`, `(本文来源:新华网)` (folded spelling).
 */
const AGENCY_TAG = new RegExp(
  String.raw`^\((?:(?:本文|文章|稿件)?(?:来源|稿源|转自)\s*[:|]\s*(?<site>[^()\s:|]{2,20})|` +
    String.raw`据?(?<agency>\p{Script=Han}{2,10}?)(?:电|讯|报道|报导|消息|供稿)?)\)$`,
  "u",
);

/** True when `tail` (folded, trimmed) is an agency's or site's tag. */
export function isAgencyTag(tail: string): boolean {
  const m = AGENCY_TAG.exec(tail);
  if (!m?.groups) return false;
  // `（来源：人民网）`, not a data note such as `（来源：国家统计局）`, which stays in the body.
  if (m.groups.site !== undefined) return isOutletName(m.groups.site) || /^[A-Za-z0-9.-]+\.[a-z]{2,}$/u.test(m.groups.site);
  return m.groups.agency !== undefined && isOutletName(m.groups.agency);
}

/**
 * Where the tail after the last sentence end starts, and the credit in it;
 * null when the text has no sentence end or the tail is not a credit.
 */
export function tailCredit(
  text: string,
  accept: (bylines: Byline[], hasRole: boolean, hasMarker: boolean) => boolean,
): { cut: number; bylines: Byline[] } | null {
  const cut = lastSentenceEnd(text);
  return cut > 0 ? creditAfter(text, cut, accept) : null;
}

/** The credit in the tail of `text` after `cut`, the end of its last sentence. */
function creditAfter(
  text: string,
  cut: number,
  accept: (bylines: Byline[], hasRole: boolean, hasMarker: boolean) => boolean,
): { cut: number; bylines: Byline[] } | null {
  if (cut === text.length) return null;
  const tail = normaliseString(text.slice(cut));
  const lead = tail.length - tail.trimStart().length;
  const trimmed = tail.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TAIL) return null;
  const start = cut + lead;
  const end = start + trimmed.length;
  const bracketed = /^\([^()]+\)$/u.test(trimmed);
  // In brackets a word that is no name does not undo the credit (`（记者 韩冰 通讯员 市气象台）`).
  const credit = parseCredit(bracketed ? text.slice(start + 1, end - 1) : text.slice(start, end), { keepPassing: bracketed, bracketed });
  if (!credit || !accept(credit.bylines, credit.hasRole, credit.hasMarker)) return null;
  return { cut, bylines: credit.bylines };
}

/**
 * An outlet with 报道 (`（星島日報報道）`) credits no person: that is an agency
 * tag. A credit with no byline at all names an office under its role word
 * (`（通讯员 市城乡建设局）`): a credit, of no one.
 */
const outletOnly = (bylines: Byline[]): boolean => bylines.length > 0 && bylines.every((b) => b.role === "source" && !b.photo);
const creditsSomeone = (bylines: Byline[], hasRole: boolean, hasMarker: boolean): boolean =>
  (hasRole || hasMarker) && !outletOnly(bylines);

/** What `splitTrailingCredit` finds at the end of a paragraph: the body before it, and its bylines. */
export interface TrailingSplit {
  body: string;
  bylines: Byline[];
  /**
   * Present, and true, when what was cut off is a note on who the author is
   * (`（作者为某大学教授）`): opinion pieces close so, reports do not, so it is
   * evidence of a commentary (see `decideGenre`).
   */
  authorNote?: true;
  /**
   * A note on who the author is that names no one (`（作者为某大学教授）`): its
   * words as written, without the brackets (`作者为某大学教授`). Under an
   * article one author signs they are cut off and set nowhere (no label: the
   * label is the words before the name); with no signer they stay the last
   * paragraph (see segment).
   */
  note?: string;
  /**
   * Present, and true, when what was cut off is a bracketed signature of bare
   * names (`（陈林）`): briefs are signed so, but a bracketed place or word
   * looks the same (`（武汉）`, `（周一）`), so it signs only an article that
   * no credit has signed yet (see segment).
   */
  signature?: true;
}

/**
 * Splits a credit glued after the last sentence of a paragraph
 * (`…安全。株洲日报全媒体通讯员/丁志鹏 供图`) from the body. Only after a
 * sentence end, and only a credit with a role word or a marker (摄, 供图 …):
 * bare names after a full stop are left to the body. Returns the body up to
 * and including the sentence end, and the bylines; null otherwise.
 */
export function splitTrailingCredit(paragraph: string): TrailingSplit | null {
  const ended = wireEndMark(paragraph);
  if (ended !== null) return splitTrailingCredit(ended) ?? { body: ended, bylines: [] };
  const note = originalTitleNote(paragraph);
  if (note !== null) return note;
  const cut = lastSentenceEnd(paragraph);
  // Nothing after the last sentence end (most paragraphs), or no sentence end at all.
  if (cut <= 0 || cut === paragraph.length) return null;
  const digest = digestTail(paragraph.slice(cut).trim());
  if (digest) return { body: paragraph.slice(0, cut), bylines: digest };
  const found = creditAfter(paragraph, cut, creditsSomeone);
  if (found) return { body: paragraph.slice(0, found.cut), bylines: found.bylines };
  // The tail after the last sentence, as written and folded: what each reader below reads.
  const written = paragraph.slice(cut).trim();
  const folded = normaliseString(written);
  const desk = deskTail(written, folded);
  if (desk) return { body: paragraph.slice(0, cut), bylines: desk };
  const provider = providerTail(written, folded);
  if (provider) return { body: paragraph.slice(0, cut), bylines: provider };
  const tail = normaliseString(paragraph.slice(cut)).trim();
  // An agency tag, or a note on who the author is: no person to credit, but no body text either.
  if (isAgencyTag(tail)) return { body: paragraph.slice(0, cut), bylines: [] };
  const given = givenTail(written, folded);
  if (given) return { body: paragraph.slice(0, cut), bylines: given };
  if (AUTHOR_NOTE.test(tail)) return authorNoteSplit(paragraph.slice(0, cut), written, folded);
  const labelled = labelledAuthorNote(written, tail);
  if (labelled) return { body: paragraph.slice(0, cut), bylines: labelled, authorNote: true };
  const signed =
    signatureTail(written, folded) ?? unitSignatureTail(written, folded) ?? titledSignatureTail(written, folded) ?? abbreviatedSignatureTail(written, folded);
  if (signed) return { body: paragraph.slice(0, cut), bylines: signed, signature: true };
  return null;
}

/**
 * A wire's end mark glued to its last paragraph (folded): `…21.5万元。（完）`, `…(完)`,
 * `…【完】`, `…（全文完）`. It ends the story and is no text. Only a bracketed 完 alone
 * at the very end: `（完成）` and `已（完）工` are text. A mark on a line of its own
 * is page matter already (see segment/classify.ts).
 */
const WIRE_END_MARK = /\s*[(【\[]\s*(?:全文)?完\s*[)】\]]$/u;
/** How much of a paragraph's end is read for the end mark: its brackets, 全文完 and spaces. */
const WIRE_END_READ = 10;

/** The paragraph before the end mark that closes it (`WIRE_END_MARK`), or null when none does or nothing stands before it. */
function wireEndMark(paragraph: string): string | null {
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (last !== 0x29 && last !== 0xff09 && last !== 0x3011 && last !== 0x5d) return null; // ) ） 】 ]
  const read = Math.max(0, paragraph.length - WIRE_END_READ);
  const m = WIRE_END_MARK.exec(normaliseString(paragraph.slice(read)));
  if (m === null) return null;
  const body = paragraph.slice(0, read + m.index);
  return body.trim().length === 0 ? null : body;
}

/** A signer's name in a note (folded): two to four characters, or its padded pieces (`蒋 慧`, `欧阳 明`). */
const NOTE_SIGNER = String.raw`\p{Script=Han}{2,4}|\p{Script=Han}{1,2}(?:\s\p{Script=Han}){1,2}`;

/**
 * The author's name closing a note on who he is, set off from the post by a
 * space (folded): `(作者系城南区人民法院法官 蒋慧)`, padded `…法官 蒋 慧)`,
 * `…法官 欧阳 明)`: `NOTE_SIGNER`.
 */
const NOTE_NAME = new RegExp(String.raw`\s(?<name>${NOTE_SIGNER})\)$`, "u");

/**
 * The author named at the end of a note on who he is (`（作者系某某法院法官　蒋 慧）`),
 * as an `author` byline labelled with the words before the name, as written
 * (`作者系某某法院法官`); none when the note names no one (`（作者为某大学教授）`)
 * or its last word is no likely name (`（作者系市委党校 副教授）`).
 */
function authorInNote(written: string, folded: string): Byline[] {
  const name = NOTE_NAME.exec(folded)?.groups?.name;
  if (name === undefined || !isSignerName(name)) return [];
  const at = written.length - 1 - name.length;
  const label = written.slice(1, at).trim();
  return [{ name: written.slice(at, at + name.length).replace(/\s+/gu, ""), role: "author", label: label.length > 0 ? label : null, photo: false }];
}

/**
 * The split at a note on who the author is (`AUTHOR_NOTE`), `written` and
 * `folded` the note: its author's byline when it names one (`authorInNote`),
 * else its words (`note`) for the label of the article's signer.
 */
function authorNoteSplit(body: string, written: string, folded: string): TrailingSplit {
  const bylines = authorInNote(written, folded);
  if (bylines.length > 0) return { body, bylines, authorNote: true };
  return { body, bylines, authorNote: true, note: written.slice(1, -1).trim() };
}

/**
 * A note that names the author and then says who he is, after a label (folded):
 * `(作者:张三,某大学教授)`, `(作者:张 三、市社科院研究员)`: the name is `NOTE_SIGNER`.
 */
const LABELLED_NOTE = new RegExp(String.raw`^\(作者\s*:\s*(?<name>${NOTE_SIGNER})\s*[,，、]\s*[^()]{2,40}\)$`, "u");

/**
 * The author of a labelled note on who he is (`（作者：张三，某大学教授）`: `LABELLED_NOTE`),
 * as an `author` byline labelled 作者, from the tail after the last sentence (`tail`, folded
 * and trimmed); null for any other tail, or when the name is no likely name.
 */
function labelledAuthorNote(written: string, tail: string): Byline[] | null {
  const name = LABELLED_NOTE.exec(tail)?.groups?.name;
  if (name === undefined || !isSignerName(name)) return null;
  const at = tail.indexOf(name, 3);
  return [{ name: written.slice(at, at + name.length).replace(/\s+/gu, ""), role: "author", label: written.slice(1, 3), photo: false }];
}

/** True when `name` (folded), maybe padded with spaces (`蒋 慧`, `欧阳 明`), is a likely personal name. */
function isSignerName(name: string): boolean {
  const pieces = name.split(/\s/u);
  if (pieces.length > 1 && paddedNameLength(pieces) !== pieces.length) return false;
  return isLikelySignatureName(pieces.join(""));
}

/**
 * A signature in brackets closing an article, after its last sentence: one
 * or two bare names and nothing else (`…夺得金牌。（陈林）`, `（陈 林）`,
 * `（陈林 李娜）`), as papers sign briefs. What else stands in brackets there
 * is no name (`（完）`, `（下同）`, `（图）`, `（北京）`; `（新华社）` is an
 * agency's tag, read before), nor a word that closes a text (`（全文完）`,
 * `（待续）`), nor a place (`（杭州）`, `（城关镇）`, `（武汉）`: `isCityName`), nor a
 * weekday (`（周一）`, an everyday word).
 */
const BRACKETED_SIGNATURE = /^\((?<names>[^()]{2,12})\)$/u;
/** What a signature's name never ends in: the word for the end of a text (`全文完`, `待续`), a place's last word (`杭州`, `某县`). */
const NOT_SIGNER_END = /[完续州省市县区镇乡村]$/u;
/** A bracketed signature names at most this many people. */
const MAX_BRACKET_SIGNERS = 2;

/**
 * Where a person stands in a picture, which a caption's last sentence may
 * close on in brackets and which has a name's shape: `（左一）`, `（右二）`,
 * `（左起）`, `（前排左三）`, `（中排）`.
 */
const PICTURE_POSITION = /^\((?:[前后中]排)?[左右中前后](?:[一二三四五六七八九十]|起|排)/u;

/** The authors of a bracketed signature after the last sentence (`BRACKETED_SIGNATURE`), or null. */
function signatureTail(written: string, folded: string): Byline[] | null {
  const m = BRACKETED_SIGNATURE.exec(folded);
  if (m === null || PICTURE_POSITION.test(folded)) return null;
  const credit = parseCredit(written.slice(1, -1));
  if (credit === null || credit.hasRole || credit.hasMarker || credit.bylines.length > MAX_BRACKET_SIGNERS) return null;
  const people = credit.bylines.every((b) => {
    const name = normaliseString(b.name);
    return b.role === "author" && isLikelySignatureName(name) && !NOT_SIGNER_END.test(name) && !isCityName(name);
  });
  return people ? credit.bylines : null;
}

/**
 * A brief's signature in brackets that is no personal name: a pen-name
 * abbreviation (`（金时）`, `（财讯）`, `（江月）`), as brief columns sign their
 * items whatever the surname, or an office's or company's short name
 * (`（县金融办）`, `（市人行）`, `（县农商行）`, `（某某公司）`). Two to six Han
 * characters alone in the brackets, after the last sentence; or a pen name
 * padded as typesetters pad a short name (`（滨 言）`, `（晓 舟）`, `（江 一帆）`:
 * one character, a space, one or two more), read closed up (`滨言`).
 */
const ABBREVIATED_SIGNATURE = /^\((?:(?<name>\p{Script=Han}{2,6})|(?<first>\p{Script=Han}) (?<rest>\p{Script=Han}{1,2}))\)$/u;
/** A pen-name abbreviation is short: longer bare words in brackets are notes or names of things. */
const MAX_PEN_ABBREVIATION = 4;
/**
 * How an organisation's short name ends or opens: `ORGANISATION_END`
 * (`县金融办`, `某某公司`), a bank's short name (`市人行`, `县农商行`, `工行`,
 * `某某支行`; not the verbs 试行, 执行, 进行), or a level of government and
 * its abbreviation (`县住建`, `市人社`, `省联社`; not 区, also a surname: `区志航`).
 */
const BANK_SHORT = /(?:人|农商|农|工|建|交|中|招|邮储|分|支)行$/u;
const LEVEL_OPEN = /^[省市县州]\p{Script=Han}{2,}$/u;
/**
 * Characters of the bracketed notes that close a sentence or stand after a
 * term, never of a signature: a number or a date (`（2024年）`, `（二〇二四年）`,
 * `（万元）`, `（五月）`), a word about the text or a document's state
 * (`（下同）`, `（见图）`, `（附表）`, `（草案）`, `（试行）`, `（暂定）`,
 * `（征求意见稿）`, `（续）`, `（节选）`, `（摘要）`, `（以下简称…）`, `（含）`), a place in
 * a picture or a state (`（左一）`, `（前排中）`, `（进行中）`), a weekday (`（星期一）`), a writer's or
 * reader's word (`（作者权益）`, `（读者来信）`), and function words.
 */
const NOT_PEN_CHAR = /[〇零一二两三四五六七八九十百千万亿半几年月日号分秒期届次元角版页章条款项图表同见附注略称简含除即指案稿试暂拟续完待节摘译转据左右前后上下内外中排者的了是在不这那们和与及或等为以之其所该此已未再]/u;
/** What a provider's or writer's note ends in, or a picture agency's name, never a signature: `（专家提供）`, `（王芳提供）`, `（本报整理）`, `（资料摄影）`, `（人民视觉）`. */
const NOT_PEN_END = /(?:提供|供稿|供图|整理|采写|报道|摄影?|视觉)$/u;
/** Bracketed two-character words that close a text and are no signature: what kind of piece it is, or where it comes from. */
const NOT_PEN_WORDS: ReadonlySet<string> = new Set(
  "全文 原文 正文 图文 视频 音频 综合 编译 整理 报道 消息 新闻 通讯 特写 侧记 评论 短评 时评 言论 述评 专访 访谈 链接 背景 提示 提醒 延伸 相关 小结 结语 前言 后记 说明 备注 导读 资料 图片 截图 供图 来稿 来信 投稿 待定 暂无 未定 不详 匿名 化名".split(
    " ",
  ),
);

/**
 * The signer of an abbreviated bracketed signature (`ABBREVIATED_SIGNATURE`):
 * an organisation's short name as a `source` byline, any other token of two
 * to four characters as an `author` (a pen name). Null for a word that is a
 * note, an everyday word (`（林业）`, `（周一）`), or a place (`（北京）`,
 * `（深圳）`, `（城关镇）`), which says where an item was filed and signs no one.
 */
function abbreviatedSignatureTail(written: string, folded: string): Byline[] | null {
  const g = ABBREVIATED_SIGNATURE.exec(folded)?.groups;
  const padded = g?.first !== undefined && g.rest !== undefined;
  const name = padded ? `${g.first}${g.rest}` : g?.name;
  if (name === undefined || NOT_PEN_CHAR.test(name) || NOT_PEN_END.test(name) || NOT_PEN_WORDS.has(name) || isEverydayWord(name)) return null;
  const asWritten = padded ? written.slice(1, -1).replace(/\s+/gu, "") : written.slice(1, -1);
  // A padded pen name is a person's: no organisation pads its short name.
  if (!padded && (ORGANISATION_END.test(name) || BANK_SHORT.test(name) || LEVEL_OPEN.test(name))) {
    return [{ name: asWritten, role: "source", label: null, photo: false }];
  }
  if (name.length > MAX_PEN_ABBREVIATION || isGluedPlace(name) || NOT_SIGNER_END.test(name) || isOutletName(name)) return null;
  return [{ name: asWritten, role: "author", label: null, photo: false }];
}

/**
 * A signature in brackets closing an article whose names follow the writers'
 * unit, set off by a space, as trade and company papers sign the items their
 * units send in: `（国网某某供电公司　马晓东　韩　雪）`, `（某某工务段 李明）`.
 * The unit is an organisation's name (`ORGANISATION_END`).
 */
const UNIT_SIGNATURE = /^\((?<unit>[^()\s]{4,20})\s+[^()]{2,14}\)$/u;

/**
 * The writers of a bracketed signature after their unit (`UNIT_SIGNATURE`), as
 * `author` bylines labelled with the unit as written; null when the unit is
 * no organisation or what follows it is not one or two likely names.
 */
function unitSignatureTail(written: string, folded: string): Byline[] | null {
  const m = UNIT_SIGNATURE.exec(folded);
  const unit = m?.groups?.unit;
  if (unit === undefined || !ORGANISATION_END.test(unit)) return null;
  // Folding keeps lengths: the unit ends at the same offset in the written text.
  const names = signatureTail(`(${written.slice(1 + unit.length, -1).trim()})`, `(${folded.slice(1 + unit.length, -1).trim()})`);
  const label = written.slice(1, 1 + unit.length);
  return names === null ? null : names.map((b) => ({ ...b, label }));
}

/**
 * A signature in brackets closing a text, with the signer's post before the
 * name, set off by a space: `（省农科院作物所研究员 李建华）`, `（律师 夏子涵）`,
 * `（某大学法学院教授　孙　强）`, as a box of advice or an expert's note is
 * signed. The bracket's inside is read as a titled signature under a
 * headline is (`parseTitledSignature`: a post ending in a profession or,
 * after the body it heads, an office, then a likely name): the name is the
 * author, the post its label. A bracketed note that is no such pair
 * (`（下转第7版）`, `（资料图）`, `（单位：万元）`, `（市气象台 提供）`) is none.
 */
const TITLED_BRACKET = /^\([^()]{4,30}\)$/u;

/** The author of a titled signature in brackets after the last sentence (`TITLED_BRACKET`), or null. */
function titledSignatureTail(written: string, folded: string): Byline[] | null {
  if (!TITLED_BRACKET.test(folded)) return null;
  return parseTitledSignature(written.slice(1, -1), folded.slice(1, -1))?.bylines ?? null;
}

/**
 * A ROC date code after a desk credit: the year since 1911 (100–199), the
 * month and the day, seven digits (`1120928`).
 */
const ROC_DATE_CODE = /\)\s*1\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u;

/** Desk roles of a wire's closing credit, folded, and the role each gives. */
const DESK_ROLES: Readonly<Record<string, Byline["role"]>> = {
  责任编辑: "editor", // 責任編輯：林淑媛
  编辑: "editor", // 編輯：林淑媛
  核稿: "editor", // 核稿：李四 (the copy editor)
  译者: "editor", // 譯者：張三 (the translator of wire copy; see the file's doc comment)
};
/** One part of a desk credit: `核稿：李四`, `編輯：林淑媛、張三`, `责任编辑：李　明` (a padded name). */
const DESK_PART = new RegExp(String.raw`^\s*(?<role>${Object.keys(DESK_ROLES).join("|")})\s*:\s*(?<names>\p{Script=Han}{1,4}(?:[、 ]+\p{Script=Han}{1,4})*)\s*$`, "u");
/** A run of Han characters in a desk credit's names: a name, or a piece of a padded one (`李`, `明` of `李　明`). */
const NAME_PIECE = /\p{Script=Han}+/gu;

/**
 * The bylines of a wire's desk credit in brackets, `(译者:张三/核稿:李四)`
 * (folded, trimmed, from the original `written`); null when any part is not
 * a desk role with its names.
 */
function deskCredit(folded: string, written: string): Byline[] | null {
  if (!folded.startsWith("(") || !folded.endsWith(")")) return null;
  const bylines: Byline[] = [];
  let at = 1;
  for (const part of folded.slice(1, -1).split(/[/;；]/u)) {
    const m = DESK_PART.exec(part);
    const role = m?.groups?.role;
    const names = m?.groups?.names;
    if (m === null || role === undefined || names === undefined) return null;
    const labelAt = at + part.indexOf(role);
    const label = written.slice(labelAt, labelAt + role.length);
    const read = deskNames(names, written, at + m[0].indexOf(names, role.length));
    if (read === null) return null;
    for (const name of read) bylines.push({ name, role: DESK_ROLES[role] ?? "editor", label, photo: false });
    at += part.length + 1;
  }
  return bylines;
}

/**
 * The names of one desk role (`names`, folded, standing at `from` in
 * `written`), as written and without padding: `林淑媛、張三`, `李　明` (one
 * padded name), `王 芳 李 强` (two). A name is a piece of two to four
 * characters, or a run of pieces that `paddedNameLength` reads as one; a
 * lone character that is no part of such a run is no name (null).
 */
function deskNames(names: string, written: string, from: number): string[] | null {
  const pieces: { text: string; at: number; listed: boolean }[] = [];
  NAME_PIECE.lastIndex = 0;
  for (let m = NAME_PIECE.exec(names); m !== null; m = NAME_PIECE.exec(names)) {
    // `listed`: a 、 stands before the piece, so no padded name runs across it.
    pieces.push({ text: m[0], at: m.index, listed: names.slice(0, m.index).trimEnd().endsWith("、") });
  }
  const out: string[] = [];
  for (let k = 0; k < pieces.length; ) {
    let end = k + 1;
    while (end < pieces.length && !pieces[end]!.listed) end++;
    const padded = paddedNameLength(pieces.slice(k, end).map((p) => p.text));
    const take = padded > 0 ? padded : pieces[k]!.text.length >= 2 ? 1 : 0;
    if (take === 0) return null;
    let name = "";
    for (const p of pieces.slice(k, k + take)) name += written.slice(from + p.at, from + p.at + p.text.length);
    out.push(name);
    k += take;
  }
  return out;
}

/**
 * A wire's closing desk credit after the last sentence, with or without its
 * ROC date code: `(编辑:林淑媛)1120928`, `(译者:张三/核稿:李四)`. Returns the
 * bylines, or null.
 */
function deskTail(written: string, folded: string): Byline[] | null {
  const code = ROC_DATE_CODE.exec(folded);
  const credit = code ? folded.slice(0, code.index + 1) : folded;
  if (credit.length > MAX_TAIL) return null;
  return deskCredit(credit, written);
}

/**
 * An organisation credited in brackets for the matter above it, a table's
 * figures or a box's text: `（市统计局提供）`, `（由市统计局提供）`,
 * `（数据由市统计局提供）`, `（数据来源：江城市统计局）`, `（资料来源：省农业农村厅）`.
 * Folded (`：` → `:`). A picture's provider is read elsewhere
 * (`（图片由市文旅局提供）`, a credit line); a bare `（来源：…）` names where
 * copy was taken from (`isAgencyTag`).
 */
const PROVIDER_TAG = /^\((?:(?:数据|资料|图表)来源\s*:\s*(?<source>[^()\s:]{2,20})|(?:数据|资料)?由?(?<org>[^()\s:由]{2,16}?)提供)\)$/u;
/**
 * How an organisation's name ends: `市统计局`, `省农业农村厅`, `市发改委`,
 * `区政务服务中心`, `某某公司`, `某某工务段`, `某某水泥厂`, `市消防救援支队`,
 * `市气象台`, `受访者`, `主办方`. What else stands there (`记者整理`,
 * `本报综合`) credits no organisation. The endings every reader of a body's
 * name takes are `BODY_ENDS`; the rest are a credit's own (`受访者`, `主办方`, `网`).
 */
const ORGANISATION_END = new RegExp(`(?:${BODY_ENDS}|委|部|办|院|所|厂|段|队|学会|商会|银行|署|站|馆|处|社|网|台|政府|街道|机构|平台|医院|受访者|受访单位|主办方|承办方)$`, "u");

/**
 * The organisation a bracketed provider's credit after the last sentence
 * names (`PROVIDER_TAG`), as a `source` byline; null for any other tail. No
 * picture is credited, so `photo` is false.
 */
function providerTail(written: string, folded: string): Byline[] | null {
  if (written.length > MAX_TAIL) return null;
  const m = PROVIDER_TAG.exec(folded);
  const name = m?.groups?.source ?? m?.groups?.org;
  if (m === null || name === undefined) return null;
  // The names end the tag, before `)`, or before `提供)`; one byline each (`市统计局、市税务局`).
  let at = folded.length - 1 - (m.groups?.org === undefined ? 0 : 2) - name.length;
  const bylines: Byline[] = [];
  for (const part of name.split("、")) {
    if (!ORGANISATION_END.test(part)) return null;
    bylines.push({ name: written.slice(at, at + part.length), role: "source", label: null, photo: false });
    at += part.length + 1;
  }
  return bylines;
}

/**
 * The organisations a bracketed provider's credit names (`（建屋发展局提供）`,
 * `（数据来源：江城市统计局）`: `PROVIDER_TAG`), as `source` bylines with
 * `photo` false; null for any other text. The caption reader asks it of the
 * tag closing a line that opens as a caption (`图：…`), whose picture it credits.
 */
export function providerCredit(tag: string): Byline[] | null {
  const written = tag.trim();
  return providerTail(written, normaliseString(written));
}

/**
 * Who sent in or put together the text above, in brackets at its end, as
 * school, company and trade papers credit the items their units send
 * (folded): `(供稿:外国语学院)`, `(供稿单位:市水务局)`, `(机械工程学院供稿)`,
 * `(党委宣传部整理)`, `(张　华整理)`. An agency's copy (`（新华社供稿）`) is an
 * agency's tag, read before (`isAgencyTag`); a reporter who put it together
 * (`（本报记者 王芳 整理）`) is read as any credit is.
 */
const GIVEN_TAG = /^\((?:(?<label>供稿(?:单位)?)\s*:\s*(?<labelled>[^()]{2,24})|(?<named>[^()\s:]{2,20}?|\p{Script=Han}\s\p{Script=Han})\s*(?:供稿|整理))\)$/u;

/**
 * The senders a closing `GIVEN_TAG` names, one byline each (`外国语学院、
 * 化学化工学院`): an organisation (`ORGANISATION_END`) as a `source`, a likely
 * personal name, padded or not (`张　华`), as an `author`; the label is 供稿 or
 * 供稿单位 where it stands before the names. Null for any other tail, and
 * when a name is neither (`（根据录音整理）`, `（本报综合整理）`).
 */
function givenTail(written: string, folded: string): Byline[] | null {
  if (written.length > MAX_TAIL) return null;
  const g = GIVEN_TAG.exec(folded)?.groups;
  const names = g?.labelled ?? g?.named;
  if (g === undefined || names === undefined) return null;
  const label = g.label === undefined ? null : written.slice(1, 1 + g.label.length);
  let at = g.labelled === undefined ? 1 : folded.length - 1 - names.length;
  const bylines: Byline[] = [];
  for (const part of names.split("、")) {
    const name = written.slice(at, at + part.length).trim();
    at += part.length + 1;
    if (ORGANISATION_END.test(part) && !part.includes(" ")) bylines.push({ name, role: "source", label, photo: false });
    else if (isSignerName(part.trim())) bylines.push({ name: name.replace(/\s+/gu, ""), role: "author", label, photo: false });
    else return null;
  }
  return bylines;
}

/** `（作者为某大学教授）`, `(作者系…)`, `（作者单位：…）`: who wrote a commentary, after its last sentence. */
const AUTHOR_NOTE = /^\(作者(?:为|系|是|单位[:：]?)[^()]{2,60}\)$/u;

/**
 * A note closing a republished article on the title it first ran under, in
 * brackets (folded): `(原标题:上半年出口额下降)`, `(原题:…)`, `(新闻原标题:…)`.
 * A headline, not text: it is cut off, crediting no one. The title may hold
 * its own sentence ends (`(原标题:谁来管?)`), so the note is read from the
 * paragraph's end, not after its last sentence.
 */
const ORIGINAL_TITLE_NOTE = /\((?:新闻)?原标?题\s*:[^()]{1,60}\)$/u;
/** How much of a paragraph's end is read for that note: its brackets, label and a title of up to 60 characters. */
const ORIGINAL_TITLE_READ = 72;

/**
 * The paragraph without the original-title note that closes it
 * (`ORIGINAL_TITLE_NOTE`), and the credit before the note, if any
 * (`…。（记者 王五）（原标题：…）`); null when no note closes it. The note
 * stands after a sentence end or a credit, or makes the whole paragraph:
 * `该片改编自同名小说（原题：…）` ends no sentence and is text.
 */
function originalTitleNote(paragraph: string): TrailingSplit | null {
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (last !== 0x29 && last !== 0xff09) return null; // ) ）
  const read = Math.max(0, paragraph.length - ORIGINAL_TITLE_READ);
  const m = ORIGINAL_TITLE_NOTE.exec(normaliseString(paragraph.slice(read)));
  if (m === null) return null;
  const body = paragraph.slice(0, read + m.index).trimEnd();
  if (body.length === 0 || CLOSED.test(normaliseString(body.slice(-CLOSED_READ)))) return { body, bylines: [] };
  return splitTrailingCredit(body);
}

/**
 * A digest's credit closing an item it reprints, in brackets (folded): the
 * verb of taking (`摘自`, `摘编自`, `节选自`, `选自`, `原载`, `转载自`, `据`),
 * the source's date (`5月9日`, `2025年5月9日`), the source, in title marks
 * with the kind of paper after it (`《江城晚报》`, `《晚晴》杂志`) or an
 * outlet's name (`人民网`), its issue (`2025年第5期`), then who wrote it
 * there (`作者　林晓岚`, `孟欣然`, `邵明哲文`) or, after 据, that it reported
 * (`（据《某某报》报道）`), and a note of cuts (`，有删节`):
 *
 *   （摘自《江城晚报》　作者　林晓岚）  （摘自5月9日《青年消费报》　孟欣然）
 *   （据《临川日报》　邵明哲文）  （摘自《晚晴》杂志　钱树声）  （摘编自《某某》2025年第3期）
 *
 * The date is the source's day of publication, not the event's: it is cut
 * off with the credit and never read as the article's date.
 */
const DIGEST_CREDIT = new RegExp(
  String.raw`^\((?:摘自|摘编自|节选自|选自|原载于?|转载自|转自|据)\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?\s*` +
    String.raw`(?:《[^《》()]{1,24}》(?:报道|消息|杂志|期刊|周刊|月刊|报|网|客户端|微信公众号)?|(?<outlet>\p{Script=Han}{2,10}))` +
    String.raw`(?:\s*(?:\d{4}年)?第?\d{1,3}期)?(?<rest>[^()《》]{0,16}?)(?:[,，]?\s*(?:略|有所|有)删[节改减])?\)$`,
  "du",
);
/** What a digest credit opens on after its bracket: 摘(自/编自), 据, 节(选自), 选(自), 原(载), 转(载自). */
const DIGEST_FIRST = new Set("摘据节选原转");
/**
 * A name glued to the marker 文 that says he wrote it (`邵明哲文`): the name
 * is two or three characters; the 文 is no part of it.
 */
const GLUED_WRITER = /^(?<name>\p{Script=Han}{2,3})文$/u;

/**
 * The writers a digest's credit closing an item names (`DIGEST_CREDIT`), as
 * bylines: [] when it names only its source (`（摘自《某某》）`); null when the
 * tail (trimmed, as written) is no such credit, or names what is no writer
 * (`（据《某某》报道，…）` holds a clause, and is text).
 */
function digestTail(written: string): Byline[] | null {
  if (written.length < 4 || written.length > MAX_TAIL || !DIGEST_FIRST.has(written.charAt(1))) return null;
  const folded = normaliseString(written);
  const m = DIGEST_CREDIT.exec(folded);
  const rest = m?.indices?.groups?.rest;
  if (m === null || rest === undefined) return null;
  const outlet = m.groups?.outlet;
  // Without title marks only an outlet is a source (`（摘自人民网）`); `（据新华社）` is an agency's tag as well.
  if (outlet !== undefined && !isOutletName(outlet)) return null;
  // Folding keeps lengths: the writers stand at the same offsets in the written text.
  const names = written.slice(...rest).trim();
  return names.length === 0 ? [] : digestWriters(names, normaliseString(names));
}

/**
 * The writers named at the end of a digest's credit (`作者　林晓岚`, `孟欣然`,
 * `邵明哲 文`, `邵明哲文`), as `author` bylines (or as the role word before
 * them says); null when the words are no credit of persons.
 */
function digestWriters(names: string, folded: string): Byline[] | null {
  const glued = GLUED_WRITER.exec(folded)?.groups?.name;
  if (glued !== undefined) return isSignerName(glued) ? [{ name: names.slice(0, glued.length), role: "author", label: null, photo: false }] : null;
  const credit = parseCredit(names);
  if (credit === null || credit.bylines.length === 0 || credit.bylines.some((b) => b.role === "source" || b.photo)) return null;
  const named = credit.hasRole || credit.hasMarker;
  return named || credit.bylines.every((b) => isSignerName(normaliseString(b.name))) ? credit.bylines : null;
}
