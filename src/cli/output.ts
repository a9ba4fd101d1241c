/**
 * Where records go: standard output, or a file written whole or not at all
 * (a temporary file in the same directory, renamed over the target on success).
 */
import { createWriteStream, realpathSync, statSync, unlinkSync, type WriteStream } from "node:fs";
import { chmod, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { absoluteTo, describeFsError } from "./inputs.js";

export interface Sink {
  /** Writes a chunk; resolves at once, or once the stream has drained when it asks to wait. */
  write(chunk: string): Promise<void>;
  /** Finishes: `ok` renames a file into place, otherwise the old file stays as it was. Throws what failed. */
  close(ok: boolean): Promise<void>;
  /** True once the reader went away (`| head -1`) or writing failed: stop producing, quietly. */
  readonly broken: boolean;
}

interface State {
  broken: boolean;
  /** A write error other than the reader going away, rethrown by `close`. */
  failure: Error | null;
}

/** The reader closed its end: not an error, just the end of the output. */
function readerGone(error: NodeJS.ErrnoException): boolean {
  return error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || error.code === "ECONNRESET";
}

function watch(stream: Writable, state: State): void {
  // Never throws from the handler: an 'error' with no way out would end the
  // process with a stack trace.
  stream.on("error", (error: NodeJS.ErrnoException) => {
    state.broken = true;
    if (!readerGone(error) && state.failure === null) state.failure = error;
  });
}

function writeTo(stream: Writable, chunk: string, state: State): Promise<void> {
  if (state.broken || stream.destroyed) {
    state.broken = true;
    return Promise.resolve();
  }
  // A write that fails calls back with the error; 'error' then marks the state.
  if (stream.write(chunk, () => {})) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
    stream.once("error", done);
  });
}

/** Standard output; an EPIPE (the reader went away) ends output quietly. */
export function streamSink(stream: Writable): Sink {
  const state: State = { broken: false, failure: null };
  watch(stream, state);
  return {
    write: (chunk) => writeTo(stream, chunk, state),
    close: async () => {
      if (state.failure) throw state.failure;
    },
    get broken() {
      return state.broken;
    },
  };
}

/** The file a path names, through symbolic links, so that the rename replaces the target and not the link. */
function target(path: string): { path: string; mode: number | null } {
  try {
    const real = realpathSync(path);
    return { path: real, mode: statSync(real).mode & 0o7777 };
  } catch {
    return { path, mode: null };
  }
}

/** A file replaced atomically: nothing is left half-written on failure, interruption or crash. */
export function fileSink(path: string): Sink & { tempPath: string } {
  const final = target(path);
  const tempPath = join(dirname(final.path), `.${basename(final.path)}.${process.pid}.${Date.now()}.tmp`);
  const stream: WriteStream = createWriteStream(tempPath, { flags: "wx" });
  const state: State = { broken: false, failure: null };
  stream.on("error", (error: NodeJS.ErrnoException) => {
    state.broken = true;
    if (state.failure === null) state.failure = error;
  });
  const removeTemp = () => {
    try {
      unlinkSync(tempPath);
    } catch {
      // Never made, or already gone.
    }
  };
  // On Ctrl-C the temporary file goes and the target stays untouched; then the
  // signal is raised again so that the process ends as the user asked.
  const onSignal = (signal: NodeJS.Signals) => {
    stream.destroy();
    removeTemp();
    detach();
    process.kill(process.pid, signal);
  };
  // An uncaught exception or a process.exit() elsewhere.
  const onExit = () => removeTemp();
  const detach = () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("SIGHUP", onSignal);
    process.off("exit", onExit);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("SIGHUP", onSignal);
  process.once("exit", onExit);
  return {
    tempPath,
    write: (chunk) => writeTo(stream, chunk, state),
    close: async (ok) => {
      try {
        if (!stream.destroyed) {
          await new Promise<void>((resolve) => {
            stream.once("error", () => resolve());
            stream.end(() => resolve());
          });
        }
        if (ok && state.failure === null) {
          if (final.mode !== null) await chmod(tempPath, final.mode);
          await rename(tempPath, final.path);
        } else {
          await unlink(tempPath).catch(() => {});
        }
      } catch (error) {
        await unlink(tempPath).catch(() => {});
        throw error;
      } finally {
        detach();
      }
      if (state.failure) throw state.failure;
    },
    get broken() {
      return state.broken;
    },
  };
}

/** What opening and closing output needs to know of a command's run. */
interface OutputContext {
  io: { cwd: string; stdout: Writable };
  reporter: { error(path: string, message: string): void };
}

/**
 * Standard output, or `output` (relative to the working directory) written
 * whole on success. Null, with the error reported, when the file cannot be
 * opened.
 */
export function openOutput(output: string | undefined, { io, reporter }: OutputContext): Sink | null {
  try {
    if (output === undefined) return streamSink(io.stdout);
    return fileSink(absoluteTo(output, io.cwd));
  } catch (error) {
    reporter.error(output ?? "-", `cannot write output: ${describeFsError(error)}`);
    return null;
  }
}

/** Ends the output: a file is renamed into place; a failure is reported against it. */
export async function closeOutput(sink: Sink, output: string | undefined, { reporter }: OutputContext): Promise<void> {
  try {
    await sink.close(true);
  } catch (error) {
    reporter.error(output ?? "-", `cannot write output: ${describeFsError(error)}`);
  }
}
