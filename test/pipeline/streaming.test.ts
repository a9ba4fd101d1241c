/**
 * Streaming: an input read in chunks and cut into pages gives the records
 * the whole-input path gives — exactly where the cuts fall between articles,
 * and the same text and figures where a cut has to fall inside one (a file
 * that is one long line).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, extractStream, type StreamOptions } from "../../src/extract.js";
import { decode } from "../../src/decode/decode.js";
import { PageSplitter, readPages } from "../../src/input/split-pages.js";
import { StreamDecoder } from "../../src/input/stream-decode.js";
import type { NewsRecord } from "../../src/schema.js";
import { big5, gb18030 } from "../bad-input/helpers.js";


const ROOT = join(import.meta.dirname, "../..");
const SEED = readFileSync(join(ROOT, "seeds/000_7cd392f51c3f8d00.txt"));
const PAGES = join(ROOT, "fixtures/pages");

/** Splits bytes into chunks of pseudo-random sizes (a fixed seed, so failures repeat). */
function chunked(bytes: Uint8Array, max: number, seed = 7): Uint8Array[] {
  const out: Uint8Array[] = [];
  let state = seed;
  for (let at = 0; at < bytes.length; ) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const n = 1 + (state % max);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

async function streamed(chunks: Iterable<Uint8Array | string>, options: StreamOptions): Promise<{ records: NewsRecord[]; codes: string[] }> {
  const records: NewsRecord[] = [];
  const codes: string[] = [];
  for await (const r of extractStream(chunks, options)) {
    records.push(...r.records);
    codes.push(...r.diagnostics.map((d) => d.code));
  }
  return { records, codes };
}

describe("PageSplitter", () => {
  const text = `${SEED.toString("utf8")}\n\n\n`.repeat(12) + "一句没有换行的很长的话。".repeat(4000);

  it("gives the same pages however the text is chunked, and loses nothing", () => {
    const cut = (sizes: number) => {
      const splitter = new PageSplitter("text", 5000);
      const pages = [];
      for (let at = 0; at < text.length; at += sizes) pages.push(...splitter.push(text.slice(at, at + sizes)));
      pages.push(...splitter.end());
      return pages;
    };
    const a = cut(100_000);
    expect(a.length).toBeGreaterThan(5);
    expect(a.map((p) => p.text).join("")).toBe(text);
    for (const size of [1, 333, 4096, 70_001]) expect(cut(size)).toEqual(a);
  });

  it("numbers each page from the file line it starts on", () => {
    const splitter = new PageSplitter("text", 3000);
    const pages = [...splitter.push(text), ...splitter.end()];
    let before = "";
    for (const page of pages) {
      expect(page.firstLine).toBe(before.split("\n").length);
      before += page.text;
    }
  });

  it("cuts JSON Lines only between lines and SogouCS only after </doc>", () => {
    const jsonl = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `d${i}`, text: "新闻正文。".repeat(i % 17) })).join("\n");
    const jl = new PageSplitter("jsonl", 500);
    for (const page of [...jl.push(jsonl), ...jl.end()]) {
      for (const line of page.text.split("\n").filter((l) => l.length > 0)) expect(() => JSON.parse(line)).not.toThrow();
    }
    const xml = "<doc>\n<content>正文。</content>\n</doc>\n".repeat(200);
    const sg = new PageSplitter("sogou", 300);
    const pages = [...sg.push(xml), ...sg.end()];
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(page.text.trim().endsWith("</doc>")).toBe(true);
  });
});


// The seed's lines of running text in Traditional characters, enough of them to fill several windows.
const SEED_TRADITIONAL = "東湖新區今年計劃新建學校三所，總投資約五億元。\n記者從教育局獲悉，三所學校預計明年秋季開學。\n".repeat(400);

