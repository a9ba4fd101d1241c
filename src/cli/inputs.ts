/**
 * Which files an invocation names: paths, directories (searched for text
 * files), globs, `-` for standard input, and lists of paths from a file.
 */
import { realpath, stat } from "node:fs/promises";
import fg from "fast-glob";

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

/** Resolves arguments to inputs in the order given, each file once. */
export async function resolveInputs(args: string[], cwd: string): Promise<ResolvedInputs> {
  const inputs: InputRef[] = [];
  const errors: ResolvedInputs["errors"] = [];
  const seen = new Set<string>();
  let stdinSeen = false;
  const add = async (path: string) => {
    let key = path;
    try {
      key = await realpath(path.startsWith("/") ? path : `${cwd}/${path}`);
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
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(arg.startsWith("/") ? arg : `${cwd}/${arg}`);
    } catch (error) {
      if (fg.isDynamicPattern(arg)) {
        const matches = await fg(arg, { cwd, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
        if (matches.length === 0) errors.push({ path: arg, message: "no file matches this pattern" });
        for (const m of matches.sort()) await add(m);
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      // A file that exists but cannot be stat'ed, or a missing one: report it when reading.
      if (code !== "ENOENT") {
        errors.push({ path: arg, message: describeFsError(error) });
        continue;
      }
      errors.push({ path: arg, message: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const base = arg.replace(/\/+$/, "");
      const matches = await fg(TEXT_FILES, { cwd: `${base.startsWith("/") ? "" : cwd + "/"}${base}`, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
      if (matches.length === 0) errors.push({ path: arg, message: "directory holds no .txt, .jsonl or .xml file" });
      for (const m of matches.sort()) await add(`${base}/${m}`);
      continue;
    }
    await add(arg);
  }
  return { inputs, errors };
}
