/**
 * Segment: cut a page's units into articles and page furniture.
 *
 * A page is read top to bottom as a sequence of units (logical lines after
 * reflow), each classified by what it looks like (classify.ts). Headline
 * blocks open articles; credit lines after a headline sign them; body units
 * fill them; a photo credit or a credit glued to the end of a paragraph closes
 * them; staff lines with their section name become page furniture. A
 * headline-like unit inside a running article is a subhead when the page's
 * layout or the article's own words say so (subhead.ts).
 */
import type { Byline, Staff } from "../schema.js";
import type { Diagnostic } from "../diagnostics.js";
import { sliceUnit, type Unit } from "../reflow/reflow.js";
import { creditsTextAndPicture, opensAsCaption } from "../text/captions.js";
import { BULLET_MARKS, SENTENCE_MARK } from "../text/chars.js";
import { editorBylines, hasTrailingPhotoCredit, hasTrailingSignature, type CreditLineMatch, type Cues, type LeadMatch } from "./cues.js";
import { cellsOf } from "../text/table.js";
import { CAPTION_MAX, classifyUnits, EDITORS_NOTE_START, isHeadlineMaterial, isPhotoCredit, jumpSuffixAt, nextText, touches, type Classified } from "./classify.js";
import { bracketedLabelAhead, decideSubhead, isBracketedLabel, isBracketedLabelSection, isNumbered, isStackedSubhead, joinStackedSubhead, unsignedTextEnd } from "./subhead.js";
import { CHAPTER_HEADING, CHAPTER_NUMERALS, headingNumber, sameKind, type HeadingNumber } from "../text/numbering.js";
import { clauseBox, timeRowRun } from "./clause-box.js";
import { creditsPictureInside } from "./wechat.js";
import { findJump, jumpSource, jumpTarget, pageNumberOf, type Jump } from "./jumps.js";
import { endsSentence } from "../reflow/reflow.js";
import { isBreadcrumb, isMetaLine, isOriginalTitleLine, isRepeatedTitle, titleKey, webFootBylines, withoutOriginalTitleLabel } from "./web-header.js";

/** An article as segmentation leaves it: units sorted into their roles. */
export interface ArticleDraft {
  kind: "article";
  /** Headline lines, top to bottom (kicker, title, subtitle). */
  headline: Unit[];
  /** A title the input format gave (SogouCS `<contenttitle>`), used instead of `headline`. */
  givenTitle: string | null;
  /** The label of the box or brief column the article heads (`记者手记`, `相关链接`, `法院快讯`): its kicker when the headline has none. */
  column: Unit | null;
  /** Bylines from credit lines, captions and trailing credits, in reading order. */
  bylines: Byline[];
  /** True when the article is signed by a bare signature line (commentary). */
  signed: boolean;
  /** A credit said its names wrote the text and took the pictures (`文/图`, `文/摄`): see `decideGenre`. */
  textAndPicture: boolean;
  /** The text closed on a note on who its author is (`（作者为某大学教授）`), cut off the body. */
  authorNote: boolean;
  /** The dateline/credit found at the start of the first paragraph. */
  lead: LeadMatch | null;
  /** The last paragraph ended on a credit (`…。（记者 王五）`): the article is done; a heading after it opens another. */
  creditedEnd: boolean;
  /** A column of bulleted briefs, each signed (`●…。（周　涛）`): only the items' signatures sign it so far (see `itemSigning`). */
  signedItems: boolean;
  /** Body paragraphs (lead prefix and trailing credits already cut off). */
  paragraphs: Unit[];
  subheads: Unit[];
  /** Picture captions, without their credits. */
  captions: Unit[];
  /**
   * Bracketed remarks (`（活动安排如有调整，以主办方公告为准）`) under a block with no
   * paragraph yet: text, but no paragraph of a report. Kept so that a block
   * that ends as page matter (a headline with no text under it) keeps them.
   */
  remarks: Unit[];
  /**
   * The credit lines read into the draft (its bylines, its issued date): kept
   * so that a block that ends as page matter gives back every line it took
   * (`海报` / `2024年3月8日` with no text under them).
   */
  creditLines: Unit[];
  /** The captions are the body: photo news, whose only text is its caption. */
  captionBody: boolean;
  /** The article is a titled box (a table, a programme): its paragraphs are rows, which tell no event but the first (see `titledBox`). */
  box: boolean;
  /**
   * The article opens with a preface to its report: an editor's note (编者按), or its
   * picture's caption and credit under its headline (`小巷里的“微花园”` / caption /
   * `通讯员 刘子墨　摄` / `本报讯（通讯员 段　婷）…`). The report under it, dateline
   * and all, is the same article.
   */
  preface: boolean;
  /**
   * How many of the first paragraphs are an editor's note (`编者按：…`) that
   * introduces the report: they tell when the paper ran it, not when the
   * event was, and the paragraph under them is the lead.
   */
  editorsNote: number;
  /** The date the document was issued, from a date line under its headline (`（2024年2月28日）`), resolved; else null. */
  issued: string | null;
  lineStart: number;
  lineEnd: number;
}

/** Page furniture: section name, page number, staff line. */
export interface PageDraft {
  kind: "page";
  units: Unit[];
  section: string | null;
  staff: Staff[];
  lineStart: number;
  lineEnd: number;
}

export type Draft = ArticleDraft | PageDraft;

export interface SegmentOptions {
  /** The document indents its body paragraphs. */
  indentedParagraphs: boolean;
  /** The document is hard-wrapped at a column's width (`detectWrap`): blank lines part its blocks. */
  wrapped?: boolean;
  issueDate?: string;
  /** A title the input format already gives (SogouCS `<contenttitle>`): the whole input is one article. */
  title?: string;
}

export interface Segmentation {
  drafts: Draft[];
  diagnostics: Diagnostic[];
}

function newArticle(headline: Unit[]): ArticleDraft {
  const first = headline[0];
  return {
    kind: "article",
    headline,
    givenTitle: null,
    column: null,
    bylines: [],
    signed: false,
    textAndPicture: false,
    authorNote: false,
    creditedEnd: false,
    signedItems: false,
    lead: null,
    paragraphs: [],
    subheads: [],
    captions: [],
    remarks: [],
    creditLines: [],
    captionBody: false,
    box: false,
    preface: false,
    editorsNote: 0,
    issued: null,
    lineStart: first?.lineStart ?? 0,
    lineEnd: first?.lineEnd ?? 0,
  };
}

function extend(draft: ArticleDraft | PageDraft, unit: Unit): void {
  if (draft.lineStart === 0 || unit.lineStart < draft.lineStart) draft.lineStart = unit.lineStart;
  if (unit.lineEnd > draft.lineEnd) draft.lineEnd = unit.lineEnd;
}

