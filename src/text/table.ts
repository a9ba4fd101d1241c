/**
 * Tables as page text gives them. PDF and e-paper text set a table's columns
 * apart by a tab or a run of spaces (ideographic spaces, folded to ASCII ones
 * by normalising), one row a line: `宗地编号\t位置\t面积（平方米）\t用途`,
 * `YZ2025-009   迎丰路以西   42316.5   城镇住宅用地   25390`,
 * `营业收入（元）　　8,635,214,306.52　　7,102,385,917.40　　21.58%`.
 * Running text never holds such gaps twice: one gap parts a post from a name
 * or a headline's two halves (`主任　王志刚`, `城北新桥通车　日均车流3万辆`),
 * and a name padded to width has single spaces inside (`黄　瓜`, `王　五`).
 */
import { has, OPEN_CLAUSE_MARKS, SENTENCE_MARKS } from "./chars.js";

/** A number as a table's cell gives it, no unit: `52`, `18.5`, `-12.6`, `54,600.00` (a regex source). */
export const BARE_NUMBER = String.raw`[-+]?\d[\d,]*(?:\.\d+)?`;

/** Fewest column gaps of a table's row: three cells or more. */
const ROW_GAPS = 2;

/**
 * True for a line (folded, trimmed) set as a table's row: two column gaps or
 * more (a tab, or two spaces or more), outside brackets, with no sentence
 * mark in it and no clause mark at its end. Gaps inside brackets are a
 * credit's padding (`（记者　王五　　通讯员　李四　　赵六）`), which a lead
 * paragraph opens with. Such a line is a row of its own: no piece of a
 * paragraph that a break cut, and no paragraph goes on in it.
 */
export function isGappedRow(norm: string): boolean {
  return gappedCells(norm) !== null;
}

/**
 * The cells of a table's row (`isGappedRow`), as spans `[start, end)` of the
 * line, or null for a line that is no such row. Only column gaps part cells:
 * a name padded to width keeps its single space (`菠 菜　　500克　　6.50`,
 * folded, has three), unlike `cellSpans`, which any space parts.
 */
export function gappedCells(norm: string): Array<[number, number]> | null {
  // Most lines have no gap at all: two native searches turn them away.
  if (norm.indexOf("\t") < 0 && norm.indexOf("  ") < 0) return null;
  if (has(OPEN_CLAUSE_MARKS, norm, norm.length - 1)) return null;
  const cells: Array<[number, number]> = [];
  let gaps = 0;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x28) depth++; // (
    else if (c === 0x29) depth = Math.max(0, depth - 1); // )
    else if (has(SENTENCE_MARKS, norm, i)) return null;
    else if (c === 0x20 || c === 0x09) {
      let end = i + 1;
      let tab = c === 0x09;
      for (; end < norm.length; end++) {
        const d = norm.charCodeAt(end);
        if (d === 0x09) tab = true;
        else if (d !== 0x20) break;
      }
      if (depth === 0 && (tab || end - i >= 2)) {
        gaps++;
        if (i > from) cells.push([from, i]);
        from = end;
      }
      i = end - 1;
    }
  }
  if (norm.length > from) cells.push([from, norm.length]);
  return gaps >= ROW_GAPS ? cells : null;
}

/**
 * A row of two cells, a label and a figure, set a wide gap apart (folded:
 * two spaces or more, or a tab): `村干部报酬　　　　54,600.00`,
 * `本季度结余\t166,790.00`, `合格率　　98.5%`. An accounts or a results table
 * set as text gives its rows so, under a header naming the column's unit
 * (`项目　　　金额（元）`). The label opens on no digit and holds no space or
 * mark of a sentence or clause; the figure is digits with thousands commas,
 * a decimal part and a percent sign at most; a row of a part of the row
 * above opens on 其中： (`其中：土地流转租金　　65,000.00`). One such line alone may be
 * anything (`乡镇　　3`, a folio); rows are read so only where two touch
 * (`isLabelledFigureRowPair` in reflow).
 */
