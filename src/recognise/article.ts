/**
 * Recognise: turn a segmented article into the fields of an article record —
 * headline parts, dateline, bylines, event date, genre and figures.
 */
import type { ArticleRecord, Byline, Figure } from "../schema.js";
import type { ArticleDraft } from "../segment/segment.js";
import { isDocumentTitle, subheadText } from "../segment/subhead.js";
import { isSalutation } from "../reflow/reflow.js";
import type { Cues } from "../segment/cues.js";
import { splitHeadline } from "./headline.js";
import { BULLET_MARKS } from "../text/chars.js";
import { cartoonCredits, decideGenre } from "./genre.js";
import { addParagraphFigures, parseFigures, type FigureOptions } from "./figures/index.js";
import { isFigureLine } from "../segment/clause-box.js";
import { isFormFieldLine } from "../segment/classify.js";
import { BARE_NUMBER_CELL, cellSpans, columnUnits, measureCell, measureColumn } from "../text/table.js";

export type ArticleFields = Omit<ArticleRecord, "type" | "id" | "source">;

export interface RecogniseOptions {
  issueDate?: string;
  figures?: FigureOptions;
}

/** What the page around an article says of it. */
export interface PageContext {
  /** The section named by the page furniture before the article (`汨罗江·副刊`), if any. */
  section: string | null;
}

/** One entry per person and role: the same name credited twice (headline block and lead) counts once. */
function uniqueBylines(bylines: Byline[]): Byline[] {
  // An article has a few bylines: a scan of those kept beats a map keyed by a string made for each.
  const kept: Byline[] = [];
  next: for (const b of bylines) {
    for (let i = 0; i < kept.length; i++) {
      const before = kept[i]!;
      if (before.name !== b.name || before.role !== b.role) continue;
      if (b.photo && !before.photo) kept[i] = { ...before, photo: true };
      continue next;
    }
    kept.push(b);
  }
  return withoutEchoedAuthors(kept);
}

/**
 * The bylines without an author credit (no role word: a web meta line's
 * `作者：郑雅琴`) whose name is credited with a role too (`（记者 郑雅琴）`):
 * one person, named twice, whose role is the credit that says it. When the
 * echo is a picture credit (`（通讯员 钱宁）` … `钱宁摄` under the picture), the
 * person with the role took the picture: that entry is marked `photo`.
 */
function withoutEchoedAuthors(bylines: Byline[]): Byline[] {
  const echoed = (b: Byline): boolean => b.role === "author" && bylines.some((o) => o.role !== "author" && o.name === b.name);
  if (!bylines.some(echoed)) return bylines;
  const pictured = (b: Byline): boolean => bylines.some((o) => o.photo && echoed(o) && o.name === b.name);
  return bylines.filter((b) => !echoed(b)).map((b) => (!b.photo && pictured(b) ? { ...b, photo: true } : b));
}

/** The word for the writer in a picture credit (`（作者供图）`, `本文作者供图`): no name, but the article's own author. */
const THE_AUTHOR = /^(?:本文)?作者$/u;

/**
 * The bylines with a picture credit that names the writer by the word for him
 * (`（作者供图）`: a `source` named 作者) put on the article's author: he gave the
 * picture, so his byline is his picture's credit too (`photo`), as one person
 * credited for text and picture is. With no single author to give it to, the
 * credit names no one and is left out: 作者 is no name.
 */
function authorsPictures(bylines: Byline[]): Byline[] {
  const word = (b: Byline): boolean => b.role === "source" && b.photo && THE_AUTHOR.test(b.name);
  if (!bylines.some(word)) return bylines;
  const authors = bylines.filter((b) => b.role === "author" && !word(b));
  const given: Byline[] = authors.length === 1 ? [{ ...authors[0]!, photo: true }] : [];
  return bylines.flatMap((b) => (word(b) ? given : [b]));
}

/** A box's or column's label without the brackets or the bullet it may be set with: `【相关链接】` → `相关链接`, `■农技小贴士` → `农技小贴士`. */
export function boxLabel(text: string): string {
  return text.replace(LABEL_MARKS, "");
}
const LABEL_MARKS = new RegExp(`^(?:[${BULLET_MARKS}]\\s*)?[【\\[]?\\s*|\\s*[】\\]]$`, "g");

