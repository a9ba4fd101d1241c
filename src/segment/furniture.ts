/**
 * Page furniture lines: the folio (running head or foot of a page) and the
 * page's footers.
 *
 * A folio line combines a few fixed items, in any order, set apart by spaces
 * (or `|`, `/`): the page number, the issue date and weekday, the paper's
 * name, the section name, and often the page's staff:
 *
 *   04 要闻 2023年5月12日 星期五
 *   经济日报　２０１９年１１月２０日　星期三　　第３版　综合新闻
 *   A06 城事 2024年3月8日 星期五 编辑 周晓雯 美编 何 斌
 *   新民晚报 2024年5月16日/星期四 责编：施 雯 视觉：戴 维 | 7
 *
 * A line is a folio when every part of it is one of these items. All tests
 * run on the folded copy (`norm`); the spans returned index the line as
 * written too, since folding keeps offsets.
 */
import type { Staff } from "../schema.js";
import type { Line } from "./lines.js";
import { charSet, fitsCollapsed, isDigitAt, SENTENCE_MARK, WHITE_SPACE, WIDE_GAP_TEXT } from "../text/chars.js";
import { ADDRESS_KEYS, CONTACT_KEYS, FAX_KEY, MAIL_KEYS, PHONE_KEYS } from "../text/contact-keys.js";
import { BODY_ENDS } from "../text/organisations.js";

/** Reads a page staff line from `start` to `end` of the line, or null. */
export type StaffReader = (start: number, end: number) => Staff[] | null;

export interface Folio {
  /** Where the section name stands in the line, or null when it names none. */
  section: [number, number] | null;
  /** The staff named in the line, in order. */
  staff: Staff[];
  /**
   * The line holds the issue's full date (with its year) or weekday: a dated
   * folio, under which a lone line above may be the paper's name (`江淮金融` /
   * `2025年1月15日　星期三　第3版`).
   */
  dated: boolean;
  /**
   * The section word stands where a paper's name does (`mastheadName`:
   * `人民铁道　2025年1月8日　星期三　3`, `金融时讯　2025年1月15日　星期三`): it
   * names the section only when no other line of the page's head names one
   * (`文旅周刊　　　　2024年10月10日　星期四　第11版` over the staff line is the page's).
   */
  paperPlace?: true;
}

