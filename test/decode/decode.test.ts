import { describe, expect, it } from "vitest";
import { decode, looksBinary } from "../../src/decode/decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe("decode", () => {
  it("reads UTF-8 without and with BOM", () => {
    expect(decode(utf8("本报讯 9月28日"))).toMatchObject({ ok: true, text: "本报讯 9月28日", encoding: "utf8" });
    const withBom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("新闻")]));
    expect(withBom).toMatchObject({ ok: true, text: "新闻", encoding: "utf8" });
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    expect(decode(utf16("新闻 2022", false))).toMatchObject({ ok: true, text: "新闻 2022", encoding: "utf16le" });
    expect(decode(utf16("新闻 2022", true))).toMatchObject({ ok: true, text: "新闻 2022", encoding: "utf16be" });
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    // 新闻中文 in GBK, then "80" and a line break: D0C2 CEC5 D6D0 CEC4.
    const gbk = bytes(0xd0, 0xc2, 0xce, 0xc5, 0xd6, 0xd0, 0xce, 0xc4, 0x38, 0x30, 0x0d, 0x0a, 0xd6, 0xd0);
    expect(decode(gbk)).toMatchObject({ ok: true, text: "新闻中文80\n中", encoding: "gb18030" });
  });

  it("forces an encoding when asked", () => {
    const gbk = bytes(0xd6, 0xd0, 0xce, 0xc4);
    expect(decode(gbk, { encoding: "gb18030" })).toMatchObject({ ok: true, text: "中文" });
    const forcedUtf8 = decode(gbk, { encoding: "utf8" });
    expect(forcedUtf8.ok).toBe(true);
    expect(forcedUtf8.diagnostics[0]).toMatchObject({ code: "invalid-bytes", byteOffset: 0 });
  });

  it.each([
    ["a\r\nb\r\nc", "a\nb\nc"],
    ["a\rb\rc", "a\nb\nc"],
    ["a\r\nb\rc\nd", "a\nb\nc\nd"],
  ])("turns line endings %j into LF", (input, expected) => {
    expect(decode(utf8(input))).toMatchObject({ ok: true, text: expected });
  });

  it("keeps a mostly valid UTF-8 file, reporting the bad byte's offset once", () => {
    const good = utf8("株洲日报讯 今天是个好日子。".repeat(20));
    const broken = new Uint8Array([...good.subarray(0, 16), 0xff, ...good.subarray(16)]);
    const result = decode(broken);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "invalid-bytes", byteOffset: 16 });
  });

  it("keeps a file cut off in the middle of a character", () => {
    const text = utf8("项目总投资约80亿元");
    const cut = text.subarray(0, text.length - 1);
    const result = decode(cut);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.startsWith("项目总投资约80亿")).toBe(true);
    expect(result.diagnostics[0]?.code).toBe("invalid-bytes");
  });

  it("refuses binary input", () => {
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toBe(true);
    expect(decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d))).toMatchObject({
      ok: false,
      reason: "binary",
    });
    expect(looksBinary(utf8("纯文本\n第二行\t制表符"))).toBe(false);
  });

  it("gives empty text for empty input", () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: true, text: "" });
  });
});
