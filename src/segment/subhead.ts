/**
 * Subhead or new article? A headline-like line inside a running article.
 *
 * Subheads (小标题) look like headlines but start no article: no byline or
 * dateline follows them, they sit between body paragraphs, and they echo the
 * article's own words (`该区聚焦责任落实…` → `聚焦责任落实 专班专人推项目`) or
 * the form of the subheads before them. In pages that indent paragraphs, a
 * subhead is indented like the body while headlines stand at the margin.
 */
import { isSalutation, type Unit } from "../reflow/reflow.js";
import { DIGIT_NUMBER, followsInSeries, HEADING_NUMERAL, HEADING_NUMERALS, headingNumber, NOT_DECIMAL } from "../text/numbering.js";
import { CAPTION_MAX, isPhotoCredit, type Classified } from "./classify.js";
import { isColumnName } from "./columns.js";
import type { ArticleDraft, SegmentOptions } from "./segment.js";

/** Lines up to this long are searched back for repeated bigrams; headlines are at most 40 characters. */
const SHORT_LINE = 64;

/** U+3400–U+9FFF: CJK ideographs (extension A and the unified block). */
const isCjk = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** Share of the line's CJK bigrams that also occur in `text`. */
export function echo(line: string, text: string): number {
  return echoIn(line, [text]);
}

/**
 * Offsets in `line` of its distinct CJK bigrams, each at its first occurrence.
 * A headline is short: a repeat is found by looking back; a longer line (only
 * a caller outside segmentation passes one) keeps the pairs seen, so the scan
 * stays linear.
 */
function bigramStarts(line: string): number[] {
  const seen = line.length > SHORT_LINE ? new Set<number>() : null;
  const starts: number[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line.charCodeAt(i);
    const b = line.charCodeAt(i + 1);
    if (!isCjk(a) || !isCjk(b)) continue;
    if (seen === null ? occursBefore(line, a, b, i) : seen.has(a * 0x10000 + b)) continue;
    seen?.add(a * 0x10000 + b);
    starts.push(i);
  }
  return starts;
}

/**
 * True when the two characters of `line` at `at` occur in one of `texts`. A
 * bigram is two CJK characters, so none spans the break between two texts:
 * searching each is searching them joined by line breaks.
 */
function foundIn(texts: readonly string[], line: string, at: number): boolean {
  const pair = line.slice(at, at + 2);
  for (const text of texts) if (text.includes(pair)) return true;
  return false;
}

/** `echo` on `texts` joined by line breaks, without joining them. */
function echoIn(line: string, texts: readonly string[]): number {
  const starts = bigramStarts(line);
  let hits = 0;
  for (const at of starts) if (foundIn(texts, line, at)) hits++;
  return starts.length === 0 ? 0 : hits / starts.length;
}

/**
 * `echoIn(line, texts) >= share`, searching no more than decides it: the
 * share found so far only grows, so the search stops once it reaches `share`,
 * or once the bigrams left could not lift it there. Each search reads the
 * whole article for a bigram it lacks.
 */
export function echoesAtLeast(line: string, texts: readonly string[], share: number): boolean {
  return echoReach(line, texts, share, share) === 2;
}

/**
 * How far `echoIn(line, texts)` reaches, in one search: 2 when it is at least
 * `high`, 1 when at least `low` (`low <= high`), else 0. The search stops once
 * the share found reaches `high`, or once the bigrams left could not lift it
 * to `low`.
 */
export function echoReach(line: string, texts: readonly string[], low: number, high: number): 0 | 1 | 2 {
  const starts = bigramStarts(line);
  const distinct = starts.length;
  if (distinct === 0) return 0 >= high ? 2 : 0 >= low ? 1 : 0;
  let hits = 0;
  for (let k = 0; k < distinct; k++) {
    if ((hits + distinct - k) / distinct < low) return 0;
    if (foundIn(texts, line, starts[k]!) && ++hits / distinct >= high) return 2;
  }
  return hits / distinct >= high ? 2 : hits / distinct >= low ? 1 : 0;
}

/** True when the characters `a`, `b` stand side by side in `line` before `end`. */
function occursBefore(line: string, a: number, b: number, end: number): boolean {
  for (let j = 0; j < end; j++) if (line.charCodeAt(j) === a && line.charCodeAt(j + 1) === b) return true;
  return false;
}

/**
 * Numbered or bulleted subheads, wider than `headingNumber` reads: Chinese
 * numerals of any length (`一、…`, `十一.…`), brackets around numerals or
 * digits (`（二）…`, `(3)…`), digits (`3.…`, not `3.5`), or a bullet (`■…`, `◆…`).
 */
const NUMBERED = new RegExp(
  String.raw`^(?:${HEADING_NUMERAL}+[、.]|[(（][${HEADING_NUMERALS}\d]+[)）]|${DIGIT_NUMBER}[、.]${NOT_DECIMAL}|[■◆▲●★□◇△○▶►])`,
);

