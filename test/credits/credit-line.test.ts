import { describe, expect, it } from "vitest";
import { parseCreditBlock, parseCreditLine, type CreditLineMatch } from "../../src/recognise/credits/index.js";
import { bylineSchema, type Byline } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string | string[], CreditLineMatch | Byline[] | null>("credit-line");
const lines = cases.filter((c): c is { input: string; expected: CreditLineMatch | null } => typeof c.input === "string");
const blocks = cases.filter((c): c is { input: string[]; expected: Byline[] } => Array.isArray(c.input));

describe("parseCreditLine", () => {
  it.each(lines.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseCreditLine(c.input);
    expect(got).toEqual(c.expected);
    for (const b of got?.bylines ?? []) expect(bylineSchema.safeParse(b).success).toBe(true);
  });
});

describe("parseCreditBlock", () => {
  it.each(blocks.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    expect(parseCreditBlock(c.input)).toEqual(c.expected);
  });
  // Handed the lines' own matches, the block reads them instead of parsing again, to the same bylines.
  it.each(blocks.map((c) => [title(c.input), c] as const))("with its lines' matches: %s", (_t, c) => {
    expect(parseCreditBlock(c.input, c.input.map((line) => parseCreditLine(line)))).toEqual(c.expected);
  });
});