// A page number: `第3版`, `第七版`, `A04`, `A4版`, `B12`, `3版`.
const PAGE = /^(?:第[A-Z]?[\d一二三四五六七八九十〇零]{1,3}版|[A-Z]\d{1,2}版?|\d{1,3}版)$/;
// A bare page number (`04`, `4`, `０３` folded): a page number only beside a date.
const BARE_PAGE = /^\d{1,3}$/;
// An issue date: `2023年5月12日`, `2023-05-12`, `二〇二三年九月廿九日`, or without its year
// (`3月15日`, a folio beside its weekday or page); a weekday may be glued on. Taiwan's
// papers count years of the Republic (民国, 1911 fewer): `中华民国113年10月16日` (中華民國
// folded), `民国113年10月16日`, `中华民国一一三年十月十六日`, `民国一百一十三年十月十六日`.
const DATE =
  /^(?:(?:(?:\d{4}|(?:中华)?民国\d{2,3})年)?\d{1,2}月\d{1,2}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|(?:(?:[〇零一二三四五六七八九]{4}|(?:中华)?民国[〇零一二三四五六七八九十百]{2,5})年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日)((?:星期|周|礼拜)[一二三四五六日天])?$/;
// `星期五`, `周五` (週五 folded), `礼拜五`.
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/;
// A weekday in brackets glued to a date: `（星期六）`, `(週六)` (folded `(周六)`).
const BRACKETED_WEEKDAY = /\((?:星期|周|礼拜)[一二三四五六日天]\)$/;

/**
 * True for a full date with its weekday in brackets (`2024年10月5日（星期六）`),
 * as overseas Chinese and some city papers set their folio. The year must be
 * there: a day of a programme is dated so too (`10月17日（周五）` over its events).
 */
function isBracketedWeekdayDate(word: string): boolean {
  const date = withoutBracketedWeekday(word);
  return date !== word && date.includes("年") && DATE.test(date);
}

/** `word` without a weekday in brackets glued on (`2024年10月5日(星期六)` → `2024年10月5日`); `word` itself when it has none. */
function withoutBracketedWeekday(word: string): string {
  const m = BRACKETED_WEEKDAY.exec(word);
  return m === null ? word : word.slice(0, m.index);
}
// `农历癸卯年三月廿二`, `农历八月十五`.
const LUNAR = /^农历[\u4e00-\u9fff]{2,10}$/;
// The paper's name: `人民日报`, `中国青年报`, `聯合報` (folded 联合报), `《光明日报》`. A
// document's or a notice's kind ending on 报 names no paper: a communiqué (`统计公报`, `公报`,
// a page named for the communiqués it prints), a bulletin (`工作简报`), a notice of good news
// (`喜报`, `捷报`); such a word beside a folio is the page's section (`第5版　统计公报`).
// A name opening on a number may end on 报道 too (`21世纪经济报道`); a section's never opens on one.
// Its web edition's word may be glued on (`长丰周报电子版`, `衡州日报数字报`: `EDITION`).
/** The words for a paper's web edition (`EDITION`), as a regex source: `电子版`, `数字报`, `手机版` …. */
const EDITION_WORDS = "电子版|数字报|数字版|手机版|网络版|电子报";
const PAPER = new RegExp(String.raw`^《?(?:[\u4e00-\u9fff]{1,8}(?<![公简喜捷])报|\d{1,4}[\u4e00-\u9fff]{1,8}报道?)》?(?:${EDITION_WORDS})?$`);
/**
 * The word for a paper's web edition, after its name (`滨海晨报 电子版`, `黔南日报 数字报`,
 * `江城晚报 手机版`, `e-paper`): part of the paper's name, never the page's section.
 */
const EDITION = new RegExp(`^(?:${EDITION_WORDS}|e-?paper)$`, "i");
/**
 * A web edition's links beside its folio (`2024年05月17日　第3版：乡村振兴　上一期　下一期`):
 * the page or issue before and after, past issues, the index. No item of the folio, no section.
 */
const FOLIO_NAV = /^(?:[上下]一(?:版|期)|往期(?:回顾)?|返回目录)$/;
// A section name: short, Han, perhaps with a middle dot (`要闻`, `经济·民生`, `港闻`).
const SECTION = /^[\u4e00-\u9fff·]{2,8}$/;
// The issue's own numbers beside its date: how many pages it has (`今日12版`, `本期十六版`),
// and its serial number (`第25318号`, `第1234期`, `总第5678期`); a weekly's or magazine's
// issue of the year and the day it came out (`2025年第22期`, `6月9日出版`, `2025年6月9日出版`).
const ISSUE = /^(?:(?:今日|本期|今天)(?:\d{1,3}|[一二三四五六七八九十]{1,3})版|总?第\d{1,6}[期号]|\d{4}年第\d{1,3}期|(?:\d{4}年)?\d{1,2}月\d{1,2}日出版)$/;
// A page number with its section after a colon, as one word: `第01版:要闻`, `A06版:城事`, `05版:经济·民生`.
const PAGE_COLON_SECTION = /^(?:第[A-Z]?\d{1,3}|[A-Z]?\d{1,3})版:([\u4e00-\u9fff·]{2,8})$/;
/** A line that is one page number and its section, nothing else: `第A01版：头版`, `第2版：综合` (folded). */
export function isPageEntryLine(norm: string): boolean {
  return norm.length <= 16 && PAGE_COLON_SECTION.test(norm.trim());
}
// One Chinese numeral on its own: an edition's or a stack's number, or the first
// character of a date cut short (`港聞　A10　二`, the rest of `二〇二三年…` lost).
const LONE_NUMERAL = /^[一二三四五六七八九十〇]$/;
/**
 * A word that may open a staff run: Han characters, then its colon or its end
 * (`编辑`, `责任编辑:刘琪琪`, `责编张三`). Other words are not offered to the staff reader.
 */
const STAFF_WORD = /^[\u4e00-\u9fff]{2,}(?::|$)/;
/**
 * The characters that end a word of a folio: a space (what `\s` matches),
 * `/`, and `|` or `丨`, which also end a part of the line (`… 戴 维 | 7`): a
 * staff run ends there. A slash inside a date (`2023/5/12`) parts no words.
 */
const WORD_END = charSet(`${WHITE_SPACE}/|丨`);
const PART_END = charSet("|丨");
const SLASH = 0x2f;
/**
 * A first word longer than any item of a folio: a date with its weekday is at
 * most 20 characters (`中华民国一百一十三年十二月二十九日星期五`), a paper name 10. A line
 * that opens with one is no folio, and is turned away before it is split.
 */
const FOLIO_WORD_MAX = 20;
/**
 * What a folio holds besides a section name: 版 or a page code (`A04`), a
 * weekday, a date (年, or digits parted by `-./`), 报 (a paper's name), or the
 * first role word of a staff run (编辑, 校对, 版式, 设计, 视觉, 制图, 值班主任).
 * A bare page number (`04`) counts only beside one of these. A line without
 * any is no folio.
 */
const FOLIO_CUE = /[版周拜年报编校]|星期|农历|设计|视觉|制图|主任|[A-Z]\d|\d[.\-/]\d|^\d{1,3}\s|\s\d{1,3}$/;
/** Longest folio line: seven items and a staff run of five people fit in 100 characters. */
const FOLIO_MAX = 100;
/** At most this many items besides the staff: a longer run of short words is text. */
const MAX_ITEMS = 7;

/** What the items of a line add up to. */
interface Items {
  page: boolean;
  barePage: boolean;
  date: boolean;
  weekday: boolean;
  /** The issue's page count or serial number (`今日12版`, `第25318号`): read only beside a date or weekday. */
  issue: boolean;
  paper: boolean;
  section: [number, number] | null;
  /**
   * A second name word (`证券时讯`, `南方周末`): a paper's name the shape of
   * `PAPER` does not know, beside the section's. Read only where the line is
   * a folio beyond doubt (`twoNames`).
   */
  other: [number, number] | null;
  /** Where each name word and the page number stand among the items (its count when read). */
  sectionAt: number;
  otherAt: number;
  pageAt: number;
  /** Where the first date or weekday stands among the items, -1 when none does. */
  dateAt: number;
  /** A date with its year (`2025年1月15日`, `2025-01-15`): the issue's full date. */
  yearDate: boolean;
  staff: Staff[];
  /** A lone numeral (`LONE_NUMERAL`): read only beside a page number. */
  numeral: boolean;
  count: number;
}

/** A colon tying a staff label to its name (folded): `责编:季 涛`. */
const STAFF_COLON = /:/u;
/**
 * A square or dot set before a page's header line (`■ 产业·新能源　　2025年11月5日`,
 * `◆ 要闻　2025年3月6日`): an ornament, blanked (same length, so spans hold).
 */
const LEAD_MARK = /^[■□◆◇●○▲][ ]*/u;

/** `norm` with its leading ornament (`LEAD_MARK`) turned to spaces. */
function blankLeadMark(norm: string): string {
  const m = LEAD_MARK.exec(norm);
  return m === null ? norm : " ".repeat(m[0].length) + norm.slice(m[0].length);
}

/**
 * A folio line: its section name and staff, or null. `readStaff` reads a
 * staff run (a role word and names, to the end of the line or the next `|`);
 * without it a line naming staff is no folio.
 *
 * A folio needs a page number, or a date or weekday beside a bare page
 * number, the paper's name, staff or each other: a bare date, or a date or
 * weekday beside a short word (`2023年5月12日 大事记`, `周五 京城迎降雨`), is
 * no folio. A section name and staff alone are one when they name two people
 * or more (`城事 编辑 张三 校对 李四`).
 */
export function parseFolio(norm: string, readStaff?: StaffReader): Folio | null {
  if (norm.length === 0 || norm.length > FOLIO_MAX) return null;
  // `人 民 日 报 2024年3月8日 星期五`: a paper's name set letter-spaced at the start is read
  // closed up, padded to the same length so that offsets into the line still hold.
  const line = blankLeadMark(norm.charCodeAt(1) === 0x20 ? closeUpSpacedPaper(norm) : norm);
  if (opensPastFolioWord(line) || !FOLIO_CUE.test(line)) return null;
  const items = readItems(HAS_SPACED_NUMBER.test(line) ? closeUpSpacedNumbers(line) : line, readStaff);
  if (items === null || items.count > MAX_ITEMS) return null;
  if (items.other !== null) return twoNames(norm, items);
  const { page, barePage, date, weekday, issue, paper, section, staff, numeral } = items;
  // A lone numeral is a folio's only beside its page number (`港聞　A10　二`); elsewhere it is a word of text.
  if (numeral && !page) return null;
  // The issue's numbers say nothing without its date (`第3号 台风` is a headline).
  if (issue && !date && !weekday) return null;
  const staffed = staff.length > 0;
  // Beside a date alone, a word must read as a page's name: `2024年3月15日　星期五　全市迎来首场春雨` is a headline.
  if (section !== null && !page && !barePage && !paper && !staffed && !issue && !isSectionName(norm.slice(...section))) return null;
  const folio =
    page ||
    ((date || weekday) && (barePage || paper || staffed || issue || (date && weekday))) ||
    (paper && (barePage || staffed)) ||
    (section !== null && staff.length >= 2 && !barePage && !date) ||
    // `产业·新能源　　责编：季　涛`: a word read as a page's name and its editor, the label
    // tied to the name by a colon as staff lines set it (`城事 编辑 张三` may be a column's credit).
    (section !== null && staffed && !barePage && !date && STAFF_COLON.test(norm) && isSectionName(norm.slice(...section))) ||
    // `产业·新能源　　2025年11月5日`: a page's name and the full date (the guard above read the name).
    (section !== null && items.yearDate && !barePage) ||
    (barePage && isPageSectionPair(norm, items));
  if (!folio) return null;
  const dated = items.yearDate || weekday;
  // `人民铁道　2025年1月8日　星期三　3` over `路局·动态`: the paper's name, the section on a line of its own.
  return section !== null && mastheadName(norm, items) ? { section, staff, dated, paperPlace: true } : { section, staff, dated };
}

/**
 * True when the line's one name word stands where a paper's name stands: it
 * opens the line, the issue's full date (with its year) or its weekday right
 * after it (`金融时讯　2025年1月15日　星期三　第3版`, `人民铁道　2025年1月8日　星期三　3`),
 * and it does not read as a page's name (`isSectionName`: `要闻　2023年5月12日　星期五　4`
 * keeps 要闻). A paper's name need not end on 报 (`人民铁道`, `财经周刊`, `江淮金融`);
 * a section's name stands after the page number or on a line of its own.
 */
function mastheadName(norm: string, items: Items): boolean {
  const { section, sectionAt, dateAt } = items;
  if (section === null || sectionAt !== 0 || dateAt !== 1 || !(items.yearDate || items.weekday)) return false;
  return !isSectionName(norm.slice(...section));
}

/**
 * A folio with two name words, one the page's and one the paper's:
 * `A12　信息披露　证券时讯　2025年3月28日　星期五`, `南方周末　2025年3月28日
 * 星期五　A12　经济`. Only with a page code and a date or weekday: two words
 * beside less (`3月15日　星期五　全市　降雨`) are text. The page's name is
 * the one that reads as a section name (`isSectionName`) when just one does,
 * else the word that follows the page code, else the one before it; with none
 * of these the line is still a folio, naming no section.
 */
function twoNames(norm: string, items: Items): Folio | null {
  const { page, pageAt, date, weekday, section, other, sectionAt, otherAt, staff } = items;
  if (!page || !(date || weekday) || section === null || other === null) return null;
  const named = (at: number) => (sectionAt === at ? section : otherAt === at ? other : null);
  const sectionWord = isSectionName(norm.slice(...section));
  const otherWord = isSectionName(norm.slice(...other));
  const chosen = sectionWord !== otherWord ? (sectionWord ? section : other) : (named(pageAt + 1) ?? named(pageAt - 1));
  return { section: chosen, staff, dated: items.yearDate || weekday };
}

/**
 * A word that reads as a page's name with nothing else in the line to say
 * so: a section word (`要闻`, `国内新闻`: `SECTION_LABEL`), a name ending on
 * 新闻 (`教科新闻`, `地方新聞` folded), or names set apart by a middle dot
 * (`经济·民生`).
 */
export function isSectionName(word: string): boolean {
  return SECTION_LABEL.test(word) || word.endsWith("新闻") || word.includes("·");
}

/**
 * True for a line that is a bare page number and a page's label and nothing
 * else, in either order: `01　要闻`, `要闻　01`, `4 国内新闻`. The label must be
 * one of the words pages are named with (`SECTION_LABEL`): a number beside any
 * other short word (`5 大亮点`, `10 件实事`) is a headline.
 */
function isPageSectionPair(norm: string, items: Items): boolean {
  return items.count === 2 && items.section !== null && !items.date && !items.weekday && SECTION_LABEL.test(norm.slice(...items.section));
}

/**
 * A bare folio: a page's name and its bare page number, a space apart, in
 * either order, and nothing else. Alternatives:
 * `海洋经济　06`, `海洋经济 6` (name first); `06　海洋经济` (number first).
 * The name is `SECTION`'s shape (two to eight Han characters, perhaps a
 * middle dot), so holds no clause mark or digit (`献礼建国75周年` is none).
 */
const BARE_FOLIO = /^(?:([\u4e00-\u9fff·]{2,8}) +\d{1,3}|\d{1,3} +([\u4e00-\u9fff·]{2,8}))$/;
/** Longest `BARE_FOLIO`: a name of eight, a few spaces, three digits. */
const BARE_FOLIO_MAX = 20;
/**
 * What a word a number counts opens on: a measure word or a number's own
 * word (`5 大亮点`, `10 件实事`, `3 年行动`, `100 万元`): the number is a count
 * of it, in a headline, not a page number beside a page's name.
 */
const COUNTED_FIRST = charSet("大件个项条种名位家年天日月周次批座所户人只台万亿千百多余岁米元号届期分点倍成类场部张套辆");
/**
 * What a word a number follows in a phrase ends on (`倒计时 100`, `第 3`, `增长 12`, `减少 5`,
 * `突破 100`): the number is the phrase's, not a page's.
 */
const COUNTING_LAST = charSet("时第共约达超近逾至到为是有增减涨跌降升破过满长加少");

/**
 * Where the page's name stands in a bare folio (`BARE_FOLIO`), or null. Read
 * only at the top of a page, where nothing but furniture stands above it: a
 * headline there never ends or opens on a page number set a space apart
 * (`海洋经济　06` over `南海伏季休渔结束`). A number that counts the word after
 * it (`COUNTED_FIRST`) or ends the phrase before it (`COUNTING_LAST`) is a headline's.
 */
export function parseBareFolio(norm: string): [number, number] | null {
  if (norm.length > BARE_FOLIO_MAX) return null;
  const m = BARE_FOLIO.exec(norm);
  if (m === null) return null;
  if (m[1] !== undefined) return COUNTING_LAST[m[1].charCodeAt(m[1].length - 1)] === 1 ? null : [0, m[1].length];
  const name = m[2]!;
  return COUNTED_FIRST[name.charCodeAt(0)] === 1 ? null : [norm.length - name.length, norm.length];
}

/**
 * The words papers name their pages with (版名): `要闻`, `国内`, `经济`,
 * `民生`, `体育`, `副刊`. A closed list: unlike `SECTION`, which is read
 * only beside a page number or a date, a label of these words is page
 * furniture alone on its line.
 */
const SECTION_WORD = "(?:要闻|新闻|综合|国内|国际|时政|时事|经济|财经|金融|产经|社会|民生|文化|文体|文娱|体育|教育|科教|科技|健康|卫生|法治|政法|理论|副刊|专版|专题|专刊|周刊|地方|本地|城市|城事|同城|都市|县域|区县|乡村|农村|三农|社区|视点|港闻|两岸|环球|天下|生活|消费|旅游|楼市|汽车|读书|人物|深度|公益|军事|娱乐|新媒|融媒|焦点|热点)";
/**
 * A page's label: one section word (`要闻`), one before 新闻 or 要闻
 * (`国内新闻`, `时政要闻`), or two or three set apart by a middle dot
 * (`经济·民生`, `同城·新媒`). Two bare words run together (`乡村旅游`)
 * may be a topic over a headline, and are left alone.
 */
const SECTION_LABEL = new RegExp(`^(?:${SECTION_WORD}(?:新闻|要闻)?|${SECTION_WORD}(?:·${SECTION_WORD}){1,2})$`);
// A paper's name, by the word for its kind: `江城日报`, `临江晚报`, `某某都市报`, `《江城日报》` (not `喜报`, `捷报`).
// Its web edition's word may be glued on: `长丰周报电子版`, `衡州日报数字报`.
const PAPER_NAME = new RegExp(String.raw`^《?[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|晨报|商报|时报|都市报|青年报|周报|导报)》?(?:${EDITION_WORDS})?$`);
/**
 * A weekly's or magazine's name: `南岭周刊`, `山城月刊`, `某某半月刊`, `江城画报`, `某某杂志`.
 * A daily names its weekly pages so too (`教育周刊`): a section there, so the
 * name counts only on a masthead line (`mastheadWord`), beside the issue's numbers.
 */
const MAGAZINE_NAME = /^《?[\u4e00-\u9fff]{2,6}(?:周刊|月刊|旬刊|半月刊|画报|杂志)》?$/;
// The party or body whose organ the paper is, on the masthead: `中共江城市委机关报`, `江城市委机关报`.
const ORGAN = /^[\u4e00-\u9fff]{2,16}机关报$/;
/**
 * A line of Latin words only (`DONGJIANG DAILY`, `Jiangcheng Evening News`):
 * among Chinese lines at the top of a page, the romanisation of the paper's
 * name on its masthead.
 */
const LATIN_LINE = /^[A-Za-z][A-Za-z.'&-]*(?: [A-Za-z][A-Za-z.'&-]*){0,5}$/;
/**
 * The last words of a masthead's romanisation, naming the paper's kind in
 * capitals, in English or in pinyin: `DONGJIANG DAILY`, `XINMIN EVENING NEWS`,
 * `JIANGCHENG RIBAO`. A bare `NEWS`, `TIMES` or `POST` may end an English
 * title (`GOOD NEWS`), and is not taken alone.
 */