/** Segments a document's units into article and page drafts. */
export function segment(units: Unit[], cues: Cues, options: SegmentOptions): Segmentation {
  const diagnostics: Diagnostic[] = [];
  const items = classifyUnits(units, cues, options.issueDate, options.indentedParagraphs);
  const drafts: Draft[] = [];
  // Mutated by the helpers below; kept in one object so TypeScript sees the changes.
  // `label`: a column's or box's label waiting for what it heads.
  // `byPicture`: what closed the article is a picture's credit, which may stand inside it.
  const state: { current: ArticleDraft | null; closed: boolean; byPicture: boolean; label: Classified | null } = {
    current: null,
    closed: false,
    byPicture: false,
    label: null,
  };
  const close = (byPicture: boolean): void => {
    state.closed = true;
    state.byPicture = byPicture;
  };
  /** The article still running (open, under no pending label); with `withText`, only one that has a paragraph. */
  const runningArticle = (withText = false): ArticleDraft | null =>
    state.current !== null && !state.closed && state.label === null && (!withText || state.current.paragraphs.length > 0) ? state.current : null;

  // Notes met before any article (a column label over the first headline)
  // belong to the article that comes next.
  const pending: Unit[] = [];
  // The credits of a meta line met before the headline it heads.
  const pendingBylines: Byline[] = [];
  // An editor's note set over the headline of the article it introduces (`editorsNoteAhead`): that article's first paragraphs.
  const notesAhead: Classified[] = [];
  const open = (headline: Unit[]): ArticleDraft => {
    const draft = newArticle(headline);
    for (const unit of pending) extend(draft, unit);
    pending.length = 0;
    draft.bylines.push(...pendingBylines);
    pendingBylines.length = 0;
    const label = state.label;
    state.label = null;
    if (label) {
      extend(draft, label.unit);
      // A box's label (`记者手记`) and a column's (`法院快讯`) over a headline
      // are its kicker: the column's first brief carries its name.
      draft.column = label.unit;
    }
    drafts.push(draft);
    if (pageNo !== null) pages.set(draft, pageNo);
    state.current = draft;
    state.closed = false;
    if (notesAhead.length > 0) {
      draft.preface = true;
      for (const note of notesAhead) addBody(draft, note);
      draft.editorsNote = draft.paragraphs.length;
      notesAhead.length = 0;
    }
    return draft;
  };
  /** True when the article opened last stands under its headline with no text yet: an editor's note there is its preface. */
  const awaitsText = (): boolean => runningArticle()?.paragraphs.length === 0;
  /**
   * Holds the editor's note from `at` (its label line, its paragraphs) for the
   * headline at `headline` that it stands over: the note opens that article,
   * and closes what came before it. Returns the index of the last item held.
   */
  const holdNoteAhead = (at: number, headline: number): number => {
    for (let k = at; k < headline; k++) {
      const note = items[k]!;
      if (note.kind === "body") notesAhead.push(note);
      else pending.push(note.unit);
    }
    close(false);
    return headline - 1;
  };

  // Articles a jump note sent on (`（下转第二版）`), waiting for their rest (`（上接第一版）…`); the page being read, when a page number said.
  const jumps: Jump<ArticleDraft>[] = [];
  let pageNo: number | null = null;
  // A jump-from note on a line of its own (`（上接第一版）`): the page the text under it came from.
  let cameFrom: number | null = null;
  /** Notes that `draft` goes on on another page, as the jump note `norm` (a paragraph's end, or a line) says. */
  const sentOn = (draft: ArticleDraft, norm: string): void => {
    const to = jumpTarget(norm);
    if (to !== null && !jumps.some((j) => j.draft === draft)) jumps.push({ draft, to, from: pages.get(draft) ?? null });
  };
  // The page each article opened on, where a page number was read before it.
  const pages = new Map<ArticleDraft, number>();

  const addBody = (draft: ArticleDraft, item: Classified): void => {
    let unit = takeLeadLabel(draft, takeLead(draft, item));
    extend(draft, item.unit);
    let trailing = itemSigning(cues.trailingCredit(unit.text), draft, unit);
    draft.creditedEnd = trailing !== null;
    let picture = false;
    if (keepsNoteAsText(draft, trailing?.note)) trailing = null;
    if (trailing) {
      markTextAndPicture(draft, unit.norm.slice(trailing.body.length));
      unit = sliceUnit(unit, 0, trailing.body.length);
      unit = withoutSignedItemBullet(draft, unit, trailing);
      draft.bylines.push(...trailing.bylines);
      picture = trailing.bylines.some((b) => b.photo);
      if (trailing.authorNote === true) draft.authorNote = true;
    }
    // A jump note closing the paragraph (`…（下转第3版）`, `…其他事项　详见第3版`) is no text of it.
    const jump = jumpSuffixAt(unit.norm);
    if (jump >= 0) {
      sentOn(draft, unit.norm.slice(jump));
      unit = sliceUnit(unit, 0, jump);
    }
    if (unit.text.length > 0) draft.paragraphs.push(unit);
    if (picture) close(!isPhotoNews(draft));
  };

  // A bracketed line under an article is its source or helpers' credit, set on a
  // line of its own: read as the tail after the article's last sentence would be.
  const endNote = (item: Classified): void => {
    const unit = item.unit;
    const draft = state.current;
    if (draft === null) {
      pending.push(unit);
      return;
    }
    const credit = lineTail(cues, unit.text);
    // `（活动安排如有调整，以主办方公告为准）` under a body: a remark in brackets, no credit; the last paragraph.
    // Under a block with no paragraph (a list read as headline lines), kept aside with it.
    if (credit === null && isBracketedRemark(unit.norm)) {
      if (draft.paragraphs.length > 0) addBody(draft, item);
      else {
        extend(draft, unit);
        draft.remarks.push(unit);
      }
      close(false);
      return;
    }
    // A note on who the author is that names no one labels the signer; with no signer at all, it stays the text's last paragraph.
    if (keepsNoteAsText(draft, credit?.note)) {
      draft.authorNote = true;
      addBody(draft, item);
      close(false);
      return;
    }
    extend(draft, unit);
    // A bracketed signature (`（陈林）`, `（金时）`) signs only an article no credit has signed yet (`signing`).
    draft.bylines.push(...(signing(credit, draft)?.bylines ?? []));
    if (credit?.authorNote === true) draft.authorNote = true;
    close(false);
  };

  /** Opens the article that a waiting label heads when text comes with no headline: the label is its title. */
  const openLabelled = (): ArticleDraft | null => {
    const label = state.label;
    if (label === null) return null;
    state.label = null;
    return open([label.unit]);
  };

  /**
   * Reads the box of clause lines (`clauseBox`) that the headline item at `at`
   * titles, or the untitled rows of a timeline or programme there
   * (`timeRowRun`) under a running report; returns the index of the item after
   * them, 0 when there is none. A titled box set a blank line under the
   * report is an article of its own, its title the headline, its rows the
   * paragraphs and its groups' labels the subheads; set right under the
   * report's last paragraph, it is the report's, as a titled table is
   * (`titledBox`, which is asked first). Untitled rows are the running report's.
   */
  const takeClauseBox = (at: number, block: readonly Unit[]): number => {
    const running = runningArticle(true);
    const rows = timeRowRun(items, at);
    if (rows > 0) {
      if (running === null) return 0;
      for (let k = at; k < at + rows; k++) {
        running.paragraphs.push(items[k]!.unit);
        extend(running, items[k]!.unit);
      }
      return at + rows;
    }
    if (titledBox(block, items, at) !== null) return 0;
    const box = clauseBox(items, at);
    if (box === null) return 0;
    const title = items[at]!;
    const above = items[at - 1];
    const inside = running !== null && above !== undefined && above.kind === "body" && touches(above, title);
    const host = inside ? running : open([title.unit]);
    if (inside) host.paragraphs.push(title.unit);
    else host.box = true;
    extend(host, title.unit);
    for (let k = at + 1; k < box.end; k++) {
      const unit = items[k]!.unit;
      if (box.labels.includes(k)) host.subheads.push(unit);
      else host.paragraphs.push(unit);
      extend(host, unit);
    }
    return box.end;
  };

  // The last photo news read as a credit over its caption (`opensCaptionPhoto`): the page sets its credits so.
  let creditedAbove: ArticleDraft | null = null;
  /**
   * True when the credit lines from `at` to `next` stand over a picture's
   * untitled caption (`captionsUnderCredits`), not under the text above them:
   * a blank line above them, where a paragraph that ended its sentence (or
   * its signature) closed the article; or right under the caption of the
   * last photo credited so, as a page sets all its credits alike.
   */
  const opensCaptionPhoto = (at: number, next: number): boolean => {
    const above = items[at - 1];
    const current = state.current;
    if (above?.kind !== "body" || current === null || !items.slice(at, next).every(isPhotoCredit)) return false;
    const closedAbove = current === creditedAbove && state.closed;
    const last = current.paragraphs.at(-1);
    // A blank line between: not a credit cut off the end of the line above (`…。　　记者　李　四　摄`).
    const endedAbove = items[at]!.unit.lineStart > above.unit.lineEnd + 1 && last !== undefined && (current.creditedEnd || endsSentence(last.norm));
    return (closedAbove || endedAbove) && captionsUnderCredits(items, at);
  };

  const signedBlocks = countSignedBlocks(items);
  const signedPage = isSignedPage(signedBlocks);
  const allSignedPage = !signedPage && isAllSignedPage(signedBlocks);
  const trailingPhotoCredit = (text: string): boolean => hasTrailingPhotoCredit(cues, text);
  const trailingSignature = (text: string): boolean => hasTrailingSignature(cues, text);

  if (options.title !== undefined) {
    return { drafts: [singleArticle(items, options.title, cues)], diagnostics };
  }

  /**
   * The rest of an article from another page, opening on its jump-from note
   * (`（上接第一版）实现了增产丰收，…`, the note cut off): the text of the article
   * sent on to this page (`findJump`), its cut paragraph joined again; with
   * none, a fragment of its own. Never the text of the article above it.
   */
  const resume = (item: Classified, from: number): void => {
    const found = findJump(jumps, from, pageNo);
    if (found === null) {
      addBody(open([]), { ...item, kind: "body" });
      return;
    }
    jumps.splice(jumps.indexOf(found), 1);
    const draft = found.draft;
    state.current = draft;
    state.closed = false;
    const last = draft.paragraphs.at(-1);
    if (last === undefined || endsSentence(last.norm)) {
      addBody(draft, { kind: "body", unit: item.unit });
      return;
    }
    // The note cut a sentence: the paragraph goes on in the rest.
    draft.paragraphs.pop();
    const unit: Unit = { ...last, text: last.text + item.unit.text, norm: last.norm + item.unit.norm, lineEnd: item.unit.lineEnd, joins: last.joins + item.unit.joins + 1 };
    addBody(draft, { kind: "body", unit });
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const from = item.jumpFrom ?? cameFrom;
    if (item.kind !== "note") cameFrom = null;
    if (from !== null && (item.kind === "body" || item.kind === "headline") && item.lead === undefined) {
      resume(item, from);
      continue;
    }
    switch (item.kind) {
      case "furniture": {
        const page = takeFurniture(items, i);
        for (let k = i; k < page.next; k++) if (items[k]!.pageNumber === true) pageNo = pageNumberOf(items[k]!.unit.norm) ?? pageNo;
        const running = runningArticle();
        if (running !== null && isPageBreakInside(running, items, i, page.next)) {
          // The page broke inside the article: its page number is no text of it, and the article goes on.
          for (const unit of page.draft.units) extend(running, unit);
          i = page.next - 1;
          break;
        }
        drafts.push(page.draft);
        i = page.next - 1;
        close(false);
        break;
      }
      case "headline": {
        const block = takeHeadlineBlock(items, i);
        // `一、综合` under a headline opens the first section of its article when `二、…` follows: never the title.
        // So does `项目概况` a blank line under a notice's headline (`labelsSection`): its first section's label, no subtitle.
        const n = block.units.length;
        if (n > 1 && (opensSeries(items, block.next - 1) || labelsSection(block.units[n - 2]!, items, block.next - 1) || opensLabelledSections(block.units[n - 1]!, items, block.next))) {
          block.units.pop();
          block.next--;
        }
        const head = state.current;
        const headTitle = head?.headline.at(-1);
        // One line under an article's headline, no text yet: perhaps the headline's own.
        const underHeadline = head !== null && awaitsText() && headTitle !== undefined && block.units.length === 1;
        if (underHeadline && (opensSeries(items, i) || opensSectionsUnderSubtitle(head, items, i) || labelsSection(headTitle, items, i) || isBracketedLabelSection(item.unit.norm, head, items, i + 1))) {
          head.subheads.push(item.unit);
          extend(head, item.unit);
          break;
        }
        if (underHeadline && head.bylines.length > 0 && headsInstalment(items, i)) {
          // A serial's chapter under its headline and byline (`长篇连载` / `湘江北去` / `□　罗　阳` / `第十八章　渡口`): the headline's last line.
          if (head.headline.length < 3) head.headline.push(item.unit);
          else head.subheads.push(item.unit);
          extend(head, item.unit);
          break;
        }
        const next = items[block.next];
        const article: ArticleDraft | null = state.current;
        if (article && !state.closed && article.paragraphs.length > 0 && isCaptionOfArticle(items, i, block.next)) {
          // The caption of the article's picture, its credit under it (`改造后的城东公园` / `记者 张三 摄`).
          article.captions.push(item.unit);
          extend(article, item.unit);
          break;
        }
        // A box of clause lines (`大事记` / `1949年10月　衡阳解放` / …), or a
        // programme's rows with no title under a report: content, one row a paragraph.
        const clause = takeClauseBox(i, block.units);
        if (clause > 0) {
          i = clause - 1;
          break;
        }
        const subheadContext = article && {
          article,
          next,
          items,
          nextIndex: block.next,
          options,
          trailingPhotoCredit,
          trailingSignature,
          signedPage,
          allSignedPage,
        };
        // A heading under a column's label opens an article; so does one after a paragraph that ended on its credit.
        const fresh = state.closed || state.label !== null || article?.creditedEnd === true;
        const decision = subheadContext && !fresh && block.units.length === 1 ? decideSubhead(block.units[0]!, subheadContext) : null;
        if (decision?.weak) {
          diagnostics.push({
            level: "info",
            code: decision.subhead ? "uncertain-subhead" : "uncertain-boundary",
            message: `no byline, dateline or echo of the article around “${block.units[0]!.text}”: taken for ${decision.subhead ? "a subhead" : "a new article"}`,
            line: block.units[0]!.lineStart,
          });
        }
        if (article && decision?.subhead) {
          article.subheads.push(block.units[0]!);
          extend(article, block.units[0]!);
          i = block.next - 1;
          break;
        }
        // A two-line heading inside a feature (`合作社+农户` / `抱团闯市场` / text): one subhead, its lines joined.
        if (article && subheadContext && !fresh && isStackedSubhead(block.units, subheadContext)) {
          const subhead = joinStackedSubhead(block.units);
          article.subheads.push(subhead);
          extend(article, subhead);
          i = block.next - 1;
          break;
        }
        // A titled box (`施工期间公交线路调整一览` / `105路　　改经枫林二路　　9月6日起` / …)
        // heading no text: its title heads its rows, which are its body. Right
        // under a running report's last paragraph, the box is the report's.
        const box = titledBox(block.units, items, i);
        if (box !== null) {
          const units = block.units.slice(0, box.end);
          const running = runningArticle(true);
          const host = box.inside && running !== null ? running : open([units[0]!]);
          if (host !== running) host.box = true;
          for (const unit of host === running ? units : units.slice(1)) {
            host.paragraphs.push(unit);
            extend(host, unit);
          }
          extend(host, units[0]!);
          i += box.end - 1;
          break;
        }
        // Verse signed at its foot (`蝉` / blank / `整个夏天` / `它只说一句话` / … / blank /
        // `□　何　川`): its title opens the poem, its lines are the text; lines above
        // the title end the piece before it.
        const verse = verseTitle(block.units, items, block.next);
        if (verse >= 0) {
          if (verse > 0) {
            const host = runningArticle() ?? state.current ?? open([]);
            for (const unit of block.units.slice(0, verse)) {
              host.paragraphs.push(unit);
              extend(host, unit);
            }
          }
          const poem = open([block.units[verse]!]);
          extend(poem, block.units[verse]!);
          for (const unit of block.units.slice(verse + 1)) {
            poem.paragraphs.push(unit);
            extend(poem, unit);
          }
          i = block.next - 1;
          break;
        }
        // A run of more than three headline-like lines: the last three are the
        // headline block, the earlier ones are short paragraphs of what came
        // before; so are the lines of a stanza or a list that the block's last
        // lines stand a blank line under (`stanzaEnd`).
        const extra = Math.max(headlineTop(block.units), stanzaEnd(block.units, items[i - 1], items[block.next]));
        if (extra > 0) {
          const host = state.current ?? open([]);
          for (const unit of block.units.slice(0, extra)) {
            host.paragraphs.push(unit);
            extend(host, unit);
          }
          diagnostics.push({
            level: "info",
            code: "long-headline-run",
            message: `${block.units.length} headline-like lines in a row; the last ${block.units.length - extra} were taken as the headline`,
            line: block.units[0]!.lineStart,
          });
        }
        const headline = extra > 0 ? block.units.slice(extra) : block.units; // a list of its own
        const draft = open(headline);
        for (const unit of headline) extend(draft, unit);
        i = block.next - 1;
        if (headline.length < 3 && isSubtitleLine(items, block.next, options.indentedParagraphs)) {
          headline.push(items[block.next]!.unit);
          extend(draft, items[block.next]!.unit);
          i = block.next;
        }
        break;
      }
      case "credit": {
        const block = takeCreditBlock(items, i);
        if (opensCaptionPhoto(i, block.next)) {
          // A picture's credit over its untitled caption (blank / `通讯员　周　勤　摄` / `11月5日，…。`):
          // photo news of its own, whatever the article above closed on.
          const photo = open([]);
          photo.bylines.push(...cues.creditBlock(block.units.map((u) => u.text), block.items.map((x) => x.credit)));
          for (const unit of block.units) extend(photo, unit);
          photo.creditLines.push(...block.units);
          addBody(photo, items[block.next]!);
          close(false);
          creditedAbove = photo;
          i = block.next;
          break;
        }
        // Lines already parsed bring their bylines; the others are read together, as a block.
        const parsed: Byline[] = [];
        const lines: string[] = [];
        // A credit item that is not `parsed` holds the `creditLine` answer for its text.
        const matches: (CreditLineMatch | undefined)[] = [];
        for (const x of block.items) {
          if (!x.parsed) {
            lines.push(x.unit.text);
            matches.push(x.credit);
          } else if (x.credit) parsed.push(...x.credit.bylines);
        }
        const read = lines.length > 0 ? cues.creditBlock(lines, matches) : [];
        const draft: ArticleDraft = openLabelled() ?? state.current ?? open([]);
        for (const x of block.items) if (x.issued) draft.issued ??= cues.eventDate(x.unit.text, options.issueDate, x.unit.norm);
        // Under the editor's note that opens an article, a credit signs the report below it (`编者按：…` / `李晓东` / text).
        const beforeBody = draft.paragraphs.length === 0 || (draft.preface && draft.lead === null && draft.paragraphs.length === 1);
        draft.bylines.push(...read, ...parsed);
        if (beforeBody && block.kinds.every((k) => k === "signature")) draft.signed = true;
        // `本报评论员` closing the text signs it as the paper's opinion, as it does under the headline.
        if (!beforeBody && block.items.every((x) => x.voice === true)) draft.signed = true;
        for (const unit of block.units) markTextAndPicture(draft, unit.norm);
        for (const unit of block.units) extend(draft, unit);
        draft.creditLines.push(...block.units);
        // A credit after the body ends the article: pictures are credited at the
        // foot. Under a caption, or crediting a picture inside the text
        // (`creditsPictureInside`), it credits that picture, which may stand
        // inside the article, between two of its paragraphs.
        if (!beforeBody && !creditsPictureInside(items, i)) close(block.items.every(isPhotoCredit) && !isPhotoNews(draft));
        i = block.next - 1;
        break;
      }
      case "note": {
        if (item.note === "editor") {
          // Over the headline of the article it introduces (`editorsNoteAhead`): that article's first paragraphs.
          const headline = awaitsText() ? -1 : editorsNoteAhead(items, i);
          if (headline > 0) {
            i = holdNoteAhead(i, headline);
            break;
          }
          // `编者按` on a line of its own: the note under it introduces the report.
          const draft = state.current && !state.closed && state.current.paragraphs.length === 0 ? state.current : open([]);
          extend(draft, item.unit);
          draft.preface = true;
          if (draft.paragraphs.length === 0 && isUnsignedText(items[i + 1])) draft.editorsNote = 1;
          break;
        }
        if (item.note === "endnote") {
          // A bracketed line closes the article only where the article ends:
          // before a headline, page furniture or the end of the text. Under a
          // headline it names the source (`（綜合報導）`); in the body it is the
          // body's (`（陳大文說，他已經等了3年。）`).
          const next = items[i + 1];
          const draft = state.current;
          if (next?.kind === "body" && draft !== null && !state.closed) {
            // Between paragraphs a credit (`（市统计局提供）` under a table) credits the article, and is no text of it.
            const credited = lineCredit(cues, item.unit.text);
            if (draft.paragraphs.length === 0 || credited.length > 0) {
              extend(draft, item.unit);
              draft.bylines.push(...credited);
            } else addBody(draft, item);
            break;
          }
          endNote(item);
          break;
        }
        // A column's or box's label heads what comes next.
        if (item.note === "column" || item.note === "box") {
          // Two labels in a row (`法院快讯` / `新闻链接`): the lower heads what comes
          // next; the upper heads nothing of its own and is kept as page matter, as
          // a column's label over a brief with a kicker of its own is (no line vanishes).
          if (state.label) drafts.push(labelPage(state.label.unit));
          state.label = item;
          break;
        }
        // A crawled page's meta line (`发布时间：… 作者：张三 来源：…`) under a
        // headline, or above one, is that article's header: its credit fields
        // sign it, as in one article. One under a running text is left alone.
        if (item.note === "web" && isMetaLine(item.unit.norm)) {
          const running = state.current !== null && !state.closed ? state.current : null;
          if (running === null) pendingBylines.push(...metaBylines(item.unit, cues));
          else if (running.paragraphs.length === 0) running.bylines.push(...metaBylines(item.unit, cues));
        }
        // Belongs to the article it stands in; an end mark closes it. A crawled
        // page's breadcrumb heads the article under it; its other chrome under a
        // closed article (share buttons, `上一篇：…`, related links) is that article's foot.
        // A jump note on a line of its own: where the text above goes on, or where the text below came from.
        if (item.note === "jump") {
          if (state.current !== null && !state.closed) sentOn(state.current, item.unit.norm);
          cameFrom = jumpSource(item.unit.norm)?.page ?? null;
        }
        const breadcrumb = item.note === "web" && isBreadcrumb(item.unit.norm);
        if (state.current && !breadcrumb && (!state.closed || isWebFoot(item))) extend(state.current, item.unit);
        else pending.push(item.unit);
        if (item.note === "end") close(false);
        break;
      }
      case "caption": {
        // A caption after a closed article belongs to what comes next (photo news,
        // whose text follows it); with no text to come, or one that opens as a
        // picture's caption (`图：…`, `图为…`) with no text of its own under it (a
        // headline or a dateline comes next), to the article above it.
        const current = state.current;
        const closedWithText = current !== null && state.closed && current.paragraphs.length > 0;
        const draft: ArticleDraft = current !== null && (!closedWithText || captionStaysAbove(items, i)) ? current : open([]);
        draft.captions.push(captionText(item));
        draft.bylines.push(...(item.caption?.bylines ?? []));
        extend(draft, item.unit);
        break;
      }
      case "body": {
        const running = runningArticle(true);
        if (running !== null && isCaptionUnderText(items, i)) {
          running.captions.push(item.unit);
          extend(running, item.unit);
          break;
        }
        // An editor's note over a headline (`编者按：…` / `老旧小区加装电梯` / …) opens the article under it.
        const noteHeadline = item.lead === undefined && !awaitsText() ? editorsNoteAhead(items, i) : -1;
        if (noteHeadline > 0) {
          i = holdNoteAhead(i, noteHeadline);
          break;
        }
        let draft: ArticleDraft | null = openLabelled() ?? state.current;
        if (draft !== null && state.closed && state.byPicture && item.lead === undefined) {
          // A picture's credit with the text going on under it, no headline
          // between: the picture stood inside the article, which goes on.
          state.closed = false;
        }
        if (draft !== null && state.closed && item.lead === undefined && continuesPhotoStrip(draft, items, i, trailingPhotoCredit)) {
          // One more picture of a photo strip under its title (`回眸2024` / caption / credit / caption / credit).
          state.closed = false;
        }
        if (draft !== null && state.closed && item.lead?.dateline && opensWithPicture(draft)) {
          // Photo news under its headline, then a report with a dateline and no
          // headline of its own: the picture heads that report (`preface`).
          state.closed = false;
          draft.preface = true;
        }
        if (draft === null || (state.closed && draft.paragraphs.length > 0)) {
          draft = open([]);
        } else if (item.lead?.dateline && draft.paragraphs.length > 0 && !(draft.preface && draft.lead === null)) {
          // A dateline in the middle of a running article starts a new one
          // (snippet lists and wire pages often carry no headlines), unless
          // the text so far is the preface that introduces the report.
          draft = open([]);
        }
        if (draft.paragraphs.length === 0 && EDITORS_NOTE_START.test(item.unit.norm)) {
          draft.preface = true;
          draft.editorsNote = 1;
        }
        addBody(draft, item);
        break;
      }
    }
  }
  for (const draft of drafts) {
    if (draft.kind !== "article") continue;
    captionsAsBody(draft);
    remarksAsBody(draft);
  }
  leadingLinkWords(drafts);
  return { drafts, diagnostics };
}

