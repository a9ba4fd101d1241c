/**
 * zhnews: Chinese newspaper text → structured article and page records.
 *
 * The library core takes text (or bytes) and returns records and diagnostics;
 * it reads no files and writes nothing.
 */
export {
  extract,
  extractPage,
  extractStream,
  type ExtractOptions,
  type ExtractResult,
  type PageOptions,
  type PageResult,
  type StreamOptions,
} from "./extract.js";
export * from "./schema.js";
export type { Diagnostic, DiagnosticLevel } from "./diagnostics.js";
export { decode, type DecodeOptions, type DecodeResult, type Encoding } from "./decode/decode.js";
export { normalise, normaliseString, type NormalisedText } from "./normalise/normalise.js";
export { parseFigures, parseChineseNumber, type FigureOptions } from "./recognise/figures/index.js";
export { parseByline, parseDateline } from "./recognise/credits/index.js";
export type { InputFormat } from "./input/formats.js";