const LATIN_PAPER = /\s(?:DAILY|WEEKLY|(?:EVENING|MORNING) (?:NEWS|POST)|HERALD|GAZETTE|TRIBUNE|RIBAO|WANBAO|ZAOBAO|CHENBAO|SHIBAO|DAOBAO|ZHOUBAO)$/;

/** True for a line of Latin words only (`LATIN_LINE`). */
export function isLatinLine(norm: string): boolean {
  return norm.length <= PAGE_LABEL_MAX && LATIN_LINE.test(norm);
}

/** True for the romanised name of a paper (`DONGJIANG DAILY`): Latin words in capitals, the last naming its kind. */
function isLatinPaperName(norm: string): boolean {
  return isLatinLine(norm) && norm === norm.toUpperCase() && LATIN_PAPER.test(norm);
}

/**
 * A page's label set with its characters spaced out, as mastheads and old
 * pages set them (`经 济 新 闻`, `要　闻`): two to eight Han characters, one
 * space (or U+3000) between each. Its words are read closed up (`closeLabel`); cleaning
 * closes up only longer letter-spaced lines (`closeUpLetterSpacing`), since
 * a short one may be names padded apart (`王 伟`), which no label test takes.
 */
const LETTER_SPACED_LABEL = /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){1,7}$/u;

/** True for a short line of Han characters one space apart (`LETTER_SPACED_LABEL`). */
function isLetterSpacedLabel(norm: string): boolean {
  return norm.length >= 3 && norm.length <= 15 && (norm.charCodeAt(1) === 0x20 || norm.charCodeAt(1) === 0x3000) && LETTER_SPACED_LABEL.test(norm);
}

/** A letter-spaced label closed up: `经 济 新 闻` → `经济新闻`. */
function closeLabel(norm: string): string {
  return norm.replace(/[ \u3000]/gu, "");
}

/** A section's span in a closed-up label mapped back onto the spaced line: character k stood at 2k. */
function spreadSection(read: { section: [number, number] | null } | null): { section: [number, number] | null } | null {
  if (read === null || read.section === null) return read;
  const [start, end] = read.section;
  return { section: [2 * start, 2 * end - 1] };
}

/**
 * The section's name as written at `span` of a furniture line's text, closed
 * up when the label is letter-spaced (`经 济 新 闻` → `经济新闻`): the name of
 * the page, not its typesetting.
 */
export function sectionText(text: string, span: readonly [number, number]): string {
  const written = text.slice(span[0], span[1]);
  return isLetterSpacedLabel(written) ? closeLabel(written) : written;
}

/** Longest page label line: a paper's name, a section, a date and its weekday. */
const PAGE_LABEL_MAX = 40;
/** The words of a line, between white space. */
const LABEL_WORD = /\S+/g;

/**
 * A line that labels the page and nothing else: the section's name
 * (`SECTION_LABEL`), the paper's (`PAPER_NAME`, or romanised: `isLatinPaperName`)
 * or whose organ it is (`中共江城市委机关报`), perhaps with the issue
 * date and weekday (`要闻　2024年3月15日`). Where the section name stands
 * (null for the paper's name alone); null for any other line. Asked of a
 * short line at the top of a page, where a kicker would stand too: it tells
 * the page's label from a headline's first line.
 */
export function parsePageLabel(norm: string): { section: [number, number] | null } | null {
  if (isLetterSpacedLabel(norm)) return spreadSection(parsePageLabel(closeLabel(norm)));
  // Measured as its words: a label spread over the column (`江淮日报　…　经济·口岸`) is short.
  if (norm.length === 0 || !fitsCollapsed(norm, PAGE_LABEL_MAX)) return null;
  if (isLatinPaperName(norm)) return { section: null };
  let section: [number, number] | null = null;
  let named = false;
  // A word of a section's shape that no section word names (`经济·口岸`, `项目建设`): the section only
  // beside the paper's name, a wide gap apart (`spreadApart`).
  let other: [number, number] | null = null;
  for (const m of norm.matchAll(LABEL_WORD)) {
    const word = m[0];
    if (DATE.test(word) || WEEKDAY.test(word) || isBracketedWeekdayDate(word)) continue;
    if (PAPER_NAME.test(word) || ORGAN.test(word)) named = true;
    // `滨海晨报 电子版`: the edition's word beside the name names no section.
    else if (named && EDITION.test(word)) continue;
    else if (section === null && SECTION_LABEL.test(word)) section = [m.index, m.index + word.length];
    else if (other === null && SECTION.test(word)) other = [m.index, m.index + word.length];
    else return null;
  }
  if (other !== null) return named && section === null && spreadApart(norm) ? { section: other } : null;
  return named || section !== null ? { section } : null;
}

/**
 * True when a page label's words stand a wide gap apart (`WIDE_GAP_TEXT`): a
 * page head sets its items so far apart; a headline sets its words one or two
 * spaces apart (`江淮日报　创刊七十周年`).
 */
function spreadApart(norm: string): boolean {
  return norm.includes(WIDE_GAP_TEXT);
}

/**
 * A folio's year or page number with its digits set apart by spaces, as OCR
 * leaves them: `2 0 2 3年6月8日` (four digits before 年), `第 2 版`, `第 1 2 版`.
 * Spaced digits elsewhere (`要闻 3 5`) are left as they are.
 */
