/**
 * Reflow: join the pieces of a paragraph that a column or page break cut in two.
 *
 * E-paper dumps break a paragraph wherever a column or page ends, even
 * mid-word, and put blank lines between the pieces. A piece continues into the
 * next non-blank line when it does not end a sentence, reads like body text
 * (long, or with clause punctuation inside) and the next line does not start
 * something else: an indented paragraph, a credit, a dateline, a staff line,
 * or a short unpunctuated line (a headline). Such a line is the paragraph's
 * tail piece only when it closes a quotation or bracket the paragraph left
 * open; otherwise nothing in the text tells it from the next article's
 * headline, and it is kept as one, so that no article loses its title.
 */
import type { Line } from "../segment/lines.js";
import { dropAt, dropFromEnd, spacesAcrossBreak } from "../input/clean.js";
import { charSet, CLAUSE_MARKS, countIn, has, isDigitAt, isHanAt, OPEN_CLAUSE_MARKS, SENTENCE_MARK, SENTENCE_MARK_CHARS } from "../text/chars.js";
import { closesCutBracket, endsBlockSoon, wrapContinues, type WrapLayout } from "./wrapped.js";
import { isTimeRow } from "../segment/clause-box.js";
import { isGappedRow, isLabelledFigureRow } from "../text/table.js";
import { trailingArrowsAt } from "../text/arrows.js";
import { CN_NUMBER, DIGIT_NUMBER, HEADING_NUMERAL, HEADING_NUMERALS, NOT_DECIMAL } from "../text/numbering.js";
import { PHONE_KEYS } from "../text/contact-keys.js";

/** A logical line: one line, or several lines joined across breaks. */
export interface Unit {
  /** The text as written, trimmed; pieces joined without a separator. */
  text: string;
  /** Normalised copy of `text` (same length). */
  norm: string;
  /** 1-based first and last line the unit covers. */
  lineStart: number;
  lineEnd: number;
  /** The first line is indented. */
  indented: boolean;
  /** How many breaks were joined to make this unit. */
  joins: number;
  /** A page starts at the unit: a form feed stands before its first line, after the unit before (`Line.pageBreak`). */
  pageBreak?: true;
}

export interface ReflowOptions {
  /** The document indents its paragraphs: an indented line always starts a paragraph. */
  indentedParagraphs: boolean;
  /** Join pieces across breaks at all (off where the format marks paragraphs itself). */
  joinBreaks: boolean;
  /**
   * True for a line that starts a block of its own (credit, dateline, staff
   * line, caption); `line` is the normalised line, `written` the same line as
   * written (both trimmed).
   */
  startsBlock(line: string, written: string): boolean;
  /**
   * True for a line that is a block by itself (a credit or staff line, a
   * folio, a page footer): it joins no unit and no line joins it
   * (`邱琮皓、李俊毅／台北報導` has clause punctuation, and would read as
   * running text). Asked only where a join is about to be made, of the line
   * and of a unit still one line long.
   */
  standsAlone?(line: string, written: string): boolean;
  /**
   * True for a line that is a row of a list of people by post
   * (`副主任　李　明`, under `出席会议的有：`). It is not joined onto the unit
   * above when it opens rows (the next row touches it: `副主任　李　明` /
   * `秘书长　赵国强`), or when the unit above ends on a colon that introduces
   * it (`本次带队专家为：` / `高级农艺师　李　明`): a list's row is no piece of
   * its introduction. Asked only where a join is about to be made.
   */
  listRow?(line: string, written: string): boolean;
  /**
   * A speaker's head over the item that quotes them (`全国人大代表、…书记　向春梅：`,
   * `…书记　向春梅`): `colon` or `bare` as it ends, null for any other line.
   * Asked of a short unit of one line with a space in it, where a join is weighed.
   */
  speakerHead?(line: string, written: string): "colon" | "bare" | null;
  /**
   * True for a line that a paragraph cut in two may stand across: a picture
   * caption (`▲改造后的城东公园。 记者 张三 摄`), or, when `afterCaption`, the
   * credit line under one; a page number where the page broke (`2`, `-2-`). Such lines are set aside while the paragraph goes
   * on, and come after it.
   */
  setAside?(line: string, written: string, afterCaption: boolean, lineNo: number): boolean;
  /**
   * True for a line that is a picture credit on its own (`本报记者 钱文英摄`,
   * `新华社记者 李 鑫摄`). With it, a dated caption and its credit standing
   * inside running text are lifted out of it (`captionBlockEnd`).
   */
  photoCredit?(line: string, written: string): boolean;
  /**
   * True when the end of a unit (`tail`, normalised) is a picture credit after
   * its last sentence (`…拍照留念。本报记者 王 磊 摄`): the unit has ended,
   * though no sentence mark ends it. Asked only of a tail that ends as a
   * picture credit does (`mayEndInPictureCredit`).
   */
  endsInPictureCredit?(tail: string): boolean;
  /**
   * The document is hard-wrapped at a column's width (`detectWrap`): lines
   * cut at the column's edge are joined by the rules of `wrapContinues`
   * first, the ordinary rules deciding where those do not.
   */
  wrap?: WrapLayout | null;
}

