/**
 * Page staff lines, the furniture that names who edited a page:
 *
 *   22206803 责任编辑:刘琪琪 美术编辑:许 辛 校对:张 武
 *   本版编辑：张三   图片编辑：李四   版式：王五
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Staff, StaffRole } from "../../schema.js";
import { isHan, surnameOf } from "./names.js";

/** A staff role word and the role it gives; longest first. */
interface StaffWord {
  readonly word: string;
  readonly role: StaffRole;
}

export const STAFF_WORDS: readonly StaffWord[] = [
  { word: "责任编辑", role: "editor" }, // 责任编辑:刘琪琪
  { word: "美术编辑", role: "art-editor" }, // 美术编辑:许 辛
  { word: "图片编辑", role: "photo-editor" }, // 图片编辑：李四
  { word: "摄影编辑", role: "photo-editor" }, // 摄影编辑 李四
  { word: "值班编辑", role: "editor" }, // 值班编辑 张三
  { word: "版式设计", role: "other" }, // 版式设计 王五
  { word: "美术设计", role: "art-editor" }, // 美术设计 王五
  { word: "责编", role: "editor" }, // 责编 张三
  { word: "美编", role: "art-editor" }, // 美编 许辛
  { word: "图编", role: "photo-editor" }, // 图编 李四
  { word: "编辑", role: "editor" }, // 编辑 张三
  { word: "校对", role: "proofreader" }, // 校对:张 武
  { word: "审校", role: "proofreader" }, // 审校 张武
  { word: "版式", role: "other" }, // 版式 王五
  { word: "排版", role: "other" }, // 排版 王五
  { word: "组版", role: "other" }, // 组版 王五
  { word: "制图", role: "other" }, // 制图 王五
];

// 本版编辑, 本版责编: `本版` qualifies the role and belongs to the label.
const STAFF_LABEL = new RegExp(`(?:本版)?(?:${STAFF_WORDS.map((w) => w.word).join("|")})`, "gu");
/** Before the first role word only a page code or phone number may stand (`22206803`, `A03`). */
const PREFIX_CHAR = String.raw`[\sA-Za-z0-9#.\-—–·]`;
const PREFIX = new RegExp(`^${PREFIX_CHAR}*$`, "u");
const PREFIX_RUN = new RegExp(`^${PREFIX_CHAR}*`, "u");
const STAFF_START = new RegExp(STAFF_LABEL.source, "uy");
/**
 * What a staff line starts with: a character of the page code, or the first
 * character of a label (本版, or a role word). Tested on the line's first
 * character alone, folded, it turns away most lines before their head is folded.
 */
const STAFF_FIRST = new RegExp(
  `^(?:${PREFIX_CHAR}|${[...new Set(["本", ...STAFF_WORDS.map((w) => w.word.charAt(0))])].join("|")})`,
  "u",
);
const SEPARATORS = /[\s:：\/、，,|丨]+/gu;

function roleOf(label: string): StaffRole {
  const core = label.startsWith("本版") ? label.slice(2) : label;
  return STAFF_WORDS.find((w) => w.word === core)?.role ?? "other";
}

/** The names after one role word: padded halves (`许 辛`) joined; null when a token is no name. */
function namesIn(original: string, folded: string, start: number, end: number): string[] | null {
  const tokens: Array<[number, number]> = [];
  let last = start;
  for (const m of folded.slice(start, end).matchAll(SEPARATORS)) {
    const at = start + m.index;
    if (at > last) tokens.push([last, at]);
    last = at + m[0].length;
  }
  if (last < end) tokens.push([last, end]);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, b] = tokens[i] as [number, number];
    const word = folded.slice(a, b);
    if (!isHan(word)) return null;
    if (word.length === 1) {
      const next = tokens[i + 1];
      if (next === undefined || next[1] - next[0] !== 1 || surnameOf(word) === null) return null;
      if (!/^\s+$/u.test(folded.slice(b, next[0]))) return null; // only spaces pad a name
      if (!isHan(folded.slice(next[0], next[1]))) return null;
      names.push(original.slice(a, b) + original.slice(next[0], next[1]));
      i++;
      continue;
    }
    if (word.length > 4 || surnameOf(word) === null) return null;
    names.push(original.slice(a, b));
  }
  return names;
}

/** How far into a line its first role word is looked for. */
const HEAD = 48;

/**
 * False when `parseStaffLine` finds nothing in the line whose folded copy
 * (`normaliseString(line)`) is `folded`: its first tests (a staff line starts
 * with a page code or a label, and its first role word comes right after the
 * page code), made on the copy a caller already holds. (Folding maps one code unit to one,
 * so the folded head is the head of `folded`; and every alternative of
 * `STAFF_FIRST` is one BMP character, so testing it on the whole line, anchored,
 * tests the first character alone.)
 */
export function mayBeStaffLine(folded: string): boolean {
  if (!STAFF_FIRST.test(folded)) return false;
  const head = folded.slice(0, HEAD);
  STAFF_START.lastIndex = PREFIX_RUN.exec(head)?.[0].length ?? 0;
  return STAFF_START.test(head);
}

/**
 * Reads a page staff line into `{ name, role, label }` entries, in order;
 * names are given without typesetting padding (`许 辛` → `许辛`). Null for a
 * line that is not a staff line: no staff role word, text before the first
 * one other than a page code, or anything after a role word that is not a name.
 */
export function parseStaffLine(line: string): Staff[] | null {
  // The first role word comes right after the page code: look there before
  // reading the whole line (most lines of a page are not staff lines).
  // The first character alone is folded first: it turns most lines away.
  if (!STAFF_FIRST.test(normaliseString(line.charAt(0))) || !mayBeStaffLine(normaliseString(line.slice(0, HEAD)))) return null;
  const folded = normaliseString(line);
  const labels = [...folded.matchAll(STAFF_LABEL)];
  const first = labels[0];
  if (first === undefined || !PREFIX.test(folded.slice(0, first.index))) return null;
  const staff: Staff[] = [];
  for (let k = 0; k < labels.length; k++) {
    const m = labels[k];
    if (m === undefined) break;
    const labelEnd = m.index + m[0].length;
    const next = labels[k + 1];
    const names = namesIn(line, folded, labelEnd, next === undefined ? folded.length : next.index);
    if (names === null || names.length === 0) return null;
    const label = line.slice(m.index, labelEnd);
    for (const name of names) staff.push({ name, role: roleOf(m[0]), label });
  }
  return staff;
}
