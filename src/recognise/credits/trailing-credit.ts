/**
 * A credit glued to the end of a paragraph, after its last sentence:
 *
 *   …人民群众生命财产安全。株洲日报全媒体通讯员/丁志鹏 供图
 *   …。（记者 王五 摄）
 *   …。新华社记者 李四 摄
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit } from "./credit.js";

/** A credit glued after a sentence is short; a longer tail is text. */
const MAX_TAIL = 40;
/** Sentence ends, with any closing quotes after them (`…。”`). */
const SENTENCE_END = /[。！？!?…；;][”’"')]*/gu;

/**
 * Where the tail after the last sentence end starts, and the credit in it;
 * null when the text has no sentence end or the tail is not a credit.
 */
export function tailCredit(
  text: string,
  accept: (bylines: Byline[], hasRole: boolean, hasMarker: boolean) => boolean,
): { cut: number; bylines: Byline[] } | null {
  const folded = normaliseString(text);
  let cut = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(folded); m !== null; m = SENTENCE_END.exec(folded)) {
    cut = m.index + m[0].length;
  }
  if (cut <= 0) return null;
  const tail = folded.slice(cut);
  const lead = tail.length - tail.trimStart().length;
  const trimmed = tail.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TAIL) return null;
  const start = cut + lead;
  const end = start + trimmed.length;
  const bracketed = /^\([^()]+\)$/u.test(trimmed);
  const credit = parseCredit(bracketed ? text.slice(start + 1, end - 1) : text.slice(start, end));
  if (!credit || !accept(credit.bylines, credit.hasRole, credit.hasMarker)) return null;
  return { cut, bylines: credit.bylines };
}

/**
 * Splits a credit glued after the last sentence of a paragraph
 * (`…安全。株洲日报全媒体通讯员/丁志鹏 供图`) from the body. Only after a
 * sentence end, and only a credit with a role word or a marker (摄, 供图 …):
 * bare names after a full stop are left to the body. Returns the body up to
 * and including the sentence end, and the bylines; null otherwise.
 */
export function splitTrailingCredit(paragraph: string): { body: string; bylines: Byline[] } | null {
  const found = tailCredit(paragraph, (_bylines, hasRole, hasMarker) => hasRole || hasMarker);
  if (!found) return null;
  return { body: paragraph.slice(0, found.cut), bylines: found.bylines };
}
