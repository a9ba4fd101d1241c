/**
 * First characters of a regex: the characters a match can begin with, read off the
 * regex's own source, so that a caller can skip the regex with one table lookup where
 * the character at hand begins none of its alternatives. Derived, not listed by hand:
 * a word added to the regex is in the table at once.
 *
 * Only the plain forms the figure regexes use are understood — literal characters,
 * `\d`, a character class without negation, groups, alternation, lookarounds (which
 * match nothing, so the character after them begins the match). Anything else, and
 * any alternative whose first part may be absent (`a?b`, `(?:x)*y`, an empty
 * alternative), throws: a table that missed a first character would drop matches.
 */

import { charSet } from "../../text/chars.js";

/** A table indexed by UTF-16 code: 1 where a match of the regex `source` may begin. */
export function firstCharTable(source: string): Uint8Array {
  return charSet([...firstChars(source)].join(""));
}

/** The set of first characters of `source`, as one-character strings. */
export function firstChars(source: string): Set<string> {
  const out = new Set<string>();
  for (const alternative of topLevelAlternatives(source)) firstOf(alternative, out);
  return out;
}

/** `source` split at the `|` that stand outside any group or class. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i) - 1;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The index after the `]` that closes the class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i + 1;
  }
  throw new Error(`firstChars: unclosed class in ${source}`);
}

/** The index after the `)` that closes the group opened at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`firstChars: unclosed group in ${source}`);
}

/** Throws when the part ending at `end` may be absent (`?`, `*`, `{0`). */
function required(alternative: string, end: number): void {
  const q = alternative[end];
  if (q === "?" || q === "*" || alternative.startsWith("{0", end)) {
    throw new Error(`firstChars: optional first part in ${alternative}`);
  }
}

/** Adds the first characters of one alternative to `out`. */
function firstOf(alternative: string, out: Set<string>): void {
  let i = 0;
  // Lookarounds match nothing: the match begins with what follows them.
  while (/^\(\?<?[=!]/.test(alternative.slice(i))) i = groupEnd(alternative, i);
  const c = alternative[i];
  if (c === undefined) throw new Error(`firstChars: an alternative may match nothing`);
  if (c === "(") {
    const end = groupEnd(alternative, i);
    required(alternative, end);
    const inner = alternative.slice(i + (alternative.startsWith("(?:", i) ? 3 : 1), end - 1);
    for (const part of topLevelAlternatives(inner)) firstOf(part, out);
    return;
  }
  if (c === "[") {
    const end = classEnd(alternative, i);
    required(alternative, end);
    const body = alternative.slice(i + 1, end - 1);
    if (body.startsWith("^") || body.includes("\\")) throw new Error(`firstChars: class too complex in ${alternative}`);
    for (let k = 0; k < body.length; k++) {
      const from = body.charCodeAt(k);
      if (body[k + 1] === "-" && k + 2 < body.length) {
        for (let code = from; code <= body.charCodeAt(k + 2); code++) out.add(String.fromCharCode(code));
        k += 2;
      } else {
        out.add(body.charAt(k));
      }
    }
    return;
  }
  if (c === "\\") {
    required(alternative, i + 2);
    if (alternative[i + 1] !== "d") throw new Error(`firstChars: escape not understood in ${alternative}`);
    for (const d of "0123456789") out.add(d);
    return;
  }
  if (".^$)]{}+*?".includes(c)) throw new Error(`firstChars: ${c} not understood in ${alternative}`);
  required(alternative, i + 1);
  out.add(c);
}

/** Regexes by the code of the character a match begins with (`byFirstChar`). */
export interface ByFirstChar {
  /** `regexes[index[code]]`; index 0 (no regex) where no match can begin with the character. */
  readonly index: Uint16Array;
  readonly regexes: readonly (RegExp | undefined)[];
}

/**
 * One regex per first character of the group `(?:${alternatives})${suffix}`: for the
 * character c, `(?:${the alternatives that may begin with c, in their order})${suffix}`.
 * Tried at a position whose character is c (sticky), it matches exactly as the whole
 * group would there: an alternative that cannot begin with c fails at once, and the
 * others are tried in the same order, so the same one wins. Only the alternatives that
 * can match at the position are tried — a regex of a hundred words costs a few.
 */
export function byFirstChar(alternatives: string, suffix: string, flags: string): ByFirstChar {
  const lists = new Map<number, string[]>();
  for (const alternative of topLevelAlternatives(alternatives)) {
    const chars = new Set<string>();
    firstOf(alternative, chars);
    for (const c of chars) {
      const code = c.charCodeAt(0);
      const list = lists.get(code) ?? [];
      list.push(alternative);
      lists.set(code, list);
    }
  }
  const index = new Uint16Array(0x10000);
  const regexes: (RegExp | undefined)[] = [undefined];
  for (const [code, list] of lists) {
    index[code] = regexes.length;
    regexes.push(new RegExp(`(?:${list.join("|")})${suffix}`, flags));
  }
  return { index, regexes };
}

/** The regex of `table` for the character at `text[at]`, or undefined when no match can begin there. */
export const regexAt = (table: ByFirstChar, text: string, at: number): RegExp | undefined =>
  table.regexes[table.index[text.charCodeAt(at) | 0] ?? 0];