/**
 * The date of the event an article reports, when no dateline gives it: the
 * lead's (`findEventDate`). A lead that says when only vaguely (`眼下`,
 * `近日`) gives null. A lead that says nothing of when — a scene, a quote, a
 * one-line summary over the report — hands over to the paragraphs below it:
 * the first date there is the event's (`尽管事情已过去十多天…` over a
 * paragraph telling `6月15日，…`); a relative word there (`今天`) is not. When
 * no paragraph tells a date, the caption of a picture over the text or beside
 * its lead may: it shows the event (`图为8月16日，…`). One under the text does
 * not (records.md: the date is the dateline's or the lead's). A notice of
 * labelled lines (`项目名称：…` / `中标金额：…` / `公示期：6月3日至6月5日`, its
 * lead a form's field) hands over to none: its dates are its fields' values, a
 * period or a deadline, not an event it reports. Nor does a document printed
 * whole (`document`: its title a notice's, `干部任前公示`, `关于…的通知`) or a
 * code of clauses (its lead `第一条　…`): the dates below its lead are a
 * period's (`公示期为…至…`), a rule's or the code's own adoption, not an event
 * a report tells. A salutation (`各村民代表：`) opens a notice without being
 * its lead: the lead is the paragraph under it.
 */
function eventDate(
  paragraphs: ArticleDraft["paragraphs"],
  captions: ArticleDraft["captions"],
  cues: Cues,
  issueDate: string | undefined,
  document: boolean,
): string | null {
  const units = paragraphs.length > 1 && isSalutation(paragraphs[0]!.norm) ? paragraphs.slice(1) : paragraphs;
  const lead = units[0];
  if (lead === undefined) return null;
  let date = cues.eventDate(lead.text, issueDate, lead.norm);
  if (date !== null || cues.vagueTime(lead.text, lead.norm) || isFormFieldLine(lead.norm)) return date;
  if (document || CODE_CLAUSE.test(lead.norm)) return null;
  // Below the lead only a date counts: a relative word there (`写到今天的高铁站`) is no day of the event.
  for (let i = 1; date === null && i < units.length; i++) {
    date = reported(cues.eventDate(units[i]!.text, issueDate, units[i]!.norm, true), issueDate);
  }
  // Only a caption standing at the lead or above it: a picture under the text shows a scene of it, not when it happened.
  for (let i = 0; date === null && i < captions.length && captions[i]!.lineStart <= lead.lineStart; i++) {
    date = reported(cues.eventDate(captions[i]!.text, issueDate, captions[i]!.norm), issueDate);
  }
  return date;
}

/** A clause of a code, rules or regulations, numbered `第N条` (`第一条　全体村民应当…`, `第十二条 …`). */
const CODE_CLAUSE = /^第[一二三四五六七八九十百零〇\d]{1,4}条/;

/**
 * A date read below the lead, unless it falls after the issue date: a report
 * tells what has happened, so a later day there (`展期将持续至2025年2月28日`)
 * is a schedule, not the event. A date without a year comes here in the
 * issue's year when it would fall soon after the issue (`findEventDate` with
 * `absolute`: `高考成绩将于6月25日左右公布` read on 10 June), so it is
 * dropped too rather than put a year back.
 */
function reported(date: string | null, issueDate: string | undefined): string | null {
  return date !== null && issueDate !== undefined && date.length === issueDate.length && date > issueDate ? null : date;
}