// A sentence ends at 。！？… or at a closing quote or bracket right after one.
// A semicolon does not: texts set one clause per line break after it.
// A parenthesis after a sentence end closes it too: `…就餐。（记者 王五）`.
const SENTENCE_END = /(?:[。!?…]|\.{3,}|[。!?…][”’"')）】》]+|[。!?…][(（【][^()（）【】]{1,40}[)）】])$/;
// Clause punctuation that means the line is running text, not a headline.
const CLAUSE_MARK = /[,、;。!?]/;
// A line that stops on clause punctuation (`OPEN_CLAUSE_MARKS`) always goes on.

// An end-anchored regex is tried from every position of the text: the last
// character decides most texts alone. One of these is a match of
// `SENTENCE_END`'s first branch by itself; a match of any branch ends on one
// of `SENTENCE_END_LAST`, so a text that ends otherwise is no match.
// The sentence marks and an ellipsis: a line ending on `…` ends a sentence too (`SENTENCE_END`).
const SENTENCE_MARKS = charSet(`${SENTENCE_MARK_CHARS}…`);
const SENTENCE_END_LAST = charSet("。!?….”’\"')）】》");

/**
 * True when `norm` (a normalised, trimmed line) ends a sentence. (wrapped.ts's
 * `endsSentenceMark` also reads lines as written, and takes no `...`, bracketed note or arrows.)
 */
export function endsSentence(norm: string): boolean {
  const last = norm.length - 1;
  if (has(SENTENCE_MARKS, norm, last)) return true;
  if (has(SENTENCE_END_LAST, norm, last)) return SENTENCE_END.test(norm);
  // A sentence with arrows pointing at the picture under it (`…需要。👇`, `…现场。▼`) ends too.
  const arrows = trailingArrowsAt(norm);
  return arrows > 0 && endsSentence(norm.slice(0, arrows));
}

/**
 * True when a trimmed, normalised line reads like running text rather than a
 * heading. `length` is the whole line's when `norm` is only its tail.
 */
export function isBodyLike(norm: string, length = norm.length): boolean {
  return length >= 40 || (length >= 12 && CLAUSE_MARK.test(norm));
}

const HAN = /[\u4e00-\u9fff]/;
const REPEAT_MARK = /^.[,、。]/;

function startsWithRepeat(prev: string, next: string): boolean {
  const last = prev.at(-1);
  return last !== undefined && HAN.test(last) && next[0] === last && REPEAT_MARK.test(next);
}

/**
 * How much of the end of a growing unit the join decisions read. A unit can
 * grow to a whole file (a page of lines without a full stop): testing `$`
 * regexes on all of it, or appending to one string and reading it back, at
 * every line was quadratic. The decisions only look at the end, and at the
 * length, so a unit is built from parts and its last characters.
 */
const TAIL = 256;

/** Joins broken paragraphs; blank lines disappear, every other line lands in exactly one unit. */
export function reflow(lines: Line[], options: ReflowOptions): Unit[] {
  const units: Unit[] = [];
  // The unit being grown. Most units are one line: the parts lists are made
  // only at its first join, and the text joined when the unit is done.
  let current: Unit | null = null;
  let parts: Parts | null = null;
  /** The last TAIL (or more) characters of the current unit's `norm`. */
  let tail = "";
  let length = 0;
  /** Captions (and their credits) set aside while the paragraph they cut goes on. */
  let aside: Unit[] = [];
  /** The current unit's last line, and whether blank lines came after it (read in wrapped text only). */
  let last: Line | null = null;
  let gap = false;
  /** A form feed stood since the last unit was opened or joined to: the next unit opens a page. */
  let pageBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.pageBreak) pageBreak = true;
    if (line.blank) {
      gap = true;
      continue;
    }
    const text = line.raw.slice(line.start, line.end);
    const norm = line.norm.slice(line.start, line.end);
    // Whether the unit so far ends a sentence, asked once a line for the two tests below.
    const ended = current !== null && options.joinBreaks && endsSentence(tail);
    // An item that is complete without a full stop (a classified ad ending on its phone) is no open paragraph.
    const complete = current !== null && options.joinBreaks && (isCompleteItem(current.norm, tail, gap) || isCompleteLine(current, tail, gap, units[units.length - 2]));
    if (current && options.joinBreaks && options.setAside && !complete && isOpen(ended, tail, length) && options.setAside(norm, text, aside.length > 0, line.no)) {
      aside.push({ text, norm, lineStart: line.no, lineEnd: line.no, indented: line.indented, joins: 0 });
      gap = true;
      continue;
    }
    // A dated caption and its credit inside running text: set aside whole, as one unit, while the text goes on.
    const block =
      current && options.joinBreaks && options.photoCredit && isDigitAt(line.norm, line.start) && isBodyLike(tail, length) ? captionBlockEnd(lines, i, options) : -1;
    if (block >= 0) {
      aside.push(captionBlockUnit(lines, i, block));
      i = block;
      gap = true;
      continue;
    }
    // Whether the line joins the unit: the join condition, all of it here, its guards in order:
    // 1. there is a unit, and breaks are joined at all (`joinBreaks`);
    // 2. in hard-wrapped text `wrappedJoin` decides where it can; else the unit is no complete
    //    item (`complete`), the line continues it (`continues`) and opens no dash subtitle;
    // 3. then, however 2 decided: neither the line nor the unit's only line stands alone
    //    (`alone`), the line opens no rows under a colon (`opensRows`), is no row under a row
    //    (`rowUnderRow`), neither it nor the unit is a table's row set with column gaps
    //    (`joinsTableRow`), the two are no lines of a box of figures (`joinsFigureLine`),
    //    and it opens no list of items (`opensItems`).
    const wrapped = current && last && options.wrap ? wrappedJoin(options, options.wrap, current, last, gap, tail, length, lines, i) : null;
    if (
      current &&
      options.joinBreaks &&
      (wrapped ?? (!complete && continues(ended, tail, length, line, norm, text, options) && !opensDashSubtitle(current, length, tail, norm))) &&
      !alone(current, norm, text, options) &&
      !opensRows(lines[i + 1], tail, norm, text, options) &&
      !rowUnderRow(current, norm) &&
      !joinsTableRow(current, norm, lines[i + 1], units[units.length - 2]) &&
      !joinsFigureLine(current, norm, lines[i + 1]) &&
      !opensItems(lines, i, tail, norm, current.joins > 0 || isBodyLike(tail, length) || isText(units[units.length - 2]))
    ) {
      const cut = startsWithRepeat(tail, norm) ? 1 : 0;
      let joined = cut === 0 ? norm : norm.slice(1);
      let joinedText = cut === 0 ? text : text.slice(1);
      parts ??= { texts: [current.text], norms: [current.norm] };
      const seam = spacesAcrossBreak(parts.texts[parts.texts.length - 1]!, joinedText);
      if (seam !== null) {
        // A number OCR spaced out, cut by the break (`车辆4 5` / `台次`): closed up, in the text and its copy alike.
        const last = parts.texts.length - 1;
        parts.texts[last] = dropFromEnd(parts.texts[last]!, seam.before);
        parts.norms[last] = dropFromEnd(parts.norms[last]!, seam.before);
        tail = dropFromEnd(tail, seam.before);
        length -= seam.before.length;
        joinedText = dropAt(joinedText, seam.after);
        joined = dropAt(joined, seam.after);
      }
      parts.texts.push(joinedText);
      parts.norms.push(joined);
      tail = (tail + joined).slice(-TAIL);
      length += joined.length;
      current.lineEnd = line.no;
      current.joins++;
      last = line;
      gap = false;
      // A paragraph that runs on over the page (`…克服了` / page 2 / `灾害影响…`) opens none.
      pageBreak = false;
      continue;
    }
    if (current && parts) finish(current, parts);
    parts = null;
    if (aside.length > 0) {
      units.push(...aside);
      aside = [];
    }
    current = { text, norm, lineStart: line.no, lineEnd: line.no, indented: line.indented, joins: 0 };
    if (pageBreak) current.pageBreak = true;
    pageBreak = false;
    tail = norm.slice(-TAIL);
    length = norm.length;
    last = line;
    gap = false;
    units.push(current);
  }
  if (current && parts) finish(current, parts);
  units.push(...aside);
  return units;
}

