/**
 * What segmentation needs to know about credits, datelines and page staff.
 *
 * Segmentation decides where articles start and end; bylines, datelines and
 * staff lines are strong cues for that. The credits stage
 * (`src/recognise/credits`) parses them; this interface is the narrow view of
 * it that segmentation uses, so the two can be tested apart.
 */
import type { Byline, Dateline, Staff } from "../schema.js";

export interface CreditLineMatch {
  bylines: Byline[];
  /** `byline`: role words and names; `photo`: a picture credit; `signature`: bare names. */
  kind: "byline" | "photo" | "signature";
}

export interface LeadMatch {
  dateline: Dateline | null;
  bylines: Byline[];
  /** Offset in the paragraph where the body starts, after the dateline and credit. */
  bodyStart: number;
}

/**
 * Where a method takes `norm`, it is the folded copy of the text
 * (`normaliseString(text)`, as a unit's `norm` is), passed when the caller
 * holds it: the cue can then turn the text away without folding it again.
 */
export interface Cues {
  /** A whole line that is only a credit, or null. */
  creditLine(line: string, norm?: string): CreditLineMatch | null;
  /**
   * The bylines of a block of credit lines read together (a trailing 摄 marks
   * them all photo). `matches[i]`, when given, is what `creditLine` answered
   * for `lines[i]`: the cue may read the line from it instead of parsing it again.
   */
  creditBlock(lines: string[], matches?: readonly (CreditLineMatch | null | undefined)[]): Byline[];
  /** A line right under a headline that signs it with the signer's post (`律师　夏子涵`), or null. */
  titledSignature(line: string, norm?: string): CreditLineMatch | null;
  /** A line right under a headline, over unsigned text, that signs it with a name no surname table reads (`艾克拜尔·吾拉木`, `辛 识平`), or null. */
  penSignature(line: string, norm?: string): CreditLineMatch | null;
  /**
   * A line closing an opinion piece that signs it (`本报评论员`, `□ 本刊主编　苏明哲`, `■滨言`), or null;
   * `voice` when it is the paper's own voice and names no one.
   */
  closingSignature(line: string, norm?: string): (CreditLineMatch & { voice: boolean }) | null;
  /** A line at a letter's foot that signs it with the writer's place before the name (`合肥市包河区　刘海燕`), or null. */
  placedSignature(line: string, norm?: string): CreditLineMatch | null;
  /** A line of a list of people by post (`副主任　李　明`): a post, a space, a name. */
  postAndName(line: string, norm?: string): boolean;
  /**
   * A speaker's head over the item that quotes them (`全国人大代表、…书记　向春梅：`):
   * `colon` when it ends on a colon, `bare` when not; null for any other line.
   */
  speakerHead(line: string, norm?: string): "colon" | "bare" | null;
  /** A page staff line (`责任编辑:… 校对:…`), or null. */
  staffLine(line: string, norm?: string): Staff[] | null;
  /** A dateline and/or credit at the start of a first paragraph, or null. */
  lead(paragraph: string, issueDate?: string, norm?: string): LeadMatch | null;
  /** A dateline and credit glued after a headline on one line; `headEnd` ends the headline. */
  gluedLead(line: string, issueDate?: string, norm?: string): { headEnd: number; lead: LeadMatch } | null;
  /** A credit glued to the end of a paragraph (`…安全。XX通讯员/丁志鹏 供图`), or null. */
  trailingCredit(paragraph: string): { body: string; bylines: Byline[]; authorNote?: true; note?: string; signature?: true } | null;
  /**
   * A picture credit inside a paragraph, between two runs of its text
   * (`图为…手中。某某都市报记者　张三　摄　这笔钱…`), and the caption before it,
   * as offsets into the paragraph; or null.
   */
  inlinePhotoCredit(paragraph: string, norm?: string): { captionStart: number; captionEnd: number; restStart: number; bylines: Byline[] } | null;
  /** A photo caption line ending in a credit (`…景区。企业供图`), or null. */
  caption(line: string, norm?: string): { caption: string; bylines: Byline[] } | null;
  /**
   * The date of an event stated in a paragraph, resolved against the issue
   * date; with `absolute`, by a date only, never by a relative word (`今天`).
   */
  eventDate(paragraph: string, issueDate?: string, norm?: string, absolute?: boolean): string | null;
  /** True when a paragraph says when only vaguely (`近日`, `眼下`): a lead that does has no date to find below it. */
  vagueTime(paragraph: string, norm?: string): boolean;
}

/**
 * The editors a staff credit names, as bylines (`责任编辑：刘 洋` → 刘洋,
 * editor), when it names editors only; null for any other (`美术编辑：许辛`,
 * `校对：张武`), and for none. A crawled page's editor credit (in a foot line,
 * in brackets, on a line of its own) credits the article it ends.
 */
