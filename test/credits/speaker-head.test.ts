/**
 * A speaker's head over the item that quotes them (`全国人大代表、…书记　向春梅：`):
 * the posts joined by 、, ending on a post word, a space, a name, perhaps a
 * colon. Negatives: bare offices (list rows), lines with no space before the
 * name, no post word, no name after the space, or a verb after the name.
 */
import { describe, expect, it } from "vitest";
import { speakerHead } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, "colon" | "bare" | null>("speaker-head");

describe("speakerHead", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    expect(speakerHead(normaliseString(c.input))).toBe(c.expected);
  });
});