export function recogniseArticle(draft: ArticleDraft, cues: Cues, options: RecogniseOptions, page: PageContext = { section: null }): ArticleFields {
  const headline =
    draft.givenTitle !== null
      ? { title: draft.givenTitle, kicker: null, subtitle: null }
      : splitHeadline(
          draft.headline.map((u) => u.text),
          draft.headline.map((u) => u.norm),
        );
  if (headline.kicker === null && draft.column !== null) headline.kicker = boxLabel(draft.column.text);
  const units = draft.paragraphs;
  const paragraphs = units.map((u) => u.text);
  const dateline = draft.lead?.dateline ?? null;
  // Under a cartoon's column word, the credit is the drawing's.
  const credits = cartoonCredits(headline, authorsPictures(draft.bylines), paragraphs);
  const bylines = uniqueBylines(credits);
  // A box's rows are no report: only its first row may tell the day (`10月17日（周五）`, over a programme).
  // An editor's note opening the article (`编者按：…今天我们刊发其中一封。`) tells when the paper ran the report: the lead is under it.
  const dated = draft.box ? units.slice(0, 1) : draft.editorsNote > 0 && units.length > draft.editorsNote ? units.slice(draft.editorsNote) : units;
  // A document's issue date under its headline stands where a dateline would.
  const document = headline.title !== null && isDocumentTitle(headline.title);
  const date = dateline?.date ?? draft.issued ?? eventDate(dated, draft.captionBody ? [] : draft.captions, cues, options.issueDate, document);
  const figures: Figure[] = [];
  // The units a table's header names for its columns (`项目　　金额（元）`, `序号　项目名称　投资额（亿元）　用地（亩）`),
  // for the rows under it while they go on.
  let columns: (string | null)[] | null = null;
  // The measure column a table's header names for the rows under it (`品名　　单位　　价格（元）`), while they go on.
  let measures: { index: number; cells: number } | null = null;
  for (let paragraph = 0; paragraph < units.length; paragraph++) {
    const before = figures.length;
    const unit = units[paragraph]!;
    addParagraphFigures(figures, paragraph, unit.text, options.figures, unit.norm);
    if (measures !== null && !dropMeasureCell(figures, before, unit.norm, measures)) measures = null;
    measures ??= measureColumn(unit.norm);
    if (columns !== null && addColumnFigures(figures, before, paragraph, unit, columns, options.figures)) continue;
    columns = columnUnits(unit.norm);
  }
  if (draft.box) captionSubjects(figures, units);
  return {
    // Read before merging: a reporter credited for the text and again for its picture wrote it.
    genre: decideGenre({
      headline,
      bylines: credits,
      dateline,
      signed: draft.signed,
      textAndPicture: draft.textAndPicture,
      authorNote: draft.authorNote,
      section: page.section,
      paragraphs,
      captionApart: draft.captions.length > 0 && !draft.captionBody,
    }),
    headline,
    dateline,
    date,
    bylines,
    subheads: draft.subheads.map((u) => subheadText(u.text)),
    paragraphs,
    figures,
  };
}

/**
 * What a data box's caption says its figure measures: the caption's words up
 * to its first clause mark (`常住人口城镇化率，比1978年…` → `常住人口城镇化率`,
 * `全市高新技术企业数量`), when they are a name's length. A sentence
 * (`地区生产总值从1952年的8.2亿元增长到…`) is no name. Read in the normalised
 * caption, where ，；：！？ are already , ; : ! ?.
 */
const CAPTION_SUBJECT = /^[^,;:。!?]{2,16}(?=[,;:。!?]|$)/;

/** What a table row's label may open on before the label proper: a part of the row above (`其中：土地流转租金`). */
const PART_OF = /^其中:\s*/;
/** A row number heading a table's row (`1`, `12`): the label is the cell after it. */
const ROW_NUMBER = /^\d{1,3}$/;

/**
 * The figures a table's row states in the columns whose header names a unit
 * (`columnUnits`: `序号　项目名称　投资额（亿元）　用地（亩）` over
 * `1　高性能碳纤维产业园　某新材料集团　52　380` → 52亿元 and 380亩; `项目　　金额（元）`
 * over `村干部报酬　　54,600.00`): each bare number cell (`BARE_NUMBER_CELL`)
 * read with its column's unit, as if written `52亿元`, its subject the row's
 * label (its first cell after a row number, without `其中：`). Columns are
 * matched from the right: a row's label may be a name spaced out, the number
 * cells stand last. The figure's text is the cell, from the label on when the
 * label stands right before it (`村干部报酬　　54,600.00`). A cell that a figure
 * of the paragraph's own text covers already (`8.2%`) is left to it. False
 * (nothing added) when no such cell is there: the rows under the header have ended.
 */
