/**
 * The credits stage seen through the narrow `Cues` interface that
 * segmentation uses to find where articles start and end.
 *
 * Where the caller passes the folded copy of the text, each cue first makes
 * its parser's own first test on it (`mayOpenWithLead` …), which turns most
 * texts away without folding them again.
 */
import type { Cues } from "../segment/cues.js";
import { normaliseString } from "../normalise/normalise.js";
import {
  findEventDate,
  findInlinePhotoCredit,
  findLead,
  matchLead,
  mayBeCaption,
  mayBeCreditLine,
  mayBeStaffLine,
  mayHoldDate,
  mayHoldGluedLead,
  mayHoldInlinePhotoCredit,
  mayOpenWithLead,
  parseCaption,
  parseCreditBlock,
  parseCreditLine,
  parseStaffLine,
  parseClosingSignature,
  parsePenSignature,
  parsePlacedSignature,
  parseTitledSignature,
  isPostAndName,
  speakerHead,
  splitTrailingCredit,
  tellsTimeVaguely,
} from "./credits/index.js";

const withDate = (issueDate: string | undefined): { issueDate?: string } => (issueDate === undefined ? {} : { issueDate });

export const creditCues: Cues = {
  creditLine: (line, norm) => (norm !== undefined && !mayBeCreditLine(norm) ? null : parseCreditLine(line)),
  creditBlock: (lines, matches) => parseCreditBlock(lines, matches),
  titledSignature: (line, norm) => parseTitledSignature(line, norm),
  penSignature: (line, norm) => parsePenSignature(line, norm),
  closingSignature: (line, norm) => parseClosingSignature(line, norm),
  placedSignature: (line, norm) => parsePlacedSignature(line, norm),
  postAndName: (line, norm) => isPostAndName(norm ?? normaliseString(line)),
  speakerHead: (line, norm) => speakerHead(norm ?? normaliseString(line)),
  staffLine: (line, norm) => (norm !== undefined && !mayBeStaffLine(norm) ? null : parseStaffLine(line)),
  lead: (paragraph, issueDate, norm) =>
    norm !== undefined && !mayOpenWithLead(norm) ? null : matchLead(paragraph, withDate(issueDate), norm),
  gluedLead: (line, issueDate, norm) =>
    norm !== undefined && !mayHoldGluedLead(norm) ? null : findLead(line, withDate(issueDate)),
  trailingCredit: (paragraph) => splitTrailingCredit(paragraph),
  inlinePhotoCredit: (paragraph, norm) =>
    norm !== undefined && !mayHoldInlinePhotoCredit(norm) ? null : findInlinePhotoCredit(paragraph, norm),
  caption: (line, norm) => (norm !== undefined && !mayBeCaption(norm) ? null : parseCaption(line)),
  eventDate: (paragraph, issueDate, norm, absolute) =>
    norm !== undefined && !mayHoldDate(norm) ? null : findEventDate(paragraph, absolute === true ? { ...withDate(issueDate), absolute } : withDate(issueDate), norm),
  vagueTime: (paragraph, norm) => tellsTimeVaguely(norm ?? normaliseString(paragraph)),
};