/**
 * A caption that opens on the date its picture was taken (folded):
 * `12月18日,安徽省…`, `2024年12月18日,…`, `12月17日晚,…`, `12月17日上午,…`.
 */
const DATED_CAPTION = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|早上|早晨|清晨|凌晨|傍晚|晚间|晚|夜间)?,/;
/** Most lines a caption of a picture inside the text is set on, above its credit. */
const CAPTION_BLOCK_LINES = 3;
/** Longest caption (`CAPTION_MAX` of the classifier) and credit line of such a block. */
const CAPTION_BLOCK_MAX = 60;
const CREDIT_LINE_MAX = 30;

/**
 * The index of the credit line that closes a picture's caption opening at
 * line `i` inside running text, or -1. PDF text sets a picture's caption and
 * credit where the picture stood, in the middle of a paragraph
 * (`…大力推广良` / `12月18日，安徽省阜南县农民驾驶农机` / `在麦田开展冬季田间管理。`
 * / `本报记者 钱文英摄` / `种良法良机，…`): one to three lines opening on the
 * picture's date (`DATED_CAPTION`), the last ending the caption's one
 * sentence, a picture credit line under them (`photoCredit`), and running
 * text under that (body-like, no block of its own), which the text above goes
 * on in or a new paragraph opens. Blank lines may stand between. Asked only
 * of a line opening on a digit, under running text.
 */
function captionBlockEnd(lines: readonly Line[], i: number, options: ReflowOptions): number {
  const first = lines[i]!;
  if (!DATED_CAPTION.test(first.norm.slice(first.start, first.end))) return -1;
  // The caption's lines, up to the one that ends its sentence.
  let length = 0;
  let marks = 0;
  let k = i;
  for (let count = 1; ; count++) {
    const line = lines[k];
    if (line === undefined || count > CAPTION_BLOCK_LINES) return -1;
    const piece = line.norm.slice(line.start, line.end);
    length += piece.length;
    marks += countSentenceMarks(piece);
    if (length > CAPTION_BLOCK_MAX || marks > 1) return -1;
    if (endsSentence(piece)) break;
    k = nextFilled(lines, k + 1);
  }
  const at = nextFilled(lines, k + 1);
  const credit = lines[at];
  if (credit === undefined) return -1;
  const creditNorm = credit.norm.slice(credit.start, credit.end);
  if (creditNorm.length > CREDIT_LINE_MAX || !options.photoCredit!(creditNorm, credit.raw.slice(credit.start, credit.end))) return -1;
  const after = lines[nextFilled(lines, at + 1)];
  if (after === undefined) return -1;
  const afterNorm = after.norm.slice(after.start, after.end);
  if (!isBodyLike(afterNorm) || options.startsBlock(afterNorm, after.raw.slice(after.start, after.end))) return -1;
  return at;
}

/** The index of the first line from `k` that is not blank (`lines.length` when none is). */
function nextFilled(lines: readonly Line[], k: number): number {
  let j = k;
  while (j < lines.length && lines[j]!.blank) j++;
  return j;
}

/** How many sentence ends (。！？…) a folded text holds: a caption says one thing. */
function countSentenceMarks(norm: string): number {
  let n = 0;
  for (let c = 0; c < norm.length; c++) if (has(SENTENCE_MARKS, norm, c)) n++;
  return n;
}

/** The caption block from line `from` to its credit line `to`, as one unit: the caption's lines and the credit, joined as written. */
function captionBlockUnit(lines: readonly Line[], from: number, to: number): Unit {
  const texts: string[] = [];
  const norms: string[] = [];
  for (let k = from; k <= to; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    texts.push(line.raw.slice(line.start, line.end));
    norms.push(line.norm.slice(line.start, line.end));
  }
  return { text: texts.join(""), norm: norms.join(""), lineStart: lines[from]!.no, lineEnd: lines[to]!.no, indented: lines[from]!.indented, joins: texts.length - 1 };
}

/**
 * The join decision of hard-wrapped text (`wrapContinues`) for `line` under
 * the unit `unit` whose last line is `last`; null where the ordinary rules
 * decide. A line that opens a block of its own (a dateline, a credit) is
 * always left to them.
 */
function wrappedJoin(
  options: ReflowOptions,
  layout: WrapLayout,
  unit: Unit,
  last: Line,
  gap: boolean,
  tail: string,
  length: number,
  lines: readonly Line[],
  i: number,
): boolean | null {
  if (gap) return null;
  if (length === tail.length && (isNumberedHeading(tail) || isSalutation(tail))) return null;
  const line = lines[i]!;
  const norm = line.norm.slice(line.start, line.end);
  const text = line.raw.slice(line.start, line.end);
  const running = unit.indented || isBodyLike(tail, length);
  const decided = wrapContinues(layout, { last, gap, tail, length, text: running, apart: endsBlockSoon(lines, i) }, line, norm);
  return decided === true && options.startsBlock(norm, text) ? null : decided;
}

/**
 * True when the unit whose end is `tail` is an unfinished paragraph: running
 * text that stops mid-sentence. `ended` is `endsSentence(tail)`.
 */
function isOpen(ended: boolean, tail: string, length: number): boolean {
  return !ended && isBodyLike(tail, length);
}

/** True when the join of `norm` to `unit` would take in a line that stands alone: the new line, or the unit's only line so far. */
function alone(unit: Unit, norm: string, text: string, options: ReflowOptions): boolean {
  const standsAlone = options.standsAlone;
  if (standsAlone === undefined) return false;
  return standsAlone(norm, text) || (unit.joins === 0 && standsAlone(unit.norm, unit.text));
}

/**
 * True when the line (`norm`, `text`) opens a list's rows under the unit whose
 * end is `tail`: it is a row (`listRow`), and the unit ends on the colon that
 * introduces the list, or `after` (the line under it, not blank) is the next row.
 */
function opensRows(after: Line | undefined, tail: string, norm: string, text: string, options: ReflowOptions): boolean {
  const listRow = options.listRow;
  if (listRow === undefined) return false;
  const colon = endsOnColon(tail);
  // One comparison each turns most lines away before the row is read.
  const next = after !== undefined && !after.blank ? after : null;
  if (!colon && next === null) return false;
  if (!listRow(norm, text)) return false;
  return colon || (next !== null && listRow(next.norm.slice(next.start, next.end), next.raw.slice(next.start, next.end)));
}

