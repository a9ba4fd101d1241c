/**
 * Decode: bytes → text.
 *
 * - UTF-8, with or without BOM;
 * - UTF-16 LE/BE with a BOM, and without one when the bytes say so plainly
 *   (the zero high bytes of ASCII all on one side, or text that reads as
 *   CJK in one byte order only);
 * - GB18030 (a superset of GBK and GB2312) when the bytes are not UTF-8;
 * - any of them forced by `encoding`.
 *
 * A file that is mostly valid keeps its encoding: each invalid sequence
 * becomes U+FFFD and the file gets one warning with the byte offset of the
 * first. A file with NUL bytes (that is not UTF-16), or mostly control bytes,
 * is refused as binary rather than turned into mojibake. Line endings CRLF and
 * CR become LF. Never throws.
 */
import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "../diagnostics.js";

export type Encoding = "auto" | "utf8" | "utf16le" | "utf16be" | "gb18030";

export interface DecodeOptions {
  /** `auto` (default) detects; any other value forces that encoding. */
  encoding?: Encoding;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: Exclude<Encoding, "auto">; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[] };

/** How many leading bytes the control-byte and UTF-16 guesses look at. */
const SAMPLE = 64 * 1024;

/** Counts of a scan for invalid sequences: the first one's byte offset (-1 if none). */
export interface Scan {
  firstInvalid: number;
  invalid: number;
  /** Well-formed multi-byte sequences: evidence for the encoding. */
  validMultibyte: number;
}

/** The scan of bytes without an invalid sequence (as far as decoding cares: `validMultibyte` is only read when some are invalid). */
const VALID: Readonly<Scan> = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };

function isControl(b: number): boolean {
  // Tab, LF, FF, CR and ESC occur in real text dumps; the rest do not.
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

/** True when the bytes look like a binary file: a NUL byte anywhere, or >10% control bytes in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) control++;
  return n > 0 && control / n > 0.1;
}

/** One pass over the bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Scan {
  const scan: Scan = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    // The second byte's range rules out overlongs, surrogates and > U+10FFFF (as the WHATWG decoder does).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    if (need > 0) {
      for (; k <= need; k++) {
        const c = bytes[i + k];
        if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
      }
    }
    if (need > 0 && k > need) {
      scan.validMultibyte++;
      i += need + 1;
      continue;
    }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    // Like the decoder: a bad lead costs one byte, a cut-off sequence the bytes read so far.
    i += Math.max(1, k);
  }
  return scan;
}

/** One pass over the bytes as GB18030 (one, two or four bytes per character). */
export function scanGb18030(bytes: Uint8Array): Scan {
  const scan: Scan = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };
  const n = bytes.length;
  let i = 0;
  const bad = () => {
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    i++;
  };
  while (i < n) {
    const b = bytes[i]!;
    // 0x80 decodes to € in the WHATWG gb18030 decoder.
    if (b <= 0x80) {
      i++;
      continue;
    }
    if (b === 0xff) {
      bad();
      continue;
    }
    const c = bytes[i + 1];
    if (c !== undefined && ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe))) {
      scan.validMultibyte++;
      i += 2;
      continue;
    }
    const d = bytes[i + 2];
    const e = bytes[i + 3];
    if (c !== undefined && c >= 0x30 && c <= 0x39 && d !== undefined && d >= 0x81 && d <= 0xfe && e !== undefined && e >= 0x30 && e <= 0x39) {
      scan.validMultibyte++;
      i += 4;
      continue;
    }
    bad();
  }
  return scan;
}

/** Unpaired surrogates and a cut-off last byte of UTF-16 bytes (BOM included or not). */
function scanUtf16(bytes: Uint8Array, bigEndian: boolean): Scan {
  const scan: Scan = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };
  const unit = (i: number) => (bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
  const bad = (at: number) => {
    if (scan.firstInvalid < 0) scan.firstInvalid = at;
    scan.invalid++;
  };
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 2 < even) {
      const next = unit(i + 2);
      if (next >= 0xdc00 && next <= 0xdfff) {
        scan.validMultibyte++;
        i += 2;
        continue;
      }
    }
    bad(i);
  }
  if (bytes.length % 2 === 1) bad(bytes.length - 1);
  return scan;
}