const SPACED_NUMBER = /(?<!\d)\d(?: \d){3}(?=年)|第 ?\d(?: ?\d){0,2} ?版/g;
/** Cheap test for a line `SPACED_NUMBER` may change: a digit beside a space and a digit, 第 or 版. */
const HAS_SPACED_NUMBER = /\d \d|第 \d|\d 版/;

/** `line` with its spaced year and page numbers (`SPACED_NUMBER`) closed up, padded with spaces before them so that offsets hold. */
function closeUpSpacedNumbers(line: string): string {
  return line.replace(SPACED_NUMBER, (m) => {
    const closed = m.replace(/ /g, "");
    return " ".repeat(m.length - closed.length) + closed;
  });
}

/** A paper's name with a space after each character, at the start of a line: `人 民 日 报 `. */
const SPACED_PAPER = /^(?:[\u4e00-\u9fff] ){1,7}报(?= )/;

/** `norm` with a letter-spaced paper's name at its start closed up and padded with spaces after it. */
function closeUpSpacedPaper(norm: string): string {
  const m = SPACED_PAPER.exec(norm);
  if (m === null) return norm;
  const name = m[0].replace(/ /g, "");
  return name + " ".repeat(m[0].length - name.length) + norm.slice(m[0].length);
}

/** True when `norm` opens with a word of more than `FOLIO_WORD_MAX` characters: no space, `/`, `|` or `丨` among its first 21. */
function opensPastFolioWord(norm: string): boolean {
  if (norm.length <= FOLIO_WORD_MAX) return false;
  for (let i = 0; i <= FOLIO_WORD_MAX; i++) if (WORD_END[norm.charCodeAt(i)] === 1) return false;
  return true;
}

/**
 * True when `norm[i]` is inside a word: no `WORD_END`, or a slash between two
 * digits (`2023/5/12`). Part ends are no digits, so the digits may be read
 * across them: a slash by a part end is no word character either way.
 */
function inWord(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (WORD_END[c] !== 1) return true;
  return c === SLASH && isDigitAt(norm, i - 1) && isDigitAt(norm, i + 1);
}

/**
 * Sorts every word of `norm` into a folio item; null at the first word that is none.
 * The line is read by index, a part (between `|`) and a word at a time, without a match object per word.
 */
function readItems(norm: string, readStaff: StaffReader | undefined): Items | null {
  const items: Items = {
    page: false,
    barePage: false,
    date: false,
    weekday: false,
    issue: false,
    paper: false,
    section: null,
    other: null,
    sectionAt: -1,
    otherAt: -1,
    pageAt: -1,
    dateAt: -1,
    yearDate: false,
    staff: [],
    numeral: false,
    count: 0,
  };
  const length = norm.length;
  let i = 0;
  while (i < length) {
    // Skip to the next word; a staff run reads to the end of the part the word opens.
    while (i < length && !inWord(norm, i)) i++;
    if (i === length) break;
    const start = i;
    while (i < length && inWord(norm, i)) i++;
    const word = norm.slice(start, i);
    if (PAGE.test(word)) {
      items.page = true;
      items.pageAt = items.count;
    } else if (BARE_PAGE.test(word)) items.barePage = true;
    else if (WEEKDAY.test(word)) {
      items.weekday = true;
      if (items.dateAt < 0) items.dateAt = items.count;
    } else if (LUNAR.test(word) || GANZHI_DATE.test(word)) items.date = true; // `农历五月廿三`, `乙巳年五月廿三`
    else if (ISSUE.test(word)) items.issue = true;
    else if (!items.numeral && LONE_NUMERAL.test(word)) items.numeral = true;
    else {
      const paged = items.section === null ? PAGE_COLON_SECTION.exec(word) : null;
      if (paged !== null) {
        // `第01版:要闻`: the page number, and the section after its colon.
        items.page = true;
        items.section = [i - paged[1]!.length, i];
        items.count++;
        continue;
      }
      const date = DATE.exec(word);
      if (date !== null || isBracketedWeekdayDate(word)) {
        items.date = true;
        if (date === null || date[1] !== undefined) items.weekday = true;
        if (YEAR_DATE.test(word)) items.yearDate = true;
        if (items.dateAt < 0) items.dateAt = items.count;
      } else if (PAPER.test(word) || EDITION.test(word)) items.paper = true;
      else if (FOLIO_NAV.test(word)) continue; // `上一期`: a link, no item
      else {
        // A role word starts the staff, which runs to the end of the part.
        let staff: Staff[] | null = null;
        if (readStaff !== undefined && STAFF_WORD.test(word)) {
          const partEnd = staffRunEnd(norm, i);
          staff = readStaff(start, partEnd);
          if (staff !== null) {
            items.staff.push(...staff);
            i = partEnd;
            continue;
          }
        }
        // After a page number that opens the line, a longer name (`T04　庆祝新中国成立75周年特刊`) may name the page too.
        const paged = items.count === 1 && (items.page || items.barePage);
        if (!(SECTION.test(word) || (paged && isPagedSectionName(word)))) return null;
        if (items.section === null) {
          items.section = [start, start + word.length];
          items.sectionAt = items.count;
        } else if (items.other === null) {
          items.other = [start, start + word.length];
          items.otherAt = items.count;
        } else return null;
      }
    }
    items.count++;
  }
  return items;
}

/**
 * A page's name after the page number that opens its folio, longer than
 * `SECTION` allows or with digits in it: a special issue's or a special page's
 * (`庆祝中华人民共和国成立75周年特刊`, `奋进新时代·庆祝新中国成立75周年`, `国庆专版`),
 * up to 20 characters when it ends on what it is (特刊, 专刊, 专版, 特辑) or
 * sets names apart with a middle dot; else up to 12, digits allowed
 * (`新中国75周年`, `建国75周年特刊`). It opens on a Han character: `第3届`,
 * `5家企业` open on no name.
 */
const PAGED_SECTION = /^[\u4e00-\u9fff][\u4e00-\u9fff\d·]{1,19}$/;
/** What a special issue's name ends on: `…特刊`, `…专刊`, `…专版`, `…特辑`. */
const SPECIAL_ISSUE = /(?:特刊|专刊|专版|特辑)$/;
/** Longest name after a page number that neither ends as a special issue's nor holds a middle dot. */
const PAGED_SECTION_SHORT = 12;

/** True for a page's name after the page number that opens a folio or section line (`PAGED_SECTION`). */
function isPagedSectionName(word: string): boolean {
  if (!PAGED_SECTION.test(word)) return false;
  return word.length <= PAGED_SECTION_SHORT || SPECIAL_ISSUE.test(word) || word.includes("·");
}

/**
 * Fewest spaces in a row that end a staff run: a foot line sets the page's
 * staff and the paper's name and date far apart (`本版编辑　谢冰　　　　　　滨江晚报　2025年11月4日`);
 * a staff line sets its entries one to three spaces apart (`责任编辑：张三　　美编：李四`).
 */
const STAFF_RUN_GAP = 4;

/**
 * Where the staff run that a role word opens, its first word ending at `from`, ends:
 * at the end of its part (`|`, `丨`), at a run of `STAFF_RUN_GAP` spaces, or
 * at the line's end.
 */
function staffRunEnd(norm: string, from: number): number {
  let spaces = 0;
  for (let k = from; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (PART_END[c] === 1) return k;
    spaces = WORD_END[c] === 1 && c !== SLASH ? spaces + 1 : 0;
    if (spaces === STAFF_RUN_GAP) return k + 1 - spaces;
  }
  return norm.length;
}

/**
 * A line that is a page number and nothing else, as OCR'd dumps and e-paper
 * texts leave it wherever the page broke, even inside a paragraph:
 *
 *   2          a bare number (1 to 3 digits)
 *   -2-  — 2 —  ·2·   a number between dashes or dots
 *   第2版  第二版  2版  A2  A02版  第2页
 *
 * It is page furniture, never a headline or a subhead. (`一、`, `（二）` are
 * no page numbers: they number a heading.)
 */
const PAGE_NUMBER_LINE = /^(?:\d{1,3}|[-—–·]\s*\d{1,3}\s*[-—–·]|第\s*[A-Z]?[\d一二三四五六七八九十〇零]{1,3}\s*[版页]|[A-Z]\d{1,2}版?|\d{1,3}版)$/;
/** Longest `PAGE_NUMBER_LINE` match: `第 A12 版`, `— 12 —` with spaces. */
const PAGE_NUMBER_MAX = 9;

/** True for a line (folded, trimmed) that is only a page number (`PAGE_NUMBER_LINE`). */
export function isPageNumberLine(norm: string): boolean {
  return norm.length <= PAGE_NUMBER_MAX && PAGE_NUMBER_LINE.test(norm);
}

/** How many lines (blank ones not counted) apart two bare numbers may stand and still number one list. */
export const LIST_NUMBER_SPAN = 4;

/**
 * The line numbers of bare numbers that number a list: the next number
 * (`1` then `2`) stands within `LIST_NUMBER_SPAN` lines (`情况如下：` / `1` /
 * `东城…` / `2` / `西苑…`). Reflow never sets those aside as page numbers, so
 * the text around them is not joined across them. A page number and a list's
 * first number near it (`2` … `1`) are no sequence.
 */
