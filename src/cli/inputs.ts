/**
 * Which files an invocation names: paths, directories (searched for text
 * files), globs, `-` for standard input, and lists of paths from a file.
 */
import { closeSync, lstatSync, openSync, readdir, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type FastGlob from "fast-glob";

/**
 * fast-glob, loaded when a directory or a pattern is first expanded: loading
 * it costs about a tenth of the start-up of a run that names plain files.
 */
let glob: Promise<typeof FastGlob> | null = null;
const fastGlob = (): Promise<typeof FastGlob> => (glob ??= import("fast-glob").then((m) => m.default));

/**
 * One input to read. `sogou` marks a file whose start was already read and
 * found to hold a SogouCS `<doc>` (`looksSogou`, for a `.dat` file found in a
 * directory): its format is known without reading that start again.
 */
export type InputRef = { kind: "stdin" } | { kind: "file"; path: string; sogou?: true };

export interface ResolvedInputs {
  inputs: InputRef[];
  /** One line per argument that named nothing readable: `path: cause`. */
  errors: Array<{ path: string; message: string }>;
  /** Files left out on purpose (`-v` notes): the output file, a `.dat` that is not SogouCS. */
  notes: Array<{ path: string; message: string }>;
}

/**
 * File endings read when a directory is given. A `.dat` file is read only when
 * it looks like SogouCS (the corpus ships as `news_sohusite_xml.dat`): other
 * programs' data files share the ending.
 */
const TEXT_FILES = "**/*.{txt,TXT,text,jsonl,xml,dat}";

/** What a symbolic link to nothing is called, named or found. */
const DANGLING = "dangling symbolic link (its target does not exist)";

/** Bytes looked at for a SogouCS `<doc>` at the start of a `.dat` file. */
const SNIFF_BYTES = 4096;
/** A SogouCS document's start, in ASCII: the same bytes in UTF-8 and GB18030. */
const SOGOU_DOC = /<doc>/i;

/**
 * True when a file holds a SogouCS `<doc>` near its start, past any XML
 * declaration or wrapper element; a file that cannot be read is given the
 * benefit of the doubt (its read reports the error). The bytes are looked at
 * as they are: `<doc>` is the same in UTF-8 and GB18030, and in UTF-16 once
 * the zero bytes are dropped.
 */
export function looksSogou(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return SOGOU_DOC.test(head.subarray(0, n).toString("latin1").replaceAll("\0", ""));
  } catch {
    return true;
  } finally {
    closeSync(fd);
  }
}

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

/** A directory listing's callback, as fast-glob's walker passes it. */
type ListingCallback = (error: NodeJS.ErrnoException | null, entries: unknown) => void;

/**
 * `fs.readdir` that also notes the folders it could not list. fast-glob, told
 * to go on past them (`suppressErrors`), would skip them silently; without it,
 * the first one ends the whole walk.
 */
function noticingReaddir(failed: Array<{ path: string; error: NodeJS.ErrnoException }>): typeof readdir {
  // Called as readdir(path, { withFileTypes: true }, callback) or readdir(path, callback).
  const wrapped = (path: string, options: unknown, last?: ListingCallback): void => {
    const callback = typeof options === "function" ? (options as ListingCallback) : last!;
    const done = (error: NodeJS.ErrnoException | null, entries: unknown) => {
      // A folder gone during the walk is no more an error than a file gone.
      if (error !== null && error.code !== "ENOENT") failed.push({ path, error });
      callback(error, entries);
    };
    if (typeof options === "function") readdir(path, done);
    else readdir(path, options as { withFileTypes: true }, done);
  };
  return wrapped as unknown as typeof readdir;
}

/**
 * The files a directory walk or a glob found, in sorted order. Symbolic links
 * are not descended into (a link loop cannot trap the walk), but a link to a
 * file is read like the file; a dangling or looping link is an error, and so
 * is a folder that cannot be listed (the walk goes on past it).
 */
