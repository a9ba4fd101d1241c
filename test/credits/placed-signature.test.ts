import { describe, expect, it } from "vitest";
import { parseCreditLine, parsePlacedSignature, type CreditLineMatch } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { bylineSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, CreditLineMatch | null>("placed-signature");

describe("parsePlacedSignature", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parsePlacedSignature(c.input);
    expect(got).toEqual(c.expected);
    for (const b of got?.bylines ?? []) expect(bylineSchema.safeParse(b).success).toBe(true);
  });

  it("answers the same when given the line's folded copy", () => {
    for (const c of cases) expect(parsePlacedSignature(c.input, normaliseString(c.input))).toEqual(c.expected);
  });

  // Only at a letter's foot is such a line a signature: alone it may be a line of a list.
  it("is no credit line on its own", () => {
    for (const c of cases) if (c.expected !== null) expect(parseCreditLine(c.input)).toBeNull();
  });
});