export function editorBylines(staff: readonly Staff[] | null | undefined): Byline[] | null {
  if (!staff || staff.length === 0 || staff.some((s) => s.role !== "editor")) return null;
  return staff.map((s) => ({ name: s.name, role: "editor" as const, label: s.label, photo: false }));
}

/** True for a credit line's reading that credits a picture (`本报记者 钱文英摄`, `（馆方供图）`): a photo credit, or a byline marked photo. */
export function creditsPicture(credit: CreditLineMatch | null | undefined): boolean {
  return credit != null && (credit.kind === "photo" || credit.bylines.some((b) => b.photo));
}

/** True when `text` ends in a picture credit (`…留念。本报记者 王 磊 摄`, `…景区。企业供图`). */
export function hasTrailingPhotoCredit(cues: Cues, text: string): boolean {
  return cues.trailingCredit(text)?.bylines.some((b) => b.photo) === true;
}

/**
 * True when `text` ends on a credit naming its author or reporter (`…。（孙晓雯）`,
 * `…。（记者 刘畅）`): no picture's credit, no editor's.
 */
export function hasTrailingSignature(cues: Cues, text: string): boolean {
  const bylines = cues.trailingCredit(text)?.bylines ?? [];
  return bylines.length > 0 && bylines.every((b) => !b.photo && b.role !== "editor" && b.role !== "source");
}

/**
 * A view of `cues` that keeps its answers for one document. The same text is
 * asked about more than once: reflow asks of a line whether it starts a block
 * (a staff line, a credit line, a lead), and classification asks again of the
 * unit the line becomes. Every cue is a pure function of its arguments, so an
 * answer kept is the answer computed. Make one per document: what it keeps
 * goes with it.
 *
 * The answers are shared, not copied: callers must not change them (none does).
 */
export function documentCues(cues: Cues): Cues {
  const kept = new Map<string, Answers>();
  // Reflow and classification ask their cues of one text in a row: the entry
  // found last is kept at hand, and a row of questions looks the text up once.
  let last: Answers | undefined;
  const answers = (text: string): Answers => {
    if (last?.text === text) return last;
    let found = kept.get(text);
    if (found === undefined) {
      found = { text, staff: undefined, credit: undefined, lead: undefined, leadDate: undefined };
      kept.set(text, found);
    }
    last = found;
    return found;
  };
  return {
    creditLine: (line, norm) => {
      const a = answers(line);
      return a.credit === undefined ? (a.credit = cues.creditLine(line, norm)) : a.credit;
    },
    staffLine: (line, norm) => {
      const a = answers(line);
      return a.staff === undefined ? (a.staff = cues.staffLine(line, norm)) : a.staff;
    },
    lead: (paragraph, issueDate, norm) => {
      const a = answers(paragraph);
      // The dateline's date depends on the issue date: an answer for another one is not reused.
      if (a.lead !== undefined && a.leadDate === issueDate) return a.lead;
      a.leadDate = issueDate;
      return (a.lead = cues.lead(paragraph, issueDate, norm));
    },
    // Asked once per text: nothing to keep.
    creditBlock: (lines, matches) => cues.creditBlock(lines, matches),
    titledSignature: (line, norm) => cues.titledSignature(line, norm),
    penSignature: (line, norm) => cues.penSignature(line, norm),
    closingSignature: (line, norm) => cues.closingSignature(line, norm),
    placedSignature: (line, norm) => cues.placedSignature(line, norm),
    // Asked up to three times of a line (reflow of it and of the line above, classification),
    // but one anchored regex that fails at once on most lines: cheaper than a look-up.
    postAndName: (line, norm) => cues.postAndName(line, norm),
    // Asked of few lines: one short line with a space in it, or one under a headline.
    speakerHead: (line, norm) => cues.speakerHead(line, norm),
    gluedLead: (line, issueDate, norm) => cues.gluedLead(line, issueDate, norm),
    trailingCredit: (paragraph) => cues.trailingCredit(paragraph),
    inlinePhotoCredit: (paragraph, norm) => cues.inlinePhotoCredit(paragraph, norm),
    caption: (line, norm) => cues.caption(line, norm),
    eventDate: (paragraph, issueDate, norm, absolute) => cues.eventDate(paragraph, issueDate, norm, absolute),
    vagueTime: (paragraph, norm) => cues.vagueTime(paragraph, norm),
  };
}

/** What one text was found to be; `undefined` until asked. */
interface Answers {
  text: string;
  staff: Staff[] | null | undefined;
  credit: CreditLineMatch | null | undefined;
  lead: LeadMatch | null | undefined;
  leadDate: string | undefined;
}
