import { describe, expect, it } from "vitest";
import { findLead, matchLead, type HeadedLead } from "../../src/recognise/credits/index.js";
import { bylineSchema, datelineSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, HeadedLead | null>("find-lead");

describe("findLead", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = findLead(c.input, c.options);
    expect(got).toEqual(c.expected);
    if (!got) return;
    if (got.lead.dateline) expect(datelineSchema.safeParse(got.lead.dateline).success).toBe(true);
    for (const b of got.lead.bylines) expect(bylineSchema.safeParse(b).success).toBe(true);
  });

  it("splits the line into a headline, a lead that matchLead reads the same, and the body", () => {
    for (const c of cases) {
      const got = findLead(c.input, c.options);
      if (!got) continue;
      const head = c.input.slice(0, got.headEnd);
      expect(head.trim()).toBe(head);
      expect(head.length).toBeGreaterThan(0);
      const rest = c.input.slice(got.headEnd).trimStart();
      const shift = c.input.length - rest.length;
      const again = matchLead(rest, c.options);
      expect(again?.dateline).toEqual(got.lead.dateline);
      expect(again?.bylines).toEqual(got.lead.bylines);
      expect((again?.bodyStart ?? -1) + shift).toBe(got.lead.bodyStart);
    }
  });

  it("leaves a lead at the start of the line to matchLead", () => {
    for (const c of loadCases<string, unknown>("lead")) expect(findLead(c.input, c.options)).toBeNull();
  });
});
