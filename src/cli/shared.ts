/**
 * What every command shares: the injected streams, exit codes, colour choice,
 * standard-error reporting and option parsers.
 */
import type { Readable, Writable } from "node:stream";
import type { ChalkInstance } from "chalk";
import { CommanderError } from "commander";
import type { Diagnostic } from "../diagnostics.js";

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

/** Writes one line per problem on standard error: `zhnews: error: <path>: <message>`. */
export class Reporter {
  failed = false;
  constructor(
    private readonly io: CliIO,
    private readonly chalk: ChalkInstance,
    private readonly quiet: boolean,
    private readonly verbose: boolean,
  ) {}

  error(path: string, message: string): void {
    this.failed = true;
    this.io.stderr.write(`${this.chalk.red("zhnews: error:")} ${path}: ${message}\n`);
  }

  diagnostic(path: string, d: Diagnostic): void {
    if (d.level === "error") return this.error(path, d.message);
    const where = d.line !== undefined ? `:${d.line}` : "";
    if (d.level === "warning" && !this.quiet) {
      this.io.stderr.write(`${this.chalk.yellow("zhnews: warning:")} ${path}${where}: ${d.message}\n`);
    }
    if (d.level === "info" && this.verbose) this.io.stderr.write(`zhnews: note: ${path}${where}: ${d.message}\n`);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** commander parser for `--issue-date`: a real calendar date as YYYY-MM-DD. */
export function parseIssueDate(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new CommanderError(EXIT_USAGE, "zhnews.bad-date", `error: --issue-date must be a real date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}
