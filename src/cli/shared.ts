/**
 * What every command shares: the injected streams, exit codes, colour choice,
 * standard-error reporting and option parsers.
 */
import { readFileSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import type { ChalkInstance } from "chalk";
import { CommanderError, type Command } from "commander";
import type { Diagnostic } from "../diagnostics.js";
import { isIssueDate } from "../input/formats.js";

/** The streams and environment the program runs against; tests pass their own. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** chalk level for a stream: `--color`/`--no-color` first, then NO_COLOR / FORCE_COLOR, then TTY. */
export function colourLevel(stream: { isTTY?: boolean }, env: CliIO["env"], forced?: boolean): 0 | 1 {
  if (forced !== undefined) return forced ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return 1;
  return stream.isTTY ? 1 : 0;
}

export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A path or message made safe for one line of a terminal: control characters shown as escapes. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Writes one line per problem on standard error:
 * `zhnews: error: <path>: <message>` (the exit code becomes 1),
 * `zhnews: warning: <path>[:<line>]: <message>` (not with `--quiet`),
 * `zhnews: note: <path>[:<line>]: <message>` (only with `--verbose`).
 * A line is never split: control characters in paths and messages are escaped.
 */
export class Reporter {
  failed = false;
  /** How many errors were reported. */
  errors = 0;
  private readonly said = new Set<string>();
  constructor(
    private readonly io: CliIO,
    private readonly chalk: ChalkInstance,
    private readonly quiet: boolean,
    private readonly verbose: boolean,
  ) {
    // A closed standard error (`2>&-`, a reader gone) must not end the run with a stack trace.
    io.stderr.on("error", () => {});
  }

  private line(label: string, path: string, where: string, message: string): void {
    this.io.stderr.write(`${label} ${oneLine(path)}${where}: ${oneLine(message)}\n`);
  }

  error(path: string, message: string): void {
    this.failed = true;
    this.errors++;
    this.line(this.chalk.red("zhnews: error:"), path, "", message);
  }

  warning(path: string, message: string, line?: number): void {
    if (!this.quiet) this.line(this.chalk.yellow("zhnews: warning:"), path, line !== undefined ? `:${line}` : "", message);
  }

  /** A plain line of guidance on standard error, `zhnews: <message>` (not with `--quiet`). */
  hint(message: string): void {
    if (!this.quiet) this.io.stderr.write(`zhnews: ${oneLine(message)}\n`);
  }

  /** A warning said once per run whatever the path (`nodejieba unavailable …`). */
  warnOnce(key: string, path: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.warning(path, message);
  }

  diagnostic(path: string, d: Diagnostic): void {
    if (d.level === "error") return this.error(path, d.message);
    if (d.level === "warning") {
      if (d.code === "jieba-unavailable") return this.warnOnce(d.code, path, d.message);
      return this.warning(path, d.message, d.line);
    }
    if (this.verbose) this.line("zhnews: note:", path, d.line !== undefined ? `:${d.line}` : "", d.message);
  }
}

/** commander parser for `--issue-date`: a real calendar date as YYYY-MM-DD, from the year 1000 on. */
export function parseIssueDate(value: string): string {
  if (!isIssueDate(value)) {
    throw new CommanderError(EXIT_USAGE, "zhnews.bad-date", `error: --issue-date must be a real date as YYYY-MM-DD (year 1000 or later), got '${value}'`);
  }
  return value;
}

/**
 * The options that say how much a reading command tells on standard error and
 * whether it colours: `-q`, `-v`, `--color`, `--no-color`. `coloured` names
 * what `--color` colours.
 */
export function addMessageOptions(command: Command, coloured = "messages"): Command {
  return command
    .option("-q, --quiet", "print only errors on standard error, and no progress")
    .option("-v, --verbose", "also print notes about uncertain decisions")
    .option("--color", `colour ${coloured} even when not on a terminal`)
    .option("--no-color", "never colour");
}

/**
 * zhnews's version, from its package.json: the nearest one above this module
 * that names zhnews (the modules run from `src/`, from `dist/`, or bundled
 * into one file of `dist/cli/`, at different depths).
 */
export function packageVersion(): string {
  for (let dir = new URL(".", import.meta.url); ; dir = new URL("..", dir)) {
    try {
      const found = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: unknown; version?: unknown };
      if (found.name === "zhnews" && typeof found.version === "string") return found.version;
    } catch {
      // No package.json here: look one level up.
    }
    if (dir.pathname === "/") return "unknown";
  }
}
