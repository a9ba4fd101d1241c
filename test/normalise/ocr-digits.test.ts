/**
 * OCR look-alikes inside numbers (`ocr-digits.ts`): read as digits in the
 * normalised copy where the neighbours say they are part of a number, left as
 * letters everywhere else. Expected copies written by hand.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normaliseString } from "../../src/normalise/normalise.js";
import { parseFigures } from "../../src/recognise/figures/index.js";
import { resolveDate } from "../../src/recognise/credits/dates.js";

describe("OCR look-alikes read as digits", () => {
  it.each([
    // between two characters of a number
    ["走了约3O0米", "走了约300米"],
    ["2O24年12月", "2024年12月"],
    ["共1l5人", "共115人"],
    ["2〇24年", "2024年"],
    ["15OO1号", "15001号"],
    // at the number's end, before a unit, magnitude or date word
    ["救灾资金15O万元", "救灾资金150万元"],
    ["投入15OO万元", "投入1500万元"],
    ["2O2O年", "2020年"],
    ["增长5O%", "增长50%"],
    ["第2O届", "第20届"],
    ["1O.5万吨", "10.5万吨"],
    // at the number's start, after a date word or a decimal point
    ["7月l8日", "7月18日"],
    ["2024年l2月", "2024年12月"],
    ["下午3点l5分", "下午3点15分"],
    ["10:O5", "10:05"],
    ["6.O5亿", "6.05亿"],
    // a hard-wrapped line breaks between the number and its word
    ["今天是7月\nl8日", "今天是7月\n18日"],
    ["资金15O\n万元", "资金150\n万元"],
    // full-width letters and digits
    ["１５Ｏ万元", "150万元"],
    ["７月ｌ８日", "7月18日"],
    ["３Ｏ０米", "300米"],
    ["1｜5万", "115万"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseString(input)).toBe(expected);
  });
});

describe("letters next to digits that stay letters", () => {
  it.each([
    // model codes, words, chemistry and standards: a Latin letter touches the run
    "新款iPhone 15上市",
    "iPhone l5",
    "O2O模式",
    "B2B和O2O平台",
    "Wi-Fi 6路由器",
    "H2O",
    "CO2排放",
    "Top10榜单",
    "No1",
    "ISO9001认证",
    "Win1O系统",
    "hello2O24",
    "COVID-19疫情",
    // web addresses and code
    "网址www.l0l0l.com",
    "http://a.cn/l0l/",
    "http://a.cn/l0l0l",
    "id=1O",
    "a_1O",
    // look-alikes at a number's ends with no unit or date word beside them
    "IO口",
    "IO接口",
    "第I5届",
    "，l0月",
    "编号5O是",
    "1O",
    "是\nl8日",
    "第\nl8日",
    "15O\n是",
    "O1",
    "5 O",
    // ASCII bars separate table cells
    "12|34",
    // Han numerals keep their zero
    "二〇二四年",
  ])("%s", (input) => {
    const folded = normaliseString(input);
    for (let i = 0; i < input.length; i++) {
      if (/[OoIl〇Ｏｏｌ｜]/.test(input[i]!)) expect(folded[i], `${input} at ${i}`).not.toMatch(/[0-9]/);
    }
  });
});

describe("dates and figures see the digits; the text as written keeps the letters", () => {
  it("reads 7月l8日 as 18 July, not the 8th", () => {
    expect(resolveDate("7月l8日", "2024-12-20")).toBe("2024-07-18");
    expect(resolveDate("2O24年l2月2O日")).toBe("2024-12-20");
  });
  it("reads 15O万元 and 3O0米 with their values, sliced as written", () => {
    const figures = parseFigures("救灾资金15O万元，路长3O0米。");
    expect(figures.map((f) => [f.text, f.value, f.unit, f.subject, f.span])).toEqual([
      ["救灾资金15O万元", 1500000, "CNY", "救灾资金", [0, 9]],
      ["路长3O0米", 300, "m", "路长", [10, 16]],
    ]);
  });
});

describe("on text made of digits, look-alikes and the words around them", () => {
  const chars = [..."0159０１OoIl〇ＯｏＩｌ｜|月年万米是aZ./．:_- \n"];
  const texts = fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(""));
  it("keeps the length and is idempotent", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const once = normaliseString(s);
        expect(once.length).toBe(s.length);
        expect(normaliseString(once)).toBe(once);
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe("look-alikes read alike in short and long strings (the fold's two paths)", () => {
  // `normaliseString` folds a string under 64 code units piecewise and a longer
  // one through a buffer, and mends a long one without the separate pre-test:
  // the same line, alone and padded past 64 units, must read the same.
  const pad = "江城市政府今天召开新闻发布会介绍全市经济运行情况和下一步工作安排。".repeat(2);
  it.each([
    ["7月l8日", "7月18日"],
    ["救灾资金15O万元", "救灾资金150万元"],
    ["O2O模式", "O2O模式"],
    ["國內２Ｏ24年", "国内2024年"],
    ["iPhone l5", "iPhone l5"],
    ["第3期", "第3期"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseString(input)).toBe(expected);
    expect(normaliseString(pad + input)).toBe(pad + expected);
    expect(normaliseString(input + "\u3000" + pad)).toBe(expected + " " + pad);
  });
});
