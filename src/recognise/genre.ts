/**
 * Genre: `photo` for photo news (a picture with a caption-length text,
 * credited only for the picture, no dateline), `commentary` for a signed
 * opinion piece (a bare signature under the headline, except on a literary
 * supplement's page or over a poem or a serial's instalment; a commentator's byline; a commentary column word in the
 * headline; a review's subtitle; or a closing note on who the author is),
 * else `news`.
 *
 * Words are read on the folded copy (`normaliseString`), so Traditional copy
 * (`社論`, `時評`, `評論員`) reads as Simplified does.
 */
import type { Byline, Dateline, Genre, Headline } from "../schema.js";
import { normaliseString } from "../normalise/normalise.js";
import { CHAPTER_HEADING } from "../text/numbering.js";

// Commentary words anywhere in a headline part: `人民时评`, `本报评论员` (by its 评论), `社论`, `…述评`,
// and reviews, which judge a work: `书评`, `影评`, `剧评`.
const COMMENTARY_WORDS = /评论|短评|时评|社论|社评|观察家|编者按|述评|书评|影评|剧评/;
/** A review's subtitle names the work it reads: `——读长篇小说《稻浪》`, `——观话剧《雷雨》有感`. */
const REVIEW_SUBTITLE = /^[—-]*(?:读|评|观|看)[^《]{0,8}《/;
/**
 * The section of a literary supplement (`副刊`, `文艺`, `文苑`, `诗歌`,
 * `汨罗江·副刊`): a bare signature there signs an essay, a poem or a story.
 */
const LITERARY_SECTION = /副刊|文艺|文学|文苑|散文|随笔|诗歌|诗苑|诗词/;
/**
 * A literary form named by a column word over the title (`散文`, `随笔`, `小小说`, a serial: `长篇连载`),
 * or a column of memoirs, which tell the past and argue nothing (`老照片`, `往事`, `记忆`, `忆旧`).
 */
const LITERARY_COLUMN = /^(?:散文|随笔|诗歌|新诗|小说|小小说|微小说|游记|美文|(?:长篇|中篇)?(?:小说)?连载|老照片|往事|旧事|忆旧|怀旧|记忆|回忆)$/;
/** Fewest lines of verse, and the longest line: a poem's lines are short and end no sentence. */
const VERSE_LINES_MIN = 3;
const VERSE_LINE_MAX = 16;
const VERSE_SENTENCE_MARK = /[。;]/;
/**
 * Words that name an opinion column only as the whole of a short part, at its
 * end (`观点`, `人民论坛`, `读者投书`, `名家专栏`): in a longer title they name
 * the news (`…论坛开幕`).
 */
const COLUMN_WORDS = /^[\u4e00-\u9fff]{0,6}(?:观点|论坛|专栏|投书|锐评|快评|热评|微评|杂谈)$/;
/**
 * An opinion column's label, the whole of the line over the title: an
 * issue's or an editor's opening word (`卷首语`, `刊首语`, `编者的话`,
 * `主编手记`), an editorial (`社论`), a short comment (`快评`, `微评`). Only
 * there: `编者的话` inside a title names what a report is about.
 */
const OPINION_LABEL = /^(?:卷首语|刊首语|编者的话|主编手记|社论|快评|微评)$/;

/**
 * Longest text read as a caption: photo news has a few sentences under its
 * picture (a photo story a few short paragraphs, some 300 characters).
 */
const CAPTION_TEXT_MAX = 400;

export interface GenreEvidence {
  headline: Headline;
  /** Every credit as found, one entry per credit: a person credited for the text and the picture stands twice. */
  bylines: Byline[];
  dateline: Dateline | null;
  /** Signed with a bare signature line under the headline. */
  signed: boolean;
  /** The body's paragraphs. */
  paragraphs: readonly string[];
  /** A caption stands apart from the body: the text is a report that a picture illustrates. */
  captionApart?: boolean;
  /** The text closed on a note on who its author is (`（作者为某大学教授）`, `（作者系…）`), cut off the body. */
  authorNote?: boolean;
  /** A credit said its names wrote the text and took the pictures (`本报记者 张华 文/图`). */
  textAndPicture?: boolean;
  /** The section of the page the text stands on (`汨罗江·副刊`), when a page record before it named one. */
  section?: string | null;
}

/**
 * True when the text is literature: it stands in a literary supplement's
 * section, or a column word over its title names a literary form.
 */
function isLiterary(section: string | null | undefined, kicker: string | null): boolean {
  return (section != null && LITERARY_SECTION.test(normaliseString(section))) || (kicker !== null && LITERARY_COLUMN.test(normaliseString(kicker)));
}

/**
 * True when the text's own form is literature, whatever page it stands on:
 * an instalment of a serial (a chapter's heading in its subtitle, `CHAPTER_HEADING`:
 * `第十八章　渡口`), or verse (three lines or more, each short and ending
 * no sentence: `一池的蛙鸣` / `把夏夜` / `泡得发软`). A signature there signs
 * a story or a poem, no opinion.
 */
function hasLiteraryForm(subtitle: string | null, paragraphs: readonly string[]): boolean {
  if (subtitle !== null && CHAPTER_HEADING.test(normaliseString(subtitle))) return true;
  if (paragraphs.length < VERSE_LINES_MIN) return false;
  return paragraphs.every((p) => p.length <= VERSE_LINE_MAX && !VERSE_SENTENCE_MARK.test(normaliseString(p)));
}

