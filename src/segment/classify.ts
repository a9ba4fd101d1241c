/**
 * Classify: what each unit of a page looks like, before deciding what it is.
 *
 * - `furniture`: a page staff line, a section name or page number beside one;
 * - `credit`: a line that is only a byline, photo credit or signature;
 * - `caption`: a picture caption ending in a credit;
 * - `note`: an editorial note that is no text of the article (`（附图片１张）`, `（完）`);
 * - `headline`: short, unpunctuated, does not end a sentence;
 * - `body`: running text (possibly opening with a dateline and credit: `lead`).
 */
import type { Byline, Staff } from "../schema.js";
import { endsOnColon, endsSentence, isClausedHeading, isNumberedHeading, sliceUnit, type Unit } from "../reflow/reflow.js";
import { creditsPicture, editorBylines, type CreditLineMatch, type Cues, type LeadMatch } from "./cues.js";
import { BULLET_MARKS, charSet, CLAUSE_MARKS, countIn, fitsCollapsed, has, isAsciiDigit, OPEN_CLAUSE_MARKS, SENTENCE_MARK, SENTENCE_MARK_CHARS, WHITE_SPACE } from "../text/chars.js";
import { isColumnName } from "./columns.js";
import { BODY_ENDS } from "../text/organisations.js";
import {
  contactLine,
  contactsThenStaff,
  isBareNumber,
  isCopyCall,
  isIndexEntry,
  isAdLabel,
  isIndexLabel,
  isLatinLine,
  isPageFooter,
  isPageEntryLine,
  isPageNumberLine,
  isSectionName,
  issueDateLine,
  LIST_NUMBER_SPAN,
  mastheadLine,
  type MastheadCue,
  parseBareFolio,
  parseFolio,
  parsePageLabel,
  parseSectionLine,
  sectionText,
  serviceBoxOpening,
  serviceLine,
} from "./furniture.js";
import { jumpSource } from "./jumps.js";
import { postItems } from "./wechat.js";
import { HEADING_NUMERAL, HEADING_NUMERALS, holdsItemSeries, itemNumber } from "../text/numbering.js";
import { BARE_NUMBER, cellsOf, isGappedRow, isLabelledFigureRow, isUnitPairHeader } from "../text/table.js";
import {
  isBreadcrumb,
  isFooterFieldLine,
  isLinkLine,
  isMetaLine,
  isOriginalTitleLine,
  isPageNavLine,
  isSiteFooter,
  isTitleListLabel,
  RELATED_LABEL,
  webNavLine,
} from "./web-header.js";

/**
 * `picture` (附图片), `end` (完), `jump` (转第N版), `web` (a crawled page's
 * buttons), `column` (a column of briefs: 简讯), `box` (a box's label:
 * 记者手记, 相关链接), `endnote` (a line wholly in brackets closing an
 * article: `（据新华社）`, `（本报记者 韩冬 参与采写）`, `（作者单位：…）`), `table`
 * (a statistical table appended to a report: `appendedTableNotes`).
 */
export type NoteKind = "picture" | "end" | "jump" | "web" | "column" | "box" | "endnote" | "editor" | "source" | "table";

export type UnitKind = "furniture" | "credit" | "caption" | "note" | "headline" | "body";

export interface Classified {
  kind: UnitKind;
  unit: Unit;
  lead?: LeadMatch;
  credit?: CreditLineMatch;
  caption?: { caption: string; bylines: Byline[] };
  staff?: Staff[];
  note?: NoteKind;
  /** For a folio line (page number, date and weekday): the section name it carries, if any. */
  section?: string | null;
  /** A folio line: the lines touching it may be the section's name (`markTouching`). */
  folio?: boolean;
  /** A folio holding the issue's full date or weekday (`Folio.dated`): a lone line over it may be the paper's name. */
  dated?: true;
  /**
   * The section this line names stands where a paper's name does (`Folio.paperPlace`,
   * or a lone line over a dated folio): the page's section only when no other
   * line of the page's head names one (`takeFurniture`).
   */
  paperPlace?: true;
  /** The credit's bylines are final: read them from `credit`, not by parsing the text again. */
  parsed?: boolean;
  /** Furniture that is only a page number (`2`, `-2-`, `第2版`): a page break, which may fall inside an article. */
  pageNumber?: boolean;
  /** A credit line that is the date a document under its headline was issued (`（2024年2月28日）`). */
  issued?: boolean;
  /** A row of a table set with spaces, or its column-header row (`tableRows`): body text. */
  tableRow?: boolean;
  /** A line of a form's run of fields (`项目编号：…` / `预算金额：…`, `formFields`): body text. */
  formField?: boolean;
  /** The unit opened on a jump-from note (`（上接第一版）…`, cut off): the page its text came from (`jumpSource`). */
  jumpFrom?: number;
  /** A signature closing an opinion piece in the paper's own voice, naming no one (`本报评论员`): the piece is signed opinion. */
  voice?: true;
  /** Page furniture that is a web view's chrome (`paperChrome`: `上一版　下一版`, `版权所有…`): it may close a page above the next page's head. */
  chrome?: true;
}

/** Longest line taken for a headline; longer unpunctuated lines are broken paragraphs. */
const HEADLINE_MAX = 40;

// `（附图片１张）`: the picture that stood here; `（完）`: the end of a story.
const PICTURE_COUNT = String.raw`\(\s*附?(?:图片|照片|图)\s*\d+\s*[张幅]\s*\)`;
// `（资料图片）`, `（本報資料圖片）`, `新华社资料照片`: a picture from the archive, no credit.
const PICTURE_NOTE = new RegExp(`^${PICTURE_COUNT}$|^\\(?[\\u4e00-\\u9fff]{0,4}资料(?:图片|照片|图)\\)?$`);
/** A picture note glued to the end of a (normalised) line: `…接近尾声（附图片１张）`. */
export const PICTURE_NOTE_SUFFIX = new RegExp(`\\s*${PICTURE_COUNT}$`);
const END_MARK = /^[(【\[]\s*完\s*[)】\]]$/;
// The page a note points to: `第3版`, `第三版`, `01版`, `A3`, `A13版`.
const PAGE_REF = "(?:第?[\\d一二三四五六七八九十]{1,3}版|[A-Z]\\d{1,2}版?)";
// `下转第三版`, `上接第1版`, `转A3`: where the story goes on or came from.
const JUMP_BODY = `[上下]?(?:转|接)${PAGE_REF}`;
// `相关新闻见A13`, `相关报道见A3版`, `相关新闻刊A11`, `续见A6版`, `详见第5版`, `见A2`: another page to read.
const XREF_BODY = `(?:相关[\\u4e00-\\u9fff]{1,4}|续|详|另|全文)?(?:见|刊|载|刊登于)${PAGE_REF}`;
// Without brackets a note needs its first word: `上接01版`, `相关新闻见A13`, `续见A6版`,
// or a bare 转 sending the text on: `转A2版`, `转第2版`, `紧转A2版`, `续转第3版`.
const BARE_REF = `(?:[上下]接|[上下紧续]?转|(?:相关[\\u4e00-\\u9fff]{1,4}|续|详)(?:见|刊|载))${PAGE_REF}`;
// A guide's pointer: an arrow and a page, no word: `▶A05`, `>>>A3`, `→A12版`.
const POINTER = `(?:[▶►→]|>{2,3})\\s*${PAGE_REF}`;
// The marks a note may open with or stand in: `▲相关新闻见A13`, `■上接01版`, `〈相关新闻刊A11〉`, `▶转A2版`, `>>>下转A2版`, `→下转A2`.
const NOTE_BULLET = "(?:[▲■●◆★□△▼►▶※◎→↓]|>{2,3})?\\s*";
const OPEN = "[(〈<【\\[]";
const CLOSE = "[)〉>】\\]]";
const JUMP = new RegExp(`^(?:${NOTE_BULLET}(?:${OPEN}\\s*(?:${JUMP_BODY}|${XREF_BODY})\\s*${CLOSE}|${BARE_REF})|${POINTER})$`);
/**
 * A jump or cross-reference note closing a line: in brackets glued to it
 * (`…周边（下转第3版）`, `…（相关新闻见A13版）`), or bare after a space
 * (`…其他事项　详见第3版`, `…周边 下转第3版`, `…周边 转A3`), or a guide's bare page
 * after an arrow (`…排期出炉　▶A12`).
 */
const JUMP_SUFFIX = new RegExp(`(?:\\s*\\(\\s*(?:${JUMP_BODY}|${XREF_BODY})\\s*\\)|\\s+${NOTE_BULLET}(?:${BARE_REF}|转${PAGE_REF})|\\s+${POINTER})$`);
/** How much of a line's end `JUMP_SUFFIX` is read on: brackets, 相关 and four more words, a page reference, spaces. */
const JUMP_SUFFIX_READ = 24;
/** What a line closed by a jump note ends on: a closing bracket, 版, or a page's digit (`转A3`). */
const JUMP_SUFFIX_LAST = charSet(")版0123456789");

/**
 * Where a jump note closing the folded line `norm` begins (`JUMP_SUFFIX`), or
 * -1. Only the line's end is read: an end-anchored regex would try every
 * position of a long paragraph, and most lines end otherwise.
 */
export function jumpSuffixAt(norm: string): number {
  if (!has(JUMP_SUFFIX_LAST, norm, norm.length - 1)) return -1;
  const from = Math.max(0, norm.length - JUMP_SUFFIX_READ);
  const m = JUMP_SUFFIX.exec(norm.slice(from));
  return m === null ? -1 : from + m.index;
}
/** A jump-from note opening a paragraph: `（上接A1版）今年，…`, `（上接第一版）会议强调…`. */
const JUMP_PREFIX = new RegExp(`^\\(\\s*上?接${PAGE_REF}\\s*\\)\\s*`);
// The key of a contact line: `举报电话`, `投稿邮箱`, `地址`.
const CONTACT_KEY = String.raw`^[\u4e00-\u9fff]{0,6}(?:电话|热线|邮箱|地址|网址|微信|QQ)`;
// `举报电话：１２３４５６７８`, `地址：…`: a contact line closing an article, not a heading.
const CONTACT_VALUE = String.raw`[:：]?\s*[\w\-.@/ ]{5,}$`;
const CONTACT = new RegExp(CONTACT_KEY + CONTACT_VALUE);
/**
 * A line that is a contact (`CONTACT`) or opens with a contact and its value
 * (`报名电话：0571-1234567　联系人：王老师`, `咨询热线：12345 工作日受理`): the
 * notice's own text, never a heading. One run reads the key once for both.
 */
const CONTACT_LINE = new RegExp(String.raw`${CONTACT_KEY}(?:[:：]\s*[\w\-.@/]{5,}|${CONTACT_VALUE})`);

/**
 * An app's or portal's buttons and prompts, on a line of their own:
 * `分享让更多人看到`, `展开全文`, `展开剩余82%`, `举报`, `阅读原文`,
 * `点击查看全文`, `打开APP阅读`, `点赞 收藏 分享`. Chrome of the copied page,
 * never a headline or text.
 */
const APP_BUTTONS =
  /^(?:(?:分享让更多人看到|分享给更多人|展开全文|展开剩余\d{0,3}%?|举报|阅读原文|查看原文|点击查看(?:全文|原文|更多)?|打开APP[^。!?]{0,8}|APP内打开|收藏|点赞|在看|分享|转发)\s*)+$/;
// Web page furniture inside crawled text: `【纠错】`, `【打印】`, `分享到：`.
// A crawled page's buttons and link lists: `【纠错】`, `分享到：`, `相关新闻`;
// its meta line: `2022-09-28 08:30:12　来源：人民网`.
const WEB_FURNITURE = new RegExp(
  [
    "^(?:【(?:纠错|打印|关闭|关闭窗口|收藏|推荐|字号|字体|分享|返回顶部)[^】]{0,6}】\\s*)+$", // 【字体:大 中 小】 【打印】 【关闭】
    "^分享到[:：]?",
    APP_BUTTONS.source, // 分享让更多人看到, 展开全文, 举报
    "^扫(?:码|一扫|描二维码)[^。!?]{0,14}$", // 扫码看视频, 扫一扫 关注我们
    RELATED_LABEL.source, // 相关阅读：, 【相关新闻】
    // 2022-09-28 08:30:12　来源：某某网; a source holds no sentence (`来源：群众举报。记者…` is text)
    "^\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s+(?:来源|稿源)[:：][^。!?]{0,30})?$",
    "^(?:来源|稿源)[:：]\\s*[^\\s。!?][^。!?]{0,30}$", // 来源：东区日报
  ].join("|"),
);
// A bracketed editor credit at the foot of a web article: `【责任编辑:王五】`, `(责编：孙七、周八)`.
const BRACKETED = /^[(【\[〔](.+)[)】\]〕]$/;

// The paper's commentator, unnamed: `本报评论员`, `新华社评论员`, `评论员`, perhaps after the mark a signature
// is set with (`■ 本报评论员`, `□本报评论员`).
const COMMENTATOR = /^(?:[■□◎●◆]\s*)?[\u4e00-\u9fff]{0,6}评论员$/;

