/**
 * --jobs: worker threads give the output of one thread, byte for byte (standard
 * output and standard error), in input order. These run the built program
 * (`dist/`, as `npm install` leaves it) in a child process: worker threads load
 * compiled modules.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/zhnews.js");
const built = existsSync(join(ROOT, "dist/cli/worker.js"));

function zhnews(args: string[], cwd: string, env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)("--jobs (skipped where dist/ is not built)", () => {
  let dir = "";
  const files: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zhnews-jobs-"));
    cpSync(join(ROOT, "seeds/000_7cd392f51c3f8d00.txt"), join(dir, "a-seed.txt"));
    files.push("a-seed.txt");
    for (const c of readdirSync(join(ROOT, "fixtures/pages")).sort()) {
      for (const f of readdirSync(join(ROOT, "fixtures/pages", c)).filter((f) => f.startsWith("input."))) {
        const name = `b-${c}${f.slice(f.indexOf("."))}`;
        cpSync(join(ROOT, "fixtures/pages", c, f), join(dir, name));
        files.push(name);
      }
    }
    files.splice(3, 0, "missing.txt");
    writeFileSync(join(dir, "c-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0]));
    files.push("c-binary.txt");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the same bytes with 2 workers as in one thread, errors named in the same place", () => {
    const args = ["extract", "--issue-date", "2022-09-29", "-v", ...files];
    const one = zhnews([...args, "--jobs", "1"], dir);
    // A pool bound of 0 starts the workers even for this small job.
    const two = zhnews([...args, "--jobs", "2"], dir, { ZHNEWS_POOL_BYTES: "0" });
    expect(one.stdout.split("\n").length).toBeGreaterThan(20);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/missing\.txt: no such file/);
    expect(one.stderr).toMatch(/c-binary\.txt: binary file/);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  });

  it("streams pages through the workers with the ids and lines of one thread", () => {
    const seed = readFileSync(join(dir, "a-seed.txt"), "utf8").trim();
    writeFileSync(join(dir, "issue.txt"), `${Array(30).fill(seed).join("\n\n\n")}\n`);
    const env = { ZHNEWS_STREAM_BYTES: "0", ZHNEWS_PAGE_CHARS: "20000", ZHNEWS_POOL_BYTES: "0" };
    const whole = zhnews(["extract", "--jobs", "1", "issue.txt"], dir);
    const paged = zhnews(["extract", "--jobs", "2", "issue.txt"], dir, env);
    const ids = paged.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(ids.map((_, i) => `issue:${i + 1}`));
    expect(ids.length).toBeGreaterThan(300);
    // Cut where pages meet, the pages give exactly the records of the whole file.
    expect(paged.stdout === whole.stdout).toBe(true);
    expect(zhnews(["extract", "--jobs", "1", "issue.txt"], dir, env).stdout === paged.stdout).toBe(true);
  });

  it("writes through reused output buffers the bytes of one thread: to a file, and as one JSON array", () => {
    // Each page's JSON comes back in a buffer that, once written, carries a later page's: nothing of one may show in another.
    const seed = readFileSync(join(dir, "a-seed.txt"), "utf8").trim();
    writeFileSync(join(dir, "reused.txt"), `${Array(40).fill(seed).join("\n\n\n")}\n`);
    const env = { ZHNEWS_STREAM_BYTES: "0", ZHNEWS_PAGE_CHARS: "8000", ZHNEWS_POOL_BYTES: "0" };
    const whole = zhnews(["extract", "--jobs", "1", "reused.txt"], dir);
    expect(zhnews(["extract", "--jobs", "2", "reused.txt", "-o", "reused.jsonl"], dir, env).code).toBe(0);
    const file = readFileSync(join(dir, "reused.jsonl"), "utf8");
    expect(file.split("\n").length).toBeGreaterThan(400);
    expect(file === whole.stdout).toBe(true);
    const array = zhnews(["extract", "--jobs", "2", "--format", "json", "reused.txt"], dir, env);
    expect(JSON.parse(array.stdout)).toEqual(whole.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown));
  });

  it("numbers the records of a paged input on across its pages, whatever its name needs in JSON", () => {
    const seed = readFileSync(join(dir, "a-seed.txt"), "utf8").trim();
    const name = 'a "quoted" name.txt';
    writeFileSync(join(dir, name), `${Array(12).fill(seed).join("\n\n\n")}\n`);
    const env = { ZHNEWS_STREAM_BYTES: "0", ZHNEWS_PAGE_CHARS: "20000" };
    const paged = zhnews(["extract", "--jobs", "1", name], dir, env);
    const ids = paged.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).toEqual(ids.map((_, i) => `a "quoted" name:${i + 1}`));
  });

  it("reads a long standard input in pages, as a file", () => {
    const text = Array(20).fill(spawnSync("cat", [join(dir, "a-seed.txt")], { encoding: "utf8" }).stdout.trim()).join("\n\n\n");
    const env = { ZHNEWS_STREAM_BYTES: "10000", ZHNEWS_PAGE_CHARS: "10000", ZHNEWS_POOL_BYTES: "0" };
    const piped = zhnews(["extract", "--jobs", "2", "-"], dir, env, text);
    writeFileSync(join(dir, "stdin.txt"), text);
    const file = zhnews(["extract", "--jobs", "1", "stdin.txt"], dir);
    expect(piped.code).toBe(0);
    const same = piped.stdout === file.stdout.replaceAll('"path":"stdin.txt"', '"path":"-"');
    expect(same).toBe(true);
  });

  it("refuses --jobs 0 as a usage error", () => {
    const r = zhnews(["extract", "--jobs", "0", "a-seed.txt"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
