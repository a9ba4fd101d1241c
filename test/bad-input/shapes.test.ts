/**
 * Bad input, shapes of text: empty and blank files, every line ending, one
 * very long line, thousands of tiny files, lines of one kind of character,
 * Traditional characters and characters outside the BMP.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { recordSchema } from "../../src/schema.js";
import { runCli } from "../helpers/cli.js";
import { checkSpans, files, page, records, scratch, splitsPair } from "./helpers.js";

const TEXT = page("居然之家茶陵店开业运营");

/** Extracts and checks what every output must be: valid records with valid spans. */
function valid(text: string) {
  const result = extract(text, { source: "x.txt" });
  for (const r of result.records) expect(recordSchema.safeParse(r).success).toBe(true);
  checkSpans(result.records);
  expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  return result;
}

describe("shapes of text", () => {
  it.each([
    ["empty", ""],
    ["one newline", "\n"],
    ["white space only", " \t\u3000\n\r\n  \n\u00a0\n"],
    ["blank lines only", "\n".repeat(1000)],
    ["only a BOM", "\ufeff"],
  ])("%s: no records, no problem", async (_name, text) => {
    expect(valid(text).records).toEqual([]);
    const dir = scratch("blank");
    files(dir, { "x.txt": text });
    const r = await runCli(["extract", "--jobs", "1", "x.txt"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("gives the same records for LF, CRLF, CR and mixed line endings", () => {
    const lf = valid(TEXT).records;
    expect(lf.length).toBeGreaterThan(0);
    const lines = TEXT.split("\n");
    const mixed = lines.map((l, i) => l + (["\r\n", "\r", "\n"][i % 3] ?? "\n")).join("");
    for (const text of [TEXT.replaceAll("\n", "\r\n"), TEXT.replaceAll("\n", "\r"), mixed]) {
      expect(valid(text).records).toEqual(lf);
    }
  });

  it.each([
    ["punctuation", "，。、；：？！“”‘’（）【】《》……——·\n!?.,;:()[]{}<>\n".repeat(50)],
    ["digits", "1234567890１２３４５６７８９０\n〇一二三四五六七八九十百千万亿\n".repeat(50)],
    ["Latin text", "The quick brown fox jumps over the lazy dog. 80 km, 3.5 billion yuan, 12%.\n".repeat(50)],
    ["one character", "中"],
    ["one digit", "8"],
    ["a lone full-width digit line", "９\n\n８"],
    ["numbers with units and nothing else", "80亿元\n229亩\n12.5%\n3至5亿元\n约2万人\n"],
  ])("lines of only %s give valid records", (_name, text) => {
    valid(text);
  });

  it("reads Traditional characters like Simplified ones", () => {
    const traditional = [
      "居然之家茶陵店開業運營",
      "",
      "株洲日報訊(全媒體記者/王建國 通訊員/劉芳) 9月28日,項目總投資約80億元,佔地229畝。",
      "",
      "穩投資,關鍵在項目。",
    ].join("\n");
    const [record] = valid(traditional).records;
    expect(record).toMatchObject({ type: "article" });
    if (record?.type !== "article") return;
    expect(record.paragraphs[0]).toContain("項目總投資約80億元");
    expect(record.figures.map((f) => f.text)).toContain("總投資約80億元");
  });

  it("never splits a character outside the BMP, and spans stay valid around them", () => {
    const astral = "𠀀𪚥𝟘😀";
    const text = [
      `${astral}标题${astral}`,
      "",
      `株洲日报讯(全媒体记者/王建国) ${astral}9月28日,项目总投资约80亿元𠀀占地229亩😀,年产值可达12.5亿元${astral}。`,
      "",
      `${astral.repeat(50)}`,
    ].join("\n");
    const result = valid(text);
    for (const r of result.records) {
      const strings = r.type === "article" ? [...r.paragraphs, r.headline.title ?? "", ...r.subheads, ...r.bylines.map((b) => b.name)] : [r.text];
      for (const s of strings) expect(s.isWellFormed(), JSON.stringify(s)).toBe(true);
      if (r.type === "article") {
        for (const f of r.figures) {
          const p = r.paragraphs[f.paragraph]!;
          expect(splitsPair(p, f.span[0]) || splitsPair(p, f.span[1])).toBe(false);
        }
      }
    }
    expect(result.records.some((r) => r.type === "article" && r.figures.some((f) => f.text.includes("80亿元")))).toBe(true);
  });

  it("survives control characters and lone surrogates in the text, and writes valid JSON Lines", async () => {
    const nasty = `标题\u0001\u0007\u001b[31m\n\n株洲日报讯 9月28日,\ud800项目总投资约80亿元\udfff,\u2028占地229亩\u0085。\u0000\n`;
    valid(nasty);
    const dir = scratch("nasty");
    files(dir, { "x.jsonl": `${JSON.stringify({ id: "a", text: nasty })}\n` });
    const r = await runCli(["extract", "--jobs", "1", "x.jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out.length).toBeGreaterThan(0);
    // Every line is one line: the raw characters are escaped.
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(out.length);
    expect(r.stdout).toContain("\\ud800");
  });

  it("finishes a single 2 MB line in time linear in its length (50 MB: the slow suite)", () => {
    const unit = "株洲日报讯(全媒体记者/王建国)9月28日,项目总投资约80亿元,占地229亩。稳投资,关键在项目";
    const line = unit.repeat(Math.ceil(2_000_000 / 3 / unit.length));
    const result = extract(line, { source: "long.txt" });
    expect(result.records.length).toBeGreaterThan(0);
    checkSpans(result.records.slice(0, 3));
  });

  // Each of these took minutes before (a regex anchored at `$` on a growing
  // paragraph; a lazy regex rescanning for every unclosed tag); linear, they take
  // well under a second. The timeout is a hundredfold margin, not a benchmark.
  it.each([
    ["a page of short lines with no full stop (1 M characters)", "中，\n\n".repeat(250_000)],
    ["lines that never end a sentence", "项目总投资约80亿元\n".repeat(30_000)],
    ["SogouCS tags never closed (5 MB)", "<doc>".repeat(1_000_000)],
    ["SogouCS fields never closed", `<doc>${"<content>".repeat(200_000)}</doc>`],
  ])("finishes %s in time linear in its length", (_name, text) => {
    const result = extract(text, { source: "x.txt" });
    for (const r of result.records.slice(0, 5)) expect(recordSchema.safeParse(r).success).toBe(true);
  }, 20_000);

  it("reads 2 000 tiny files, every record there, in order", async () => {
    const dir = scratch("tiny");
    const count = 2000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `p${String(i).padStart(5, "0")}.txt`), `第${i}号标题\n\n株洲日报讯 项目总投资约${i + 1}亿元。\n`);
    const r = await runCli(["extract", "--jobs", "1", dir], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out).toHaveLength(count);
    expect(out.map((x) => x.id)).toEqual(Array.from({ length: count }, (_, i) => `p${String(i).padStart(5, "0")}:1`));
  });
});
