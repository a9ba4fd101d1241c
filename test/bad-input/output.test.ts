/**
 * Bad input, output: `-o` replaces the file whole or not at all, Ctrl-C
 * leaves the old file as it was, a closed pipe ends the run quietly.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { builtBin, files, page, records, scratch, SEED, sources, spawnCommand } from "./helpers.js";

let dir: string;
const OLD = '{"old":"content"}\n';

beforeAll(() => {
  dir = scratch("out");
  const seed = readFileSync(SEED);
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 600; i++) many[`many/p${String(i).padStart(4, "0")}.txt`] = seed;
  files(dir, { "a.txt": page("甲字当头"), "b.txt": page("乙字当头"), ...many });
});

const temps = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("output", () => {
  it("-o replaces the file whole; a failed input still leaves the others' records in it", async () => {
    const out = join(dir, "out1.jsonl");
    writeFileSync(out, OLD);
    const r = await runCli(["extract", "--jobs", "1", "a.txt", "missing.txt", "b.txt", "-o", out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("zhnews: error: missing.txt: no such file or directory\n");
    expect(sources(records(readFileSync(out, "utf8")))).toEqual(["a.txt", "b.txt"]);
    expect(temps()).toEqual([]);
  });

  it("-o into a folder that does not exist: one line, exit 1, nothing written", async () => {
    const r = await runCli(["extract", "--jobs", "1", "a.txt", "-o", "no-dir/out.jsonl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zhnews: error: no-dir/out.jsonl: cannot write output: no such file or directory\n");
    expect(existsSync(join(dir, "no-dir"))).toBe(false);
  });

  it("-o through a symbolic link replaces the file it points to", async () => {
    const target = join(dir, "target.jsonl");
    writeFileSync(target, OLD);
    const { symlinkSync, lstatSync } = await import("node:fs");
    symlinkSync("target.jsonl", join(dir, "link.jsonl"));
    const r = await runCli(["extract", "--jobs", "1", "a.txt", "-o", "link.jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.jsonl")).isSymbolicLink()).toBe(true);
    expect(sources(records(readFileSync(target, "utf8")))).toEqual(["a.txt"]);
  });

  it("Ctrl-C leaves the old file untouched and no temporary file behind", async () => {
    const out = join(dir, "out2.jsonl");
    writeFileSync(out, OLD);
    const bin = await builtBin();
    const child = spawn(process.execPath, [bin, "extract", "--jobs", "1", "many", "-o", out], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("close", (code, signal) => resolve({ code, signal })),
    );
    // Started: the temporary file is there and growing.
    for (let i = 0; i < 400 && temps().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(temps()).toHaveLength(1);
    child.kill("SIGINT");
    const end = await ended;
    expect(end.signal === "SIGINT" || end.code === 130).toBe(true);
    expect(readFileSync(out, "utf8")).toBe(OLD);
    expect(temps()).toEqual([]);
    expect(stderr).toBe("");
  });

  it("writing into a closed pipe (| head -1) ends quietly; the first line is a valid record", async () => {
    const bin = await builtBin();
    const r = await spawnCommand("sh", ["-c", `"${process.execPath}" "${bin}" extract many | head -1`], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]!.source.path).toBe("many/p0000.txt");
  });

  it("a closed pipe with --jobs 1 and with the JSON array format ends quietly too", async () => {
    const bin = await builtBin();
    for (const args of ["--jobs 1", "--format json", "--format pretty"]) {
      const r = await spawnCommand("sh", ["-c", `"${process.execPath}" "${bin}" extract ${args} many | head -c 100 >/dev/null`], { cwd: dir });
      expect(r.stderr, args).toBe("");
    }
  });
});
