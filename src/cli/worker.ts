/**
 * One unit of extraction work: a whole small file, the bytes of standard
 * input, or one page of a long input. It runs the same in a worker thread of
 * the pool (this module is the pool's worker file) and in the main thread
 * (`--jobs 1`, small jobs).
 *
 * It never prints and never throws: what went wrong comes back as an
 * `Outcome`, and the main thread reports it against the input, in order.
 * It never loads nodejieba either (the pipeline does not call it), which
 * matters here: each thread that loads it pays ~0.9 s and ~250 MB that are
 * not given back when the worker ends.
 */
import { readFileSync } from "node:fs";
import { extract, extractPage, type ExtractOptions, type PageOptions } from "../extract.js";
import type { Diagnostic } from "../diagnostics.js";
import type { NewsRecord } from "../schema.js";

/**
 * What a worker is asked to do. Plain data: it crosses to the worker by
 * structured clone. With `json`, the records come back as JSON Lines, encoded
 * in UTF-8, rather than objects: bytes cross threads far more cheaply than a
 * graph of objects that the main thread would then stringify itself, and out
 * of a worker they are moved, not copied. Bytes rather than a string also keep
 * the main thread's heap small: a page's JSON is a megabyte or two, and as a
 * string it would sit in the heap (and be copied again to be written) until
 * the next full collection; as bytes it is freed once written.
 */
export type Task = (
  /** A file read and extracted whole; `path` is absolute. */
  | { kind: "file"; path: string; options: ExtractOptions }
  /** Bytes already read (standard input), extracted whole. */
  | { kind: "bytes"; bytes: Uint8Array; options: ExtractOptions }
  /** One page of a long input; ids are numbered from `options.firstIndex`. */
  | { kind: "page"; text: string; options: PageOptions }
) & {
  json?: boolean;
  /**
   * With `json`: a buffer whose bytes were written out and may be written
   * over. The JSON is encoded into it when it is big enough: output buffers
   * then go round between the threads instead of each page's leaving a
   * megabyte of garbage behind, which the main thread's heap would only free
   * at its next full collection (it let some 60 MB pile up).
   */
  spare?: ArrayBuffer;
};

/** What comes back. */
export type Outcome =
  | {
      kind: "done";
      /** The records, unless the task asked for `json`. */
      records: NewsRecord[];
      /**
       * With `json`: every record as one line of JSON, each ending in a line
       * feed, in UTF-8. It starts its buffer, which may be longer (room for the
       * next page when it comes back as a spare).
       */
      json: Uint8Array | null;
      /**
       * With `json`: the byte offset in `json` where each record's number (the
       * `n` of its id `name:n`) starts, so that a page's records, numbered from
       * 1, can be numbered on across the file without parsing the lines again.
       */
      numbers: number[];
      /** How many records (lines of `json`). */
      count: number;
      diagnostics: Diagnostic[];
      bytes: number;
      documents: number;
    }
  /** The file could not be read: the errno code (`ENOENT`, …) and message. */
  | { kind: "unreadable"; code: string | null; message: string }
  /** A bug in zhnews (an exception in the pipeline). */
  | { kind: "crashed"; message: string; bytes: number };

const encoder = new TextEncoder();
/** Output buffers are made in steps of this many bytes, with a quarter to spare, so that one fits the pages after. */
const BUFFER_STEP = 256 << 10;

function roomFor(size: number): number {
  return Math.ceil((size + (size >> 2)) / BUFFER_STEP) * BUFFER_STEP;
}

function done(task: Task, records: NewsRecord[], diagnostics: Diagnostic[], bytes: number, documents: number): Outcome {
  if (!task.json) return { kind: "done", records, json: null, numbers: [], count: records.length, diagnostics, bytes, documents };
  const lines: string[] = new Array<string>(records.length);
  const numbers: number[] = new Array<number>(records.length);
  let size = 0;
  for (let k = 0; k < records.length; k++) {
    const record = records[k]!;
    const line = JSON.stringify(record);
    // The id is the line's first `"id":"…"` (after `type`); its number follows the last colon.
    const id = JSON.stringify(record.id);
    const numberAt = line.indexOf(`"id":${id}`) + 5 + id.length - 1 - (record.id.length - record.id.lastIndexOf(":") - 1);
    numbers[k] = size + Buffer.byteLength(line.slice(0, numberAt));
    lines[k] = line;
    size += Buffer.byteLength(line) + 1;
  }
  // A buffer of its own (never a slice of Buffer's shared pool), so that it can be moved to the main thread.
  const json = new Uint8Array(task.spare !== undefined && task.spare.byteLength >= size ? task.spare : new ArrayBuffer(roomFor(size)), 0, size);
  let at = 0;
  for (const line of lines) {
    at += encoder.encodeInto(line, json.subarray(at)).written;
    json[at++] = 0x0a;
  }
  return { kind: "done", records: [], json, numbers, count: records.length, diagnostics, bytes, documents };
}

function crashed(error: unknown, bytes: number): Outcome {
  return { kind: "crashed", message: error instanceof Error ? error.message : String(error), bytes };
}

/** Runs one task; never throws. */
export async function runTask(task: Task): Promise<Outcome> {
  if (task.kind === "page") {
    try {
      const result = extractPage(task.text, task.options);
      return done(task, result.records, result.diagnostics, 0, result.documents);
    } catch (error) {
      return crashed(error, 0);
    }
  }
  let bytes: Uint8Array;
  if (task.kind === "file") {
    try {
      // Whole-file tasks are small (under the streaming size): a synchronous
      // read costs a few system calls, fs/promises' readFile several round trips.
      bytes = readFileSync(task.path);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return { kind: "unreadable", code: e.code ?? null, message: e.message ?? String(error) };
    }
  } else {
    bytes = task.bytes;
  }
  try {
    const result = extract(bytes, task.options);
    return done(task, result.records, result.diagnostics, bytes.length, 0);
  } catch (error) {
    return crashed(error, bytes.length);
  }
}

/**
 * The pool's entry: runs a task and moves its JSON bytes to the main thread
 * (tinypool's transfer protocol) instead of copying them.
 */
export default async function runPooledTask(task: Task): Promise<Outcome> {
  const outcome = await runTask(task);
  if (outcome.kind !== "done" || outcome.json === null) return outcome;
  const { Tinypool } = await import("tinypool");
  const movable = { [Tinypool.transferableSymbol]: outcome.json.buffer, [Tinypool.valueSymbol]: outcome };
  // The pool unwraps it: the outcome arrives, its buffer moved rather than copied.
  return Tinypool.move(movable as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as Outcome;
}
