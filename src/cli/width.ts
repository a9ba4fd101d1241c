/**
 * Display width of text in a terminal and word wrapping for Chinese text.
 *
 * Width is counted in terminal cells: CJK ideographs, kana, hangul and
 * full-width forms take two cells (East Asian Width W and F), combining marks
 * and zero-width characters none, everything else one. East Asian Ambiguous
 * characters (“”, ·, …, box drawing) count as one cell, as in most terminals
 * outside CJK locales. ANSI colour sequences take no cells.
 */

/** Code point ranges of East Asian Width W and F, inclusive, sorted. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b], // ⌚⌛
  [0x2329, 0x232a], // 〈〉
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。「」《》 and U+3000)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed CJK, compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII forms (，：；（）！？)
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], // enclosed ideographic supplement
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], // CJK Extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK Extensions G–H
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

/** ANSI SGR and other CSI sequences, which take no cells. */
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = WIDE[mid];
    if (range === undefined) break;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Cells taken by one character (one code point). */
export function charWidth(char: string): 0 | 1 | 2 {
  const cp = char.codePointAt(0);
  if (cp === undefined) return 0;
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (ZERO_WIDTH.test(char) || (cp >= 0x1160 && cp <= 0x11ff) || cp === 0x200b) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Removes ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Cells taken by `text` in a terminal, ignoring ANSI escape sequences. (Print columns are measured by reflow/wrapped.ts's `printedWidth`: there “” and … are full width.) */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) width += charWidth(char);
  return width;
}

/** Pads `text` with spaces on the right (or left, for `align: "right"`) to `width` cells. */
export function padToWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** Cuts plain `text` to at most `width` cells, ending it with `…` when it was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** A run of text drawn in one style; `style` adds the colour (it must not change the width). */
export interface StyledText {
  text: string;
  style?: (text: string) => string;
}

/** Characters that may not begin a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = new Set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}⟩⟧");
/** Characters that may not end a line (避尾点). */
const NO_LINE_END = new Set("（《「『【〔〈“‘([{⟨⟦");

interface Unit {
  text: string;
  width: number;
  style: ((text: string) => string) | undefined;
  space: boolean;
}

/**
 * Splits runs into units that must not be broken: a Latin word or number
 * (`80`, `4191.26`, `8,000,000,000`), a single space, or a single other
 * character (a Chinese character may break anywhere).
 */
function units(runs: readonly StyledText[]): Unit[] {
  const out: Unit[] = [];
  const token = /[\x21-\x7e]+|\s|[^]/gu;
  for (const run of runs) {
    for (const match of run.text.matchAll(token)) {
      const text = match[0] === "\n" || match[0] === "\t" ? " " : match[0];
      out.push({ text, width: displayWidth(text), style: run.style, space: /^\s$/u.test(text) });
    }
  }
  return out;
}

/** Splits a unit wider than `width` into pieces that fit. */
function splitUnit(unit: Unit, width: number): Unit[] {
  const pieces: Unit[] = [];
  let text = "";
  let used = 0;
  for (const char of unit.text) {
    const w = charWidth(char);
    if (used + w > width && text !== "") {
      pieces.push({ ...unit, text, width: used });
      text = "";
      used = 0;
    }
    text += char;
    used += w;
  }
  if (text !== "") pieces.push({ ...unit, text, width: used });
  return pieces;
}

function render(line: Unit[]): string {
  // Consecutive units of one style are styled together, so that each line
  // opens and closes its own escape sequences.
  let out = "";
  let i = 0;
  while (i < line.length) {
    const style = line[i]?.style;
    let text = "";
    while (i < line.length && line[i]?.style === style) text += line[i++]?.text ?? "";
    out += style ? style(text) : text;
  }
  return out;
}

/**
 * Wraps styled runs into lines of at most `width` cells. Chinese text breaks
 * between any two characters, Latin words and numbers only at spaces;
 * closing punctuation is not left at the start of a line nor opening
 * punctuation at its end. Spaces at a break are dropped. Returns at least one
 * line (empty for empty input); lines carry their styles' escape sequences.
 */
export function wrapStyled(runs: readonly StyledText[], width: number): string[] {
  const limit = Math.max(1, width);
  const lines: Unit[][] = [];
  let line: Unit[] = [];
  let used = 0;
  const flush = () => {
    while (line.length > 0 && line[line.length - 1]?.space) line.pop();
    lines.push(line);
    line = [];
    used = 0;
  };
  const pending = units(runs);
  for (let i = 0; i < pending.length; i++) {
    const unit = pending[i];
    if (unit === undefined) continue;
    if (unit.space && line.length === 0 && lines.length > 0) continue;
    if (unit.width > limit) {
      pending.splice(i + 1, 0, ...splitUnit(unit, limit).slice(1));
      const first = splitUnit(unit, limit)[0];
      if (first === undefined) continue;
      if (used + first.width > limit) flush();
      line.push(first);
      used += first.width;
      continue;
    }
    if (used + unit.width <= limit || line.length === 0) {
      line.push(unit);
      used += unit.width;
      continue;
    }
    if (unit.space) {
      flush();
      continue;
    }
    // A break is needed before `unit`. Carry the last unit down with it when
    // `unit` may not start a line or the last unit may not end one.
    const carried: Unit[] = [];
    const last = line[line.length - 1];
    if (
      last !== undefined &&
      line.length > 1 &&
      !last.space &&
      (NO_LINE_START.has(unit.text) || NO_LINE_END.has(last.text)) &&
      last.width + unit.width <= limit
    ) {
      carried.push(last);
      line.pop();
    }
    flush();
    for (const c of carried) {
      line.push(c);
      used += c.width;
    }
    line.push(unit);
    used += unit.width;
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines.map(render);
}

/** Wraps plain text; see `wrapStyled`. */
export function wrapText(text: string, width: number): string[] {
  return wrapStyled([{ text }], width);
}
