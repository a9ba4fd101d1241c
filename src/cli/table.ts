/**
 * Text tables aligned for a terminal, counting Chinese characters as two
 * columns. Every line of a table has the same display width.
 */
import { displayWidth, padToWidth, truncateToWidth } from "./width.js";

/** A column: its heading, alignment, and whether it may be cut to fit the width. */
export interface Column {
  heading: string;
  align?: "left" | "right";
  /** Cut with `…` when the table is wider than allowed; the widest such column is cut first. */
  flexible?: boolean;
}

const GAP = "  ";
/** A flexible column is not cut below this many columns (or its heading's width). */
const MIN_FLEX = 8;

/** Column widths: the widest cell of each, narrowed (flexible columns first) to fit `maxWidth`. */
function widths(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number | undefined): number[] {
  const out = columns.map((c, i) => Math.max(displayWidth(c.heading), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  if (maxWidth === undefined) return out;
  const total = () => out.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1);
  while (total() > maxWidth) {
    let widest = -1;
    columns.forEach((c, i) => {
      const floor = Math.max(MIN_FLEX, displayWidth(c.heading));
      if (c.flexible && (out[i] ?? 0) > floor && (widest < 0 || (out[i] ?? 0) > (out[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    out[widest] = (out[widest] ?? 0) - 1;
  }
  return out;
}

/**
 * The table as lines: a heading line, a rule of `-`, then one line per row.
 * Cells must be plain text (no line breaks: they are shown as spaces).
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth?: number): string[] {
  const clean = rows.map((r) => columns.map((_, i) => (r[i] ?? "").replace(/[\r\n\t]+/g, " ")));
  const w = widths(columns, clean, maxWidth);
  const line = (cells: readonly string[]) =>
    columns.map((c, i) => padToWidth(truncateToWidth(cells[i] ?? "", w[i] ?? 0), w[i] ?? 0, c.align ?? "left")).join(GAP);
  return [
    line(columns.map((c) => c.heading)),
    w.map((n) => "-".repeat(n)).join(GAP),
    ...clean.map(line),
  ];
}
