/**
 * Lines of a document: the unit that every later stage counts in.
 */

/** One line of the document, with its normalised copy (same length). */
export interface Line {
  /** 1-based line number in the document. */
  no: number;
  /** The line as written, without its line break. */
  raw: string;
  /** Normalised copy of `raw` (same length). */
  norm: string;
  /** Offset in `raw` of the first character that is not white space. */
  start: number;
  /** Offset in `raw` after the last character that is not white space. */
  end: number;
  /** True when the line holds nothing but white space (including U+3000 and NBSP). */
  blank: boolean;
  /** True when the line begins with a paragraph indent (two or more spaces, or U+3000). */
  indented: boolean;
  /** True when a form feed stands in the line's leading white space: a new page starts here (on a blank line, after it). */
  pageBreak: boolean;
}

/** True when a form feed stands in `text` before `end`. */
function hasFormFeed(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 0x0c) return true;
  return false;
}

// In the normalised copy every kind of space is already ASCII space; tabs and
// zero-width characters are left, so they count as white space here too.
const SPACE = /[\s\u200b\u200c\u200d\ufeff]/;

/**
 * True when the character `code` is white space to `SPACE`. Read by code: taking
 * a CJK character out of a string as a string makes a new one, at every line.
 * Above U+3000 (the ideographic space) only U+FEFF is white space.
 */
function isSpace(code: number): boolean {
  return code <= 0x3000 ? LOW_SPACE[code] === 1 : code === 0xfeff;
}

/** `SPACE`'s answer for each code unit up to U+3000, read once: a table read per line end instead of a string and a regex test. */
const LOW_SPACE = buildLowSpace();

function buildLowSpace(): Uint8Array {
  const table = new Uint8Array(0x3001);
  for (let c = 0; c <= 0x3000; c++) if (SPACE.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/**
 * Splits a document (LF line endings) into lines; `norm` is its normalised copy.
 * Lines are numbered from `firstLineNo`, or by `lineNumbers` where the input
 * format maps them to other lines of the file.
 */
export function splitLines(raw: string, norm: string, firstLineNo = 1, lineNumbers?: number[]): Line[] {
  const lines: Line[] = [];
  let at = 0;
  let index = 0;
  while (at <= raw.length) {
    let nl = raw.indexOf("\n", at);
    if (nl < 0) nl = raw.length;
    const text = raw.slice(at, nl);
    const folded = norm.slice(at, nl);
    let start = 0;
    while (start < folded.length && isSpace(folded.charCodeAt(start))) start++;
    let end = folded.length;
    while (end > start && isSpace(folded.charCodeAt(end - 1))) end--;
    lines.push({
      no: lineNumbers?.[index] ?? firstLineNo + index,
      raw: text,
      norm: folded,
      start,
      end,
      blank: start === end,
      // An indent of one character indents only when it is U+3000 (read in place, not sliced).
      indented: start < end && (start >= 2 || (start === 1 && text.charCodeAt(0) === 0x3000)),
      pageBreak: start > 0 && hasFormFeed(text, start),
    });
    index++;
    at = nl + 1;
    if (nl === raw.length) break;
  }
  return lines;
}
