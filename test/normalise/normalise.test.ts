import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise, normaliseString } from "../../src/normalise/normalise.js";

describe("normalise", () => {
  it.each([
    ["９月２８日", "9月28日"],
    ["（记者／林一鸣　实习生／高小雨）", "(记者/林一鸣 实习生/高小雨)"],
    ["　　本报讯", "  本报讯"],
    ["７３５，０１４．５元", "735,014.5元"],
    ["ｃｏｄ１０万吨", "cod10万吨"],
    ["萬億兩點", "万亿两点"],
    ["賠償金額達3.25億新台幣", "赔偿金额达3.25亿新台币"],
    ["「練得銅皮鐵骨」", "“练得铜皮铁骨”"],
    ["他們未必有位入住﹔", "他们未必有位入住;"],
    ["本报长沙3月2日电\u00a0\u00a0（记者林一）", "本报长沙3月2日电  (记者林一)"],
    ["plain ASCII, 2022.", "plain ASCII, 2022."],
    ["株洲日报全媒体记者/邹怡敏", "株洲日报全媒体记者/邹怡敏"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseString(input)).toBe(expected);
  });

  it("keeps the length, so offsets in the copy are offsets in the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const n = normalise(s);
        expect(n.text.length).toBe(s.length);
        expect(n.toOriginal(s.length)).toBe(s.length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("is idempotent: normalising twice changes nothing more", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (s) => {
        const once = normaliseString(s);
        expect(normaliseString(once)).toBe(once);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("is idempotent on every code unit: a Simplified target of the table is never folded again", () => {
    const twice: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const once = normaliseString(String.fromCharCode(c));
      if (normaliseString(once) !== once) twice.push(String.fromCharCode(c));
    }
    expect(twice).toEqual([]);
    // OpenCC's tables also hold 么 → 幺: the everyday 什么 must stay as it is.
    expect(normaliseString("什么 麼 麽")).toBe("什么 么 么");
    expect(normaliseString("萬億")).toBe("万亿");
  });

  it("never splits a surrogate pair", () => {
    const s = "𠀀项目𡈽投资";
    expect(normaliseString(s)).toBe("𠀀项目𡈽投资");
  });
});

describe("normalise on long and ill-formed text", () => {
  it("keeps lone surrogates and the length of a long string", () => {
    const s = `${"（记者／林一鸣）".repeat(20)}\ud800${"９月".repeat(20)}`;
    const n = normaliseString(s);
    expect(n.length).toBe(s.length);
    expect(n.includes("\ud800")).toBe(true);
    expect(n.startsWith("(记者/林一鸣)")).toBe(true);
    expect(n.endsWith("9月")).toBe(true);
  });
});

describe("normalise keeps a leading U+FEFF", () => {
  it("in a long string that needs folding", () => {
    const s = `\ufeff${"（记者／林一鸣）".repeat(10)}`;
    expect(normaliseString(s)).toHaveLength(s.length);
    expect(normaliseString(s).startsWith("\ufeff(")).toBe(true);
  });
});
