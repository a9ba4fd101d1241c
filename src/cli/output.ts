/**
 * Where records go: standard output, or a file written whole or not at all
 * (a temporary file in the same directory, renamed over the target on success).
 */
import { createWriteStream, unlinkSync, type WriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";

export interface Sink {
  /** Writes a chunk, waiting when the stream asks for it. */
  write(chunk: string): Promise<void>;
  /** Finishes: `ok` renames a file into place, otherwise the old file stays as it was. */
  close(ok: boolean): Promise<void>;
  /** True once the reader went away (`| head -1`): stop producing, quietly. */
  readonly broken: boolean;
}

function writeTo(stream: Writable, chunk: string, state: { broken: boolean }): Promise<void> {
  if (state.broken) return Promise.resolve();
  return new Promise((resolve) => {
    const ok = stream.write(chunk, () => resolve());
    if (ok) return;
    // Resolved by the write callback once flushed; nothing else to wait for.
  });
}

/** Standard output; an EPIPE ends output quietly. */
export function streamSink(stream: Writable): Sink {
  const state = { broken: false };
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") state.broken = true;
    else throw error;
  });
  return {
    write: (chunk) => writeTo(stream, chunk, state),
    close: async () => {},
    get broken() {
      return state.broken;
    },
  };
}

/** A file replaced atomically: nothing is left half-written on failure or interruption. */
export function fileSink(path: string): Sink & { tempPath: string } {
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const stream: WriteStream = createWriteStream(tempPath, { flags: "wx" });
  const state = { broken: false };
  let failure: Error | null = null;
  stream.on("error", (error) => {
    failure = error;
    state.broken = true;
  });
  // On Ctrl-C the temporary file goes and the target stays untouched; then the
  // signal is raised again so the process ends as the user asked.
  const onSignal = (signal: NodeJS.Signals) => {
    stream.destroy();
    try {
      unlinkSync(tempPath);
    } catch {
      // Already gone.
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    tempPath,
    write: (chunk) => writeTo(stream, chunk, state),
    close: async (ok) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await new Promise<void>((resolve) => stream.end(() => resolve()));
      if (ok && failure === null) await rename(tempPath, path);
      else await unlink(tempPath).catch(() => {});
      if (failure) throw failure;
    },
    get broken() {
      return state.broken;
    },
  };
}