/** Longest line of a title-less block read as link words rather than a fragment's text. */
const LINK_WORDS_MAX = 40;
/** Clause and sentence marks (folded): link words hold none, a fragment's text does. */
const TEXT_MARKS = /[。!?,;、]/;

/**
 * A title-less block at the start of the text (what a fragment would be:
 * text that continues an article from an earlier page) whose lines are all
 * short and hold no sentence's or clause's mark (`上一版　下一版　　下载本版PDF`,
 * `版面概览`), with no dateline or credit, is no fragment: it is the page's
 * chrome, kept as page furniture with the furniture right above it, if any.
 * A fragment is real text, which runs on in sentences.
 */
function leadingLinkWords(drafts: Draft[]): void {
  const k = drafts.findIndex((draft) => draft.kind === "article");
  const draft = drafts[k];
  if (draft === undefined || draft.kind !== "article" || !isLinkWordsBlock(draft)) return;
  const above = drafts[k - 1];
  if (above !== undefined && above.kind === "page") {
    for (const unit of draft.paragraphs) {
      above.units.push(unit);
      extend(above, unit);
    }
    drafts.splice(k, 1);
    return;
  }
  drafts[k] = { kind: "page", units: draft.paragraphs, section: null, staff: [], lineStart: draft.lineStart, lineEnd: draft.lineEnd };
}