function addColumnFigures(
  figures: Figure[],
  from: number,
  paragraph: number,
  unit: { norm: string; text: string },
  columns: readonly (string | null)[],
  options: FigureOptions | undefined,
): boolean {
  const cells = cellSpans(unit.norm);
  if (cells.length < 2) return false;
  const label = ROW_NUMBER.test(unit.norm.slice(...cells[0]!)) ? 1 : 0;
  const labelCell = cells[label]!;
  const labelStart = labelCell[0] + (PART_OF.exec(unit.norm.slice(...labelCell))?.[0].length ?? 0);
  const subject = labelStart < labelCell[1] && !BARE_NUMBER_CELL.test(unit.norm.slice(...labelCell)) ? unit.text.slice(labelStart, labelCell[1]) : null;
  const added = figures.length;
  for (let k = 1; k <= Math.min(columns.length, cells.length - 1 - label); k++) {
    const column = columns[columns.length - k];
    const [start, end] = cells[cells.length - k]!;
    const cell = unit.norm.slice(start, end);
    if (column === null || column === undefined || !BARE_NUMBER_CELL.test(cell) || covered(figures, from, start, end)) continue;
    const read = parseFigures(cell + column, options)[0];
    if (read === undefined || read.span[0] !== 0 || read.span[1] !== cell.length + column.length) continue;
    // From the label on when it stands right before the cell and no figure of its own lies in it (`猪肉（后腿）500克`).
    const adjacent = subject !== null && cells.length - k === label + 1 && !covered(figures, from, labelStart, start);
    const textStart = adjacent ? labelStart : start;
    figures.push({
      text: unit.text.slice(textStart, end),
      kind: read.kind,
      value: read.value,
      max: read.max,
      unit: read.unit,
      qualifier: null,
      subject,
      change: null,
      paragraph,
      span: [textStart, end],
    });
  }
  if (figures.length === added) return false;
  // Cells are read from the right: the paragraph's figures in the order they stand.
  const row = figures.splice(from).sort((a, b) => a.span[0] - b.span[0]);
  figures.push(...row);
  return true;
}

/** True when one of `figures[from..]` overlaps `[start, end)`. */
function covered(figures: readonly Figure[], from: number, start: number, end: number): boolean {
  for (let i = from; i < figures.length; i++) if (figures[i]!.span[0] < end && figures[i]!.span[1] > start) return true;
  return false;
}

/**
/**
 * Drops the figures from `from` on that stand in a table row's measure cell
 * (`大白菜　　500克　　1.60` under `品名　　单位　　价格（元）`): the 500克 is what the
 * row's price is given per, as 每500克 is, no quantity the text states. False when
 * the paragraph is no table row: the table has ended.
 */
function dropMeasureCell(figures: Figure[], from: number, norm: string, column: { index: number; cells: number }): boolean {
  const cell = measureCell(norm, column);
  if (cell === null) return false;
  const [start, end] = cell;
  let kept = from;
  for (let i = from; i < figures.length; i++) {
    const figure = figures[i]!;
    const stop = figure.span[1];
    if (stop > start && stop <= end) continue;
    figures[kept++] = figure;
  }
  figures.length = kept;
  return true;
}

/**
 * In a box of figure lines over their captions (`56.8%` / `常住人口城镇化率，…`),
 * a figure that a line states alone, with no subject before it, measures
 * what the caption under it names (`CAPTION_SUBJECT`).
 */
function captionSubjects(figures: Figure[], units: readonly { norm: string; text: string }[]): void {
  for (const figure of figures) {
    if (figure.subject !== null) continue;
    const line = units[figure.paragraph];
    const caption = units[figure.paragraph + 1];
    if (line === undefined || caption === undefined || !isFigureLine(line.norm) || isFigureLine(caption.norm)) continue;
    const name = CAPTION_SUBJECT.exec(caption.norm);
    // Folding keeps length: the name stands at the same offsets in the caption as written.
    if (name !== null) figure.subject = caption.text.slice(0, name[0].length);
  }
}
