import { describe, expect, it } from "vitest";
import { splitTrailingCredit } from "../../src/recognise/credits/index.js";
import type { Byline } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, { body: string; bylines: Byline[] } | null>("trailing-credit");

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
