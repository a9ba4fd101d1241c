/**
 * Problems the core reports instead of printing: returned beside the records,
 * never written to a console by the library.
 */
export type DiagnosticLevel = "error" | "warning" | "info";

export interface Diagnostic {
  level: DiagnosticLevel;
  /** Stable machine-readable code, kebab-case (`invalid-bytes`, `uncertain-subhead`). */
  code: string;
  message: string;
  /** 1-based line of the original document the diagnostic is about, when it is about one. */
  line?: number;
  /** Byte offset in the input, for decoding problems. */
  byteOffset?: number;
}
