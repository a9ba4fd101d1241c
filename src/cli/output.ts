/**
 * Where records go: standard output, or a file written whole or not at all
 * (a temporary file in the same directory, renamed over the target on success).
 * Only a regular file, or a path that does not exist yet, is replaced so: a
 * pipe, a device, a socket or a descriptor link (`/dev/stdout`, `>(wc -c)`,
 * which is `/dev/fd/63`) is written to directly, as the shell's `>` would.
 */
import { createWriteStream, fstatSync, readlinkSync, realpathSync, statSync, unlinkSync, type WriteStream } from "node:fs";
import { chmod, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { absoluteTo, describeFsError } from "./inputs.js";

export interface Sink {
  /**
   * Writes a chunk, or several in one go; resolves at once, or once the
   * stream has drained when it asks to wait. `written` is called once the
   * bytes are out of the chunks (in the kernel's hands), so that their
   * buffers can be filled again; a sink that cannot tell (a stream that may
   * keep the chunks, as a PassThrough does) never calls it.
   */
  write(chunk: string | Uint8Array | readonly Uint8Array[], written?: () => void): Promise<void>;
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

/**
 * Writes a chunk; when the stream asks to wait, the promise settles once that
 * chunk has been handed on (its write callback, which a stream also calls with
 * an error when it fails or is destroyed). No listener is added per write:
 * with worker threads, each worker's own standard output is piped into this
 * process's, and one more listener then set off Node's MaxListenersExceeded
 * warning, printed into the middle of the records on `2>&1`.
 */
function writeTo(stream: Writable, chunk: string | Uint8Array | readonly Uint8Array[], state: State, written?: () => void): Promise<void> {
  if (state.broken || stream.destroyed) {
    state.broken = true;
    return Promise.resolve();
  }
  // A write that fails calls back with the error; 'error' then marks the state.
  let flushed = (): void => {};
  const waited = new Promise<void>((resolve) => (flushed = resolve));
  const done = (error?: Error | null): void => {
    if (!error) written?.();
    flushed();
  };
  if (!Array.isArray(chunk)) {
    if (stream.write(chunk, done)) return Promise.resolve();
    return waited;
  }
  // Several chunks: one system call (writev) where the stream can. Writes
  // complete in order, so the last one's callback covers them all.
  const pieces = chunk as readonly Uint8Array[];
  if (pieces.length === 0) {
    written?.();
    return Promise.resolve();
  }
  stream.cork();
  let ready = true;
  for (let k = 0; k < pieces.length; k++) ready = stream.write(pieces[k], k === pieces.length - 1 ? done : undefined);
  stream.uncork();
  return ready ? Promise.resolve() : waited;
}

/**
 * True when a stream is done with a chunk once it calls back: it writes to a
 * descriptor (a file, a pipe, a terminal), where the bytes are copied out.
 * Any other stream may keep the chunk (a PassThrough passes it on as it is).
 */
function writesToDescriptor(stream: Writable): boolean {
  return typeof (stream as Writable & { fd?: unknown }).fd === "number";
}

/** Standard output; an EPIPE (the reader went away) ends output quietly. */
export function streamSink(stream: Writable): Sink {
  const state: State = { broken: false, failure: null };
  watch(stream, state);
  return {
    write: (chunk, written) => writeTo(stream, chunk, state, writesToDescriptor(stream) ? written : undefined),
    close: async () => {
      if (state.failure) throw state.failure;
    },
    get broken() {
      return state.broken;
    },
  };
}

/** Ends a stream that is not destroyed yet; settles once it is finished or has failed (the failure is in the sink's state). */
function end(stream: WriteStream): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    stream.once("error", () => resolve());
    stream.end(() => resolve());
  });
}

/**
 * A sink written in place: a pipe, a device or an open descriptor, where a
 * temporary file and a rename would replace the pipe or device by a regular
 * file. Opened for appending: through `/dev/stdout` onto a file the shell has
 * opened (`>` or `>>`), the records go after what is already there. Given a
 * descriptor (`fd`), it is written to as it is, never closed.
 */