/** True for a title-less draft holding only short lines with no mark of running text (`leadingLinkWords`). */
function isLinkWordsBlock(draft: ArticleDraft): boolean {
  if (draft.headline.length > 0 || draft.column !== null || draft.lead !== null || draft.bylines.length > 0 || draft.paragraphs.length === 0) return false;
  if (draft.subheads.length > 0 || draft.captions.length > 0 || draft.remarks.length > 0 || draft.creditLines.length > 0 || draft.preface) return false;
  return draft.paragraphs.every((p) => p.norm.length <= LINK_WORDS_MAX && !TEXT_MARKS.test(p.norm));
}

/**
 * Where the title of a poem signed at its foot stands in a headline block
 * (`units`, the items under it from `next`), or -1. The block is followed by a
 * bare signature (`□　何　川`) with no text under it, which signs what stands
 * above it; the block's last lines are a stanza (two touching lines or more)
 * and a single line stands apart over it, a blank line above and below
 * (`蝉` / blank / `整个夏天` / `它只说一句话` / …): the poem's title. Read as a
 * headline, the stanza's last lines became kicker, title and subtitle. Lines
 * above the title are the end of the piece before it (a stanza of the poem
 * above). The last such single line is the title.
 */
function verseTitle(units: readonly Unit[], items: readonly Classified[], next: number): number {
  const n = units.length;
  if (n < 3 || !isFootSignature(items, next)) return -1;
  const apart = (a: Unit, b: Unit): boolean => b.lineStart > a.lineEnd + 1;
  // The stanza at the block's end: touching lines, two at least.
  let top = n - 1;
  while (top > 0 && !apart(units[top - 1]!, units[top]!)) top--;
  if (n - top < 2 || top === 0) return -1;
  const title = top - 1;
  const above = units[title - 1];
  return above === undefined || apart(above, units[title]!) ? title : -1;
}

/**
 * True when the item at `at` is a bare signature (`□　何　川`) that signs what
 * stands above it: no text stands under it, only the next headline, the
 * page's furniture or the end.
 */
function isFootSignature(items: readonly Classified[], at: number): boolean {
  const item = items[at];
  if (item?.kind !== "credit" || item.credit?.kind !== "signature") return false;
  return endsTextAbove(items[at + 1]);
}

/** True when `item` ends the text above it: the end, the next headline, or the page's furniture. */
function endsTextAbove(item: Classified | undefined): boolean {
  return item === undefined || item.kind === "headline" || item.kind === "furniture";
}

/** A serial's instalment number on a line of its own (folded): `(连载之二十三)`, `(连载23)`, `(连载之5)`. */
const INSTALMENT_NOTE = new RegExp(String.raw`^\(连载之?${CHAPTER_NUMERALS}\)$`);

/**
 * True when the one-line heading at `at` heads an instalment of a serial: a
 * chapter's heading (`CHAPTER_HEADING`), or a line over the instalment's
 * number (`INSTALMENT_NOTE`: `渡口` / `（连载之二十三）`). Under a headline
 * and its byline with no text yet, it is the headline's last line, not the
 * title of another article.
 */
function headsInstalment(items: readonly Classified[], at: number): boolean {
  if (CHAPTER_HEADING.test(items[at]!.unit.norm)) return true;
  const below = items[at + 1];
  return below !== undefined && INSTALMENT_NOTE.test(below.unit.norm);
}

/** Most paragraphs of an editor's note set over the headline of the article it introduces. */
const NOTE_AHEAD_PARAGRAPHS = 3;

/**
 * The index of the headline that an editor's note at `at` stands over, or -1:
 * the note (`编者按` on a line of its own, or a paragraph opening on it,
 * `EDITORS_NOTE_START`: `编者按：近段时间，本报陆续收到…`), up to three
 * paragraphs of it with no dateline, then a headline. Letters and opinion
 * pages set the editor's note above the headline of the piece it introduces;
 * it is that piece's first paragraph, not the end of the text above it nor a
 * fragment of its own.
 */
function editorsNoteAhead(items: readonly Classified[], at: number): number {
  const item = items[at]!;
  const label = item.kind === "note" && item.note === "editor";
  if (!label && !(item.kind === "body" && EDITORS_NOTE_START.test(item.unit.norm))) return -1;
  let k = at + 1;
  while (k - at <= NOTE_AHEAD_PARAGRAPHS && isUnsignedText(items[k])) k++;
  if (label && k === at + 1) return -1;
  return items[k]?.kind === "headline" ? k : -1;
}

/**
 * True when the article so far is a picture's caption under a headline: one
 * paragraph, no dateline, credited only for the picture. A report with a
 * dateline right under it, with no headline of its own, is the text the
 * picture illustrates.
 */
function opensWithPicture(draft: ArticleDraft): boolean {
  return draft.headline.length > 0 && draft.lead === null && draft.paragraphs.length === 1 && draft.bylines.length > 0 && draft.bylines.every((b) => b.photo);
}

/**
 * True when the body item at `i`, with no headline between it and the closed
 * article `draft`, is one more picture of a photo strip: `draft` is photo
 * news under a title (no dateline, every paragraph a caption's length, every
 * credit a picture's), and the item is a caption's length with its picture's
 * credit right under it or at its end (`6月18日，南湖港区…投入运营。` /
 * `通讯员　李超群　摄`). A strip's pictures share its title; an untitled
 * caption opening an article of its own would be a record without a title
 * in the middle of a page.
 */
function continuesPhotoStrip(draft: ArticleDraft, items: readonly Classified[], i: number, trailingPhotoCredit: (text: string) => boolean): boolean {
  if (draft.headline.length === 0 || draft.lead !== null || draft.paragraphs.length === 0) return false;
  if (draft.bylines.length === 0 || !draft.bylines.every((b) => b.photo)) return false;
  if (!draft.paragraphs.every((p) => p.norm.length <= CAPTION_MAX)) return false;
  const item = items[i]!;
  if (item.unit.norm.length > CAPTION_MAX) return false;
  return isPhotoCredit(items[i + 1]) || trailingPhotoCredit(item.unit.text);
}

