/**
 * GB18030 or Big5: both read nearly any bytes of the other without an error,
 * so the reading made of common Chinese characters wins; and binary judged
 * window by window, with stray control bytes dropped.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countControls, decode, scanBig5, scanControls, WINDOW } from "../../src/decode/decode.js";
import { commonShare } from "../../src/decode/common-chars.js";
import { big5, gb18030, utf8 } from "../bad-input/helpers.js";

// Invented news text, one in each script.
const SIMPLIFIED = "东湖新区今年计划新建学校三所\n本报讯（记者 陈一）昨日，记者从东湖新区教育局获悉，新区今年将新建学校三所，总投资约五亿元，新增学位四千个。\n据介绍，三所学校预计明年秋季开学。\n";
const TRADITIONAL = "東湖新區今年計劃新建學校三所\n本報訊（記者 陳一）昨日，記者從東湖新區教育局獲悉，新區今年將新建學校三所，總投資約五億元，新增學位四千個。\n據介紹，三所學校預計明年秋季開學。\n";

describe("commonShare", () => {
  it("is high for Chinese text in either script and low for either read in the wrong encoding", () => {
    expect(commonShare(SIMPLIFIED)).toBeGreaterThan(0.6);
    expect(commonShare(TRADITIONAL)).toBeGreaterThan(0.6);
    expect(commonShare(new TextDecoder("gb18030").decode(big5(TRADITIONAL)))).toBeLessThan(0.3);
    expect(commonShare(new TextDecoder("big5").decode(gb18030(SIMPLIFIED)))).toBeLessThan(0.3);
    expect(commonShare("ASCII only")).toBe(0);
  });
});

describe("GB18030 or Big5", () => {
  it("reads Big5 as Big5 (it once came out as GB18030 mojibake)", () => {
    const result = decode(big5(TRADITIONAL));
    expect(result).toMatchObject({ ok: true, encoding: "big5", text: TRADITIONAL, diagnostics: [] });
  });

  it("reads GBK as GB18030, Simplified or Traditional", () => {
    expect(decode(gb18030(SIMPLIFIED))).toMatchObject({ ok: true, encoding: "gb18030", text: SIMPLIFIED, diagnostics: [] });
    // GBK holds Traditional characters too: a Traditional text in GBK is still GBK.
    expect(decode(gb18030(TRADITIONAL))).toMatchObject({ ok: true, encoding: "gb18030", text: TRADITIONAL, diagnostics: [] });
  });

  it("keeps GB18030 for a file too short to tell", () => {
    expect(decode(gb18030("中文"))).toMatchObject({ ok: true, encoding: "gb18030", diagnostics: [] });
  });

  it("warns when neither reading is clearly Chinese", () => {
    // Bytes valid in both, whose readings are both rare characters.
    const odd = Uint8Array.from(Array.from({ length: 40 }, (_, i) => [0xfa + (i % 3), 0x41 + (i % 20)]).flat());
    const result = decode(odd);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "encoding-unsure" })]);
  });

  it("forces Big5 when asked, and counts bad Big5 bytes", () => {
    expect(decode(big5(TRADITIONAL), { encoding: "big5" })).toMatchObject({ ok: true, encoding: "big5", text: TRADITIONAL });
    // 0x80 is no lead byte; 0xA4 needs a trail byte 0x40–0x7E or 0xA1–0xFE.
    expect(scanBig5(Uint8Array.of(0x41, 0x80, 0xa4, 0x40, 0xa4, 0x20))).toEqual({ firstInvalid: 1, invalid: 2, validMultibyte: 1 });
  });
});

describe("binary, window by window", () => {
  const text = utf8("新闻正文，项目进展顺利。\n".repeat(1000));
  // Bytes of every value, as compressed data has: about a tenth are control bytes.
  const junk = Uint8Array.from({ length: 3 * WINDOW }, (_, i) => (i * 37 + 11) % 256);

  it("drops stray control bytes and reports the first", () => {
    const input = Uint8Array.from([...text.subarray(0, 36), 0, ...text.subarray(36)]);
    expect(scanControls(input)).toMatchObject({ binaryAt: -1, stray: { count: 1, first: 36 } });
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, encoding: "utf8" });
    expect(result.ok && result.text === new TextDecoder().decode(text)).toBe(true);
  });

  it("finds binary after text at the line where it starts", () => {
    expect(scanControls(Uint8Array.from([...text, ...junk])).binaryAt).toBe(text.length);
    // Junk that starts mid-line: binary from that line's start.
    const midLine = Uint8Array.from([...text, ...utf8("半行"), ...junk]);
    expect(scanControls(midLine).binaryAt).toBe(text.length);
  });

  it("calls a file binary from its first byte when its first window is", () => {
    expect(scanControls(Uint8Array.from([...junk, ...text])).binaryAt).toBe(0);
    expect(decode(Uint8Array.from([...junk, ...text]))).toMatchObject({ ok: false, reason: "binary", message: "binary file (NUL or control bytes), skipped" });
  });

  it("judges a short last window with the one before: a few stray bytes at the end are no binary file", () => {
    const tail = Uint8Array.from([...text.subarray(0, 2 * WINDOW), 0, 1, 2, 3, 0x0a]);
    expect(scanControls(tail)).toMatchObject({ binaryAt: -1, stray: { count: 4, first: 2 * WINDOW } });
  });

  it("counts control bytes four at a time as one at a time would, at any alignment", () => {
    const naive = (bytes: Uint8Array, from: number, to: number) => {
      let count = 0;
      let first = -1;
      for (let i = from; i < to; i++) {
        const b = bytes[i]!;
        if (b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(b)) {
          count++;
          if (first < 0) first = i;
        }
      }
      return { count, first };
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(7), fc.nat(7), (raw, skip, cut) => {
        const bytes = raw.subarray(Math.min(skip, raw.length));
        const to = Math.max(0, bytes.length - cut);
        const from = Math.min(to, cut);
        expect(countControls(bytes, from, to)).toEqual(naive(bytes, from, to));
      }),
      { seed: 11, numRuns: 2000 },
    );
    // Mostly text bytes, so that whole blocks of sixteen are passed over.
    const textish = fc.oneof({ arbitrary: fc.integer({ min: 0x20, max: 0xff }), weight: 40 }, { arbitrary: fc.integer({ min: 0, max: 0x1f }), weight: 1 });
    fc.assert(
      fc.property(fc.array(textish, { maxLength: 300 }), fc.nat(7), fc.nat(7), (raw, skip, cut) => {
        const bytes = Uint8Array.from(raw).subarray(Math.min(skip, raw.length));
        const to = Math.max(0, bytes.length - cut);
        const from = Math.min(to, cut);
        expect(countControls(bytes, from, to)).toEqual(naive(bytes, from, to));
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  it("reads VT, FF, tab and ESC as text, not control bytes", () => {
    const marks = utf8("标题\v副题\f\t正文\x1b。\n".repeat(200));
    expect(scanControls(marks)).toMatchObject({ binaryAt: -1, stray: { count: 0, first: -1 } });
  });
});
