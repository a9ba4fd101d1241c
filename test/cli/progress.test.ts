import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli.js";
import { stripAnsi } from "../../src/cli/width.js";
import { NOTED_PAGE } from "../helpers/sample.js";

/** A stream that keeps what is written and says whether it is a terminal. */
class FakeStream extends Writable {
  chunks: Buffer[] = [];
  constructor(
    public isTTY: boolean,
    public columns = 100,
  ) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/** Runs zhnews with standard error and standard output each a terminal or not. */
async function runWith(argv: string[], tty: { stderr: boolean; stdout: boolean }, cwd: string) {
  const stdout = new FakeStream(tty.stdout);
  const stderr = new FakeStream(tty.stderr);
  const code = await run(argv, { stdin: new PassThrough().end(), stdout, stderr, env: {}, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * The lines a terminal would show for `text`: enough of one to follow the
 * progress line (carriage return, cursor to column, erase in line, SGR).
 */
function screen(text: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  const csi = /^\u001b\[([0-9;?]*)([A-Za-z])/;
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const m = csi.exec(rest);
    if (m) {
      const [all, arg = "", op] = m;
      if (op === "G") col = Math.max(0, Number(arg || "1") - 1);
      if (op === "K") line = arg === "2" ? [] : arg === "1" ? line.map((c, j) => (j <= col ? " " : c)) : line.slice(0, col);
      i += all.length;
      continue;
    }
    const ch = text[i] ?? "";
    i += 1;
    if (ch === "\u001b") continue;
    if (ch === "\r") col = 0;
    else if (ch === "\n") {
      lines.push(line.join("").trimEnd());
      line = [];
      col = 0;
    } else {
      line[col] = ch;
      col += 1;
    }
  }
  lines.push(line.join("").trimEnd());
  return lines;
}

const PAGE = "稳字当头 干字为先\n\n王建国 刘芳\n\n稳投资,关键在项目。该项目总投资约80亿元。\n";
const BAR = /\d+\/5 files \| [\d.]+ MB\/s \| ETA/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-progress-"));
  mkdirSync(join(dir, "five"));
  mkdirSync(join(dir, "three"));
  for (let i = 1; i <= 5; i++) writeFileSync(join(dir, "five", `p${i}.txt`), PAGE);
  for (let i = 1; i <= 3; i++) writeFileSync(join(dir, "three", `p${i}.txt`), PAGE);
  // A page that gives a note with -v, written while the progress line is up.
  mkdirSync(join(dir, "seeds"));
  for (let i = 1; i <= 5; i++) writeFileSync(join(dir, "seeds", `s${i}.txt`), NOTED_PAGE);
});

describe("progress on standard error", () => {
  it.each([
    ["extract", ["extract", "five", "-o", "out.jsonl"]],
    ["figures", ["figures", "five", "-o", "out.csv"]],
    ["report", ["report", "five", "-o", "out.html"]],
  ])("%s shows files done/total, MB/s and ETA when standard error is a terminal", async (_name, argv) => {
    const r = await runWith(argv, { stderr: true, stdout: true }, dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(BAR);
    expect(r.stderr).toContain("5/5 files");
    // The terminal's line wrapping is left alone.
    expect(r.stderr).not.toContain("\u001b[?7l");
  });

  it("is also shown when standard output is piped", async () => {
    const r = await runWith(["extract", "five"], { stderr: true, stdout: false }, dir);
    expect(r.stderr).toContain("5/5 files");
    // The records are untouched by it.
    expect(r.stdout.trim().split("\n")).toHaveLength(5);
    expect(r.stdout).not.toContain("files");
  });

  it("is never shown when standard error is not a terminal", async () => {
    for (const argv of [["extract", "five", "-o", "a.jsonl"], ["figures", "five", "-o", "a.csv"], ["report", "five", "-o", "a.html"]]) {
      const r = await runWith(argv, { stderr: false, stdout: true }, dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
  });

  it("--quiet silences it", async () => {
    for (const argv of [["extract", "-q", "five", "-o", "b.jsonl"], ["figures", "--quiet", "five", "-o", "b.csv"], ["report", "-q", "five", "-o", "b.html"]]) {
      const r = await runWith(argv, { stderr: true, stdout: true }, dir);
      expect(r.stderr).toBe("");
    }
  });

  it("is not shown for a few files (3 or fewer)", async () => {
    const r = await runWith(["extract", "three", "-o", "c.jsonl"], { stderr: true, stdout: true }, dir);
    expect(r.stderr).toBe("");
  });

  it("is not drawn over records going to the same terminal", async () => {
    const r = await runWith(["extract", "five"], { stderr: true, stdout: true }, dir);
    expect(r.stderr).toBe("");
  });

  it("prints errors on their own line", async () => {
    const r = await runWith(["extract", "five", "missing.txt", "-o", "d.jsonl"], { stderr: true, stdout: false }, dir);
    expect(r.code).toBe(1);
    const lines = stripAnsi(r.stderr).split("\n");
    expect(lines).toContain("zhnews: error: missing.txt: no such file or directory");
    expect(r.stderr).toContain("5/5 files");
  });

  it("prints messages met while the line is shown above it, each on a line of its own", async () => {
    const r = await runWith(["extract", "-v", "seeds", "-o", "e.jsonl"], { stderr: true, stdout: false }, dir);
    expect(r.code).toBe(0);
    const lines = screen(r.stderr);
    const notes = lines.filter((l) => l.includes("zhnews: note:"));
    expect(notes.length).toBeGreaterThanOrEqual(5); // at least one per copy of the page
    for (const note of notes) expect(note).toMatch(/^zhnews: note: seeds\/s\d\.txt:\d+: /);
    expect(lines[lines.length - 2]).toMatch(/5\/5 files/);
  });
});