export function listNumberLines(lines: readonly Line[]): Set<number> {
  const numbered = new Set<number>();
  let seen = 0;
  let last = -Infinity;
  let lastNo = 0;
  let lastValue = 0;
  for (const line of lines) {
    if (line.blank) continue;
    seen++;
    if (line.end - line.start > 3) continue;
    const norm = line.norm.slice(line.start, line.end);
    if (!isBareNumber(norm)) continue;
    const value = Number(norm);
    if (seen - last <= LIST_NUMBER_SPAN && value === lastValue + 1) numbered.add(lastNo).add(line.no);
    last = seen;
    lastNo = line.no;
    lastValue = value;
  }
  return numbered;
}

/** True for a line that is a bare number (`2`, `12`): a page number, or a list's item number. */
export function isBareNumber(norm: string): boolean {
  return norm.length <= 3 && BARE_PAGE.test(norm);
}

/**
 * A line that names the section or the paper, perhaps beside a page number
 * or date, set next to a folio or staff line: `城事`, `03  经济`, `人民日报`.
 * Where its section name stands (null for the paper's name alone); null for
 * any other line.
 */
export function parseSectionLine(norm: string): { section: [number, number] | null; paperPlace?: true } | null {
  // `经 济 新 闻`: spaced out, a line is taken only when it names a page as its words alone would (`isSectionName`), not a name (`王 伟`).
  if (isLetterSpacedLabel(norm)) return isSectionName(closeLabel(norm)) ? spreadSection(parseSectionLine(closeLabel(norm))) : null;
  if (norm.length === 0 || norm.length > FOLIO_MAX || opensPastFolioWord(norm)) return null;
  const items = readItems(norm, undefined);
  if (items === null || items.count > MAX_ITEMS || (items.section === null && !items.paper)) return null;
  // Two name words make a section line only as a folio does (`twoNames`).
  if (items.other !== null) return twoNames(norm, items);
  // `金融时讯　2025年1月15日　星期三` over `第3版　金融·货币`: the name before the date may be the paper's.
  return mastheadName(norm, items) ? { section: items.section, paperPlace: true } : { section: items.section };
}

/**
 * Footers set under a page or an article, kept as page furniture:
 *
 * - the print edition an article was taken from, under a web copy:
 *   `《 人民日报 》（ 2023年05月12日 第 04 版）`, `人民日报 ( 2023-05-12 第 04 版)`;
 * - the page's note on its pictures: `本版图片除署名外均由视觉中国提供`;
 * - the paper's hotlines, two or more: `新闻热线：96060 广告热线：88886666`;
 * - the publisher's line: `某某日报社出版 地址：… 电话：…`, `国内统一连续出版物号 CN…`.
 */
export function isPageFooter(norm: string): boolean {
  if (isPageDisclaimer(norm)) return true;
  if (isSponsorLine(norm)) return true;
  if (norm.startsWith("本版") || norm.startsWith("(本版")) return PAGE_PICTURES.test(norm);
  if (norm.endsWith(")")) return PRINT_EDITION.test(norm);
  // The words every publisher line or hotline list holds turn the rest away, in one scan, before either is read.
  // A line with no space can be no imprint line of several items, only a stamp (`内部资料`): the short list will do.
  if (norm.length > FOOTER_MAX || !(hasSpace(norm) ? FOOTER_WORD : UNSPACED_FOOTER_WORD).test(norm)) return false;
  // A sentence that names them (`本报邮发代号41-1，全年定价360元。`) is body text.
  if (SENTENCE_MARK.test(norm)) return isHotlineList(norm);
  return ((norm.includes("出版") || norm.includes("邮发")) && PUBLISHER.test(norm)) || ADDRESS_LINE.test(norm) || isHotlineList(norm) || isImprintLine(norm);
}

/**
 * The line naming who runs a page or a paper, alone, as county papers and
 * special pages set it under their name: `新邵县融媒体中心主办`,
 * `中共某某县委宣传部主管`, `市科学技术协会协办`. The name must end as a
 * body's does (中心, 委, 局, 协会, 公司…) and open on no word of a
 * sentence and holds no 由: `由市文联主办`, `本次活动由市文联主办` are clauses.
 * The endings: those every reader of a body's name takes (`BODY_ENDS`), and a
 * sponsor's own (`联合会`, `文联`, `电视台`).
 */
const SPONSOR_LINE =
  new RegExp(String.raw`^(?![将已并和与])(?!.*由)[\u4e00-\u9fff]{1,20}(?:${BODY_ENDS}|委员会|委|社|部|办公室|学会|联合会|联|政府|学院|电视台|电台)(?:主办|主管|协办|承办|联办|合办)$`);
/** Longest `SPONSOR_LINE`. */
const SPONSOR_MAX = 26;

/** True for a line naming a page's or paper's sponsor alone (`SPONSOR_LINE`). */
function isSponsorLine(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  // 办 or 管 ends every such line.
  return (last === 0x529e || last === 0x7ba1) && norm.length <= SPONSOR_MAX && SPONSOR_LINE.test(norm);
}

/**
 * A page's disclaimer on what it prints (folded), perhaps after a bullet or in
 * brackets: `■本版广告内容由广告主提供，本报不对其真实性承担责任，请读者谨慎核实。`,
 * `本版所刊信息仅供参考，交易前请核实对方资质。`, `以上广告内容由广告主负责。`,
 * `（本栏目信息不作为交易依据）`. It opens on what it covers (this page, this
 * column, the items above) and its ads or notices, and disowns them (真实性,
 * 仅供参考, 核实, 责任, 负责, 依据). It speaks for the page, not for the article
 * above it. An article's sentence on ads (`本版广告经营额同比增长…`) disowns nothing.
 */