const LABELLED_FIGURE_ROW = new RegExp(String.raw`^(?:其中:)?([^\s\d,.;:!?、。][^\s,.;:!?、。]{0,19})(?: {2,}|\t\s*)(${BARE_NUMBER}%?)$`);

/** True for a line (folded, trimmed) that is a label and a figure a wide gap apart (`LABELLED_FIGURE_ROW`). */
export function isLabelledFigureRow(norm: string): boolean {
  // Most lines have no gap, or do not end on a digit or percent sign: turned away before the regex.
  const last = norm.charCodeAt(norm.length - 1);
  if (!((last >= 0x30 && last <= 0x39) || last === 0x25)) return false;
  if (norm.indexOf("  ") < 0 && norm.indexOf("\t") < 0) return false;
  return LABELLED_FIGURE_ROW.test(norm);
}

/**
 * The label and the figure of a row of a label and a figure (`isLabelledFigureRow`),
 * as spans `[start, end)` of the line, or null for no such row.
 */
export function labelledFigureCells(norm: string): { label: [number, number]; figure: [number, number] } | null {
  if (!isLabelledFigureRow(norm)) return null;
  const m = LABELLED_FIGURE_ROW.exec(norm)!;
  const labelStart = norm.startsWith("其中:") ? 3 : 0;
  const figureStart = norm.length - m[2]!.length;
  return { label: [labelStart, labelStart + m[1]!.length], figure: [figureStart, norm.length] };
}

/**
 * A two-column header over rows of a label and a figure: a word, a wide gap,
 * and a word naming its unit in brackets (folded): `项目   金额(元)`,
 * `指标名称  数值(万元)`, `村组  面积(亩)`.
 */
const UNIT_PAIR_HEADER = /^[^\s\d,.;:!?、。]{1,8}(?: {2,}|\t\s*)[^\s\d,.;:!?、。()]{1,8}\(((?:%|‰|[^\s\d()]{1,4}))\)$/;

/** True for a two-column header whose figure column names its unit (`UNIT_PAIR_HEADER`). */
export function isUnitPairHeader(norm: string): boolean {
  return UNIT_PAIR_HEADER.test(norm);
}

/**
 * The cells of a line set as a table row: its words set apart by spaces. A
 * name spaced out a character at a time, one space between (`黄　瓜`, set to
 * the width of `大白菜`), is one cell: `黄　瓜　　元/公斤　　2.84　　-8.4%` has
 * four cells, as `大白菜　　元/公斤　　1.60　　-5.9%` has.
 */
export function cellsOf(norm: string): string[] {
  const line = norm.trim();
  return (line.includes(" ") ? line.replace(SPACED_OUT, closeUp) : line).split(CELL_GAP);
}
const CELL_GAP = /\s+/;
/** Single Han characters with one space between them, a word spaced out: `黄 瓜`, `欧 阳 明` (spaces folded to ` `). */
const SPACED_OUT = /(?<!\S)\p{Script=Han}(?: \p{Script=Han})+(?!\S)/gu;
const closeUp = (word: string): string => word.replaceAll(" ", "");

/** A cell as `cellsOf` reads it, where it stands: a word spaced out (`SPACED_OUT`: `菠 菜`), else a run of non-spaces. */
const CELL = /(?<!\S)\p{Script=Han}(?: \p{Script=Han})+(?!\S)|\S+/gu;

