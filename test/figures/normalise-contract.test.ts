/**
 * The figures stage slices `text` and `subject` out of the original with offsets found
 * in `normaliseString`'s copy: that copy must keep every code unit where it was.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseString } from "../../src/normalise/normalise.js";
import { parseFigures } from "../../src/recognise/figures/index.js";

describe("normaliseString keeps offsets, as parseFigures needs", () => {
  it("keeps the length of every page fixture, a leading BOM included", () => {
    const pages = join(import.meta.dirname, "../../fixtures/pages");
    for (const page of readdirSync(pages)) {
      for (const name of readdirSync(join(pages, page)).filter((n) => n.startsWith("input."))) {
        const text = readFileSync(join(pages, page, name), "utf8");
        expect(normaliseString(text).length).toBe(text.length);
        expect(normaliseString(`\ufeff${text}`).length).toBe(text.length + 1);
      }
    }
  });
  it("finds the same figures one place later after a BOM", () => {
    const text = "據統計，全年接待遊客1200萬人次，同比增長12.5%。".repeat(4);
    const plain = parseFigures(text);
    const shifted = parseFigures(`\ufeff${text}`);
    expect(shifted.map((f) => [f.text, f.span[0] - 1, f.span[1] - 1])).toEqual(plain.map((f) => [f.text, ...f.span]));
  });
});