// A short line ending in ? or ! with no other sentence punctuation.
const EXCLAIMED = /^[^,。;、!?]{2,24}[!?]{1,3}[”"’)]?$/;
/** No longer line is `EXCLAIMED` (24 characters, three marks, a quote): the test is skipped past it. */
const EXCLAIMED_MAX = 28;
// A short exclamation or question of clauses: one sentence, its only sentence
// end the last (`让群众少跑腿，数据多跑路！`, `“再坚持一下，我们马上到！”`, `你好，新时代！`).
const EXCLAIMED_CLAUSES = /^[^。;!?]{3,30}[!?]{1,3}[”"’)]?$/;
/** No longer line is `EXCLAIMED_CLAUSES` (30 characters, three marks, a quote). */
const EXCLAIMED_CLAUSES_MAX = 34;

// A column label over a headline (`新闻速递`, `简讯`, `图片新闻`): the name of a
// block of briefs, no headline of its own.
// A city's or a trade's briefs: `城市简讯`, `新闻速览`, `体育快讯`.
const COLUMN_LABEL = new RegExp(
  String.raw`^[【\[]?(?:新闻速递|新闻快递|[\u4e00-\u9fff]{0,4}(?:简讯|快讯|短讯|速览|速递)|资讯|图片新闻|新闻图片|一线传真|本地新闻|要闻简报)[】\]]?$`,
);
/**
 * The label of a box set beside an article (`记者手记`, `相关链接`,
 * `延伸阅读`, `新闻链接`): the kicker of the box's headline, or its title
 * when the box has none.
 */
// A box of tips, named for its trade (`农技小贴士`, `健康小贴士`, `温馨提示`, `安全提示`).
// A service box under a report: a warning from whoever gives it (`提醒`, `警方提醒`, `温馨提醒`,
// `消费提醒`, not an expert's or a lawyer's, which is a section of the report: subhead.ts
// `STOCK_LABEL`) or how readers may take part (`公众参与`).
const BOX_LABEL =
  /^[【\[]?(?:新闻链接|相关链接|背景链接|知识链接|链接|延伸阅读|记者手记|采访手记|编后语?|记者观察|[\u4e00-\u9fff]{0,4}(?:小贴士|贴士|小提示|提示)|(?:警方|警察|民警|温馨|特别|友情|安全|消费|出行|防骗)?提醒|公众参与)[】\]]?$/;

/**
 * A short line wholly in round brackets: `（据新华社）`, `（本报综合）`,
 * `（记者 王芳 王和平）`, `（作者单位：北京大学）`. Papers set the source, the
 * helpers' credit or a note on the author so at the foot of an article; no
 * headline is bracketed. A bracketed number alone (`（二）`) is left to subheads.
 */
const BRACKETED_NOTE = /^\([^()]{2,38}\)$/;
/** A bracketed number alone, any length: `(二)`, `(12)`. */
const BRACKETED_NUMBER = new RegExp(String.raw`^\([${HEADING_NUMERALS}\d]+\)$`);

/** A sentence inside brackets (`（陳大文說，他已經等了3年。）`): body text set in brackets, not a note. */
const BRACKETED_SENTENCE = /[。！？!?]\)$/;

/** True for a short line wholly in brackets that is no numbering nor a sentence: an end note of the article above. */
export function isBracketedNote(norm: string): boolean {
  // `BRACKETED_NOTE` holds 4 to 40 characters and opens on `(`: one comparison each turns most units away.
  if (norm.length > 40 || norm.charCodeAt(0) !== 0x28) return false;
  return BRACKETED_NOTE.test(norm) && !BRACKETED_NUMBER.test(norm) && !BRACKETED_SENTENCE.test(norm);
}

/*
 * Exact first tests for the note regexes, read off their alternatives: most
 * units are body text, and one length or one character turns each away.
 *
 * - `BOX_LABEL` is at most 9 characters (`【健康生活小贴士】`), `COLUMN_LABEL` at
 *   most 8 (`【城市新闻简讯】`: a bracket, four Han, a word, a bracket);
 * - the last character of a match: `PICTURE_NOTE` ends on `)`, 片 or 图;
 *   `END_MARK` on a closing bracket; `JUMP` on a closing bracket, 版 or a
 *   digit (a bare page reference: `上接01`); `BOX_LABEL` and `COLUMN_LABEL`
 *   on the last character of one of their words, or a closing bracket;
 * - the first character of a `WEB_FURNITURE` match: 【, a digit (a date) or
 *   the first character of one of its words.
 */
const BOX_LABEL_MAX = 9;
const COLUMN_LABEL_MAX = 8;
const PICTURE_NOTE_LAST = charSet(")片图");
const END_MARK_LAST = charSet(")】]");
const JUMP_LAST = charSet(")〉>】]版0123456789");
const BOX_LABEL_LAST = charSet("接读记后语察士示醒与】]");
const COLUMN_LABEL_LAST = charSet("递讯览闻片真报按】]");
const WEB_FURNITURE_FIRST = charSet("【分扫相延热推来稿展举阅查点打A收在转0123456789");

function isBoxLabel(norm: string): boolean {
  return norm.length <= BOX_LABEL_MAX && has(BOX_LABEL_LAST, norm, norm.length - 1) && BOX_LABEL.test(norm);
}

function isColumnLabel(norm: string): boolean {
  return norm.length <= COLUMN_LABEL_MAX && has(COLUMN_LABEL_LAST, norm, norm.length - 1) && COLUMN_LABEL.test(norm);
}

/** `编者按` on a line of its own (`【编者按】`, `编者按：`): the editor's note follows. */
const EDITORS_NOTE = /^[【\[]?编者按[】\]]?[:：]?$/;

/**
 * Where a table's or a chart's figures come from, under it: `数据来源：省统计局`,
 * `资料来源：劳动部、主计总处`, `图表来源：…`. A note of the article it stands
 * in, never a headline.
 */
const SOURCE_NOTE = /^(?:数据|资料|图表)来源[:：]\s*\S/;
const SOURCE_NOTE_MAX = 40;

/** `column` or `box` for a column's or a box's label (`简讯`, `记者手记`), else null. */
function columnLabel(norm: string): NoteKind | null {
  // A bullet may stand before the label (`■简讯`, `● 相关链接`); 简 is also a surname.
  const label = has(BULLETS, norm, 0) ? norm.slice(1).trimStart() : norm;
  if (isBoxLabel(label)) return "box";
  return isColumnLabel(label) ? "column" : null;
}

/** `BULLET_MARKS` as a table: a label or a list line may open with one. */
const BULLETS = charSet(BULLET_MARKS);

/**
 * A line of geometric shapes and spaces only (`■▲□■ ■■ ▲▲□ ■▲`, `▲□ ■`): what
 * OCR reads in a picture, or a rule drawn with marks. It stands for no text.
 */
const SHAPES_ONLY = /^[\u25a0-\u25ff\u2605\u2606\s]{2,}$/;

/** True for a line of shapes only (`SHAPES_ONLY`); its first character is one (U+25A0–U+25FF, ★☆). */
function isShapesOnly(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return ((first >= 0x25a0 && first <= 0x25ff) || first === 0x2605 || first === 0x2606) && SHAPES_ONLY.test(norm);
}

/**
 * A platform's disclaimer or repost note under an article it carries: it
 * opens on a disclaimer's key (`免责声明：本文转自…`, `版权声明：…`), or says the platform's formula (`文章内容不代表本平台观点`,
 * `如有侵权请联系删除`, `不构成投资建议`, `本文来自某某，更多原创资讯请下载…APP`).
 * It speaks for the site, not the report: chrome, no paragraph. A report's
 * sentence on a statement (`公司发布声明称…`) and a classified notice
 * (`声明：…遗失，声明作废。`) open on no such key and say no formula.
 */
const REPOST_NOTE =
  /^[(（]?(?:免责声明|版权声明)[:：]|不代表本(?:平台|站|网|号|网站|账号)(?:的)?(?:观点|立场)|如有?侵权[,，]?请(?:联系)?(?:我们)?(?:删除|处理)|不构成(?:任何)?投资建议|本文来自[^。!?]{1,20}[,，]更多[^。!?]{0,20}请下载/;
/** Longest repost note: a disclaimer of two or three sentences. */
const REPOST_NOTE_MAX = 120;
/** The characters of the formulas' first words (免, 版) and of their keys (代, 侵, 构, 来): a line with none is no repost note. */
const REPOST_NOTE_CHARS = /[免版代侵构来]/;

/** True for a platform's disclaimer or repost note (`REPOST_NOTE`). */
function isRepostNote(norm: string): boolean {
  return norm.length <= REPOST_NOTE_MAX && REPOST_NOTE_CHARS.test(norm) && REPOST_NOTE.test(norm);
}

/** True for a note that stands for no text: a picture note or an end mark. */
export function isNote(norm: string): NoteKind | null {
  const last = norm.length - 1;
  if (has(PICTURE_NOTE_LAST, norm, last) && PICTURE_NOTE.test(norm)) return "picture";
  if (isShapesOnly(norm)) return "picture";
  if (has(END_MARK_LAST, norm, last) && END_MARK.test(norm)) return "end";
  if (has(JUMP_LAST, norm, last) && JUMP.test(norm)) return "jump";
  if (isBoxLabel(norm)) return "box";
  if (has(WEB_FURNITURE_FIRST, norm, 0) && WEB_FURNITURE.test(norm)) return "web";
  if (isRepostNote(norm)) return "web";
  if (isColumnLabel(norm)) return "column";
  // A reporter's address under the byline (`hepeishan@example.com.sg`): neither heading nor body.
  if (norm.length <= EMAIL_MAX && norm.includes("@") && EMAIL_LINE.test(norm)) return "web";
  // A crawled page's meta line (`发布时间：2024年05月24日 09:12 作者：吴晓明`) or its original title
  // (`原标题：…`): page matter of the article it stands in, never its headline.
  if (isMetaLine(norm)) return "web";
  if ((norm.charCodeAt(0) === 0x539f || norm.charCodeAt(0) === 0x65b0) && isOriginalTitleLine(norm)) return "web"; // 原, 新
  // A crawled page's breadcrumb (`首页 > 新闻中心 > 本地要闻`) and its links to the articles
  // before and after (`上一篇：…`): page chrome, never a headline nor text.
  if (isBreadcrumb(norm) || isPageNavLine(norm)) return "web";
  // A web view's navigation bar or toolbar (`上一版　下一版　返回目录`, `字号 大 中 小`, `阅读 1.2万`,
  // `点击查看大图`): chrome of the copied page, never a headline nor text.
  if (webNavLine(norm) !== null) return "web";
  return null;
}

/** A line that is an e-mail address and nothing else. */
const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const EMAIL_MAX = 64;

/**
 * True when a trimmed, normalised unit looks like a headline or subhead. Its
 * length is what it says (`fitsCollapsed`): a page's head spread over the
 * column with spaces (`能源·基建　…　08`) is as short as its words.
 */
export function isHeadlineLike(norm: string): boolean {
  if (norm.length === 0 || !fitsCollapsed(norm, HEADLINE_MAX)) return false;
  // A row of a table set with tabs (`固定资产投资\t—\t—\t4.3`) is no heading.
  if (norm.includes("\t")) return false;
  if (endsSentence(norm) || COLON_END.test(norm) || CONTACT_LINE.test(norm)) return false;
  // An item of a list run in one sentence (`任命王志远为省人民政府副省长；`): no heading ends on a semicolon.
  if (norm.charCodeAt(norm.length - 1) === 0x3b) return false; // ;
  // Sentence punctuation outside quotations; the quotations are cut out only when there is some.
  if (SENTENCE_MARK.test(norm) && SENTENCE_MARK.test(norm.replace(QUOTATION, ""))) return false;
  return countIn(norm, CLAUSE_MARKS) <= 1;
}

const COLON_END = /[:：]$/;
const QUOTATION = /[“"‘][^”"’]*[”"’]/g;
/** The sentence marks, folded or full-width (`！？`): a caption counts the same either way. */
const CAPTION_SENTENCE_ENDS = charSet(`${SENTENCE_MARK_CHARS}！？`);

// Page numbers and dates that stand beside a staff line: `第3版`, `A03`, `2022年9月29日 星期四`.
const PAGE_MARK = /^(?:第?[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日\s*星期.|\d{1,3})$/;

// A section name: short, without sentence punctuation (`同城·新媒`, `要闻`, `经济·民生`).
const SECTION_MAX = 12;
/**
 * A line naming a writer's post and no one (`本报评论员`, `本刊特约评论员`, `本刊编辑部`):
 * over a staff line it signs the piece above, and is never the page's section.
 */
const SIGNER_POST = /(?:评论员|记者|通讯员|编辑部)$/u;

/** The words of a chart's or drawing's maker: `制图：何晓彤`, `绘图 何晓彤`. */
const CHART_WORD = "(?:制图|绘图)";
const CHART_MAKER = new RegExp(`^${CHART_WORD}$`);

/**
 * Turns a staff line that names only a chart's maker (`制图：何晓彤`), standing
 * by itself in the page, into that chart's credit: the maker of a data box
 * credits the box over it, as a photographer credits his picture. Only among
 * a page's staff lines (a line of them touching it) is it staff; a staff line
 * naming other roles too (`编辑：石晓燕　制图：何晓彤`) is the page's furniture.
 */
function chartCredits(items: Classified[], cues: Cues): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const staff = item.staff;
    if (item.kind !== "furniture" || staff === undefined || item.folio === true || staff.length === 0) continue;
    if (!staff.every((s) => s.label !== null && CHART_MAKER.test(s.label))) continue;
    const above = items[i - 1];
    const below = items[i + 1];
    if ((above?.kind === "furniture" && touches(above, item)) || (below?.kind === "furniture" && touches(item, below))) continue;
    const credit = cues.creditLine(item.unit.text, item.unit.norm);
    if (credit !== null && credit.bylines.every((b) => b.photo)) items[i] = { kind: "credit", unit: item.unit, credit };
  }
}

/**
 * Classifies every unit; section names and page marks next to a staff line
 * become furniture. `indentedParagraphs`: the document indents its body
 * paragraphs (its headlines stand at the margin).
 */
export function classifyUnits(units: Unit[], cues: Cues, issueDate?: string, indentedParagraphs = false): Classified[] {
  const items: Classified[] = [];
  for (const unit of units) {
    const classified = classifyUnit(unit, cues, issueDate);
    if (Array.isArray(classified)) items.push(...classified);
    else items.push(markJumpFrom(classified, unit));
  }
  chartCredits(items, cues);
  // `本报评论员` under a headline signs it as the paper's commentary, naming no
  // one; `律师　夏子涵` under one signs it with the signer's post.
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "headline" || items[i - 1]!.kind !== "headline") continue;
    if (COMMENTATOR.test(item.unit.norm)) {
      items[i] = { kind: "credit", unit: item.unit, credit: { bylines: [], kind: "signature" }, parsed: true };
      continue;
    }
    // A signature stands right above the text it signs. Above another headline
    // line or a byline it is a headline line itself: a profile's title
    // (`身边好人` / `乡村医生　刘德全` / `扎根山村三十年…` / `本报记者　王　丽`).
    const next = items[i + 1];
    if (next !== undefined && (next.kind === "headline" || next.kind === "credit")) continue;
    const signed = cues.titledSignature(item.unit.text, item.unit.norm) ?? penSignature(items, i, cues);
    if (signed) items[i] = { kind: "credit", unit: item.unit, credit: signed, parsed: true };
  }
  namesInBody(items);
  // A short question or exclamation (`谁来养活中国？`) is a headline when a
  // byline, a dateline or a caption follows it, at once or under the rest of
  // its headline block (`“僵尸车”何时能清走？` / `业主盼望早日解决` / `本报讯…`);
  // elsewhere it is a sentence.
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "body" || item.lead || item.unit.norm.length > EXCLAIMED_MAX || !EXCLAIMED.test(item.unit.norm)) continue;
    const next = items[belowOwnBlock(items, i)];
    if (next !== undefined && signsArticle(next)) item.kind = "headline";
  }
  exclaimedTitles(items, indentedParagraphs);
  labelledQuestions(items);
  numberedLists(items);
  numberedItems(items);
  closingLines(items, cues);
  closingSignatures(items, cues);
  tableRows(items);
  labelledFigureTables(items);
  appendedTables(items);
  figureLists(items);
  personLists(items, cues);
  noticeFields(items);
  formFields(items);
  speakerHeads(items, cues);
  colonLists(items);
  issuerBlocks(items);
  footSignatures(items);
  undatedFootSigners(items, cues);
  clausedHeadings(items);
  numberedSections(items);
  liftHeadlineLines(items, indentedParagraphs);
  headnotes(items);
  bulletedLists(items);
  relatedLinks(items);
  titleLists(items);
  pictureLinkCaptions(items);
  postItems(items);
  trailingAppButtons(items);
  // A marked line over a picture credit, or ending on its picture's source, is the picture's caption
  // (`▲改造后的城东公园` / `记者 张三 摄`; `▲ 3月4日，改造中的小区。（图源：市住建局）`).
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ((item.kind !== "headline" && (item.kind !== "body" || item.lead)) || !CAPTION_MARK.test(item.unit.norm)) continue;
    if (isPhotoCredit(items[i + 1]) || endsOnPictureSource(item.unit.norm)) item.kind = "caption";
  }
  sameLineCaptions(items);
  editorTrailers(items);
  indexBoxes(items);
  serviceBoxes(items);
  adBlocks(items);
  unmarkedAds(items);
  contactLines(items);
  romanisedMastheads(items);
  mastheads(items);
  issueDateLines(items);
  siteFooters(items);
  pageLabels(items);
  bareFolios(items);
  headerSections(items);
  webEditorLines(items);
  headerEditorLines(items);
  paperChrome(items);
  pageEntryLists(items);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.staff) markStaffNeighbours(items, i);
    if (item.staff || item.folio) markTouching(items, i);
  }
  pageHeadSections(items);
  return items;
}

/**
 * A special issue's banner set over a page's folio: a name ending on what it
 * is (`2025全国两会特别报道`, `庆祝建国75周年特刊`, `乡村振兴专刊`, `防汛专题报道`),
 * digits allowed. Over the folio it is page furniture; alone it may be a headline.
 */
const BANNER = /^[一-鿿\d·]{2,20}(?:特别报道|专题报道|特刊|专刊|专版|特辑)$/;
/** Longest `BANNER`: twenty characters and its ending. */
const BANNER_MAX = 24;

/** True for a line shaped as a special issue's banner (`BANNER`), read as a headline or as furniture naming no section. */
function isBanner(item: Classified): boolean {
  const read = item.kind === "headline" || (item.kind === "furniture" && !item.section && item.staff === undefined);
  return read && item.unit.norm.length <= BANNER_MAX && BANNER.test(item.unit.norm);
}

/**
 * The head of a page, everything over its first article page furniture, may
 * name the section on a line of its own set apart by blank lines, under the
 * folio and over the first headline (`湘江日报　2025年3月6日　星期四　07` /
 * `` / `代表委员声音` / `` / `代表委员热议政府工作报告`): a short name
 * (`parseSectionLine`) standing apart so is the page's, not a kicker, which
 * sits right on its title. Only where the head names no section yet (a line
 * under `…　综合新闻` is a column's label over its items), and only under a
 * folio line: under a front page's masthead (`代号1-1`) the first line is
 * its lead headline, its deck a blank line below. A special issue's banner right over the folio
 * (`2025全国两会特别报道`: `BANNER`) is the head's furniture too, and names
 * the section only when no line of the head does.
 */
function pageHeadSections(items: Classified[]): void {
  const first = items[0];
  const banner = first !== undefined && items[1]?.kind === "furniture" && isBanner(first) && touches(first, items[1]) ? first : null;
  const from = banner === null ? 0 : 1;
  let i = from;
  let named = false;
  for (; i < items.length && items[i]!.kind === "furniture"; i++) if (items[i]!.section && items[i]!.paperPlace !== true) named = true;
  if (i === from) return;
  const line = items[i];
  const next = items[i + 1];
  const above = items[i - 1]!;
  if (!named && above.folio === true && line?.kind === "headline" && next?.kind === "headline" && !touches(above, line) && !touches(line, next)) {
    const read = parseSectionLine(line.unit.norm);
    if (read?.section != null && read.section[0] === 0 && read.section[1] === line.unit.norm.length) {
      markFurniture(line);
      line.section = sectionText(line.unit.text, read.section);
      named = true;
    }
  }
  if (banner === null) return;
  markFurniture(banner);
  if (!named) banner.section = banner.unit.text.trim();
}

/** The marks and spaces a pen signature may hold (`□ 晓 舟`): what a column's name closed up leaves out. */
const SIGNATURE_SPACING = /[\s□■◎]/g;

/**
 * A headline line right under another that signs it with a name no surname
 * table reads (`艾克拜尔·吾拉木`, `次仁卓玛`, `辛 识平`: `cues.penSignature`),
 * or null. Only over unsigned text, a paragraph with no dateline: an opinion
 * piece is signed so, a report is credited in its lead. A column's or a
 * page's name set letter-spaced (`述 评`, `观 察`, `要 闻`) is a label, no name.
 */
function penSignature(items: Classified[], i: number, cues: Cues): CreditLineMatch | null {
  const next = items[i + 1];
  if (next === undefined || next.kind !== "body" || next.lead !== undefined) return null;
  const { text, norm } = items[i]!.unit;
  const closed = norm.replace(SIGNATURE_SPACING, "");
  if (isColumnName(closed) || parsePageLabel(closed) !== null) return null;
  return cues.penSignature(text, norm);
}

/**
 * An item's editor on a line of its own under its last paragraph, with the
 * next item below (`…完成首次试航。` / `编辑：王 薇` / `春运人员流动量…`): wire
 * pages close each item so. One person under the bare role word 编辑 (`编辑：王薇`,
 * `（编辑：王薇）`), after a paragraph and before a headline or a dateline, is
 * the item's editor (a byline), no page staff. The page's own staff line
 * stands at its head or foot, names several roles (`编辑 张三 校对 李四`) or
 * titles them (`责任编辑：…`), and is left as it is.
 */
function editorTrailers(items: Classified[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const item = items[i]!;
    const staff = item.staff;
    if (item.kind !== "furniture" || staff?.length !== 1 || item.folio === true || item.section !== undefined) continue;
    const [editor] = staff;
    if (editor === undefined || editor.role !== "editor" || editor.label !== "编辑") continue;
    const above = items[i - 1]!;
    const below = items[i + 1]!;
    if (above.kind !== "body" || above.tableRow === true) continue;
    if (below.kind !== "headline" && !(below.kind === "body" && below.lead !== undefined)) continue;
    const byline: Byline = { name: editor.name, role: "editor", label: editor.label, photo: false };
    items[i] = { kind: "credit", unit: item.unit, credit: { bylines: [byline], kind: "byline" }, parsed: true };
  }
}

/**
 * A crawled page's list of related links under its label (`【相关新闻】` /
 * `· 滨城一季度GDP同比增长5.8%` / `· …`): page chrome, like the label, never
 * headlines or text. A box's label (`相关链接`) with such a list under it is
 * the page's too. The lines under a label that are no bulleted titles
 * (`相关链接` over a box's text) are left as they are.
 */
function relatedLinks(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const label = items[i]!;
    if (label.kind !== "note" || (label.note !== "web" && label.note !== "box") || !RELATED_LABEL.test(label.unit.norm)) continue;
    let j = i + 1;
    while (j < items.length && items[j]!.kind !== "furniture" && isLinkLine(items[j]!.unit.norm)) {
      items[j] = { kind: "note", unit: items[j]!.unit, note: "web" };
      j++;
    }
    if (j > i + 1) label.note = "web";
    // With text under it (`相关新闻` / `本报讯（记者 X）6月10日，…`) it is a box's
    // label, as `相关链接` is: the kicker or title of what comes next.
    else if (label.note === "web" && opensText(items[j])) label.note = "box";
    i = j - 1;
  }
}

/**
 * An e-paper's list of titles under its label (`本版其它文章` / `· 全市…` / `· …`,
 * `标题导航` / `“黔货出山”跑出加速度` / …, `本版标题` / …) is page chrome: links
 * to articles, which repeat headlines set elsewhere on the page. None of them is
 * a headline or text, and no figure is read in them. The list is the touching
 * title lines under the label: bulleted links (`isLinkLine`), or under an
 * e-paper's own label (not `相关新闻`, which may head a box's headline) bare
 * headline lines too. A label whose last line touches text or a credit
 * under it (`相关新闻` / its headline / `本报讯…`) heads a box, and is left alone.
 */
function titleLists(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const label = items[i]!;
    const norm = label.unit.norm;
    if ((label.kind !== "headline" && !(label.kind === "note" && (label.note === "web" || label.note === "box"))) || !isTitleListLabel(norm)) continue;
    const bare = !RELATED_LABEL.test(norm);
    let j = i + 1;
    while (j < items.length && touches(items[j - 1]!, items[j]!) && isListedTitle(items[j]!, bare)) j++;
    const after = items[j];
    if (j === i + 1 || (after !== undefined && touches(items[j - 1]!, after) && (after.kind === "body" || after.kind === "credit"))) continue;
    for (let k = i; k < j; k++) asWebNote(items[k]!);
    i = j - 1;
  }
}

/** True for a line of a list of titles: a bulleted link (`· 衡州高铁南站改扩建工程启动`), or with `bare` a headline line. */
function isListedTitle(item: Classified, bare: boolean): boolean {
  if (item.lead !== undefined) return false;
  if (item.kind === "headline") return bare || isLinkLine(item.unit.norm);
  return (item.kind === "body" || (item.kind === "note" && item.note === "web")) && isLinkLine(item.unit.norm);
}

/** A picture's link in a web view: `点击查看大图`, `查看原图`, `点击放大`, `点击图片放大`. */
const PICTURE_LINK = /^(?:点击)?查看(?:大图|原图)$|^点击(?:图片)?放大$/;

/**
 * A picture's link (`点击查看大图`) stands where the picture stood, and a
 * short line right under it (no blank line between) is the picture's caption
 * (`5月16日晚，市民在街区品尝美食。`), inside the article around it: no
 * paragraph, and no headline of an article of its own.
 */
function pictureLinkCaptions(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const link = items[i]!;
    if (link.kind !== "note" || link.note !== "web" || !PICTURE_LINK.test(link.unit.norm)) continue;
    const below = items[i + 1]!;
    if (!touches(link, below) || below.lead !== undefined || (below.kind !== "body" && below.kind !== "headline")) continue;
    if (isCaptionLength(below.unit.norm)) below.kind = "caption";
  }
}

/**
 * A paper's web view (数字报, 电子版, an H5 copy) sets its chrome round the
 * page: a navigation bar (`上一版　下一版　返回目录`), a toolbar (`放大　缩小　默认`),
 * its lists of titles (`本版其它文章` / …), the site's footer (`…版权所有`,
 * `湘ICP备…`). Where it stands with the page's furniture (its folio, masthead,
 * staff line: a run of such lines, blank lines between them or not), at the
 * top of the text or at its foot, it is page furniture, kept in the page
 * record with them: never a headline, text, or an article. Chrome inside an
 * article (a toolbar between the headline and the byline, a picture's link
 * between two paragraphs) stays the article's (a `web` note). Read only in
 * a copy of a paper's page (`isPaperCopy`): a crawled article's chrome is its own.
 */
function paperChrome(items: Classified[]): void {
  if (!isPaperCopy(items)) return;
  for (let i = 0; i < items.length; i++) {
    if (!isChromeZoneItem(items[i]!)) continue;
    let j = i;
    let chrome = false;
    let furniture = false;
    for (; j < items.length && isChromeZoneItem(items[j]!); j++) {
      if (items[j]!.kind === "furniture") furniture = true;
      else if (items[j]!.kind === "note" && !ARTICLE_BUTTONS.test(items[j]!.unit.norm)) chrome = true;
    }
    if (chrome && (furniture || i === 0 || j === items.length)) for (let k = i; k < j; k++) asPageChrome(items[k]!);
    i = j - 1;
  }
}

/**
 * A row of an article's own buttons in brackets (`【打印】【关闭】`, `【纠错】`): the
 * foot of the article above, which alone makes no run of page chrome.
 */
const ARTICLE_BUTTONS = /^(?:【[^【】]{1,8}】\s*)+$/;