/**
 * The bullets that open an item of a list or a classified ad (`▲店面招租…`,
 * `●统筹资金保障`, `■本版广告内容…`, `◆…`). No piece of a paragraph that a
 * column break cut opens with one: a line that does is an item of its own.
 */
const LIST_MARKERS = charSet("▲■●◆");

/** True when a folded, trimmed line opens with a list's bullet (`LIST_MARKERS`). */
function startsWithListMarker(norm: string): boolean {
  return has(LIST_MARKERS, norm, 0);
}

// A phone number: `0591-83617788`, `0731-84326110`, `13905012345`, `87095566`; a service line after a key: `12315`.
const PHONE = String.raw`(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,8})`;
// Who to ask for, after the number: `林先生`, `刘女士`, `王经理`, `陈老师`.
const CONTACT_NAME = String.raw`[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|经理|老师|师傅)`;
// The key of a contact: `电话`, `联系电话`, `热线`, `手机`, `咨询电话`, `服务热线`, `tel`.
const PHONE_KEY = String.raw`(?:${PHONE_KEYS}|手机|tel)`;
/**
 * The end of an item that gives a contact (folded): a keyed number, perhaps
 * several, perhaps with a name (`电话:13905012345 林先生`, `联系电话:0591-22881234 刘女士`,
 * `清算组联系电话:0591-83345678`, `电话:87095566 87095577`); a number with a
 * name (`13905012345 林先生`); or a keyed name (`联系人:林先生`). An ad or a
 * notice ends there, with no full stop.
 */
const CONTACT_END = new RegExp(
  String.raw`(?:${PHONE_KEY}:\s*(?:\d{3,4}-)?\d{5,}(?:\s*[、/,]?\s*${PHONE})*(?:\s*${CONTACT_NAME})?` +
    String.raw`|${PHONE}\s*${CONTACT_NAME}` +
    String.raw`|联系人:\s*(?:${CONTACT_NAME}|[一-鿿]{2,3}))$`,
  "i",
);
/** The last characters of a `CONTACT_END`: a digit, or a name's last character. */
const CONTACT_END_LAST = charSet("0123456789生士姐理师傅");

/**
 * The words that close a paragraph introducing a text or a list set under it
 * (folded): `…运行情况。全文如下:`, `…具体如下:`, `…负责人表示:`. What it
 * introduces opens paragraphs of its own.
 */
const INTRODUCES_TEXT = /(?:如下|表示):$/;

/**
 * True when the unit that opens with `first` and ends with `tail` (both
 * folded) is an item complete in itself, though no full stop ends it: it ends
 * on a contact (`CONTACT_END`: `…售价168万元。电话:13859078901`), or, across
 * blank lines (`gap`), it opens with a list's bullet (`▲东街口店面招租…`) and
 * does not stop on clause punctuation, or it introduces what the blank line
 * parts from it (`INTRODUCES_TEXT`: `…全文如下：`, `…表示：`). Ads and notices end so; a paragraph
 * that a column break cut does not, and a bullet's item that was cut stops
 * inside a clause (`●统筹资金保障，`). Joining such an item to what follows
 * would run the next item into it, and a line set aside between them (a
 * bullet's item read as a caption) would come after both, out of order.
 */
export function isCompleteItem(first: string, tail: string, gap: boolean): boolean {
  if (gap && startsWithListMarker(first) && !has(OPEN_CLAUSE_MARKS, tail, tail.length - 1)) return true;
  if (gap && endsOnColon(tail) && INTRODUCES_TEXT.test(tail)) return true;
  return has(CONTACT_END_LAST, tail, tail.length - 1) && CONTACT_END.test(tail);
}

/**
 * A book's details under a review's byline (folded): its title in 《》, then who wrote it and
 * who published it, or its price (`《石门镇志》,唐国华著,湖南人民出版社2025年6月出版,定价68元`,
 * `《江河万里》（李明著，某某出版社）`). A line of its own, ending on no full stop.
 */
const BOOK_DETAILS = /^《[^》]{1,30}》.{0,60}(?:出版社|出版|定价\s*\d)/;
/** Longest book details line read. */
const BOOK_DETAILS_MAX = 90;
/** Longest line taken for a headline that closes a quotation, and most clause marks in it. */
const QUOTED_TITLE_MAX = 30;
const QUOTED_TITLE_CLAUSES = 1;
/** A label set wholly in square brackets on a line of its own (folded): `【读者来稿】`, `[一线观察]`. */
const BRACKET_LABEL = /^[【\[][\u4e00-\u9fff·]{2,8}[】\]]$/;

/**
 * True when the unit, one line so far (its end `tail`), is complete in itself though no
 * full stop ends it: a book's details (`BOOK_DETAILS`), or, across the blank line under
 * it (`gap`), a numbered heading that runs in clauses (`isClausedHeading`:
 * `一、工业生产增长较快，装备制造业…增长较好`), or a headline: short, no sentence mark in it, and ending on a quotation it
 * closes (`社区食堂，让老人吃上“暖心饭”`), or standing right under a bracketed label
 * (`BRACKET_LABEL`: `【读者来稿】` over it). Its comma would read as running text, and
 * the paragraph under it would be glued on. A paragraph that a column break cut after
 * a short first line stops mid-clause, not on a closed quotation (`刘阿姨说，希望本报能多一些`
 * / `社区里的小事。` goes on).
 */
function isCompleteLine(unit: Unit, tail: string, gap: boolean, above: Unit | undefined): boolean {
  if (unit.joins > 0) return false;
  if (gap && isClausedHeading(tail)) return true;
  if (tail.charCodeAt(0) === 0x300a && tail.length <= BOOK_DETAILS_MAX && !endsSentence(tail) && BOOK_DETAILS.test(tail)) return true; // 《
  if (!gap || tail.length > QUOTED_TITLE_MAX || SENTENCE_MARK.test(tail) || countIn(tail, CLAUSE_MARKS) > QUOTED_TITLE_CLAUSES) return false;
  return closesOwnQuotation(tail) || (above !== undefined && above.joins === 0 && BRACKET_LABEL.test(above.norm));
}

/** True when a folded text ends on a closing quote whose opening quote it holds (`…吃上“暖心饭”`). */
function closesOwnQuotation(norm: string): boolean {
  const last = norm.length - 1;
  return norm.charCodeAt(last) === 0x201d && norm.lastIndexOf("“", last) > norm.lastIndexOf("”", last - 1);
}

/**
 * True when the line `norm` and the unit above it, one line so far, are both
 * rows of a timeline or programme (`isTimeRow`: `1978年12月　党的十一届三中全会召开，企业开始扩大自主权试点`
 * / `2003年6月　老厂启动改制，职工转岗分流`): each row is a line of its own,
 * however it ends, no piece of a paragraph cut by a break.
 */
