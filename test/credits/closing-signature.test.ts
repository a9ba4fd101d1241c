import { describe, expect, it } from "vitest";
import { parseClosingSignature, type CreditLineMatch } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { bylineSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, (CreditLineMatch & { voice: boolean }) | null>("closing-signature");

describe("parseClosingSignature", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseClosingSignature(c.input);
    expect(got).toEqual(c.expected);
    for (const b of got?.bylines ?? []) expect(bylineSchema.safeParse(b).success).toBe(true);
  });

  it("answers the same when given the line's folded copy", () => {
    for (const c of cases) expect(parseClosingSignature(c.input, normaliseString(c.input))).toEqual(c.expected);
  });
});
