/**
 * Which files an invocation names: paths, directories (searched for text
 * files), globs, `-` for standard input, and lists of paths from a file.
 */
import { realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, join } from "node:path";
import type FastGlob from "fast-glob";

/**
 * fast-glob, loaded when a directory or a pattern is first expanded: loading
 * it costs about a tenth of the start-up of a run that names plain files.
 */
let glob: Promise<typeof FastGlob> | null = null;
const fastGlob = (): Promise<typeof FastGlob> => (glob ??= import("fast-glob").then((m) => m.default));

export type InputRef = { kind: "stdin" } | { kind: "file"; path: string };

export interface ResolvedInputs {
  inputs: InputRef[];
  /** One line per argument that named nothing readable: `path: cause`. */
  errors: Array<{ path: string; message: string }>;
}

/** File endings read when a directory is given. */
const TEXT_FILES = "**/*.{txt,TXT,text,jsonl,xml}";

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop)";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** `path` made absolute against `cwd`. */
export function absoluteTo(path: string, cwd: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/**
 * The files a directory walk or a glob found, in sorted order. Symbolic links
 * are not descended into (a link loop cannot trap the walk), but a link to a
 * file is read like the file; a dangling or looping link is an error.
 */
async function expand(
  pattern: string,
  cwd: string,
  prefix: string,
): Promise<{ files: string[]; errors: ResolvedInputs["errors"] }> {
  const fg = await fastGlob();
  const entries = await fg(pattern, { cwd, onlyFiles: false, followSymbolicLinks: false, suppressErrors: true, objectMode: true });
  const files: string[] = [];
  const errors: ResolvedInputs["errors"] = [];
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = `${prefix}${entry.path}`;
    if (entry.dirent.isFile()) files.push(path);
    else if (entry.dirent.isSymbolicLink()) {
      try {
        if (statSync(absoluteTo(entry.path, cwd)).isFile()) files.push(path);
      } catch (error) {
        const dangling = (error as NodeJS.ErrnoException).code === "ENOENT";
        errors.push({ path, message: dangling ? "dangling symbolic link (its target does not exist)" : describeFsError(error) });
      }
    }
  }
  return { files, errors };
}

/** Resolves arguments to inputs in the order given, each file once (by its real path). */
export async function resolveInputs(args: string[], cwd: string): Promise<ResolvedInputs> {
  const inputs: InputRef[] = [];
  const errors: ResolvedInputs["errors"] = [];
  const seen = new Set<string>();
  let stdinSeen = false;
  // Synchronous calls: one system call each, where the promise versions cost a
  // round trip through the thread pool per file (measured: most of the time
  // of a run over 2 000 small files went to waiting on them).
  const add = (path: string) => {
    let key = absoluteTo(path, cwd);
    try {
      key = realpathSync.native(key);
    } catch {
      // Reported when the file is read.
    }
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: "file", path });
  };
  for (const arg of args.length === 0 ? ["-"] : args) {
    if (arg === "-") {
      if (!stdinSeen) inputs.push({ kind: "stdin" });
      stdinSeen = true;
      continue;
    }
    let info: Stats;
    try {
      info = statSync(absoluteTo(arg, cwd));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A name that is not there may be a pattern; anything else is reported as is.
      if (code === "ENOENT" && (await fastGlob()).isDynamicPattern(arg)) {
        const found = await expand(arg, cwd, "");
        if (found.files.length === 0 && found.errors.length === 0) errors.push({ path: arg, message: "no file matches this pattern" });
        errors.push(...found.errors);
        for (const file of found.files) add(file);
        continue;
      }
      errors.push({ path: arg, message: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const base = arg.replace(/\/+$/, "") || "/";
      const found = await expand(TEXT_FILES, absoluteTo(base, cwd), base === "/" ? "/" : `${base}/`);
      if (found.files.length === 0 && found.errors.length === 0) {
        errors.push({ path: arg, message: "directory holds no .txt, .jsonl or .xml file" });
      }
      errors.push(...found.errors);
      for (const file of found.files) add(file);
      continue;
    }
    add(arg);
  }
  return { inputs, errors };
}