function rowUnderRow(unit: Unit, norm: string): boolean {
  return unit.joins === 0 && isTimeRow(norm) && isTimeRow(unit.norm);
}

/**
 * True when the join of the line `norm` to `unit` would take in a table's row,
 * or add to one (`isGappedRow`: cells set apart by tabs or runs of spaces): a
 * row is a line of its own, however it ends, and the line after it, touching
 * or a blank line below, is no piece of it (`YZ2025-009   迎丰路以西   42316.5`
 * / `YZ2025-010   锦溪北路以东   8821.3` / `二、…均可申请参加竞买。`). No row is
 * ever joined, so a unit holding one is one line long.
 */
function joinsTableRow(unit: Unit, norm: string, after: Line | undefined, before: Unit | undefined): boolean {
  return isGappedRow(norm) || (unit.joins === 0 && isGappedRow(unit.norm)) || joinsLabelledFigureRow(unit, norm, after, before);
}

/**
 * True when the join would take in a row of a label and a figure a wide gap
 * apart (`isLabelledFigureRow`: `村干部报酬　　　　54,600.00`) that another
 * such row touches: the unit before it (one line), or the line right under
 * it; or the join would add to the last of such rows (the unit, with a row
 * `before` it) the text under the table. Rows of an accounts table set as
 * text end on a figure with no mark after it, and were glued into one
 * paragraph (`…54,600.00村道维修…`). One such line alone is joined as any
 * line is.
 */
function joinsLabelledFigureRow(unit: Unit, norm: string, after: Line | undefined, before: Unit | undefined): boolean {
  if (unit.joins !== 0) return false;
  const row = isLabelledFigureRow(norm);
  const unitRow = isLabelledFigureRow(unit.norm);
  if (unitRow && (row || (before !== undefined && before.joins === 0 && isLabelledFigureRow(before.norm)))) return true;
  // The first row under a header, the next line a row too.
  if (row && after !== undefined && !after.blank) return isLabelledFigureRow(after.norm.slice(after.start, after.end));
  return false;
}

/**
 * A box's line that states one figure and stops (folded): words naming what is
 * measured, perhaps a clause, and a figure at the very end with no mark after
 * it (`接待游客1532.6万人次,同比增长9.6%`, `旅游收入118.4亿元`,
 * `集装箱吞吐量328.5万标箱`). A date is no figure (`春节假期为1月28日`).
 */
const FIGURE_LINE = /^[\u4e00-\u9fff]{2}[^。!?;:]{0,34}\d(?![年月日号时])[\u4e00-\u9fff%]{0,4}$/;
/** Longest `FIGURE_LINE` read: a box's line, not a paragraph's. */
const FIGURE_LINE_MAX = 40;

/** True for a folded, trimmed line that is a box's figure line (`FIGURE_LINE`). */
function isFigureLine(norm: string): boolean {
  return norm.length <= FIGURE_LINE_MAX && FIGURE_LINE.test(norm);
}

/**
 * True when the join would glue two lines of a box of figures set with no
 * end marks (`接待游客1532.6万人次,同比增长9.6%` / `旅游收入118.4亿元,同比增长11.2%`):
 * the unit is one such line, `norm` is another, and the line under it (`after`)
 * goes on with no running text: none, blank, another figure line, or a short
 * line with no clause mark (`数据来源:市文旅局`, `制图:何晓彤`). A column break
 * keeps a line's end mark with it, so a paragraph's piece that ends on a bare
 * figure is rare, and two in a row with no running text under them rarer still.
 */
function joinsFigureLine(unit: Unit, norm: string, after: Line | undefined): boolean {
  if (unit.joins !== 0 || !isFigureLine(unit.norm) || !isFigureLine(norm)) return false;
  if (after === undefined || after.blank) return true;
  const next = after.norm.slice(after.start, after.end);
  return isFigureLine(next) || (!CLAUSE_MARK.test(next) && !isBodyLike(next));
}

/**
 * The number of a list's item (folded): `一、`, `（二）`, `（1）`, `3、`, `4.`
 * (not `1.5`, a decimal), `①`, `⑵`.
 */
const ITEM_NUMBER = new RegExp(
  String.raw`^(?:${CN_NUMBER}、|\((?:${CN_NUMBER}|${DIGIT_NUMBER})\)|${DIGIT_NUMBER}[、.]${NOT_DECIMAL}|[\u2460-\u2487])`,
);
/**
 * What else opens an item of a list (folded): `一是`, `第一，`, `第二是`, or a
 * bullet (`●统筹资金`). A numbered item (`ITEM_NUMBER`) under a colon is cut
 * off already, wherever it stands (`opensNumberedItem`, in `continues`).
 */
const ITEM_OPENER = new RegExp(String.raw`^(?:${HEADING_NUMERAL}是|第${HEADING_NUMERAL}{1,2}[,、是]|[●■◆◎★▲•·])`);
/** How many lines ahead the next item of an unmarked list is looked for: one blank line may stand between. */
const ITEM_READ = 2;

/** True for a unit of running text: a sentence, or a paragraph's length (`isBodyLike`). */
function isText(unit: Unit | undefined): boolean {
  return unit !== undefined && (endsSentence(unit.norm) || isBodyLike(unit.norm));
}

/**
 * True when the line at `i` (`norm`) is the first item of a list that the
 * unit ending on a colon (`tail`) introduces (`主要做法有：` / `一是统筹资金保障`
 * / `二是坚持居民自治`, `改造内容包括：` / `屋面防水和外墙保温` / `加装电梯`): a
 * short line (no running text's length or clause marks, `isBodyLike`) that
 * opens as an item does (`ITEM_OPENER`), or one with another such line right
 * under it. The items are lines of their own, no piece of the sentence that
 * introduces them; a long line after the colon may be the rest of that
 * sentence, which a column break cut, and is joined to it as before. Only
 * inside text (`inText`: the unit is running text, or follows some): a short
 * line ending on a colon at the head of a story is a kicker (`黔阳县：` /
 * `“一村一品”鼓起农民钱袋子`).
 */
function opensItems(lines: readonly Line[], i: number, tail: string, norm: string, inText: boolean): boolean {
  if (!endsOnColon(tail) || isBodyLike(norm) || !inText) return false;
  if (ITEM_OPENER.test(norm)) return true;
  if (endsSentence(norm) || has(OPEN_CLAUSE_MARKS, norm, norm.length - 1)) return false;
  const end = Math.min(lines.length, i + 1 + ITEM_READ);
  for (let k = i + 1; k < end; k++) {
    const next = lines[k]!;
    if (next.blank) continue;
    const nextNorm = next.norm.slice(next.start, next.end);
    return !isBodyLike(nextNorm) && !has(OPEN_CLAUSE_MARKS, nextNorm, nextNorm.length - 1);
  }
  return false;
}

