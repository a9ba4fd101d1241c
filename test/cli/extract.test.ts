import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli } from "../helpers/cli.js";
import { recordSchema } from "../../src/schema.js";

const SEED = join(import.meta.dirname, "../../seeds/000_7cd392f51c3f8d00.txt");
const PAGE = "稳字当头 干字为先\n\n王建国 刘芳\n\n稳投资,关键在项目。各地要以钉钉子精神抓落实。\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-cli-"));
  writeFileSync(join(dir, "a.txt"), PAGE);
  mkdirSync(join(dir, "pages"));
  writeFileSync(join(dir, "pages", "b.txt"), PAGE.replace("稳字当头", "实字当头"));
  writeFileSync(join(dir, "pages", "c.txt"), PAGE.replace("稳字当头", "干字当头"));
});

describe("zhnews extract", () => {
  it("writes one valid JSON record per line for the seed page", async () => {
    const r = await runCli(["extract", "--issue-date", "2022-09-29", SEED]);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.length).toBe(11);
    for (const record of records) expect(recordSchema.safeParse(record).success).toBe(true);
    expect(records[0]).toMatchObject({ type: "article", id: "000_7cd392f51c3f8d00:1", source: { path: SEED, id: null, lineStart: 3 } });
  });

  it("reads standard input when given no input or -", async () => {
    for (const argv of [["extract"], ["extract", "-"]]) {
      const r = await runCli(argv, { stdin: PAGE });
      expect(r.code).toBe(0);
      const [record] = jsonLines(r.stdout);
      expect(record).toMatchObject({ id: "stdin:1", source: { path: "-" }, genre: "commentary" });
    }
  });

  it("expands globs and directories, in sorted order, each file once", async () => {
    const r = await runCli(["extract", "pages/*.txt", "pages", "a.txt", "./a.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    const ids = jsonLines(r.stdout).map((x) => x.id);
    expect(ids).toEqual(["b:1", "c:1", "a:1"]);
  });

  it("a missing file among good ones: exit 1, one line naming it, the good records still written", async () => {
    const r = await runCli(["extract", "a.txt", "missing.txt", "pages/b.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual(["zhnews: error: missing.txt: no such file or directory"]);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(["a:1", "b:1"]);
  });

  it("a glob that matches nothing is an error", async () => {
    const r = await runCli(["extract", "nothing/*.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing/*.txt: no file matches this pattern");
  });

  it("-o writes the file whole and leaves no temporary file behind", async () => {
    const out = join(dir, "out.jsonl");
    const r = await runCli(["extract", "a.txt", "-o", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(jsonLines(readFileSync(out, "utf8"))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--format json writes one JSON array", async () => {
    const r = await runCli(["extract", "--format", "json", "a.txt", "pages/b.txt"], { cwd: dir });
    const parsed = JSON.parse(r.stdout) as unknown[];
    expect(parsed).toHaveLength(2);
  });

  it("--format pretty is plain text without a terminal", async () => {
    const r = await runCli(["extract", "--format", "pretty", "a.txt"], { cwd: dir });
    expect(r.stdout).toContain("稳字当头 干字为先");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it.each([
    [["extract", "--format", "xml", "a.txt"]],
    [["extract", "--issue-date", "2022-02-30", "a.txt"]],
    [["extract", "--no-such-option"]],
    [["frobnicate"]],
  ])("usage error %j exits 2", async (argv) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it("--help teaches with examples and exits 0", async () => {
    const r = await runCli(["extract", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("--issue-date");
  });

  it("schema prints a JSON Schema with both record types", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect(JSON.stringify(schema)).toContain('"article"');
    expect(JSON.stringify(schema)).toContain('"page"');
  });

  it("--version prints the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("leaves no output file when nothing was written because of a usage error", async () => {
    const out = join(dir, "never.jsonl");
    await runCli(["extract", "--format", "nope", "a.txt", "-o", out], { cwd: dir });
    expect(existsSync(out)).toBe(false);
  });
});
