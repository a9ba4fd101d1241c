import { describe, expect, it } from "vitest";
import { parseStaffLine } from "../../src/recognise/credits/index.js";
import { staffSchema, type Staff } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, Staff[] | null>("staff-line");

describe("parseStaffLine", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseStaffLine(c.input);
    expect(got).toEqual(c.expected);
    for (const s of got ?? []) expect(staffSchema.safeParse(s).success).toBe(true);
  });
});
