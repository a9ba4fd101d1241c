import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/recognise/credits/index.js";
import { bylineSchema, type Byline } from "../../src/schema.js";
import { loadCases, title } from "./fixture.js";

const cases = loadCases<string, Byline[]>("byline");

describe("parseByline", () => {
  it.each(cases.map((c) => [title(c.input), c] as const))("%s", (_t, c) => {
    const got = parseByline(c.input);
    expect(got).toEqual(c.expected);
    for (const b of got) expect(bylineSchema.safeParse(b).success).toBe(true);
  });
});

describe("parseByline on any text", () => {
  it("returns valid bylines whose names stand in the text", async () => {
    const fc = await import("fast-check");
    const piece = fc.constantFrom("记者", "通讯员", "本报", "讯", "(", ")", "（", "）", "/", " ", "　", "摄", "供图", "张", "明", "欧阳", "华", "。", "报道", "：", "、", "9月28日", "新华社", "北京", "电");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join("")), (text) => {
        const squeezed = text.replace(/\s/gu, "");
        for (const b of parseByline(text)) {
          expect(bylineSchema.safeParse(b).success).toBe(true);
          expect(squeezed.includes(b.name)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