/**
 * True when the article so far is photo news: one caption-length paragraph
 * and no dateline. Its picture's credit ends it; in a report, a picture's
 * credit may stand between two paragraphs.
 */
function isPhotoNews(draft: ArticleDraft): boolean {
  return draft.lead === null && draft.paragraphs.length === 1 && draft.paragraphs[0]!.norm.length <= CAPTION_MAX;
}

/**
 * True when the caption at `i`, after a closed article, is that article's: no
 * text comes after it, or it opens as a picture's caption (`opensAsCaption`)
 * and what comes next is no text of its own (a headline or a dateline).
 */
function captionStaysAbove(items: readonly Classified[], i: number): boolean {
  const after = nextText(items, i + 1);
  if (after === undefined) return true;
  const own = after.kind === "body" && after.lead === undefined;
  return !own && opensAsCaption(items[i]!.unit.norm);
}

/** A caption unit without its credit (`…作业。新华社发（朱海鹏摄）` → `…作业。`). */
function captionText(item: Classified): Unit {
  const caption = item.caption?.caption;
  // The caption is the start of the unit's text, as written (both trimmed).
  return caption === undefined ? item.unit : sliceUnit(item.unit, 0, caption.length);
}

/**
 * Photo news is a picture and its caption: the caption is the body. Captions
 * are left out of the paragraphs only when the article has body text of its own.
 */
function captionsAsBody(draft: ArticleDraft): void {
  if (draft.paragraphs.length > 0 || draft.captions.length === 0) return;
  draft.paragraphs.push(...draft.captions);
  draft.captionBody = true;
}

/**
 * A signed block with no paragraph (a headline and its byline over a list read
 * as headline lines) is an article whose only text is the bracketed remark
 * under it (`（活动安排如有调整，以主办方公告为准）`): the remark is its body, as no
 * line of the input may vanish. Unsigned, the block ends as page matter, which
 * keeps its remarks with its lines.
 */
function remarksAsBody(draft: ArticleDraft): void {
  if (draft.paragraphs.length > 0 || draft.remarks.length === 0 || draft.bylines.length === 0) return;
  draft.paragraphs.push(...draft.remarks);
  draft.remarks.length = 0;
}

/**
 * True when nearly every headline block of the page is followed by a byline,
 * a dateline or a caption: such a page signs its articles, so an unsigned
 * heading inside an article is one of its subheads. Only blocks over text
 * count, and not the headings in question (one line between two stretches of
 * unsigned text): else the ratio would shift with every subhead an article
 * has, and with whether a masthead is taken for furniture or a headline.
 */
function isSignedPage({ blocks, signed }: SignedBlocks): boolean {
  return signed >= 3 && signed / blocks >= 0.75;
}

/**
 * True when every headline block of the page that votes in `isSignedPage`
 * is signed, and there is one at least: a page of one or two reports, too
 * few for `isSignedPage`, with no unsigned piece beside them. An unsigned
 * heading inside one of its reports is weighed as on a signed page when the
 * section under it runs on to the next signed headline (`runsToSignedHeadline`).
 */
function isAllSignedPage({ blocks, signed }: SignedBlocks): boolean {
  return signed > 0 && signed === blocks;
}

/** The page's headline blocks over text that vote in `isSignedPage`, and how many of them are signed. */
interface SignedBlocks {
  blocks: number;
  signed: number;
}

/** Counts the page's headline blocks over text (`SignedBlocks`), as `isSignedPage` reads them. */
function countSignedBlocks(items: Classified[]): SignedBlocks {
  let blocks = 0;
  let signed = 0;
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind !== "headline" || items[i - 1]?.kind === "headline") continue;
    let j = i;
    while (items[j]?.kind === "headline") j++;
    const next = items[j];
    // Lines with no text under them (a masthead, a label over a headline) head no article.
    if (next === undefined || (next.kind !== "body" && next.kind !== "credit" && next.kind !== "caption")) continue;
    // One heading between two stretches of unsigned text is the case in question: it casts no vote. A picture's
    // caption inside the text above (`▲…新闻发布会。　本报记者 刘 洋 摄`) is the text's.
    const above = items[i - 1]?.kind;
    if (j === i + 1 && (above === "body" || above === "caption") && next.kind === "body" && !next.lead) continue;
    blocks++;
    if (next && (next.kind === "credit" || next.kind === "caption" || (next.kind === "body" && next.lead))) signed++;
  }
  return { blocks, signed };
}

/**
 * True when the furniture from `at` to `next` is only page numbers, standing
 * between two paragraphs of `article`: text with no dateline goes on under
 * it. A dump of an e-paper or an OCR'd page leaves the number where the page
 * (or column) broke; the text around it is one article.
 */
function isPageBreakInside(article: ArticleDraft, items: Classified[], at: number, next: number): boolean {
  if (article.paragraphs.length === 0) return false;
  for (let k = at; k < next; k++) if (items[k]!.pageNumber !== true) return false;
  const after = items[next];
  return after !== undefined && after.kind === "body" && after.lead === undefined;
}

/**
 * True when the one headline-like line at `at` (ending at `next`) is a
 * caption: a picture credit stands under it, and then no text, only the next
 * headline, a page's furniture or the end of the page. A headline over a
 * photo credit heads photo news, whose caption text follows the credit.
 */
function isCaptionOfArticle(items: Classified[], at: number, next: number): boolean {
  // Only right under the article's text: after a jump note (`（下转A05版）`) the article goes on elsewhere.
  if (next !== at + 1 || items[at - 1]?.kind !== "body") return false;
  if (!isPhotoCredit(items[next])) return false;
  return nothingOwnAfterCredits(items, next + 1);
}

/**
 * True when, past the credit lines from `from`, no text goes on: the next
 * headline, a page's furniture, a dateline opening another report, or the end.
 */
function nothingOwnAfterCredits(items: readonly Classified[], from: number): boolean {
  let after = from;
  while (items[after]?.kind === "credit") after++;
  const then = items[after];
  return endsTextAbove(then) || (then?.kind === "body" && then.lead !== undefined);
}

/**
 * True when the credit lines at `at` head an untitled caption and so does
 * every credit after it, up to where the text ends (a headline, the page's
 * furniture, a dateline or the end): each block of picture credits
 * (`本报记者　马　骏　摄`, `新华社发（李　刚　摄）`) with one caption-length
 * paragraph right under it, with no dateline (`1月6日，…巡检。`). Text going
 * on under a credit (a second paragraph, a longer one) is an article's the
 * picture stood inside.
 */
function captionsUnderCredits(items: readonly Classified[], at: number): boolean {
  let k = at;
  while (isPhotoCredit(items[k])) {
    while (isPhotoCredit(items[k])) k++;
    const caption = items[k];
    if (caption?.kind !== "body" || caption.lead !== undefined || caption.unit.norm.length > CAPTION_MAX || !touches(items[k - 1]!, caption)) return false;
    k++;
  }
  const then = items[k];
  return k > at && (endsTextAbove(then) || (then?.kind === "body" && then.lead !== undefined));
}

/**
 * True when the body item at `i` is the caption of a picture set under the
 * running article's text (`3月5日，工人在产业园项目现场作业。` / `本报记者 唐晓峰摄`):
 * a blank line above it where the article's paragraphs stand with none between
 * them, a caption's length, its picture credit on its line or the line under
 * it, and then no text (`nothingOwnAfterCredits`). Such a caption is no
 * paragraph of the article; its credit is the article's photo byline, as a
 * marked caption's is. Where the paragraphs stand a blank line apart, the
 * blank line tells nothing, and the item stays a paragraph. A short box or
 * brief of one paragraph set right under its title or label (`消费提示` /
 * `市消保委提醒…` / blank / caption / credit) tells the same by its blank
 * line: the caption is no text of the box, and takes no box for photo news.
 */
function isCaptionUnderText(items: readonly Classified[], i: number): boolean {
  const item = items[i]!;
  const last = items[i - 1];
  const before = items[i - 2];
  if (item.lead !== undefined || item.unit.norm.length > CAPTION_MAX) return false;
  if (last?.kind !== "body" || before === undefined || !headsOrRuns(before) || touches(last, item) || !touches(before, last)) return false;
  const credit = items[i + 1];
  if (!isPhotoCredit(credit) || credit!.unit.lineStart > item.unit.lineEnd + 1) return false;
  return nothingOwnAfterCredits(items, i + 2);
}

/**
 * True when `item`, set right over a paragraph, shows the text goes on there:
 * a paragraph above it, or the title or label (`消费提示`, `【小贴士】`) that
 * heads the paragraph.
 */
function headsOrRuns(item: Classified): boolean {
  return item.kind === "body" || item.kind === "headline" || (item.kind === "note" && (item.note === "box" || item.note === "column"));
}

/**
 * True when the unit at `at`, under a headline block that opens an article,
 * is the last line of that headline although it holds clause marks
 * (`电梯装进心里` / `协商在前，补偿到位，矛盾化解在楼道`): short, ending no
 * sentence (`isHeadlineMaterial`), set on the line right under the headline,
 * with the body set apart below it: after a blank line, or indented where it
 * is not.
 */
function isSubtitleLine(items: Classified[], at: number, indentedParagraphs: boolean): boolean {
  const item = items[at];
  const after = items[at + 1];
  if (item?.kind !== "body" || item.lead !== undefined || after?.kind !== "body") return false;
  if (!touches(items[at - 1]!, item) || (indentedParagraphs && item.unit.indented)) return false;
  if (touches(item, after) && !(after.unit.indented && !item.unit.indented)) return false;
  return isHeadlineMaterial(item.unit.norm);
}

/**
 * Where the headline starts in a run of more than three headline-like lines
 * (0 for three or fewer): the earlier lines are short paragraphs of what came
 * before. A headline is three lines at most, set alike: all touching or all
 * apart. So the last touching group of two or three lines, a blank line
 * under the lines above it, is the headline (`未来三天天气预报` / blank /
 * `11日　晴转多云　21℃～32℃` / blank / … / `地铁3号线施工　芙蓉路部分路段封闭` /
 * `10月8日至10月20日，请提前绕行`); else its last three lines are. A line of
 * three cells or more set apart by spaces is a table's row
 * (`13日　多云转小雨　17℃～25℃`), not a headline's: the headline starts
 * under the last such row, unless the block ends on one.
 */
