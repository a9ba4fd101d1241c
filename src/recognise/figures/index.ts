/**
 * Figures: every quantity a Chinese news text states — its value (exact), unit,
 * range, qualifier, subject and direction of change.
 *
 * Pipeline, after chrono: recognisers find raw figures in one pass over the
 * normalised text (`recognisers.ts`); refiners judge and dress them
 * (`refiners.ts`). Spans are half-open `[start, end)` UTF-16 offsets into the
 * string given; normalisation keeps lengths, so offsets found in the normalised
 * copy are offsets in the original, from which `text` and `subject` are sliced.
 */
import type { Figure, TextFigure } from "../../schema.js";
import { normaliseString } from "../../normalise/normalise.js";
import { toNumber } from "./decimal.js";
import { findFigures, spreadSharedUnits } from "./recognisers.js";
import { dress, type Dressed, type FigureOptions, newNotes, rejection, spreadOverList } from "./refiners.js";

export type { FigureOptions } from "./refiners.js";
export { parseChineseNumber } from "./numbers.js";

/**
 * Every figure in `text`, sorted by span. `text` of a figure is the words that
 * state it as written, from its subject (when there is one) through its unit and
 * any 左右/以上 after it: `总投资约80亿元`. A bare 元 is in the currency the
 * sentence names, else `options.currency`, else CNY. Pure and linear in the input.
 *
 * `normal` is `normaliseString(text)`; a caller that holds it already (the pipeline
 * normalises each page once) passes it to save a second pass over the text.
 */
export function parseFigures(
  text: string,
  options: FigureOptions = {},
  normal: string = normaliseString(text),
): TextFigure[] {
  const dressed = dressFigures(normal, options);
  const figures: TextFigure[] = [];
  for (const d of dressed) figures.push(toFigure(text, d));
  return figures;
}

/**
 * `parseFigures` for paragraph `paragraph` of an article: its figures appended to `out`
 * as article figures, built once in the record's field order (the span after the
 * paragraph) rather than copied from text figures. The object is written out as
 * in `toFigure`, not spread from a shared part: a spread here made a 30 MB run
 * about 20 % slower.
 */
export function addParagraphFigures(
  out: Figure[],
  paragraph: number,
  text: string,
  options: FigureOptions = {},
  normal: string = normaliseString(text),
): void {
  for (const d of dressFigures(normal, options)) {
    const f = d.raw;
    out.push({
      text: text.slice(d.textStart, f.end),
      kind: f.kind,
      value: toNumber(f.value),
      max: f.max ? toNumber(f.max) : null,
      unit: unitText(text, d),
      qualifier: d.qualifier,
      subject: d.subject ? text.slice(d.subject[0], d.subject[1]) : null,
      change: d.change,
      paragraph,
      span: [d.textStart, f.end],
    });
  }
}

/** Shared by the many paragraphs without a figure. */
const NONE: readonly Dressed[] = [];

/** The figures of a normalised text that survive judgement, dressed, in order. */
function dressFigures(normal: string, options: FigureOptions): readonly Dressed[] {
  const found = findFigures(normal);
  if (found.length === 0) return NONE;
  const raws = spreadSharedUnits(normal, found, (f) => rejection(normal, f, options) === null);
  const dressed: Dressed[] = [];
  const notes = newNotes();
  let previousEnd = 0;
  let endBefore = 0; // the end of the figure before the previous one
  for (const raw of raws) {
    if (rejection(normal, raw, options) !== null) continue;
    const d = dress(normal, raw, previousEnd, options, notes);
    const last = dressed[dressed.length - 1];
    if (last?.adverbial && d.subject === null) {
      // 粮食产量连续三年稳定在4.2万吨以上: the words before the adverbial duration are the
      // subject of the figure after it (its text starts after 连续). Spans do not overlap,
      // so the duration then goes.
      const adverb = [last.raw.start - 2, last.raw.end] as const;
      const again = dress(normal, raw, endBefore, options, notes, adverb);
      if (again.subject !== null && again.subject[1] <= adverb[0]) {
        dressed[dressed.length - 1] = again;
        previousEnd = raw.end;
        continue;
      }
    }
    dressed.push(d);
    endBefore = previousEnd;
    previousEnd = raw.end;
  }
  spreadOverList(normal, dressed);
  return dressed;
}

/**
 * Explains each raw figure: kept, or why not. For tests that print a trace on
 * failure; not for the pipeline.
 */
export function traceFigures(text: string, options: FigureOptions = {}): string[] {
  const normal = normaliseString(text);
  const raws = spreadSharedUnits(normal, findFigures(normal), (f) => rejection(normal, f, options) === null);
  return raws.map((r) => {
    const verdict = rejection(normal, r, options) ?? "kept";
    return `${normal.slice(r.start, r.end)} [${r.start},${r.end}) ${r.kind}: ${verdict}`;
  });
}

function toFigure(original: string, d: Dressed): TextFigure {
  const f = d.raw;
  return {
    text: original.slice(d.textStart, f.end),
    kind: f.kind,
    value: toNumber(f.value),
    max: f.max ? toNumber(f.max) : null,
    unit: unitText(original, d),
    qualifier: d.qualifier,
    subject: d.subject ? original.slice(d.subject[0], d.subject[1]) : null,
    change: d.change,
    span: [d.textStart, f.end],
  };
}

/** A figure's `unit`: the currency of money, the measure word of a count as written, else the unit's code. */
function unitText(original: string, d: Dressed): string {
  const f = d.raw;
  if (f.kind === "money") return d.currency ?? "CNY";
  if (f.kind === "count") return f.unitWord ?? original.slice(f.unitStart, f.unitEnd);
  return f.entry?.unit ?? "";
}
