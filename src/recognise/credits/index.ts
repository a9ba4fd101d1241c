/**
 * The credits stage: datelines, bylines, picture credits, signatures, page
 * staff lines and event dates. Every function here is pure and works by
 * regular expressions over the folded copy of its input (`normaliseString`),
 * slicing names and labels from the original as written.
 *
 * Offsets are half-open `[start, end)` UTF-16 units of the string passed in.
 */
export { parseByline } from "./byline.js";
export { findInlinePhotoCredit, mayBeCaption, mayHoldInlinePhotoCredit, parseCaption, type InlinePhotoCredit } from "./caption.js";
export { parseCredit, type CreditOptions, type CreditParse } from "./credit.js";
export { mayBeCreditLine, parseClosingSignature, parseCreditBlock, parseCreditLine, parsePenSignature, parsePlacedSignature, parseTitledSignature, isPostAndName, speakerHead, type CreditLineMatch, type SpeakerHead } from "./credit-line.js";
export { matchDateline, parseDateline, type DatelineMatch } from "./dateline.js";
export { findDates, findEventDate, mayHoldDate, resolveDate, resolveMention, tellsTimeVaguely, type DateMention } from "./dates.js";
export { findLead, matchLead, mayHoldGluedLead, mayOpenWithLead, type HeadedLead, type LeadMatch } from "./lead.js";
export {
  COMPOUND_SURNAMES,
  cutNameRun,
  isDottedName,
  isSlotName,
  isLatinName,
  isLikelySignatureName,
  isNameAfterRole,
  isPlausibleName,
  paddedNameLength,
  SURNAMES,
  surnameOf,
} from "./names.js";
export { LATIN_AGENCIES, OUTLET_PREFIXES, ROLE_WORDS, type RoleWord } from "./roles.js";
export { mayBeStaffLine, parseStaffLine, STAFF_WORDS } from "./staff-line.js";
export { isAgencyTag, splitTrailingCredit, type TrailingSplit } from "./trailing-credit.js";
