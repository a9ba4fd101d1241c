/**
 * Invariants over every golden page: each record passes its zod schema, each
 * figure's span slices its text out of its paragraph, each record covers
 * lines of the input in order, and extracting twice gives the same records.
 */
import { describe, expect, it } from "vitest";
import { cases, runCase } from "../helpers/pages.js";
import { recordSchema } from "../../src/schema.js";

describe.each(cases)("%s", (name) => {
  const { records } = runCase(name);

  it("every record passes its schema", () => {
    for (const r of records) expect(recordSchema.safeParse(r).success, r.id).toBe(true);
  });

  it("every figure's span slices its text out of its paragraph", () => {
    for (const r of records) {
      if (r.type !== "article") continue;
      for (const f of r.figures) {
        const paragraph = r.paragraphs[f.paragraph];
        expect(paragraph, `${r.id} paragraph ${f.paragraph}`).toBeDefined();
        expect(paragraph!.slice(f.span[0], f.span[1])).toBe(f.text);
      }
    }
  });

  it("records are numbered 1, 2, 3 … and stand in input order", () => {
    records.forEach((r, i) => expect(r.id.endsWith(`:${i + 1}`)).toBe(true));
    for (let i = 1; i < records.length; i++) {
      const a = records[i - 1]!.source;
      const b = records[i]!.source;
      if (a.id === b.id) expect(b.lineStart).toBeGreaterThan(a.lineEnd);
    }
  });

  it("accounts for every non-blank line: each lies in exactly one record (nothing lost, nothing twice)", () => {
    const { input } = runCase(name);
    // SogouCS markup around the content is the container, not the text.
    const markup = /^\s*<\/?[a-z]+>(?:.*<\/[a-z]+>)?\s*$/;
    input.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "" || line === "\ufeff" || markup.test(line)) return;
      const covering = records.filter((r) => r.source.lineStart <= i + 1 && i + 1 <= r.source.lineEnd);
      expect(covering.map((r) => r.id), `line ${i + 1}: ${line}`).toHaveLength(1);
    });
  });

  it("is deterministic", () => {
    expect(runCase(name).records).toEqual(records);
  });
});
