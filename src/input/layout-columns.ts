/**
 * Reading apart columns that a PDF extractor set side by side.
 *
 * `pdftotext -layout` (and tools like it) keep a page's geometry: two columns
 * of text come out on the same lines, the left one, a run of spaces (the
 * gutter), then the right one:
 *
 *     　　截至5月末，全市普惠小微贷款           6月16日，第五届中国—中亚博
 *     余额达612.4亿元，同比增长18.7%。     览会开幕，签订意向合同3.5亿元。
 *
 * Read as lines, every line would join the two articles. Here a band of such
 * lines is cut at the gutter and read column by column: the left column's
 * lines, then the right column's, each keeping its file line number (so a
 * record still names the lines it came from; two records may then cover the
 * same lines). Lines that cross the gutter (a headline over both columns, a
 * page header) end a band and stay as they are, and so do two blank lines
 * (the space between one row of articles and the next).
 *
 * The gutter is the display column (CJK characters two cells wide, or one:
 * both are tried, as extractors differ) where the right text of most lines
 * with one inner run of three or more spaces begins. A band is read apart
 * only when at least `MIN_ROWS` of its lines hold prose on both sides (Han
 * text, no second wide gap): a table whose cells are set apart by spaces
 * has short cells or several gaps, and is left whole.
 */
import type { InputDocument } from "./formats.js";

/** Lines with text on both sides of the gutter that a band needs to be read apart. */
const MIN_ROWS = 3;
/** Han characters each side of a row needs to count as prose. */
const MIN_HAN = 4;
/** How much further in than the gutter a column's indented paragraph may begin (display cells). */
const INDENT_REACH = 6;
/** Spaces that set two columns apart (a single or double space is a space between words). */
const GUTTER_MIN = 3;

/** What a line is, measured against a gutter column. */
const enum Kind {
  Blank,
  /** Text only left of the gutter. */
  Left,
  /** Text only right of it. */
  Right,
  /** Text on both sides, spaces across the gutter. */
  Both,
  /** Text across the gutter: no columns here. */
  Cross,
}

/** A line measured in display cells. */
interface Measured {
  text: string;
  /** Display cell at which each character starts, and one more entry: the line's width. */
  cells: number[];
  /** Index of the first and one past the last character that is not a space. */
  first: number;
  last: number;
}

/**
 * Display cells of one character: 2 for CJK and full-width forms when `wide` is 2.
 * Per UTF-16 unit and with extractor-sized ranges, unlike the terminal's `displayWidth` (src/cli/width.ts): it mimics the extractor's grid.
 */
function cellsOf(code: number, wide: number): number {
  if (code < 0x1100) return 1;
  if (
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  ) {
    return wide;
  }
  return 1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;
}

function measure(text: string, wide: number): Measured {
  const cells = new Array<number>(text.length + 1);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    cells[i] = at;
    at += cellsOf(text.charCodeAt(i), wide);
  }
  cells[text.length] = at;
  let first = 0;
  while (first < text.length && isSpace(text.charCodeAt(first))) first++;
  let last = text.length;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  return { text, cells, first, last };
}

/** Inner runs of `GUTTER_MIN` or more ASCII spaces between text: [index of the first space, index after the last]. */
function innerGaps(line: Measured): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  for (let i = line.first; i < line.last; i++) {
    if (line.text.charCodeAt(i) !== 0x20) continue;
    let j = i;
    while (j < line.last && line.text.charCodeAt(j) === 0x20) j++;
    if (j - i >= GUTTER_MIN) gaps.push([i, j]);
    i = j;
  }
  return gaps;
}

/**
 * How far (display cells) a line may miss the gutter: extractors round
 * positions, so a column's text starts a cell or two either side of it.
 */
const SLACK = 3;

/**
 * Where a line stands against a gutter that begins at display cell `column`
 * (`wide`: cells of a CJK character), and the index it is cut at. A line
 * with an inner gap over the gutter is cut there; the right side keeps an
 * indent (two spaces) when its text starts clearly right of the gutter.
 */