/**
 * True when `norm` is the next heading of a numbered series among the
 * article's subheads: the last subhead numbered in its style (`一、综合`)
 * bears the number before (`二、农业`). A section of the running article,
 * wherever the page sets it (at the margin, where paragraphs are indented).
 */
function continuesSeries(norm: string, subheads: readonly Unit[]): boolean {
  const number = headingNumber(norm);
  if (number === null || Number.isNaN(number.n)) return false;
  for (let k = subheads.length - 1; k >= 0; k--) {
    const before = headingNumber(subheads[k]!.norm);
    if (before !== null && before.style === number.style) return followsInSeries(before, number);
  }
  return false;
}

/**
 * Two headings of one series: both split in two by a space (`聚焦… 专班…`),
 * both a name, a colon and a phrase (`湘电智能：扣非净利润小幅下滑`,
 * `楚天药业：由盈转亏`: `COLON_HEADING`, the names of any length), both
 * opening with the same word (`聚焦…`, `聚焦…`), or both a phrase, a comma and
 * a phrase whose first halves have one length (`经历阵痛，…`, `突破瓶颈，…`).
 */
export function parallel(a: string, b: string): boolean {
  const halves = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (halves(a) === 2 && halves(b) === 2) return true;
  if (COLON_HEADING.test(a) && COLON_HEADING.test(b)) return true;
  if (a.length >= 4 && b.length >= 4 && a.slice(0, 2) === b.slice(0, 2)) return true;
  const head = (s: string) => /^([^,，]{2,8})[,，][^,，]+$/.exec(s)?.[1]?.length ?? -1;
  return head(a) > 0 && head(a) === head(b);
}

// Two phrases split by a gap or by a comma: `风光并进　新能源跑出加速度`, `经历阵痛，迎来新生`.
const TWO_PHRASES = /^([^\s,，]{2,8})(\s+|[,，])[^\s,，]+$/;
/** A heading of one phrase of Han characters, five to eight long (`景区人气旺`, `乡村游升温`); shorter ones are box labels (`数读`). */
const ONE_PHRASE = /^[\u4e00-\u9fff]{5,8}$/;

/**
 * The shape of a heading made of two phrases: the separator's kind and the
 * first phrase's length (`风光并进　新能源…` → ` 4`); of one phrase of five to
 * eight characters, its length (`景区人气旺` → `=5`); else null. Headings of one
 * series are cut alike: `风光并进　新能源跑出加速度` / `煤电托底　保障能源安全`,
 * `景区人气旺` / `乡村游升温`.
 */
function twoPhraseShape(norm: string): string | null {
  const m = TWO_PHRASES.exec(norm);
  if (m === null) return ONE_PHRASE.test(norm) ? `=${norm.length}` : null;
  return `${m[2]!.trim() === "" ? " " : ","}${m[1]!.length}`;
}

/** True when two headings are cut alike: two phrases each, the same separator, first phrases of one length. */
export function sameShape(a: string, b: string): boolean {
  const shape = twoPhraseShape(a);
  return shape !== null && shape === twoPhraseShape(b);
}

/**
 * A heading asked as a question, with no question mark (`助餐补贴怎么领`,
 * `菜品如何更适老`, `为何要改`) or with one: a section of an article answers it.
 * (Segmentation asks only of lines with no byline or dateline under them.)
 */
const QUESTION = /怎么|怎样|如何|为何|为什么|何以|[?]$/;

/**
 * Share of a section's first paragraph's word pairs found in the report above
 * it that makes one-phrase headings a series of its subheads: a section goes on
 * with the report's words (游客, 人次, 假期: about 0.11 of a long paragraph), a brief under it does
 * not (about 0.06).
 */
const SECTION_ECHO = 0.09;

/** How many paragraphs below a heading are read for its echo. */
const SECTION_READ = 3;

/** The first paragraphs of the section that starts at `from`, up to the next headline or credit. */
function sectionBelow(items: Classified[], from: number): string[] {
  const texts: string[] = [];
  for (let i = from; i < items.length && texts.length < SECTION_READ; i++) {
    const item = items[i]!;
    if (item.kind !== "body" || item.lead) break;
    texts.push(item.unit.norm);
  }
  return texts;
}

/** The end of the run of body text with no dateline or credit of its own from `from` on. */
export function unsignedTextEnd(items: readonly Classified[], from: number): number {
  let i = from;
  while (items[i]?.kind === "body" && items[i]!.lead === undefined) i++;
  return i;
}

/**
 * True when the section that starts at `from` runs, through unsigned body
 * text only, into one more one-line heading over unsigned body text, cut
 * like `norm` (`风光并进　新能源跑出加速度` … `煤电托底　保障能源安全`): the two
 * open sections of one article. A new article's heading is followed by its
 * own dateline or byline; two unsigned headings of one cut under a signed
 * report are its subheads, even when they echo none of its words.
 */
function seriesAhead(norm: string, items: Classified[], from: number): boolean {
  const i = unsignedTextEnd(items, from);
  const heading = items[i];
  const below = items[i + 1];
  if (heading?.kind !== "headline" || below?.kind !== "body" || below.lead !== undefined) return false;
  return sameShape(norm, heading.unit.norm);
}

