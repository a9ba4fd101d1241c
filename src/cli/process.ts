/**
 * The loop every reading command shares: resolve the named inputs, read each
 * one, extract its records, report its problems, and hand the records on in
 * input order. `extract`, `figures` and `report` differ only in what they do
 * with the records.
 *
 * It streams: inputs are taken one at a time, a long input (a file of
 * `streamBytes` or more, a pipe, a long standard input) is read in chunks and
 * cut into pages, and records are handed on as each input or page is done.
 * With `--jobs N` the work runs on N worker threads; results are put back in
 * input order through a window of at most 2·N tasks in flight, so memory stays
 * bounded whatever the number and size of the inputs. The output is the same
 * byte for byte whatever N is.
 */
import { createReadStream, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { InvalidArgumentError, Option, type Command } from "commander";
import type { ExtractOptions, PageOptions } from "../extract.js";
import type { NewsRecord } from "../schema.js";
import type { Encoding } from "../decode/decode.js";
import type { Diagnostic } from "../diagnostics.js";
import type { InputFormat } from "../input/formats.js";
import { DEFAULT_PAGE_CHARS, readPages } from "../input/split-pages.js";
import { absoluteTo, describeFsError, resolveInputs, type InputRef } from "./inputs.js";
import { parseIssueDate, readAll, type CliIO, type Reporter } from "./shared.js";
import { Executor } from "./pool.js";
import type { Outcome, Task } from "./worker.js";

/** Options that decide how inputs are read and extracted. */
export interface ReadFlags {
  issueDate?: string;
  encoding: Encoding;
  inputFormat: InputFormat | "auto";
  filesFrom?: string;
  /** Worker threads (`--jobs`); 1 runs in this thread; default: `defaultJobs()`. */
  jobs?: number;
}

/**
 * Worker threads when `--jobs` is not given: one fewer than the CPUs, since
 * the main thread reads, orders and writes all the while. Measured on two
 * CPUs, two workers were slower than one thread (0.92×): the three threads
 * fight for two cores, so there the default is 1.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Adds the options of `ReadFlags` to a command, so every reading command takes them alike. */
export function addReadOptions(command: Command): Command {
  return command
    .option("--issue-date <YYYY-MM-DD>", "the date the paper came out: dates without a year resolve against it", parseIssueDate)
    .addOption(
      new Option("--encoding <encoding>", "input encoding").choices(["auto", "utf8", "utf16le", "utf16be", "gb18030", "big5"]).default("auto"),
    )
    .addOption(
      new Option("--input-format <format>", "text: a newspaper dump; jsonl: {id,text,issueDate} per line; sogou: SogouCS XML")
        .choices(["auto", "text", "jsonl", "sogou"])
        .default("auto"),
    )
    .option("--files-from <file>", "read input paths from FILE, one per line (- for standard input)");
}

/** commander parser for `--jobs`: a whole number of at least 1. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1.");
  return n;
}

/** Adds `-j, --jobs N` (the number of worker threads) to a reading command. */
export function addJobsOption(command: Command): Command {
  return command.option(
    "-j, --jobs <n>",
    `worker threads (default: one fewer than the CPUs, at least 1: here ${defaultJobs()}); 1 runs in one thread; output order never changes`,
    parseJobs,
  );
}

/** What a command is told as inputs are processed (progress displays listen here). */
export interface ProcessEvents {
  /** Called once the inputs are known. */
  onStart?(total: number): void;
  /** Called after each input, with its size in bytes (0 when it could not be read). */
  onInputDone?(path: string, bytes: number): void;
}

/**
 * Sizes that decide how inputs are cut and where they run. The defaults suit
 * newspaper text; the environment variables override them (tests, experiments).
 */
export interface ProcessTuning {
  /** Files of this many bytes or more are read in chunks and cut into pages (`ZHNEWS_STREAM_BYTES`, default 2 MiB). */
  streamBytes: number;
  /** Characters per page of a cut input (`ZHNEWS_PAGE_CHARS`, default 128 Ki). */
  pageChars: number;
  /** Input size from which worker threads are started (`ZHNEWS_POOL_BYTES`, default 1 MiB). */
  poolBytes: number;
}

function envNumber(env: CliIO["env"], name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}

/** The tuning in effect for an environment. */
export function tuningFrom(env: CliIO["env"]): ProcessTuning {
  return {
    streamBytes: envNumber(env, "ZHNEWS_STREAM_BYTES", 2 << 20),
    pageChars: Math.max(1, envNumber(env, "ZHNEWS_PAGE_CHARS", DEFAULT_PAGE_CHARS)),
    poolBytes: envNumber(env, "ZHNEWS_POOL_BYTES", 1 << 20),
  };
}

async function readPathList(source: string, io: CliIO): Promise<string[]> {
  const bytes = source === "-" ? await readAll(io.stdin) : await readFile(absoluteTo(source, io.cwd));
  return Buffer.from(bytes)
    .toString("utf8")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith("#"));
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

/** One input as it goes through: its label, and what is needed to number and report its pages. */
interface InputState {
  label: string;
  /** Cut into pages: ids are renumbered across them. */
  paged: boolean;
  /** Next record number, for paged inputs. */
  next: number;
  bytes: number;
  documents: number;
  format: InputFormat | null;
}

/** An entry of the in-order window: a task's outcome, problems found while reading, or an input's end. */
type Entry =
  | { kind: "task"; state: InputState; outcome: Promise<Outcome>; /** Number of the page's first record, for paged inputs. */ first?: number }
  | { kind: "notes"; state: InputState; diagnostics: Diagnostic[] }
  | { kind: "unreadable"; state: InputState; error: unknown }
  | { kind: "end"; state: InputState };

/** Files looked ahead (stat only) to judge at the start whether the job is big. */
const LOOKAHEAD = 256;
const CHUNK_BYTES = 256 << 10;

/**
 * Where records go: a function called with each record, or — for a command
 * that only writes JSON Lines — `jsonLines`, called with ready-made lines
 * (made where the records were, in a worker thread when there are workers).
 */
export type Emit = ((record: NewsRecord) => Promise<void>) | { jsonLines(chunk: string): Promise<void> };

/**
 * JSON lines of a page whose records were numbered from `first` (their
 * numbers starting at offsets `numbers`), numbered on from `state.next`. A
 * page is numbered from where the input stood when it was sent: right when
 * pages run in this thread, one after the other; with workers, several pages
 * are out at once and all but the first are renumbered here.
 */
function renumber(json: string, numbers: number[], first: number, state: InputState): string {
  if (state.next === first) {
    state.next += numbers.length;
    return json;
  }
  let out = "";
  let from = 0;
  for (let k = 0; k < numbers.length; k++) {
    const at = numbers[k]!;
    out += json.slice(from, at) + String(state.next++);
    from = at + String(first + k).length;
  }
  return out + json.slice(from);
}

/**
 * Reads and extracts the inputs and passes their records to `emit`, in input
 * order, each input's problems reported just before its records. Stops early
 * when `stop()` says so (the reader went away).
 */
export async function processInputs(
  inputs: InputRef[],
  flags: ReadFlags,
  io: CliIO,
  reporter: Reporter,
  emit: Emit,
  events: ProcessEvents = {},
  stop: () => boolean = () => false,
  tuning: ProcessTuning = tuningFrom(io.env),
): Promise<void> {
  events.onStart?.(inputs.length);
  const jobs = flags.jobs ?? defaultJobs();
  const expected = jobs > 1 ? lookAhead(inputs, io.cwd) : 0;
  const executor = new Executor(jobs, tuning.poolBytes, expected);
  const json = typeof emit !== "function";
  const options: ExtractOptions = { encoding: flags.encoding, format: flags.inputFormat };
  const pageOptions: Omit<PageOptions, "format" | "firstLine"> = {};
  if (flags.issueDate !== undefined) options.issueDate = pageOptions.issueDate = flags.issueDate;

  const window: Entry[] = [];
  let stopped = false;

  const settle = async (entry: Entry): Promise<void> => {
    const { state } = entry;
    if (entry.kind === "notes") {
      for (const d of entry.diagnostics) reporter.diagnostic(state.label, d);
      return;
    }
    if (entry.kind === "unreadable") {
      reporter.error(state.label, describeFsError(entry.error));
      return;
    }
    if (entry.kind === "end") {
      if (state.paged && state.format === "sogou" && state.documents === 0 && state.bytes > 0) {
        reporter.diagnostic(state.label, { level: "warning", code: "no-docs", message: "no <doc> element found in SogouCS input" });
      }
      events.onInputDone?.(state.label, state.bytes);
      return;
    }
    const outcome = await entry.outcome;
    if (outcome.kind === "unreadable") {
      reporter.error(state.label, describeFsError(Object.assign(new Error(outcome.message), { code: outcome.code ?? undefined })));
      return;
    }
    if (outcome.kind === "crashed") {
      // A bug in zhnews: report it against the file and go on with the others.
      reporter.error(state.label, `internal error: ${outcome.message} (please report it)`);
      state.bytes += outcome.bytes;
      return;
    }
    state.bytes += outcome.bytes;
    state.documents += outcome.documents;
    for (const d of outcome.diagnostics) reporter.diagnostic(state.label, d);
    if (typeof emit !== "function") {
      if (stop()) {
        stopped = true;
        return;
      }
      let lines = outcome.json ?? "";
      // A page's records were numbered from 1: number them on across the file.
      if (state.paged && lines.length > 0) lines = renumber(lines, outcome.numbers, entry.first ?? 1, state);
      if (lines.length > 0) await emit.jsonLines(lines);
      return;
    }
    const records = outcome.records;
    for (let i = 0; i < records.length; i++) {
      if (stop()) {
        stopped = true;
        return;
      }
      const record = records[i]!;
      if (state.paged) record.id = `${record.id.slice(0, record.id.lastIndexOf(":") + 1)}${state.next++}`;
      await emit(record);
    }
  };

  /** Queues an entry; settles the oldest ones while the window is full. */
  // In this thread, pages of a long input are extracted as soon as they are
  // run: holding several would only hold their records longer. Read-ahead is
  // for whole files, whose reads overlap the extraction before them.
  const push = async (entry: Entry, limit = executor.window): Promise<void> => {
    window.push(entry);
    while (window.length >= limit) {
      await settle(window.shift()!);
      if (stop()) stopped = true;
      if (stopped) return;
    }
  };

  for (const input of inputs) {
    if (stopped || stop()) break;
    const label = input.kind === "stdin" ? "-" : input.path;
    const state: InputState = { label, paged: false, next: 1, bytes: 0, documents: 0, format: null };
    const source = await openInput(input, label, io, tuning);
    if (source.kind === "unreadable") {
      await push({ kind: "unreadable", state, error: source.error });
    } else if (source.kind === "whole") {
      await push({ kind: "task", state, outcome: executor.run({ ...source.task({ ...options, source: label }), json }, source.size) });
    } else {
      state.paged = true;
      try {
        for await (const step of readPages(source.chunks(state), { encoding: flags.encoding, format: flags.inputFormat, pageChars: tuning.pageChars })) {
          state.format = step.format;
          if (step.diagnostics.length > 0) await push({ kind: "notes", state, diagnostics: step.diagnostics });
          if (step.page !== null) {
            const first = state.next;
            const page: PageOptions = { ...pageOptions, source: label, format: step.format, firstLine: step.page.firstLine, firstIndex: first };
            const outcome = executor.run({ kind: "page", text: step.page.text, options: page, json }, step.page.text.length * 3);
            await push({ kind: "task", state, outcome, first }, executor.parallel ? executor.window : 1);
          }
          if (stopped) break;
        }
      } catch (error) {
        await push({ kind: "unreadable", state, error });
      }
    }
    await push({ kind: "end", state });
  }
  while (window.length > 0 && !stopped) {
    await settle(window.shift()!);
    if (stop()) stopped = true;
  }
  await executor.close(stopped);
}

/** How an input will be read: whole (a small file, a short standard input) or in chunks. */
type Source =
  | { kind: "whole"; size: number; task: (options: ExtractOptions) => Task }
  | { kind: "chunks"; chunks: (state: InputState) => AsyncIterable<Uint8Array> }
  | { kind: "unreadable"; error: unknown };

async function openInput(input: InputRef, label: string, io: CliIO, tuning: ProcessTuning): Promise<Source> {
  if (input.kind === "stdin") {
    // Read up to the streaming size: a short input is extracted whole, as a file would be.
    const iterator = (io.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        const bytes = Buffer.concat(head);
        return { kind: "whole", size, task: (options) => ({ kind: "bytes", bytes, options }) };
      }
      const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
      head.push(chunk);
      size += chunk.length;
      if (size >= tuning.streamBytes) break;
    }
    return {
      kind: "chunks",
      chunks: (state) =>
        counted(
          (async function* () {
            yield* head.splice(0);
            for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
              yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
            }
          })(),
          state,
        ),
    };
  }
  const path = absoluteTo(label, io.cwd);
  let size = 0;
  let regular = true;
  try {
    // Synchronous: one system call, where the promise version waits on the thread pool per file.
    const info = statSync(path);
    size = info.size;
    regular = info.isFile();
    if (info.isDirectory()) return { kind: "unreadable", error: Object.assign(new Error("is a directory"), { code: "EISDIR" }) };
  } catch {
    // Reported by the read, with the same wording as every other read error.
  }
  // Pipes and devices (`<(zcat …)`, /dev/stdin) have no size: read them in chunks too.
  if (regular && size < tuning.streamBytes) return { kind: "whole", size, task: (options) => ({ kind: "file", path, options }) };
  return { kind: "chunks", chunks: (state) => counted(createReadStream(path, { highWaterMark: CHUNK_BYTES }), state) };
}

async function* counted(chunks: AsyncIterable<Uint8Array | string>, state: InputState): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    state.bytes += bytes.length;
    yield bytes;
  }
}

/** Sum of the sizes of the first files, to start the workers at once when the job is plainly big. */
function lookAhead(inputs: InputRef[], cwd: string): number {
  let total = 0;
  for (const input of inputs.slice(0, LOOKAHEAD)) {
    if (input.kind === "stdin") continue;
    try {
      total += statSync(absoluteTo(input.path, cwd)).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return total;
}
