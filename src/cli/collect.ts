/**
 * A `Reporter` that also keeps what it was told, for commands that list the
 * diagnostics in their own output (`inspect` at the end of the page, `report`
 * in the HTML file).
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic, DiagnosticLevel } from "../diagnostics.js";
import { Reporter, type CliIO } from "./shared.js";

/** One problem, against the input it was found in. */
export interface CollectedDiagnostic {
  path: string;
  level: DiagnosticLevel;
  /** Stable code of the diagnostic; `null` for input errors (a missing file). */
  code: string | null;
  message: string;
  /** 1-based line of the original document, when known. */
  line: number | null;
}

export class CollectingReporter extends Reporter {
  readonly collected: CollectedDiagnostic[] = [];
  private readonly forward: "all" | "errors";

  /**
   * `forward`: `"all"` also writes every problem on standard error as the
   * plain `Reporter` does; `"errors"` writes only errors there (the others
   * are shown by the command itself).
   */
  constructor(
    io: CliIO,
    chalk: ChalkInstance,
    options: { quiet: boolean; verbose: boolean; forward: "all" | "errors" },
  ) {
    super(io, chalk, options.quiet, options.verbose);
    this.forward = options.forward;
  }

  override error(path: string, message: string): void {
    this.collected.push({ path, level: "error", code: null, message, line: null });
    super.error(path, message);
  }

  override diagnostic(path: string, d: Diagnostic): void {
    const entry = { path, level: d.level, code: d.code, message: d.message, line: d.line ?? null };
    if (d.level === "error") {
      this.collected.push(entry);
      super.error(path, d.message);
      return;
    }
    this.collected.push(entry);
    if (this.forward === "all") super.diagnostic(path, d);
  }
}
