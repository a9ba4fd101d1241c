/**
 * Photo captions that end with the picture's credit:
 *
 *   旅游环境美观舒适的神农城景区。企业供图
 *   图为竣工通车的跨江大桥。（本报记者戴明摄）
 *   城区管网走向示意图（示意图：潘越绘）
 *   示威者在街头集会。路透社        (a wire agency's name alone: its picture)
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit } from "./credit.js";
import { parseCreditLine } from "./credit-line.js";
import { isLatinName, isLikelySignatureName } from "./names.js";
import { isOutletName } from "./roles.js";
import { tailCredit } from "./trailing-credit.js";

const MAX_CREDIT = 40;
/** A picture word or wire agency in the last characters of a caption line. */
const PICTURE_END = /[摄图绘画供社]|photo|reuters|ap|afp|ic|getty|epa|xinhua/iu;
const PICTURE_END_WINDOW = 16;
/** Longest line read as a caption with its credit. */
const MAX_CAPTION_LINE = 160;
/** A bracketed credit closing the line: `…示意图（示意图：潘越绘）`. */
const BRACKETED_TAIL = /\((?<inner>[^()]{1,40})\)\s*$/u;

/**
 * False when `parseCaption` finds nothing in the line whose folded copy
 * (`normaliseString(line)`) is `folded`. A caption is a sentence or two and its
 * credit: a longer line is a paragraph. And every picture credit ends near a
 * picture word (摄, 图, 绘, 画, 供) or a wire agency (…社, Reuters, AP …):
 * without one in the last characters, no caption. (Folding keeps white space
 * white space, so `folded` trims as the line does.)
 */
export function mayBeCaption(folded: string): boolean {
  const end = folded.trimEnd().length;
  return end <= MAX_CAPTION_LINE && PICTURE_END.test(folded.slice(Math.max(0, end - PICTURE_END_WINDOW), end));
}

const isPhoto = (bylines: Byline[]): boolean => bylines.length > 0 && bylines.every((b) => b.photo);

/**
 * Under a picture, a wire agency's name alone (`路透社`) is the picture's
 * credit. In brackets (`…。（新华社）`) it is the text's source instead
 * (`splitTrailingCredit`), so brackets are not taken here.
 */
function wireAgency(written: string): Byline[] | null {
  const name = written.trim();
  const core = normaliseString(name);
  if (core.length > 6 || !core.endsWith("社") || !isOutletName(core)) return null;
  return [{ name, role: "source", label: null, photo: true }];
}

/** Names with no role word must look like personal names (or be an organisation's credit). */
const namesHold = (bylines: Byline[], hasRole: boolean): boolean =>
  hasRole ||
  bylines.every((b) => b.role === "source" || isLatinName(b.name) || isLikelySignatureName(normaliseString(b.name)));

/**
 * `…作业。新华社发（朱海鹏摄）`: the agency that sent the picture stands after
 * the last sentence, the photographer in brackets. The agency's credit is cut
 * off the caption and credited before the photographer.
 */
function withAgencyBefore(caption: string, bylines: Byline[]): { caption: string; bylines: Byline[] } {
  const agency = tailCredit(caption, (found) => isPhoto(found) && found.every((b) => b.role === "source"));
  if (agency === null) return { caption, bylines };
  return { caption: caption.slice(0, agency.cut).trim(), bylines: [...agency.bylines, ...bylines] };
}

/**
 * Reads a caption line that ends with a picture credit; returns the caption
 * text (as written, up to the credit) and the credit's bylines, all
 * `photo: true`. Null when the line does not end in a picture credit or
 * nothing stands before the credit.
 */
export function parseCaption(line: string): { caption: string; bylines: Byline[] } | null {
  const text = line.trimEnd();
  // Folding commutes with slicing (one code unit for one): fold the end only.
  if (text.length > MAX_CAPTION_LINE || !mayBeCaption(normaliseString(text.slice(-PICTURE_END_WINDOW)))) return null;
  // A line that is all credit (`通讯员/曲宏 易溪 摄`) has no caption to split off.
  if (parseCreditLine(text) !== null) return null;
  const folded = normaliseString(text);

  const bracket = BRACKETED_TAIL.exec(folded);
  if (bracket?.groups?.inner !== undefined) {
    const start = bracket.index;
    const credit = parseCredit(text.slice(start + 1, start + 1 + bracket.groups.inner.length));
    const caption = text.slice(0, start).trim();
    if (credit && isPhoto(credit.bylines) && caption.length > 0) return withAgencyBefore(caption, credit.bylines);
  }

  const wireAt = folded.search(/[。！？!?]\s*[^。！？!?()\s]{3,6}\s*$/u);
  if (wireAt >= 0) {
    const wire = wireAgency(text.slice(wireAt + 1));
    const caption = text.slice(0, wireAt + 1).trim();
    if (wire && caption.length > 1) return { caption, bylines: wire };
  }

  const afterSentence = tailCredit(text, (bylines, hasRole) => isPhoto(bylines) && namesHold(bylines, hasRole));
  if (afterSentence) {
    const caption = text.slice(0, afterSentence.cut).trim();
    if (caption.length > 0) return { caption, bylines: afterSentence.bylines };
  }

  // `图为…的场景 王五 摄`: no sentence end, the credit set off by a space; try the longest tail first.
  const spaces = [...folded.matchAll(/\s+/gu)];
  for (const s of spaces) {
    const start = s.index + s[0].length;
    if (text.length - start > MAX_CREDIT) continue;
    const credit = parseCredit(text.slice(start));
    const caption = text.slice(0, s.index).trim();
    if (credit && caption.length > 0 && isPhoto(credit.bylines) && namesHold(credit.bylines, credit.hasRole)) {
      return { caption, bylines: credit.bylines };
    }
  }
  return null;
}
