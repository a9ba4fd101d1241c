/**
 * The credits stage seen through the narrow `Cues` interface that
 * segmentation uses to find where articles start and end.
 */
import type { Cues } from "../segment/cues.js";
import {
  findEventDate,
  findLead,
  matchLead,
  parseCaption,
  parseCreditBlock,
  parseCreditLine,
  parseStaffLine,
  splitTrailingCredit,
} from "./credits/index.js";

export const creditCues: Cues = {
  creditLine: (line) => parseCreditLine(line),
  creditBlock: (lines) => parseCreditBlock(lines),
  staffLine: (line) => parseStaffLine(line),
  lead: (paragraph, issueDate) => matchLead(paragraph, issueDate === undefined ? {} : { issueDate }),
  gluedLead: (line, issueDate) => findLead(line, issueDate === undefined ? {} : { issueDate }),
  trailingCredit: (paragraph) => splitTrailingCredit(paragraph),
  caption: (line) => parseCaption(line),
  eventDate: (paragraph, issueDate) => findEventDate(paragraph, issueDate === undefined ? {} : { issueDate }),
};
