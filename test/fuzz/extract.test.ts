/**
 * Property tests of `extract`, with a fixed seed and few runs (part of `npm test`).
 * `npm run fuzz` runs the same properties many more times.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { anyText, newspaperPage } from "./arbitraries.js";
import { checkExtract } from "./properties.js";

describe("extract on generated input", () => {
  it("newspaper-like pages: never throws, valid records, spans slice back, same twice", () => {
    fc.assert(fc.property(newspaperPage, (page) => void checkExtract(page)), { seed: 20220928, numRuns: 250 });
  });

  it("newspaper-like pages with an issue date", () => {
    fc.assert(fc.property(newspaperPage, (page) => void checkExtract(page, { issueDate: "2022-09-29" })), { seed: 7, numRuns: 100 });
  });

  it("arbitrary Unicode strings, ill-formed ones included", () => {
    fc.assert(fc.property(anyText, (text) => void checkExtract(text)), { seed: 20220928, numRuns: 400 });
  });

  it("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void checkExtract(bytes)),
      { seed: 20220928, numRuns: 300 },
    );
  });
});