function headlineTop(units: readonly Unit[]): number {
  const n = units.length;
  if (n <= 3) return 0;
  let top = n - 1;
  while (top > 0 && units[top - 1]!.lineEnd + 1 === units[top]!.lineStart) top--;
  const start = n - top >= 2 && n - top <= 3 ? top : n - 3;
  for (let k = n - 1; k >= start; k--) {
    if (cellsOf(units[k]!.norm).length >= ROW_CELLS) return k === n - 1 ? start : k + 1;
  }
  return start;
}
/** Fewest cells of a table's row in a headline run: two spaced parts are a headline's as often (`周末晴热　最高气温32℃`). */
const ROW_CELLS = 3;

/**
 * How many lines at the top of a headline block (`units`, under `above`) are
 * the last lines of a stanza, a list or short paragraphs of the text before
 * it, not headline lines: a group of two lines or more set on touching lines,
 * with a blank line under it and the block's last lines below
 * (`我站在村口` / `低下头` / `才看见来时的路` / blank / `市第五届青年书法作品展开幕` /
 * blank / `本报讯…`). A headline's lines are set alike, all touching or all
 * apart, and are three at most. The group is text when it runs on beyond a
 * headline: with the lines under it more than three, under more lines of the
 * block, or touching the line above the block. Else (`kicker` / `title` /
 * blank / `subtitle`) it is left as it is. The gap nearest the block's end
 * decides; 0 when there is no such group, or when the block heads no text
 * (`below` is no body or credit: a box's lines over the page's furniture).
 */
function stanzaEnd(units: readonly Unit[], above: Classified | undefined, below: Classified | undefined): number {
  if (below === undefined || (below.kind !== "body" && below.kind !== "credit")) return 0;
  const n = units.length;
  const apart = (a: Unit, b: Unit): boolean => b.lineStart > a.lineEnd + 1;
  for (let k = n - 1; k >= Math.max(2, n - 3); k--) {
    if (!apart(units[k - 1]!, units[k]!) || apart(units[k - 2]!, units[k - 1]!)) continue;
    // The touching group ending at `k - 1`: where it starts.
    let top = k - 2;
    while (top > 0 && !apart(units[top - 1]!, units[top]!)) top--;
    const touchesAbove = top === 0 && above !== undefined && above.unit.lineEnd + 1 === units[0]!.lineStart;
    if (n - top > 3 || top > 0 || touchesAbove) return k;
  }
  return 0;
}

/**
 * A gap of spaces between two cells of a row: `105路　　改经枫林二路`,
 * `19:30　开幕式（主舞台）` (folded). Spaces between two Latin letters part
 * words (`JINRI TAOYUAN`, a masthead's romanised name), not cells.
 */
const CELL_GAP = /[^\sA-Za-z]\s+\S|\S\s+[^\sA-Za-z]/;

/**
 * Whether a headline block is a titled box, a table or programme with a
 * short title over its rows (`施工期间公交线路调整一览` / `线路　调整内容　实施时间` /
 * `105路　改经枫林二路　9月6日起` / …, `音乐节主要活动安排` / `10月17日（周五）` /
 * `19:30　开幕式（主舞台）` / …), and where it stands. A box is three or more
 * touching lines from the block's top: a title with no gap of spaces in it,
 * then rows of which at least two, and at least half, set cells apart with
 * spaces. It heads no text: no paragraph, credit or caption comes right under
 * it (a headline stack may set its figures apart with spaces:
 * `九巴加價 8.5% 明年實施` / … / `【明報專訊】…`); the block's lines a blank
 * line under it are another headline's. `end`: how many of the block's lines
 * (from `items[at]` on) the box takes. `inside`: set right under a paragraph,
 * no blank line between, the box is that report's, as a table is (see
 * `tableInText`); else it is a piece of its own, its title its headline and
 * its rows its body. Null for any other block: read as a headline, a box's rows
 * became kicker and subtitle, or page matter.
 */
function titledBox(units: readonly Unit[], items: readonly Classified[], at: number): { end: number; inside: boolean } | null {
  const title = units[0]!;
  if (units.length < 3 || CELL_GAP.test(title.norm)) return null;
  let end = 1;
  let gapped = 0;
  for (; end < units.length && units[end]!.lineStart === units[end - 1]!.lineEnd + 1; end++) {
    if (CELL_GAP.test(units[end]!.norm)) gapped++;
  }
  if (end < 3 || gapped < 2 || gapped * 2 < end - 1) return null;
  const below = items[at + end];
  if (below !== undefined && (below.kind === "body" || below.kind === "credit" || below.kind === "caption")) return null;
  const above = items[at - 1];
  return { end, inside: above !== undefined && above.kind === "body" && above.unit.lineEnd + 1 === title.lineStart };
}

/** A notice's headline ends on what it is: `…公开招标公告`, `…通告`, `…公示`, `…通知`, `…启事`. */
const NOTICE_TITLE = /(?:公告|通告|公示|通知|启事)$/;
/** The label of a notice's section: a short noun phrase (`项目概况`, `基本情况`, `报名须知`). */
const SECTION_LABEL = /^[\u4e00-\u9fff]{2,6}$/;

/**
 * True when the headline-like line at `at` labels the first section of a
 * notice whose headline ends in `title` (`…公开招标公告` / blank / `项目概况` /
 * blank / text): a short phrase (`SECTION_LABEL`) a blank line under a
 * notice's headline (`NOTICE_TITLE`), over text. A notice carries no
 * subtitle; a subtitle a blank line under a news headline is left as it is.
 */
function labelsSection(title: Unit, items: readonly Classified[], at: number): boolean {
  const label = items[at];
  if (label?.kind !== "headline" || label.unit.lineStart <= title.lineEnd + 1) return false;
  return NOTICE_TITLE.test(title.norm) && SECTION_LABEL.test(label.unit.norm) && items[at + 1]?.kind === "body";
}

/**
 * True when the heading `norm`, numbered `h`, bears the `n`th number of a series
 * as a series opens (`一、`/`二、`, `(一)`/`(二)`, `1、`/`2、`, `1.`/`2.`): a
 * number written with a leading zero (`01、`) opens none here.
 */
function isNthOfSeries(norm: string, h: HeadingNumber | null, n: number): h is HeadingNumber {
  return h !== null && h.n === n && norm.charCodeAt(0) !== 0x30; // 0
}
/** How many items ahead the second heading of a series is looked for: a section runs to a few dozen paragraphs. */
const SERIES_READ = 200;

/**
 * True when the headline-like item at `at` is the first heading of a numbered
 * series (`一、综合`) and the second (`二、农业`) stands as a heading further
 * on: a section heading of the article it stands in, not a headline.
 */
function opensSeries(items: Classified[], at: number): boolean {
  const item = items[at];
  if (item?.kind !== "headline") return false;
  const first = headingNumber(item.unit.norm);
  if (!isNthOfSeries(item.unit.norm, first, 1)) return false;
  const end = Math.min(items.length, at + SERIES_READ);
  for (let k = at + 1; k < end; k++) {
    const next = items[k]!;
    if (next.kind !== "headline") continue;
    // Of one kind, the marks may differ (`一、…` / `二.…`): unlike `continuesSeries`, which wants the style.
    const second = headingNumber(next.unit.norm);
    if (isNthOfSeries(next.unit.norm, second, 2) && sameKind(first, second)) return true;
  }
  return false;
}

/**
 * A headline's subtitle opening on a dash (`——政府工作报告摘要`, `——记市第一人民医院…`),
 * as `splitHeadline` reads one (`——`, `—`, `--`, or 一一 typed for the dash).
 */
const DASH_SUBTITLE = /^(?:——|──|—|--|－－|一一(?:记|来自|写在|访|走进|探访|追记|专访|聚焦))/;

/** True for a headline line that opens on a dash (`DASH_SUBTITLE`): a subtitle, which closes its headline. */
function isDashSubtitle(unit: Unit): boolean {
  return DASH_SUBTITLE.test(unit.norm);
}

/**
 * The run of headline lines from `from`. A subtitle opening on a dash
 * (`——政府工作报告摘要`) below the first line closes the block: it is the
 * last line of its headline, never a title, and the lines under it
 * (`2024年工作回顾`, a first section's heading) stand in the article it heads.
 */
function takeHeadlineBlock(items: Classified[], from: number): { units: Unit[]; next: number } {
  const units: Unit[] = [];
  let i = from;
  while (i < items.length && items[i]!.kind === "headline") {
    units.push(items[i]!.unit);
    i++;
    if (units.length > 1 && isDashSubtitle(units.at(-1)!)) break;
  }
  return { units, next: i };
}

/**
 * True when the one-line heading at `at`, right under a headline that a dash
 * subtitle closes (`坚定信心 实干奋进` / `…新篇章` / `——政府工作报告摘要` /
 * `2024年工作回顾`), is the article's first subhead: text with no dateline
 * stands under it, and further on, through such text only, another one-line
 * heading over such text (`2025年主要预期目标`): the sections of one report.
 * A heading alone under the subtitle is left as it is.
 */
function opensSectionsUnderSubtitle(head: ArticleDraft, items: readonly Classified[], at: number): boolean {
  const last = head.headline.at(-1);
  if (head.headline.length < 2 || last === undefined || !isDashSubtitle(last)) return false;
  if (!isUnsignedText(items[at + 1])) return false;
  const k = unsignedTextEnd(items, at + 1);
  return items[k]?.kind === "headline" && items[k + 1]?.kind !== "headline" && isUnsignedText(items[k + 1]);
}

/**
 * True when `unit`, the last line of a headline block, is a bracketed
 * section label (`【案情】`) a blank line under the rest of the block, and
 * another such label follows through the unsigned text under it (`【说法】`):
 * the first section of the article the block heads, not its subtitle
 * (`以案说法` / `加班费该怎么算？` / blank / `【案情】` / case / `【说法】` / …).
 */