/**
 * Which UTF-16 byte order, if any, bytes without a BOM are in. ASCII in
 * UTF-16 has a zero high byte: zeros mostly on one side, in text that reads
 * as CJK, ASCII and punctuation in that byte order, say which. Otherwise
 * (pure CJK has few zeros or none) the bytes are UTF-16 when nearly every
 * code unit is CJK or common punctuation in one byte order only (ASCII reads
 * as CJK in both orders, UTF-8 and GBK in neither).
 */
function guessUtf16(bytes: Uint8Array): "utf16le" | "utf16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 && b === 0) return null; // U+0000: not text in either order
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
  }
  const zeroes = Math.max(zeroEven, zeroOdd);
  // CJK has zero low bytes too (一 is U+4E00), far fewer than ASCII's zero high bytes.
  if (zeroes >= 2 && zeroes >= n / 200 && Math.min(zeroEven, zeroOdd) <= zeroes / 4) {
    const order = zeroOdd > zeroEven ? "utf16le" : "utf16be";
    if (textLike(bytes, n, order === "utf16be") >= 0.9) return order;
  }
  const le = textLike(bytes, n, false);
  const be = textLike(bytes, n, true);
  if (le >= 0.95 && be < 0.6) return "utf16le";
  if (be >= 0.95 && le < 0.6) return "utf16be";
  return null;
}

/**
 * Share of the first `n` bytes' UTF-16 code units that are likely in a
 * Chinese newspaper: ASCII text, general and CJK punctuation, CJK ideographs,
 * full-width forms. Read in the wrong order, CJK text scores about a third:
 * its low bytes are spread over all values.
 */
function textLike(bytes: Uint8Array, n: number, bigEndian: boolean): number {
  let good = 0;
  for (let i = 0; i < n; i += 2) {
    const hi = bigEndian ? bytes[i]! : bytes[i + 1]!;
    const lo = bigEndian ? bytes[i + 1]! : bytes[i]!;
    if (
      (hi === 0 && (lo === 0x09 || lo === 0x0a || lo === 0x0d || (lo >= 0x20 && lo <= 0x7e) || lo >= 0xa0)) ||
      hi === 0x20 || // general punctuation: — “ ” …
      hi === 0x30 || // CJK punctuation: 、。《》「」
      (hi >= 0x4e && hi <= 0x9f) || // CJK unified ideographs
      hi === 0xfe || // CJK compatibility forms
      hi === 0xff // full-width forms: ，：（）１２
    ) {
      good++;
    }
  }
  return good / (n / 2);
}

/** CRLF and lone CR → LF. */
export function normaliseLineEndings(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

const LABELS: Record<Exclude<Encoding, "auto">, string> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb18030: "gb18030",
};
const NAMES: Record<Exclude<Encoding, "auto">, string> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  gb18030: "GB18030",
};

function decoded(bytes: Uint8Array, encoding: Exclude<Encoding, "auto">, scan: Scan | null, diagnostics: Diagnostic[]): DecodeResult {
  // The decoders replace each invalid sequence by U+FFFD; `ignoreBOM: false` drops a leading BOM.
  const text = new TextDecoder(LABELS[encoding], { fatal: false, ignoreBOM: false }).decode(bytes);
  if (scan !== null && scan.invalid > 0) diagnostics.push(invalidBytes(bytes, encoding, scan));
  return { ok: true, text: normaliseLineEndings(text), encoding, diagnostics };
}

function scanFor(bytes: Uint8Array, encoding: Exclude<Encoding, "auto">): Scan {
  switch (encoding) {
    case "utf8":
      return scanUtf8(bytes);
    case "gb18030":
      return scanGb18030(bytes);
    case "utf16le":
      return scanUtf16(bytes, false);
    case "utf16be":
      return scanUtf16(bytes, true);
  }
}