/** The cells of a row (`cellsOf`) as spans `[start, end)` of the line, for reading figures where they stand. */
export function cellSpans(norm: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of norm.matchAll(CELL)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * A column-header cell naming its column's unit in brackets (folded):
 * `投资额(亿元)`, `用地(亩)`, `金额(元)`, `装机容量(万千瓦)`, `同比(%)`,
 * `成交均价(元/㎡)`. The unit is a word of a few characters, no digit.
 */
const UNIT_HEADER_CELL = /^[^\s\d,.;:!?、。()]{1,8}\(((?:%|‰|[^\s\d()]{1,5}))\)$/;
/** A column-header cell that is a word only: `序号`, `项目名称`, `投资方`, `品 名` closed up. */
const WORD_HEADER_CELL = /^[^\s\d,.;:!?、。()“”"]{1,8}$/;

/**
 * The unit each column of a table's header row names (`序号　项目名称　投资方　投资额（亿元）　用地（亩）`
 * → `[null, null, null, "亿元", "亩"]`; `项目　　金额（元）` → `[null, "元"]`),
 * or null for a line that is no such header: two cells or more, each a word
 * (`WORD_HEADER_CELL`) or a word naming its unit (`UNIT_HEADER_CELL`), one of
 * them at least naming a unit. The bare numbers in the rows under it
 * (`1　高性能碳纤维产业园　某新材料集团　52　380`) are in those units. What is
 * bracketed is taken as written: the reader of the rows keeps only what reads
 * as a figure with it (`52亿元`; `12公园` is none).
 */
export function columnUnits(norm: string): (string | null)[] | null {
  // A header ends on a bracketed unit or a word; most lines end on a sentence mark or a figure.
  if (norm.indexOf("(") < 0 || (norm.indexOf(" ") < 0 && norm.indexOf("\t") < 0)) return null;
  const cells = cellsOf(norm);
  if (cells.length < 2) return null;
  let named = false;
  const units = cells.map((cell) => {
    const unit = UNIT_HEADER_CELL.exec(cell)?.[1] ?? null;
    if (unit !== null) named = true;
    return unit;
  });
  if (!named) return null;
  for (let k = 0; k < cells.length; k++) if (units[k] === null && !WORD_HEADER_CELL.test(cells[k]!)) return null;
  return units;
}

/**
 * A header's cell naming the column that gives the measure a row's price or
 * amount is given per: `单位`, `计量单位`, `规格`, `规格单位`, `单位/规格`
 * (`品名　　单位　　价格（元）`, over `大白菜　　500克　　1.60`).
 */
const MEASURE_HEADER_CELL = /^(?:计量单位|单位|规格|规格单位|单位规格|规格\/单位|单位\/规格)$/;

/**
 * The index of the column of a table's header row (`isGappedRow`) that names
 * the measure its rows are given per (`MEASURE_HEADER_CELL`), and the number
 * of the header's cells; null for a line that is no such header.
 */
export function measureColumn(norm: string): { index: number; cells: number } | null {
  // Most lines name neither: two native searches turn them away before the cells are cut.
  if (norm.indexOf("单位") < 0 && norm.indexOf("规格") < 0) return null;
  const cells = gappedCells(norm);
  if (cells === null) return null;
  const index = cells.findIndex(([start, end]) => MEASURE_HEADER_CELL.test(norm.slice(start, end)));
  return index < 0 ? null : { index, cells: cells.length };
}

/**
 * The span of a row's cell under the header's measure column (`measureColumn`),
 * or null when the row is no table row. A row with fewer cells than the header
 * lost a gap on its left, where a long name ran into the measure
 * (`猪肉（后腿）500克　　15.00　　↓0.50` under four headings): its cells are matched
 * from the right, and its first cell spans the columns it took in.
 */
export function measureCell(norm: string, column: { index: number; cells: number }): [number, number] | null {
  const cells = gappedCells(norm);
  if (cells === null) return null;
  const lost = Math.max(0, column.cells - cells.length);
  return cells[Math.max(0, column.index - lost)] ?? null;
}

/** A bare number cell of a table's row: `52`, `18.5`, `-12.6`, `54,600.00` (no unit: the header names it). */
export const BARE_NUMBER_CELL = new RegExp(String.raw`^${BARE_NUMBER}$`);
