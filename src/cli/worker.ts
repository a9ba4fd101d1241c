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
 * structured clone. With `json`, the records come back as JSON Lines text
 * rather than objects: a string crosses threads far more cheaply than a
 * graph of objects that the main thread would then stringify itself.
 */
export type Task = (
  /** A file read and extracted whole; `path` is absolute. */
  | { kind: "file"; path: string; options: ExtractOptions }
  /** Bytes already read (standard input), extracted whole. */
  | { kind: "bytes"; bytes: Uint8Array; options: ExtractOptions }
  /** One page of a long input; ids are numbered from `options.firstIndex`. */
  | { kind: "page"; text: string; options: PageOptions }
) & { json?: boolean };

/** What comes back. */
export type Outcome =
  | {
      kind: "done";
      /** The records, unless the task asked for `json`. */
      records: NewsRecord[];
      /** With `json`: every record as one line of JSON, each ending in a line feed. */
      json: string | null;
      /**
       * With `json`: where each record's number (the `n` of its id `name:n`)
       * starts in `json`, so that a page's records, numbered from 1, can be
       * numbered on across the file without parsing the lines again.
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

function done(task: Task, records: NewsRecord[], diagnostics: Diagnostic[], bytes: number, documents: number): Outcome {
  if (!task.json) return { kind: "done", records, json: null, numbers: [], count: records.length, diagnostics, bytes, documents };
  let json = "";
  const numbers: number[] = [];
  for (const record of records) {
    const line = JSON.stringify(record);
    // The id is the line's first `"id":"…"` (after `type`); its number follows the last colon.
    const id = JSON.stringify(record.id);
    const idEnd = line.indexOf(`"id":${id}`) + 5 + id.length - 1;
    numbers.push(json.length + idEnd - (record.id.length - record.id.lastIndexOf(":") - 1));
    json += `${line}\n`;
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

export default runTask;
