/**
 * Bad input, output: `-o` replaces the file whole or not at all, Ctrl-C
 * leaves the old file as it was, a closed pipe ends the run quietly; a pipe,
 * a device or a descriptor link given to `-o` is written to, never replaced.
 */
import { execFileSync, spawn } from "node:child_process";
import { createReadStream, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { fileSink, streamSink } from "../../src/cli/output.js";
import { builtBin, files, page, records, scratch, SEED, sources, spawnCli, spawnCommand } from "./helpers.js";

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

  it("-o onto a FIFO writes into it: the FIFO stays a FIFO, its reader gets the records", async () => {
    const fifo = join(dir, "records.fifo");
    execFileSync("mkfifo", [fifo]);
    const read = new Promise<string>((resolve, reject) => {
      let text = "";
      createReadStream(fifo, "utf8")
        .on("data", (c) => (text += String(c)))
        .on("end", () => resolve(text))
        .on("error", reject);
    });
    const r = await spawnCli(["extract", "--jobs", "1", "a.txt", "b.txt", "-o", fifo], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: "" });
    expect(sources(records(await read))).toEqual(["a.txt", "b.txt"]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temps()).toEqual([]);
  });

  it("-o through a link to /dev/stdout or /proc/self/fd/1 writes to standard output and leaves the link alone", async () => {
    for (const [name, to] of [["to-stdout", "/dev/stdout"], ["to-fd1", "/proc/self/fd/1"]] as const) {
      symlinkSync(to, join(dir, name));
      const r = await spawnCli(["extract", "--jobs", "1", "a.txt", "-o", name], { cwd: dir });
      expect(r.code, name).toBe(0);
      expect(r.stderr, name).toBe("");
      expect(sources(records(r.stdout)), name).toEqual(["a.txt"]);
      expect(lstatSync(join(dir, name)).isSymbolicLink(), name).toBe(true);
    }
  });

  it("-o /dev/stdout onto a file the shell opened with >> appends to it, in place", async () => {
    const out = join(dir, "appended.jsonl");
    writeFileSync(out, OLD);
    const inode = statSync(out).ino;
    const bin = await builtBin();
    const r = await spawnCommand("sh", ["-c", `"${process.execPath}" "${bin}" extract --jobs 1 a.txt -o /dev/stdout >> appended.jsonl`], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const text = readFileSync(out, "utf8");
    expect(text.startsWith(OLD)).toBe(true);
    expect(sources(records(text.slice(OLD.length)))).toEqual(["a.txt"]);
    expect(statSync(out).ino).toBe(inode);
  });

  it("-o >(wc -c), a /dev/fd path, is written to", async () => {
    const bin = await builtBin();
    const r = await spawnCommand("bash", ["-c", `"${process.execPath}" "${bin}" extract --jobs 1 a.txt -o >(wc -c > counted.txt); wait $!`], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const bytes = Number(readFileSync(join(dir, "counted.txt"), "utf8").trim());
    const direct = await runCli(["extract", "--jobs", "1", "a.txt"], { cwd: dir });
    expect(bytes).toBe(Buffer.byteLength(direct.stdout));
  });

  it("-o naming a folder: one line, exit 1, before anything is read", async () => {
    const r = await runCli(["extract", "--jobs", "1", "a.txt", "-o", "many"], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: "", stderr: "zhnews: error: many: cannot write output: is a directory\n" });
  });

  it.each([["--help"], ["help", "extract"], ["figures", "--help"], ["--version"], ["schema"]])(
    "%s into a closed pipe (| head -1) ends quietly",
    async (...args) => {
      const bin = await builtBin();
      const r = await spawnCommand("sh", ["-c", `"${process.execPath}" "${bin}" ${args.join(" ")} | head -c 1 >/dev/null; echo "rc=$?"`], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("rc=0\n");
    },
  );
});

describe("waiting on a slow reader", () => {
  /** A stream that takes its chunks one at a time, slowly, like a pipe whose reader lags. */
  function slowStream() {
    const stream = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        setTimeout(done, 1);
      },
    });
    // As with worker threads, whose standard outputs are piped into the process's: listeners already there.
    for (let i = 0; i < 9; i++) {
      stream.on("close", () => {});
      stream.on("drain", () => {});
    }
    return stream;
  }

  it("adds no listener per waiting write, so Node never warns of a listener leak", async () => {
    const stream = slowStream();
    const before = ["close", "drain", "error", "finish"].map((e) => stream.listenerCount(e));
    const sink = streamSink(stream);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      // Writes left waiting together, and one after another.
      await Promise.all(Array.from({ length: 40 }, (_, i) => sink.write(`{"n":${i}}\n`)));
      for (let i = 0; i < 40; i++) await sink.write(`{"n":${i}}\n`);
      const during = ["close", "drain", "error", "finish"].map((e) => stream.listenerCount(e));
      expect(during).toEqual([before[0], before[1], before[2]! + 1, before[3]]); // the sink's one 'error' watch
      await new Promise((r) => setTimeout(r, 10));
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("says when written pieces may be filled again only where the stream writes to a descriptor", async () => {
    // A PassThrough keeps the very chunks it is given: reusing one would change what its reader gets.
    const pass = new PassThrough();
    const kept: Buffer[] = [];
    pass.on("data", (c: Buffer) => kept.push(c));
    let released = 0;
    await streamSink(pass).write([Buffer.from("ab"), Buffer.from("c\n")], () => released++);
    await new Promise((r) => setTimeout(r, 10));
    expect(released).toBe(0);
    expect(Buffer.concat(kept).toString()).toBe("abc\n");

    // A stream on a descriptor: only once its last piece is written, never before.
    const slow = Object.assign(
      new Writable({
        writev(_chunks, done) {
          setTimeout(done, 20);
        },
      }),
      { fd: 99 },
    );
    let out = false;
    const wrote = streamSink(slow).write([Buffer.from("ab"), Buffer.from("c\n")], () => (out = true));
    expect(out).toBe(false);
    await wrote;
    await new Promise((r) => setTimeout(r, 40));
    expect(out).toBe(true);

    // A file: the bytes are out once the last piece is written, and there in order.
    const path = join(scratch("pieces"), "pieces.jsonl");
    const file = fileSink(path);
    const written = new Promise<void>((resolve) => void file.write([Buffer.from("ab"), Buffer.from("c"), Buffer.from("\n")], resolve));
    await written;
    await file.close(true);
    expect(readFileSync(path, "utf8")).toBe("abc\n");
  });

  it("a write left waiting is released when the stream is destroyed", async () => {
    const stream = slowStream();
    const sink = streamSink(stream);
    const pending = sink.write("x".repeat(64));
    stream.destroy();
    await expect(pending).resolves.toBeUndefined();
    expect(sink.broken).toBe(false); // a destroyed stream with no error is not yet known broken…
    await sink.write("more");
    expect(sink.broken).toBe(true); // …until the next write finds it so
  });
});
