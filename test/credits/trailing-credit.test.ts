import { describe, expect, it } from "vitest";
import { splitTrailingCredit, type TrailingSplit } from "../../src/recognise/credits/index.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, TrailingSplit | null>("trailing-credit");

describe("splitTrailingCredit", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = splitTrailingCredit(c.input);
    expect(got).toEqual(c.expected);
    if (got) {
      expect(c.input.startsWith(got.body)).toBe(true);
      // Idempotent: the body holds no second credit.
      expect(splitTrailingCredit(got.body)).toBeNull();
    }
  });
});
