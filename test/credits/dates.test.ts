import { describe, expect, it } from "vitest";
import { findEventDate, resolveDate } from "../../src/recognise/credits/index.js";
import { isoDateSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, string | null>("dates");

describe("resolveDate", () => {
  const table = cases.filter((c) => c.fn === "resolveDate");
  it.each(table.map((c) => [`${title(c.input)} @${c.options?.issueDate ?? "-"}`, c] as const))("%s", (_t, c) => {
    const got = resolveDate(c.input, c.options?.issueDate);
    expect(got).toBe(c.expected);
    if (got !== null) expect(isoDateSchema.safeParse(got).success).toBe(true);
  });
});

describe("findEventDate", () => {
  const table = cases.filter((c) => c.fn === "findEventDate");
  it.each(table.map((c) => [`${title(c.input)} @${c.options?.issueDate ?? "-"}`, c] as const))("%s", (_t, c) => {
    expect(findEventDate(c.input, c.options)).toBe(c.expected);
  });
});