function opensLabelledSections(unit: Unit, items: readonly Classified[], from: number): boolean {
  const above = items[from - 2];
  if (above === undefined || above.unit.lineEnd + 1 === unit.lineStart) return false;
  return isBracketedLabel(unit.norm) && isUnsignedText(items[from]) && bracketedLabelAhead(items, from);
}

/** True for body text with no dateline of its own. */
function isUnsignedText(item: Classified | undefined): boolean {
  return item?.kind === "body" && item.lead === undefined;
}

function takeCreditBlock(items: Classified[], from: number): { items: Classified[]; units: Unit[]; kinds: string[]; next: number } {
  let i = from;
  while (i < items.length && items[i]!.kind === "credit") i++;
  const block = items.slice(from, i);
  return { items: block, units: block.map((x) => x.unit), kinds: block.map((x) => x.credit?.kind ?? "byline"), next: i };
}

/** A label that heads no article, kept as page matter of its own. */
function labelPage(unit: Unit): PageDraft {
  return { kind: "page", units: [unit], section: null, staff: [], lineStart: unit.lineStart, lineEnd: unit.lineEnd };
}

function takeFurniture(items: Classified[], from: number): { draft: PageDraft; next: number } {
  const draft: PageDraft = { kind: "page", units: [], section: null, staff: [], lineStart: 0, lineEnd: 0 };
  let i = from;
  // A staff line of its own (no folio) was read into the block.
  let staffLineRead = false;
  // A name standing where the paper's does (`paperPlace`): the section only when no other line names one.
  let paperPlaced: string | null = null;
  while (i < items.length && items[i]!.kind === "furniture") {
    const item = items[i]!;
    // A form feed ends a page: the foot of one page and the head of the next are two blocks.
    if (i > from && item.unit.pageBreak === true) break;
    if (i > from && (headsNextPage(item, staffLineRead) || headsPageUnderChrome(items[i - 1]!, item))) break;
    draft.units.push(item.unit);
    if (item.staff !== undefined && item.folio !== true) staffLineRead = true;
    extend(draft, item.unit);
    if (item.staff) draft.staff.push(...item.staff);
    // A folio (or a line taken for the section) says which section it names, if any.
    if (item.section !== undefined) {
      if (item.paperPlace === true) paperPlaced ??= item.section;
      else draft.section ??= item.section;
    } else if (!item.staff && draft.section === null && paperPlaced === null && !/^\d+$/.test(item.unit.norm)) draft.section = sectionName(item.unit.text);
    i++;
  }
  draft.section ??= paperPlaced;
  return { draft, next: i };
}

/**
 * True for a folio that opens the next page of a file of several pages: a staff
 * line closes its page (`责任编辑：罗　军　　校对：谭　文`), so a folio naming more than a
 * page number under it (`A02　要闻　2025年3月6日　星期四`) heads another page, whose
 * staff are not the ones above. A bare page number under the staff line
 * (`3`) is the same page's foot; a folio carrying its own staff over the staff
 * line is one head.
 */
function headsNextPage(item: Classified, staffLineRead: boolean): boolean {
  return staffLineRead && item.folio === true && item.pageNumber !== true;
}

/**
 * True for furniture set a blank line under a web view's chrome (`上一篇　下一篇`, the foot
 * of one page's copy) that opens the next page's head (`滨海晨报 电子版`, a folio):
 * two blocks. A staff line there is the same page's foot.
 */
function headsPageUnderChrome(above: Classified, item: Classified): boolean {
  return above.chrome === true && item.chrome !== true && item.staff === undefined && !touches(above, item);
}

