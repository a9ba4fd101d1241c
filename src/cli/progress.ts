/**
 * A progress line on standard error for long runs (files done/total, MB/s,
 * ETA), drawn by cli-progress. Shown only when standard error is a terminal,
 * `--quiet` was not given, more than `PROGRESS_MIN_FILES` inputs are read,
 * and the output does not go to that same terminal (records scrolling
 * through a progress line help no one).
 *
 * Messages written to standard error while the line is shown (warnings,
 * errors) are printed above it instead of through it: commands build their
 * `Reporter` on `progress.io`, whose standard error routes them.
 */
import { Writable } from "node:stream";
import cliProgress from "cli-progress";
import type { ProcessEvents } from "./process.js";
import type { CliIO } from "./shared.js";

/** More inputs than this show a progress line. */
export const PROGRESS_MIN_FILES = 3;

export interface ProgressOptions {
  quiet?: boolean;
  /** True when the command's output goes to standard output (no `-o`). */
  toStdout: boolean;
}

/** A progress display: pass `events` to `processInputs`, report through `io`, call `stop()` at the end. */
export interface Progress {
  /** `io` with a standard error that keeps messages clear of the progress line. */
  io: CliIO;
  events: ProcessEvents;
  /** Draws the final state and ends the line; safe to call more than once. */
  stop(): void;
}

/** Whether a run of `total` inputs shows progress under `options`. */
export function wantsProgress(io: CliIO, options: ProgressOptions, total: number): boolean {
  if (options.quiet || io.stderr.isTTY !== true) return false;
  if (options.toStdout && io.stdout.isTTY === true) return false;
  return total > PROGRESS_MIN_FILES;
}

function megabytesPerSecond(bytes: number, since: number): string {
  const seconds = Math.max((Date.now() - since) / 1000, 0.001);
  return (bytes / 1e6 / seconds).toFixed(1);
}

export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  let multi: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  let bytes = 0;
  let started = Date.now();

  const stderr = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
        if (multi !== null) {
          multi.log(text.endsWith("\n") ? text : `${text}\n`);
          callback();
        } else {
          io.stderr.write(text);
          // At once, so that nothing waits here when the command returns.
          callback();
        }
      },
    }),
    { isTTY: io.stderr.isTTY, columns: io.stderr.columns },
  );

  const events: ProcessEvents = {
    onStart(total) {
      if (!wantsProgress(io, options, total)) return;
      started = Date.now();
      multi = new cliProgress.MultiBar({
        stream: io.stderr,
        format: "{bar} {value}/{total} files | {speed} MB/s | ETA {eta_formatted}",
        barCompleteChar: "#",
        barIncompleteChar: "-",
        barsize: 24,
        hideCursor: false,
        // true: leave the terminal's wrapping alone (false would switch it off
        // with an escape code) and cut the line to the terminal's width.
        linewrap: true,
        clearOnComplete: false,
        fps: 10,
      });
      bar = multi.create(total, 0, { speed: "0.0" });
    },
    onInputDone(_path, size) {
      done += 1;
      bytes += size;
      bar?.update(done, { speed: megabytesPerSecond(bytes, started) });
    },
  };

  return {
    io: { ...io, stderr },
    events,
    stop() {
      if (multi === null) return;
      const m = multi;
      multi = null;
      bar = null;
      m.update(); // prints messages still waiting above the line
      m.stop();
    },
  };
}