/** Which encoding bytes are in, or why they are not text; `scan` counts the invalid sequences, when any were looked for. */
export type Detection =
  | { ok: true; encoding: Exclude<Encoding, "auto">; scan: Scan | null; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[] };

/**
 * Chooses the encoding of bytes as `decode` does, without decoding them (a
 * stream chooses on a sample from its start, then decodes as it goes).
 */
export function detectEncoding(bytes: Uint8Array, options: DecodeOptions = {}): Detection {
  const diagnostics: Diagnostic[] = [];
  const chosen = (encoding: Exclude<Encoding, "auto">, scan: Scan | null): Detection => ({ ok: true, encoding, scan, diagnostics });
  const forced = options.encoding ?? "auto";
  if (forced !== "auto") return chosen(forced, scanFor(bytes, forced));

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return chosen("utf16le", scanUtf16(bytes, false));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return chosen("utf16be", scanUtf16(bytes, true));

  // UTF-16 without BOM first: its zero bytes and control-range low bytes would read as binary.
  const hasNul = bytes.indexOf(0) >= 0;
  // Valid UTF-8, the common case, is confirmed natively; the scan that counts what is wrong runs only when something is.
  const utf8 = isUtf8(bytes) ? VALID : scanUtf8(bytes);
  if (hasNul || utf8.invalid > 0) {
    const order = guessUtf16(bytes);
    if (order !== null) {
      diagnostics.push({ level: "info", code: "utf16-without-bom", message: `no byte order mark: read as ${NAMES[order]}` });
      return chosen(order, scanFor(bytes, order));
    }
  }
  if (hasNul || looksBinary(bytes)) {
    return { ok: false, reason: "binary", message: "binary file (NUL or control bytes), skipped", diagnostics };
  }
  if (utf8.invalid === 0) return chosen("utf8", null);
  // Mostly valid UTF-8 (a stray byte, a file cut mid-character) stays UTF-8.
  // GBK text makes valid UTF-8 only by accident, about one character in ten.
  if (utf8.invalid * 10 <= utf8.validMultibyte) return chosen("utf8", utf8);
  const gb = scanGb18030(bytes);
  if (gb.invalid === 0) return chosen("gb18030", null);
  const best = gb.invalid < utf8.invalid ? { encoding: "gb18030" as const, scan: gb } : { encoding: "utf8" as const, scan: utf8 };
  const chars = best.scan.validMultibyte + best.scan.invalid + 1;
  if (best.scan.invalid > 16 && best.scan.invalid > chars / 4) {
    return {
      ok: false,
      reason: "undecodable",
      message: `neither UTF-8 nor GB18030 text (${utf8.invalid} invalid UTF-8 sequences, the first at byte ${utf8.firstInvalid}), skipped`,
      diagnostics,
    };
  }
  return chosen(best.encoding, best.scan);
}

/** Decodes bytes to text with LF line endings. Never throws. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const found = detectEncoding(bytes, options);
  if (!found.ok) return found;
  return decoded(bytes, found.encoding, found.scan, found.diagnostics);
}

function invalidBytes(bytes: Uint8Array, encoding: Exclude<Encoding, "auto">, scan: Scan): Diagnostic {
  const more = scan.invalid > 1 ? ` (${scan.invalid} in all)` : "";
  const what =
    (encoding === "utf16le" || encoding === "utf16be") && scan.invalid === 1 && scan.firstInvalid === bytes.length - 1 && bytes.length % 2 === 1
      ? `${NAMES[encoding]} text cut off: odd last byte at byte ${scan.firstInvalid}`
      : `invalid ${NAMES[encoding]} byte sequence at byte ${scan.firstInvalid}${more}`;
  return {
    level: "warning",
    code: "invalid-bytes",
    message: `${what}, replaced by U+FFFD`,
    byteOffset: scan.firstInvalid,
  };
}