/**
 * True when a byline is the paper's commentator: named (`本报评论员 孔亮`, by
 * its label) or the pen name alone (`本报评论员`, its name).
 */
function isCommentator(b: Byline): boolean {
  return normaliseString(b.label ?? b.name).includes("评论员");
}

/** True when a headline part names a commentary column. */
function commentaryWords(part: string | null): boolean {
  if (part === null) return false;
  // Each part on its own: no word has a space in it, so none spans the parts joined by spaces.
  const folded = normaliseString(part);
  return COMMENTARY_WORDS.test(folded) || COLUMN_WORDS.test(folded);
}

/** The label of a chart's or drawing's maker: `制图`, `绘图`. */
const CHART_MAKER = /^(?:制图|绘图)$/;

/** True when a byline credits the maker of a chart (`制图：何晓彤`), not a photographer. */
function isChartMaker(b: Byline): boolean {
  return b.label !== null && CHART_MAKER.test(normaliseString(b.label));
}

/** True when the body is no longer than a picture's caption. */
function captionLength(paragraphs: readonly string[]): boolean {
  let length = 0;
  for (const p of paragraphs) length += p.length;
  return length <= CAPTION_TEXT_MAX;
}

export function decideGenre(e: GenreEvidence): Genre {
  const { kicker, title, subtitle } = e.headline;
  // A report filed under a dateline is news whatever its headline names
  // (`全省网络评论工作会议召开`, `文艺评论家协会成立`): opinion pieces carry none.
  const headlineSaysCommentary =
    e.dateline === null &&
    (commentaryWords(kicker) || commentaryWords(title) || commentaryWords(subtitle) || (kicker !== null && OPINION_LABEL.test(normaliseString(kicker.trim()))));
  // `（作者为某大学教授）` closes an opinion piece; a report under a dateline is news whatever it closes on.
  const noteSaysCommentary = e.dateline === null && e.authorNote === true;
  // `——读长篇小说《稻浪》`: a review.
  const review = e.dateline === null && subtitle !== null && REVIEW_SUBTITLE.test(normaliseString(subtitle));
  // A bare signature signs opinion, except in literature: an essay or a poem on a
  // supplement page is signed alike (`□　李秋云`) and states no opinion.
  const signedOpinion = e.signed && !isLiterary(e.section, kicker) && !hasLiteraryForm(subtitle, e.paragraphs);
  if (signedOpinion || headlineSaysCommentary || noteSaysCommentary || review || e.bylines.some(isCommentator)) {
    return "commentary";
  }
  // Photo news: a caption under a picture, every credit a picture credit
  // (`朱海鹏摄`, `视觉中国供图`). A long text whose reporter also took its
  // picture, or a text set apart from its picture's caption, is news.
  if (e.dateline !== null || e.bylines.length === 0 || e.captionApart === true || !captionLength(e.paragraphs)) return "news";
  if (!e.bylines.every((b) => b.photo)) return "news";
  // A chart's maker (`制图：何晓彤`) credits a data box, no picture with its caption.
  if (e.bylines.every(isChartMaker)) return "news";
  // Credited only by an organisation (`（视觉中国供图）`, `（企业供图）`), a
  // text is photo news only when it is one short caption: a report of
  // several paragraphs with a supplied picture is news. A photographer's own
  // credit may stand under a photo story of a few short paragraphs; a
  // credit for the text and the pictures (`文/图`) says the named wrote a
  // report, unless the text is one short caption.
  const own = e.bylines.some((b) => b.role !== "source") && e.textAndPicture !== true;
  return own || (e.paragraphs.length === 1 && (e.paragraphs[0]?.length ?? 0) <= SOURCE_CAPTION_MAX) ? "photo" : "news";
}

/**
 * A cartoon's column word, the whole of the line over its title or the title
 * itself (`漫画`, `漫画天地`, `时事漫画`, `一周漫画`, `漫评`): what stands under it
 * is a drawing with its caption.
 */
const CARTOON_COLUMN = /^(?:[\u4e00-\u9fff]{0,4}漫画(?:天地|角|廊|园地)?|漫评|漫说)$/;

/**
 * The bylines of a cartoon (`CARTOON_COLUMN` over or as its title) with a
 * caption-length text: whoever it credits, a person (`（作者　方　舟）`, `方舟 作`),
 * drew the picture, so the credit is a picture credit (`photo`), as `摄` marks
 * one under a photo. Any other article's bylines are returned as they are.
 */
export function cartoonCredits(headline: Headline, bylines: Byline[], paragraphs: readonly string[]): Byline[] {
  const column = (part: string | null): boolean => part !== null && CARTOON_COLUMN.test(normaliseString(part));
  if (!(column(headline.kicker) || column(headline.title)) || !captionLength(paragraphs)) return bylines;
  const drew = (b: Byline): boolean => !b.photo && b.role !== "editor" && b.role !== "source";
  return bylines.some(drew) ? bylines.map((b) => (drew(b) ? { ...b, photo: true } : b)) : bylines;
}

/** Longest caption of photo news credited only by an organisation. */
const SOURCE_CAPTION_MAX = 150;
