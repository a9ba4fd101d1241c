/**
 * parseChineseNumber: a table of writings, and properties — every integer below
 * 10^16 written in Chinese numerals parses back to itself; N万/N亿 with decimals
 * is exact; every figure span slices back to its text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseNumber, parseFigures } from "../../src/recognise/figures/index.js";
import { textFigureSchema } from "../../src/schema.js";

const SEED = 20240917;

describe("parseChineseNumber table", () => {
  const table: Array<[string, number | null]> = [
    ["4,191.26", 4191.26],
    ["628,307.5", 628307.5],
    ["１２０万", 1200000],
    ["０．１５", 0.15],
    ["６２８，３０７．５", 628307.5],
    ["一百二十万", 1200000],
    ["四亿五千六百四十二万零一十五", 456420015],
    ["一万零十二", 10012],
    ["两千四百五", 2450],
    ["二〇二三", 2023],
    ["二零一九", 2019],
    ["廿二", 22],
    ["卅", 30],
    ["壹佰贰拾", 120],
    ["叁仟零伍拾", 3050],
    ["兩億", 200000000],
    ["三萬", 30000],
    ["十一點九", 11.9],
    ["1.5亿", 150000000],
    ["3万4000", 34000],
    ["13万2", 132000],
    ["0.07亿", 7000000],
    ["一点五亿", 150000000],
    ["十", 10],
    ["十五", 15],
    ["一百零五", 105],
    ["一千零一十", 1010],
    ["三万五", 35000],
    ["一万亿", 1000000000000],
    // 兆 is 10^12 (Taiwan and Hong Kong money)
    ["2兆8,813亿", 2881300000000],
    ["１兆２，８００億", 1280000000000],
    ["三兆五千亿", 3500000000000],
    ["1.2兆", 1200000000000],
    ["两", 2],
    ["零", 0],
    ["百", 100],
    ["5千", 5000],
    ["0.5", 0.5],
    // not one number
    ["百分之十一点九", null], // a percent: parseFigures reads it as 11.9 %
    ["两三千", null], // a range
    ["十几万", null], // vague
    ["几十", null],
    ["万", null],
    ["兆", null],
    ["2兆3兆", null],
    ["十十", null],
    ["三百五千", null],
    ["abc", null],
    ["", null],
    ["一二三万", null],
  ];
  it.each(table)("%s → %s", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

const DIGITS = "零一二三四五六七八九";

/** Below 10 000, with 零 where a zero place stands between written places (一千零二十). */
function belowTenThousand(n: number): string {
  const places: Array<[number, string]> = [[1000, "千"], [100, "百"], [10, "十"], [1, ""]];
  let out = "";
  let zero = false;
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += (DIGITS[d] ?? "") + unit;
  }
  return out;
}

/** An honest formatter: 10012 → 一万零一十二, 100000005 → 一亿零五, 10^12 → 一万亿. */
function toChinese(n: bigint): string {
  if (n === 0n) return "零";
  const yi = 100_000_000n;
  const wan = 10_000n;
  if (n >= yi) {
    const low = n % yi;
    return `${toChinese(n / yi)}亿${low === 0n ? "" : (low < 10_000_000n ? "零" : "") + toChinese(low)}`;
  }
  if (n >= wan) {
    const low = n % wan;
    return `${toChinese(n / wan)}万${low === 0n ? "" : (low < 1000n ? "零" : "") + toChinese(low)}`;
  }
  return belowTenThousand(Number(n));
}

describe("properties", () => {
  it("the formatter writes what a reader expects", () => {
    expect(toChinese(10012n)).toBe("一万零一十二");
    expect(toChinese(456420015n)).toBe("四亿五千六百四十二万零一十五");
    expect(toChinese(100000005n)).toBe("一亿零五");
    expect(toChinese(1_000_000_000_000n)).toBe("一万亿");
  });

  it("every integer below 10^16 written in Chinese numerals parses back to itself", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 16n - 1n), (n) => {
        expect(parseChineseNumber(toChinese(n))).toBe(Number(n));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("N万 and N亿 with decimals are exact", () => {
    const digits = (max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: max });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99999 }),
        digits(6),
        fc.constantFrom<[string, bigint]>(["万", 4n], ["亿", 8n]),
        (whole, fraction, [unit, exponent]) => {
          const frac = fraction.join("");
          const written = frac ? `${whole}.${frac}${unit}` : `${whole}${unit}`;
          // exact: (whole·10^k + frac) · 10^exponent / 10^k, as a decimal string
          const k = BigInt(frac.length);
          const scaled = (BigInt(whole) * 10n ** k + BigInt(frac || "0")) * 10n ** exponent;
          const fractionDigits = (scaled % 10n ** k).toString().padStart(Number(k), "0");
          const text = k === 0n ? scaled.toString() : `${scaled / 10n ** k}.${fractionDigits}`;
          const expected = Number(text);
          if (whole === 0 && !/[1-9]/.test(frac)) return; // 0万 is no amount
          expect(parseChineseNumber(written)).toBe(expected);
          expect(parseFigures(`总投资${written}元。`)[0]?.value).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("every span of parseFigures slices back to its text, in order, without overlaps", () => {
    const pieces = [
      "该项目总投资约", "完成征地", "同比增长", "，", "。", "、", "和", "比上年", "下降", "全市", "年产", "“", "”",
      "（", "）", "第", "前", "以上", "左右", "多", "余", "萬", "億", "兩", "元", "亿元", "万吨", "亩", "%", "％",
      "个百分点", "千瓦时", "个", "名", "天", "日", "年", "月", "至", "—", "-", "×", "度", "成", "百分之",
      "1", "2", "0", "5", "9", ".", "3", "１", "２", "．", "，", "一", "二", "三", "十", "百", "千", "万", "零", "半",
      "两", "几", "用电量", "港元", "新台币", "人民币", "平方米", "公斤", "小时", "个月", "工作日", " ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        let last = 0;
        for (const f of parseFigures(text)) {
          expect(text.slice(f.span[0], f.span[1])).toBe(f.text);
          expect(f.span[0]).toBeGreaterThanOrEqual(last);
          last = f.span[1];
          textFigureSchema.parse(f);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("stays linear on a long paragraph", () => {
    const sentence = "该项目总投资约80亿元，完成征地4191.26亩，同比增长5.6%，一企一策，9月28日。";
    const long = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = performance.now();
    const found = parseFigures(long);
    expect(found.length).toBe(3 * Math.ceil(1_000_000 / sentence.length));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
