/**
 * What `inspect` and `report` share: cutting a paragraph into plain text and
 * figures by the figures' spans, and describing a figure's normalised value
 * in a few words (`money 8,000,000,000 CNY ≈ · subject 总投资`).
 */
import type { Figure, Qualifier } from "../schema.js";

/** A piece of a paragraph: plain text, or a figure's text with the figures it states. */
export type ParagraphPiece =
  | { type: "text"; text: string }
  /** `figures[0]` is the figure whose span this is; any others overlap it and are shown after it. */
  | { type: "figure"; text: string; figures: [Figure, ...Figure[]] };

/**
 * Cuts `paragraph` at the spans of `figures` (those whose `paragraph` is
 * `index`). Spans are half-open UTF-16 offsets into the paragraph. A figure
 * whose span overlaps an earlier one is attached to that one rather than cut
 * out again; a span outside the paragraph is ignored.
 */
export function splitParagraph(paragraph: string, index: number, figures: readonly Figure[]): ParagraphPiece[] {
  const mine = figures
    .filter((f) => f.paragraph === index && f.span[0] < f.span[1] && f.span[1] <= paragraph.length)
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const pieces: ParagraphPiece[] = [];
  let cursor = 0;
  for (const figure of mine) {
    const [start, end] = figure.span;
    const previous = pieces[pieces.length - 1];
    if (start < cursor) {
      if (previous?.type === "figure") previous.figures.push(figure);
      continue;
    }
    if (start > cursor) pieces.push({ type: "text", text: paragraph.slice(cursor, start) });
    pieces.push({ type: "figure", text: paragraph.slice(start, end), figures: [figure] });
    cursor = end;
  }
  if (cursor < paragraph.length) pieces.push({ type: "text", text: paragraph.slice(cursor) });
  return pieces;
}

/**
 * A number as plain decimal digits, never with an exponent: `8e9` is
 * `8000000000`, `1.5e-7` is `0.00000015`. Decimals stand as in the value.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction = "", exp = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A number with thousands separators and every decimal kept: `4191.26` → `4,191.26`. */
export function groupedNumber(value: number): string {
  const [whole = "", fraction] = plainNumber(value).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ""}`;
}

/** The mark for a qualifier: about ≈, over >, under <. */
export function qualifierMark(qualifier: Qualifier): string {
  switch (qualifier) {
    case "about":
      return "≈";
    case "over":
      return ">";
    case "under":
      return "<";
    default:
      return "";
  }
}

/** Value, range and unit: `8,000,000,000 CNY ≈`, `2–3 month`. */
export function figureValue(figure: Figure): string {
  const range = figure.max !== null ? `–${groupedNumber(figure.max)}` : "";
  const mark = qualifierMark(figure.qualifier);
  return `${groupedNumber(figure.value)}${range} ${figure.unit}${mark ? ` ${mark}` : ""}`;
}

/** The annotation shown after a figure: `money 8,000,000,000 CNY ≈ · subject 总投资 · increase`. */
export function describeFigure(figure: Figure): string {
  const parts = [`${figure.kind} ${figureValue(figure)}`];
  if (figure.subject !== null) parts.push(`subject ${figure.subject}`);
  if (figure.change !== null) parts.push(figure.change);
  return parts.join(" · ");
}
