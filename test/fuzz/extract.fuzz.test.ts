/**
 * The long fuzz run (`npm run fuzz`): the properties of `extract.test.ts` on
 * FUZZ_RUNS generated pages (10 000 by default), and a check that time grows
 * linearly with the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { anyText, newspaperPage } from "./arbitraries.js";
import { checkExtract, runs } from "./properties.js";

describe("extract on generated input, long run", () => {
  it("newspaper-like pages", () => {
    const config = runs(10_000);
    const started = performance.now();
    fc.assert(fc.property(newspaperPage, (page) => void checkExtract(page, { issueDate: "2022-09-29" })), config);
    console.log(`fuzz: ${config.numRuns} pages, seed ${config.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it("arbitrary Unicode strings", () => {
    const config = runs(10_000);
    fc.assert(fc.property(anyText, (text) => void checkExtract(text)), config);
  });

  it("arbitrary bytes", () => {
    const config = runs(5_000);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void checkExtract(bytes)), config);
  });

  it("takes time linear in the size of the input", () => {
    const pages = fc.sample(newspaperPage, { seed: 1, numRuns: 150 });
    const base = pages.join("\n\n");
    const time = (text: string) => {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        extract(text);
        samples.push(performance.now() - t);
      }
      return samples.sort((a, b) => a - b)[1]!;
    };
    time(base); // warm up
    const sizes = [1, 2, 4, 8].map((k) => ({ k, chars: base.length * k, ms: time(Array(k).fill(base).join("\n\n")) }));
    console.log(`linearity: ${sizes.map((s) => `${s.chars} chars ${s.ms.toFixed(0)} ms`).join("; ")}`);
    // Linear: 8 times the input, about 8 times the time; quadratic would be 64.
    expect(sizes[3]!.ms / sizes[0]!.ms).toBeLessThan(24);
  });
});
