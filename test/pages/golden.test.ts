/**
 * Golden pages: whole pages written in the image of real layouts (metro
 * pages with furniture, indented wire pages, one sentence per line with
 * full-width digits, Traditional Hong Kong text with CRLF and BOM, SogouCS
 * XML, local-news snippets), each with hand-checked expectations in
 * `fixtures/pages/<case>/expected.json`.
 *
 * Expectations list every record in order. Figures of the core kinds (money,
 * area, percent, energy, power, mass) must match the list exactly, apart from
 * `optionalFigures`; counts, durations and lengths listed must be present.
 */
import { describe, expect, it } from "vitest";
import type { ArticleRecord, Figure } from "../../src/schema.js";
import { cases, runCase, type ExpectedArticle, type ExpectedFigure } from "../helpers/pages.js";

const CORE = new Set(["money", "area", "percent", "energy", "power", "mass"]);

const sameFigure = (f: Figure, [kind, value, max, unit]: ExpectedFigure) =>
  f.kind === kind && f.unit === unit && Math.abs(f.value - value) <= 1e-9 * Math.max(1, Math.abs(value)) && (max === null ? f.max === null : f.max !== null && Math.abs(f.max - max) < 1e-9 * Math.max(1, max));

function checkArticle(got: ArticleRecord, want: ExpectedArticle): void {
  expect(got.headline).toEqual(want.headline);
  expect(got.genre).toBe(want.genre);
  expect(got.dateline).toEqual(want.dateline);
  expect(got.date).toBe(want.date);
  if (want.sourceId !== undefined) expect(got.source.id).toBe(want.sourceId);
  const optional = new Set((want.optionalBylines ?? []).map(([n, r, p]) => `${n}/${r}/${p}`));
  const bylines = got.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`).filter((b) => !optional.has(b));
  expect(bylines).toEqual(want.bylines.map(([n, r, p]) => `${n}/${r}/${p}`));
  expect(got.subheads).toEqual(want.subheads);
  expect(got.paragraphs).toHaveLength(want.paragraphs);
  expect(got.paragraphs[0]?.startsWith(want.first), `first paragraph: ${got.paragraphs[0]}`).toBe(true);
  expect(got.paragraphs.at(-1)?.endsWith(want.last), `last paragraph: ${got.paragraphs.at(-1)}`).toBe(true);
  const left = [...got.figures];
  for (const w of want.figures) {
    const i = left.findIndex((f) => sameFigure(f, w));
    expect(i, `figure ${w.slice(0, 4).join(" ")} in ${JSON.stringify(got.figures.map((f) => f.text))}`).toBeGreaterThanOrEqual(0);
    const f = left.splice(i, 1)[0]!;
    const extra = w[4] ?? {};
    if ("qualifier" in extra) expect(f.qualifier, f.text).toBe(extra.qualifier);
    if ("change" in extra) expect(f.change, f.text).toBe(extra.change);
    if (extra.subject) {
      const s = f.subject ?? "";
      expect(s.length > 0 && (s.includes(extra.subject) || extra.subject.includes(s)), `${f.text}: subject ${s}`).toBe(true);
    }
  }
  const extraCore = left.filter((f) => CORE.has(f.kind) && !want.optionalFigures.some((w) => sameFigure(f, w)));
  expect(extraCore.map((f) => f.text)).toEqual([]);
}

describe("golden pages", () => {
  it.each(cases)("%s", (name) => {
    const { records, expected } = runCase(name);
    expect(records.map((r) => r.type)).toEqual(expected.records.map((r) => r.type));
    records.forEach((got, i) => {
      const want = expected.records[i]!;
      if (got.type === "page" && want.type === "page") {
        expect(got.section).toBe(want.section);
        expect(got.staff.map((s) => [s.name, s.role])).toEqual(want.staff);
      } else if (got.type === "article" && want.type === "article") {
        checkArticle(got, want);
      }
    });
  });
});
