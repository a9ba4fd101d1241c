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

export interface Cues {
  /** A whole line that is only a credit, or null. */
  creditLine(line: string): CreditLineMatch | null;
  /** The bylines of a block of credit lines read together (a trailing 摄 marks them all photo). */
  creditBlock(lines: string[]): Byline[];
  /** A page staff line (`责任编辑:… 校对:…`), or null. */
  staffLine(line: string): Staff[] | null;
  /** A dateline and/or credit at the start of a first paragraph, or null. */
  lead(paragraph: string, issueDate?: string): LeadMatch | null;
  /** A dateline and credit glued after a headline on one line; `headEnd` ends the headline. */
  gluedLead(line: string, issueDate?: string): { headEnd: number; lead: LeadMatch } | null;
  /** A credit glued to the end of a paragraph (`…安全。XX通讯员/丁志鹏 供图`), or null. */
  trailingCredit(paragraph: string): { body: string; bylines: Byline[] } | null;
  /** A photo caption line ending in a credit (`…景区。企业供图`), or null. */
  caption(line: string): { caption: string; bylines: Byline[] } | null;
  /** The date of an event stated in a paragraph, resolved against the issue date. */
  eventDate(paragraph: string, issueDate?: string): string | null;
}