/**
 * True when the text is a copy of a paper's page: a folio names the page
 * (`2024年05月17日　第A07版：民生`), or the web view links to the paper's pages
 * and issues (`上一版`, `往期回顾`, `本版其它文章`: `webNavLine` `paper`, a title
 * list's label other than `相关新闻`).
 */
function isPaperCopy(items: readonly Classified[]): boolean {
  for (const item of items) {
    if (item.folio === true) return true;
    if (item.kind !== "note" || item.note !== "web") continue;
    const norm = item.unit.norm;
    if (webNavLine(norm) === "paper" || (isTitleListLabel(norm) && !RELATED_LABEL.test(norm))) return true;
  }
  return false;
}

/**
 * A line of a run of page chrome (`paperChrome`): furniture, a web view's
 * chrome (a `web` note; not a meta line, which may sign the article under it),
 * or the paper's name or the page's label (`滨海晨报 电子版`, `parsePageLabel`).
 */
function isChromeZoneItem(item: Classified): boolean {
  if (item.kind === "furniture") return true;
  if (item.kind === "note") return item.note === "web" && !isMetaLine(item.unit.norm);
  return item.kind === "headline" && parsePageLabel(item.unit.norm) !== null;
}

/** Makes a line of a run of page chrome page furniture: a page label names its section, if any. */
function asPageChrome(item: Classified): void {
  if (item.kind === "furniture") return;
  if (item.kind === "headline") {
    const label = parsePageLabel(item.unit.norm);
    markFurniture(item);
    item.section = label?.section ? sectionText(item.unit.text, label.section) : null;
    return;
  }
  markFurniture(item);
  item.chrome = true;
}

/**
 * A web view's list of the issue's pages (`第A01版：头版` / `第A02版：要闻` / … ,
 * three lines or more, touching): links to other pages, which name no section
 * of this one. The page's own section is on its single folio (`2024年05月17日　第A03版：要闻`).
 */
function pageEntryLists(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const end = touchingRun(items, i, (item) => item.kind === "furniture" && isPageEntryLine(item.unit.norm));
    if (end - i >= PAGE_LIST_MIN) for (let k = i; k < end; k++) items[k]!.section = null;
    i = Math.max(i, end - 1);
  }
}

/** Fewest page entries in a row that make a list of the issue's pages. */
const PAGE_LIST_MIN = 3;

/** True for a headline, or a paragraph that opens on a dateline (`本报讯（记者 X）…`): what a box's label may stand over. */
function opensText(item: Classified | undefined): boolean {
  return item !== undefined && (item.kind === "headline" || (item.kind === "body" && item.lead !== undefined));
}

/**
 * A crawled page's editor line (`责任编辑：冯 筱`, `编辑：王薇`) right by its
 * chrome — the meta line above the body, the share buttons or the
 * previous/next links under it — is the article's editor (a byline, as a
 * crawled article's editor is read: `webFootBylines`), no page staff: it
 * neither closes the article nor takes the chrome for a page record.
 */
function webEditorLines(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "furniture" || item.folio === true || item.section !== undefined) continue;
    const editors = editorBylines(item.staff);
    if (editors === null || editors.length === 0) continue;
    if (!isWebChrome(items[i - 1]) && !isWebChrome(items[i + 1])) continue;
    items[i] = { kind: "credit", unit: item.unit, credit: { bylines: editors, kind: "byline" }, parsed: true };
  }
}

/**
 * An editor's line among an article's credit lines, under its headline and
 * over its first paragraph (`长沙老旧小区改造…` / `记者 | 周以宁` / `编辑 | 林晓舟` /
 * `3月4日，…`): apps and portals credit the editor so, under the reporter.
 * One person under an editor's role word (`编辑 | X`, `编辑：X`, `责编/X`), in
 * a run of credit lines (at least one a byline) that a headline heads and a
 * paragraph closes, is that article's byline, no page staff. A page's staff
 * line names several roles, or stands at the head or foot of the page with
 * no headline and byline around it, and is left as it is.
 */
function headerEditorLines(items: Classified[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const editors = singleEditor(items[i]!);
    if (editors === null) continue;
    let top = i - 1;
    let credits = 0;
    while (top >= 0 && (items[top]!.kind === "credit" || singleEditor(items[top]!) !== null)) {
      if (items[top]!.kind === "credit") credits++;
      top--;
    }
    let end = i + 1;
    while (end < items.length && (items[end]!.kind === "credit" || singleEditor(items[end]!) !== null)) {
      if (items[end]!.kind === "credit") credits++;
      end++;
    }
    if (credits === 0 || top < 0 || items[top]!.kind !== "headline" || items[end]?.kind !== "body") continue;
    items[i] = { kind: "credit", unit: items[i]!.unit, credit: { bylines: editors, kind: "byline" }, parsed: true };
  }
}

/** The byline of a staff line naming one editor (`编辑 | 林晓舟`, `责编：王薇`), not the page's own (`本版编辑`), else null. */
function singleEditor(item: Classified): Byline[] | null {
  if (item.kind !== "furniture" || item.folio === true || item.section !== undefined || item.staff?.length !== 1) return null;
  if (isPageStaff(item.staff)) return null;
  return editorBylines(item.staff);
}

/**
 * An app's buttons at the foot of the copied page (`…人才公寓交付1100套。` /
 * `举报`, at the end or over the page's furniture): the page's furniture, a
 * page record with no section. Buttons between two articles (`分享让更多人看到`
 * over the next headline) stay chrome of the article above, and buttons
 * inside the text (`展开全文` between two paragraphs) chrome of the article,
 * which goes on.
 */
function trailingAppButtons(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "note" || item.note !== "web" || !APP_BUTTONS.test(item.unit.norm)) continue;
    const below = items[i + 1];
    if (below === undefined || below.kind === "furniture") items[i] = { kind: "furniture", unit: item.unit, section: null };
  }
}

/** True for a crawled page's chrome: a meta line, buttons, a breadcrumb, links (`note` `web`). */
function isWebChrome(item: Classified | undefined): boolean {
  return item !== undefined && item.kind === "note" && item.note === "web";
}

/**
 * A row of a table set with spaces: a name, then cells, one of them a figure
 * (`猪肉　14.20元/斤　环比上涨2.9%`, `大白菜 0.85元/斤 环比持平`,
 * `玉米 76万亩 30.5%`). The name opens with no digit (`2024 我们一起走过`
 * is no row).
 */
const TABLE_ROW = /^[^\s\d]\S{0,15}(?:\s+\S+){1,7}$/;
/** A cell opening on a figure: `14.20元/斤`, `-3.5%`, `+12`. */
const FIGURE_CELL = /\s[-+]?\d/;
/**
 * A numbered row of a table: its row number, a name opening on no digit, more
 * cells, and a bare number last, the column header naming its unit
 * (`1　高性能碳纤维复合材料产业园　某新材料集团　52　380`, `3 城南悦府 241 12650`).
 * No clause or sentence mark: a numbered paragraph of running text
 * (`1.加快城东片区改造，完成投资3亿元。`) has them, and numbers itself `1.` or `1、`.
 */
const NUMBERED_ROW = new RegExp(String.raw`^\d{1,3}\s+[^\s\d,;:。!?][^\s,;:。!?]*(?:\s+[^\s,;:。!?]+){0,8}\s+${BARE_NUMBER}$`);

/**
 * Two or more table rows on touching lines (`TABLE_ROW`), with as many cells
 * each, are a table: body text, whose figures are stated there, never
 * headline lines. (A headline has no space-set cells of figures: one row
 * alone is left as it is.) The column-header row right above the first row
 * (`isColumnHeader`: `币种 中间价 涨跌`) goes with the table; under such a
 * header, one row of numbers (`美元 7.1028 -136`, `isNumberRow`) is a table
 * too. Two or more touching lines set with column gaps (`isGappedRowItem`:
 * tabs or runs of spaces), headline-like or text, some of them text
 * (`lastTextItem`), are a table as well, their column-header row among them (`宗地编号\t位置\t面积（平方米）` /
 * `YZ2025-009   迎丰路以西   42316.5`). Lines right above a dateline, a credit or a
 * caption are a headline stack, whatever their shape: Hong Kong and Taiwan
 * papers set a headline's figures apart with spaces (`九巴加價 8.5% 明年實施` /
 * `乘客平均每程多付約 4 角` / `【明報專訊】…`).
 */
