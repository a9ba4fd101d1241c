/**
 * The grammar of one credit: the words inside `(全媒体记者陈洲平 通讯员/周雨 周秀琴)`,
 * a credit line `株洲日报全媒体记者/刘毅`, or a picture credit `企业供图`.
 *
 * A credit is a sequence of parts: a label ending in a role word
 * (`株洲日报全媒体记者`, `株洲晚报 记者`, `通讯员`), names, and markers that
 * say what the named contributed (`摄`, `供图`, `文`, `图`). Every part of the
 * text must be one of these, or the text is not a credit: that is what keeps
 * `记者从杭州江干区公安分局了解到` and `当好通讯员和宣传员` out.
 *
 * Matching runs on the folded copy (`normaliseString`), which has the length
 * of the original, so names and labels are sliced from the original as written.
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline, BylineRole } from "../../schema.js";
import { cutNameRun, isHan, isPlausibleName, surnameOf } from "./names.js";
import {
  ALL_MARKERS,
  isLabelPrefix,
  isModifierRun,
  isOutletName,
  roleOf,
  ROLE_WORDS,
  SEPARATOR_CLASS,
  SUFFIX_MARKERS,
  type Marker,
  type RoleWord,
} from "./roles.js";

/** The result of reading one credit. */
export interface CreditParse {
  /** One entry per credited person or organisation, in the order written. */
  bylines: Byline[];
  /** True when a role word (记者, 通讯员 …) stands in the credit. */
  hasRole: boolean;
  /** True when any marker (摄, 供图, 文, 图 …) stands in the credit. */
  hasMarker: boolean;
  /** True when the credit ends in a picture marker (`… 摄`, `… 供图`). */
  endsWithPhotoMarker: boolean;
}

type Piece =
  | { kind: "role"; core: RoleWord; start: number; end: number; glued: boolean }
  | { kind: "text"; text: string; start: number; end: number; beforeRole: boolean; afterRole: boolean }
  | { kind: "marker"; marker: Marker; start: number; end: number };

const SEPARATOR_RUN = new RegExp(`${SEPARATOR_CLASS}+`, "gu");
const FOREIGN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u;
const ROLE_ALTERNATION = new RegExp(ROLE_WORDS.map((r) => r.word).join("|"), "gu");