function sectionName(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A paragraph's trailing credit, unless it is a bracketed signature of bare
 * names (`…启动。（陈林）`) and a credit (not a picture's) has signed the article: then
 * the brackets hold no signer but a word of the text (`（武汉）`, `（周一）`),
 * which stays in it.
 */
function signing<T extends { signature?: true }>(trailing: T | null, draft: ArticleDraft): T | null {
  return trailing !== null && trailing.signature === true && draft.bylines.some((b) => !b.photo) ? null : trailing;
}

/** A list item's bullet and the spaces after it (`●`, `■ `), folded: a column of briefs sets one before each. */
const ITEM_BULLET = new RegExp(String.raw`^[${BULLET_MARKS}]\s*`);

/**
 * A paragraph's trailing credit, read as `signing` reads it, but for an item
 * of a column of bulleted briefs each signed by its writer (`短讯` /
 * `●…。（周　涛）` / `●…。（陈　曦）`): there each item is a brief of its own,
 * and the bracketed name closing it signs it, however many items before it
 * were signed, so long as nothing but those items' signatures signs the
 * article (a report with a credit of its own keeps `（武汉）` closing a listed
 * item as its text, as before).
 */
function itemSigning<T extends { signature?: true }>(trailing: T | null, draft: ArticleDraft, unit: Unit): T | null {
  if (trailing?.signature === true && ITEM_BULLET.test(unit.norm) && (draft.signedItems || !draft.bylines.some((b) => !b.photo))) return trailing;
  return signing(trailing, draft);
}

/**
 * A signed item of a brief column (`itemSigning`) without its bullet: the
 * bullet only marks where the brief starts, as a headline would, and is no
 * word of its text. Notes on the draft that its items are signed. Unsigned
 * items (a list of company notices, classifieds) keep their bullets.
 */
function withoutSignedItemBullet(draft: ArticleDraft, unit: Unit, trailing: { signature?: true }): Unit {
  if (trailing.signature !== true) return unit;
  const bullet = ITEM_BULLET.exec(unit.norm);
  if (bullet === null || bullet[0].length >= unit.norm.length) return unit;
  draft.signedItems = true;
  return sliceUnit(unit, bullet[0].length);
}

/**
 * A line that is a credit or note on its own (`（本报记者 韩冬 参与采写）`,
 * `（责任编辑：刘晓燕）`, `（作者为某大学教授）`): read as the tail closing a paragraph,
 * after a sentence end (`。`, which stays the body when the whole line is the tail).
 */
function lineTail(cues: Cues, text: string): ReturnType<Cues["trailingCredit"]> {
  return cues.trailingCredit(`。${text}`);
}

/**
 * A clause mark inside a bracketed line (`（活动安排如有调整，以主办方公告为准）`):
 * the line says something, as a sentence does, where a credit or source note
 * (`（据新华社）`, `（本报综合）`, `（作者单位：北京大学）`) only names. Asked
 * only of a line no credit was read from.
 */
const REMARK_CLAUSE = /[，,；;]/u;

/**
 * A note that speaks of the text itself, a disclaimer the paper sets under
 * it (`（本文仅代表作者个人观点，不构成投资建议）`, `（文中人物均为化名）`): a note
 * on the article, as an author note is, not a remark of its body.
 */
const ABOUT_THE_TEXT = /^\((?:本文|文中|以上|本版)/u;

/**
 * Words that make a bracketed note a credit even where the credit readers
 * read no name from it (`（单位：人民币元，数据来源：外汇交易中心）`,
 * `（记者 王芳，通讯员 李四）`): a role word, or a source or provider.
 */
const CREDIT_WORD = /来源|提供|供图|记者|通讯员|实习生|编辑|作者/u;

/** True for an end note (folded, in brackets) that is a remark of the article, not a credit: see `REMARK_CLAUSE`. */
function isBracketedRemark(norm: string): boolean {
  return REMARK_CLAUSE.test(norm) && !ABOUT_THE_TEXT.test(norm) && !CREDIT_WORD.test(norm);
}

/** The bylines of a line that is a credit on its own (`lineTail`). */
function lineCredit(cues: Cues, text: string): Byline[] {
  return lineTail(cues, text)?.bylines ?? [];
}

/**
 * True when a note on who the author is that names no one (`作者为某大学教授`,
 * `作者单位：某市委党校`) speaks of the article's signer: its one `author`
 * byline. The note is then no text of the body. It is no label either:
 * records.md's label is the words written before the name (`□ 孙立明` has
 * none), and the note stands after the text, so the signer keeps its own
 * label (null under a bare `□`). False when the article has no such byline,
 * or more than one.
 */
function notesSigner(draft: ArticleDraft): boolean {
  return draft.bylines.filter((b) => b.role === "author").length === 1;
}

/**
 * True when no `author` byline signs the article: a note on who its author is
 * (`（作者为某大学教授）`) then has no byline to label and is kept as the last
 * paragraph, rather than lost. (A signer already labelled, `文/青衫客`, keeps
 * its label; the note is then cut off as before: see the known losses in
 * test/pages/no-lost-lines.test.ts.)
 */
function unsigned(draft: ArticleDraft): boolean {
  return !draft.bylines.some((b) => b.role === "author");
}

/**
 * True when a closing note on who the author is (`note`, from a trailing or
 * line credit) stays the text's last paragraph: it speaks of no one signer
 * (`notesSigner`) and no author signs the article (`unsigned`). False with
 * no note.
 */
function keepsNoteAsText(draft: ArticleDraft, note: string | undefined): boolean {
  return note !== undefined && !notesSigner(draft) && unsigned(draft);
}

/** SogouCS-style input: the format gives the title; everything is one article. */
function singleArticle(items: Classified[], title: string, cues: Cues): ArticleDraft {
  const draft = newArticle([]);
  draft.givenTitle = withoutOriginalTitleLabel(title);
  const key = titleKey(title);
  // Header zone: crawls repeat the headline lines, the page's meta lines
  // (date, 来源, 作者, 原标题) and the byline before the body. Everything up
  // to the last such line near the top is header, but the zone ends at the
  // body's first sentence: a credit after it closes the article (`（编辑：王芳）`
  // at the end of a short document) and the body before it is kept.
  let bodyFrom = 0;
  const window = Math.min(items.length, 12);
  for (let i = 0; i < window; i++) {
    const item = items[i]!;
    if (item.kind === "credit" || isHeaderLine(item, key)) bodyFrom = i + 1;
    else if (item.kind === "body" && (item.lead !== undefined || SENTENCE_MARK.test(item.unit.norm))) break;
  }
  draft.signed = signedHeader(items, bodyFrom);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    extend(draft, item.unit);
    if (i < bodyFrom) {
      if (item.kind === "credit") markTextAndPicture(draft, item.unit.norm);
      if (item.kind === "credit" && item.parsed === true && item.credit !== undefined) draft.bylines.push(...item.credit.bylines);
      else if (item.kind === "credit" && draft.bylines.length === 0) draft.bylines.push(...cues.creditBlock([item.unit.text]));
      else if (item.kind !== "credit" && isMetaLine(item.unit.norm)) draft.bylines.push(...metaBylines(item.unit, cues));
      continue;
    }
    // A web page's buttons and meta lines are no text; its foot line may credit the editor (`【纠错】 【责任编辑：王强】`).
    if (isWebNote(item)) continue;
    const foot = webFootBylines(item.unit.norm, cues);
    if (foot !== null) {
      draft.bylines.push(...foot);
      continue;
    }
    // A staff line naming editors only (`责任编辑：刘 洋`): in one article, its editors.
    const editors = item.kind === "furniture" ? editorBylines(item.staff) : null;
    if (editors !== null) {
      draft.bylines.push(...editors);
      continue;
    }
    // A bracketed line of its own that is a credit (`（责任编辑：刘晓燕）`) or a note
    // on the article (`（原标题：…）`, `（新华社）`) is read as the tail of the paragraph above: no text.
    if (item.kind === "note" && item.note === "endnote") {
      const tail = lineTail(cues, item.unit.text);
      if (tail !== null && tail.body === "。") {
        draft.bylines.push(...tail.bylines);
        continue;
      }
    }
    // The original title on a line of its own (`原标题：谁来管？`) is no text, whatever it holds.
    if (item.kind === "note" && item.note === "web" && isOriginalTitleLine(item.unit.norm)) continue;
    // Crawled text has no layout to tell a subhead from a short caption or
    // list line (`张三、李四分别认捐500双运动鞋`): only a line with the marks of
    // a subhead (numbered, echoing the article, one of a series) is one.
    if (item.kind === "headline" && draft.paragraphs.length > 0) {
      const decision = decideSubhead(item.unit, {
        article: draft,
        next: items[i + 1],
        items,
        nextIndex: i + 1,
        options: { indentedParagraphs: false },
        trailingPhotoCredit: () => false,
        trailingSignature: () => false,
        signedPage: false,
        allSignedPage: false,
      });
      // A list (、) or a number marks a caption or list line, unless numbered.
      const listLike = /[、0-9]/.test(item.unit.norm) && !isNumbered(item.unit.norm);
      if (decision.subhead && !listLike) {
        draft.subheads.push(item.unit);
        continue;
      }
    }
    if (item.kind === "credit") {
      // A line read already (a web page's editor line) brings its bylines.
      if (item.parsed === true && item.credit !== undefined) {
        draft.bylines.push(...item.credit.bylines);
        continue;
      }
      const read = cues.creditBlock([item.unit.text]);
      // A bracketed credit (`（责任编辑：刘晓燕）`) reads as the tail of the paragraph above.
      draft.bylines.push(...(read.length > 0 ? read : lineCredit(cues, item.unit.text)));
      continue;
    }
    let unit = takeLeadLabel(draft, takeLead(draft, item));
    // A picture's caption and credit inside the paragraph (SogouCS runs a page's
    // paragraphs together): the caption stands apart, the credit signs the article.
    if (item.kind === "body") unit = withoutInlinePictures(draft, unit, cues);
    // A credit that ends a paragraph (`…3万平方米。（责任编辑：刘晓燕）`) signs the article.
    let trailing = item.kind === "body" ? signing(cues.trailingCredit(unit.text), draft) : null;
    if (keepsNoteAsText(draft, trailing?.note)) trailing = null;
    if (trailing) {
      markTextAndPicture(draft, unit.norm.slice(trailing.body.length));
      unit = sliceUnit(unit, 0, trailing.body.length);
      draft.bylines.push(...trailing.bylines);
    }
    if (unit.text.length > 0) draft.paragraphs.push(unit);
  }
  return draft;
}

/**
 * The unit of a paragraph without its lead: the lead (dateline or credit)
 * opens the article's first paragraph, or the first after its preface, and is
 * taken into the draft with its bylines.
 */
function takeLead(draft: ArticleDraft, item: Classified): Unit {
  if (!(draft.paragraphs.length === 0 || draft.preface) || draft.lead !== null || !item.lead) return item.unit;
  draft.lead = item.lead;
  draft.bylines.push(...item.lead.bylines);
  markTextAndPicture(draft, item.unit.norm.slice(0, item.lead.bodyStart));
  return sliceUnit(item.unit, item.lead.bodyStart);
}

/**
 * A column's label in brackets opening an article's first paragraph, as apps
 * set it before the lead: `【两会聚焦】3月5日上午，…`, `【数据】记者3月4日…`. It
 * names the column, no text: cut off, it is the article's kicker when the
 * article has no label over it. A bracketed dateline or tag (`【大公報訊】`,
 * `【日本《读卖新闻》3月4日报道】`) is read as the lead before this; a label with
 * no text after it, a long bracket or one holding a clause mark is left.
 */
const LEAD_LABEL = /^【([^】,;:。!?、\s]{1,8})】(?=\S)/;
// A label that is a dateline or a credit (`【本报讯】`, `【新华社电】`, `【记者 王磊】`): the lead's, never a column's.
const LEAD_LABEL_NOT = /[讯電电訊]$|报道$|報道$|记者|記者|通讯员|通訊員/;

/** The unit without the column's label opening the article's first paragraph (`LEAD_LABEL`), the label kept as the article's column. */
function takeLeadLabel(draft: ArticleDraft, unit: Unit): Unit {
  if (draft.paragraphs.length > 0 || unit.norm.charCodeAt(0) !== 0x3010) return unit; // 【
  const m = LEAD_LABEL.exec(unit.norm);
  if (m === null || LEAD_LABEL_NOT.test(m[1]!)) return unit;
  if (draft.column === null) draft.column = sliceUnit(unit, 0, m[0].length);
  return sliceUnit(unit, m[0].length);
}

/** Notes on the draft that a credit it read (folded) credits its names with the text and the pictures (`文/图`). */
function markTextAndPicture(draft: ArticleDraft, creditNorm: string): void {
  if (creditsTextAndPicture(creditNorm)) draft.textAndPicture = true;
}

/**
 * True when the credits of a document's header zone (the items before
 * `bodyFrom`) are all bare signatures (`□ 郑　言` opening a SogouCS
 * document under its `<contenttitle>`): the document is signed as an
 * opinion piece under a printed headline is (see `segment`'s credit case).
 */
function signedHeader(items: readonly Classified[], bodyFrom: number): boolean {
  let signature = false;
  for (let i = 0; i < bodyFrom; i++) {
    const item = items[i]!;
    if (item.kind !== "credit") continue;
    if (item.credit?.kind !== "signature") return false;
    signature = true;
  }
  return signature;
}

/**
 * Takes each picture credit out of a paragraph of a crawled article
 * (`图为…手中。某某都市报记者　张三　摄　这笔钱…`): the credit's bylines go to the
 * article, its caption (`图为…手中。`) to the captions, as the captions of a
 * page stand apart from the report; the text before the caption is a
 * paragraph. Returns the text after the last credit.
 */
function withoutInlinePictures(draft: ArticleDraft, paragraph: Unit, cues: Cues): Unit {
  let unit = paragraph;
  for (let found = cues.inlinePhotoCredit(unit.text, unit.norm); found !== null; found = cues.inlinePhotoCredit(unit.text, unit.norm)) {
    const before = sliceUnit(unit, 0, found.captionStart);
    if (before.text.length > 0) draft.paragraphs.push(before);
    if (found.captionEnd > found.captionStart) draft.captions.push(sliceUnit(unit, found.captionStart, found.captionEnd));
    draft.bylines.push(...found.bylines);
    unit = sliceUnit(unit, found.restStart);
  }
  return unit;
}

/** True for a line of a crawled article's header: its title repeated, its original title, its meta line. */
function isHeaderLine(item: Classified, titleKey: string): boolean {
  const norm = item.unit.norm;
  return isWebNote(item) || isOriginalTitleLine(norm) || isRepeatedTitle(norm, titleKey) || isMetaLine(norm);
}

/** True for a web page's button or meta line (`【纠错】`, `分享到：`, `来源：人民网`); one holding a sentence is text (`来源：群众举报。记者…`). */
function isWebNote(item: Classified): boolean {
  return item.kind === "note" && item.note === "web" && !SENTENCE_MARK.test(item.unit.norm);
}

/** True for a crawled page's chrome that stands under its article (`分享到：`, `上一篇：…`, `【打印】`), not over it (a meta line, a breadcrumb, an original title). */
function isWebFoot(item: Classified): boolean {
  const norm = item.unit.norm;
  return isWebNote(item) && !isMetaLine(norm) && !isBreadcrumb(norm) && !isOriginalTitleLine(norm);
}

// The credit fields of a meta line: 作者：林小雨, 编辑：陈 曦, 责任编辑：王强
const META_CREDIT = /(?:作者|(?:责任)?编辑|责编)\s*[:：]/g;
// Where a credit field ends: at the next field's key (来源：, 发布时间：), or the line's end.
const META_NEXT_KEY = /\s+[\u4e00-\u9fff]{2,4}\s*[:：]/;

/** The bylines of the credit fields of a meta line that is no credit line (`发布时间：… 作者：林小雨` → 林小雨). */
function metaBylines(unit: Unit, cues: Cues): Byline[] {
  const bylines: Byline[] = [];
  META_CREDIT.lastIndex = 0;
  for (let m = META_CREDIT.exec(unit.norm); m !== null; m = META_CREDIT.exec(unit.norm)) {
    const rest = unit.norm.slice(m.index);
    const end = META_NEXT_KEY.exec(rest.slice(m[0].length));
    const field = end === null ? rest : rest.slice(0, m[0].length + end.index);
    // Folding keeps length: the field stands at the same offsets in the text as written.
    const written = unit.text.slice(m.index, m.index + field.length);
    bylines.push(...(cues.creditLine(written, field)?.bylines ?? []));
  }
  return bylines;
}