/** The index of the first item from `from` past the unsigned text, and the pictures inside it (a caption, its picture's credit). */
function sectionEnd(items: readonly Classified[], from: number): number {
  let i = unsignedTextEnd(items, from);
  // A picture inside the section, its caption and credit (`游客在花海中拍照留念。　本报记者　许晨阳　摄`).
  while (items[i]?.kind === "caption" || (items[i]?.kind === "credit" && isPhotoCredit(items[i]))) i = unsignedTextEnd(items, i + 1);
  return i;
}

/**
 * True when the section under `norm`, starting at `from`, runs through
 * unsigned text and pictures, and the stock-labelled sections after it
 * (`答记者问` over `记者：…`, `记者调查`), to a headline block that is signed
 * (a byline, a dateline or a caption under it), and `norm` is not cut like a
 * line of that headline (`sameShape`: `风光并进　新能源跑出加速度` over
 * `煤电托底　保障能源安全` and its dateline is a peer's headline). No unsigned
 * piece of its own follows the heading, only the next report: on a page of
 * one or two reports, it heads a section of the report above. At the page's
 * end the text under such a heading is as often a brief of its own.
 */
function runsToSignedHeadline(norm: string, items: readonly Classified[], from: number): boolean {
  let i = sectionEnd(items, from);
  while (isLabelledSection(items, i)) i = sectionEnd(items, i + 1);
  if (items[i]?.kind !== "headline") return false;
  const top = i;
  while (items[i]?.kind === "headline") i++;
  const below = items[i];
  if (below === undefined || !(below.kind === "credit" || below.kind === "caption" || (below.kind === "body" && below.lead !== undefined))) return false;
  for (let k = top; k < i; k++) if (sameShape(norm, items[k]!.unit.norm)) return false;
  return true;
}

/** True when the item at `i` is a one-line stock label (`记者调查`, or `答记者问` over `记者：…`) over unsigned text: a section of the report. */
function isLabelledSection(items: readonly Classified[], i: number): boolean {
  const label = items[i];
  const below = items[i + 1];
  if (label?.kind !== "headline" || below?.kind !== "body" || below.lead !== undefined) return false;
  return isStockSectionLabel(label.unit.norm) || isQaSectionLabel(label.unit.norm, below.unit.norm);
}

/**
 * True when the section that starts at `from` runs into a photo credit before
 * the next headline (the text is then a photo's caption), alone or in a block
 * of credits. The credit under a marked caption is that caption's.
 */
function endsInPhotoCredit(items: Classified[], from: number, trailing: (text: string) => boolean): boolean {
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "headline" || item.kind === "furniture") return false;
    // The credit of a caption's picture, which may stand inside the article.
    if (item.kind === "credit" && items[i - 1]?.kind === "caption") continue;
    // A block of credits (`记者/刘毅` / `通讯员/曲宏 摄`) with a picture's credit in it.
    if (item.kind === "credit") return creditBlockHasPhoto(items, i);
    if (item.kind === "body" && trailing(item.unit.text)) return true;
  }
  return false;
}

/** True when the run of credit lines from `from` holds a picture's credit. */
function creditBlockHasPhoto(items: Classified[], from: number): boolean {
  for (let i = from; items[i]?.kind === "credit"; i++) if (isPhotoCredit(items[i])) return true;
  return false;
}

/**
 * True when the section that starts at `from` ends, before the next heading,
 * on a credit that signs it: a signature line (`□ 孙晓雯`) or a paragraph
 * that closes on its author (`…最美好。（孙晓雯）`). Under a report already
 * signed, such a section is a piece of its own, signed at its foot (a
 * commentary, a reader's letter).
 */
function endsSigned(items: Classified[], from: number, trailingSignature: (text: string) => boolean): boolean {
  const i = unsignedTextEnd(items, from);
  const last = items[i - 1];
  if (i > from && last !== undefined && trailingSignature(last.unit.text)) return true;
  const item = items[i];
  return item?.kind === "credit" && item.credit?.kind === "signature";
}

export interface SubheadContext {
  article: ArticleDraft;
  next: Classified | undefined;
  items: Classified[];
  nextIndex: number;
  options: SegmentOptions;
  trailingPhotoCredit(text: string): boolean;
  /** True when `text` ends on a credit naming its author (`…。（孙晓雯）`), no picture's or editor's. */
  trailingSignature(text: string): boolean;
  /** Nearly every headline on this page is followed by a byline or dateline. */
  signedPage: boolean;
  /** Every headline over text on this page is signed, though they are too few for `signedPage` (one or two reports). */
  allSignedPage: boolean;
}

/** Why a line was or was not taken for a subhead; `weak` decisions are reported as diagnostics. */
export interface SubheadDecision {
  subhead: boolean;
  weak: boolean;
}

const strong = (subhead: boolean): SubheadDecision => ({ subhead, weak: false });

