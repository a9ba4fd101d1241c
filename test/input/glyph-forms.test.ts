/**
 * Radicals, compatibility ideographs and ligatures that copying from a PDF
 * puts in place of ordinary characters, read as those characters.
 */
import { describe, expect, it } from "vitest";
import { foldGlyphForms, RADICAL_IDEOGRAPHS } from "../../src/input/glyph-forms.js";

describe("foldGlyphForms", () => {
  it.each<[string, string, string]>([
    ["Kangxi radicals in a date", "5\u2f49 15\u2f47", "5月 15日"],
    ["Kangxi radicals in a unit", "12万平\u2f45\u2f76", "12万平方米"],
    ["a supplement radical in a change word", "同比增\u2ed38.6%", "同比增长8.6%"],
    ["supplement and Kangxi radicals in a name", "\u2ee9\u2f29燕", "黄小燕"],
    ["a dateline's place", "新华社\u2f34州", "新华社广州"],
    ["gate, cart, wind, horse, leaf, fly", "\u2ed4\u2ecb\u2edb\u2ee2\u2eda\u2edc", "门车风马页飞"],
    ["fish, bird, even, dragon, turtle, west, see, horn", "\u2ee5\u2ee6\u2eec\u2ef0\u2ef3\u2ec4\u2ec5\u2ec6", "鱼鸟齐龙龟西见角"],
    ["speech, shell, wheat", "\u2ec8\u2ec9\u2ee8", "讠贝麦"],
    ["a Kangxi radical that is a Traditional character stays Traditional", "\u2fa8", "門"],
    ["a compatibility ideograph", "\uf900\uf901", "\u8c48\u66f4"],
    ["Latin ligatures", "免费wi\ufb01信号，\ufb02ow", "免费wifi信号，flow"],
  ])("%s", (_name, input, expected) => {
    expect(foldGlyphForms(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ["ordinary text", "5月15日，工业产值同比增长8.6%。"],
    ["a radical that is only part of characters (WATER ONE)", "\u2ea1"],
    ["a J-simplified radical, a Japanese shape", "\u2eef"],
    ["a unified ideograph inside the compatibility block", "\ufa0e\ufa0f"],
    ["a unit sign that is no ideograph", "21.5万㎡"],
  ])("leaves %s as it is", (_name, input) => {
    expect(foldGlyphForms(input)).toBe(input);
  });

  it("maps each supplement radical to one CJK unified ideograph, and agrees with NFKC where NFKC maps it", () => {
    for (const [radical, ideograph] of RADICAL_IDEOGRAPHS) {
      const code = radical.codePointAt(0)!;
      expect(code >= 0x2e80 && code <= 0x2eff, radical).toBe(true);
      expect(ideograph).toMatch(/^[\u4e00-\u9fff]$/);
      const nfkc = radical.normalize("NFKC");
      if (nfkc !== radical) expect(ideograph).toBe(nfkc);
    }
  });

  it("keeps the length of text without ligatures", () => {
    const text = "\u2f00季度\u2f2f业增\u2ed3\uf900";
    expect(foldGlyphForms(text)).toHaveLength(text.length);
  });
});
