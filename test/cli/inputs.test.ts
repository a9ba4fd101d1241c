/**
 * How the reading commands find and read their inputs: the format from the
 * file's name and start, the output file never read back, SogouCS `.dat`
 * files in a directory walk, JSON Lines issue dates, `--jobs` capped, and the
 * messages that say why nothing came out or what went wrong.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Chalk } from "chalk";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli } from "../helpers/cli.js";
import { capJobs } from "../../src/cli/process.js";
import { Reporter, type CliIO } from "../../src/cli/shared.js";

// Invented pages and documents.
const PAGE = "园区新建三座厂房\n\n本报讯（记者 王平）昨日，园区新建三座厂房，总投资约两亿元。\n\n新厂房预计年底投产。\n";
const DOC_TEXT = "园区新建三座厂房\n本报讯（记者 王平）昨日，园区新建三座厂房，总投资约两亿元。\n";
const SOGOU_WRAPPED = [
  '<?xml version="1.0" encoding="utf-8"?>',
  "<docs>",
  "<doc>",
  "<docno>w-1</docno>",
  "<contenttitle>园区新建三座厂房</contenttitle>",
  "<content>本报讯（记者 王平）昨日，园区新建三座厂房，总投资约两亿元。</content>",
  "</doc>",
  "</docs>",
  "",
].join("\n");
const SOGOU_BARE = SOGOU_WRAPPED.split("\n").slice(2, 7).join("\n").replace("w-1", "d-1") + "\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-inputs-"));
  const write = (name: string, body: string) => {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), body);
  };
  write("a.txt", PAGE);
  write("first-bad.jsonl", `{"id":"d1","text":"<h1>断了\n${JSON.stringify({ id: "d2", text: DOC_TEXT })}\n`);
  write("wrapped.xml", SOGOU_WRAPPED);
  write("wrapped.txt", SOGOU_WRAPPED);
  write("plain.xml", PAGE);
  write("corpus/news_sohusite_xml.dat", SOGOU_BARE);
  write("corpus/index.dat", "\u0001\u0002 not a corpus file\n");
  write("corpus/p.txt", PAGE);
  write("empty.txt", "");
  write("blank.txt", " \n\u3000\u3000\n\t\n");
  write("same/x.txt", PAGE);
  write("same/x.xml", SOGOU_BARE);
  write("run/A01.txt", PAGE);
  symlinkSync("gone.txt", join(dir, "dangling.txt"));
});

const cli = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(args, { cwd: dir, env: { NO_COLOR: "1" }, ...options });
type Rec = { id: string; source: { path: string; id: string | null }; headline?: { title: string | null }; date?: string | null };
const recs = (stdout: string) => jsonLines(stdout) as Rec[];

describe("input format, --input-format auto", () => {
  it("a .jsonl file whose first line is broken is still JSON Lines: the line is an error, the next document a record", async () => {
    const r = await cli(["extract", "--jobs", "1", "first-bad.jsonl"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zhnews: error: first-bad\.jsonl: line 1: not JSON/m);
    const out = recs(r.stdout);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((x) => x.source.id === "d2")).toBe(true);
    expect(r.stdout).not.toContain("<h1>");
  });

  it.each(["wrapped.xml", "wrapped.txt", "-"])("SogouCS behind an XML declaration and a wrapper element is read as SogouCS (%s)", async (name) => {
    const r = await cli(["extract", "--jobs", "1", name], name === "-" ? { stdin: SOGOU_WRAPPED } : {});
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = recs(r.stdout);
    expect(out.map((x) => x.source.id)).toEqual(["w-1"]);
    expect(out[0]!.headline?.title).toBe("园区新建三座厂房");
  });

  it("a .xml file with no <doc> near its start is read as text, with a warning naming it", async () => {
    const r = await cli(["extract", "--jobs", "1", "plain.xml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "zhnews: warning: plain.xml: no SogouCS <doc> near its start: read as newspaper text (--input-format sogou reads it as SogouCS)\n",
    );
    expect(recs(r.stdout).length).toBeGreaterThan(0);
  });
});

describe("the output file", () => {
  it("is never read back: a second run over the same folder writes the same records", async () => {
    const first = await cli(["extract", "--jobs", "1", "run", "-o", "run/out.jsonl"]);
    expect(first.code).toBe(0);
    const once = readFileSync(join(dir, "run/out.jsonl"), "utf8");
    expect(recs(once).length).toBeGreaterThan(0);
    expect(recs(once).every((x) => x.source.path === "run/A01.txt")).toBe(true);
    const again = await cli(["extract", "--jobs", "1", "-v", "run", "-o", "run/out.jsonl"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("zhnews: note: run/out.jsonl: not read: it is the output file (-o)\n");
    expect(readFileSync(join(dir, "run/out.jsonl"), "utf8")).toBe(once);
  });

  it("named as an input too: an error, the other inputs still written", async () => {
    writeFileSync(join(dir, "run/out2.jsonl"), "");
    const r = await cli(["extract", "--jobs", "1", "a.txt", "run/out2.jsonl", "-o", "run/out2.jsonl"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: run/out2.jsonl: is also the output file (-o): not read\n");
    expect([...new Set(recs(readFileSync(join(dir, "run/out2.jsonl"), "utf8")).map((x) => x.source.path))]).toEqual(["a.txt"]);
  });
});

describe("directory walks", () => {
  it("read SogouCS .dat files and leave other .dat files out, with a note under -v", async () => {
    const r = await cli(["extract", "--jobs", "1", "-v", "corpus"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "zhnews: note: corpus/index.dat: not read: a .dat file without a SogouCS <doc> near its start (name it to read it anyway)\n",
    );
    const paths = [...new Set(recs(r.stdout).map((x) => x.source.path))];
    expect(paths).toEqual(["corpus/news_sohusite_xml.dat", "corpus/p.txt"]);
    expect(recs(r.stdout).find((x) => x.source.path.endsWith(".dat"))!.source.id).toBe("d-1");
  });

  it("say nothing of a left-out .dat file without -v", async () => {
    const r = await cli(["extract", "--jobs", "1", "corpus"]);
    expect(r.stderr).toBe("");
  });
});

describe("JSON Lines issue dates", () => {
  const lines = [
    { id: "bad-month", text: DOC_TEXT, issueDate: "2023-13-45" },
    { id: "no-dashes", text: DOC_TEXT, issueDate: "20230512" },
    { id: "snake", text: DOC_TEXT, issue_date: "2019-05-06" },
    { id: "good", text: DOC_TEXT, issueDate: "2022-06-02" },
  ]
    .map((d) => JSON.stringify(d))
    .join("\n");

  it("one that is not a real date is warned of, naming the file and line, and --issue-date applies", async () => {
    writeFileSync(join(dir, "dates.jsonl"), `${lines}\n`);
    const r = await cli(["extract", "--jobs", "1", "--issue-date", "2021-03-02", "dates.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      'zhnews: warning: dates.jsonl:1: issueDate "2023-13-45" is not a real date as YYYY-MM-DD: ignored, the run\'s issue date (--issue-date), if any, applies',
      'zhnews: warning: dates.jsonl:2: issueDate "20230512" is not a real date as YYYY-MM-DD: ignored, the run\'s issue date (--issue-date), if any, applies',
      'zhnews: warning: dates.jsonl:3: "issue_date" is not read: the key is "issueDate"',
    ]);
    // 昨日 resolves against the date that applies: --issue-date for the first three, the document's own for the last.
    const dated = new Map(recs(r.stdout).filter((x) => x.date !== undefined).map((x) => [x.source.id, x.date]));
    expect(Object.fromEntries(dated)).toEqual({ "bad-month": "2021-03-01", "no-dashes": "2021-03-01", snake: "2021-03-01", good: "2022-06-01" });
  });
});

describe("messages", () => {
  it("a text read as JSON Lines: ten errors, then a count of the rest", async () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i + 1}行不是JSON`).join("\n");
    writeFileSync(join(dir, "thirty.txt"), `${text}\n`);
    const r = await cli(["extract", "--jobs", "1", "--input-format", "jsonl", "thirty.txt"]);
    expect(r.code).toBe(1);
    const errors = r.stderr.split("\n").filter(Boolean);
    expect(errors).toHaveLength(11);
    expect(errors.slice(0, 10).every((e, i) => e.startsWith(`zhnews: error: thirty.txt: line ${i + 1}: not JSON`))).toBe(true);
    expect(errors[10]).toBe(
      "zhnews: error: thirty.txt: 20 more lines are not JSON Lines documents (is it JSON Lines? --input-format text reads a newspaper dump)",
    );
  });

  it("--input-format sogou on a file with no <doc>: an error naming it, exit 1", async () => {
    const r = await cli(["extract", "--jobs", "1", "--input-format", "sogou", "a.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: a.txt: no <doc> element found in SogouCS input\n");
  });

  it("empty and white-space-only files: a note each under -v, silence without, exit 0", async () => {
    const loud = await cli(["extract", "--jobs", "1", "-v", "empty.txt", "blank.txt"]);
    expect(loud.code).toBe(0);
    expect(loud.stdout).toBe("");
    expect(loud.stderr).toBe(
      "zhnews: note: empty.txt: the input is empty: no records\nzhnews: note: blank.txt: the input holds only white space: no records\n",
    );
    const quiet = await cli(["extract", "--jobs", "1", "--input-format", "sogou", "empty.txt", "blank.txt"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a dangling symbolic link named directly is called so", async () => {
    const r = await cli(["extract", "--jobs", "1", "dangling.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: dangling.txt: dangling symbolic link (its target does not exist)\n");
  });

  it("two inputs that give the same record ids: one warning naming both", async () => {
    const r = await cli(["extract", "--jobs", "1", "same"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("zhnews: warning: same/x.xml: its records' ids (x:1, x:2, …) are also those of same/x.txt's: tell them apart by source.path\n");
  });

  it("with nothing named and a terminal as standard input: a one-line hint, not with -q nor off a terminal", async () => {
    const hint = "zhnews: reading newspaper text from the terminal: end it with Ctrl-D, or name the files to read\n";
    expect((await cli(["extract", "--jobs", "1"], { stdinTTY: true })).stderr).toBe(hint);
    expect((await cli(["extract", "--jobs", "1", "-q"], { stdinTTY: true })).stderr).toBe("");
    expect((await cli(["extract", "--jobs", "1"])).stderr).toBe("");
    expect((await cli(["extract", "--jobs", "1", "a.txt"], { stdinTTY: true })).stderr).toBe("");
  });
});

describe("usage errors (exit 2)", () => {
  it("--files-from - together with the input -", async () => {
    const r = await cli(["extract", "--files-from", "-", "-"], { stdin: "a.txt\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --files-from - and the input - would both read standard input/);
    expect(r.stdout).toBe("");
  });

  it("a list read from standard input that names -: an error, the other files read", async () => {
    const r = await cli(["extract", "--jobs", "1", "--files-from", "-"], { stdin: "# pages\n\na.txt\n-\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: -: the list of files read from standard input names - (standard input): not read twice\n");
    expect([...new Set(recs(r.stdout).map((x) => x.source.path))]).toEqual(["a.txt"]);
  });

  it("an empty list from standard input reads nothing (not standard input again)", async () => {
    expect(await cli(["extract", "--files-from", "-"], { stdin: "# nothing today\n" })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each(["0000-01-01", "0999-12-31", "2023-02-29", "2023-1-5"])("--issue-date %s", async (date) => {
    const r = await cli(["extract", "--issue-date", date, "a.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: --issue-date must be a real date as YYYY-MM-DD (year 1000 or later), got '${date}'\n`);
  });

  it("--issue-date 1000-01-01 and 2024-02-29 are accepted", async () => {
    for (const date of ["1000-01-01", "2024-02-29"]) expect((await cli(["extract", "--jobs", "1", "--issue-date", date, "a.txt"])).code).toBe(0);
  });

  it("extract --format csv points to zhnews figures", async () => {
    const r = await cli(["extract", "--format", "csv", "a.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(figures as csv: zhnews figures --format csv)");
    const other = await cli(["extract", "--format", "xml", "a.txt"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("Allowed choices are jsonl, json, pretty.");
    expect(other.stderr).not.toContain("figures");
  });
});

describe("--help", () => {
  it.each(["extract", "figures", "inspect", "report"])("%s says how auto detects formats, what --files-from skips, and that --jobs is capped", async (command) => {
    const r = await cli([command, "--help"]);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain("--input-format auto: a .jsonl file is JSON Lines; a .xml or .dat file is SogouCS when a <doc> opens in its first 4 KB");
    expect(text).toContain("blank lines and lines starting with # are skipped");
    if (command !== "inspect") expect(text).toContain(`never more than the CPUs (here ${availableParallelism()}) nor the input files`);
  });
});

describe("--jobs", () => {
  function reporter(verbose: boolean) {
    let text = "";
    const stderr = new Writable({
      write(chunk: Buffer, _e, done) {
        text += chunk.toString();
        done();
      },
    });
    const io = { stdin: process.stdin, stdout: stderr, stderr, env: {}, cwd: dir } as unknown as CliIO;
    return { reporter: new Reporter(io, new Chalk({ level: 0 }), false, verbose), text: () => text };
  }

  it("is capped at the CPUs available when the number of tasks is not known", () => {
    const r = reporter(true);
    expect(capJobs(1000, null, r.reporter)).toBe(availableParallelism());
    expect(r.text()).toBe(`zhnews: note: --jobs 1000: using ${availableParallelism()} worker thread${availableParallelism() === 1 ? "" : "s"}: no more than the CPUs available (${availableParallelism()})\n`);
  });

  it("is capped at the number of input files, with a note only under -v", () => {
    const loud = reporter(true);
    expect(capJobs(1000, 1, loud.reporter)).toBe(1);
    expect(loud.text()).toBe("zhnews: note: --jobs 1000: using 1 worker thread: one per input (1 input)\n");
    const quiet = reporter(false);
    expect(capJobs(1000, 1, quiet.reporter)).toBe(1);
    expect(quiet.text()).toBe("");
  });

  it("is left alone when within both caps, and never below 1", () => {
    const r = reporter(true);
    expect(capJobs(1, null, r.reporter)).toBe(1);
    expect(capJobs(undefined, 0, r.reporter)).toBe(1);
    expect(r.text()).toBe("");
  });

  it("-j 5000 runs (capped) and writes what -j 1 writes", async () => {
    const one = await cli(["extract", "--jobs", "1", "a.txt", "corpus/p.txt"]);
    const many = await cli(["extract", "--jobs", "5000", "-v", "a.txt", "corpus/p.txt"], { env: { NO_COLOR: "1", ZHNEWS_POOL_BYTES: "0" } });
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toMatch(/^zhnews: note: --jobs 5000: using [12] worker threads?: /);
  });
});