/**
 * In hard-wrapped text blank lines part the blocks of a page, never the lines
 * of an article's body: a heading set between the text above and below it
 * with no blank line is a subhead (`管理要点。` / `学技术 增本领` / `今年以来，…`);
 * one after a blank line heads an article of its own.
 */
function isWrappedSubhead(unit: Unit, article: ArticleDraft, below: Unit): boolean {
  return unit.lineStart === article.lineEnd + 1 && below.lineStart === unit.lineEnd + 1;
}

/** True for a numbered or bulleted heading (`一、…`, `（二）…`, `■…`). */
export function isNumbered(norm: string): boolean {
  return NUMBERED.test(norm);
}

/** True when the article opened on a dateline or carries a byline. */
function isSigned(article: ArticleDraft): boolean {
  return article.lead !== null || article.bylines.length > 0;
}

/** Labels are this short at most: `数读`, `热线直通`, `记者手记`; a subhead is a phrase (`居民生活更舒心`). */
const LABEL_MAX = 4;

/** True for a heading of a few characters and no gap: a box's label (`数读`, `热线直通`). */
function isLabel(norm: string): boolean {
  return norm.length <= LABEL_MAX && !/\s/.test(norm);
}

// A turn of an interview: `记者：…`, `问：…`, `本报记者：…`, `主持人：…`.
const INTERVIEWER_TURN = /^(?:本报)?(?:记者|问|主持人)[:：]/;
// The speaker's label opening a paragraph: `罗德明：…` (one to six characters, then a colon).
const TURN_LABEL = /^([\u4e00-\u9fff]{1,6})[:：]/;

/**
 * True when `first` (the first paragraph of a section) opens on a turn of an
 * interview, asked by the interviewer (`记者：…`) or spoken by someone whose
 * turns open paragraphs of the article above (`罗德明：…`): the interview goes
 * on under the heading.
 */
function continuesInterview(first: string, article: ArticleDraft): boolean {
  if (INTERVIEWER_TURN.test(first)) return true;
  const label = TURN_LABEL.exec(first)?.[1];
  if (label === undefined) return false;
  const turn = `${label}：`;
  return article.paragraphs.some((p) => p.norm.startsWith(turn) || p.norm.startsWith(`${label}:`));
}

// A heading of a place or a thing, a colon and a phrase: `桃花谷：十里花海正当时`, `云岭古村：走进明清老宅`.
const COLON_HEADING = /^[^\s:：，,。]{2,8}[:：][^\s:：。]{3,}$/;

/**
 * True when the section that starts at `from` runs, through unsigned body
 * text only, into one more heading of the form `X：Y` over unsigned body text,
 * as `norm` is: two stops of one tour, two items of one survey.
 */
function colonSeriesAhead(norm: string, items: Classified[], from: number): boolean {
  if (!COLON_HEADING.test(norm)) return false;
  const i = sectionEnd(items, from);
  const heading = items[i];
  const below = items[i + 1];
  if (heading?.kind !== "headline" || below?.kind !== "body" || below.lead !== undefined) return false;
  return COLON_HEADING.test(heading.unit.norm);
}

// The time a news report opens on: `6月12日，…`, `12日，…`, `近日，…`, `日前，…`, `昨天…`, `今年5月，…`.
const NEWS_OPENING = /^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|近日|日前|昨天|昨日|今天|今日|本周|上周|今年\d{1,2}月)/;

/**
 * A heading at the margin of a page that indents its paragraphs. Headlines
 * stand at the margin and subheads are indented like the body, but text
 * copied from an e-paper or OCR'd often loses the indent of a centred
 * subhead while keeping the body's: the margin is evidence of a new article,
 * not proof. A margin line is a subhead only with evidence that the article
 * goes on under it: it stands right under the article's text (no blank line
 * between), the article is signed while the section below is not, and the
 * section continues it (an interview's turns, an echo of the article's words,
 * a heading cut like one before or after it). Otherwise, as a new article's
 * headline does, it opens an article.
 *
 * A blank line above the heading (`setOff`) is weaker evidence of a new
 * article: posts and e-papers set subheads off with blank lines too. Such a
 * heading is a subhead on the same evidence, except an echo of the article's
 * words, which tells a section only when a blank line parts it from the text
 * below as well (a headline stands with its text; a centred subhead stands
 * apart from both), under a report signed at its head by a byline line and
 * no dateline (a feature: `本报记者　彭思源` / `秋日的清晨，…` / `老厂房里长出新产业`);
 * under a dated report an echo is as often the headline of a piece on the
 * same subject (`…张德明同志逝世` / `张德明同志生平`).
 */
