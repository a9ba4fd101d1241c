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
import { absoluteTo, describeFsError, looksSogou, resolveInputs, type InputRef } from "./inputs.js";
import { EXIT_USAGE, parseIssueDate, readAll, type CliIO, type Reporter } from "./shared.js";
import { idBase } from "../records/build.js";
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

/** How `--input-format auto` decides, for the help of every reading command. */
export const AUTO_FORMAT_HELP = `
--input-format auto: a .jsonl file is JSON Lines; a .xml or .dat file is
SogouCS when a <doc> opens in its first 4 KB (after any <?xml …?> or wrapper
element), else text, with a warning; any other input is SogouCS when it opens
with <doc> (or with markup and a <doc> soon after), JSON Lines when its first
line is a JSON object with "text", else text.`;

/** Adds the options of `ReadFlags` to a command, so every reading command takes them alike. */
export function addReadOptions(command: Command): Command {
  return command
    .option("--issue-date <YYYY-MM-DD>", "the date the paper came out: dates without a year resolve against it", parseIssueDate)
    .addOption(
      new Option("--encoding <encoding>", "input encoding").choices(["auto", "utf8", "utf16le", "utf16be", "gb18030", "big5"]).default("auto"),
    )
    .addOption(
      new Option("--input-format <format>", "text: a newspaper dump; jsonl: {id,text,issueDate} per line; sogou: SogouCS XML; auto: by the file's extension and start (see below)")
        .choices(["auto", "text", "jsonl", "sogou"])
        .default("auto"),
    )
    .option("--files-from <file>", "read input paths from FILE, one per line (- for standard input); blank lines and lines starting with # are skipped")
    .hook("preAction", checkStdinOnce);
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
    `worker threads (default: one fewer than the CPUs, at least 1: here ${defaultJobs()}); never more than the CPUs (here ${availableParallelism()}) nor the input files; 1 runs in one thread; output order never changes`,
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

/**
 * Refuses `--files-from -` with `-` among the inputs: both would read
 * standard input, the second finding it empty. A commander hook, so that it
 * is a usage error (exit 2) like any other.
 */
function checkStdinOnce(command: Command): void {
  const { filesFrom } = command.opts<{ filesFrom?: string }>();
  if (filesFrom === "-" && command.args.includes("-")) {
    command.error("error: --files-from - and the input - would both read standard input: give only one of them", {
      exitCode: EXIT_USAGE,
      code: "zhnews.stdin-twice",
    });
  }
}

/** Inputs whose records get the same ids (`d/x.txt`, `d/x.xml`: both `x:1`, …), warned of one pair at a time, this many at most. */
const COLLISIONS_SHOWN = 10;

/**
 * Warns when two inputs share a file name up to the extension: their records'
 * ids (`<name>:<n>`, fixed by the record contract) are then the same, and only
 * `source.path` tells them apart.
 */
function warnIdCollisions(inputs: InputRef[], reporter: Reporter): void {
  const first = new Map<string, string>();
  let more = 0;
  for (const input of inputs) {
    const path = input.kind === "stdin" ? "-" : input.path;
    const base = idBase(path);
    const earlier = first.get(base);
    if (earlier === undefined) {
      first.set(base, path);
      continue;
    }
    if (more++ >= COLLISIONS_SHOWN) continue;
    reporter.warning(path, `its records' ids (${base}:1, ${base}:2, …) are also those of ${earlier}'s: tell them apart by source.path`);
  }
  if (more > COLLISIONS_SHOWN) {
    reporter.warning("-", `${more - COLLISIONS_SHOWN} more inputs share ids with an earlier one in the same way`);
  }
}

/**
 * Resolves `args` (and `--files-from`) to inputs; failures are reported and
 * left out. The output file (`output`, `-o`) is never one of them.
 */
export async function collectInputs(args: string[], flags: ReadFlags, io: CliIO, reporter: Reporter, output?: string): Promise<InputRef[]> {
  let names = args;
  if (flags.filesFrom !== undefined) {
    let listed: string[];
    try {
      listed = await readPathList(flags.filesFrom, io);
    } catch (error) {
      reporter.error(flags.filesFrom, `cannot read the list of files: ${describeFsError(error)}`);
      return [];
    }
    if (flags.filesFrom === "-" && listed.includes("-")) {
      reporter.error("-", "the list of files read from standard input names - (standard input): not read twice");
      listed = listed.filter((name) => name !== "-");
    }
    names = [...names, ...listed];
  } else if (args.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY) {
    // Nothing named, and standard input is the terminal: say why nothing happens.
    reporter.hint("reading newspaper text from the terminal: end it with Ctrl-D, or name the files to read");
  }
  const resolved = await resolveInputs(names, io.cwd, { ...(output === undefined ? {} : { output }), listed: flags.filesFrom !== undefined });
  for (const e of resolved.errors) reporter.error(e.path, e.message);
  for (const n of resolved.notes) reporter.diagnostic(n.path, { level: "info", code: "not-read", message: n.message });
  warnIdCollisions(resolved.inputs, reporter);
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
  /** Lines of a JSON Lines input that were not a document, counted past the first `BAD_LINES_SHOWN`. */
  badLines: number;
}

/** Lines that are not JSON Lines documents reported one by one per input; the rest are counted. */
const BAD_LINES_SHOWN = 10;

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
 * that only writes JSON Lines — `jsonLines`, called with ready-made lines in
 * UTF-8 (made where the records were, in a worker thread when there are
 * workers), as pieces to write one after the other. Once their bytes are
 * written out, the writer calls `release`: their buffer is then filled again.
 */
export type Emit = ((record: NewsRecord) => Promise<void>) | { jsonLines(pieces: readonly Uint8Array[], release: () => void): Promise<void> };

/** Output buffers kept for reuse, at most. */
const SPARES = 8;

/**
 * JSON lines (UTF-8) of a page whose records were numbered from `first`
 * (their numbers starting at byte offsets `numbers`), numbered on from
 * `state.next`, as pieces to write in turn. A page is numbered from where the
 * input stood when it was sent: right when pages run in this thread, one
 * after the other; with workers, several pages are out at once and all but
 * the first are renumbered here. A new number as long as the old one is
 * written over it in place; the buffer is cut only where the length changes
 * (9 → 10), so a page stays one piece, never copied.
 */
function renumber(json: Uint8Array, numbers: number[], first: number, state: InputState): Uint8Array[] {
  if (state.next === first) {
    state.next += numbers.length;
    return [json];
  }
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (let k = 0; k < numbers.length; k++) {
    const at = numbers[k]!;
    const written = String(state.next++);
    const old = String(first + k).length;
    if (written.length === old) {
      for (let d = 0; d < old; d++) json[at + d] = written.charCodeAt(d);
    } else {
      pieces.push(json.subarray(from, at), Buffer.from(written, "latin1"));
      from = at + old;
    }
  }
  pieces.push(json.subarray(from));
  return pieces;
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
  // One thread asked for (or all there is): nothing to look ahead for.
  const ahead = (flags.jobs ?? defaultJobs()) > 1 ? lookAhead(inputs, io.cwd, tuning) : { bytes: 0, tasks: null };
  const jobs = capJobs(flags.jobs, ahead.tasks, reporter);
  const executor = new Executor(jobs, tuning.poolBytes, jobs > 1 ? ahead.bytes : 0);
  const json = typeof emit !== "function";
  const options: ExtractOptions = { encoding: flags.encoding, format: flags.inputFormat };
  const pageOptions: Omit<PageOptions, "format" | "firstLine"> = {};
  if (flags.issueDate !== undefined) options.issueDate = pageOptions.issueDate = flags.issueDate;

  const window: Entry[] = [];
  let stopped = false;
  /** Output buffers written out, to be filled again by the next tasks (see `Task.spare`). */
  const spares: ArrayBuffer[] = [];
  const spare = (): { spare?: ArrayBuffer } => {
    // Only JSON output releases buffers: without it, there are none.
    const buffer = spares.pop();
    return buffer === undefined ? {} : { spare: buffer };
  };

  /**
   * Reports one of an input's problems. A text read as JSON Lines would give
   * an error per line: the first few are shown, the rest counted. A SogouCS
   * input without any `<doc>` gave no record at all: an error, not a warning.
   */
  const report = (state: InputState, d: Diagnostic): void => {
    if (d.code === "bad-json" && ++state.badLines > BAD_LINES_SHOWN) return;
    reporter.diagnostic(state.label, d.code === "no-docs" ? { ...d, level: "error" } : d);
  };

  const settle = async (entry: Entry): Promise<void> => {
    const { state } = entry;
    if (entry.kind === "notes") {
      for (const d of entry.diagnostics) report(state, d);
      return;
    }
    if (entry.kind === "unreadable") {
      reporter.error(state.label, describeFsError(entry.error));
      return;
    }
    if (entry.kind === "end") {
      if (state.paged && state.format === "sogou" && state.documents === 0 && state.bytes > 0) {
        report(state, { level: "warning", code: "no-docs", message: "no <doc> element found in SogouCS input" });
      }
      if (state.badLines > BAD_LINES_SHOWN) {
        const more = state.badLines - BAD_LINES_SHOWN;
        reporter.error(state.label, `${more} more line${more === 1 ? " is" : "s are"} not JSON Lines documents (is it JSON Lines? --input-format text reads a newspaper dump)`);
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
    for (const d of outcome.diagnostics) report(state, d);
    if (typeof emit !== "function") {
      if (stop()) {
        stopped = true;
        return;
      }
      const lines = outcome.json;
      if (lines === null || lines.length === 0) return;
      // A page's records were numbered from 1: number them on across the file.
      const pieces = state.paged ? renumber(lines, outcome.numbers, entry.first ?? 1, state) : [lines];
      await emit.jsonLines(pieces, () => {
        if (spares.length < SPARES) spares.push(lines.buffer as ArrayBuffer);
      });
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
    const state: InputState = { label, paged: false, next: 1, bytes: 0, documents: 0, format: null, badLines: 0 };
    const named = formatByName(input, flags.inputFormat, io.cwd);
    if (named.warning !== undefined) await push({ kind: "notes", state, diagnostics: [named.warning] });
    const source = await openInput(input, label, io, tuning);
    if (source.kind === "unreadable") {
      await push({ kind: "unreadable", state, error: source.error });
    } else if (source.kind === "whole") {
      const task = source.task({ ...options, format: named.format, source: label });
      await push({ kind: "task", state, outcome: executor.run({ ...task, json, ...spare() }, source.size) });
    } else {
      state.paged = true;
      try {
        for await (const step of readPages(source.chunks(state), { encoding: flags.encoding, format: named.format, pageChars: tuning.pageChars })) {
          state.format = step.format;
          if (step.diagnostics.length > 0) await push({ kind: "notes", state, diagnostics: step.diagnostics });
          if (step.page !== null) {
            const first = state.next;
            const page: PageOptions = { ...pageOptions, source: label, format: step.format, firstLine: step.page.firstLine, firstIndex: first };
            const outcome = executor.run({ kind: "page", text: step.page.text, options: page, json, ...spare() }, step.page.text.length * 3);
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

/**
 * The format of one input under `--input-format auto`, where its name tells:
 * a `.jsonl` file is JSON Lines (a first line that is not JSON is then an
 * error to see, not a reason to read the markup as headlines); a `.xml` or
 * `.dat` file is SogouCS when a `<doc>` opens near its start (after any XML
 * declaration or wrapper element), else text, with a warning. Any other input
 * is left to the library, which tells the formats apart from the text's start.
 */
function formatByName(input: InputRef, asked: InputFormat | "auto", cwd: string): { format: InputFormat | "auto"; warning?: Diagnostic } {
  if (asked !== "auto" || input.kind === "stdin") return { format: asked };
  if (/\.jsonl$/i.test(input.path)) return { format: "jsonl" };
  if (!/\.(?:xml|dat)$/i.test(input.path)) return { format: "auto" };
  const path = absoluteTo(input.path, cwd);
  // Only a regular file is looked into: a pipe's first bytes would be gone.
  let regular = false;
  try {
    regular = statSync(path).isFile();
  } catch {
    // Reported when it is read.
  }
  if (!regular) return { format: "auto" };
  if (input.sogou === true || looksSogou(path)) return { format: "sogou" };
  return {
    format: "text",
    warning: {
      level: "warning",
      code: "read-as-text",
      message: "no SogouCS <doc> near its start: read as newspaper text (--input-format sogou reads it as SogouCS)",
    },
  };
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

/**
 * What the first files tell in advance: the sum of their sizes (to start the
 * workers at once when the job is plainly big), and the number of tasks when
 * it is known — every input a small file (one task each) and all of them looked at.
 */
function lookAhead(inputs: InputRef[], cwd: string, tuning: ProcessTuning): { bytes: number; tasks: number | null } {
  let bytes = 0;
  let known = inputs.length <= LOOKAHEAD;
  for (const input of inputs.slice(0, LOOKAHEAD)) {
    if (input.kind === "stdin") {
      known = false;
      continue;
    }
    try {
      const info = statSync(absoluteTo(input.path, cwd));
      bytes += info.size;
      // A long file or a pipe is cut into pages: its tasks are not known yet.
      if (!info.isFile() || info.size >= tuning.streamBytes) known = false;
    } catch {
      // Reported when the file is read; it makes no task.
    }
  }
  return { bytes, tasks: known ? inputs.length : null };
}

/**
 * Worker threads to use: as asked (or `defaultJobs()`), but no more than the
 * CPUs available — a thread more only adds a heap of its own (`-j 1000` took
 * 10 GB; `-j 5000` ran out of memory) — nor than the tasks, when known. With
 * `-v`, a note says when `--jobs` was lowered and why.
 */
export function capJobs(asked: number | undefined, tasks: number | null, reporter: Reporter): number {
  const cpus = availableParallelism();
  const wanted = asked ?? defaultJobs();
  const jobs = Math.max(1, Math.min(wanted, cpus, tasks ?? Infinity));
  if (asked !== undefined && jobs < asked) {
    const why = tasks !== null && tasks <= cpus ? `one per input (${tasks} input${tasks === 1 ? "" : "s"})` : `no more than the CPUs available (${cpus})`;
    reporter.diagnostic(`--jobs ${asked}`, { level: "info", code: "jobs-capped", message: `using ${jobs} worker thread${jobs === 1 ? "" : "s"}: ${why}` });
  }
  return jobs;
}