function tableRows(items: Classified[]): void {
  // The run of rows set with column gaps that `i` stands in, and the last of its items read as text (-1: none),
  // read once a run: from any `i` inside it the run ends alike (no item from `i` on changes kind before `i` passes it).
  let gappedEnd = 0;
  let lastText = -1;
  for (let i = 0; i < items.length; ) {
    const cells = isTableRowItem(items[i]!) ? cellCount(items[i]!) : 0;
    const spaced = cells === 0 ? i : touchingRun(items, i, (item) => isTableRowItem(item) && cellCount(item) === cells);
    if (i >= gappedEnd) {
      gappedEnd = touchingRun(items, i, isGappedRowItem);
      lastText = lastTextItem(items, i, gappedEnd);
    }
    // Rows set with column gaps, some of them as long as text, take the longer run.
    const j = gappedEnd - i >= 2 && lastText >= i ? Math.max(spaced, gappedEnd) : spaced;
    const header = i > 0 && j > i && isColumnHeader(items[i - 1]!, items[i]!, cells);
    // A dateline below, or a credit or caption right below: a headline stack.
    // (A source credit a blank line under a table is the table's own.)
    const table = j - i >= 2 || (header && j - i === 1 && isNumberRow(items[i]!));
    if (table && !headsArticle(items[j - 1]!, items[j])) {
      const top = header ? i - 1 : i;
      for (let k = top; k < j; k++) {
        items[k]!.kind = "body";
        items[k]!.tableRow = true;
      }
      tableInText(items, top, j, header && hasUnitCell(items[i - 1]!));
      unitLineOver(items, top);
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * An accounts table set as text: rows of a label and a figure a wide gap
 * apart (`isLabelledFigureRow`: `村干部报酬　　　　54,600.00` /
 * `村道维修　　　　38,200.00`), two or more on touching lines, or one under a
 * header naming the column's unit. The header right above the rows, two
 * cells a wide gap apart with a unit in brackets (`项目　　　金额（元）`,
 * `isUnitPairHeader`), goes with them. Rows and header are body text, never
 * headline lines: read as headlines, the header became a subtitle and the
 * section's heading over it a title. Rows right above a dateline, a credit
 * or a caption are left as they are (`headsArticle`).
 */
function labelledFigureTables(items: Classified[]): void {
  const isRow = (item: Classified): boolean => (isBoxLine(item) || item.tableRow === true) && isLabelledFigureRow(item.unit.norm);
  for (let i = 0; i < items.length; i++) {
    const j = touchingRun(items, i, isRow);
    if (j === i) continue;
    const header = i > 0 && isBoxLine(items[i - 1]!) && touches(items[i - 1]!, items[i]!) && isUnitPairHeader(items[i - 1]!.unit.norm);
    if ((j - i >= 2 || header) && !headsArticle(items[j - 1]!, items[j])) {
      const top = header ? i - 1 : i;
      for (let k = top; k < j; k++) {
        items[k]!.kind = "body";
        items[k]!.tableRow = true;
      }
    }
    i = j - 1;
  }
}

/**
 * A line of a list that ends on a figure: a number and a unit word of a few
 * characters at most (`1．九江石化新材料产业园项目　总投资120亿元`,
 * `●新登记企业6500户`, `●全市新增市场主体2.3万户，增长12.1%`), no sentence
 * mark in it. A date is no figure (`9月6日起`).
 */
const FIGURE_END = /\d(?![年月日号时])[\u4e00-\u9fff%]{0,4}$/;
/** Longest list line: an item's name and a figure or two, no paragraph. */
const LIST_LINE_MAX = 62;
/** An unmarked list line: a name, a gap, and a cell of words naming what is measured, then the figure (`总投资25.8亿元`, `装机120万千瓦`). */
const NAMED_FIGURE_LINE = /^[^\s,;:。!?]{2,30} +[\u4e00-\u9fff]{1,8}[约近超逾]?\d[^\s,;:。!?]*$/;
/**
 * An unmarked box line of a figure and a clause on it that ends on a second
 * figure, no mark after it (`接待游客1532.6万人次,同比增长9.6%`,
 * `旅游收入118.4亿元,同比增长11.2%`): what is measured, its figure, then how
 * it changed. A headline states one thing and sets a gap, not a comma.
 */
const CLAUSED_FIGURE_LINE = /^[\u4e00-\u9fff]{2,16}[约近超逾达为]?\d[^\s,;:。!?]*,[\u4e00-\u9fff]{1,8}[约近超逾达为]?-?\d[^\s,;:。!?]*$/;
/** A list line's marker: a number with a point, a comma, a bracket or a gap (`1.`, `2、`, `(3)`, `4　`), or a bullet. */
const LIST_MARK = new RegExp(String.raw`^(?:\(?(\d{1,2})(?:[.、)]|\s+(?=\D))|([${BULLET_MARKS}]))`);

/**
 * The shape of a line of a list that its peers share: its bullet (`●`), `#`
 * for a number, `|` for an unmarked line of a name and what it measures
 * a gap apart (`抚州数字经济产业园项目　总投资25.8亿元`, `NAMED_FIGURE_LINE`,
 * ending on a figure), or `,` for an unmarked line of a figure and its change
 * (`旅游收入118.4亿元,同比增长11.2%`, `CLAUSED_FIGURE_LINE`). Null for no
 * such line: a line with a sentence mark (`1．加快城东片区改造，完成投资3亿元。`),
 * a paragraph's length, or
 * unmarked and of another shape (a sentence, a table's row).
 */
function listShape(item: Classified): string | null {
  const norm = item.unit.norm;
  if (!isBoxLine(item) || norm.length > LIST_LINE_MAX || SENTENCE_MARK.test(norm)) return null;
  const mark = LIST_MARK.exec(norm);
  if (mark !== null) return mark[1] !== undefined ? "#" : mark[2]!;
  if (!FIGURE_END.test(norm)) return null;
  if (NAMED_FIGURE_LINE.test(norm)) return "|";
  return CLAUSED_FIGURE_LINE.test(norm) ? "," : null;
}

/** The number a numbered list line opens on (`2．…` → 2), or NaN. */
function listNumber(item: Classified): number {
  return Number(LIST_MARK.exec(item.unit.norm)?.[1]);
}

/** True for a line of a list that follows `before` in it: of its shape, numbered one on for numbered lines. */
function followsInList(item: Classified, before: Classified, shape: string): boolean {
  return touches(before, item) && listShape(item) === shape && (shape !== "#" || listNumber(item) === listNumber(before) + 1);
}

/**
 * Two or more touching lines of a list of one shape (`listShape`: the same
 * bullet, numbers counting up, or a name and a figure a gap apart), two of
 * them at least ending on a figure (`FIGURE_END`), are a box's rows: a page
 * sets such a list under its own short title after a report
 * (`部分集中开工项目` / `1．…项目　总投资85亿元` / `2．…`). They are body text,
 * never headline lines or page furniture, and as rows of a table they make
 * the title over them a box's headline, not a subhead of the report above
 * (`decideSubhead`). A list of running text (`1．加快城东片区改造，…。`) has
 * sentences and is no such list; a list of names has no figures.
 */
function figureLists(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const shape = listShape(items[i]!);
    if (shape === null) continue;
    let j = i + 1;
    while (j < items.length && followsInList(items[j]!, items[j - 1]!, shape)) j++;
    let figures = 0;
    for (let k = i; k < j; k++) if (FIGURE_END.test(items[k]!.unit.norm)) figures++;
    if (j - i >= 2 && figures >= 2 && !headsArticle(items[j - 1]!, items[j])) {
      for (let k = i; k < j; k++) {
        items[k]!.kind = "body";
        items[k]!.tableRow = true;
      }
    }
    i = j - 1;
  }
}

/**
 * The label of what is appended to an article, with its title: `附：本周部分农产品零售价格（元/斤）`,
 * `附表：…`, `链接：…`, `表：…`, `表1：…`; a table's label may stand a gap
 * before its title instead (`附表　　2025年5月份主要统计数据`, `表2　各县区完成情况`).
 */
const APPENDIX = /^(?:附表?|链接|表\d{0,2}):\s*\S|^(?:附表\d{0,2}|表\d{1,2})\s+\S/;

/**
 * A table appended to an article under a labelled title (`…比上周下降0.5元。` /
 * `附：本周部分农产品零售价格（元/斤）` / `小白菜　2.5　　菠菜　3.5` /
 * `土豆　2.0　　鸡蛋　5.8`): the title stands under the article's text, at
 * most a blank line apart, and rows shaped as table rows (`TABLE_ROW`) follow
 * it, touching or a blank line apart. Title and rows are the article's body,
 * as a table inside a report is: read as a headline with nothing under it,
 * they became page matter.
 */
function appendedTables(items: Classified[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "headline" || !APPENDIX.test(item.unit.norm)) continue;
    const above = items[i - 1]!;
    if (!isRunningText(above) || !nearlyTouches(above, item)) continue;
    const j = runOn(items, i + 1, (row) => isTableRowItem(row) || row.tableRow === true, nearlyTouches);
    if (j === i + 1 || headsArticle(items[j - 1]!, items[j])) continue;
    for (let k = i; k < j; k++) {
      items[k]!.kind = "body";
      items[k]!.tableRow = true;
    }
    i = j - 1;
  }
}

/**
 * A table's unit line, over its rows: `单位：亿件、%`, `单位:万元`,
 * `（单位：亿元）` (單位 folded).
 */
const UNIT_LINE = /^\(?单位[:：]\s*[^\s。!?]{1,16}\)?$/;

/**
 * A table inside a report: its title and unit line set above its rows
 * (`前10个月部分省份快递业务量` / `单位：亿件、%` / rows), its source under them
 * (`数据来源：国家邮政局`, `（数据来源：公司年报）`), and the report's running
 * text going on below with no headline, dateline or credit of its own
 * (`业内专家表示，…`). The table is the report's: its title and unit line are
 * body text with its rows, and open no piece of their own. A unit line, units
 * in its column-header row (`营业收入（亿元）`, `unitHeader`) or a source line
 * say a table is set in an article's page (a titled table alone, a data box,
 * has them too). Its title may stand a blank line over it. A table closing
 * the report, the next headline or the page's end under it, is the report's
 * when it is set right under the last paragraph, no blank line between
 * (`…增长较快。` / `主要贸易伙伴进出口情况` / `单位：亿元` / rows /
 * `数据来源：…`); set apart by a blank line and with no text going on under
 * it, it is a data box of its own. `top` and `end` bound the rows.
 */
function tableInText(items: Classified[], top: number, end: number, unitHeader = false): void {
  const unitAt = top > 0 && isUnitLine(items[top - 1]!) && touches(items[top - 1]!, items[top]!) ? top - 1 : -1;
  const sourced = items[end] !== undefined && isSourceLine(items[end]) && touches(items[end - 1]!, items[end]);
  if (unitAt < 0 && !sourced && !unitHeader) return;
  let below = sourced ? end + 1 : end;
  if (items[below]?.tableRow === true) return;
  // A note on the table (`上表中土地面积为预计用地面积。`) is the table's: the report goes on under it, if anywhere.
  while (items[below] !== undefined && isTableNote(items[below]!)) below++;
  const after = items[below];
  // The report goes on: a paragraph with no dateline.
  const goesOn = after !== undefined && after.kind === "body" && after.lead === undefined;
  const head = unitAt < 0 ? top : unitAt;
  const over = items[head - 1];
  const titled = over !== undefined && over.kind === "headline" && nearlyTouches(over, items[head]!);
  // Set inside a report: its text stands above the table (a headline right over rows heads them).
  const text = items[titled ? head - 2 : head - 1];
  if (text === undefined) return;
  // At the report's end, only a table set right under its last paragraph, no
  // blank line between, is the report's text; one a blank line apart is the
  // report's appended table when it is titled, has a unit line and names its
  // source, under the report's text or the jump note that sends it on (`（下转第二版）`).
  // With its units in its header's cells only, it may be a data box of its own.
  if (titled && sourced && !goesOn && unitAt >= 0 && endsReport(items, head - 2) && !touches(text, over)) {
    appendedTableNotes(items, head - 1, end);
    return;
  }
  if (text.kind !== "body") return;
  if (!goesOn && !touches(text, items[titled ? head - 1 : head]!)) return;
  for (const item of titled ? [over, items[unitAt]] : [items[unitAt]]) {
    if (item === undefined) continue;
    item.kind = "body";
    item.tableRow = true;
    delete item.note;
  }
}

/** True when item `k` closes a report's text: a paragraph, or a jump note under one (`（下转第二版）`). */
function endsReport(items: Classified[], k: number): boolean {
  const item = items[k];
  if (item === undefined) return false;
  if (item.kind === "note" && item.note === "jump") return items[k - 1]?.kind === "body";
  return item.kind === "body";
}

/**
 * A statistical table closing a report a blank line under its text: its
 * title, unit line and rows (`2024年主要运输指标完成情况` / `单位：万人次、万吨、%`
 * / `旅客发送量　　18600　　9.4` / … / `数据来源：…`), the next headline or the
 * page's end under it. A paper sets such a table to go with the report above;
 * its title is no headline of a piece of its own, and its rows, cells set as
 * lines, are no paragraphs. Items `from` to `end` (the source line under
 * them already a note) become the report's table notes: lines it covers, no
 * body text. A data box standing alone lacks the unit line or the source.
 */
function appendedTableNotes(items: Classified[], from: number, end: number): void {
  for (let k = from; k < end; k++) {
    const item = items[k]!;
    items[k] = { kind: "note", unit: item.unit, note: "table" };
  }
}

/**
 * A note under a table on what it shows: it names the table (`上表中土地面积为预计用地面积。`,
 * `表中数据为快报数`, `本表金额单位为万元`) or is labelled a note (`注：…`, `说明：…`, `备注：…`).
 */
const TABLE_NOTE = /^(?:上表|本表|表中|表内|注:|说明:|备注:)/;

/** True for a table's note (`TABLE_NOTE`) set as text with no dateline. */
function isTableNote(item: Classified): boolean {
  return item.kind === "body" && item.lead === undefined && TABLE_NOTE.test(item.unit.norm);
}

/**
 * A table's unit line right over its rows or column header (`单位：亿元、%`,
 * `（单位：万元）`) goes with the table, in a report or in a data box of its
 * own: body text, whose units read its figures, never a headline's subtitle.
 */
function unitLineOver(items: Classified[], top: number): void {
  const over = items[top - 1];
  if (over === undefined || !isUnitLine(over) || !touches(over, items[top]!)) return;
  over.kind = "body";
  over.tableRow = true;
  delete over.note;
}

/** True when `b` starts on the line after `a` ends or one blank line below it. */
function nearlyTouches(a: Classified, b: Classified): boolean {
  return b.unit.lineStart - a.unit.lineEnd <= 2;
}

/**
 * A column-header cell naming its unit in brackets: `营业收入(亿元)`,
 * `同比(%)`, `成交额(亿元)`, `收盘价(元)` (brackets folded by normalising).
 */
const UNIT_CELL = /[^\s()]\((?:%|‰|[^\s\d()]{1,4})\)(?=\s|$)/;

/** True for a column-header row that names a unit in brackets in one of its cells (`UNIT_CELL`). */
function hasUnitCell(header: Classified): boolean {
  return UNIT_CELL.test(header.unit.norm);
}

/** True for a table's unit line (`UNIT_LINE`), read as a headline, a body line or, in brackets, an end note. */
function isUnitLine(item: Classified): boolean {
  return (isBoxLine(item) || item.note === "endnote") && item.unit.norm.length <= UNIT_LINE_MAX && UNIT_LINE.test(item.unit.norm);
}
/** Longest unit line: brackets, 单位, a colon and 16 characters of units. */
const UNIT_LINE_MAX = 21;

/** True for the line naming a table's source under it: `数据来源：国家邮政局` (a note), `（资料来源：省统计局）` (a credit or an end note). */
function isSourceLine(item: Classified): boolean {
  if (item.note === "source") return true;
  return (item.kind === "credit" || item.note === "endnote") && SOURCE_NOTE.test(item.unit.norm.startsWith("(") ? item.unit.norm.slice(1) : item.unit.norm);
}

/**
 * A table's column-header row: three or more short cells set apart by spaces
 * (`币种 中间价 涨跌`, `指数名称　　收盘　　　涨跌幅　　成交额`,
 * `股票名称 收盘价(元) 涨跌幅 成交额(亿元)`, `排名 项目名称 成交均价(元/㎡)`), no
 * figure and no clause or sentence mark among them: a word of eight
 * characters at most, perhaps with its unit in brackets after it. It names
 * the columns of the rows under it.
 */
const HEADER_CELL = /^(?:[^\d,.;:!?、。“”"]{1,8}|[^\d,.;:!?、。“”"()]{1,8}\([^\d()]{1,5}\))$/;
/** Fewest cells of a column-header row: two spaced words are a headline pair as often (`服务企业 精准发力`). */
const HEADER_MIN_CELLS = 3;

/**
 * True when `item` is the column-header row of the table whose first row is
 * `row` (`cells` cells): a headline-like line of short cells (`HEADER_CELL`),
 * as many as the row's, on the line right above it. Columns headed by one
 * character each, one space apart (`排名 球队 场次 胜 平 负 积分`), are cells
 * of their own, not a word spaced out, when so the header has the row's cells.
 * Over numbered rows the header may head no column for the numbers: it has
 * one cell fewer (`站点　所在区　桩数` over `1　城东站　东城区　24`).
 */
function isColumnHeader(item: Classified, row: Classified, cells: number): boolean {
  if (item.kind !== "headline" || cells < HEADER_MIN_CELLS || !touches(item, row)) return false;
  const words = cellsOf(item.unit.norm);
  if (words.length === cells) return words.every((word) => HEADER_CELL.test(word));
  const apart = item.unit.norm.trim().split(CELL_GAP);
  if (apart.length === cells) return apart.every((word) => HEADER_CELL.test(word));
  // Numbered rows under a header that heads no column for their numbers (`站点　所在区　桩数` over `1　城东站　东城区　24`).
  if (words.length === cells - 1 && isAsciiDigit(row.unit.norm.charCodeAt(0)) && NUMBERED_ROW.test(row.unit.norm)) {
    return words.every((word) => HEADER_CELL.test(word));
  }
  return isDateColumnHeader(words, cells);
}
/** What parts the cells of a line: a run of spaces or tabs. */
const CELL_GAP = /\s+/;

/** A column header's day: `7月2日`, `2日`, `周三`, `星期三`, `今天`, `明天`, `后天`. */
const DAY_CELL = /^(?:(?:\d{1,2}月)?\d{1,2}日|(?:周|星期)[一二三四五六日天]|[今明后]天)$/;

/**
 * True for a header of days over rows whose every day takes the same number
 * of cells (`县区 7月2日 7月3日 7月4日` over `城区 多云 26～34℃ 晴 27～35℃ 晴 28～36℃`:
 * each day's weather and temperature): a label cell (`HEADER_CELL`), then
 * two or more days (`DAY_CELL`), the row's cells after its name a multiple
 * of them. Days in a line of their own are a table's, never a headline's.
 */
function isDateColumnHeader(words: readonly string[], cells: number): boolean {
  const days = words.length - 1;
  if (days < 2 || cells <= words.length || (cells - 1) % days !== 0 || !HEADER_CELL.test(words[0]!)) return false;
  for (let k = 1; k < words.length; k++) if (!DAY_CELL.test(words[k]!)) return false;
  return true;
}

/** A number cell of a table: `7.1028`, `-136`, `+1.35%`, `3598亿元`, `1,200`. */
const NUMBER_CELL = /^[-+]?\d[\d,.]*(?:%|[\u4e00-\u9fff]{1,2})?$/;

/**
 * True for a row whose cells after its name are all numbers (`美元 7.1028 -136`):
 * under a column header, one such row is a table already. A headline's
 * spaced figures stand among words (`九巴加價 8.5% 明年實施`).
 */
function isNumberRow(item: Classified): boolean {
  const words = cellsOf(item.unit.norm);
  for (let k = 1; k < words.length; k++) if (!NUMBER_CELL.test(words[k]!)) return false;
  return true;
}

/**
 * True when `next` opens an article under `last`: a dateline below, or a
 * credit or caption right below. A chart maker's credit (`制图：何晓彤`,
 * `何晓彤　绘图`) opens none: it credits the box over it.
 */
function headsArticle(last: Classified, next: Classified | undefined): boolean {
  if (next === undefined) return false;
  return (next.kind === "body" && next.lead !== undefined) || (signsArticle(next) && !isChartCredit(next) && touches(last, next));
}

/** A chart maker's credit line (folded): `制图:何晓彤`, `绘图/何晓彤`, `何晓彤 绘图`. */
const CHART_CREDIT = new RegExp(String.raw`^${CHART_WORD}\s*[:/\s]|\s${CHART_WORD}$`);

function isChartCredit(item: Classified): boolean {
  return item.kind === "credit" && CHART_CREDIT.test(item.unit.norm);
}

/**
 * The end of the run of items from `i` on that each satisfy `test` and touch
 * the one before (no blank line between): `i` when `items[i]` fails `test`.
 */
function touchingRun(items: readonly Classified[], i: number, test: (item: Classified) => boolean): number {
  return test(items[i]!) ? runOn(items, i + 1, test) : i;
}

/**
 * The end of the run of items from `j` on that each satisfy `test` and are
 * `joined` to the one before (`touches`, or `nearlyTouches`: a blank line
 * between at most): `j` when `items[j]` is not joined to `items[j - 1]` or fails `test`.
 */
function runOn(items: readonly Classified[], j: number, test: (item: Classified) => boolean, joined = touches): number {
  while (j < items.length && joined(items[j - 1]!, items[j]!) && test(items[j]!)) j++;
  return j;
}

/** Cells of a table row: its words set apart by spaces. */
function cellCount(item: Classified): number {
  return cellsOf(item.unit.norm).length;
}


/**
 * Two or more lines of people by post on touching lines (`主任　王志刚` /
 * `副主任　李　明` / `秘书长　赵国强`, a list of appointments or of a
 * meeting's officers) are body text, never headline lines: as headlines they
 * cut the report in two, the list's lines its new headline. One such line
 * alone is left as it is (under a headline it may be a signature).
 */
function personLists(items: Classified[], cues: Cues): void {
  const isPersonLine = (item: Classified): boolean => item.kind === "headline" && cues.postAndName(item.unit.text, item.unit.norm);
  for (let i = 0; i < items.length; ) {
    const j = touchingRun(items, i, isPersonLine);
    if (j - i >= 2 || (j - i === 1 && isLonePersonLine(items, i))) for (let k = i; k < j; k++) items[k]!.kind = "body";
    i = Math.max(j, i + 1);
  }
}

/**
 * True when the one line of a post and a name at `at` (`高级农艺师　李　明`)
 * stands inside running text: under the sentence that introduces it, ending
 * on a colon (`本次带队专家为：`), or between two paragraphs that touch it,
 * the lower one going on with the text (`isSentenceBelow`). A list of one person is body text then, as a
 * longer list is. Right above a dateline, or a credit or caption touching it,
 * it heads an article (`乡村医生　刘德全` / `本报记者　王　丽`).
 */
function isLonePersonLine(items: readonly Classified[], at: number): boolean {
  const above = items[at - 1];
  const item = items[at]!;
  const below = items[at + 1];
  if (above === undefined || !isRunningText(above) || headsArticle(item, below)) return false;
  if (endsOnColon(above.unit.norm)) return true;
  return below !== undefined && isSentenceBelow(below) && touches(above, item) && touches(item, below);
}

/** True for body text with words of its own: not a dateline or credit standing alone on its line. */
function isRunningText(item: Classified): boolean {
  return item.kind === "body" && (item.lead === undefined || item.lead.bodyStart < item.unit.text.length);
}

/** A line of bare names read as a signature (`王建国　李明华`, `陈德明`), none of the forms read under a headline. */
function isBareSignature(item: Classified | undefined): boolean {
  return item !== undefined && item.kind === "credit" && item.credit?.kind === "signature" && item.parsed !== true;
}

/**
 * Lines of bare names that stand inside running text are the text's, not a
 * signature: a signature is the last line of its article, before the next
 * headline, the page's furniture or the end (or right under a headline,
 * above the text it signs). Such lines, under a paragraph (`A`) are
 *
 * - the names a sentence ending on a colon introduces (`出席会议的有：` /
 *   `王建国　李明华　张　伟` / `陈志远　赵晓东`), whatever follows them;
 * - a line of names with text going on under it, no dateline's (`A` /
 *   `陈德明` / `四十多年了…`), when `A` is no headline line: it ends a
 *   sentence or a clause (`isHeadlineMaterial`), and is no editor's note
 *   (the author under one signs the text that follows);
 * - a name that recurs so, a line to itself, under lines that may be headlines
 *   (`记者：您做竹编多少年了？` / `陈德明` / …): a speaker in a transcript.
 *   A signature names its author once.
 */
function namesInBody(items: Classified[]): void {
  /** Lone names with text under them, under a line that may be a headline: by the name. */
  const speakers = new Map<string, Classified[]>();
  for (let i = 1; i < items.length; i++) {
    if (!isBareSignature(items[i])) continue;
    let j = i + 1;
    while (isBareSignature(items[j])) j++;
    const above = items[i - 1]!;
    const below = items[j];
    const from = i;
    i = j - 1;
    if (!isRunningText(above) || EDITORS_NOTE_START.test(above.unit.norm)) continue;
    const goesOn = below !== undefined && isSentenceBelow(below);
    if (endsOnColon(above.unit.norm) || (goesOn && !isHeadlineMaterial(above.unit.norm))) {
      for (let k = from; k < j; k++) asBody(items[k]!);
    } else if (goesOn && j === from + 1) {
      const name = items[from]!.unit.norm.replace(SPACE_RUN, "");
      const seen = speakers.get(name);
      if (seen === undefined) speakers.set(name, [items[from]!]);
      else seen.push(items[from]!);
    }
  }
  for (const lines of speakers.values()) if (lines.length >= 2) for (const item of lines) asBody(item);
}

/**
 * True when `item` goes on with the text: a paragraph of sentences, no
 * dateline's. A line that states no sentence under a signature (a contact line:
 * `投稿邮箱：llzk2024@example.com`) is page matter after the article it signs.
 */
function isSentenceBelow(item: Classified): boolean {
  return item.kind === "body" && item.lead === undefined && SENTENCE_MARK.test(item.unit.norm) && !CONTACT_LINE.test(item.unit.norm);
}

const SPACE_RUN = /\s+/g;
/**
 * An editor's note opens with 编者按 (`编者按：养老服务正在…`), 编者的话
 * (`编者的话：…`), or 编前 with its colon or bracket (`编前：…`, `【编前语】…`);
 * `编前` running on into a word (`编前会`) opens no note.
 */
export const EDITORS_NOTE_START = /^[【\[]?(?:编者按|编者的话|编前[语话]?(?=[】\]:：]))/;

/** Makes a credit item body text: no credit is read from it. */
function asBody(item: Classified): void {
  item.kind = "body";
  delete item.credit;
}

/**
 * A field of a notice set on a line of its own: a label naming what the
 * notice sets out, its colon, and the value.
 *
 * - `主办单位：市文明办`, `承办单位：市图书馆`, `参赛对象：全市中小学生`
 *   (a label ending in 单位, 时间, 地点, 方式, 对象, 主题, 内容, 范围, 条件,
 *   费用, 名额, 日期, 期限 or 联系人, after up to six characters: `活动时间：`,
 *   `报名方式：`, `截止日期：`);
 * - `主办：市文联`, `指导：市委宣传部`: the organisers' roles alone.
 *
 * A speaker's headline (`专家：可协商补偿`, `外交部：…`) names no such field.
 */
const NOTICE_FIELD =
  /^(?:[\u4e00-\u9fff]{0,6}(?:单位|时间|地点|方式|对象|主题|内容|范围|条件|费用|名额|日期|期限|联系人)|主办|承办|协办|指导|支持|出品)[:：]\s*\S/;
/** Clause and sentence marks a notice field's value does not hold (a list's 、 aside): `活动时间：5月20日，届时…` is a sentence. */
const NOT_IN_FIELD = /[,;。!?]/;

/**
 * True for a short notice field on its line (`NOTICE_FIELD`): no clause or
 * sentence mark in its value, none at its end (`活动地点：市民广场、` goes on
 * into the next line). Such a line is a paragraph of its own: reflow joins it
 * to no line, so that `活动地点：市民广场、滨江公园` and `报名方式：…` under it
 * stay two paragraphs.
 */
export function isNoticeFieldLine(norm: string): boolean {
  if (norm.length > HEADLINE_MAX || has(OPEN_CLAUSE_MARKS, norm, norm.length - 1)) return false;
  return NOTICE_FIELD.test(norm) && !NOT_IN_FIELD.test(norm);
}

/**
 * Notice fields (`主办单位：市文明办` / `承办单位：市图书馆`, `活动时间：…`) on
 * headline-like lines under body text are that text's paragraphs, never a
 * new article's headline: a notice sets out its fields after its opening
 * sentences. Lines right above a dateline, or a credit or caption touching
 * them, are a headline stack still (`headsArticle`).
 */
function noticeFields(items: Classified[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.kind !== "body") continue;
    let j = i;
    while (j < items.length && items[j]!.kind === "headline" && NOTICE_FIELD.test(items[j]!.unit.norm)) j++;
    if (j > i && !headsArticle(items[j - 1]!, items[j])) for (let k = i; k < j; k++) items[k]!.kind = "body";
    i = j;
  }
}

/**
 * A field of a form on its line: a label of two to eight Han characters, its
 * colon, and a value (`项目编号：JCZC-2025-0817`, `预算金额：385.6万元`,
 * `采购人：江城市第一人民医院`, `联系人：张先生`). A colon at the end
 * (`奋进新征程：`) introduces what follows and holds no value.
 */
const FORM_FIELD = /^[\u4e00-\u9fff]{2,8}:\s*\S/;
/** Fewest fields ending no sentence in a run: one such line alone may be a speaker's headline (`专家：可协商补偿`). */
const FORM_FIELDS_MIN = 2;

/**
 * True for a line (folded) that is a form's field and ends no sentence
 * (`项目名称：城区中小学食堂设备采购项目`, `中标金额：287.36万元`): what a notice
 * of labelled lines opens with, where a report opens on a sentence.
 */
export function isFormFieldLine(norm: string): boolean {
  return FORM_FIELD.test(norm) && !endsSentence(norm);
}

/** True for a line that may be a form's field (`FORM_FIELD`): a headline-like line, or text with no dateline. */
function isFormFieldItem(item: Classified): boolean {
  return isBoxLine(item) && FORM_FIELD.test(item.unit.norm);
}

/**
 * A run of form fields on touching lines (`项目编号：JCZC-2025-0817` /
 * `项目名称：医疗设备采购项目` / `预算金额：385.6万元` / `采购需求：…。`), two of
 * them at least ending no sentence, is the body of a notice (招标, 采购,
 * 出让公告) or a service box: each line a paragraph of its own, none a
 * headline line. As headlines the fields open a new article whose kicker,
 * title and subtitle are fields, and their figures are lost. A speaker's
 * headline (`外交部：…`) stands alone or over a title without a colon;
 * fields right above a dateline, or a credit or caption touching them, are
 * a headline stack still (`headsArticle`).
 */
function formFields(items: Classified[]): void {
  for (let i = 0; i < items.length; ) {
    const j = touchingRun(items, i, isFormFieldItem);
    let open = 0;
    for (let k = i; k < j; k++) if (!endsSentence(items[k]!.unit.norm)) open++;
    if (open >= FORM_FIELDS_MIN && !headsArticle(items[j - 1]!, items[j])) {
      for (let k = i; k < j; k++) {
        items[k]!.kind = "body";
        items[k]!.formField = true;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * A short line under running text that ends its article, though it looks
 * like a headline, with no text of its own to come under it (the next
 * headline, a dateline or the page's end):
 *
 * - over a bracketed credit or source (`…建设步道。` / `城墙东段修缮工程今天启动` /
 *   `（资料由市档案馆提供）`, `（据新华社）`: a note the credit reader takes
 *   for an article's tail): a headline heads text, and this one would head
 *   nothing but a credit; it is the last sentence, its full stop left out,
 *   and the note closes the article. Another bracketed line (a picture's
 *   note: `（…示範單位。資料圖片）`) says nothing of the line over it;
 * - closed by a jump note (`会议还研究了其他事项　详见第3版`, `…（下转第3版）`):
 *   the article goes on on another page; no headline points there.
 *
 * A picture's credit under a short line is the caption's (`isCaptionOfArticle`),
 * and a line with text under it heads that text.
 */
function closingLines(items: Classified[], cues: Cues): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "headline" || !isRunningText(items[i - 1]!)) continue;
    const note = items[i + 1];
    const noted = note !== undefined && note.kind === "note" && note.note === "endnote" && cues.trailingCredit(`。${note.unit.text}`) !== null;
    if (!noted && jumpSuffixAt(item.unit.norm) < 0) continue;
    const after = nextText(items, noted ? i + 2 : i + 1);
    if (after === undefined || after.kind === "headline" || after.lead !== undefined) item.kind = "body";
  }
}

/**
 * A short line under running text that signs it, with no text of its own to
 * head (the next text is a headline or a dateline's, or none comes): an
 * opinion piece's closing signature (`cues.closingSignature`: `本报评论员`,
 * `□ 本刊主编　苏明哲`, `■滨言`), never the next article's title. It stands
 * apart from what follows (a blank line, or the page's staff line): a
 * marked line touching a title is that title's column label (`■快评` /
 * `…`). A column's or a page's name set letter-spaced (`□ 要 闻`) is no name.
 */
function closingSignatures(items: Classified[], cues: Cues): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "headline" || !isRunningText(items[i - 1]!)) continue;
    const next = items[i + 1];
    if (next !== undefined && next.kind !== "furniture" && touches(item, next)) continue;
    const after = nextText(items, i + 1);
    if (after !== undefined && after.kind !== "headline" && after.lead === undefined) continue;
    const closed = item.unit.norm.replace(SIGNATURE_SPACING, "");
    if (isColumnName(closed) || parsePageLabel(closed) !== null) continue;
    const signed = cues.closingSignature(item.unit.text, item.unit.norm);
    if (signed === null) continue;
    items[i] = { kind: "credit", unit: item.unit, credit: { bylines: signed.bylines, kind: signed.kind }, parsed: true };
    if (signed.voice) items[i]!.voice = true;
  }
}