/**
 * True when the unit ends on the colon that introduces a numbered list and
 * `norm` is its first item (`…向全体市民发出如下倡议：` / `一、文明出行…`): each
 * numbered item is a paragraph of its own. A colon before anything else
 * (`他勉励同学们：` / `“要珍惜时光…”`) may be a column break, and is joined.
 */
function opensNumberedItem(tail: string, norm: string): boolean {
  return endsOnColon(tail) && ITEM_NUMBER.test(norm);
}

/**
 * A clause's number opening a line (folded), with a word after it: `二、`
 * (`二、中华人民共和国境内外的法人…`), `(二)`, `(2)`, `2、`, `2.` (`2.项目概况`),
 * `②` (`②每天饮水…`).
 * Not one numeral of a run that a sentence lists (`一、二季度`, `3、4月份`,
 * `2.5万元`, `①②号楼`): a break may fall right before such a run.
 */
const CLAUSE_NUMBER = new RegExp(
  String.raw`^(?:${CN_NUMBER}、|\((?:${CN_NUMBER}|${DIGIT_NUMBER})\)|${DIGIT_NUMBER}[、.]|[\u2460-\u2473])(?![\d${HEADING_NUMERALS}\u2460-\u2473])`,
);
/** The clause marks after which items run on in one sentence (`…抓好三件事，` / `一、加快…`): comma and enumeration comma. */
const RUN_ON_MARKS = charSet(",、");

/**
 * True when the line `norm` opens a numbered clause of a notice or a report
 * (`CLAUSE_NUMBER`): it starts a paragraph, however many blank lines stand
 * between, unless the unit so far (`tail`) stops on a comma (`…抓好三件事，` /
 * `一、加快项目建设…`: items run on in one sentence). Items of a list end on a
 * semicolon by convention (`一、…负责审查议案；` / `二、…`), and the first
 * stands under a colon: after `；` or `：` the next number is a new item. A paragraph ending with
 * no mark is no sentence a break cut right before a clause's number (a
 * heading, a field, a table's last row: `…商务金融用地   3176` / `` /
 * `二、…均可申请参加竞买。`).
 */
function opensClause(tail: string, norm: string): boolean {
  return !has(RUN_ON_MARKS, tail, tail.length - 1) && CLAUSE_NUMBER.test(norm);
}

/** True when a folded line ends on a colon (`出席会议的有：`): what follows is what it introduces. */
export function endsOnColon(norm: string): boolean {
  return norm.charCodeAt(norm.length - 1) === 0x3a; // `:`: the folded colon
}

/** The pieces of a unit that was joined, kept aligned: its text and norm are made once, when it is done. */
interface Parts {
  texts: string[];
  norms: string[];
}

function finish(unit: Unit, parts: Parts): void {
  unit.text = parts.texts.join("");
  unit.norm = parts.norms.join("");
}

/**
 * A numbered heading on a line of its own: `二、固定资产投资保持增长`,
 * `（三）消费市场持续恢复`, `3、加强安全监管`. Its 、 is the number's, not a
 * clause's, and it holds no other punctuation: it is no piece of a paragraph.
 * Narrower than `headingNumber` on purpose: no number before `.` (`3.加强…`)
 * and no digits in brackets (`(3)…`), though `ITEM_NUMBER` takes both as items' numbers.
 */
const NUMBERED_HEADING = new RegExp(String.raw`^(?:${CN_NUMBER}、|\(${CN_NUMBER}\)|${DIGIT_NUMBER}、)[^,、;:。!?]{2,30}$`);

/** True for a numbered heading on a line of its own (`NUMBERED_HEADING`; `norm` folded and trimmed). */
export function isNumberedHeading(norm: string): boolean {
  return NUMBERED_HEADING.test(norm);
}

/**
 * A numbered heading that runs in clauses (folded): a Chinese number and 、,
 * or one in brackets, then a headline's length of text with commas or 、 but
 * no sentence, semicolon or colon mark, ending on no clause mark:
 * `一、工业生产增长较快，装备制造业和高技术制造业增长较好`, `（二）消费市场回暖，服务消费较快增长`.
 * Statistical releases and work reports head their sections so. Not a run of
 * numerals a sentence lists (`一、二季度…`).
 */
const CLAUSED_HEADING = new RegExp(String.raw`^(?:${CN_NUMBER}、|\(${CN_NUMBER}\))(?![\d${HEADING_NUMERALS}])[^;:。!?]{3,34}[^,、;:。!?]$`);

/**
 * True for a numbered heading that runs in clauses (`CLAUSED_HEADING`;
 * `norm` folded and trimmed). Set on a line of its own with a blank line
 * under it, it is a section's heading (`isCompleteLine`), no piece of a
 * paragraph a column break cut: its commas would read as running text.
 */
export function isClausedHeading(norm: string): boolean {
  return CLAUSED_HEADING.test(norm);
}

// The people a speech or a letter may address: 同志, 代表 (村民代表, 职工代表), 来宾, 志愿者, 医务工作者, …
const PEOPLE =
  "(?:同志|朋友|(?:村民|居民|职工|党员|人大|家长)?代表|委员|同学|老师|乡亲|女士|先生|家长|战友|同胞|来宾|嘉宾|青年|职工|市民|居民|村民|网友|读者|校友|党员干部|党员|干部|同仁" +
  "|志愿者|[\u4e00-\u9fff]{0,4}工作者|群众|农民|学生|师生|团员|业主|消费者|退役军人)";
// Who they are, before the noun: 青年朋友们, 各界朋友们, 老同志们, 市民朋友们.
const KIND = "(?:青年|各界|老|市民|农民|家长)?";
/**
 * The reach of a letter's address, before its word of address: `全市`,
 * `全省`, `全县`, `全区`, `全镇`, `全校`, `全国`, `全院` (`全市广大志愿者`,
 * `全县广大党员干部`). A letter to a whole place names its people with it.
 */
const REACH = "(?:全[国省市县区镇乡村校院厂])";
/**
 * The people a speech or a letter addresses, in the plural or after a word of
 * address: `同志们`, `女士们`, `青年朋友们`, `亲爱的同学们`, `各位代表`,
 * `尊敬的各位来宾`, `全体党员`, `全市广大志愿者`, `全县广大医务工作者`,
 * `广大市民朋友们`, `各村民代表` (a notice's `各`: each of them). A bare noun (`代表`, `嘉宾`, `志愿者`) addresses no one: a
 * list's label (`嘉宾：` / names) has that shape; nor does a place alone before
 * it (`全市志愿者：` may head a count).
 */