function marginSubhead(unit: Unit, ctx: SubheadContext): boolean {
  const { article, next, items, nextIndex } = ctx;
  if (!next || !isSigned(article)) return false;
  const setOff = article.lineEnd + 1 !== unit.lineStart;
  // A caption under it, its picture's credit closing the section: the title of a photo. A section that opens
  // on a paragraph longer than a caption is text, whatever picture stands in it.
  if (next.unit.norm.length <= CAPTION_MAX && endsInPhotoCredit(items, nextIndex, ctx.trailingPhotoCredit)) return false;
  if (next.tableRow === true || isSalutation(next.unit.norm) || isLabel(unit.norm)) return false;
  if (article.bylines.length > 0 && endsSigned(items, nextIndex, ctx.trailingSignature)) return false;
  if (continuesInterview(next.unit.norm, article)) return true;
  // A new report opens on its time (`6月12日，…`, `近日，…`); its headline may share the page's words.
  if (NEWS_OPENING.test(next.unit.norm)) return false;
  const previous = article.subheads.at(-1);
  // A second heading at the margin, under an article whose first one was there too: its headings stand at the margin.
  if (previous !== undefined && !previous.indented) return true;
  if ((!setOff || (isFeature(article) && next.unit.lineStart > unit.lineEnd + 1)) && echoesAtLeast(unit.norm, ownTexts(article), 0.3)) return true;
  return seriesAhead(unit.norm, items, nextIndex) || colonSeriesAhead(unit.norm, items, nextIndex);
}

/** True for a report signed at its head by a byline line, with no dateline: a feature (通讯), which runs in sections. */
function isFeature(article: ArticleDraft): boolean {
  const first = article.paragraphs[0];
  return article.lead === null && first !== undefined && article.creditLines.some((line) => line.lineStart < first.lineStart);
}

/** The article's own text so far: headline, subheads, paragraphs. */
function ownTexts(article: ArticleDraft): string[] {
  const own: string[] = [];
  for (const units of [article.headline, article.subheads, article.paragraphs]) for (const u of units) own.push(u.norm);
  return own;
}

/**
 * The stock labels of a report's sections (folded): what the reporter found
 * (`记者调查`, `记者回访`, `记者追访`, `记者探访`, `记者观察`), what an office or
 * a firm said (`部门回应`, `部门说法`, `官方回应`, `商家回应`, `各方说法`), how a
 * complaint was settled (`办结回音`, `最新进展`, `后续`), what an expert or a
 * lawyer says (`专家说法`, `专家解读`, `专家建议`, `律师说法`, `法官说法`,
 * `律师提醒`), and the background boxed into a report (`链接`, `相关链接`,
 * `新闻链接`, `背景`, `新闻背景`, `背景链接`, `相关新闻`, `延伸阅读`), and the
 * notes a release or a report closes on (`附注`, `注释`, `注：` over `1.…` / `2.…`),
 * perhaps in brackets (`【记者调查】`). They name a kind of section, never a story: such
 * a line with unsigned text under it goes on the article it stands in. (A
 * reporter's note, `记者手记`, is a signed piece of its own, and not one.)
 */
const STOCK_LABEL =
  /^[【\[]?(?:记者(?:调查|回访|追访|探访|观察)|(?:部门|官方|商家|单位|物业)(?:回应|说法)|各方说法|办结回音|最新进展|后续|(?:专家|律师|法官)(?:说法|解读|建议|提醒)|(?:相关|新闻|背景)?链接|(?:新闻)?背景|相关新闻|延伸阅读|附注|注释|注:)[】\]]?$/;

/**
 * The stock labels of a report's question-and-answer section (folded), perhaps
 * in brackets: `答记者问`, `记者问答`, `现场问答`, `一问一答`, `【答记者问】`.
 */
const QA_LABEL = /^[【\[]?(?:答记者问|记者问答|现场问答|一问一答)[】\]]?$/;

/**
 * True when `norm` is a stock label of a question-and-answer section
 * (`QA_LABEL`) right over an interviewer's turn (`first`: `记者：…`, `问：…`):
 * the questions put at a press conference the report covers, a section of it.
 */
function isQaSectionLabel(norm: string, first: string): boolean {
  return QA_LABEL.test(norm) && INTERVIEWER_TURN.test(first);
}

/** True for a stock label of a report's section (`STOCK_LABEL`: `记者调查`, `部门回应`, `链接`). */
export function isStockSectionLabel(norm: string): boolean {
  return norm.length <= 8 && STOCK_LABEL.test(norm);
}

/**
 * The article's last subhead that sets a style for the headings after it:
 * not a stock label (`记者调查`), which names a kind of section and shares
 * neither a cut nor a theme with what follows. A heading after stock labels
 * only is weighed as a first subhead would be (`记者回访` / … / `12345热线直通车`
 * over a column of questions is a new piece).
 */
function seriesSubhead(article: ArticleDraft): Unit | undefined {
  for (let k = article.subheads.length - 1; k >= 0; k--) {
    const subhead = article.subheads[k]!;
    if (!isStockSectionLabel(subhead.norm)) return subhead;
  }
  return undefined;
}

/** A heading of a run of listed items: a few Han characters, perhaps with `·` (`房屋租售`, `店铺转让`, `招聘信息`). */
const LIST_HEADING = /^[\u4e00-\u9fff·]{2,8}$/;
/** The bullets that open a listed item (`▲东街口店面招租…`, `●…`, `◆…`, `■…`). */
const ITEM_BULLET = /^[▲■●◆★]/;

