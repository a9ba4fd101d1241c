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
    // at the number's start after any word, when the number's whole part goes on after the run
    ["同比增长Ｏ．８％", "同比增长0.8%"],
    ["产量增长ｌ９．５％", "产量增长19.5%"],
    ["降幅收窄至O.5个百分点", "降幅收窄至0.5个百分点"],
    ["面积ｌ，２００万亩", "面积1,200万亩"],
    ["资金l2,500元", "资金12,500元"],
    ["约I.2万人", "约1.2万人"],
    ["ｌ．５倍", "1.5倍"],
    ["Ｏ0l.0", "001.0"],
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
    // a point or comma after a run is no number's: a Latin word before it, a run that ends in a
    // look-alike, a leading 0 before a thousands group, no group of exactly three digits
    "Type I.5",
    "Version l.2",
    "No.1",
    "NO.5",
    "Vol.3",
    "iOS 17.5",
    "O2O，300家商户入驻",
    "发展O2O,120家门店",
    "血型为O，200名献血者",
    "l,2000",
    "l，20万",
    "IO，1500",
    "SO2.5",
    "CO，200",
    "排量1.5l，约",
    "1.5l装",
    // no point or comma: a leading look-alike before digits still wants a date word (as before)
    "增长l5%",
    "IPO",
    "A380客机",
    "I、II、III",
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

describe("a look-alike that starts a number's whole part before a point or a thousands comma", () => {
  it("reads ｌ，２００万亩, Ｏ．８％ and ｌ９．５％ with their values, sliced as written", () => {
    const figures = parseFigures("播种面积ｌ，２００万亩，同比增长Ｏ．８％，产量增长ｌ９．５％。");
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit, f.change, f.span])).toEqual([
      ["播种面积ｌ，２００万亩", "area", 12000000, "mu", null, [0, 11]],
      ["同比增长Ｏ．８％", "percent", 0.8, "%", "increase", [12, 20]],
      ["产量增长ｌ９．５％", "percent", 19.5, "%", "increase", [21, 30]],
    ]);
  });
});

describe("on text made of digits, look-alikes and the words around them", () => {
  const chars = [..."0159０１OoIl〇ＯｏＩｌ｜|月年万米是aZ./．,，%:_- \n"];
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
    ["增长ｌ９．５％", "增长19.5%"],
    ["面积ｌ，２００万亩", "面积1,200万亩"],
    ["第3期", "第3期"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseString(input)).toBe(expected);
    expect(normaliseString(pad + input)).toBe(pad + expected);
    expect(normaliseString(input + "\u3000" + pad)).toBe(expected + " " + pad);
  });
});