const ADDRESSEE = new RegExp(
  `^(?:(?:尊敬的|亲爱的)?${REACH}?(?:各位|全体|广大)?${KIND}${PEOPLE}们|(?:(?:尊敬的|亲爱的)${REACH}?(?:各位|全体|广大)?|${REACH}?(?:各位|各|全体|广大))${KIND}${PEOPLE})$`,
);
/**
 * An address to the units a notice goes to: `各单位`, `县直各单位`, `有关单位`,
 * `各有关部门`, `市直各部门`, and with a word of kind between (`市防指各成员单位`,
 * `各相关单位`, `各直属机构`).
 */
const ADDRESSED_BODIES = /(?:各|有关)(?:成员|相关|直属|有关)?(?:单位|部门|机构)$/;
/** A body a notice is addressed to, between commas: `各乡镇人民政府`, `县直各单位`, `各街道办事处` (no sentence's word in it). */
const ADDRESSED_BODY = /^[\u4e00-\u9fff]{2,14}$/;
/** Words of a sentence that introduces a quote or a list (`市长要求各单位：`), or says where a document went (`通知下发至各成员单位：`, `抄送：`): no salutation holds them. */
const INTRO_VERB = /要求|希望|提醒|号召|呼吁|告诉|勉励|寄语|强调|指出|表示|说|下发|印发|转发|发至|送至|抄送/;
const SALUTATION_MAX = 40;
const ADDRESS_PARTS = /[,、]/;

/**
 * True for a salutation set on a line of its own (`norm`, the whole unit so
 * far, normalised): the people a speech addresses (`同志们：`, `各位代表：`,
 * `女士们、先生们：`, `老师们，同学们：`), or the bodies a notice goes to
 * (`各乡镇人民政府，县直各单位：`, `各有关单位：`). It opens the text and is
 * no piece of its first paragraph, though it ends on a colon. A line
 * introducing a quote or a list (`他勉励同学们：`, `市长要求各单位：`) is a
 * paragraph's piece, and goes on.
 */
export function isSalutation(norm: string): boolean {
  const last = norm.length - 1;
  if (last < 2 || last > SALUTATION_MAX || norm.charCodeAt(last) !== 0x3a) return false; // `:`: the folded colon
  const parts = norm.slice(0, last).split(ADDRESS_PARTS);
  if (parts.every((p) => ADDRESSEE.test(p))) return true;
  if (!ADDRESSED_BODIES.test(parts[parts.length - 1]!) || INTRO_VERB.test(norm)) return false;
  return parts.every((p) => ADDRESSED_BODY.test(p));
}

/** The last character of a picture credit's marker: 摄, 摄影, 供图, 图. */
const PICTURE_CREDIT_LAST = charSet("摄影图");

/**
 * False when `tail` cannot end in a picture credit whose marker comes last
 * (`记者 王磊 摄`, `摄影`, `企业供图`, `张三/图`): its last character, or the one
 * before a closing bracket (`（记者 王磊 摄）`), must end such a marker. A
 * credit whose marker stands before the name (`图/张三`) is not asked about.
 */
export function mayEndInPictureCredit(tail: string): boolean {
  const last = tail.length - 1;
  return has(PICTURE_CREDIT_LAST, tail, last) || (tail.charCodeAt(last) === 0x29 && has(PICTURE_CREDIT_LAST, tail, last - 1));
}

/** `tail` is the end of the unit so far, `length` its whole length; `ended` is `endsSentence(tail)`. */
function continues(ended: boolean, tail: string, length: number, line: Line, norm: string, text: string, options: ReflowOptions): boolean {
  // `tail` holds all of a unit shorter than TAIL, so these read as on the whole unit.
  if (ended) return false;
  // A caption or paragraph that ends on its picture's credit is done.
  if (options.endsInPictureCredit && mayEndInPictureCredit(tail) && options.endsInPictureCredit(tail)) return false;
  if (length === tail.length && (isNumberedHeading(tail) || isSalutation(tail))) return false;
  if (length === tail.length && endsSpeakerHead(tail, norm, options)) return false;
  if (options.indentedParagraphs && line.indented) return false;
  if (options.startsBlock(norm, text)) return false;
  if (opensNumberedItem(tail, norm)) return false;
  // A bullet's item (`●统筹资金保障`) is a line of its own.
  if (startsWithListMarker(norm)) return false;
  if (opensClause(tail, norm)) return false;
  if (has(OPEN_CLAUSE_MARKS, tail, tail.length - 1)) return true;
  if (cutsCreditBracket(tail, norm)) return true;
  if (opensAfterHeadline(tail, norm)) return false;
  if (cutsNumber(tail, norm) || cutsDate(tail, norm)) return true;
  if (!isBodyLike(tail, length) && !(length === tail.length && opensOnJumpFrom(tail))) return false;
  // The next piece must itself read like running text: a short line without
  // clause punctuation after an unfinished paragraph is a headline, unless it
  // closes a quotation or bracket the paragraph left open.
  return isBodyLike(norm) || CLAUSE_MARK.test(norm) || closesOpenPair(tail, norm);
}

/** Longest speaker's head (`speakerHead`) weighed: a headline's length. */
const SPEAKER_HEAD_MAX = 40;

/**
 * True when the unit, one line `tail`, is a speaker's head (`speakerHead`)
 * that no line goes on: one ending on no colon is a headline's line
 * (`小茶叶撑起乡村振兴大产业` / `全国人大代表、…书记　向春梅` / text); one
 * ending on a colon opens the headline of the item that quotes the speaker
 * when a short line with no clause mark, its title, stands under it
 * (`全国人大代表、…书记　向春梅：` / `小茶叶撑起乡村振兴大产业`). Over a
 * sentence, the colon hands over to the speaker's words (`省商务厅副厅长　林晓红：`
 * / `一季度全省货物进出口…`), which may go on from it.
 */
function endsSpeakerHead(tail: string, norm: string, options: ReflowOptions): boolean {
  if (options.speakerHead === undefined || tail.length > SPEAKER_HEAD_MAX || !SPACE.test(tail)) return false;
  const head = options.speakerHead(tail, tail);
  if (head === "bare") return true;
  return head === "colon" && !isBodyLike(norm) && !CLAUSE_MARK.test(norm) && !endsSentence(norm);
}

/**
 * A headline's subtitle opening on a dash (`——访全国劳动模范…`, `—记…`, `--…`),
 * or on two 一 typed for one before the words a subtitle opens with (`一一记…`).
 */
