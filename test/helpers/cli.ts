/**
 * Runs the zhnews program in-process with injected streams.
 */
import { PassThrough, Readable, Writable } from "node:stream";
import { run } from "../../src/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Collect extends Writable {
  chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

export async function runCli(
  argv: string[],
  options: { stdin?: string | Uint8Array; cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; stdinTTY?: boolean } = {},
): Promise<CliRun> {
  const stdout = new Collect();
  const stderr = new Collect();
  stdout.isTTY = options.tty ?? false;
  stderr.isTTY = options.tty ?? false;
  const stdin = options.stdin === undefined ? new PassThrough().end() : Readable.from([Buffer.from(options.stdin)]);
  // A terminal as standard input (a real one would wait for typing; this one is empty).
  if (options.stdinTTY) Object.assign(stdin, { isTTY: true });
  const code = await run(argv, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