const PAGE_DISCLAIMER =
  /^[■□●◆◎★▲※*]?\s*[(【]?(?:本版|本栏目?|本专栏|以上|本报所刊|本报刊登的?)(?:所刊登?的?|刊登的?|分类)?(?:广告|信息|内容|启事|声明)[^。!?]{0,60}(?:真实性|仅供参考|核实|责任|负责|依据)/;
/** Longest disclaimer taken for furniture. */
const DISCLAIMER_MAX = 120;
/** What a disclaimer's first character is: a bullet, a bracket, or the first of 本版, 本栏, 以上, 本报. */
const DISCLAIMER_FIRST = charSet("■□●◆◎★▲※*(【本以");

/** True for a page's disclaimer on what it prints (`PAGE_DISCLAIMER`): page furniture. */
function isPageDisclaimer(norm: string): boolean {
  return norm.length <= DISCLAIMER_MAX && DISCLAIMER_FIRST[norm.charCodeAt(0)] === 1 && PAGE_DISCLAIMER.test(norm);
}

/** The keys of a contact item (`CONTACT_KEYS`, and `邮政编码`, which `FOOTER_WORD` has never looked for). */
const ITEM_KEYS = `${CONTACT_KEYS}|邮政编码`;
/**
 * One key of a contact item, with its value after a colon or as the next
 * word: `电话：0571-60221234`, `投稿邮箱：txb@163.com`, `地址：江城市解放路100号`,
 * `邮编 310000`, `零售价：1.50元`, `网址：www.example.cn`.
 */
const CONTACT_ITEM = new RegExp(String.raw`^[\u4e00-\u9fff]{0,6}(?:${ITEM_KEYS}|零售价|定价|售价)(?::(.*))?$|^(?:e-?mail|qq)(?::(.*))?$`, "i");
/** A contact's value: no clause or sentence mark (`0571-6022××××`, `txb@163.com`, `解放路100号`). */
const CONTACT_VALUE = /^[^,;:。!?、]+$/;
/**
 * A publisher's or printer's statement: `桐溪报社出版`, `某某印务有限公司印刷`,
 * `主办：中共某某县委`, `出版：某某报社`, `国内统一连续出版物号 CN33-0001`,
 * `邮发代号：31-12`, `准印证号：（浙）0123`, `广告许可证：江工商广字第008号`, `CN33-0001`.
 */
const IMPRINT_ITEM =
  /^(?:[\u4e00-\u9fff]{2,16}(?:出版|印刷|承印|发行|编印)|(?:出版|印刷|承印|主办|主管|发行|编印)(?:单位)?:[^,;。!?、]+|(?:国内统一连续出版物号|邮发代号|准印证号?|内部资料准印证号?)(?::.*)?|[\u4e00-\u9fff]{0,8}(?:许可证|登记证)号?:\S+|CN\d{2}-\d{4}(?:\/[A-Z0-9]+)?)$/;
/**
 * The sponsor named before its word (`长丰周报社主办`, `某某县委宣传部主管`), as a web
 * edition's foot sets it beside the paper's address and phone. An item of an
 * imprint line only beside a contact: a masthead sets it among its own lines
 * (`中共桃源县委主管　桃源县融媒体中心主办　内部资料`), and is read as one.
 */
const SPONSOR_ITEM = /^[\u4e00-\u9fff]{2,16}(?:主办|主管)$/;
/** A value standing as the next word after a key that takes one (`国内统一连续出版物号 CN33-0001`). */
const IMPRINT_KEY_ALONE = /^(?:国内统一连续出版物号|邮发代号|准印证号?|内部资料准印证号?):?$/;
/**
 * A stamp that papers printed for internal circulation carry on each page:
 * `内部资料`, `免费交流`, `内部资料性出版物`, `免费赠阅`. Page matter, no headline.
 */
/** A phone number standing alone as a word (`87095577`, `0591-87095577`, `(0591)87095577`). */
const PHONE_WORD = /^\(?\d[\d\-()]{4,}$/;
const PAGE_STAMP = /^(?:内部资料(?:性出版物)?|免费(?:交流|赠阅|发放)|内部交流|内部发行|赠阅|仅供内部参考)$/;
const WORDS = /\s+/;

/**
 * True for a line made of a page's imprint items only, set apart by spaces:
 * contacts (phone, e-mail, address, postcode, price), publisher and printer
 * statements, and stamps (`内部资料　免费交流`). Two items or more, or one
 * stamp; a word of any other kind (`联系人：王老师`, a sentence) makes the
 * line text. One contact alone (`咨询电话：12345678`) may close a notice, and
 * one statement alone (`该书由江城日报社出版`) is a sentence's end: neither is taken.
 */
function isImprintLine(norm: string): boolean {
  let items = 0;
  let stamps = 0;
  let needsValue = false;
  /** The last item read was a contact: a phone number alone after it is another of its numbers. */
  let lastContact = false;
  let contacts = 0;
  let sponsors = 0;
  for (const word of norm.split(WORDS)) {
    if (word.length === 0) continue;
    if (needsValue) {
      if (!CONTACT_VALUE.test(word)) return false;
      needsValue = false;
      lastContact = true;
      continue;
    }
    items++;
    if (PAGE_STAMP.test(word)) {
      stamps++;
      continue;
    }
    const contact = CONTACT_ITEM.exec(word);
    if (contact !== null) {
      const value = contact[1] ?? contact[2];
      // `电话` or `电话:` with its number as the next word.
      if (value === undefined || value.length === 0) needsValue = true;
      else if (!CONTACT_VALUE.test(value)) return false;
      lastContact = true;
      contacts++;
      continue;
    }
    // `广告热线:0591-87095566 87095577`: a second number of the contact before.
    if (lastContact && PHONE_WORD.test(word)) {
      items--;
      continue;
    }
    lastContact = false;
    if (IMPRINT_KEY_ALONE.test(word)) needsValue = true;
    else if (SPONSOR_ITEM.test(word)) sponsors++;
    else if (!IMPRINT_ITEM.test(word)) return false;
  }
  return !needsValue && (sponsors === 0 || contacts > 0) && (items >= 2 || stamps === 1);
}

/**
 * A contact opening a page's line, before its staff (folded): a key and its
 * value in one word (`本版热线:0731-84326110`, `地址:鼓楼区华林路84号`,
 * `投稿邮箱:abc@example.cn`), read by `CONTACT_ITEM`. The anchored key alone
 * turns most lines away.
 */
const CONTACT_KEY_HEAD = new RegExp(String.raw`^[\u4e00-\u9fff]{0,6}(?:${ITEM_KEYS})`);
/** The first characters of `CONTACT_KEY_HEAD`'s keys (`电热传邮信网地社总`). */
const CONTACT_KEY_FIRST = charSet(ITEM_KEYS.split("|").map((key) => key.charAt(0)).join(""));

/**
 * Exact pre-test for `CONTACT_KEY_HEAD`: a key's first character stands at
 * one of the first seven offsets with only Han characters before it. The
 * regex needs just that (a key starts after at most six Han characters), so
 * a line this turns away it would turn away too.
 */
function mayOpenOnContactKey(norm: string): boolean {
  const n = Math.min(norm.length, 7);
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (CONTACT_KEY_FIRST[c] === 1) return true;
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return false;
}

/**
 * The staff of a page's line that opens on its contacts, then names its staff
 * (`本版热线：0731-84326110　　责任编辑：宋雅琪　美术编辑：何　川　校对：龙　飞`):
 * one contact or more (`CONTACT_ITEM`, each perhaps with more numbers:
 * `0591-87095566　87095577`), then a staff line, read by `readStaff` from an
 * offset of the line to its end. Null for any other line: the staff part must
 * be a whole staff line, and a sentence's contact (`咨询电话：12345，…`) is no
 * contact word. A staff line with its contacts after it is `parseStaffLine`'s.
 */
export function contactsThenStaff(norm: string, readStaff: (from: number) => Staff[] | null): Staff[] | null {
  if (!mayOpenOnContactKey(norm) || !CONTACT_KEY_HEAD.test(norm)) return null;
  let contacts = 0;
  let needsValue = false;
  for (const m of norm.matchAll(WORD_SPANS)) {
    const word = m[0];
    if (needsValue || (contacts > 0 && PHONE_WORD.test(word))) {
      if (!CONTACT_VALUE.test(word)) return null;
      needsValue = false;
      continue;
    }
    const contact = CONTACT_ITEM.exec(word);
    if (contact === null) return contacts > 0 ? readStaff(m.index) : null;
    const value = contact[1] ?? contact[2];
    if (value === undefined || value.length === 0) needsValue = true;
    else if (!CONTACT_VALUE.test(value)) return null;
    contacts++;
  }
  return null;
}

/** The words of a line, with their offsets. */
const WORD_SPANS = /\S+/g;

// The paper's address with its numbers: `本报地址：江城市解放路100号 邮编：410000 总机：…`,
// `社址：… 订报热线：…`, `地址：… 零售价：1.50元` (a sentence that names an address has more words).
const ADDRESS_LINE = new RegExp(`^(?:本报|本刊|报社)?(?:${ADDRESS_KEYS})[:：].*(?:电话|总机|邮编|订报|零售价|定价|${FAX_KEY})`);

/**
 * A publisher line holds 出版 or 邮发 (`PUBLISHER`), an address line 地址 (`ADDRESS_LINE`), a hotline list 热线 or 电话 (`isHotlineList`),
 * an imprint line a contact key, a printer's or publisher's word or a stamp (`isImprintLine`: 赠阅, 定价 …).
 */
const FOOTER_WORD = new RegExp(String.raw`出版|邮发|${CONTACT_KEYS}|印刷|承印|发行|编印|主办|主管|准印|许可证|登记证|内部|免费|赠阅|仅供|定价|售价|mail|qq|CN\d`, "i");
/**
 * `FOOTER_WORD` for a line without a space: the words of the first three kinds,
 * and a stamp's first word. Most body lines have no space, and the long list,
 * whose words (内部, 免费, 发行, 主办) running text often holds, was a scan
 * and a failed parse too many on each.
 */
const UNSPACED_FOOTER_WORD = new RegExp(`出版|邮发|${PHONE_KEYS}|${ADDRESS_KEYS}|^(?:内部|免费|赠阅|仅供)`);

/** True when the folded line has a space or a tab (folding makes every other space a plain one). */
function hasSpace(norm: string): boolean {
  return norm.includes(" ") || norm.includes("\t");
}

/** Longest hotline or publisher line taken for furniture. */
const FOOTER_MAX = 160;
// `《 人民日报 》（ 2023年05月12日 第 04 版）`, `《光明日报》（2023年05月12日 01版）`, `人民日报 ( 2023-05-12 第 04 版)`.
const PRINT_EDITION =
  /^《?\s*[\u4e00-\u9fff]{2,10}\s*》?\s*\(\s*\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*\)$/;
// `本版图片除署名外均由视觉中国提供`, `本版照片由受访者供图`, `本版稿件由市文明办供稿`,
// `（本版图片除署名外均由本报记者 吴 海 摄）`: a credit for the whole page, not for the article above it.
const PAGE_PICTURES = /^\(?本版(?:图片|照片|图|摄影|稿件|文字|图文)[^。!?,;()]{0,30}(?:提供|供图|供稿|摄影?)\)?$/;
// `某某日报社出版 地址：… 电话：…` (a paper's publisher and its address), `国内统一连续出版物号 CN11-0000`, `邮发代号 1-1`.
const PUBLISHER = new RegExp(String.raw`^[\u4e00-\u9fff]{1,12}报社出版\s.*(?:${ADDRESS_KEYS}|电话|邮编)|统一连续出版物号|邮发代号`);
// One contact of a hotline list: `新闻热线：96060`, `广告热线 0571-85100000`, `邮箱：news@example.cn`.
const HOTLINE = new RegExp(String.raw`[\u4e00-\u9fff]{0,6}(?:${PHONE_KEYS}|${FAX_KEY}|邮箱)[:]?\s*[\w\-.@()]{5,}`, "g");

/** What may stand between the contacts of a hotline list. */
const BETWEEN_CONTACTS = /^[\s,;、|/·]*$/;

/** True for a line of two contacts or more and nothing else (a sentence that gives two numbers has more words). */
function isHotlineList(norm: string): boolean {
  if (!norm.includes("热线") && !norm.includes("电话")) return false;
  let n = 0;
  const rest = norm.replace(HOTLINE, () => {
    n++;
    return "";
  });
  return n >= 2 && BETWEEN_CONTACTS.test(rest);
}

/** A contact line's phone and mail keys, `热线电话` before the `热线` it begins with. */
const LABEL_KEYS = `热线电话|${PHONE_KEYS}|${MAIL_KEYS}`;
/**
 * One contact of a contact line (folded): a label, then a number to call or an address to
 * write to, after a colon or a space: `法治热线：027-88845120`, `新闻热线 0736-6621234`,
 * `投稿邮箱：fzb@example.cn`, `电话:(0736)6621234`, `e-mail:news@example.cn`.
 */
const CONTACT_PART =
  new RegExp(String.raw`(?<label>[\u4e00-\u9fff]{0,6}(?:${LABEL_KEYS}|${FAX_KEY})|e-?mail)\s*:?\s*(?:\(?\d[\d\-() ]{3,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`, "gi");
/**
 * The paper's own contact labels: its news and reader lines, and where to send copy:
 * `新闻热线`, `报料热线`, `本版热线`, `本报热线电话`, `投稿邮箱`, `本版邮箱`, `投稿热线`.
 * Not a bare `热线`, which may be anyone's.
 */
const PAPER_CONTACT = new RegExp(
  `^(?:(?:本报|本版|本刊)(?:新闻|报料|爆料|读者|采访|投稿)?|(?:本报|本版|本刊)?(?:新闻|报料|爆料|读者|采访|订报|发行|广告|投稿))(?:${LABEL_KEYS})$`);
/**
 * A page's own line, named for its section: `法治热线`, `健康热线`, `体育热线电话`. An
 * office's line is named for what one calls it for (举报, 咨询, 投诉, 求助 …) and is the
 * text's (`举报热线：12345`), not the page's.
 */
const SECTION_CONTACT = /^(?<word>[\u4e00-\u9fff]{2,4}?)(?:热线电话|热线)$/;
const OFFICE_CONTACT_WORD =
  /举报|咨询|投诉|求助|救助|援助|监督|报名|预约|报警|服务|便民|政务|市民|市长|县长|心理|维权|急救|值班|联系|办公|受理|反映|售后|客服|订购|订餐|招生|招聘|防汛|应急|反诈/;
/** Labels any contact line may hold beside the paper's: a plain phone, fax or mailbox. */
const PLAIN_CONTACT = /^(?:电话|传真|邮箱|电子邮箱|信箱|e-?mail)$/i;
/** Longest contact line read. */
const CONTACT_LINE_MAX = 80;

/**
 * What a line made only of contacts (`CONTACT_PART`) is: `paper` when one of its labels is the
 * paper's own (`PAPER_CONTACT`: `新闻热线：0736-6621234`, `本版热线：… 投稿邮箱：…`), `section` when
 * one names the page's section (`SECTION_CONTACT`: `法治热线：027-88845120`), beside plain
 * phones and mailboxes (`PLAIN_CONTACT`) only; `hotline` when a label of any other kind is
 * there and each such names a hotline (`服务热线：0731-88886666`, `HOTLINE_LABEL`); null for any
 * other line. A notice's own contact
 * (`报名电话：…`, `举报热线：12345`, a plain `电话：…` alone) and a sentence that gives a
 * number (`市民可拨打热线12345反映。`) are text.
 */
export function contactLine(norm: string): "paper" | "section" | "hotline" | null {
  if (norm.length > CONTACT_LINE_MAX || SENTENCE_MARK.test(norm) || !(norm.includes("热线") || norm.includes("邮箱") || norm.includes("信箱"))) return null;
  let paper = false;
  let section = false;
  let others = false; // a label of any other kind (`报名电话`, `服务热线`)
  let hotlines = true; // every such label names a hotline (`服务热线`, `咨询热线`)
  let end = 0;
  CONTACT_PART.lastIndex = 0;
  for (let m = CONTACT_PART.exec(norm); m !== null; m = CONTACT_PART.exec(norm)) {
    if (!BETWEEN_CONTACTS.test(norm.slice(end, m.index))) return null;
    end = m.index + m[0].length;
    const label = m.groups?.label ?? "";
    if (PAPER_CONTACT.test(label)) paper = true;
    else if (isSectionContact(label)) section = true;
    else if (!PLAIN_CONTACT.test(label)) {
      others = true;
      if (!HOTLINE_LABEL.test(label)) hotlines = false;
    }
  }
  if (end === 0 || !BETWEEN_CONTACTS.test(norm.slice(end))) return null;
  if (others) return hotlines ? "hotline" : null;
  return paper ? "paper" : section ? "section" : null;
}

/**
 * A label naming a hotline of any office or firm: `服务热线`, `咨询热线`, `招商热线电话`.
 * A line of such contacts is `hotline` (`contactLine`): the text's or the page's, as it stands.
 */
const HOTLINE_LABEL = /热线(?:电话)?$/;

/** True for a section's line (`SECTION_CONTACT`), not an office's (`OFFICE_CONTACT_WORD`). */
function isSectionContact(label: string): boolean {
  const word = SECTION_CONTACT.exec(label)?.groups?.word;
  return word !== undefined && !OFFICE_CONTACT_WORD.test(word);
}

/**
 * Where the page's call for copy opens in a line (folded), at its start or after a space:
 * how to send copy and what it must carry, said to the reader. Alternatives:
 * `来稿请注明真实姓名…`, `读者来信请寄：…`, `来信须署真实姓名`, `投稿请发至…`, `来稿一经采用…`;
 * `本版欢迎投稿`, `欢迎读者来信`.
 */
const COPY_CALL_AT =
  /(?:^|\s)(?:(?:本版|本栏目?|本刊|本报)?(?:(?:读者)?来(?:稿|信)|投稿)(?:请|须|务请|务必|一律|一经)|(?:本版|本栏目?|本刊|本报)?欢迎(?:读者)?(?:投稿|来稿|来信))/;
/** Longest line read for a call for copy: a mailbox or two, then the call. */
const COPY_CALL_MAX = 80;

/**
 * True for the page's call for copy on a line of its own (folded): it opens on the call
 * (`读者来信请寄：合肥市…读者来信部　邮编：230071`, `来稿请注明真实姓名、工作单位及联系方式`),
 * or the paper's own contacts stand before it (`本版投稿邮箱：pl@example.cn　　来稿请注明真实姓名`,
 * `contactLine`). Page furniture where it stands at the page's foot; the caller
 * asks only there, as a notice of a contest may say the same in its text.
 */
export function isCopyCall(norm: string): boolean {
  if (norm.length > COPY_CALL_MAX) return false;
  const found = COPY_CALL_AT.exec(norm);
  if (found === null) return false;
  // The line is trimmed: a call found at its start opens it; one found further on stands after a space.
  if (found.index === 0) return true;
  const before = contactLine(norm.slice(0, found.index).trimEnd());
  return before === "paper" || before === "section";
}

/**
 * The label of a front page's index box (导读): `今日导读`, `导读`,
 * `本期导读`, `【今日导读】`, `要目`, `今日关注`, spaced out to fill the box's width
 * (`导　读`). The lines under it name other pages'
 * stories and where they stand (`isIndexEntry`).
 */
const INDEX_LABEL = /^[【\[]?(?:(?:今日|今天|本期|本版)?(?:导\s{0,2}读|要\s{0,2}目)|(?:今日|本期)关注)[】\]]?$/;
/** Longest `INDEX_LABEL`: brackets, a time word, the label spaced out (`导　读`). */
const INDEX_LABEL_MAX = 8;

/** True for the label of an index box (`INDEX_LABEL`). */
export function isIndexLabel(norm: string): boolean {
  return norm.length <= INDEX_LABEL_MAX && INDEX_LABEL.test(norm);
}

/**
 * The mark an advertisement carries, as the law asks ads to be marked: `【广告】`,
 * `[广告]`, `(广告)` (（广告） folded), `〔广告〕`, or the word alone, perhaps spaced
 * out (`广告`, `广　告`). A section's name (`分类广告`) or a headline on ads
 * (`虚假广告整治见成效`) holds more words.
 */
const AD_LABEL = /^(?:[【\[(〔]\s*广\s{0,2}告\s*[】\])〕]|广\s{0,2}告)$/;
/** Longest `AD_LABEL`: brackets and the word spaced out. */
const AD_LABEL_MAX = 8;

/** True for the mark an advertisement is headed with (`AD_LABEL`). */
export function isAdLabel(norm: string): boolean {
  return norm.length <= AD_LABEL_MAX && AD_LABEL.test(norm);
}

/**
 * One entry of an index box: a story's title, then the page it stands on,
 * after spaces or 见, or in brackets:
 *
 *   我省出台促进民营经济发展25条措施　　　02版
 *   东湖都市圈规划获批 见A3版
 *   春季高考今起报名（见第5版）
 *
 * No entry holds a sentence end; a sentence that points to a page
 * (`详见第3版。`) is body text, and a note that is only the pointer
 * (`（下转第3版）`) a jump note.
 */
const INDEX_ENTRY = /^[^。!?]{2,40}?(?:\s+(?:详?见)?|详?见|\((?:详?见)?)(?:第?[A-Z]?\d{1,3}版|[A-Z]\d{1,2}版?)\)?$/;
/** Longest index entry: a 40-character title, its gap and its page. */
const INDEX_ENTRY_MAX = 56;
/** What an index entry ends on: 版, a page code's digit (`A3`), or the bracket round its page. */
const INDEX_ENTRY_LAST = charSet("版0123456789)");

/** True for an entry of an index box (`INDEX_ENTRY`): a title and the page it stands on. */
export function isIndexEntry(norm: string): boolean {
  return norm.length <= INDEX_ENTRY_MAX && INDEX_ENTRY_LAST[norm.charCodeAt(norm.length - 1)] === 1 && INDEX_ENTRY.test(norm);
}

/** A service box's label word (`新闻热线`, `【投稿邮箱】`), as `SERVICE_LABEL` and `SERVICE_LABELLED_NUMBER` open. */
const SERVICE_LABEL_WORD = String.raw`[【\[]?(?:本报)?(?:新闻|报料|爆料|读者|服务|采访|订报|发行|广告)?(?:热线|热线电话|投稿邮箱|投稿信箱)[】\]]?`;

/**
 * The label of the paper's own service box, which asks readers for news
 * and tells them how to reach it: `新闻热线`, `报料热线`, `读者热线`,
 * `服务热线`, `热线`, `投稿邮箱`, `【新闻热线】`, `新闻热线：`. A line of
 * its own; the numbers and notes under it are the box (`isServiceLine`).
 */
const SERVICE_LABEL = new RegExp(`^${SERVICE_LABEL_WORD}:?$`);
const SERVICE_LABEL_MAX = 12;

/** True for the label of a service box (`SERVICE_LABEL`). */
export function isServiceLabel(norm: string): boolean {
  return norm.length <= SERVICE_LABEL_MAX && SERVICE_LABEL.test(norm);
}

/** A service box's label with its first number on its line: `新闻热线：96111`, `报料热线 0571-88886666`. */
const SERVICE_LABELLED_NUMBER = new RegExp(String.raw`^${SERVICE_LABEL_WORD}(?::\s*|\s+)(?:\d[\d\- ]{3,}\d|[\w.+-]+@[\w-]+\.[\w.]+)$`);

/**
 * How a line opens a service box: `label` for its label alone (`新闻热线`),
 * `number` for the label with a number after it (`新闻热线：96111`), null
 * for any other line.
 */
export function serviceBoxOpening(norm: string): "label" | "number" | null {
  if (isServiceLabel(norm)) return "label";
  return norm.length <= SERVICE_LINE_MAX && SERVICE_LABELLED_NUMBER.test(norm) ? "number" : null;
}

/**
 * A number a reader may call or write to, as a service box sets it: five
 * digits or more, perhaps parted by spaces or dashes (`96111`,
 * `139 0000 1234`, `0571-88886666`), or an address for mail (`news@example.cn`).
 */
const SERVICE_NUMBER = /\d(?:[\d\- ]{3,}\d)|[\w.+-]+@[\w-]+\.[\w.]+/;
/**
 * The notes a service box holds besides its numbers: a reward for news
 * (`报料有奖`, `一经采用`, `奖励50元至500元`), the hours (`24小时开通`), an
 * invitation (`欢迎来电`), a messaging account (`微信：jcrb`).
 */
const SERVICE_NOTE = /有奖|奖励|采用|采纳|稿酬|稿费|小时|欢迎|微信|微博|邮箱|地址|QQ/i;
/** Longest line of a service box. */
const SERVICE_LINE_MAX = 40;

/**
 * What a line under a service label is: `number` for one giving a number
 * to call or write to (`SERVICE_NUMBER`), `note` for one of the box's notes
 * (`SERVICE_NOTE`), null for anything else: a line with a sentence end or
 * a clause mark (`市民可拨打96111反映问题。`) is text.
 */
export function serviceLine(norm: string): "number" | "note" | null {
  if (norm.length > SERVICE_LINE_MAX || SENTENCE_MARK.test(norm) || norm.includes(",")) return null;
  if (SERVICE_NUMBER.test(norm)) return "number";
  return SERVICE_NOTE.test(norm) ? "note" : null;
}

/**
 * How much a line says that it is a line of a paper's masthead (报头):
 * - `name`: the paper's name (`华夏日报`, `《江城晚报》`, `PAPER_NAME`; `南岭周刊`, `MAGAZINE_NAME`), its organ
 *   line (`中共江城市委机关报`) or its romanised name (`HUAXIA RIBAO`,
 *   `DONGJIANG DAILY`);
 * - `strong`: the issue's marks that only a masthead carries: a lunar date
 *   (`甲辰年十一月二十`, `农历十一月二十`), the page count or serial number
 *   (`今日20版`, `本期16版`, `总第25318期`), the serial number of the paper
 *   (`国内统一连续出版物号`, `CN 11-0099`) and its postal code (`邮发代号1-1`, `代号1-1`);
 * - `weak`: the issue's date or weekday (`2024年12月20日`, `星期五`), Latin
 *   words in capitals, which any page head may carry, or a word on 报 that
 *   may name a paper (`青川报`) or not (`海报`);
 * - null: anything else. Several items may share a line, set apart by spaces
 *   (`2024年12月20日　星期五　农历十一月二十`): each must be one of these.
 */
export function mastheadLine(norm: string): MastheadCue | null {
  const line = norm.trim();
  if (line.length === 0 || line.length > MASTHEAD_LINE_MAX) return null;
  if (isLatinLine(line)) return isLatinPaperName(line) ? "name" : line === line.toUpperCase() ? "weak" : null;
  let best: MastheadCue | null = null;
  for (const word of line.replace(CN_SPACED, "CN").split(WORDS)) {
    if (word.length === 0) continue;
    const cue = mastheadWord(word);
    if (cue === null) return null;
    if (best === null || CUE_RANK[cue] > CUE_RANK[best]) best = cue;
  }
  return best;
}

export type MastheadCue = "name" | "strong" | "weak";
const CUE_RANK: Readonly<Record<MastheadCue, number>> = { weak: 0, strong: 1, name: 2 };
/** Longest masthead line: a date, weekday, lunar date and page count side by side. */
const MASTHEAD_LINE_MAX = 48;
/** `CN 11-0099`: the serial number's prefix set apart from its digits. */
const CN_SPACED = /\bCN\s+(?=\d)/g;
/**
 * A lunar date by the sexagenary year (干支): `甲辰年十一月二十`, `癸卯年三月廿二`,
 * `甲辰年腊月初八`, `农历甲辰年`, `甲辰年闰六月`.
 */
const GANZHI_DATE =
  /^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)?)?$/;
