import { describe, expect, it } from "vitest";
import { matchLead, type LeadMatch } from "../../src/recognise/credits/index.js";
import { bylineSchema } from "../../src/schema.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, LeadMatch | null>("lead");

describe("matchLead", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = matchLead(c.input, c.options);
    expect(got).toEqual(c.expected);
    for (const b of got?.bylines ?? []) expect(bylineSchema.safeParse(b).success).toBe(true);
  });

  it("starts the body inside the paragraph, on a non-space", () => {
    for (const c of cases) {
      const got = matchLead(c.input, c.options);
      if (!got) continue;
      expect(got.bodyStart).toBeGreaterThan(0);
      expect(got.bodyStart).toBeLessThanOrEqual(c.input.length);
      expect(/\s/u.test(c.input.charAt(got.bodyStart))).toBe(false);
    }
  });

  it("answers the same when given the paragraph's folded copy", () => {
    const long = `新华社北京9月28日电（记者张三）${"该区强化顶层设计,成立项目协调指挥部。".repeat(12)}`;
    for (const text of [...cases.map((c) => c.input), long, `${"　".repeat(190)}新华社北京9月28日电（记者张三）正文`]) {
      const options = { issueDate: "2022-09-29" };
      expect(matchLead(text, options, normaliseString(text))).toEqual(matchLead(text, options));
    }
  });

  it("finds nothing more in the body it returns", () => {
    for (const c of cases) {
      const got = matchLead(c.input, c.options);
      if (got) expect(matchLead(c.input.slice(got.bodyStart), c.options)).toBeNull();
    }
  });
});