/**
 * The first text among `items` from `from` on: a headline or a paragraph.
 * Captions, credits, notes and furniture are no text; a page that has only
 * these left (undefined) has no article to come.
 */
export function nextText(items: readonly Classified[], from: number): Classified | undefined {
  for (let k = from; k < items.length; k++) {
    const kind = items[k]!.kind;
    if (kind === "headline" || kind === "body") return items[k];
  }
  return undefined;
}

/**
 * A speaker's head ending on a colon (`全国人大代表、…书记　向春梅：`, read as
 * text for its colon) right over a headline line (`小茶叶撑起乡村振兴大产业`)
 * is the first line of that headline, the item's kicker: 两会 and forum pages
 * head each speaker's item so. The headline line under it is no item of a list
 * the colon introduces (`colonLists`, asked after).
 */
function speakerHeads(items: Classified[], cues: Cues): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1]!;
    if (item.kind !== "body" || item.lead !== undefined || next.kind !== "headline" || !touches(item, next)) continue;
    if (!endsOnColon(item.unit.norm) || cues.speakerHead(item.unit.text, item.unit.norm) !== "colon") continue;
    item.kind = "headline";
  }
}

/**
 * Short lines under a sentence that ends on a colon (`主要做法有：` /
 * `一是统筹资金保障` / `二是坚持居民自治`, `改造内容主要包括：` / `屋面防水和外墙保温`)
 * inside running text are the items it introduces: paragraphs of its text,
 * never a headline block. The items stand one under another, at most a blank line apart. Lines
 * right above a dateline, or a credit or caption touching them, are a
 * headline stack still (`headsArticle`): then only the items a blank line
 * over that stack are the list's.
 */
function colonLists(items: Classified[]): void {
  for (let i = 1; i < items.length; i++) {
    const intro = items[i - 1]!;
    if (items[i]!.kind !== "headline" || !isRunningText(intro) || !endsOnColon(intro.unit.norm)) continue;
    // Inside text: the lead-in holds a sentence or follows one; a short line ending on a colon over a headline is its kicker (`黔阳县：`).
    if (!SENTENCE_MARK.test(intro.unit.norm) && !(i >= 2 && isRunningText(items[i - 2]!))) continue;
    const j = runOn(items, i, (line) => line.kind === "headline", nearlyTouches);
    // A numbered heading alone is no list's item: it heads what follows (`现将有关事项公告如下：` /
    // `一、挂牌出让地块的基本情况` / its text), a subhead when a series follows (`opensSeries`).
    if (j - i === 1 && isNumberedHeading(items[i]!.unit.norm)) continue;
    // A numbered heading over lines that are no headings of its series (a table's rows, a short line of
    // text) heads them: `公告如下：` / `一、招聘岗位及人数` / rows / `二、报名条件`. The other lines are text.
    if (headsSections(items, i, j)) {
      for (let k = i; k < j; k++) if (!isNumberedHeading(items[k]!.unit.norm)) items[k]!.kind = "body";
      i = j;
      continue;
    }
    let end = j;
    if (headsArticle(items[j - 1]!, items[j])) {
      // The headline stack: the last line and those touching it, one over another.
      end = j - 1;
      while (end > i && touches(items[end - 1]!, items[end]!)) end--;
    }
    for (let k = i; k < end; k++) items[k]!.kind = "body";
    i = j;
  }
}

/**
 * True when the run of headline-like lines `items[from..to)` under a colon
 * opens on a numbered heading and holds lines that are not numbered: the
 * numbered lines head sections of the text below, not items of a list
 * (`一、招聘岗位及人数` / `岗位代码　招聘单位…` / `二、报名条件`). A list of
 * numbered items only (`一、城东片区` / `二、城西片区`) stays a list.
 */
function headsSections(items: readonly Classified[], from: number, to: number): boolean {
  if (!isNumberedHeading(items[from]!.unit.norm)) return false;
  for (let k = from + 1; k < to; k++) if (!isNumberedHeading(items[k]!.unit.norm)) return true;
  return false;
}

/**
 * A line set as a table's row with column gaps (`isGappedRow`: `项目　　2024年　　2023年`,
 * `营业收入（元）　　8,635,214,306.52　　7,102,385,917.40　　21.58%`), read as a
 * headline or as text with no dateline: PDF and e-paper text give a table so,
 * its short rows headline-like and its long ones text. Two such rows touching
 * are a table, whatever their cells hold (a column-header row has no figure).
 */
function isGappedRowItem(item: Classified): boolean {
  return isBoxLine(item) && isGappedRow(item.unit.norm);
}

/**
 * The last item from `from` to `to` (exclusive) read as text, or -1: a
 * table's row as long as a paragraph. Rows all headline-like are read by the
 * headline block's own rules (`titledBox`, `headlineTop` in segment); rows
 * read as text between them cut the table into headline stacks over text.
 */
function lastTextItem(items: readonly Classified[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (items[k]!.kind === "body") return k;
  return -1;
}

/**
 * A headline-like line shaped as a table row (`TABLE_ROW`), or a line of text
 * with no dateline shaped as a numbered row (`NUMBERED_ROW`): a row number
 * never opens a headline, and a long row reads as text.
 */
function isTableRowItem(item: Classified): boolean {
  const norm = item.unit.norm;
  if (isBoxLine(item) && isAsciiDigit(norm.charCodeAt(0)) && NUMBERED_ROW.test(norm)) return true;
  return item.kind === "headline" && FIGURE_CELL.test(norm) && TABLE_ROW.test(norm);
}

/**
 * A full date on a line of its own, perhaps in brackets: `（2024年2月28日）`,
 * `2024年2月28日`, `（二〇二四年二月二十八日）`. Under a headline, the date a
 * document (a bulletin, a report, a decision) was issued.
 */
const ISSUE_DATE_LINE = /^\(?(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\)?$/;
/** Longest `ISSUE_DATE_LINE`: `（二〇二四年十二月二十九日）`. */
const ISSUE_DATE_MAX = 15;
/**
 * A body that issues a document, named on a line of its own under its
 * headline: `青州市统计局`, `国家统计局青州调查队`, `某某市人民政府办公室`,
 * `某某省发展和改革委员会`, `中共某某县委组织部`, `本报编辑部`, `某某县人民法院`,
 * `某某商贸有限公司`; or one that signs a notice it puts in the paper (a
 * tender, an auction, a recruitment): `江城市第一人民医院`, `某镇卫生院`,
 * `某某建设投资集团`, `某某银行`, `某某职业技术学院`, `某某大学`, `某某第二中学`;
 * or a body set up to act for one: a company's liquidation group
 * (`某某有限公司清算组`), a bankrupt's administrator (`某某公司破产管理人`), a
 * project's headquarters (`某某工程建设指挥部`), a working or leading group
 * (`某某专项整治工作组`, `某某工作领导小组`), an office (`某某公路管理处`,
 * `某某街道办事处`).
 * A name may hold the marks that stand for a name left out, as notices and
 * templates print them (`中共××县委组织部`, `XX县人民政府`, `○○村民委员会`,
 * `〇〇镇人民政府`, `**公司`): letters of the name here, as in headline.ts's
 * `ISSUING_BODY`.
 * The endings: those every reader of a body's name takes (`BODY_ENDS`), and an
 * issuer's own. Only read above an issue date (`issuerBlocks`, `footSignatures`)
 * or at the very foot of a notice (`undatedFootSigners`).
 */
const ISSUER = new RegExp(
  String.raw`^[\u4e00-\u9fff×X○〇*]{2,24}(?:${BODY_ENDS}|署|委员会|委|办公室|办|调查队|调查总队|人民政府|政府|院|研究所|学会|联合会|商会|工会|理事会|董事会|部|银行|中学|小学|清算组|工作组|领导小组|管理人|管理处|办事处)$`,
);
/** At most this many issuing bodies sign one document. */
const ISSUERS_MAX = 3;
/** The space runs between issuing bodies set on one line: `青州市统计局　国家统计局青州调查队`. */
const ISSUER_GAP = /\s+/;

/**
 * The issuing bodies a line names, set on it alone or side by side with
 * spaces between (`青州市统计局`, `青州市统计局　国家统计局青州调查队`): each
 * part an issuer (`ISSUER`), at most `ISSUERS_MAX` of them; else 0.
 */
function issuerCount(norm: string): number {
  const parts = norm.split(ISSUER_GAP);
  return parts.length <= ISSUERS_MAX && parts.every((part) => ISSUER.test(part)) ? parts.length : 0;
}

/**
 * The note in brackets that says which text of a document is printed, set
 * right under its title: `（摘要）`, `（全文）`, `（节选）`, `（草案）`,
 * `（征求意见稿）`, `（摘编）`. A line of the headline (its subtitle), not a note
 * closing the text above.
 */
const VERSION_NOTE = /^\((?:摘要|全文|节选|摘编|草案|征求意见稿|讨论稿|送审稿)\)$/;
/** Longest `VERSION_NOTE`: `（征求意见稿）`. */
const VERSION_NOTE_MAX = 7;

/** True for a version note on its line (`VERSION_NOTE`), read as a headline or an end note. */
function isVersionNote(item: Classified): boolean {
  const norm = item.unit.norm;
  return norm.length <= VERSION_NOTE_MAX && (item.kind === "headline" || item.kind === "note") && VERSION_NOTE.test(norm);
}

/**
 * The signature block of an issued document under its headline: the issuing
 * bodies, a line each or side by side on one line, and the issue date
 * (`青州市2023年…统计公报` / `青州市统计局` / `国家统计局青州调查队` /
 * `（2024年2月28日）`). The lines touch each other and the headline above
 * them; a note of the text printed (`（摘要）`, `VERSION_NOTE`) may stand
 * between the title and the bodies, and is the headline's subtitle. The
 * block's lines are no headline lines: the bodies are the article's sources
 * (role `source`), the date line is kept as its issue date.
 */
function issuerBlocks(items: Classified[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (!isIssueDateLine(item)) continue;
    let top = i;
    for (let bodies = 0; top > 0 && items[top - 1]!.kind === "headline" && touches(items[top - 1]!, items[top]!); top--) {
      const count = issuerCount(items[top - 1]!.unit.norm);
      if (count === 0 || bodies + count > ISSUERS_MAX) break;
      bodies += count;
    }
    const version = top < i && top > 1 && isVersionNote(items[top - 1]!) && touches(items[top - 1]!, items[top]!) ? items[top - 1]! : null;
    const title = items[version === null ? top - 1 : top - 2];
    if (title === undefined || title.kind !== "headline" || !touches(title, version ?? items[top]!)) continue;
    if (version !== null) items[top - 1] = { kind: "headline", unit: version.unit };
    for (let j = top; j < i; j++) items[j] = asSources(items[j]!);
    items[i] = { kind: "credit", unit: item.unit, credit: { bylines: [], kind: "byline" }, parsed: true, issued: true };
  }
}

/** The issuing bodies on a line (`issuerCount`: one, or several set apart by spaces) as the article's sources. */
function asSources(item: Classified): Classified {
  return asNamed(item, item.unit.text.split(ISSUER_GAP), "source");
}

/** A line of names as a credit: a byline each, with `role` and no label. */
function asNamed(item: Classified, names: string[], role: Byline["role"]): Classified {
  const bylines = names.map((name): Byline => ({ name, role, label: null, photo: false }));
  return { kind: "credit", unit: item.unit, credit: { bylines, kind: "byline" }, parsed: true };
}

/**
 * The signature block at the foot of a letter, an appeal or a notice: the
 * signers, a line each, and the date it was written, under its last
 * paragraph (`…志愿服务活动。` / `江城市志愿服务联合会` / `2024年3月5日`;
 * `…特此通知。` / `市文明办` / `（2024年5月15日）`; `…` / `李　明` /
 * `2024年3月5日`). A signer is an issuing body (`ISSUER`) or a line of bare
 * names. Nothing but the next article or the page's furniture follows it: text
 * going on under the date is no foot. The signers are the article's authors:
 * records.md's `author` is a signature with no role word, and its `source` an
 * organisation's credit for what it provided (`企业供图`); bodies named over a
 * document's title (`issuerBlocks`) stay its sources. The date line is part
 * of the signature, no text; unlike an issue date under the headline, which
 * stands where a dateline would, it does not date the article: records.md
 * takes the date from the dateline or the lead, and a foot only says when the
 * document was signed (a notice signed on the day it is printed).
 */
function footSignatures(items: Classified[]): void {
  for (let i = 2; i < items.length; i++) {
    const item = items[i]!;
    if (!isIssueDateLine(item)) continue;
    const next = items[i + 1];
    if (next !== undefined && next.kind === "body" && next.lead === undefined) continue;
    let top = i;
    while (top > 1 && i - top < ISSUERS_MAX && isSigner(items[top - 1]!)) top--;
    if (top === i || !isRunningText(items[top - 1]!)) continue;
    for (let j = top; j < i; j++) if (items[j]!.kind !== "credit") items[j] = asSigner(items[j]!);
    items[i] = { kind: "credit", unit: item.unit, credit: { bylines: [], kind: "byline" }, parsed: true };
  }
}

// The end of a notice's or a letter's last sentence: `…特此更正。`, `…声明作废！`, `…敬请谅解。”`, `…何时能解决？`.
const SENTENCE_CLOSE = /[。！!？?”」]$/;

/**
 * The signer of a notice, a letter or a reply with no date under it, on its
 * line under the last sentence (`…特此更正。`), right under it or a blank line
 * below, with nothing under it but a blank line and the next headline, the
 * page's furniture or the end:
 *
 * - an issuing body (`本报编辑部`, `某某县委宣传部`, `某某公交集团有限公司`
 *   replying to a reader): no headline of its own but the notice's author,
 *   as it is above a date (`footSignatures`);
 * - a letter's writer, the place written from before the name
 *   (`合肥市包河区　刘海燕`: `placedSignature`): its author.
 *
 * A headline never follows the text above with only a body's name or a
 * place and a name in it.
 */
function undatedFootSigners(items: Classified[], cues: Cues): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "headline") continue;
    // Where it stands first: the signer is parsed only under a last sentence with nothing of its own under it.
    const above = items[i - 1]!;
    if (!isRunningText(above) || !SENTENCE_CLOSE.test(above.unit.norm)) continue;
    const below = items[i + 1];
    if (below !== undefined && below.kind !== "furniture" && (below.kind !== "headline" || touches(item, below))) continue;
    const issuer = ISSUER.test(item.unit.norm);
    const placed = issuer ? null : cues.placedSignature(item.unit.text, item.unit.norm);
    if (!issuer && placed === null) continue;
    items[i] = placed === null ? asSigner(item) : { kind: "credit", unit: item.unit, credit: placed, parsed: true };
  }
}

/**
 * A section heading numbered `一、` to `十、` that may list with 、 what the
 * section holds (`三、提交投标文件截止时间、开标时间和地点`): no other clause or
 * sentence mark, no colon, headline length at most.
 */
const LISTING_HEADING = new RegExp(String.raw`^${HEADING_NUMERAL}、[^,;:。!?]{2,38}$`);

/**
 * The number of a section heading, one numeral before 、 (`三、…` → 3, `十、` → 10), 0 for a
 * line that opens with none. Narrower than `headingNumber` on purpose: one numeral before 、
 * only, the sections `LISTING_HEADING` reads (`一、` to `十、`); no `十一、`, `(一)` nor `1、`.
 */
function sectionNumber(norm: string): number {
  return norm.charCodeAt(1) === 0x3001 ? HEADING_NUMERALS.indexOf(norm.charAt(0)) + 1 : 0; // 、
}

/**
 * The numbered sections of one document (a notice: `一、项目基本情况` …
 * `四、联系方式`), read from its headings in order. The heading after
 * section N's is numbered N + 1: a line so numbered that lists with 、 what
 * its section holds (`三、提交投标文件截止时间、开标时间和地点`, `LISTING_HEADING`) is
 * that heading, not a sentence. Lines read as headlines between two headings
 * of the series (`2025年10月9日9点30分（北京时间）` / `地点：…` between `三、…`
 * and `四、…`) are their section's text, body: as headlines they opened an
 * article in the middle of the document. A dateline, a credit or the page's
 * furniture ends the document, and its series.
 */
function numberedSections(items: Classified[]): void {
  let last = -1;
  let number = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "credit" || item.kind === "furniture" || item.lead?.dateline != null) {
      number = 0;
      continue;
    }
    const n = sectionNumber(item.unit.norm);
    if (n === 0) continue;
    const next = number > 0 && n === number + 1;
    if (next && item.kind === "body" && item.lead === undefined && LISTING_HEADING.test(item.unit.norm)) item.kind = "headline";
    if (item.kind !== "headline") continue;
    if (next) for (let k = last + 1; k < i; k++) if (items[k]!.kind === "headline") items[k]!.kind = "body";
    last = i;
    number = n;
  }
}

/**
 * A numbered heading that runs in clauses (`isClausedHeading`:
 * `一、工业生产增长较快，装备制造业和高技术制造业增长较好`), standing on a
 * line of its own with a blank line between it and the text under it, is a
 * section's heading: a headline-like line, though its commas read as text.
 * (Reflow has left it alone, `isCompleteLine`.) Touching the text under it,
 * it is an item's first clause, and stays text.
 */
function clausedHeadings(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "body" || item.lead !== undefined || item.unit.joins > 0 || !isClausedHeading(item.unit.norm)) continue;
    const next = items[i + 1]!;
    if (next.kind === "body" && next.unit.lineStart > item.unit.lineEnd + 1) item.kind = "headline";
  }
}

/** True for a document's issue date on its line (`（2024年2月28日）`), read as a headline or a note. */
function isIssueDateLine(item: Classified): boolean {
  const norm = item.unit.norm;
  return norm.length <= ISSUE_DATE_MAX && (item.kind === "note" || item.kind === "headline") && ISSUE_DATE_LINE.test(norm);
}

/** A signer on its line at a document's foot (a body or a name) as the article's author: a signature with no role word. */
function asSigner(item: Classified): Classified {
  return asNamed(item, [item.unit.text], "author");
}

/** A line that signs a letter at its foot: an issuing body (`江城市志愿服务联合会`) or bare names (`李　明`). */
function isSigner(item: Classified): boolean {
  return (item.kind === "headline" && ISSUER.test(item.unit.norm)) || isBareSignature(item);
}

/**
 * A bare number on its line (`2`) is a page number when it stands alone; two
 * of them a few units apart, the second the next number (`1` / `张三 …` / `2`
 * / `李四 …`), number the items of a list, which a page does not do with its
 * page number. Those are body text: no headline, so that the list stays in
 * its article. A list stands in one article: a page number and the first
 * number of a list in the next article (`2` / `新桥通车` / `本报讯 …如下：` /
 * `1`) are no pair, parted by a dateline, and out of sequence. (A credit line
 * parts nothing: a list of names, `1` / `王小明` / `2` / `李　华`, may read as
 * signatures.) The line under each number is the item it numbers.
 */
function numberedLists(items: Classified[]): void {
  let last = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "body" && item.lead?.dateline != null) last = -Infinity;
    if (item.pageNumber !== true || !isBareNumber(item.unit.norm)) continue;
    if (i - last <= LIST_NUMBER_SPAN && Number(item.unit.norm) === Number(items[last]!.unit.norm) + 1) {
      unmarkPageNumber(items[last]!);
      unmarkPageNumber(item);
      listItem(items[last + 1]);
      listItem(items[i + 1]);
    }
    last = i;
  }
}

