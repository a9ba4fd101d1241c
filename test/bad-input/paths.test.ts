/**
 * Bad input, paths: each failure is one line on standard error naming the
 * path and the cause, every other input is still processed, and the exit code
 * is 1.
 */
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { files, isRoot, page, records, scratch, sources, spawnCli } from "./helpers.js";

let dir: string;

beforeAll(() => {
  dir = scratch("paths");
  files(dir, {
    "a.txt": page("甲字当头"),
    "b.txt": page("乙字当头"),
    "docs/c.txt": page("丙字当头"),
    "docs/deeper/d.txt": page("丁字当头"),
    "docs/notes.md": "not read",
    "nothing-here/readme.md": "no text files",
  });
  mkdirSync(join(dir, "empty"));
  symlinkSync("loop-b", join(dir, "loop-a"));
  symlinkSync("loop-a", join(dir, "loop-b"));
  symlinkSync("../a.txt", join(dir, "docs/link.txt"));
  symlinkSync("gone.txt", join(dir, "docs/dangling.txt"));
  symlinkSync("..", join(dir, "docs/up"));
});

/** Runs extract in the scratch directory; returns the exit code, the error lines and the records' files. */
async function run(...args: string[]) {
  const r = await runCli(["extract", "--jobs", "1", ...args], { cwd: dir });
  return { code: r.code, errors: r.stderr.split("\n").filter(Boolean), files: sources(records(r.stdout)) };
}

describe("paths", () => {
  it("a missing file: one line naming it, the others still read", async () => {
    expect(await run("a.txt", "missing.txt", "b.txt")).toEqual({
      code: 1,
      errors: ["zhnews: error: missing.txt: no such file or directory"],
      files: ["a.txt", "b.txt"],
    });
  });

  it("a path through a file: one line naming it", async () => {
    expect(await run("a.txt/x.txt", "b.txt")).toEqual({
      code: 1,
      errors: ["zhnews: error: a.txt/x.txt: a part of the path is not a directory"],
      files: ["b.txt"],
    });
  });

  it("a directory is searched for text files, links to files included, links to folders not followed", async () => {
    expect(await run("docs")).toEqual({
      code: 1,
      errors: ["zhnews: error: docs/dangling.txt: dangling symbolic link (its target does not exist)"],
      files: ["docs/c.txt", "docs/deeper/d.txt", "docs/link.txt"],
    });
  });

  it("a directory with no text file is an error", async () => {
    expect(await run("empty", "nothing-here", "a.txt")).toEqual({
      code: 1,
      errors: [
        "zhnews: error: empty: directory holds no .txt, .jsonl, .xml or SogouCS .dat file",
        "zhnews: error: nothing-here: directory holds no .txt, .jsonl, .xml or SogouCS .dat file",
      ],
      files: ["a.txt"],
    });
  });

  it("a symlink loop: one line naming it", async () => {
    expect(await run("loop-a", "a.txt")).toEqual({
      code: 1,
      errors: ["zhnews: error: loop-a: too many levels of symbolic links (a symlink loop)"],
      files: ["a.txt"],
    });
  });

  it("a glob that matches nothing: a clear message, exit 1", async () => {
    expect(await run("nowhere/*.txt")).toEqual({ code: 1, errors: ["zhnews: error: nowhere/*.txt: no file matches this pattern"], files: [] });
    expect(await run("*.nope", "a.txt")).toEqual({ code: 1, errors: ["zhnews: error: *.nope: no file matches this pattern"], files: ["a.txt"] });
  });

  it("a glob reads links to files too", async () => {
    expect(await run("docs/*.txt")).toEqual({
      code: 1,
      errors: ["zhnews: error: docs/dangling.txt: dangling symbolic link (its target does not exist)"],
      files: ["docs/c.txt", "docs/link.txt"],
    });
  });

  it("the same file named twice (or through a link, a glob, a directory) is read once", async () => {
    const r = await run("a.txt", "./a.txt", `${dir}/a.txt`, "*.txt", "docs/link.txt", "a.txt");
    expect(r).toEqual({ code: 0, errors: [], files: ["a.txt", "b.txt"] });
  });

  it("a path with a line break in its name stays on one line of standard error", async () => {
    expect(await run("bad\nname.txt")).toEqual({ code: 1, errors: ["zhnews: error: bad\\nname.txt: no such file or directory"], files: [] });
  });

  it("an unreadable file: one line naming it, the others still read", async () => {
    files(dir, { "secret.txt": page("密字当头") });
    chmodSync(join(dir, "secret.txt"), 0o000);
    // Root reads whatever the mode says: run the command as nobody instead.
    chmodSync(dir, 0o755);
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {};
    const r = await spawnCli(["extract", "--jobs", "1", "secret.txt", "a.txt"], { cwd: dir, ...asNobody });
    expect(r.stderr).toBe("zhnews: error: secret.txt: permission denied\n");
    expect(r.code).toBe(1);
    expect(sources(records(r.stdout))).toEqual(["a.txt"]);
    chmodSync(join(dir, "secret.txt"), 0o644);
  });

  it("a folder that cannot be listed, in a walk, a glob or named: one line each, the others still read", async () => {
    files(dir, { "locked/open/e.txt": page("戊字当头"), "locked/shut/f.txt": page("己字当头"), "sealed/g.txt": page("庚字当头") });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "locked"), 0o755);
    chmodSync(join(dir, "locked/open"), 0o755);
    chmodSync(join(dir, "locked/shut"), 0o000);
    chmodSync(join(dir, "sealed"), 0o000);
    // Root lists whatever the mode says: run the command as nobody instead.
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {};
    try {
      const r = await spawnCli(["extract", "--jobs", "1", "locked", "locked/*/*.txt", "sealed", "a.txt"], { cwd: dir, ...asNobody });
      expect(r.stderr.split("\n").filter(Boolean)).toEqual([
        "zhnews: error: locked/shut: cannot list this folder: permission denied",
        "zhnews: error: locked/shut: cannot list this folder: permission denied",
        "zhnews: error: sealed: cannot list this folder: permission denied",
      ]);
      expect(r.code).toBe(1);
      expect(sources(records(r.stdout))).toEqual(["locked/open/e.txt", "a.txt"]);
    } finally {
      chmodSync(join(dir, "locked/shut"), 0o755);
      chmodSync(join(dir, "sealed"), 0o755);
    }
  });

  it("a --files-from list that cannot be read: one line, exit 1", async () => {
    expect(await run("--files-from", "no-list.txt")).toEqual({
      code: 1,
      errors: ["zhnews: error: no-list.txt: cannot read the list of files: no such file or directory"],
      files: [],
    });
  });
});
