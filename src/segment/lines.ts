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
}

// In the normalised copy every kind of space is already ASCII space; tabs and
// zero-width characters are left, so they count as white space here too.
const SPACE = /[\s\u200b\u200c\u200d\ufeff]/;

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
    while (start < folded.length && SPACE.test(folded[start]!)) start++;
    let end = folded.length;
    while (end > start && SPACE.test(folded[end - 1]!)) end--;
    const indent = text.slice(0, start);
    lines.push({
      no: lineNumbers?.[index] ?? firstLineNo + index,
      raw: text,
      norm: folded,
      start,
      end,
      blank: start === end,
      indented: start < end && (indent.includes("\u3000") || start >= 2),
    });
    index++;
    at = nl + 1;
    if (nl === raw.length) break;
  }
  return lines;
}