/**
 * Lines that open on an item's number in series (`1.一口咬掉牛尾巴（打一字）` /
 * `2.说话算数（打一成语）`, `①…` / `②…`), one under another with nothing else
 * between them, are the items of a list, as a puzzle box or a list of tasks
 * prints them: body text, never a headline stack, so that the list stands
 * under the heading over it (`猜猜看`). A line holding a series of its own
 * (`1.告　2.一言为定　3.水`, `holdsItemSeries`) is a list too. A numbered
 * heading with text under it (`1.坚持稳中求进` / its paragraph) is left to
 * subheads: the text parts it from the next.
 */
function numberedItems(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "headline" && holdsItemSeries(item.unit.norm)) item.kind = "body";
    const first = isItemText(item) ? itemNumber(item.unit.norm) : null;
    if (first === null) continue;
    let j = i + 1;
    while (j < items.length && isItemText(items[j]!) && itemNumber(items[j]!.unit.norm) === first + (j - i)) j++;
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) if (items[k]!.kind === "headline") items[k]!.kind = "body";
    i = j - 1;
  }
}

/** A line that may be a list's item: a headline-like line or text that opens on no dateline. */
function isItemText(item: Classified): boolean {
  return item.kind === "headline" || (item.kind === "body" && item.lead === undefined);
}

/** The line under a list's number is its item, body text even when short (`1` / `城东小学`): no headline. */
function listItem(item: Classified | undefined): void {
  if (item?.kind === "headline") item.kind = "body";
}

/** A bare number taken back from the furniture: a list's item number, body text. */
function unmarkPageNumber(item: Classified): void {
  item.kind = "body";
  delete item.pageNumber;
  delete item.section;
}

/**
 * Two or more headline-like lines in a row that open with the same bullet
 * (`●全市新增市场主体2.3万户` / `●新登记企业6500户`) are a list, body text: a
 * headline block of them has no text under it and would be lost. (■ briefs
 * with their own titles alternate with their text, so never stand in a row.)
 */
function bulletedLists(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; ) {
    const bullet = items[i]!.unit.norm.charCodeAt(0);
    let j = i;
    while (j < items.length && items[j]!.kind === "headline" && items[j]!.unit.norm.charCodeAt(0) === bullet && BULLETS[bullet] === 1) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) items[k]!.kind = "body";
    i = Math.max(j, i + 1);
  }
}

/**
 * The note under the title of a document a body adopted or issued, in
 * brackets: when and by whom (`（2025年12月2日省第十四届人民代表大会常务委员会第十九次会议通过）`,
 * `（二〇二四年三月十一日发布）`). It opens on the date and ends on the act
 * (通过, 批准, 发布, 公布, 修订, 修正, 施行).
 */
const HEADNOTE = /^\((?:经)?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{2,80}(?:通过|批准|发布|公布|修订|修正|施行)\)$/;
/** Longest `HEADNOTE` line: a bracket, a date, a body's long name, the act, a bracket. */
const HEADNOTE_MAX = 90;
/** What may close a `HEADNOTE`: the last character of one of its acts, before the bracket. */
const HEADNOTE_ACT_LAST = charSet("过准布订正行");

/** True for a bracketed note of adoption or issue (`HEADNOTE`); exact length and end tests first. */
function isHeadnote(norm: string): boolean {
  const last = norm.length - 1;
  return norm.length <= HEADNOTE_MAX && norm.charCodeAt(0) === 0x28 && norm.charCodeAt(last) === 0x29 && has(HEADNOTE_ACT_LAST, norm, last - 1) && HEADNOTE.test(norm);
}

/**
 * A note of adoption right under a title (`省人大常委会任免名单` /
 * `（2025年12月2日…会议通过）`) is a line of the headline, its subtitle: not
 * an end note, which would close the headline with no text and lose the line.
 */
function headnotes(items: Classified[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "headline" || items[i - 1]!.kind !== "headline" || !isHeadnote(item.unit.norm)) continue;
    items[i] = { kind: "headline", unit: item.unit };
  }
}

/**
 * A headline line may hold any number of clause marks (`春光里，田野上，处处农事忙`,
 * `多方协商、以补代偿、破解顾虑`, `一楼“吃亏”了吗？专家：可协商补偿`), which
 * `isHeadlineLike` reads as body text. Such lines are headlines where headlines
 * stand: in the lines right above a byline or a dateline, under a headline
 * line, a blank line or the top of the text. A line of the paragraphs above
 * (touching them, or indented like them where paragraphs are indented) stays
 * body: it ends the article before.
 */
function liftHeadlineLines(items: Classified[], indentedParagraphs: boolean): void {
  for (let k = 1; k < items.length; k++) {
    // The line above first: it turns most items away at once (and a run of credits is walked only from its start).
    if (!isHeadlineCandidate(items[k - 1]!) || !opensUnder(items, k)) continue;
    // The headline block over it: at most three lines (kicker, title, subtitle).
    let top = k;
    while (top > 0 && k - top < 3 && isHeadlineCandidate(items[top - 1]!)) top--;
    const before = items[top - 1];
    // Where the block stands: a line touching the paragraph above may be its last line.
    let placed = before === undefined || before.kind !== "body" || !touches(before, items[top]!);
    for (let j = top; j < k; j++) {
      const item = items[j]!;
      if (item.kind === "headline") {
        placed = true;
        continue;
      }
      if (!placed || (indentedParagraphs && item.unit.indented)) {
        placed = false;
        continue;
      }
      item.kind = "headline";
    }
  }
}

/**
 * A short exclamation or question of clauses (`EXCLAIMED_CLAUSES`:
 * `让群众少跑腿，数据多跑路！`, `“再坚持一下，我们马上到！”`) is a headline
 * where one stands alone: at the top of the text, under a headline line or a
 * blank line (never touching the paragraph above, nor indented like the
 * paragraphs where they are indented), with an article opening under it, or
 * under the rest of its headline block (`opensUnder`: a dateline, or a byline
 * with the text under it). Inside a text (`“太好了，终于通车了！”` between two
 * paragraphs) it stays a sentence.
 */
function exclaimedTitles(items: Classified[], indentedParagraphs: boolean): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "body" || item.lead || item.unit.norm.length > EXCLAIMED_CLAUSES_MAX) continue;
    if (!EXCLAIMED_CLAUSES.test(item.unit.norm) || BODY_OPENER.test(item.unit.norm)) continue;
    if (indentedParagraphs && item.unit.indented) continue;
    const above = items[i - 1];
    if (above !== undefined && above.kind === "body" && touches(above, item)) continue;
    const j = belowOwnBlock(items, i);
    if (j < items.length && opensUnder(items, j)) item.kind = "headline";
  }
}

/** A column's label: two to six Han characters, perhaps in brackets (`以案说法`, `法官说法`, `【维权热线】`). */
const KICKER_LABEL = /^[【［〔]?[\u4e00-\u9fff]{2,6}[】］〕]?$/;

/**
 * A short question or exclamation (`EXCLAIMED`: `加班费该怎么算？`) right
 * under a column's label (`KICKER_LABEL`: `以案说法` / `加班费该怎么算？`), the
 * label a headline line that stands apart from the text above it (the top
 * of the text, or a blank line over it): the title the label is the kicker
 * of, though no byline follows (a legal or advice column is signed at its
 * foot, `（本报记者 钟 鸣 整理）`). Under a paragraph, a question is a sentence.
 */
function labelledQuestions(items: Classified[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const label = items[i - 1]!;
    if (item.kind !== "body" || item.lead || item.unit.norm.length > EXCLAIMED_MAX || !EXCLAIMED.test(item.unit.norm)) continue;
    if (label.kind !== "headline" || !touches(label, item) || !KICKER_LABEL.test(label.unit.norm)) continue;
    const above = items[i - 2];
    if (above !== undefined && touches(above, label)) continue;
    item.kind = "headline";
  }
}

/**
 * Where the item under the headline block that the line at `i` would top
 * stands: past up to two headline lines under it (the rest of a three-line
 * block: kicker, title, subtitle), and past a web view's chrome set between
 * the headline and its byline (`阅读 1.2万` / `字号 大 中 小` / `分享到：…`).
 */
function belowOwnBlock(items: readonly Classified[], i: number): number {
  let j = i + 1;
  while (j < i + 3 && items[j]?.kind === "headline") j++;
  while (isWebChrome(items[j])) j++;
  return j;
}

/**
 * True when the item at `k` opens an article right under its headline: a
 * dateline, or a byline line (no picture's credit) with the text, or more
 * credit lines, under it. A credit with no text under it signs the article
 * above it.
 */
function opensUnder(items: Classified[], k: number): boolean {
  const item = items[k]!;
  if (item.kind === "body") return item.lead?.dateline != null;
  if (item.kind !== "credit" || item.credit?.kind !== "byline" || item.credit.bylines.some((b) => b.photo)) return false;
  let next = k + 1;
  while (items[next]?.kind === "credit") next++;
  return items[next]?.kind === "body";
}

/**
 * A headline line, or a body line that is headline material (`isHeadlineMaterial`)
 * and no notice's field (`活动地点：城西湿地公园` under a notice's text, above
 * the next article's headline, is the notice's: `noticeFields`; a form's
 * field in a run of them: `formFields`), nor a box's or table's row
 * (`tableRow`: `旅游收入118.4亿元,同比增长11.2%` over the next headline).
 */
function isHeadlineCandidate(item: Classified): boolean {
  if (item.kind === "headline") return true;
  if (item.kind !== "body" || item.lead !== undefined || item.formField === true || item.tableRow === true) return false;
  return isHeadlineMaterial(item.unit.norm) && !NOTICE_FIELD.test(item.unit.norm);
}

/**
 * Words that open a sentence of running text and no headline: a report of
 * speech (`他说，…`, `她表示，…`), a connective (`但…`, `因此…`, `此外…`) or a
 * source (`据了解，…`).
 */
const BODY_OPENER = /^(?:[他她]们?(?:说|表示|认为|介绍|告诉)|但是?|而且|因此|所以|此外|同时|另外|不过|然而|于是|据(?:悉|了解|介绍))/;

/**
 * True for a short line (`HEADLINE_MAX`) that ends no sentence, whatever
 * clause marks it holds: `协商在前，补偿到位，电梯装进心里`,
 * `——记者走访多个小区，听居民、专家和街道怎么说`. It may end on ？ or ！ only
 * as a headline question does (`EXCLAIMED`: `“一楼难题”怎么解？`); a full
 * stop outside quotations, a clause mark at the end (`…，`), a contact line
 * or a sentence's opening word (`BODY_OPENER`) make it body text.
 */
export function isHeadlineMaterial(norm: string): boolean {
  if (norm.length === 0 || norm.length > HEADLINE_MAX || norm.includes("\t")) return false;
  if (endsSentence(norm)) return norm.length <= EXCLAIMED_MAX && EXCLAIMED.test(norm);
  if (has(OPEN_CLAUSE_MARKS, norm, norm.length - 1) || CONTACT_LINE.test(norm) || BODY_OPENER.test(norm)) return false;
  return !(norm.includes("。") && norm.replace(QUOTATION, "").includes("。"));
}

/** True for what stands under a headline and nowhere else: a byline, a caption, a dateline. */
function signsArticle(item: Classified): boolean {
  return item.kind === "credit" || item.kind === "caption" || (item.kind === "body" && item.lead !== undefined);
}

// A bullet before a signature (`■ 楚天时评 张 弛`, `□张 弛`, `◎林宜君`), with the column's name
// or the signer's organisation before the names (`□江城市西山区人民法院　刘　岩`).
const BULLETED_SIGNATURE = /^[■□◎●◆]\s*(?:(?<column>[\u4e00-\u9fff]{2,20})\s+)?(?<names>\S.*)$/;
/**
 * The end of an organisation's name that a signer works for, set before his name on legal and
 * opinion pages: `江城市西山区人民法院`, `某某市人民检察院`, `某某律师事务所`, `某某大学法学院`,
 * `市委党校`, `市疾控中心`.
 */
const SIGNER_ORGANISATION = /(?:法院|检察院|事务所|大学|学院|研究院|研究所|医院|党校|中心|公司|协会|学会|委员会|[局厅署])$/;

/**
 * A signature set after a bullet, perhaps with its column's name:
 * `■ 楚天时评 张 弛`, `□张 弛`. The names must read as a signature on their
 * own; the column name must be shaped like one (`…时评`, `…论坛`). An
 * organisation before the names (`□江城市西山区人民法院　刘　岩`) is the
 * signers': the label of their bylines, as a post before a name is.
 */
function bulletedSignature(unit: Unit, cues: Cues): CreditLineMatch | null {
  const first = unit.norm.charCodeAt(0);
  if (first < 0x25a0 || first > 0x25ef) return null; // ■□◆◎●: the Geometric Shapes block
  const m = BULLETED_SIGNATURE.exec(unit.norm);
  const names = m?.groups?.names;
  if (names === undefined) return null;
  const column = m?.groups?.column;
  const organisation = column !== undefined && !isColumnName(column) ? column : undefined;
  if (organisation !== undefined && !SIGNER_ORGANISATION.test(organisation)) return null;
  const at = unit.norm.length - names.length;
  const credit = cues.creditLine(unit.text.slice(at), names);
  if (credit?.kind !== "signature") return null;
  if (organisation === undefined) return credit;
  if (credit.bylines.some((b) => b.label !== null)) return null;
  // The organisation stands right after the bullet and its spaces.
  const from = unit.norm.indexOf(organisation);
  const label = unit.text.slice(from, from + organisation.length);
  return { ...credit, bylines: credit.bylines.map((b) => ({ ...b, label })) };
}

/**
 * A caption's mark: `▲改造后的城东公园`, `△…`, `↑…`, `图为…` (`圖為…`). A line
 * that opens with 图为 is a caption; one that opens with an arrow or triangle
 * is one when a picture credit ends it or stands under it (a ▲ also bullets
 * subheads).
 */
const CAPTION_MARK = /^(?:[▲△↑]|图为)/;
const FIGURE_INTRO = /^图为/;
/**
 * A picture's source in brackets closing its caption, as apps set it:
 * `（图源：长沙市住建局）`, `（图片来源：视觉中国）`, `（来源：新华社）`,
 * `（市气象局供图）`. Folded: the brackets are ASCII.
 */
const PICTURE_SOURCE_END = /\((?:(?:图片|照片)?来源|图片|照片|图源)\s*[:：][^()]{1,30}\)$|\([^()]{1,20}供图\)$/;

/** True when a line ends on its picture's source in brackets (`PICTURE_SOURCE_END`); it ends on a closing bracket. */
function endsOnPictureSource(norm: string): boolean {
  return norm.endsWith(")") && PICTURE_SOURCE_END.test(norm);
}
/** Longest line taken for a marked caption. */
const MARKED_CAPTION_MAX = 120;
/**
 * A picture credit naming no one, ending a caption or alone on its line:
 * `■市民在商場使用電子消費優惠。本報記者　攝`, `本报记者 摄`.
 */
const PHOTO_MARK = "摄".charCodeAt(0);
const PHOTO_MARK_TAIL = "影".charCodeAt(0);
const NAMELESS_PHOTO = /(?:^|[。!?\s])(?:本报)?(?:摄影)?记者\s*摄(?:影)?$/;

/** A caption whose picture credit names no one: the text before the credit, and no bylines. */
function namelessCaption(unit: Unit): Classified | null {
  // An end-anchored regex is tried from every position: the last character decides most lines alone.
  const last = unit.norm.charCodeAt(unit.norm.length - 1);
  if (last !== PHOTO_MARK && last !== PHOTO_MARK_TAIL) return null;
  const m = NAMELESS_PHOTO.exec(unit.norm);
  if (m === null) return null;
  // The match opens on the sentence end that closes the caption (kept), on a space, or at the start.
  const cut = SENTENCE_MARK.test(unit.norm.charAt(m.index)) ? m.index + 1 : m.index;
  const caption = sliceUnit(unit, 0, cut);
  if (caption.text.length === 0) return { kind: "note", unit, note: "picture" };
  return { kind: "caption", unit, caption: { caption: caption.text, bylines: [] } };
}

/**
 * A caption with its picture credit at the end of the same line, a wide gap
 * apart (`广交会三期展会吸引大量境外采购商。　　　　全媒体记者　梁　彬　摄`,
 * `…采购商。　　（记者 梁彬 摄）`): cleaning breaks the line at the gap after
 * the sentence, as it breaks run-together paragraphs, and the credit becomes
 * a line of its own. The text before it is the picture's caption when it is
 * a caption's length (a sentence, `isCaptionLength`) and opens no article
 * (no lead): a long paragraph keeps its text, the credit only signing it.
 * The credit stays a credit line: it signs the article, as under a caption.
 */
function sameLineCaptions(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== "body" || item.lead) continue;
    const credit = items[i + 1]!;
    if (credit.unit.lineStart !== item.unit.lineEnd || !isPhotoCredit(credit) || !isCaptionLength(item.unit.norm)) continue;
    item.kind = "caption";
  }
}

/** True for a credit line that credits a picture (`本报记者 刘 洋 摄`, `（馆方供图）`). */
export function isPhotoCredit(item: Classified | undefined): boolean {
  return item?.kind === "credit" && creditsPicture(item.credit);
}

/**
 * True when a trimmed line (`norm` folded, `written` as written) is a picture
 * caption: one marked as such (`▲…`, `△…`, `↑…`, `图为…`), or a caption-length
 * text ending in a picture credit (`改造后的城东公园。 记者 张三 摄`).
 */
export function isCaptionLine(norm: string, written: string, cues: Cues): boolean {
  if (norm.length <= MARKED_CAPTION_MAX && CAPTION_MARK.test(norm)) return true;
  const caption = cues.caption(written, norm);
  return caption !== null && isCaptionLength(caption.caption);
}

/** The section name stands just above the staff line (or just below it); a page mark beside it is furniture too. */
function markStaffNeighbours(items: Classified[], i: number): void {
  for (const j of [i - 1, i + 1]) {
    const near = items[j];
    if (!near || near.kind === "furniture") continue;
    const norm = near.unit.norm;
    const pageMark = PAGE_MARK.test(norm);
    // Above the staff line any short heading; below it only a name in the
    // section style (`经济·民生`), since the next article's headline follows there.
    const section =
      (near.kind === "headline" && (j === i - 1 ? norm.length <= SECTION_MAX : norm.length <= 8 && norm.includes("·"))) ||
      sectionNotSigner(items, j, i);
    if (pageMark || section) {
      near.kind = "furniture";
      delete near.credit; // a lone signer's line read as the section (`sectionNotSigner`)
    }
    // `03  经济`: the section without its page number; `人民日报`: the paper, no section.
    const named = section ? parseSectionLine(norm) : null;
    if (named) near.section = named.section && sectionText(near.unit.text, named.section);
    // `本报评论员` over the staff line: the page's matter, naming no section.
    if (section && SIGNER_POST.test(norm)) near.section = null;
  }
}

/**
 * True when the item at `j`, touching the staff or folio line at `i`, was read
 * as a lone signature but is the page's section: a two-character word with a
 * name's shape (`农牧`, `边疆`: a surname, then one character), alone on its
 * line, that signs nothing. A signature closes the text above it or stands
 * under a title; over the page's head (nothing but furniture above it, or the
 * top of the text) or under it with no text it could close or head (nothing
 * touching below, or furniture or a headline), it is the page's name. A name
 * padded apart (`王　刚`) or with a role word is a credit wherever it stands.
 */
function sectionNotSigner(items: Classified[], j: number, i: number): boolean {
  const near = items[j];
  const head = items[i]!;
  if (near === undefined || near.kind !== "credit" || near.credit?.kind !== "signature" || near.unit.norm.length !== 2) return false;
  const signers = near.credit.bylines;
  if (signers.length !== 1 || signers[0]!.label !== null) return false;
  if (j < i) {
    if (!touches(near, head)) return false;
    const before = items[j - 1];
    return before === undefined || before.kind === "furniture";
  }
  if (!touches(head, near)) return false;
  const after = items[j + 1];
  return after === undefined || !touches(near, after) || after.kind === "furniture" || after.kind === "headline";
}

/**
 * Lines touching a folio or staff line, with no blank line between, that
 * belong to the page's furniture: a contact line (`新闻热线：0571-85100000`),
 * and a short word, perhaps beside a page number, which names the section
 * (`城事`, `03  经济`) or is the paper's name.
 * Below the folio a short word heads nothing that follows it at once: a
 * body, a credit or a headline touching it make it a headline or a kicker.
 */
