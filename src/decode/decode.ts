/**
 * Decode: bytes → text.
 *
 * UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030 when the
 * bytes are not valid UTF-8. Line endings CRLF and CR become LF. Binary input
 * (NUL bytes, or mostly control bytes) is refused rather than turned into
 * mojibake.
 */
import type { Diagnostic } from "../diagnostics.js";

export type Encoding = "auto" | "utf8" | "utf16le" | "utf16be" | "gb18030";

export interface DecodeOptions {
  /** `auto` (default) detects; any other value forces that encoding. */
  encoding?: Encoding;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: Exclude<Encoding, "auto">; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[] };

const SAMPLE = 64 * 1024;

/** True when the bytes look like a binary file rather than text in any of our encodings. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countInvalidUtf8(bytes: Uint8Array, limit: number): number {
  let count = 0;
  let offset = 0;
  while (count < limit) {
    const at = firstInvalidUtf8(bytes.subarray(offset));
    if (at < 0) break;
    count++;
    offset += at + 1;
  }
  return count;
}

/** CRLF and lone CR → LF. */
export function normaliseLineEndings(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

function decodeWith(bytes: Uint8Array, label: string, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Decodes bytes to text with LF line endings. Never throws. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const diagnostics: Diagnostic[] = [];
  const forced = options.encoding ?? "auto";
  const bomLE = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBE = bytes[0] === 0xfe && bytes[1] === 0xff;
  const bom8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

  if (forced === "utf16le" || (forced === "auto" && bomLE)) {
    return { ok: true, text: normaliseLineEndings(decodeWith(bytes, "utf-16le", false)), encoding: "utf16le", diagnostics };
  }
  if (forced === "utf16be" || (forced === "auto" && bomBE)) {
    return { ok: true, text: normaliseLineEndings(decodeWith(bytes, "utf-16be", false)), encoding: "utf16be", diagnostics };
  }
  if (forced === "auto" && !bom8 && looksBinary(bytes)) {
    return { ok: false, reason: "binary", message: "binary file (NUL or control bytes), skipped", diagnostics };
  }
  if (forced === "gb18030") {
    return { ok: true, text: normaliseLineEndings(decodeWith(bytes, "gb18030", false)), encoding: "gb18030", diagnostics };
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt < 0 || forced === "utf8") {
    if (invalidAt >= 0) diagnostics.push(invalidBytes(invalidAt, countInvalidUtf8(bytes, 1000), "UTF-8"));
    return { ok: true, text: normaliseLineEndings(decodeWith(bytes, "utf-8", false)), encoding: "utf8", diagnostics };
  }
  // Not valid UTF-8. A file that is mostly valid UTF-8 with a few bad bytes
  // (cut off mid-character, a stray byte) stays UTF-8; otherwise try GB18030.
  const invalidCount = countInvalidUtf8(bytes, 1000);
  const multibyte = countMultibyteLeads(bytes);
  if (invalidCount <= Math.max(2, multibyte / 50)) {
    diagnostics.push(invalidBytes(invalidAt, invalidCount, "UTF-8"));
    return { ok: true, text: normaliseLineEndings(decodeWith(bytes, "utf-8", false)), encoding: "utf8", diagnostics };
  }
  try {
    const text = decodeWith(bytes, "gb18030", true);
    return { ok: true, text: normaliseLineEndings(text), encoding: "gb18030", diagnostics };
  } catch {
    const text = decodeWith(bytes, "gb18030", false);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > text.length / 10) {
      return { ok: false, reason: "undecodable", message: "neither UTF-8 nor GB18030 text", diagnostics };
    }
    diagnostics.push({ level: "warning", code: "invalid-bytes", message: `${bad} invalid GB18030 sequence(s) replaced by U+FFFD` });
    return { ok: true, text: normaliseLineEndings(text), encoding: "gb18030", diagnostics };
  }
}

function countMultibyteLeads(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2) n++;
  return n;
}

function invalidBytes(offset: number, count: number, encoding: string): Diagnostic {
  const more = count > 1 ? ` (${count >= 1000 ? "1000+" : count} in all)` : "";
  return {
    level: "warning",
    code: "invalid-bytes",
    message: `invalid ${encoding} byte sequence at byte ${offset}${more}, replaced by U+FFFD`,
    byteOffset: offset,
  };
}
