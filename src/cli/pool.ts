/**
 * Where extraction tasks run: in this thread, or in a pool of worker threads
 * (tinypool) once the job is big enough to pay for one.
 *
 * A pool costs about a tenth of a second per worker to start (each loads the
 * pipeline), which a single page would feel. So the pool is started only once
 * `jobs > 1` and the input seen or foreseen reaches `poolBytes`; until then
 * tasks run in-process, and the pipeline itself is loaded only when the first
 * task runs (not for `--help`, nor when every input fails to resolve).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import type Tinypool from "tinypool";
import type { Outcome, Task } from "./worker.js";

/**
 * The worker module, built beside this one (absent when running from `src/`
 * under a test runner). Run from the command's bundle, this module has the
 * worker's bundle beside it, made by the same build: a worker then starts
 * from one file instead of ~190.
 */
const WORKER = new URL(import.meta.url.endsWith(".bundle.js") ? "./worker.bundle.js" : "./worker.js", import.meta.url);

/**
 * Heap limits of a worker thread (MB): see `start`. A page of 128 Ki
 * characters needs a few tens of MB at most. Measured on a 1 GB input with
 * `--jobs 2`: 4 and 64 gave a peak RSS of 251–254 MB, 2 and 40 gave 233 MB in
 * the same time (a task that does not fit still runs again in the main thread).
 */
const WORKER_YOUNG_MB = 2;
const WORKER_OLD_MB = 40;
/**
 * V8 settings for a long input only (`LONG_RUN_BYTES`), set as the pool
 * starts (a process that gets this far is the command's own: the library
 * never starts a pool). A long run's peak memory matters more than its
 * warm-up; a short one keeps V8's defaults.
 *
 * - `--no-concurrent-recompilation`: each isolate reads it once, when it is
 *   made, so the workers made after it compile hot functions on their own
 *   thread instead of handing them to V8's shared background threads, each
 *   of which keeps a malloc arena of freed compiler memory (two workers, 20
 *   pages each: 230 → 211 MB). It slows the warm-up (2 000 small files:
 *   2.2 → 2.45 s).
 * - `--heap-growing-percent=10`: read at every full collection, by every
 *   isolate. After one, V8 lets a heap grow by a factor of up to 4 before the
 *   next; this thread's heap, which holds little but the text being cut into
 *   pages (each flattening a new large string), swung between 25 and 55 MB
 *   of mostly garbage. Growing by a tenth (or V8's minimum step) holds it
 *   near its live size; the workers' heaps are capped anyway (`WORKER_OLD_MB`).
 *   300 MB with `--jobs 2`, quiet machine, alternating: 244–246 MB without,
 *   220–223 MB with, CPU time no higher (35–39 s against 40 s); 1 GB, a
 *   loaded machine: 229–249 MB without, 229–233 MB with.
 *
 * Not set: `--semi-space-growth-factor=1`, to keep this thread's young
 * generation small. V8 puts that flag back to 2 whenever it configures a new
 * isolate's heap, so set before the pool it was undone as the workers
 * started; set again after each task a worker returns, it held this
 * thread's young generation at 8 MB instead of 32 MB but did not lower the
 * peak (300 MB, three runs each, alternating: 240–242 MB against 227–251 MB).
 */
const LONG_RUN_V8_FLAGS = ["--no-concurrent-recompilation", "--heap-growing-percent=10"];
/** Input known in advance from which a run is long: its peak memory matters more than its warm-up. */
const LONG_RUN_BYTES = 256 << 20;
/** Inputs read ahead when everything runs in this thread. */
const READ_AHEAD = 8;

/** True when worker threads can be used: the compiled worker module is there. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith(".js") && existsSync(fileURLToPath(WORKER));
}

/** Runs tasks; `parallel` tells whether results may come back out of order (the caller orders them). */
export class Executor {
  private pool: Tinypool | null = null;
  private starting: Promise<Tinypool> | null = null;
  private local: Promise<typeof import("./worker.js")> | null = null;
  private seen = 0;

  /**
   * @param jobs worker threads at most; 1 runs everything in this thread
   * @param poolBytes input size from which a pool is worth its start-up
   * @param expectedBytes input size known in advance (file sizes looked ahead)
   */
  constructor(
    private readonly jobs: number,
    private readonly poolBytes: number,
    expectedBytes = 0,
  ) {
    this.seen = expectedBytes;
  }

  /** True once tasks go to worker threads. */
  get parallel(): boolean {
    return this.starting !== null;
  }

  /**
   * Tasks worth keeping in flight: enough to keep every worker busy while
   * results wait their turn. In this thread too a few are: their files are
   * read while the one before is extracted (with one at a time, many small
   * files left the thread idle more than half the time, waiting on reads).
   */
  get window(): number {
    return this.parallel ? 2 * this.jobs : READ_AHEAD;
  }

  /** Runs a task of about `size` input bytes; never rejects. */
  run(task: Task, size: number): Promise<Outcome> {
    this.seen += size;
    if (this.starting === null && this.jobs > 1 && this.seen >= this.poolBytes && workersAvailable()) {
      this.starting = this.start();
    }
    if (this.starting !== null) {
      const starting = this.starting;
      return (async () => {
        try {
          const pool = await starting;
          // Standard input's bytes are copied, not moved: they are needed again if the worker dies.
          return (await pool.run(task, task.spare === undefined ? {} : { transferList: [task.spare] })) as Outcome;
        } catch {
          // The worker died, out of memory for this task: run it here, without the worker's limits
          // (and without the spare, which went to the worker).
          return this.runHere({ ...task, spare: undefined });
        }
      })();
    }
    return this.runHere(task);
  }

  private runHere(task: Task): Promise<Outcome> {
    this.local ??= import("./worker.js");
    return this.local.then((worker) => worker.runTask(task));
  }

  private async start(): Promise<Tinypool> {
    const { Tinypool } = await import("tinypool");
    // Set before the pool makes its workers: the first is read as each isolate is made.
    if (this.seen >= LONG_RUN_BYTES) for (const flag of LONG_RUN_V8_FLAGS) setFlagsFromString(flag);
    this.pool = new Tinypool({
      filename: WORKER.href,
      minThreads: this.jobs,
      maxThreads: this.jobs,
      // Small heaps: a page needs a few tens of MB; V8 would otherwise let each
      // worker's heap grow far past that before collecting. A task that does
      // not fit (one huge JSON line) kills its worker and is run again here.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
    });
    return this.pool;
  }

  /** Stops the workers; `cancel` drops tasks not yet started (the reader went away). */
  async close(cancel = false): Promise<void> {
    if (this.starting === null) return;
    const pool = await this.starting.catch(() => null);
    if (pool === null) return;
    if (cancel) pool.cancelPendingTasks();
    await pool.destroy();
  }
}