function markTouching(items: Classified[], i: number): void {
  const item = items[i]!;
  for (const j of [i - 1, i + 1]) {
    const near = items[j];
    if (!near || near.kind === "furniture") continue;
    const above = j < i;
    if (!(above ? touches(near, item) : touches(item, near))) continue;
    const norm = near.unit.norm;
    if (CONTACT.test(norm)) {
      near.kind = "furniture";
      near.section = null;
      continue;
    }
    const signer = sectionNotSigner(items, j, i);
    const named = near.kind === "headline" || signer ? parseSectionLine(norm) : null;
    if (named === null) continue;
    // Above: not the last line of a headline block. Below: followed by nothing it could head.
    const other = items[above ? j - 1 : j + 1];
    const heads = above
      ? other !== undefined && other.kind === "headline" && touches(other, near)
      : other !== undefined && other.kind !== "furniture" && (other.kind !== "headline" || touches(near, other));
    if (heads && !signer) continue;
    near.kind = "furniture";
    delete near.credit;
    near.section = named.section && sectionText(near.unit.text, named.section);
    if (named.section !== null && (named.paperPlace === true || (above && namesPaperOver(item, norm.slice(...named.section))))) near.paperPlace = true;
  }
}

/**
 * True when `word`, the name on a lone line right over the folio `folio`, may
 * be the paper's (`江淮金融` / `2025年1月15日　星期三　第3版` / `金融·货币`): the
 * folio holds the issue's full date or weekday and names no section itself,
 * and the word does not read as a page's name (`isSectionName`: `城事` over
 * a dated folio is the section).
 */
function namesPaperOver(folio: Classified, word: string): boolean {
  return folio.dated === true && !folio.section && !isSectionName(word);
}

/**
 * The page's label over its first headline (`要闻`, `经济·民生`, `江城日报`,
 * `要闻　2024年3月15日`, `DONGJIANG DAILY`: `parsePageLabel`) is page
 * furniture, not the headline's kicker. Read only at the top of a page,
 * where the text opens or furniture stands just before, and only over a
 * headline line or more furniture (a masthead's lines, one under another).
 * There a line of Latin words touching the furniture above or below it is
 * the romanised name on the masthead, whatever its words.
 */
function pageLabels(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    const before = i > 0 ? items[i - 1]! : null;
    const after = items[i + 1]!;
    if (item.kind !== "headline" || (after.kind !== "headline" && after.kind !== "furniture") || (before !== null && before.kind !== "furniture")) continue;
    const label = parsePageLabel(item.unit.norm);
    const masthead = label === null && isLatinLine(item.unit.norm) && ((before !== null && touches(before, item)) || (after.kind === "furniture" && touches(item, after)));
    if (label === null && !masthead) continue;
    item.kind = "furniture";
    item.section = label?.section ? sectionText(item.unit.text, label.section) : null;
  }
}

/**
 * A bare folio at the top of a page (`海洋经济　06`, `06　海洋经济`: `parseBareFolio`),
 * nothing but furniture above it on its page, is the page's furniture naming its
 * section, not a headline: the story's title stands under it.
 */
function bareFolios(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (i > 0 && item.unit.pageBreak !== true && items[i - 1]!.kind !== "furniture") continue;
    if (item.kind !== "headline" || i + 1 >= items.length) continue;
    const span = parseBareFolio(item.unit.norm);
    if (span === null) continue;
    markFurniture(item);
    item.section = sectionText(item.unit.text, span);
  }
}

/**
 * A page's header block, opened by its folio (a date or page line, `folio`)
 * and run on with no blank line, names the page's section in any short word
 * of its own (`2025年1月15日 星期三` / `03` / `两会特刊` / `江州日报`): a
 * special issue's name (`两会特刊`, `理论周刊`, `人大之窗`) is no section
 * word `pageLabels` knows. The word (`parseSectionLine`, naming a section),
 * and the paper's name under it, are page furniture when nothing but
 * furniture stands above it in the block, nothing but the paper's name or
 * more furniture below it, and a headline (or more furniture) opens what
 * follows the block: a headline set right under the folio heads its text
 * (`2025年1月15日` / `03` / `某某会议开幕` / `本报讯…`). A bare page number
 * alone opens no block (`isBareNumber`): it may stand in an article's text.
 */
function headerSections(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    if (!items[i]!.folio || (i > 0 && items[i - 1]!.kind !== "furniture" && touches(items[i - 1]!, items[i]!))) continue;
    let j = i + 1;
    while (j < items.length && items[j]!.kind === "furniture" && touches(items[j - 1]!, items[j]!)) j++;
    const word = items[j];
    if (word === undefined || word.kind !== "headline" || !touches(items[j - 1]!, word)) continue;
    const named = parseSectionLine(word.unit.norm);
    if (named === null || named.section === null) continue;
    let end = j + 1;
    while (end < items.length && touches(items[end - 1]!, items[end]!) && isHeaderTail(items[end]!)) end++;
    const next = items[end];
    if (next !== undefined && (touches(items[end - 1]!, next) || (next.kind !== "headline" && next.kind !== "furniture"))) continue;
    word.kind = "furniture";
    word.section = sectionText(word.unit.text, named.section);
    for (let k = j + 1; k < end; k++) if (items[k]!.kind !== "furniture") markFurniture(items[k]!);
    i = end - 1;
  }
}

/** True for a line that may close a page's header block under its section: furniture, or the paper's name (`parsePageLabel`, naming no section). */
function isHeaderTail(item: Classified): boolean {
  if (item.kind === "furniture") return true;
  return item.kind === "headline" && parsePageLabel(item.unit.norm)?.section === null;
}

/**
 * A paper's masthead (报头), set one item to a line (`华夏日报` / `HUAXIA RIBAO` /
 * `2024年12月20日` / `星期五` / `甲辰年十一月二十` / `今日20版` /
 * `国内统一连续出版物号` / `CN 11-0099` / `代号1-1`), is one block of page
 * furniture: none of its lines is a headline, a credit or text. A run of
 * two or more items next to each other, each a masthead line
 * (`mastheadLine`), is one when it names the paper (its name or
 * romanised name, and one more line) or holds two lines that only a
 * masthead carries (a lunar date, the page count, the serial or postal
 * number). A date over a weekday alone is no masthead: any page head
 * has them. Lines that are furniture already keep what they were read as.
 */
function mastheads(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    let named = false;
    let strong = 0;
    let j = i;
    for (; j < items.length; j++) {
      const cue = mastheadCue(items[j]!);
      if (cue === null) break;
      if (cue === "name") named = true;
      else if (cue === "strong") strong++;
    }
    if (j - i >= 2 && (named || strong >= 2)) {
      for (let k = i; k < j; k++) if (items[k]!.kind !== "furniture") markFurniture(items[k]!);
    }
    i = Math.max(i, j);
  }
}

/**
 * A line of an issue's dates alone (`issueDateLine`) is the page's furniture,
 * kept as a page record, never a headline nor an article's text: a lunar date
 * (`甲辰年十一月二十`) where it stands apart (`standsApart`), a dated line (`2024年3月8日`) where it
 * heads a headline (`headsHeadline`; under one it is the date the document
 * was issued, or a crawled page's meta line: left as read).
 */
function issueDateLines(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "furniture" || item.lead !== undefined || item.unit.norm.length > MASTHEAD_MAX) continue;
    const kind = issueDateLine(item.unit.norm);
    if (kind === null) continue;
    if (kind === "lunar" ? standsApart(items, i) : headsHeadline(items, i)) markFurniture(item);
  }
}

/**
 * True when the item at `i` stands under no headline and not between two
 * paragraphs: page furniture there closes no article that goes on under it.
 */
function standsApart(items: Classified[], i: number): boolean {
  const before = items[i - 1]?.kind;
  return before !== "headline" && (before !== "body" || items[i + 1]?.kind !== "body");
}

/**
 * True when the item at `i` stands right over a headline (no blank line
 * between them) and under no headline or text: at the top, under furniture,
 * or a blank line under the text above. A date at the foot of a notice
 * (`…特此公告。` / `2025年3月13日`) is its date of issue, the notice's own.
 */
function headsHeadline(items: Classified[], i: number): boolean {
  const next = items[i + 1];
  const before = items[i - 1];
  if (next?.kind !== "headline" || !touches(items[i]!, next)) return false;
  return before === undefined || before.kind === "furniture" || (before.kind !== "headline" && !touches(before, items[i]!));
}

/** Longest line read as a masthead's (as `mastheadLine` reads them). */
const MASTHEAD_MAX = 48;

/**
 * What a masthead line says (`mastheadLine`), for an item that may be one: a
 * short line with no lead, byline or staff read in it. A paper's or
 * magazine's name of one word read as two names (`南岭周刊` → 南岭, 周刊) is
 * still its name: no byline is a word on 周刊 or 日报.
 */
function mastheadCue(item: Classified): MastheadCue | null {
  if (item.lead !== undefined || item.staff !== undefined || item.unit.norm.length > MASTHEAD_MAX) return null;
  const cue = mastheadLine(item.unit.norm);
  if (item.kind === "credit" && item.credit !== undefined && item.credit.bylines.length > 0) return cue === "name" && !HAS_SPACE.test(item.unit.norm) ? cue : null;
  return cue;
}
/** A space anywhere in a line. */
const HAS_SPACE = /\s/;

/**
 * A paper's name over its romanised name at the top of a page (`清溪报` /
 * `QINGXI BAO` / `中共清溪县委机关报…`): the romanised line, Latin words only,
 * touches the masthead's furniture under it (the organ, date or issue line),
 * and the name touches it from above, with nothing but furniture before it.
 * Both are the masthead's, whatever words the name is made of: a county
 * paper's name need not end on 日报 (`parsePageLabel`).
 */
function romanisedMastheads(items: Classified[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const latin = items[i]!;
    const name = items[i - 1]!;
    const under = items[i + 1]!;
    if (latin.kind !== "headline" || under.kind !== "furniture" || name.kind !== "headline") continue;
    if (!touches(latin, under) || !touches(name, latin) || !isLatinLine(latin.unit.norm)) continue;
    if (i >= 2 && items[i - 2]!.kind !== "furniture") continue;
    markFurniture(name);
    markFurniture(latin);
  }
}

/** True for an item that may be a line of a box: a headline-like line, or text with no dateline. */
function isBoxLine(item: Classified): boolean {
  return item.kind === "headline" || (item.kind === "body" && item.lead === undefined);
}

/**
 * A front page's index box (导读) is page furniture: its label
 * (`今日导读`, `导　读`) over entries that each name a story and its page
 * (`…措施　　　02版`, `isIndexEntry`), on touching lines, the label perhaps a
 * blank line over them; or two entries or more without a label. One entry
 * alone may be a line of text.
 */
function indexBoxes(items: Classified[]): void {
  const isEntry = (item: Classified): boolean => isBoxLine(item) && isIndexEntry(item.unit.norm);
  for (let i = 0; i < items.length; i++) {
    const labelled = items[i]!.kind === "headline" && isIndexLabel(items[i]!.unit.norm) && i + 1 < items.length && nearlyTouches(items[i]!, items[i + 1]!);
    // A guide of teasers under its label, else a contents table under its heading.
    let guide = labelled ? guideEnd(items, i + 1) : i + 1;
    if (guide === i + 1) guide = contentsEnd(items, i);
    if (guide > i + 1) {
      for (let k = i; k < guide; k++) markFurniture(items[k]!);
      i = guide - 1;
      continue;
    }
    const from = labelled ? i + 1 : i;
    const end = touchingRun(items, from, isEntry);
    if (end - from < (labelled ? 1 : 2)) continue;
    for (let k = i; k < end; k++) markFurniture(items[k]!);
    i = end - 1;
  }
}

/** Most lines of one teaser in a guide box: its title, two lines of blurb, its page pointer. */
const TEASER_LINES = 4;
/** Longest line of a teaser: a blurb of one long sentence. */
const TEASER_LINE_MAX = 80;
/** A guide's page in brackets closing a teaser's blurb: `…同比基本持平。（A05）`, `（第3版）`, `(A12版)` (folded). */
const BRACKETED_PAGE_END = /\((?:第?[A-Z]?\d{1,3}版|[A-Z]\d{1,2}版?)\)$/;

/**
 * True for a line of a guide box that points to a page: a jump or
 * cross-reference note alone (`详见A3版`, `▶A05`, `>>>A3`), a line closed by
 * one (`暑期档演出排期出炉　▶A12`, `…开通　详见A07版`), an index entry
 * (`…措施　02版`) or a blurb closed by its page in brackets (`…持平。（A05）`).
 */
function pointsToPage(item: Classified): boolean {
  if (item.kind === "note") return item.note === "jump";
  const norm = item.unit.norm;
  return jumpSuffixAt(norm) >= 0 || isIndexEntry(norm) || (has(JUMP_LAST, norm, norm.length - 1) && BRACKETED_PAGE_END.test(norm));
}

/**
 * True for a teaser line of a guide box: a short line of text with no
 * dateline, or a page pointer. A list's bulleted title (`■夏粮收购价格平稳开局`) is one too.
 */
function isTeaserLine(item: Classified): boolean {
  if (item.kind === "note") return item.note === "jump";
  return isBoxLine(item) && item.unit.norm.length <= TEASER_LINE_MAX;
}

/**
 * Where a block of touching teaser lines from `from` ends, when it is made of
 * teasers each closed by a page pointer (`pointsToPage`) within
 * `TEASER_LINES` lines, or of bulleted titles with no sentence's end
 * (`■全市首批便民生活圈挂牌` / `■夏粮收购价格平稳开局`); else `from`.
 */
function teaserBlockEnd(items: readonly Classified[], from: number): number {
  const end = touchingRun(items, from, isTeaserLine);
  if (end === from) return from;
  const block = items.slice(from, end);
  if (block.every((item) => has(BULLETS, item.unit.norm, 0) && !SENTENCE_MARK.test(item.unit.norm))) return end;
  let since = 0;
  for (const item of block) {
    since = pointsToPage(item) ? 0 : since + 1;
    if (since >= TEASER_LINES) return from;
  }
  return since === 0 ? end : from;
}

/**
 * The end of a front page's guide box under its label (`今日导读`, `今日关注`,
 * `要目`) from `from`: blocks of teasers, a blank line apart at most, each
 * teaser a title, perhaps a line or two of blurb, and the page it stands on
 * (`全市首批便民生活圈挂牌` / `到年底，…60个。` / `详见A3版`). The box names
 * stories told on other pages: furniture, no article and no figures. It ends at
 * the first block that is no teaser: a report's headline over its text, a
 * dateline. `from` when no teaser block opens it.
 */
function guideEnd(items: readonly Classified[], from: number): number {
  let end = from;
  while (end < items.length && (end === from || nearlyTouches(items[end - 1]!, items[end]!))) {
    const next = teaserBlockEnd(items, end);
    if (next === end) break;
    end = next;
  }
  return end;
}

/**
 * The heading of a contents table: `目录`, `目　录`, `本期目录`, `本期特刊目录`,
 * `本期要目`, `导读` (folded, perhaps spaced out).
 */
const CONTENTS_HEADING = /^[\u4e00-\u9fff]{0,6}(?:目\s{0,2}录|要\s{0,2}目|导\s{0,2}读)$/;
/** Longest `CONTENTS_HEADING`: six words before, the heading spaced out. */
const CONTENTS_HEADING_MAX = 12;
/**
 * An entry of a contents table: the page or pages it stands on, then its
 * title after a space: `16　县城咖啡馆里的新消费`, `T02-T03　城市篇　…`,
 * `A05　…`, `第3版　…`, `3—4版　…` (folded). A page number has two or three
 * digits, or a letter; a year (`2025 年`) has four.
 */
const CONTENTS_ENTRY =
  /^(?:[A-Z]?\d{2,3}(?:\s*[-—–~]\s*[A-Z]?\d{2,3})?|[A-Z]\d|第[\d一二三四五六七八九十]{1,3}(?:[-—–~][\d一二三四五六七八九十]{1,3})?版|\d{1,3}\s*[-—–~]\s*\d{1,3}版)\s+[^\s\d]/;
/** Longest line of a contents table: an entry's title, or the line of blurb under it. */
const CONTENTS_LINE_MAX = 40;

/** True for a line that may stand in a contents table: a short line of text with no dateline. */
function isContentsLine(item: Classified): boolean {
  return isBoxLine(item) && item.unit.norm.length <= CONTENTS_LINE_MAX;
}

/**
 * Where a contents table opened by its heading at `i` (`CONTENTS_HEADING`)
 * ends: blocks of short lines, a blank line apart at most, each holding an
 * entry (`CONTENTS_ENTRY`); the lines beside the entries are the sections'
 * names (`封面故事`, `经济`) and the entries' blurbs. A weekly's or special
 * edition's table names what its pages hold: furniture, not the text of the
 * editor's note over it. `i + 1` when no table follows the heading.
 */
function contentsEnd(items: readonly Classified[], i: number): number {
  const heading = items[i]!;
  if (!isBoxLine(heading) || heading.unit.norm.length > CONTENTS_HEADING_MAX || !CONTENTS_HEADING.test(heading.unit.norm)) return i + 1;
  let end = i + 1;
  while (end < items.length && nearlyTouches(items[end - 1]!, items[end]!)) {
    const next = touchingRun(items, end, isContentsLine);
    if (next === end || !items.slice(end, next).some((item) => CONTENTS_ENTRY.test(item.unit.norm))) break;
    end = next;
  }
  return end;
}

/**
 * The paper's service box is page furniture: a label (`新闻热线`,
 * `投稿邮箱`, perhaps with its number: `serviceBoxOpening`) over touching lines that give its numbers
 * (`96111　139 0000 1234`) and its notes (`报料有奖　一经采用`), one number
 * at least (`serviceLine`). Set under a photo credit or between two stories,
 * it is no paragraph of the one above nor the headline of the one below. A
 * report that names a hotline says so in sentences, which no line of a box is.
 */
function serviceBoxes(items: Classified[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const opening = isBoxLine(items[i]!) ? serviceBoxOpening(items[i]!.unit.norm) : null;
    if (opening === null || !touches(items[i]!, items[i + 1]!)) continue;
    const end = touchingRun(items, i + 1, (item) => isBoxLine(item) && serviceLine(item.unit.norm) !== null);
    // The label's own number counts; under a bare label one line at least gives one.
    const numbered = opening === "number" || items.slice(i + 1, end).some((item) => serviceLine(item.unit.norm) === "number");
    if (end === i + 1 || !numbered) continue;
    for (let k = i; k < end; k++) markFurniture(items[k]!);
    i = end - 1;
  }
}

/**
 * An advertisement is no news: its mark (`【广告】`, `isAdLabel`) over the ad's
 * lines, touching one another (`开斋节大减价　全场低至5折` / `购物满300元即送礼品`),
 * is page matter, kept in a page record with the furniture beside it (the
 * ad's hotline, the staff line). The block ends at a blank line or a dateline:
 * a report under the ad opens with its own headline.
 */
function adBlocks(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // In round brackets the mark reads as a bracketed note (`（广告）`).
    if (!(isBoxLine(item) || item.kind === "note") || !isAdLabel(item.unit.norm)) continue;
    const end = runOn(items, i + 1, isBoxLine);
    for (let k = i; k < end; k++) markFurniture(items[k]!);
    i = end - 1;
  }
}

/**
 * The words that sell, as an ad states its offer: `优惠`, `特价`, `钜惠`,
 * `让利`, `促销`, `到店`, `即送`, `礼包`, `购车节`/`购物节`, `抢购`, `团购`,
 * `秒杀`, `盛大开业`. A report's sentence may name them, but no report is
 * set as short lines without a sentence's mark and a hotline at the foot.
 */
const PROMO_WORD = /优惠|特惠|特价|钜惠|让利|促销|到店|即送|礼包|购[车物]节|抢购|团购|秒杀|盛大开业/;
/** An ad's last line, its phone after a key: `购车热线：0731-88886666`, `订购电话 13812345678`, `咨询热线:400-123-4567`. */
const AD_PHONE_LINE = /(?:电话|热线|手机|专线)\s*:?\s*(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,8}|400-?\d{3}-?\d{4})$/;
/** Fewest and most lines of an unmarked ad block. */
const AD_MIN_LINES = 3;
const AD_MAX_LINES = 8;

/**
 * An ad set with no 【广告】 mark (`江城汽车城 五一购车节` / `…全场车型最高优惠3万元` /
 * `到店即送…` / `地址：…` / `购车热线：0731-…`) is page matter, as a marked
 * one is (`adBlocks`): a block set apart by blank lines, three to eight
 * short lines (headline-like or text with no dateline), none with a
 * sentence's mark, its last line a phone after its key (`AD_PHONE_LINE`),
 * and a word that sells in it (`PROMO_WORD`). A notice or service box gives
 * its number too, but offers nothing for sale.
 */