/**
 * True when `unit` heads a run of listed items as the article's own headline
 * does, at the same level (a classifieds page: `房屋租售` / `▲…` / `▲…` /
 * `店铺转让` / `▲…`): the article is unsigned, its headline one short line
 * (`LIST_HEADING`) over bulleted items only, with no subhead yet, and `unit`,
 * of the same kind, stands over a bulleted item too. (A notice whose text
 * opens in sentences, its bulleted items under headings, keeps them as subheads.) Such headings are peers, each over its own run:
 * each opens an article, though their words echo one another (转让, 出租).
 */
function isPeerListHeading(unit: Unit, article: ArticleDraft, next: Classified): boolean {
  if (isSigned(article) || article.headline.length !== 1 || !LIST_HEADING.test(unit.norm)) return false;
  if (!LIST_HEADING.test(article.headline[0]!.norm) || !ITEM_BULLET.test(next.unit.norm)) return false;
  return article.subheads.length === 0 && article.paragraphs.length > 0 && article.paragraphs.every((p) => ITEM_BULLET.test(p.norm));
}

/**
 * A heading wholly in brackets, at most a headline's length inside (folded:
 * `［］` reads `[]`): `【集中育秧 提速增效】`, `【托育：家门口的“放心园”】`,
 * `［案情］`, `〔说法〕`.
 */
// `【…】`: `【集中育秧 提速增效】`, `【案情】`.
// `[…]`: full-width `［案情］`, folded.
// `〔…〕`: `〔说法〕`.
const BRACKETED_HEADING = /^(?:【([^【】]{2,40})】|\[([^[\]]{2,40})\]|〔([^〔〕]{2,40})〕)$/;

/** What a bracketed heading holds (`【案情】` → `案情`), trimmed; undefined for any other line. */
function bracketedInner(norm: string): string | undefined {
  const m = BRACKETED_HEADING.exec(norm);
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3])!.trim();
}

/**
 * True for a heading wholly in brackets over unsigned text that goes on (the
 * caller has seen that the text below has no dateline or byline): posts and
 * e-papers set their subheads so, blank lines around them or not. A brief's
 * title is bracketed too (`【新桥今起通车】`): over a report that opens on its
 * time (`3月8日，…`, `NEWS_OPENING`) it heads a brief of its own, and a
 * bracketed label of a few characters (`【数说】`) heads a box. A short label
 * is a section's all the same where labels of its kind run in a series
 * (`isBracketedLabelSection`: `【案情】` … `【说法】`).
 */
function isBracketedSubhead(norm: string, below: string, article: ArticleDraft, items: readonly Classified[], from: number): boolean {
  const inner = bracketedInner(norm);
  if (inner === undefined) return false;
  if (isBracketedLabelSection(norm, article, items, from)) return true;
  return !isLabel(inner) && !NEWS_OPENING.test(below);
}

/** The longest bracketed section label: `【案情】`, `【法官说法】`, `【律师提醒】`, `【案情回顾】`. */
const SECTION_LABEL_MAX = 6;

/** True for a section's label in brackets: a few characters, no gap (`【案情】`, `［评析］`); a title is longer (`【新桥今起通车】` is one too, but stands alone). */
export function isBracketedLabel(norm: string): boolean {
  const inner = bracketedInner(norm);
  return inner !== undefined && inner.length <= SECTION_LABEL_MAX && !/\s/.test(inner);
}

/**
 * True when the bracketed label `norm` (`【案情】`) heads a section of the
 * article it stands in: a label before it in the article was bracketed too,
 * or, through the unsigned text under it, another bracketed label stands over
 * unsigned text (`【案情】` / case / `【说法】` / ruling: the sections of a
 * legal column, `【评析】`, `【提醒】`). Briefs set under bracketed titles
 * (`【新桥今起通车】` / `3月8日，…`) carry titles, longer than labels; a lone
 * bracketed label (`【数说】`) heads a box.
 */
export function isBracketedLabelSection(norm: string, article: ArticleDraft, items: readonly Classified[], from: number): boolean {
  if (!isBracketedLabel(norm)) return false;
  return article.subheads.some((unit) => isBracketedLabel(unit.norm)) || bracketedLabelAhead(items, from);
}

/**
 * True when the unsigned text from `from` on (at least one paragraph) runs
 * into a bracketed label (`【说法】`) over unsigned text: the next section
 * of a column set in labelled sections. The caller has seen that the line
 * over `from` is such a label too.
 */
export function bracketedLabelAhead(items: readonly Classified[], from: number): boolean {
  const k = unsignedTextEnd(items, from);
  const heading = items[k];
  const below = items[k + 1];
  if (k === from || heading?.kind !== "headline" || below?.kind !== "body" || below.lead !== undefined) return false;
  return isBracketedLabel(heading.unit.norm);
}

