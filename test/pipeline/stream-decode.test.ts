import { describe, expect, it } from "vitest";
import { StreamDecoder } from "../../src/input/stream-decode.js";

/** Feeds `bytes` in chunks of `size` and returns the text and diagnostics. */
function feed(bytes: Uint8Array, size: number): { text: string; codes: string[] } {
  const { text, diagnostics } = feedAll(bytes, size);
  return { text, codes: diagnostics.map((d) => d.code) };
}

function feedAll(bytes: Uint8Array, size: number): { text: string; diagnostics: StreamDecoder["diagnostics"] } {
  const decoder = new StreamDecoder();
  let text = "";
  for (let at = 0; at < bytes.length; at += size) text += decoder.push(bytes.subarray(at, at + size));
  text += decoder.end();
  return { text, diagnostics: decoder.diagnostics };
}

describe("StreamDecoder", () => {
  it("a valid single line longer than the sample, cut mid-character by every chunk, gives no warning", () => {
    const unit = "项目总投资约80亿元,占地229亩。";
    const line = unit.repeat(Math.ceil((5 << 20) / Buffer.byteLength(unit)));
    // 3-byte characters and a chunk size that is no multiple of 3: most cuts split one.
    const { text, codes } = feed(Buffer.from(line), (256 << 10) + 1);
    expect(codes).toEqual([]);
    expect(text).toBe(line);
  });

  it("still counts a real bad byte in such a line, once", () => {
    const line = Buffer.from("稳投资,关键在项目。".repeat(300_000));
    line[3_000_000] = 0xff;
    const { codes } = feed(line, 100_003);
    expect(codes).toEqual(["invalid-bytes"]);
  });

  // The windows of the sample the encoding is chosen on are not counted again: whatever
  // the chunks (the whole input at once makes the whole input the sample), the same.
  it.each([
    ["stray bytes in the sample and after it", [100, 5000, 1_500_000, 2_999_999], []],
    ["binary after the sample", [70_000], [2_000_000]],
    ["binary inside a one-chunk sample", [], [1_500_000]],
    ["binary in the first MiB", [10], [300_000]],
    ["a stray byte in the short last window", [3_000_000 - 100], []],
  ])("%s: one chunk or many, the same text and warnings", (_, stray, binary) => {
    const line = Buffer.from("稳投资,关键在项目。\n");
    const bytes = Buffer.alloc(3_000_000);
    for (let at = 0; at < bytes.length; at += line.length) line.copy(bytes, at, 0, Math.min(line.length, bytes.length - at));
    for (const at of stray) bytes[at] = 0x01;
    for (const at of binary) bytes.fill(0x02, at, at + 8192);
    const one = feedAll(bytes, bytes.length);
    expect(one.diagnostics.length).toBeGreaterThan(0);
    for (const size of [65_536, 1_000_003, 2_500_000]) expect(feedAll(bytes, size)).toEqual(one);
  });
});
