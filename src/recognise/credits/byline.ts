/**
 * Bylines from any text that holds credits, for library users who already
 * hold a byline or dateline string: `株洲日报讯(全媒体记者陈洲平 通讯员/周雨 周秀琴)`,
 * `通讯员/刘晓欢 刘艺锋`, `（新华社记者刘洋摄）`, `…安全。株洲日报全媒体通讯员/丁志鹏 供图`.
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit } from "./credit.js";
import { isModifierRun } from "./roles.js";
import { parseCreditLine } from "./credit-line.js";
import { matchLead } from "./lead.js";
import { splitTrailingCredit } from "./trailing-credit.js";

/** A bracketed credit anywhere in a text: `（记者 林可 通讯员 方正）`. */
const BRACKETED = /\((?<inner>[^()]{2,60})\)/gu;

const MARK = "(?:文|图|摄影|摄|漫画)";
/**
 * An unbracketed credit glued into running text, held up by its `name/文`
 * markers: `…要表扬本报记者　周晓林／文　吴雨／漫画８岁男孩…`.
 */
const INLINE = new RegExp(
  String.raw`(?:记者|通讯员|实习生)[ /:]+\p{Script=Han}{2,4}?\/${MARK}(?:[ ]+\p{Script=Han}{2,4}?\/${MARK})*`,
  "gu",
);

/**
 * The start of the label before a role word at `at` in running text: the
 * modifiers glued before it (`本报`, `全媒体`). An outlet's name cannot be told
 * from the words before it there, so it is left out.
 */
function labelStart(folded: string, at: number): number {
  for (let start = Math.max(0, at - 8); start < at; start++) {
    if (isModifierRun(folded.slice(start, at))) return start;
  }
  return at;
}

/**
 * Every person credited anywhere in `text`, in reading order: the lead's
 * credit (after a dateline, bracketed or ending in 报道), bracketed credits
 * further on, a credit glued after the last sentence, or the whole text read
 * as a credit line. Bracketed text is taken only when it holds a role word
 * or a marker. Empty when nothing in the text is a credit.
 */
export function parseByline(text: string): Byline[] {
  const whole = parseCreditLine(text);
  if (whole) return whole.bylines;
  const out: Byline[] = [];
  const lead = matchLead(text);
  let from = 0;
  if (lead) {
    out.push(...lead.bylines);
    from = lead.bodyStart;
  }
  const folded = normaliseString(text);
  let coveredTo = from;
  for (const m of folded.slice(from).matchAll(BRACKETED)) {
    const inner = m.groups?.inner;
    if (inner === undefined) continue;
    const start = from + m.index + 1;
    const credit = parseCredit(text.slice(start, start + inner.length));
    if (credit && (credit.hasRole || credit.hasMarker)) {
      out.push(...credit.bylines);
      coveredTo = start + inner.length + 1;
    }
  }
  const inlineFrom = coveredTo;
  for (const m of folded.slice(inlineFrom).matchAll(INLINE)) {
    const at = inlineFrom + m.index;
    const start = labelStart(folded, at);
    const credit = parseCredit(text.slice(start, at + m[0].length));
    if (credit) {
      out.push(...credit.bylines);
      coveredTo = at + m[0].length;
    }
  }
  const rest = text.slice(coveredTo);
  const trailing = rest.length > 0 ? splitTrailingCredit(rest) : null;
  if (trailing) out.push(...trailing.bylines);
  return dedupe(out);
}

/** The same credit printed twice (a repeated headline block) names its people once. */
function dedupe(bylines: Byline[]): Byline[] {
  const seen = new Set<string>();
  return bylines.filter((b) => {
    const key = JSON.stringify([b.name, b.role, b.label, b.photo]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