/** A subhead as printed, without the brackets it is set in (`【集中育秧 提速增效】` → `集中育秧 提速增效`, `［案情］` → `案情`), as a title is (headline.ts `LEAD_MARK`). */
export function subheadText(text: string): string {
  const m = /^\s*(?:【([^【】]+)】|［([^［］]+)］|\[([^[\]]+)\]|〔([^〔〕]+)〕)\s*$/.exec(text);
  return m === null ? text : (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim();
}

/** Longest line of a stacked subhead: a phrase (`“土特产”变“金字招牌”`), no sentence. */
const STACK_LINE_MAX = 16;
/** A sentence's or clause's end (folded): a line of a subhead ends on none. */
const STACK_LINE_END = /[。!?,;:、]$/;

/**
 * True when a stack of two headline-like lines inside a feature is a subhead
 * of it, its lines one heading's lead-in and main line (`合作社+农户` /
 * `抱团闯市场`, `延链补链` / `“土特产”变“金字招牌”`): the feature is signed
 * at its head by a byline line and has no dateline (`isFeature`), the stack
 * stands right over its text with no byline, dateline or caption of its own
 * (unsigned body below, no table or salutation), both lines are short
 * phrases, and the section below is not signed at its foot (`endsSigned`: a
 * piece of its own). Features of 乡村振兴 and 调查 pages run in such
 * sections; read as a headline, each cut the feature into articles. One
 * such stack alone is as often a box's label over its title (`一图读懂` /
 * `“十件民生实事”`, `短评` / `让项目建设跑出“加速度”`, `部门回复` / `关于…的回复`):
 * only stacks of a series are subheads, one taken already or one more ahead
 * in the feature's unsigned text (`stackAhead`); a column's or a section's
 * stock label over the stack, or a document's title (`关于…`) under it, never is.
 */
export function isStackedSubhead(units: readonly Unit[], ctx: SubheadContext): boolean {
  const { article, next } = ctx;
  if (units.length !== 2 || article.paragraphs.length === 0 || !isFeature(article)) return false;
  if (!isStackLine(units[0]!) || !isStackLine(units[1]!) || units[1]!.lineStart !== units[0]!.lineEnd + 1) return false;
  if (!next || next.kind !== "body" || next.lead || next.tableRow === true || isSalutation(next.unit.norm)) return false;
  const [first, second] = [units[0]!.norm, units[1]!.norm];
  if (isColumnName(first) || isStockSectionLabel(first) || second.startsWith("关于")) return false;
  if (endsInPhotoCredit(ctx.items, ctx.nextIndex, ctx.trailingPhotoCredit)) return false;
  if (endsSigned(ctx.items, ctx.nextIndex, ctx.trailingSignature)) return false;
  return article.subheads.some((unit) => unit.joins > 0 && unit.lineEnd > unit.lineStart) || stackAhead(ctx.items, ctx.nextIndex);
}

/** A line of a stacked subhead: a short phrase, no sentence (`抱团闯市场`). */
function isStackLine(unit: Unit): boolean {
  return unit.norm.length <= STACK_LINE_MAX && !STACK_LINE_END.test(unit.norm);
}

/**
 * True when the unsigned text from `from` on runs into one more stack of two
 * headline lines (`isStackLine`, touching) over unsigned body text: the next
 * section of the same feature.
 */
function stackAhead(items: readonly Classified[], from: number): boolean {
  const k = unsignedTextEnd(items, from);
  const [a, b, text] = [items[k], items[k + 1], items[k + 2]];
  if (a?.kind !== "headline" || b?.kind !== "headline" || text?.kind !== "body" || text.lead !== undefined) return false;
  return b.unit.lineStart === a.unit.lineEnd + 1 && isStackLine(a.unit) && isStackLine(b.unit);
}

/** The lines of a stacked subhead as one unit, a space between them (`合作社+农户 抱团闯市场`). */
export function joinStackedSubhead(units: readonly Unit[]): Unit {
  const first = units[0]!;
  const last = units[units.length - 1]!;
  return {
    text: units.map((u) => u.text).join(" "),
    norm: units.map((u) => u.norm).join(" "),
    lineStart: first.lineStart,
    lineEnd: last.lineEnd,
    indented: first.indented,
    joins: units.length - 1,
  };
}

/**
 * The title of a document, named by its kind: `关于召开村民代表大会的通知`,
 * `关于表彰先进集体的决定`, `关于…的通报`, `关于…的公告`, or a title ending on
 * a notice's kind (`寻人启事`, `干部任前公示`, `征收土地预公告`). Such a
 * document is printed whole, under its own title: over its salutation or its
 * text, the title opens it, never a section of the article above (a village's
 * rules, then its notice of a meeting).
 */
// `关于…的通知`: 关于, what it concerns, 的 and its kind (通知, 公告, 决定, 通报, 通告, 批复, 意见).
// `…启事`, `…公示`, `…公告`: a title ending on the kind of a notice (`寻人启事`, `干部任前公示`).
const DOCUMENT_TITLE = /^关于[^\s。，,]{2,36}的(?:通知|公告|决定|通报|通告|批复|意见)$|^[^\s。，,：:]{2,30}(?:启事|公示|公告)$/;

/** True for a document's title (`DOCUMENT_TITLE`: `关于召开…的通知`, `寻人启事`, `干部任前公示`), never a subhead. */
export function isDocumentTitle(norm: string): boolean {
  return DOCUMENT_TITLE.test(norm);
}

/** Decides whether a one-line headline-like unit inside `article` is one of its subheads. */
export function decideSubhead(unit: Unit, ctx: SubheadContext): SubheadDecision {
  const { article, next } = ctx;
  if (article.paragraphs.length === 0) return strong(false);
  if (!next || next.kind !== "body" || next.lead) return strong(false);
  if (continuesSeries(unit.norm, article.subheads)) return strong(true);
  // A document's title (`关于召开…的通知`, `…启事`, `…公示`) over its text: a document of its own.
  if (isDocumentTitle(unit.norm)) return strong(false);
  if (isPeerListHeading(unit, article, next)) return strong(false);
  // A stock label over unsigned text (no dateline: `next.lead` is none) that is no photo's caption: a section of the report.
  if (isStockSectionLabel(unit.norm) && !endsInPhotoCredit(ctx.items, ctx.nextIndex, ctx.trailingPhotoCredit)) return strong(true);
  // `答记者问` over `记者：…`: the questions put at the press conference the report covers.
  if (isQaSectionLabel(unit.norm, next.unit.norm)) return strong(true);
  if (isBracketedSubhead(unit.norm, next.unit.norm, article, ctx.items, ctx.nextIndex)) return strong(true);
  // Over a table's rows (`2024年1—6月全市主要经济指标` / `地区生产总值　1520亿元　增长5.6%`),
  // its unit line or a list of figures (`部分集中开工项目` / `1．…项目　总投资85亿元`):
  // the table's title, which opens the table as a piece of its own, indented
  // (centred) or not. A numbered heading over one (`二、主要指标`) is a section's.
  if (next.tableRow === true && !NUMBERED.test(unit.norm)) return strong(false);
  if (ctx.options.wrapped === true) return strong(isWrappedSubhead(unit, article, next.unit));
  if (ctx.options.indentedParagraphs) return strong(unit.indented || marginSubhead(unit, ctx));
  if (endsInPhotoCredit(ctx.items, ctx.nextIndex, ctx.trailingPhotoCredit)) return strong(false);
  if (NUMBERED.test(unit.norm) || QUESTION.test(unit.norm)) return strong(true);
  // Over a salutation (`全市广大志愿者：`, `同志们：`): the title of a letter, a speech or a notice, which a salutation opens.
  if (isSalutation(next.unit.norm)) return strong(false);
  // A piece signed at its foot, under a report signed at its head: a piece of its own, even where its
  // heading shares a word with the piece above (`…那年春天…` / `阳台上的春天`, two readers' memoirs).
  if (article.bylines.length > 0 && endsSigned(ctx.items, ctx.nextIndex, ctx.trailingSignature)) return strong(false);
  const own = ownTexts(article);
  const previous = seriesSubhead(article);
  // Only whether the echo reaches the shares that decide is asked, in one search:
  // 0.15 after a subhead, 0.3 (or 0.15 with an echo of the section below) before the first.
  const reach = echoReach(unit.norm, own, 0.15, previous ? 0.15 : 0.3);
  if (previous && (reach === 2 || parallel(previous.norm, unit.norm) || sameShape(previous.norm, unit.norm))) return strong(true);
  if (!previous && reach === 2) return strong(true);
  // A subhead introduces the section below it and belongs to the article
  // above: it echoes both. A new article's headline echoes only its own text.
  if (!previous && reach === 1 && echoesAtLeast(unit.norm, sectionBelow(ctx.items, ctx.nextIndex), 0.3)) {
    return strong(true);
  }
  // The first of a series of headings cut alike, under a report that is signed.
  // Headings of one phrase (`景区人气旺`) are cut alike by chance more often: the
  // text under the first must echo the report's, or they head briefs of their own.
  if (!previous && isSigned(article) && seriesAhead(unit.norm, ctx.items, ctx.nextIndex)) {
    if (!ONE_PHRASE.test(unit.norm) || echoesAtLeast(next.unit.norm, own, SECTION_ECHO)) return strong(true);
  }
  // The first of a series of `名称：短语` headings (`江海重工：净利润增长两成` … `南岭药业：由盈转亏`), the names of any length.
  if (!previous && isSigned(article) && colonSeriesAhead(unit.norm, ctx.items, ctx.nextIndex)) return strong(true);
  // No evidence either way: on a page whose articles are signed, an unsigned
  // heading is more likely a subhead; elsewhere, a new article. A label of a
  // few characters (`数读`, `热线直通`, `记者手记`) heads a box, not a section.
  // On a page of one or two signed reports, so is a heading under a signed
  // report whose section runs on, unsigned, to the next signed headline (`runsToSignedHeadline`).
  const signedHere = ctx.signedPage || (ctx.allSignedPage && isSigned(article) && runsToSignedHeadline(unit.norm, ctx.items, ctx.nextIndex));
  return { subhead: signedHere && !isLabel(unit.norm), weak: true };
}
