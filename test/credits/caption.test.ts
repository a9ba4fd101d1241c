import { describe, expect, it } from "vitest";
import { parseCaption } from "../../src/recognise/credits/index.js";
import type { Byline } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, { caption: string; bylines: Byline[] } | null>("caption");

describe("parseCaption", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseCaption(c.input);
    expect(got).toEqual(c.expected);
    if (got) {
      expect(c.input.startsWith(got.caption)).toBe(true);
      expect(got.bylines.every((b) => b.photo)).toBe(true);
    }
  });
});
