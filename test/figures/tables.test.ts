/**
 * Spec tables, Recognizers-Text style: one JSON file per recogniser in
 * fixtures/figures/, each case an input sentence and the exact figures it states
 * (`results: []` for sentences that state none). A failing case prints the trace
 * of every raw figure: kept, or why it was dropped.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type FigureOptions, parseFigures, traceFigures } from "../../src/recognise/figures/index.js";
import { textFigureSchema, type TextFigure } from "../../src/schema.js";

interface Case {
  input: string;
  options?: FigureOptions;
  results: TextFigure[];
}

const dir = join(import.meta.dirname, "../../fixtures/figures");
const tables = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ name: f.replace(/\.json$/, ""), cases: JSON.parse(readFileSync(join(dir, f), "utf8")) as Case[] }));

describe.each(tables)("$name", ({ cases }) => {
  it.each(cases)("$input", ({ input, options, results }) => {
    const found = parseFigures(input, options);
    expect(found, `trace:\n  ${traceFigures(input, options).join("\n  ")}`).toEqual(results);
  });
});

describe("spec tables themselves", () => {
  const all = tables.flatMap((t) => t.cases);
  it("hold at least 250 cases, 60 of them negative", () => {
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(all.filter((c) => c.results.length === 0).length).toBeGreaterThanOrEqual(60);
  });
  it("expect only valid figures whose spans slice back to their text", () => {
    for (const c of all) {
      for (const r of c.results) {
        expect(textFigureSchema.parse(r)).toEqual(r);
        expect(c.input.slice(r.span[0], r.span[1])).toBe(r.text);
      }
    }
  });
});