async function expand(
  pattern: string,
  cwd: string,
  prefix: string,
): Promise<{ files: string[]; errors: ResolvedInputs["errors"] }> {
  const fg = await fastGlob();
  const failed: Array<{ path: string; error: NodeJS.ErrnoException }> = [];
  const entries = await fg(pattern, {
    cwd,
    onlyFiles: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    objectMode: true,
    fs: { readdir: noticingReaddir(failed) },
  });
  const files: string[] = [];
  const errors: ResolvedInputs["errors"] = [];
  for (const { path, error } of failed) {
    const inside = relative(cwd, path);
    const shown = inside === "" ? prefix.replace(/(.)\/$/, "$1") || "." : `${prefix}${inside}`;
    errors.push({ path: shown, message: `cannot list this folder: ${describeFsError(error)}` });
  }
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = `${prefix}${entry.path}`;
    if (entry.dirent.isFile()) files.push(path);
    else if (entry.dirent.isSymbolicLink()) {
      try {
        if (statSync(absoluteTo(entry.path, cwd)).isFile()) files.push(path);
      } catch (error) {
        const dangling = (error as NodeJS.ErrnoException).code === "ENOENT";
        errors.push({ path, message: dangling ? DANGLING : describeFsError(error) });
      }
    }
  }
  return { files, errors };
}


/** The key a file is known by: its real path, or its absolute path while it does not exist. */
function fileKey(path: string, cwd: string): string {
  const absolute = absoluteTo(path, cwd);
  try {
    return realpathSync.native(absolute);
  } catch {
    return absolute;
  }
}

export interface ResolveOptions {
  /** The output file (`-o`): never read as an input — a second run would read the first one's records. */
  output?: string;
  /** No arguments means no input (a `--files-from` list that was empty), not standard input. */
  listed?: boolean;
}

/** Resolves arguments to inputs in the order given, each file once (by its real path). */
export async function resolveInputs(args: string[], cwd: string, options: ResolveOptions = {}): Promise<ResolvedInputs> {
  const inputs: InputRef[] = [];
  const errors: ResolvedInputs["errors"] = [];
  const notes: ResolvedInputs["notes"] = [];
  const seen = new Set<string>();
  const output = options.output === undefined ? null : fileKey(options.output, cwd);
  let stdinSeen = false;
  // Synchronous calls: one system call each, where the promise versions cost a
  // round trip through the thread pool per file (measured: most of the time
  // of a run over 2 000 small files went to waiting on them).
  // `named`: the argument itself, not a file a walk or a glob found.
  // `sogou`: `looksSogou` has already said yes of this file.
  const add = (path: string, named: boolean, sogou = false) => {
    const key = fileKey(path, cwd);
    if (seen.has(key)) return;
    seen.add(key);
    if (key === output) {
      if (named) errors.push({ path, message: "is also the output file (-o): not read" });
      else notes.push({ path, message: "not read: it is the output file (-o)" });
      return;
    }
    inputs.push(sogou ? { kind: "file", path, sogou } : { kind: "file", path });
  };
  for (const arg of args.length === 0 && !options.listed ? ["-"] : args) {
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
      if (code === "ENOENT" && !isLink(absoluteTo(arg, cwd)) && (await fastGlob()).isDynamicPattern(arg)) {
        const found = await expand(arg, cwd, "");
        if (found.files.length === 0 && found.errors.length === 0) errors.push({ path: arg, message: "no file matches this pattern" });
        errors.push(...found.errors);
        for (const file of found.files) add(file, false);
        continue;
      }
      // A symbolic link to nothing says so, rather than "no such file".
      errors.push({ path: arg, message: code === "ENOENT" && isLink(absoluteTo(arg, cwd)) ? DANGLING : describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const base = arg.replace(/\/+$/, "") || "/";
      const found = await expand(TEXT_FILES, absoluteTo(base, cwd), base === "/" ? "/" : `${base}/`);
      const files = found.files.filter((file) => {
        if (!/\.dat$/i.test(file) || looksSogou(absoluteTo(file, cwd))) return true;
        notes.push({ path: file, message: "not read: a .dat file without a SogouCS <doc> near its start (name it to read it anyway)" });
        return false;
      });
      if (files.length === 0 && found.errors.length === 0) {
        errors.push({ path: arg, message: "directory holds no .txt, .jsonl, .xml or SogouCS .dat file" });
      }
      errors.push(...found.errors);
      // Every .dat file kept was kept because looksSogou said yes of it.
      for (const file of files) add(file, false, /\.dat$/i.test(file));
      continue;
    }
    add(arg, true);
  }
  return { inputs, errors, notes };
}

/** True when `path` is a symbolic link (dangling, since following it failed). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
