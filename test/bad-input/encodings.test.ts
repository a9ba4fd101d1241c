/**
 * Bad input, decoding: every encoding the issue names, the awkward cases
 * around them, and the answer the command gives for each.
 */
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { decode } from "../../src/decode/decode.js";
import { extract } from "../../src/extract.js";
import { runCli } from "../helpers/cli.js";
import { files, gb18030, page, records, scratch, utf16, utf8 } from "./helpers.js";

const TEXT = page("居然之家茶陵店开业运营");
const bytes = (...b: number[]) => Uint8Array.from(b);

describe("decode", () => {
  it.each([
    ["UTF-8", utf8(TEXT), "utf8"],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), "utf8"],
    ["UTF-16LE with BOM", utf16(TEXT, false, true), "utf16le"],
    ["UTF-16BE with BOM", utf16(TEXT, true, true), "utf16be"],
    ["UTF-16LE without BOM", utf16(TEXT, false, false), "utf16le"],
    ["UTF-16BE without BOM", utf16(TEXT, true, false), "utf16be"],
    ["GB18030", gb18030(TEXT), "gb18030"],
  ] as const)("reads %s", (_name, input, encoding) => {
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, encoding, text: TEXT });
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("reads UTF-16 without BOM and without any ASCII (pure CJK)", () => {
    const cjk = "居然之家茶陵店开业运营打造三个高地彰显茶陵担当项目总占地".repeat(3);
    expect(decode(utf16(cjk, false, false))).toMatchObject({ ok: true, encoding: "utf16le", text: cjk });
    expect(decode(utf16(cjk, true, false))).toMatchObject({ ok: true, encoding: "utf16be", text: cjk });
  });

  it("reads a large GBK file as GBK (it once fell back to UTF-8 mojibake above ~50 KB)", () => {
    const big = TEXT.repeat(2000);
    const result = decode(gb18030(big));
    expect(result).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(result.ok && result.text === big).toBe(true);
  });

  it("reads GBK whose bytes happen to hold a few valid UTF-8 sequences", () => {
    // 谈 is C2 BE in GBK, a valid UTF-8 sequence (U+00BE); so is 蚀 (CA B4).
    const text = "谈蚀谈" + "株洲日报讯 新闻";
    const input = gb18030(text);
    expect(input.slice(0, 2)).toEqual(bytes(0xcc, 0xb8));
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, encoding: "gb18030", text });
    const mostlyLucky = gb18030("谈蚀谈蚀谈蚀中文");
    expect(decode(mostlyLucky)).toMatchObject({ ok: true, encoding: "gb18030", text: "谈蚀谈蚀谈蚀中文" });
  });

  it("reads a one-character GBK file", () => {
    expect(decode(gb18030("中"))).toMatchObject({ ok: true, encoding: "gb18030", text: "中" });
  });

  it.each([
    ["a UTF-8 BOM", bytes(0xef, 0xbb, 0xbf)],
    ["a UTF-16LE BOM", bytes(0xff, 0xfe)],
    ["a UTF-16BE BOM", bytes(0xfe, 0xff)],
    ["nothing", bytes()],
  ])("gives empty text for a file that is only %s", (_name, input) => {
    expect(decode(input)).toMatchObject({ ok: true, text: "", diagnostics: [] });
    expect(extract(input).records).toEqual([]);
  });

  it("keeps a truncated UTF-16 file and says where it was cut", () => {
    const whole = utf16(TEXT, false, true);
    const cut = whole.subarray(0, whole.length - 1);
    const result = decode(cut);
    expect(result).toMatchObject({ ok: true, encoding: "utf16le" });
    expect(result.ok && result.text.startsWith(TEXT.slice(0, -2))).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "invalid-bytes", byteOffset: cut.length - 1, message: expect.stringContaining("cut off") }),
    ]);
  });

  it("reports a lone surrogate in UTF-16 with its byte offset", () => {
    const input = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x87, 0x65]);
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, text: "中\ufffd文" });
    expect(result.diagnostics[0]).toMatchObject({ code: "invalid-bytes", byteOffset: 4 });
  });

  it("replaces invalid bytes in a mostly valid UTF-8 file and reports them once, with the first offset", () => {
    // A stray byte after 居然之 (9 bytes), a lead byte without its tail after 居然之家茶陵店开业运营 (33).
    const good = utf8(TEXT.repeat(5));
    const broken = Uint8Array.from([...good.subarray(0, 9), 0xff, ...good.subarray(9, 33), 0xc3, ...good.subarray(33)]);
    const result = decode(broken);
    expect(result).toMatchObject({ ok: true, encoding: "utf8" });
    expect(result.ok && result.text.startsWith("居然之\ufffd家茶陵店开业运营\ufffd\n")).toBe(true);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "invalid-bytes", byteOffset: 9 });
    expect(result.diagnostics[0]!.message).toBe("invalid UTF-8 byte sequence at byte 9 (2 in all), replaced by U+FFFD");
  });

  it("reports bad bytes in a GB18030 file with their offset", () => {
    const body = gb18030(TEXT.repeat(3));
    const broken = Uint8Array.from([...body.subarray(0, 6), 0xff, ...body.subarray(6)]);
    const result = decode(broken);
    expect(result).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "invalid-bytes", byteOffset: 6 })]);
  });

  it.each(["utf8", "utf16le", "utf16be", "gb18030"] as const)("forces %s when asked, whatever the bytes", (encoding) => {
    const input = gb18030(TEXT);
    const result = decode(input, { encoding });
    expect(result).toMatchObject({ ok: true, encoding });
  });

  it.each([
    ["a NUL byte", Uint8Array.from([...utf8("株洲日报讯"), 0, ...utf8("新闻")]), 15, "株洲日报讯新闻"],
    ["a NUL byte after the first 64 KiB", Uint8Array.from([...utf8("新闻\n".repeat(20_000)), 0]), 140_000, "新闻\n".repeat(20_000)],
    ["three control bytes in a row", Uint8Array.from([...utf8("项目完工。".repeat(10)), 0, 1, 2, ...utf8("\n")]), 150, `${"项目完工。".repeat(10)}\n`],
  ])("reads a text file with %s, dropping it with one warning", (_name, input, offset, text) => {
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, encoding: "utf8", text });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "control-bytes", byteOffset: offset })]);
  });

  it("refuses a file whose text turns binary, naming the line where it does", () => {
    const text = utf8("新闻正文。\n".repeat(2000));
    const junk = Uint8Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256);
    expect(decode(Uint8Array.from([...text, ...junk]))).toMatchObject({ ok: false, reason: "binary", message: `binary content from byte ${text.length} (control bytes), skipped` });
  });

  it.each([
    ["mostly control bytes", Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))],
    ["a PNG header", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d)],
  ])("refuses a file with %s as binary", (_name, input) => {
    expect(decode(input)).toMatchObject({ ok: false, reason: "binary" });
  });

  it("never throws, and always answers text or a reason, on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("auto", "utf8", "utf16le", "utf16be", "gb18030" as const), (input, encoding) => {
        const result = decode(input, { encoding });
        if (result.ok) expect(result.text.includes("\r")).toBe(false);
        else expect(["binary", "undecodable"]).toContain(result.reason);
        for (const d of result.diagnostics) if (d.byteOffset !== undefined) expect(d.byteOffset).toBeLessThan(input.length);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("reads UTF-8 text of any characters as itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const clean = text.replace(/[\u0000-\u001f]/g, "").replace(/^\ufeff/, "");
        expect(decode(utf8(clean))).toMatchObject({ ok: true, encoding: "utf8", text: clean });
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe("zhnews extract on encodings", () => {
  let dir: string;
  const whole16 = utf16(TEXT.repeat(4), false, true);
  const cut16 = whole16.subarray(0, whole16.length - 1);
  beforeAll(() => {
    dir = scratch("enc");
    const good = TEXT.repeat(4);
    const u8 = utf8(good);
    files(dir, {
      "utf8.txt": u8,
      "bom.txt": Uint8Array.from([0xef, 0xbb, 0xbf, ...u8]),
      "le.txt": utf16(good, false, true),
      "be.txt": utf16(good, true, true),
      "le-nobom.txt": utf16(good, false, false),
      "gbk.txt": gb18030(good),
      "broken.txt": Uint8Array.from([...u8.subarray(0, 21), 0xff, ...u8.subarray(21)]),
      "nul.txt": Uint8Array.from([...u8.subarray(0, 30), 0, ...u8.subarray(30)]),
      "bin.txt": bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d),
      "only-bom.txt": bytes(0xef, 0xbb, 0xbf),
      "cut16.txt": cut16,
    });
  });

  it("reads every encoding to the same records; one warning for bad bytes or a stray NUL; binary skipped with exit 1", async () => {
    const names = ["utf8.txt", "bom.txt", "le.txt", "be.txt", "le-nobom.txt", "gbk.txt", "broken.txt", "nul.txt", "bin.txt", "only-bom.txt", "cut16.txt"];
    const r = await runCli(["extract", "--jobs", "1", ...names], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "zhnews: warning: broken.txt: invalid UTF-8 byte sequence at byte 21, replaced by U+FFFD",
      "zhnews: warning: nul.txt: a stray control byte (NUL or other) dropped, the first at byte 30",
      "zhnews: error: bin.txt: binary file (NUL or control bytes), skipped",
      `zhnews: warning: cut16.txt: UTF-16LE text cut off: odd last byte at byte ${cut16.length - 1}, replaced by U+FFFD`,
    ]);
    const out = records(r.stdout);
    const byFile = (name: string) => out.filter((x) => x.source.path === name).map((x) => ({ ...x, id: "", source: { ...x.source, path: "" } }));
    const expected = byFile("utf8.txt");
    expect(expected.length).toBeGreaterThan(0);
    for (const name of ["bom.txt", "le.txt", "be.txt", "le-nobom.txt", "gbk.txt", "nul.txt"]) expect(byFile(name), name).toEqual(expected);
    expect(byFile("broken.txt")).toHaveLength(expected.length);
    expect(byFile("bin.txt")).toEqual([]);
    expect(byFile("only-bom.txt")).toEqual([]);
  });

  it("--encoding forces one encoding", async () => {
    const r = await runCli(["extract", "--jobs", "1", "--encoding", "gb18030", "gbk.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(records(r.stdout).length).toBeGreaterThan(0);
    const wrong = await runCli(["extract", "--jobs", "1", "--encoding", "utf8", "gbk.txt"], { cwd: dir });
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(/^zhnews: warning: gbk\.txt: invalid UTF-8 byte sequence at byte 0 \(\d+ in all\), replaced by U\+FFFD\n$/);
  });

  it("reads a binary file named on standard input as binary too", async () => {
    const r = await runCli(["extract", "--jobs", "1", "-"], { stdin: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: -: binary file (NUL or control bytes), skipped\n");
    expect(r.stdout).toBe("");
  });
});

