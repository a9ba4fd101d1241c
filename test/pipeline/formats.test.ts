/**
 * Pipeline formats: JSON Lines documents carry their id into `source.id` and
 * their own issue date; SogouCS documents without content are skipped with a
 * note. The same holds when the input is long enough to be read in pages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "../helpers/cli.js";
import { extract } from "../../src/extract.js";

const ROOT = join(import.meta.dirname, "../..");
const SEED = readFileSync(join(ROOT, "seeds/000_7cd392f51c3f8d00.txt"), "utf8");
const SOGOU = readFileSync(join(ROOT, "fixtures/pages/sogou-xml/input.xml"), "utf8");
// Streamed in pages of a few documents each (the CLI's tuning, from the environment).
const PAGED = { ZHNEWS_STREAM_BYTES: "0", ZHNEWS_PAGE_CHARS: "3000", NO_COLOR: "1" };

const docs = [
  { id: "p1", text: SEED, issueDate: "2022-09-29" },
  { id: 42, text: "株洲日报讯（记者 张三）9月28日，市里召开会议。会议指出，项目总投资约5亿元。" },
  { id: "p3", text: "株洲日报讯（记者 李四）昨日，新区开工建设。", issueDate: "2021-03-02" },
];
const jsonl = `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`;

describe.each([
  ["whole", { NO_COLOR: "1" }],
  ["in pages", PAGED],
])("JSON Lines, read %s", (_how, env) => {
  it("puts each document's id in source.id and resolves dates against its own issueDate", async () => {
    const r = await runCli(["extract", "--jobs", "1", "--input-format", "jsonl", "--issue-date", "2020-10-10", "-"], { stdin: jsonl, env });
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout) as Array<{ id: string; source: { id: string | null }; date?: string | null }>;
    expect(records.map((x) => x.id)).toEqual(records.map((_, i) => `stdin:${i + 1}`));
    expect(new Set(records.map((x) => x.source.id))).toEqual(new Set(["p1", "42", "p3"]));
    const date = (id: string) => records.find((x) => x.source.id === id && x.date !== undefined)?.date;
    expect(date("p1")).toBe("2022-09-28"); // 9月28日 in the seed, against the document's 2022-09-29
    expect(date("42")).toBe("2020-09-28"); // no issueDate of its own: the flag's year
    expect(date("p3")).toBe("2021-03-01"); // 昨日 against the document's 2021-03-02
  });

  it("warns of an issueDate that is not a real date at its line in the file, and uses --issue-date", async () => {
    const odd = `${jsonl}${JSON.stringify({ id: "p4", text: "株洲日报讯（记者 李四）昨日，新区开工建设。", issueDate: "2021-02-30" })}\n`;
    const r = await runCli(["extract", "--jobs", "1", "--input-format", "jsonl", "--issue-date", "2020-10-10", "-"], { stdin: odd, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^zhnews: warning: -:4: issueDate "2021-02-30" is not a real date as YYYY-MM-DD/m);
    const records = jsonLines(r.stdout) as Array<{ source: { id: string | null }; date?: string | null }>;
    expect(records.find((x) => x.source.id === "p4" && x.date !== undefined)?.date).toBe("2020-10-09"); // 昨日 against --issue-date
  });

  it("names a bad line with its line number in the file", async () => {
    const bad = `${jsonl}{"id": "x", "text": \n`;
    const r = await runCli(["extract", "--jobs", "1", "--input-format", "jsonl", "-"], { stdin: bad, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zhnews: error: -: line 4: not JSON/m);
  });
});

describe.each([
  ["whole", { NO_COLOR: "1" }],
  ["in pages", PAGED],
])("SogouCS, read %s", (_how, env) => {
  it("skips a <doc> with empty content, with a note naming it", async () => {
    const r = await runCli(["extract", "--jobs", "1", "-v", "-"], { stdin: SOGOU, env });
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout) as Array<{ source: { id: string | null } }>;
    expect(records.map((x) => x.source.id)).not.toContain("a1b2c3d4e5f60002");
    expect(records.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/note: -:\d+: <doc> a1b2c3d4e5f60002 has no content, skipped/);
  });

  it("gives the same records and line numbers as the whole-input read", async () => {
    const long = SOGOU.repeat(6);
    const whole = await runCli(["extract", "--jobs", "1", "-"], { stdin: long });
    const r = await runCli(["extract", "--jobs", "1", "-"], { stdin: long, env });
    expect(r.stdout === whole.stdout).toBe(true);
  });
});

describe("the library", () => {
  it("reads SogouCS behind an XML declaration and a wrapper element", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<docs>\n${SOGOU}</docs>\n`;
    const { records } = extract(xml, { source: "w.xml" });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.source.id !== null)).toBe(true);
  });

  it("keeps a page that opens with other markup and holds no <doc> as text", () => {
    const { records } = extract("<p>园区新建三座厂房</p>\n\n本报讯（记者 王平）昨日，园区新建三座厂房，总投资约两亿元。\n");
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.source.id === null)).toBe(true);
  });

  it.each([
    ["", "the input is empty: no records"],
    [" \n\u3000\n", "the input holds only white space: no records"],
  ])("says why an empty or blank input gave no records (%j)", (text, message) => {
    expect(extract(text, { format: "sogou" })).toEqual({ records: [], diagnostics: [{ level: "info", code: "empty-input", message }] });
  });
});