const DASH_SUBTITLE = /^(?:——|──|—|--|一一(?:记|来自|写在|访|走进|探访|追记|专访|聚焦))/;
/** Longest unit that may be a headline's line over a dash subtitle, and longest such subtitle (a headline's length). */
const DASH_HEAD_MAX = 40;

/**
 * True when `norm` is the dash subtitle of the headline line that is the unit
 * so far (`current`, `length` long, ending on `tail`), not a piece of a
 * paragraph: the unit is one short line set at the margin, ending on no
 * clause mark, and `norm` opens on a dash (`DASH_SUBTITLE`) and ends no
 * sentence (`“只要还有一个孩子要上学，我就不走”` / `——访全国模范教师、…校长罗德明`).
 * Its comma and 、 would read as running text; a paragraph cut before a dash
 * goes on with a sentence (`——这是他多年的心愿。`), or was cut after a long line.
 */
function opensDashSubtitle(current: Unit, length: number, tail: string, norm: string): boolean {
  if (!DASH_SUBTITLE.test(norm) || norm.length > DASH_HEAD_MAX || endsSentence(norm)) return false;
  if (current.joins > 0 || current.indented || length > DASH_HEAD_MAX) return false;
  return !has(OPEN_CLAUSE_MARKS, tail, tail.length - 1);
}

/** A note opening a paragraph on where its text came from (folded): `(上接第一版)`, `(接A1版)`. */
const JUMP_FROM_NOTE = /^\(\s*上?接\s*(?:第?[\d一二三四五六七八九十]{1,3}版|[A-Z]\d{1,2}版?)\s*\)./;

/**
 * True when the unit (`norm`, whole) opens on a jump-from note with text after
 * it (`（上接第一版）实现了增产丰`): the rest of a paragraph from another page,
 * running text however short, which goes on into the next piece (`收，…`).
 */
function opensOnJumpFrom(norm: string): boolean {
  return norm.charCodeAt(0) === 0x28 && JUMP_FROM_NOTE.test(norm);
}

// Words that open a reporter's sentence, never the rest of one cut at a line
// end: 据悉, 据了解, 据介绍, 记者从…, 记者了解到, 记者获悉.
const SENTENCE_OPENER = /^(?:据(?:悉|了解|介绍)|记者(?:从|了解到|获悉))/;

/**
 * True when the piece `norm` opens a sentence of its own after a unit that
 * stopped on no punctuation (`tail`): the unit is a headline with a comma in
 * it (`老小区加装电梯，一楼住户有了补偿金` / `据悉，该小区…`), not a paragraph a
 * column break cut. Running text has a mark before 据悉; and a quotation
 * (`“补偿金”`) is not followed by another (`“装电梯…”`) with nothing between.
 */
function opensAfterHeadline(tail: string, norm: string): boolean {
  if (SENTENCE_OPENER.test(norm)) return true;
  return norm.charCodeAt(0) === 0x201c && tail.charCodeAt(tail.length - 1) === 0x201d;
}

// What the rest of a number cut at a line end starts with: its date or time
// word, magnitude, unit or sign (`今年6月6` / `日，…`, `总投资8` / `亿元`).
const NUMBER_REST = charSet("日月年号时点分秒万亿千百元%");

/**
 * True when a line break cut a number off its date word, magnitude or unit:
 * `tail` ends in digits run on from text (a Han character or clause mark just before its digits), and the next piece opens with what such a number
 * needs. A line of its own that is only a number (a page number) never is.
 */
function cutsNumber(tail: string, norm: string): boolean {
  const last = tail.length - 1;
  if (last < 0 || !isDigitAt(tail, last) || !has(NUMBER_REST, norm, 0)) return false;
  let k = last;
  while (k > 0 && k > last - 6 && (isDigitAt(tail, k - 1) || tail.charCodeAt(k - 1) === 0x2e)) k--;
  return k > 0 && isHanAt(tail, k - 1);
}

/** A bracket opening on a role word: a dateline's or credit's (`（记者`, `（全媒体记者`, `（通讯员`). */
const CREDIT_BRACKET = /^\((?:本报|全媒体|融媒体?|首席|特约|见习)?(?:记者|通讯员|实习生|摄影)/;

/**
 * True when a dateline's or credit's bracket is cut at the line's end
 * (`本报讯（记者 邹` / `凯）6月3日，…`), in text hard-wrapped or not. Only a
 * credit's: a headline cut inside another bracket (`城区新建三座公园（效果图`
 * / `见第二版）`) stays two lines.
 */
function cutsCreditBracket(tail: string, norm: string): boolean {
  return closesCutBracket(tail, norm) && CREDIT_BRACKET.test(tail.slice(tail.lastIndexOf("(")));
}

/** A month at a line's end over its day (`…6月` / `3日，…`): one date cut in two. */
function cutsDate(tail: string, norm: string): boolean {
  const last = tail.length - 1;
  if (last < 1 || tail.charCodeAt(last) !== 0x6708 /* 月 */ || !isDigitAt(tail, last - 1)) return false;
  let k = 0;
  while (k < 2 && isDigitAt(norm, k)) k++;
  return k > 0 && norm.charCodeAt(k) === 0x65e5 /* 日 */;
}

/** Quotation marks and brackets, folded (`「」` → `“”`, `（）` → `()`): each opener at the index of its closer. */
const OPENERS = "“‘(《【";
const CLOSERS = "”’)》】";

/**
 * True when `norm`, a short unpunctuated line, closes a quotation or bracket
 * that the end of the paragraph above (`tail`) opened and left open: it is
 * that paragraph's tail piece (`…他说：“我们还将` / `继续做好服务”`), not a
 * headline. A headline opens every pair it closes
 * (`“刚培训完就有物业公司来招聘” 市残联…`).
 */
function closesOpenPair(tail: string, norm: string): boolean {
  for (let k = 0; k < CLOSERS.length; k++) {
    const close = norm.indexOf(CLOSERS[k]!);
    if (close < 0) continue;
    const open = OPENERS[k]!;
    const reopened = norm.lastIndexOf(open, close);
    if (reopened >= 0) continue;
    if (tail.lastIndexOf(open) > tail.lastIndexOf(CLOSERS[k]!)) return true;
  }
  return false;
}

const SPACE = /\s/;

/** Cuts a unit's text at `from`, keeping `text` and `norm` aligned. */
export function sliceUnit(unit: Unit, from: number, to = unit.text.length): Unit {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(unit.norm[start]!)) start++;
  while (end > start && SPACE.test(unit.norm[end - 1]!)) end--;
  return { ...unit, text: unit.text.slice(start, end), norm: unit.norm.slice(start, end) };
}
