import { describe, expect, it } from "vitest";
import { findEventDate, resolveDate, tellsTimeVaguely } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { isoDateSchema } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, string | boolean | null>("dates");

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

describe("tellsTimeVaguely", () => {
  const table = cases.filter((c) => c.fn === "tellsTimeVaguely");
  it.each(table.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    expect(tellsTimeVaguely(normaliseString(c.input))).toBe(c.expected);
  });
});