describe("StreamDecoder", () => {
  const cases: Array<[string, Uint8Array]> = [
    ["UTF-8", SEED],
    ["UTF-8 with BOM and CRLF", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED.toString("utf8").replace(/\n/g, "\r\n"))])],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED.toString("utf8"), "utf16le")])],
    ["GB18030", gb18030(SEED.toString("utf8"))],
    ["GB18030 with a bad byte", Buffer.concat([gb18030("新闻正文。\n".repeat(300)), Buffer.from([0xff]), gb18030("\n又一段。\n".repeat(300))])],
    ["Big5", big5(SEED_TRADITIONAL)],
    ["UTF-8 with stray NULs", Buffer.concat([SEED.subarray(0, 3000), Buffer.from([0]), SEED.subarray(3000), Buffer.from([0, 0x0a])])],
  ];
  it.each(cases)("decodes %s in chunks as decode() does whole", (_name, bytes) => {
    const decoder = new StreamDecoder();
    let text = "";
    for (const chunk of chunked(bytes, 977)) text += decoder.push(chunk);
    text += decoder.end();
    const whole = decode(bytes);
    expect(whole.ok).toBe(true);
    if (whole.ok) expect(text).toBe(whole.text);
    expect(decoder.encoding).toBe(whole.ok ? whole.encoding : null);
    expect(decoder.diagnostics).toEqual(whole.diagnostics);
  });

  it("reports bad UTF-8 bytes with the offset decode() gives, across chunk borders", () => {
    const long = Buffer.concat(Array(200).fill(SEED));
    for (const bytes of [
      Buffer.concat([SEED.subarray(0, 5000), Buffer.from([0xff]), SEED.subarray(5000, 9000), Buffer.from([0xe4, 0xb8])]),
      // Past the 1 MiB sample the encoding is settled; bad bytes there are still counted.
      Buffer.concat([long, Buffer.from([0xff, 0x0a, 0xe4, 0xb8]), long.subarray(0, 9000)]),
    ]) {
      const decoder = new StreamDecoder();
      for (const chunk of chunked(bytes, bytes.length > 1e6 ? 70_000 : 13)) decoder.push(chunk);
      decoder.end();
      const whole = decode(bytes);
      expect(decoder.diagnostics.map((d) => d.message)).toEqual(whole.diagnostics.map((d) => d.message));
    }
  });

  it("stops at binary content after text, where decode() says it starts, keeping the pages before", async () => {
    const text = Buffer.from(`${SEED.toString("utf8")}\n\n\n`.repeat(30));
    const junk = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 37 + 11) % 256);
    const input = Buffer.concat([text, Buffer.from("半行"), junk, text]);
    const whole = decode(input);
    expect(whole).toMatchObject({ ok: false, reason: "binary", message: `binary content from byte ${text.length} (control bytes), skipped` });
    for (const size of [977, 65_536]) {
      const steps = [];
      for await (const step of readPages(chunked(input, size), { pageChars: 20_000 })) steps.push(step);
      const pages = steps.flatMap((s) => (s.page === null ? [] : [s.page.text])).join("");
      expect(pages).toBe(text.toString("utf8"));
      const last = steps.at(-1)!;
      expect(last.page).toBe(null);
      expect(last.diagnostics).toEqual([
        { level: "error", code: "binary", message: `binary content from byte ${text.length} (control bytes): the rest of the input is skipped`, byteOffset: text.length },
      ]);
    }
  });

  it("refuses a binary input as decode() does", async () => {
    const steps = [];
    for await (const step of readPages([new Uint8Array([1, 0, 2, 0, 3, 0, 65, 66])])) steps.push(step);
    expect(steps.flatMap((s) => s.diagnostics.map((d) => d.code))).toEqual(["binary"]);
    expect(steps.every((s) => s.page === null)).toBe(true);
  });
});

describe("extractStream", () => {
  it("gives extract()'s records for each golden page and the seed", async () => {
    const inputs = [SEED, ...readdirSync(PAGES).flatMap((c) => readdirSync(join(PAGES, c)).filter((f) => f.startsWith("input.")).map((f) => readFileSync(join(PAGES, c, f))))];
    for (const bytes of inputs) {
      const options = { source: "page.txt", issueDate: "2022-09-29" };
      const { records } = await streamed(chunked(bytes, 4096), options);
      expect(records).toEqual(extract(bytes, options).records);
    }
  });

  it("gives extract()'s records, ids and line numbers, for many pages cut at their borders", async () => {
    const page = SEED.toString("utf8").replace(/\n+$/, "");
    const bytes = Buffer.from(`${Array(40).fill(page).join("\n\n\n")}\n`);
    const options = { source: "issue.txt", issueDate: "2022-09-29" };
    const whole = extract(bytes, options).records;
    const { records } = await streamed(chunked(bytes, 50_000), { ...options, pageChars: 20_000 });
    expect(records.length).toBe(whole.length);
    expect(records).toEqual(whole);
  });

  it("cuts a multi-MB file of one line at sentence ends, keeping its text, figures and line number", async () => {
    const body = SEED.toString("utf8")
      .split("\n")
      .filter((l) => l.trim().length > 30)
      .join("");
    const line = body.repeat(Math.ceil(1_100_000 / body.length));
    expect(Buffer.byteLength(line)).toBeGreaterThan(3_000_000);
    const whole = extract(line, { source: "line.txt" }).records;
    const { records } = await streamed([Buffer.from(line)], { source: "line.txt", pageChars: 65_536 });
    expect(records.length).toBeGreaterThan(5);
    expect(records.map((r) => r.id)).toEqual(records.map((_, i) => `line:${i + 1}`));
    for (const r of records) expect([r.source.lineStart, r.source.lineEnd]).toEqual([1, 1]);
    const figures = (rs: NewsRecord[]) =>
      rs.flatMap((r) => (r.type === "article" ? r.figures.map((f) => `${f.kind}|${f.value}|${f.unit}|${f.text}`) : [])).sort();
    expect(figures(records)).toEqual(figures(whole));
    const chars = (rs: NewsRecord[]) => rs.reduce((n, r) => n + (r.type === "article" ? r.paragraphs.join("").length : 0), 0);
    // A page that starts mid-article may have its first words read as a heading: a few characters at most.
    expect(Math.abs(chars(records) - chars(whole))).toBeLessThan(records.length * 40);
  });
});