/** Splits the folded text into tokens between separators: `[start, end)` pairs. */
function tokens(folded: string): Array<[start: number, end: number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  SEPARATOR_RUN.lastIndex = 0;
  for (let m = SEPARATOR_RUN.exec(folded); m !== null; m = SEPARATOR_RUN.exec(folded)) {
    if (m.index > last) out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  if (last < folded.length) out.push([last, folded.length]);
  return out;
}

function markerOf(word: string): Marker | null {
  return ALL_MARKERS.find((m) => m.word === word) ?? null;
}

/** Splits a text chunk into a text piece and a glued marker at its end (`李舸摄`). */
function textPieces(folded: string, start: number, end: number, beforeRole: boolean, afterRole: boolean): Piece[] {
  const text = folded.slice(start, end);
  const whole = markerOf(text);
  if (whole !== null && !beforeRole && !afterRole) return [{ kind: "marker", marker: whole, start, end }];
  for (const m of SUFFIX_MARKERS) {
    if (text.length > m.word.length && text.endsWith(m.word) && !beforeRole) {
      const cut = end - m.word.length;
      return [
        { kind: "text", text: folded.slice(start, cut), start, end: cut, beforeRole, afterRole },
        { kind: "marker", marker: m, start: cut, end },
      ];
    }
  }
  return [{ kind: "text", text, start, end, beforeRole, afterRole }];
}

/** Cuts the folded text into role words, text chunks and markers. */
function pieces(folded: string): Piece[] {
  const out: Piece[] = [];
  for (const [start, end] of tokens(folded)) {
    let at = start;
    ROLE_ALTERNATION.lastIndex = start;
    for (let m = ROLE_ALTERNATION.exec(folded); m !== null && m.index < end; m = ROLE_ALTERNATION.exec(folded)) {
      const core = ROLE_WORDS.find((r) => r.word === m?.[0]);
      if (!core || m.index + m[0].length > end) break;
      if (m.index > at) out.push(...textPieces(folded, at, m.index, true, at > start));
      out.push({ kind: "role", core, start: m.index, end: m.index + m[0].length, glued: m.index > at });
      at = m.index + m[0].length;
    }
    if (at < end) out.push(...textPieces(folded, at, end, false, at > start));
  }
  return out;
}

interface RoleState {
  role: BylineRole;
  label: string;
  names: number;
}

interface LeadMarker {
  labelStart: number;
  labelEnd: number;
  photo: boolean;
}

/**
 * Reads `text` as one whole credit. Returns null when any part of it is not
 * a label, a role word, a name or a marker.
 */
export function parseCredit(text: string): CreditParse | null {
  const folded = normaliseString(text);
  const parts = pieces(folded);
  if (parts.length === 0) return null;

  const bylines: Byline[] = [];
  let current: RoleState | null = null;
  let labelStart: number | null = null;
  let lead: LeadMarker | null = null;
  let scopeStart = 0;
  let pendingSingle: { start: number; end: number } | null = null;
  let hasRole = false;
  let hasMarker = false;
  let endsWithPhotoMarker = false;

  const add = (name: string, source: boolean): void => {
    const role: BylineRole = current ? current.role : source ? "source" : "author";
    const label = current ? current.label : lead ? text.slice(lead.labelStart, lead.labelEnd) : null;
    bylines.push({ name, role, label, photo: lead?.photo ?? false });
    if (current) current.names++;
  };

  /** Adds the names in one text chunk; false when the chunk is not names. */
  const addNames = (p: Extract<Piece, { kind: "text" }>, next: Piece | undefined): boolean => {
    const written = text.slice(p.start, p.end);
    if (p.text.length === 1) {
      // `许 辛`: a padded two-character name, typeset in two halves.
      const half = pendingSingle;
      if (half) {
        const first = text.slice(half.start, half.end);
        pendingSingle = null;
        // Only spaces pad a name; `张：华` or `张/华` are two parts, not one name.
        if (!/^\s+$/u.test(folded.slice(half.end, p.start))) return false;
        if (!isHan(p.text) || surnameOf(normaliseString(first)) === null) return false;
        add(first + written, false);
        return true;
      }
      if (!isHan(p.text) || surnameOf(p.text) === null) return false;
      pendingSingle = { start: p.start, end: p.end };
      return true;
    }
    if (pendingSingle) return false;
    const photoNext = next?.kind === "marker" && next.marker.photo;
    if (!current && isOutletName(p.text)) {
      add(written, true);
      return true;
    }
    if (FOREIGN_NAME.test(p.text) && p.text.length <= 16) {
      add(written, false);
      return true;
    }
    const glued = p.afterRole || p.beforeRole;
    if (!glued && isHan(p.text) && p.text.length <= 4 && (current ? acceptsAfterRole(p.text) : isPlausibleName(p.text))) {
      add(written, false);
      return true;
    }
    const names = cutNameRun(p.text);
    if (names !== null && names.every(isPlausibleName)) {
      let at = 0;
      for (const n of names) {
        add(written.slice(at, at + n.length), false);
        at += n.length;
      }
      return true;
    }
    // An organisation's picture credit: `企业供图`, `受访者供图`, `株洲市公安局供图`.
    if (!current && photoNext && isHan(p.text) && p.text.length <= 12) {
      add(written, true);
      return true;
    }
    return false;
  };

  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === undefined) break;
    const next = parts[i + 1];
    endsWithPhotoMarker = false;
    if (p.kind === "role") {
      if (pendingSingle) return null;
      if (current && current.names === 0) return null;
      const start = labelStart ?? p.start;
      const modifier = folded.slice(start, p.start);
      current = { role: roleOf(p.core, modifier), label: text.slice(start, p.end), names: 0 };
      labelStart = null;
      lead = null;
      scopeStart = bylines.length;
      hasRole = true;
      continue;
    }
    if (p.kind === "marker") {
      if (pendingSingle) return null;
      hasMarker = true;
      if (bylines.length > scopeStart) {
        // A marker after names covers every name since the last marker: `通讯员/曲宏 易溪 摄`.
        if (p.marker.photo) for (let k = scopeStart; k < bylines.length; k++) (bylines[k] as Byline).photo = true;
        scopeStart = bylines.length;
        lead = null;
        endsWithPhotoMarker = p.marker.photo;
      } else {
        // A marker before names: `文/图 王五`, `图/新华社`, `示意图:孙伟`.
        lead = lead
          ? { labelStart: lead.labelStart, labelEnd: p.end, photo: lead.photo || p.marker.photo }
          : { labelStart: p.start, labelEnd: p.end, photo: p.marker.photo };
        scopeStart = bylines.length;
      }
      continue;
    }
    // A text chunk glued before a role word: its label prefix, or the last names of the role before.
    if (p.beforeRole) {
      const namesOwed = current !== null && current.names === 0;
      if (isModifierRun(p.text) || (!namesOwed && isLabelPrefix(p.text))) {
        labelStart = p.start;
        continue;
      }
      if (!current || !addNames(p, next)) return null;
      continue;
    }
    // A separate chunk right before a role word that starts its token: `株洲晚报 记者`.
    if (next?.kind === "role" && !next.glued && isLabelPrefix(p.text) && !(current && current.names === 0)) {
      labelStart = p.start;
      continue;
    }
    if (!addNames(p, next)) return null;
  }
  if (pendingSingle || labelStart !== null) return null;
  if (lead !== null && bylines.length === scopeStart) return null;
  if (current && current.names === 0) return null;
  if (bylines.length === 0) return null;
  return { bylines, hasRole, hasMarker, endsWithPhotoMarker };
}

/**
 * After a role word a separate token of two to four Han characters is a name
 * unless it is plainly not one (it holds a character names do not use).
 */
function acceptsAfterRole(s: string): boolean {
  if (isPlausibleName(s)) return true;
  return s.length <= 3 && !/[的了是在不这那们从对向把被将和与及或就都也已于为之]/u.test(s);
}