/**
 * The paper's serial and postal numbers: `国内统一连续出版物号`, `CN11-0099`,
 * `CN11-0099/N`, `国内统一连续出版物号:CN11-0099`, `邮发代号1-1`, `代号1-1`, `邮发代号:31-12`.
 */
const SERIAL_NUMBER = /^(?:(?:国内统一连续出版物号|国内统一刊号)(?::?CN\d{2}-\d{4}(?:\/[A-Z0-9]+)?)?|CN\d{2}-\d{4}(?:\/[A-Z0-9]+)?|(?:邮发)?代号:?\d{1,3}-\d{1,4})$/;

/**
 * What a line that holds only an issue's dates says (words set apart by
 * spaces, each a date, a weekday or a lunar date): `lunar` when one is a
 * lunar date (`甲辰年十一月二十`, `2024年12月20日　农历十一月二十`), `dated`
 * when one is a date with its year (`2024年3月8日`, `2024年3月8日　星期五`,
 * `2024年3月8日（星期五）`),
 * else null (`3月8日` alone, a weekday alone, any other word: `2024年3月8日晚`).
 * A page's head or a masthead carries such a line; a report never opens on one.
 */
export function issueDateLine(norm: string): "lunar" | "dated" | null {
  const line = norm.trim();
  if (line.length === 0 || line.length > MASTHEAD_LINE_MAX || ISSUE_DATE_FIRST[line.charCodeAt(0)] !== 1) return null;
  let found: "lunar" | "dated" | null = null;
  for (const word of line.split(WORDS)) {
    if (GANZHI_DATE.test(word) || LUNAR.test(word)) found = "lunar";
    // `2024年3月8日(星期五)`: a weekday in brackets may be glued on.
    else if (DATE.test(withoutBracketedWeekday(word))) found ??= YEAR_DATE.test(word) ? "dated" : null;
    else if (!WEEKDAY.test(word)) return null;
  }
  return found;
}
/**
 * The characters an `issueDateLine` may open on, read off the first word's
 * patterns: a digit or a Chinese numeral (`DATE`), 中 or 民 (`民国`), 农
 * (`LUNAR`), a heavenly stem (`GANZHI_DATE`), 星, 周 or 礼 (`WEEKDAY`).
 */
const ISSUE_DATE_FIRST = charSet("0123456789〇零一二三四五六七八九十中民农甲乙丙丁戊己庚辛壬癸星周礼");
/** A date with its year: `2024年3月8日`, `2024-03-08`, `二〇二四年三月八日`, `民国113年10月16日`. */
const YEAR_DATE = /^(?:\d{4}[年.\-/]|[〇零一二三四五六七八九]{4}年|(?:中华)?民国)/;

/** What one word of a masthead line says (see `mastheadLine`). */
function mastheadWord(word: string): MastheadCue | null {
  if (PAPER_NAME.test(word) || MAGAZINE_NAME.test(word) || ORGAN.test(word)) return "name";
  if (GANZHI_DATE.test(word) || LUNAR.test(word) || ISSUE.test(word) || SERIAL_NUMBER.test(word)) return "strong";
  // `青川报`: a name on 报 may be a paper's (`PAPER`), or a word such as 海报 or 情报.
  if (DATE.test(word) || WEEKDAY.test(word) || PAPER.test(word)) return "weak";
  return null;
}