function unmarkedAds(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && touches(items[i - 1]!, items[i]!)) continue;
    const end = touchingRun(items, i, isBoxLine);
    const next = items[end];
    if (end - i < AD_MIN_LINES || end - i > AD_MAX_LINES || (next !== undefined && touches(items[end - 1]!, next))) continue;
    const block = items.slice(i, end);
    if (!AD_PHONE_LINE.test(items[end - 1]!.unit.norm) || block.some((item) => SENTENCE_MARK.test(item.unit.norm))) continue;
    if (!block.some((item) => PROMO_WORD.test(item.unit.norm))) continue;
    for (const item of block) markFurniture(item);
    i = end - 1;
  }
}

/**
 * A line of the paper's contacts on its own is page furniture, not the last paragraph of
 * the story above: `新闻热线：0736-6621234`, `本版热线：… 投稿邮箱：…` anywhere; a page's line
 * named for its section (`法治热线：027-88845120`) at the page's foot only, where nothing but
 * furniture follows it (`contactLine`); so is the page's call for copy (`isCopyCall`:
 * `来稿请注明真实姓名…`, `读者来信请寄：…`). Read after the service boxes, which take such a line
 * when numbers and notes stand under it.
 */
function contactLines(items: Classified[]): void {
  for (let i = items.length - 1, foot = true; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind === "furniture") continue;
    const kind = isBoxLine(item) ? contactLine(item.unit.norm) : null;
    if (kind === "paper" || (kind === "section" && foot) || (kind === "hotline" && foot && isFootHotline(items, i))) markFurniture(item);
    else if (foot && isBoxLine(item) && isCopyCall(item.unit.norm)) markFurniture(item);
    else foot = false;
  }
}

/**
 * True when the hotline line at `i` (`服务热线：0731-88886666`), at the page's foot, stands in
 * the page's foot zone: set apart from the text above by a blank line, with the page's
 * furniture right under it (`本版策划…`, a staff line, the folio). A special page sets its
 * sponsor's line there. A notice's own hotline closes its text, and nothing of the page's
 * stands under it (`…欢迎居民参加。` / blank / `咨询热线：…` at the end).
 */
function isFootHotline(items: readonly Classified[], i: number): boolean {
  const above = items[i - 1];
  const below = items[i + 1];
  return below?.kind === "furniture" && above !== undefined && !touches(above, items[i]!);
}

/**
 * A website's footer is web chrome (a `web` note: no text, the foot of the
 * article above it, as `上一篇：…` is), however many lines it runs to: its
 * licence lines (`isSiteFooter`: `湘ICP备05001234号`, `版权所有`), and the lines
 * touching them that set the site's fields (`主办：…　承办：…`, `地址：…`) or
 * label a list of links with none under it (`相关链接`).
 */
function siteFooters(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    if (!isSiteFooterItem(items[i]!)) continue;
    for (let k = i - 1; k >= 0 && touches(items[k]!, items[k + 1]!) && takeFooterLine(items[k]!); k--);
    i = touchingRun(items, i, takeFooterLine) - 1;
  }
}

function isSiteFooterItem(item: Classified): boolean {
  return item.kind === "note" && item.note === "web" && isSiteFooter(item.unit.norm);
}

/**
 * Takes a line touching a site's footer into it when it is footer too, and
 * says so: another licence line, a line of the site's fields, a related-links
 * label with no links under it.
 */
function takeFooterLine(item: Classified): boolean {
  const norm = item.unit.norm;
  if (isSiteFooterItem(item)) return true;
  const footer =
    item.kind === "note" ? RELATED_LABEL.test(norm) : (item.kind === "body" || item.kind === "headline" || item.kind === "furniture") && item.lead === undefined && isFooterFieldLine(norm);
  if (!footer) return false;
  asWebNote(item);
  return true;
}

/** Makes an item a crawled page's chrome (`web` note). */
function asWebNote(item: Classified): void {
  item.kind = "note";
  item.note = "web";
  delete item.lead;
  delete item.section;
}

/** Makes an item page furniture that names no section. */
function markFurniture(item: Classified): void {
  item.kind = "furniture";
  item.section = null;
  delete item.lead;
}

/** True when `b` starts on the line after `a` ends: no blank line between them. */
export function touches(a: Classified, b: Classified): boolean {
  return a.unit.lineEnd + 1 === b.unit.lineStart;
}

/** Longest text taken for a picture caption; a longer one is a paragraph with its credit glued on. */
export const CAPTION_MAX = 60;

function isCaptionLength(text: string): boolean {
  return text.length <= CAPTION_MAX && countIn(text, CAPTION_SENTENCE_ENDS) <= 1;
}

/** The staff a bracketed line names (`【责任编辑:王五】`, `（本版编辑　周文斌）`), else null. */
function bracketedStaff(norm: string, cues: Cues): Staff[] | null {
  const inner = BRACKETED.exec(norm)?.[1];
  if (inner === undefined) return null;
  // `inner` is cut from the folded line, and folding again changes nothing: it is its own folded copy.
  return cues.staffLine(inner, inner);
}

/** `（本版编辑　周文斌）`: staff labelled 本版 (this page's) serve the page, not the article above them. */
function isPageStaff(staff: readonly Staff[]): boolean {
  return staff.every((s) => s.label?.startsWith("本版") === true);
}

/**
 * A line that is all lead, its body on the lines below: a dated dateline
 * (`新华社乌鲁木齐5月11日电　题：…`, the title restated) or a dateline with its
 * credit (`本报讯（记者 王芳）`). A bare undated one (`中国网友来电`) may be
 * a headline, and stays one.
 */
function isWholeLead(lead: LeadMatch): boolean {
  return lead.dateline !== null && (lead.dateline.date !== null || lead.bylines.length > 0);
}

/**
 * True when a line that ends on a picture credit opens on an article's lead:
 * a dateline (`本报讯（记者 周文强）11月4日，…。 记者 张三 摄`, `新华社北京3月5日电 …`)
 * or a credit naming a writer (`（记者 王芳）…`), with text after it. Captions
 * carry neither: a picture is credited at its foot, so the line is a lead
 * paragraph with a photo credit glued to its end, not a caption. A caption that
 * merely opens on a date or a place (`3月5日，游客在…`) has no dateline and stays one.
 */
function opensOnLead(unit: Unit, cues: Cues, issueDate: string | undefined): boolean {
  const lead = cues.lead(unit.text, issueDate, unit.norm);
  if (lead === null || lead.bodyStart >= unit.text.length) return false;
  return lead.dateline !== null || lead.bylines.some((b) => !b.photo && b.role !== "source");
}

/**
 * True for a line of page furniture that is a block by itself: a staff line,
 * a folio or a page footer. `norm` is the folded copy of `text`.
 */
export function isFurnitureLine(norm: string, text: string, cues: Cues): boolean {
  if (cues.staffLine(text, norm) !== null || isPageFooter(norm) || isSiteFooter(norm)) return true;
  if (staffAfterContacts(norm, text, cues) !== null) return true;
  return parseFolio(norm, (a, b) => cues.staffLine(text.slice(a, b), norm.slice(a, b))) !== null;
}

/** The item of a unit that opened on a jump-from note with text after it (`（上接第一版）实现了…`), marked with the page it came from. */
function markJumpFrom(item: Classified, whole: Unit): Classified {
  if (item.unit === whole) return item;
  const source = jumpSource(whole.norm);
  if (source !== null && source.end < whole.norm.length) item.jumpFrom = source.page;
  return item;
}

/** The staff of a line that opens on the page's contacts (`本版热线：0731-84326110　　责任编辑：宋雅琪…`: `contactsThenStaff`), else null. */
function staffAfterContacts(norm: string, text: string, cues: Cues): Staff[] | null {
  return contactsThenStaff(norm, (from) => cues.staffLine(text.slice(from), norm.slice(from)));
}

/** The unit without a jump-from note at its start (`（上接A1版）今年，…` → `今年，…`); a unit that is only the note stays whole. */
function withoutJumpFrom(unit: Unit): Unit {
  // Only a unit opening on `(` can hold one: most are turned away by one character.
  if (unit.norm.charCodeAt(0) !== 0x28) return unit;
  const m = JUMP_PREFIX.exec(unit.norm);
  return m === null || m[0].length >= unit.norm.length ? unit : sliceUnit(unit, m[0].length);
}

function classifyUnit(whole: Unit, cues: Cues, issueDate: string | undefined): Classified | Classified[] {
  const unit = withoutJumpFrom(whole);
  const text = unit.text;
  const bracketed = bracketedStaff(unit.norm, cues);
  const editors = editorBylines(bracketed);
  // `（本版编辑　李昭　美编　高妍）`: a bracketed staff line naming the page's staff, or
  // any staff but editors (an article's bracketed credit names editors only: `（编辑　张三）`).
  if (bracketed && (isPageStaff(bracketed) || editors === null)) return { kind: "furniture", unit, staff: bracketed };
  if (editors) return { kind: "credit", unit, credit: { bylines: editors, kind: "byline" }, parsed: true };
  const staff = cues.staffLine(text, unit.norm) ?? staffAfterContacts(unit.norm, text, cues);
  if (staff) return { kind: "furniture", unit, staff };
  if (isPageNumberLine(unit.norm)) {
    // A bare number is no folio: a short word touching it names no section.
    return isBareNumber(unit.norm)
      ? { kind: "furniture", unit, section: null, pageNumber: true }
      : { kind: "furniture", unit, section: null, folio: true, pageNumber: true };
  }
  const folio = parseFolio(unit.norm, (a, b) => cues.staffLine(text.slice(a, b), unit.norm.slice(a, b)));
  // The section as written: `港聞`, not its folded `港闻`.
  if (folio) {
    const section = folio.section && text.slice(...folio.section);
    const item: Classified = folio.staff.length > 0 ? { kind: "furniture", unit, section, staff: folio.staff, folio: true } : { kind: "furniture", unit, section, folio: true };
    if (folio.dated) item.dated = true;
    if (folio.paperPlace) item.paperPlace = true;
    return item;
  }
  if (isPageFooter(unit.norm)) return { kind: "furniture", unit, section: null };
  // A website's footer (`湘ICP备05001234号`): chrome of the crawled page, at the foot of its article as `上一篇：…` is.
  if (isSiteFooter(unit.norm)) return { kind: "note", unit, note: "web" };
  // Before credit lines: `简讯` would read as a signature (简 is a surname).
  const label = columnLabel(unit.norm);
  if (label) return { kind: "note", unit, note: label };
  if (EDITORS_NOTE.test(unit.norm)) return { kind: "note", unit, note: "editor" };
  if (unit.norm.length <= SOURCE_NOTE_MAX && SOURCE_NOTE.test(unit.norm)) return { kind: "note", unit, note: "source" };
  const credit = cues.creditLine(text, unit.norm);
  if (credit) return { kind: "credit", unit, credit };
  const caption = cues.caption(text, unit.norm);
  if (caption && isCaptionLength(caption.caption) && !opensOnLead(unit, cues, issueDate)) return { kind: "caption", unit, caption };
  const note = isNote(unit.norm);
  if (note) return { kind: "note", unit, note };
  if (isBracketedNote(unit.norm)) return { kind: "note", unit, note: "endnote" };
  if (unit.norm.length <= MARKED_CAPTION_MAX) {
    if (FIGURE_INTRO.test(unit.norm)) return { kind: "caption", unit };
    const nameless = namelessCaption(unit);
    if (nameless) return nameless;
  }
  const signed = markedSignatureHead(unit, cues);
  if (signed) return signed;
  const lead = cues.lead(text, issueDate, unit.norm);
  if (lead && (lead.bodyStart < text.length || isWholeLead(lead))) return { kind: "body", unit, lead };
  if (isHeadlineLike(unit.norm)) {
    const noted = gluedEndNote(unit, cues);
    if (noted) return noted;
    const signature = bulletedSignature(unit, cues);
    return signature ? { kind: "credit", unit, credit: signature, parsed: true } : { kind: "headline", unit };
  }
  // A headline glued to the dateline of its first paragraph, on one line.
  const glued = cues.gluedLead(text, issueDate, unit.norm);
  if (glued) return [{ kind: "headline", unit: sliceUnit(unit, 0, glued.headEnd) }, { kind: "body", unit, lead: glued.lead }];
  return leadIn(unit, cues, issueDate) ?? { kind: "body", unit };
}

/**
 * A signature set with its mark at the head of the first paragraph, parted
 * from the text by a gap wider than a name's padding (`□ 孟　秋　　近来天气转凉…`):
 * the mark, one to four name characters (one space of padding between them
 * at most), then two spaces or more. The head is read as a credit line is.
 */
const MARKED_SIGNATURE_HEAD = /^[□■◎][ \t]*\p{Script=Han}(?: ?\p{Script=Han}){1,3}(?=[ \t]{2,}\S)/u;
/** The first characters of `MARKED_SIGNATURE_HEAD`: its marks. */
const SIGNATURE_MARKS = charSet("□■◎");

/**
 * The signature glued to the head of a paragraph (`MARKED_SIGNATURE_HEAD`), as
 * a credit of its own, and the paragraph after it; null unless the head reads
 * as a signature (names only): a bold lead-in (`■玄武湖  樱花…`) is no name.
 */
function markedSignatureHead(unit: Unit, cues: Cues): Classified[] | null {
  if (!has(SIGNATURE_MARKS, unit.norm, 0)) return null;
  const m = MARKED_SIGNATURE_HEAD.exec(unit.norm);
  if (m === null) return null;
  const head = sliceUnit(unit, 0, m[0].length);
  const credit = cues.creditLine(head.text, head.norm);
  if (credit === null || credit.kind !== "signature" || credit.bylines.length === 0) return null;
  let start = m[0].length;
  while (start < unit.norm.length && /[ \t]/u.test(unit.norm.charAt(start))) start++;
  return [
    { kind: "credit", unit: head, credit },
    { kind: "body", unit: sliceUnit(unit, start) },
  ];
}

/**
 * A short line that ends no sentence, with a bracketed credit glued to its
 * end (`城墙东段修缮工程今天启动（资料由市档案馆提供）`,
 * `城东新桥通车（记者 王芳）`): the credit is a note of its own, as if set on
 * the next line (`endnote`), and the line before it is read as any short
 * line is (`closingLines` decides whether it ends the text above). Only a
 * credit naming someone (not a bare signature, which may be a word of a
 * headline: `（张家口）`, nor a picture's) is taken: `（附声明全文）`,
 * `（图）` and `（上）` stay a headline's.
 */
function gluedEndNote(unit: Unit, cues: Cues): Classified[] | null {
  const norm = unit.norm;
  if (norm.charCodeAt(norm.length - 1) !== 0x29) return null; // `)`
  const open = norm.lastIndexOf("(");
  if (open <= 0 || !isBracketedNote(norm.slice(open))) return null;
  const credit = cues.trailingCredit(`。${unit.text.slice(open)}`);
  if (credit === null || credit.signature === true || credit.bylines.length === 0 || credit.bylines.some((b) => b.photo)) return null;
  const text = sliceUnit(unit, 0, open);
  if (text.text.length === 0) return null;
  return [
    { kind: "headline", unit: text },
    { kind: "note", unit: sliceUnit(unit, open), note: "endnote" },
  ];
}

/**
 * A brief's title set on the line of its text: in brackets (`【新桥今起通车】3月8日，…`),
 * or after a bullet or before a space (`■南站新增接驳线 自3月10日起，…`,
 * `图书馆延长开放时间 本报讯 …`). A court's or a city's brief column sets the
 * lead words in parts, a space between them, and they may quote
 * (`拖欠工资拒不支付　包工头获刑　近日，…`, `出租银行卡“帮信”　一审获刑十个月　近日，…`).
 */
const BRACKETED_LEAD_IN = /【([^【】]{2,24})】\s*(?=\S)/y;

/** What opens a bullet's title: `■南站新增接驳线 …`. */
const LEAD_IN_BULLETS = charSet("■□◆●★");
const SPACES = charSet(WHITE_SPACE);
/**
 * What a spaced title may not hold: sentence and clause marks, brackets
 * (`据悉，`, `（记者 张三）`). Quotation marks and 《》 it may hold: titles quote.
 */
const NOT_IN_SPACED_TITLE = charSet(",.;:!?、()【】");
/** Fewest characters of a spaced title's first part (`图书馆延长开放时间`, not `据悉`). */
const SPACED_TITLE_FIRST_MIN = 4;
/** Fewest characters of a later part: one character between spaces is letter-spacing (`黄 瓜`). */
const SPACED_TITLE_PART_MIN = 2;
/** Longest spaced title, its parts and the spaces between them. */
const SPACED_TITLE_MAX = 32;

/**
 * The places where a spaced title may end, from `start` on, as pairs
 * `[title end, text start]`: each space run after a part long enough, within
 * `SPACED_TITLE_MAX` characters and before the first mark `NOT_IN_SPACED_TITLE`
 * holds. Read a character at a time, a paragraph is turned away at its first
 * comma or its 33rd character, so this is also the line's pre-test.
 */
function spacedTitleEnds(norm: string, start: number): number[] {
  const ends: number[] = [];
  const limit = Math.min(norm.length, start + SPACED_TITLE_MAX + 1);
  let partStart = start;
  for (let i = start; i < limit; i++) {
    const c = norm.charCodeAt(i);
    if (NOT_IN_SPACED_TITLE[c] === 1) break;
    if (SPACES[c] !== 1) continue;
    const min = partStart === start ? SPACED_TITLE_FIRST_MIN : SPACED_TITLE_PART_MIN;
    if (i - partStart < min) break;
    let j = i + 1;
    while (j < norm.length && SPACES[norm.charCodeAt(j)] === 1) j++;
    if (j >= norm.length) break;
    ends.push(i, j);
    partStart = j;
    i = j - 1;
  }
  return ends;
}

/** Where a lead-in's title may open: after a bullet and the spaces after it, else at 0. */
function leadInStart(norm: string): number {
  if (!has(LEAD_IN_BULLETS, norm, 0)) return 0;
  let i = 1;
  while (i < norm.length && SPACES[norm.charCodeAt(i)] === 1) i++;
  return i;
}

/**
 * Splits a brief whose title opens its line into the title and the text.
 * Only where the text shows it is a brief of its own: it opens with a
 * dateline or ends on a credit (`…。（记者 李四）`). A paragraph that merely
 * opens with a bracketed word goes on as it is. A title set in parts ends at
 * the first space after which a lead opens (`近日，`, `11月12日，`, `本报讯`);
 * where none opens, at the last space before the text.
 */
function leadIn(unit: Unit, cues: Cues, issueDate: string | undefined): Classified[] | null {
  const norm = unit.norm;
  const start = leadInStart(norm);
  if (norm.charCodeAt(start) === 0x3010) return bracketedLeadIn(unit, start, cues, issueDate); // 【
  const ends = spacedTitleEnds(norm, start);
  if (ends.length === 0) return null;
  // `本报记者 张三 …`: a credit before the text is no title.
  const first = sliceUnit(unit, start, ends[0]);
  if (cues.creditLine(first.text, first.norm) !== null) return null;
  let last: Classified[] | null = null;
  for (let k = 0; k < ends.length; k += 2) {
    const head = sliceUnit(unit, start, ends[k]);
    if (!isHeadlineLike(head.norm) || columnLabel(head.norm) !== null) break;
    const rest = sliceUnit(unit, ends[k + 1]!);
    const lead = cues.lead(rest.text, issueDate, rest.norm);
    if (lead && lead.bodyStart < rest.text.length) return [{ kind: "headline", unit: head }, { kind: "body", unit: rest, lead }];
    last = [{ kind: "headline", unit: head }, { kind: "body", unit: rest }];
  }
  if (last === null || cues.trailingCredit(last[1]!.unit.text) === null) return null;
  return last;
}

/** `leadIn` for a title in 【】 at `start`: `【新桥今起通车】3月8日，…`. */
function bracketedLeadIn(unit: Unit, start: number, cues: Cues, issueDate: string | undefined): Classified[] | null {
  BRACKETED_LEAD_IN.lastIndex = start;
  const m = BRACKETED_LEAD_IN.exec(unit.norm);
  const title = m?.[1];
  if (m === null || title === undefined || !isHeadlineLike(title) || columnLabel(title) !== null) return null;
  const head = sliceUnit(unit, start + 1, start + 1 + title.length);
  if (cues.creditLine(head.text, head.norm) !== null) return null;
  const rest = sliceUnit(unit, start + m[0].length);
  const lead = cues.lead(rest.text, issueDate, rest.norm);
  if (lead && lead.bodyStart < rest.text.length) return [{ kind: "headline", unit: head }, { kind: "body", unit: rest, lead }];
  if (cues.trailingCredit(rest.text) === null) return null;
  return [{ kind: "headline", unit: head }, { kind: "body", unit: rest }];
}
