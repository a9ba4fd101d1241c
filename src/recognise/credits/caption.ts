/**
 * Photo captions that end with the picture's credit:
 *
 *   旅游环境美观舒适的神农城景区。企业供图
 *   图为竣工通车的跨江大桥。（本报记者戴明摄）
 *   城区管网走向示意图（示意图：潘越绘）
 *   示威者在街头集会。路透社        (a wire agency's name alone: its picture)
 */
import { normaliseString } from "../../normalise/normalise.js";
import { opensAsCaption } from "../../text/captions.js";
import type { Byline } from "../../schema.js";
import { parseCredit } from "./credit.js";
import { parseCreditLine } from "./credit-line.js";
import { isLatinName, isLikelySignatureName } from "./names.js";
import { isOutletName } from "./roles.js";
import { providerCredit, tailCredit } from "./trailing-credit.js";

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
    // `图：建屋局推出的组屋项目模拟图。（建屋发展局提供）`: a line that opens as a caption does
    // (`opensAsCaption`) is a picture's, and the organisation that provided it credits the picture.
    if (caption.length > 0 && opensAsCaption(folded)) {
      const provided = providerCredit(text.slice(start));
      if (provided !== null) return { caption, bylines: provided.map((b) => ({ ...b, photo: true })) };
    }
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

/**
 * A picture credit inside a paragraph, between two of its runs of text
 * (folded): after a sentence end, before white space and more text. Crawled
 * single-article text (SogouCS) sets a page's paragraphs in one line, apart
 * by full-width spaces, and the picture's caption and credit among them:
 *
 *   图为8月16日，老人将存单交到学校手中。某某都市报记者　张三　摄　这笔钱是…
 *   图为新建成的大桥。（本报记者 李四 摄）　大桥全长…
 *
 * The credit ends on 摄, 摄影 or 供图, bare or in brackets; the white space
 * after it is where the next paragraph starts.
 */
const INLINE_PHOTO_CREDIT =
  /[。！？!?][”’"')]*\s*(?:\((?<inner>[^()]{2,36}?(?:摄影?|供图))\)|(?<bare>[^\s。！？!?()”’"'][^。！？!?()]{1,36}?(?:摄影?|供图)))\s+(?=\S)/gu;

/**
 * False when `findInlinePhotoCredit` finds nothing in the paragraph whose
 * folded copy is `folded`: every credit it reads ends on 摄 or 供图.
 */
export function mayHoldInlinePhotoCredit(folded: string): boolean {
  return folded.includes("摄") || folded.includes("供图");
}

/** A picture credit found inside a paragraph, and the caption before it, as offsets into the paragraph. */
export interface InlinePhotoCredit {
  /** Where the caption starts; the text before it is body. */
  captionStart: number;
  /** Where the caption ends, after its last sentence end; `captionStart` when no caption stands before the credit. */
  captionEnd: number;
  /** Where the text after the credit starts. */
  restStart: number;
  /** The credit's bylines, all `photo: true`. */
  bylines: Byline[];
}

/**
 * The first picture credit inside a paragraph (`INLINE_PHOTO_CREDIT`), or
 * null. The credit must name its people with a role word (`某某都市报记者　张三　摄`)
 * or, in brackets, by names that look like names (`（张三 摄）`): a bare name
 * and 摄 after a sentence may be text. The caption is the run of sentences
 * before the credit that opens with a caption word (`图为…`), within the
 * credit's run of text (after the last white space before it); without one,
 * everything before the credit is body.
 */
export function findInlinePhotoCredit(paragraph: string, folded = normaliseString(paragraph)): InlinePhotoCredit | null {
  if (!mayHoldInlinePhotoCredit(folded)) return null;
  INLINE_PHOTO_CREDIT.lastIndex = 0;
  for (let m = INLINE_PHOTO_CREDIT.exec(folded); m !== null; m = INLINE_PHOTO_CREDIT.exec(folded)) {
    const restStart = m.index + m[0].length;
    INLINE_PHOTO_CREDIT.lastIndex = m.index + 1;
    const inner = m.groups?.inner;
    const creditText = inner ?? m.groups?.bare ?? "";
    // The credit ends the match, before the white space after it (and `)` when bracketed).
    const creditEnd = restStart - (m[0].length - m[0].trimEnd().length) - (inner === undefined ? 0 : 1);
    const credit = parseCredit(paragraph.slice(creditEnd - creditText.length, creditEnd), { keepPassing: inner !== undefined });
    if (credit === null || !isPhoto(credit.bylines)) continue;
    if (!(credit.hasRole || (inner !== undefined && namesHold(credit.bylines, false)))) continue;
    const sentenceEnd = m.index + /^[。！？!?][”’"')]*/u.exec(m[0])![0].length;
    const captionStart = captionOpening(folded, sentenceEnd);
    return { captionStart, captionEnd: captionStart < sentenceEnd ? sentenceEnd : captionStart, restStart, bylines: credit.bylines };
  }
  return null;
}

/** A sentence start: the text's start, or after a sentence end or white space. */
const SENTENCE_START = /(?:^|[。！？!?][”’"')]*|\s+)(?=\S)/gu;

/**
 * Where the caption ending at `end` starts: the first sentence, within the
 * run of text that `end` closes, that opens with a caption word. `end` when
 * none does.
 */
function captionOpening(folded: string, end: number): number {
  let runStart = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (/\s/u.test(folded[i]!)) {
      runStart = i + 1;
      break;
    }
  }
  const run = folded.slice(runStart, end);
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(run); m !== null; m = SENTENCE_START.exec(run)) {
    const at = m.index + m[0].length;
    if (at >= run.length) break;
    if (opensAsCaption(run.slice(at, at + 4))) return runStart + at;
    if (m[0].length === 0) SENTENCE_START.lastIndex++;
  }
  return end;
}
