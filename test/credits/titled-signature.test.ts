import { describe, expect, it } from "vitest";
import { parseCreditLine, parseTitledSignature, type CreditLineMatch } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { bylineSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, CreditLineMatch | null>("titled-signature");

describe("parseTitledSignature", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseTitledSignature(c.input);
    expect(got).toEqual(c.expected);
    for (const b of got?.bylines ?? []) expect(bylineSchema.safeParse(b).success).toBe(true);
  });

  it("answers the same when given the line's folded copy", () => {
    for (const c of cases) expect(parseTitledSignature(c.input, normaliseString(c.input))).toEqual(c.expected);
  });

  // Only right under a headline is such a line a signature: alone it may be a line of a list.
  it("is no credit line on its own", () => {
    for (const c of cases) expect(parseCreditLine(c.input)).toBeNull();
  });
});