function classify(line: Measured, column: number, wide: number): { kind: Kind; cut: number; indent: boolean } {
  if (line.first === line.last) return { kind: Kind.Blank, cut: 0, indent: false };
  const startCell = line.cells[line.first]!;
  const endCell = line.cells[line.last]!;
  const indentCells = 2 * wide - 1;
  if (startCell >= column - SLACK) return { kind: Kind.Right, cut: line.first, indent: startCell - column >= indentCells };
  if (endCell <= column + 1) return { kind: Kind.Left, cut: line.last, indent: false };
  let best: [number, number] | null = null;
  for (const gap of innerGaps(line)) {
    const from = line.cells[gap[0]]!;
    const to = line.cells[gap[1]]!;
    if (from > column + SLACK || to < column - SLACK) continue;
    if (best === null || Math.abs(to - column) < Math.abs(line.cells[best[1]]! - column)) best = gap;
  }
  if (best === null) return { kind: Kind.Cross, cut: 0, indent: false };
  return { kind: Kind.Both, cut: best[1], indent: line.cells[best[1]]! - column >= indentCells };
}

const HAN = /\p{Script=Han}/gu;

function hanCount(text: string): number {
  HAN.lastIndex = 0;
  let n = 0;
  while (HAN.exec(text) !== null) n++;
  return n;
}

/** True when both sides of a row cut at `cut` read as prose: enough Han text, no second wide gap. */
function proseRow(line: Measured, cut: number): boolean {
  const left = line.text.slice(0, cut).trim();
  const right = line.text.slice(cut).trim();
  if (/ {3}/.test(left) || / {3}/.test(right)) return false;
  return hanCount(left) >= MIN_HAN && hanCount(right) >= MIN_HAN;
}

/**
 * Candidate gutter columns: where the right text of one-gap lines begins,
 * counting with each column the lines whose right text begins a little
 * further in (an indented paragraph: `INDENT_REACH` cells), best supported first.
 */
function candidates(lines: Measured[]): number[] {
  const starts: number[] = [];
  for (const line of lines) {
    const gaps = innerGaps(line);
    if (gaps.length === 1) starts.push(line.cells[gaps[0]![1]]!);
  }
  starts.sort((a, b) => a - b);
  const support: Array<[column: number, lines: number]> = [];
  for (let i = 0, j = 0; i < starts.length; i++) {
    if (i > 0 && starts[i] === starts[i - 1]) continue;
    while (j < starts.length && starts[j]! <= starts[i]! + INDENT_REACH) j++;
    if (j - i >= MIN_ROWS) support.push([starts[i]!, j - i]);
  }
  return support.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4).map(([column]) => column);
}

/** A band of lines [from, to) to be read apart: where each line is cut, and what it is. */
interface Band {
  from: number;
  to: number;
  cuts: number[];
  kinds: Kind[];
  /** Whether each line's right side starts with a paragraph indent. */
  indents: boolean[];
  /** Its lines with prose on both sides (`proseRow`). */
  rows: number;
}

/**
 * The bands of lines read apart at `column`: runs without a crossing line
 * that hold `MIN_ROWS` prose rows or more, from the first line with text on
 * both sides to the last, with the lines of one side only that touch them.
 */
