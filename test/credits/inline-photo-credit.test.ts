import { describe, expect, it } from "vitest";
import { findInlinePhotoCredit, type InlinePhotoCredit } from "../../src/recognise/credits/index.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, InlinePhotoCredit | null>("inline-photo-credit");

describe("findInlinePhotoCredit", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = findInlinePhotoCredit(c.input);
    expect(got).toEqual(c.expected);
    if (got) {
      // The caption, when there is one, opens with a caption word and ends its sentence; text follows the credit.
      const caption = c.input.slice(got.captionStart, got.captionEnd);
      if (caption.length > 0) expect(caption).toMatch(/^(?:图为|上图为).*。$/u);
      expect(got.restStart).toBeLessThan(c.input.length);
      expect(got.bylines.every((b) => b.photo)).toBe(true);
    }
  });
});