function directSink(path: string, fd?: number): Sink {
  const stream: WriteStream = fd === undefined ? createWriteStream(path, { flags: "a" }) : createWriteStream("", { fd, autoClose: false });
  const state: State = { broken: false, failure: null };
  // As on standard output, a reader that goes away (a FIFO's, `>(head -1)`) ends the output quietly.
  watch(stream, state);
  return {
    write: (chunk, written) => writeTo(stream, chunk, state, written),
    close: async () => {
      await end(stream);
      if (state.failure) throw state.failure;
    },
    get broken() {
      return state.broken;
    },
  };
}

/**
 * A descriptor link: `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N` (bash's
 * `>(…)`, `-o /dev/stdout`). Other paths under /dev (a regular file in
 * /dev/shm) are judged by what they are.
 */
const DESCRIPTOR_LINK = /^\/(?:dev\/(?:fd\/(\d+)$|std(in|out|err)$|fd\/)|proc\/([^/]+)\/fd\/(\d+)?)/;
const STANDARD: Record<string, number> = { in: 0, out: 1, err: 2 };
/** Links followed at most (the kernel's own limit). */
const MAX_LINKS = 40;

/** What a path is, as `-o` writes it. */
type OutputTarget =
  /** A regular file, or a path not there yet: written whole through a temporary file. */
  | { kind: "replace" }
  /** Anything else: written to in place; `fd` when it names one of this process's descriptors. */
  | { kind: "direct"; fd: number | null };

/** This process's descriptor that a descriptor link names, or null (another process's, or none). */
function descriptorOf(match: RegExpExecArray): number | null {
  const [, devFd, standard, proc, procFd] = match;
  if (devFd !== undefined) return Number(devFd);
  if (standard !== undefined) return STANDARD[standard] ?? null;
  const own = proc === "self" || proc === "thread-self" || proc === String(process.pid);
  return own && procFd !== undefined ? Number(procFd) : null;
}

/** The descriptor link that `path`, or a symbolic link on the way to its file, is; null when none is. */
function reachedDescriptor(path: string): RegExpExecArray | null {
  let current = path;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    let match = DESCRIPTOR_LINK.exec(current);
    if (match !== null) return match;
    try {
      // The folder through its own links: `/tmp/d/1` where /tmp/d -> /proc/self/fd.
      current = join(realpathSync(dirname(current)), basename(current));
      match = DESCRIPTOR_LINK.exec(current);
      if (match !== null) return match;
      current = resolve(dirname(current), readlinkSync(current));
    } catch {
      // Not a link (EINVAL), or not there: the end of the chain.
      return null;
    }
  }
  return null;
}

/**
 * How `-o path` is written: replaced (a temporary file renamed over it) when
 * it is a regular file or not there yet; in place when it is anything else —
 * a FIFO, a device, a socket, a descriptor link. A folder is refused at once,
 * before any input is read.
 */
function outputTarget(path: string): OutputTarget {
  const link = reachedDescriptor(path);
  if (link !== null) return { kind: "direct", fd: descriptorOf(link) };
  let info;
  try {
    info = statSync(path);
  } catch {
    // Not there yet (or a dangling link): made by the rename.
    return { kind: "replace" };
  }
  if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  return info.isFile() ? { kind: "replace" } : { kind: "direct", fd: null };
}

/**
 * The sink for a path written in place. This process's standard output
 * (`-o /dev/stdout`) is the stream already open on it. A socket cannot be
 * opened again by its /proc path (ENXIO: a Node parent's pipes are sockets),
 * so one of this process's descriptors that is a socket is written to as it
 * is; anything else is opened by its path, as the shell would.
 */
function inPlace(path: string, fd: number | null, stdout: Writable): Sink {
  if (fd === 1) return streamSink(stdout);
  if (fd !== null && fstatSync(fd).isSocket()) return directSink(path, fd);
  return directSink(path);
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
    write: (chunk, written) => writeTo(stream, chunk, state, written),
    close: async (ok) => {
      try {
        await end(stream);
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
 * Standard output, or `output` (relative to the working directory): a file
 * written whole on success, a pipe or device written to as records come.
 * Null, with the error reported, when it cannot be opened.
 */
export function openOutput(output: string | undefined, { io, reporter }: OutputContext): Sink | null {
  try {
    if (output === undefined) return streamSink(io.stdout);
    const path = absoluteTo(output, io.cwd);
    const target = outputTarget(path);
    return target.kind === "direct" ? inPlace(path, target.fd, io.stdout) : fileSink(path);
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
