/**
 * The loop every reading command shares: resolve the named inputs, read each
 * one, extract its records, report its problems, and hand the records on in
 * input order. `extract`, `figures` and `report` differ only in what they do
 * with the records.
 */
import { readFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { extract, type ExtractOptions } from "../extract.js";
import type { NewsRecord } from "../schema.js";
import type { Encoding } from "../decode/decode.js";
import type { InputFormat } from "../input/formats.js";
import { describeFsError, resolveInputs, type InputRef } from "./inputs.js";
import { parseIssueDate, readAll, type CliIO, type Reporter } from "./shared.js";

/** Options that decide how inputs are read and extracted. */
export interface ReadFlags {
  issueDate?: string;
  encoding: Encoding;
  inputFormat: InputFormat | "auto";
  filesFrom?: string;
}

/** Adds the options of `ReadFlags` to a command, so every reading command takes them alike. */
export function addReadOptions(command: Command): Command {
  return command
    .option("--issue-date <YYYY-MM-DD>", "the date the paper came out: dates without a year resolve against it", parseIssueDate)
    .addOption(
      new Option("--encoding <encoding>", "input encoding").choices(["auto", "utf8", "utf16le", "utf16be", "gb18030"]).default("auto"),
    )
    .addOption(
      new Option("--input-format <format>", "text: a newspaper dump; jsonl: {id,text,issueDate} per line; sogou: SogouCS XML")
        .choices(["auto", "text", "jsonl", "sogou"])
        .default("auto"),
    )
    .option("--files-from <file>", "read input paths from FILE, one per line (- for standard input)");
}

/** What a command is told as inputs are processed (progress displays listen here). */
export interface ProcessEvents {
  /** Called once the inputs are known. */
  onStart?(total: number): void;
  /** Called after each input, with its size in bytes (0 when it could not be read). */
  onInputDone?(path: string, bytes: number): void;
}

async function readPathList(source: string, io: CliIO): Promise<string[]> {
  const bytes = source === "-" ? await readAll(io.stdin) : await readFile(absolute(source, io.cwd));
  return Buffer.from(bytes)
    .toString("utf8")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith("#"));
}

export function absolute(path: string, cwd: string): string {
  return path.startsWith("/") ? path : `${cwd}/${path}`;
}

/** Resolves `args` (and `--files-from`) to inputs; failures are reported and left out. */
export async function collectInputs(args: string[], flags: ReadFlags, io: CliIO, reporter: Reporter): Promise<InputRef[]> {
  let names = args;
  if (flags.filesFrom !== undefined) {
    try {
      names = [...names, ...(await readPathList(flags.filesFrom, io))];
    } catch (error) {
      reporter.error(flags.filesFrom, `cannot read the list of files: ${describeFsError(error)}`);
      return [];
    }
  }
  const resolved = await resolveInputs(names, io.cwd);
  for (const e of resolved.errors) reporter.error(e.path, e.message);
  return resolved.inputs;
}

/**
 * Reads and extracts each input in turn and passes its records to `emit`, in
 * input order. Stops early when `stop()` says so (the reader went away).
 */
export async function processInputs(
  inputs: InputRef[],
  flags: ReadFlags,
  io: CliIO,
  reporter: Reporter,
  emit: (record: NewsRecord) => Promise<void>,
  events: ProcessEvents = {},
  stop: () => boolean = () => false,
): Promise<void> {
  events.onStart?.(inputs.length);
  for (const input of inputs) {
    if (stop()) break;
    const label = input.kind === "stdin" ? "-" : input.path;
    const size = await processOne(input, label, flags, io, reporter, emit);
    events.onInputDone?.(label, size);
  }
}

async function processOne(
  input: InputRef,
  label: string,
  flags: ReadFlags,
  io: CliIO,
  reporter: Reporter,
  emit: (record: NewsRecord) => Promise<void>,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readAll(io.stdin) : await readFile(absolute(label, io.cwd));
  } catch (error) {
    reporter.error(label, describeFsError(error));
    return 0;
  }
  const options: ExtractOptions = { source: label, encoding: flags.encoding, format: flags.inputFormat };
  if (flags.issueDate !== undefined) options.issueDate = flags.issueDate;
  let result: ReturnType<typeof extract>;
  try {
    result = extract(bytes, options);
  } catch (error) {
    // A bug in zhnews: report it against the file and go on with the others.
    reporter.error(label, `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`);
    return bytes.length;
  }
  for (const d of result.diagnostics) reporter.diagnostic(label, d);
  for (const record of result.records) await emit(record);
  return bytes.length;
}
