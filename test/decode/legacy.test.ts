/**
 * GB18030 or Big5: both read nearly any bytes of the other without an error,
 * so the reading made of common Chinese characters wins; and binary judged
 * window by window, with stray control bytes dropped.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countControls, decode, scanBig5, scanControls, WINDOW } from "../../src/decode/decode.js";
import { StreamDecoder } from "../../src/input/stream-decode.js";
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

  it("keeps GB18030 for a file too short to tell, and says it is unsure", () => {
    const result = decode(gb18030("中文"));
    expect(result).toMatchObject({ ok: true, encoding: "gb18030", text: "中文" });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "encoding-unsure" })]);
    expect(result.diagnostics[0]!.message).toMatch(/^only 2 non-ASCII characters.*read as GB18030/);
  });

  it("reads a tiny Big5 file as Big5 when its reading alone is Chinese, and says it is unsure", () => {
    // 颱風 / 停班停課: six characters, read as GB18030 they are rare ones (讳 氨 痁 …).
    const result = decode(big5("颱風\n停班停課\n"));
    expect(result).toMatchObject({ ok: true, encoding: "big5", text: "颱風\n停班停課\n" });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "encoding-unsure" })]);
    expect(result.diagnostics[0]!.message).toMatch(/read as Big5/);
  });

  it("keeps GB18030 for a tiny GB18030 file whose Big5 reading is no better", () => {
    const result = decode(gb18030("台风停课\n"));
    expect(result).toMatchObject({ ok: true, encoding: "gb18030", text: "台风停课\n" });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["encoding-unsure"]);
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

describe("Big5-HKSCS", () => {
  // Byte pairs of HKSCS characters (Big5-HKSCS, as the HKSCS tables give them); Node's Big5 decoder reads them as private-use code points.
  const HKSCS: [string, number, number][] = [
    ["啱", 0x95, 0xda],
    ["哋", 0x92, 0x5d],
    ["咗", 0x9d, 0xf7],
    ["嘅", 0x9d, 0xef],
    ["邨", 0x90, 0x68],
    ["着", 0xfe, 0xd3],
    ["綫", 0x8e, 0xa8],
    ["〇", 0xc6, 0xe2],
    ["峯", 0xfb, 0xdf],
  ];
  const bytesOf = (...parts: (string | [number, number])[]): Uint8Array =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...big5(p)] : p)));

  it.each(HKSCS)("reads %s as itself, not as a private-use code point", (ch, lead, trail) => {
    const result = decode(bytesOf("石硤尾", [lead, trail], "重建"), { encoding: "big5" });
    expect(result).toMatchObject({ ok: true, text: `石硤尾${ch}重建`, diagnostics: [] });
  });

  it("reads the pairs HKSCS gives a letter and a combining mark", () => {
    expect(decode(Uint8Array.of(0x88, 0x62, 0x88, 0xa5), { encoding: "big5" })).toMatchObject({ ok: true, text: "\u00ca\u0304\u00ea\u030c" });
  });

  it("detects a Hong Kong text in Big5-HKSCS as Big5 and reads its HKSCS characters", () => {
    const text = ["退休人士生活開支調查", "【本報訊】", "「我", "做", "一世，退休先發覺原來", "錢唔夠使。」現年65歲的陳伯在觀塘一間工廠做了40年，強積金戶口只有約38萬元。", ""];
    const bytes = bytesOf(text[0]!, "\n", text[1]!, text[2]!, [0x92, 0x5d], text[3]!, [0x9d, 0xf7], text[4]!, [0x9d, 0xf8], text[5]!, "\n");
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: true, encoding: "big5", diagnostics: [] });
    expect(result.ok && result.text).toBe("退休人士生活開支調查\n【本報訊】「我哋做咗一世，退休先發覺原來啲錢唔夠使。」現年65歲的陳伯在觀塘一間工廠做了40年，強積金戶口只有約38萬元。\n");
  });

  it("warns of the characters it cannot map (user-defined pairs), counting them", () => {
    const result = decode(bytesOf("新界", [0x81, 0x40], "東", [0x82, 0x41], "\n"), { encoding: "big5" });
    expect(result).toMatchObject({ ok: true, text: "新界\ueeb8東\uef56\n" });
    expect(result.diagnostics).toEqual([
      { level: "warning", code: "private-use", message: "2 characters outside Big5 (HKSCS?) read as private-use code points" },
    ]);
  });

  it("never touches private-use characters of UTF-8 or GB18030 input (SogouCS's paragraph mark U+E40C)", () => {
    for (const bytes of [new TextEncoder().encode("第一段。\ue40c第二段。\ueeb8"), gb18030("第一段。\ue40c第二段。")]) {
      const result = decode(bytes);
      expect(result.ok && result.text).toMatch(/^第一段。\ue40c第二段。/);
      expect(result.diagnostics).toEqual([]);
    }
  });

  it("maps and counts the same when the input streams in, whatever the chunks", () => {
    const bytes = bytesOf("石硤尾", [0x90, 0x68], "重建，", [0x81, 0x40], [0xfe, 0xd3], "數", [0x81, 0x41], "。\n");
    for (const size of [1, 3, 7, bytes.length]) {
      const decoder = new StreamDecoder("big5");
      let text = "";
      for (let at = 0; at < bytes.length; at += size) text += decoder.push(bytes.subarray(at, at + size));
      text += decoder.end();
      expect(text).toBe("石硤尾邨重建，\ueeb8着數\ueeb9。\n");
      expect(decoder.diagnostics.map((d) => d.message)).toEqual(["2 characters outside Big5 (HKSCS?) read as private-use code points"]);
    }
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