function bandsAt(lines: Measured[], column: number, wide: number): Band[] {
  const kinds: Kind[] = [];
  const cuts: number[] = [];
  const indents: boolean[] = [];
  for (const line of lines) {
    const { kind, cut, indent } = classify(line, column, wide);
    kinds.push(kind);
    cuts.push(cut);
    indents.push(indent);
  }
  const bands: Band[] = [];
  let i = 0;
  while (i < lines.length) {
    if (kinds[i] !== Kind.Both) {
      i++;
      continue;
    }
    // Back over the one-side lines right above (no blank between).
    let from = i;
    while (from > 0 && (kinds[from - 1] === Kind.Left || kinds[from - 1] === Kind.Right)) from--;
    let lastBoth = i;
    let rows = 0;
    let j = i;
    // A line across the gutter ends the band, and so does a run of blank lines: the next row of articles.
    for (; j < lines.length && kinds[j] !== Kind.Cross && !(kinds[j] === Kind.Blank && kinds[j + 1] === Kind.Blank); j++) {
      if (kinds[j] === Kind.Both) {
        lastBoth = j;
        if (proseRow(lines[j]!, cuts[j]!)) rows++;
      }
    }
    // Up to the last row with both sides, and the one-side lines right under it.
    let to = lastBoth + 1;
    while (to < j && (kinds[to] === Kind.Left || kinds[to] === Kind.Right)) to++;
    if (rows >= MIN_ROWS) bands.push({ from, to, cuts: cuts.slice(from, to), kinds: kinds.slice(from, to), indents: indents.slice(from, to), rows });
    i = j;
  }
  return bands;
}

/** Prose rows in a set of bands (how well a gutter explains the page). */
function rowsIn(bands: Band[]): number {
  let n = 0;
  for (const band of bands) n += band.rows;
  return n;
}

/** The bands that explain the most prose rows, over both ways of counting CJK width and each candidate gutter. */
function bestBands(raw: string[]): { bands: Band[]; lines: Measured[] } | null {
  let best: { bands: Band[]; lines: Measured[]; rows: number } | null = null;
  for (const wide of [2, 1]) {
    const lines = raw.map((text) => measure(text, wide));
    for (const column of candidates(lines)) {
      const bands = bandsAt(lines, column, wide);
      const rows = rowsIn(bands);
      if (rows > 0 && (best === null || rows > best.rows)) best = { bands, lines, rows };
    }
  }
  return best === null ? null : { bands: best.bands, lines: best.lines };
}

const INNER_GAP = /[^\s] {3,}[^\s]/;

/** Cheap test: no line holds an inner run of three spaces, so there is no gutter to find. */
function mayHoldColumns(text: string): boolean {
  return INNER_GAP.test(text);
}

/**
 * The document with side-by-side columns read one after the other (see the
 * module comment); the same object when it has none.
 */
export function readLayoutColumns(doc: InputDocument): InputDocument {
  if (!mayHoldColumns(doc.text)) return doc;
  const raw = doc.text.split("\n");
  const found = bestBands(raw);
  if (found === null || found.bands.length === 0) return doc;
  const numberOf = (i: number): number => doc.lineNumbers?.[i] ?? doc.firstLine + i;
  const out: string[] = [];
  const numbers: number[] = [];
  const emit = (text: string, i: number): void => {
    out.push(text);
    numbers.push(numberOf(i));
  };
  let next = 0;
  for (const band of found.bands) {
    for (; next < band.from; next++) emit(raw[next]!, next);
    // The left column, then the right; a blank line is a blank line in both.
    for (let k = 0; k < band.kinds.length; k++) {
      const kind = band.kinds[k]!;
      const text = raw[band.from + k]!;
      if (kind === Kind.Blank) emit("", band.from + k);
      else if (kind !== Kind.Right) emit(text.slice(0, band.cuts[k]).trimEnd(), band.from + k);
    }
    // A blank line between the columns: the right one may open a new article (a paragraph cut at the foot of the left one is joined again all the same).
    emit("", band.to - 1);
    for (let k = 0; k < band.kinds.length; k++) {
      const kind = band.kinds[k]!;
      const text = raw[band.from + k]!;
      if (kind === Kind.Blank) emit("", band.from + k);
      else if (kind !== Kind.Left) emit(`${band.indents[k] ? "  " : ""}${text.slice(band.cuts[k]).trim()}`, band.from + k);
    }
    next = band.to;
  }
  for (; next < raw.length; next++) emit(raw[next]!, next);
  return { ...doc, text: out.join("\n"), lineNumbers: numbers };
}
