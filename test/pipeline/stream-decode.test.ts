import { describe, expect, it } from "vitest";
import { StreamDecoder } from "../../src/input/stream-decode.js";

/** Feeds `bytes` in chunks of `size` and returns the text and diagnostics. */
function feed(bytes: Uint8Array, size: number): { text: string; codes: string[] } {
  const decoder = new StreamDecoder();
  let text = "";
  for (let at = 0; at < bytes.length; at += size) text += decoder.push(bytes.subarray(at, at + size));
  text += decoder.end();
  return { text, codes: decoder.diagnostics.map((d) => d.code) };
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
});
