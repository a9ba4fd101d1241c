import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/recognise/credits/index.js";
import { datelineSchema, type Dateline } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, Dateline | null>("dateline");

describe("parseDateline", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseDateline(c.input, c.options);
    expect(got).toEqual(c.expected);
    if (got) expect(datelineSchema.safeParse(got).success).toBe(true);
  });

  it("finds the dateline's text inside the input as written", () => {
    for (const c of cases) {
      const got = parseDateline(c.input, c.options);
      if (got) expect(c.input.includes(got.text)).toBe(true);
    }
  });
});
