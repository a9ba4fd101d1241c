/**
 * Decode: bytes → text.
 *
 * - UTF-8, with or without BOM;
 * - UTF-16 LE/BE with a BOM, and without one when the bytes say so plainly
 *   (the zero high bytes of ASCII all on one side, or text that reads as
 *   CJK in one byte order only);
 * - GB18030 (a superset of GBK and GB2312) or Big5 when the bytes are not
 *   UTF-8: both read almost any such bytes without error, so the one whose
 *   reading of a sample is made of common Chinese characters wins (see
 *   `chooseLegacy`);
 * - any of them forced by `encoding`.
 *
 * Big5 is read as Big5-HKSCS: the Hong Kong characters that the decoder
 * gives as private-use code points are mapped to theirs (`hkscs.ts`); any
 * left are reported.
 *
 * A file that is mostly valid keeps its encoding: each invalid sequence
 * becomes U+FFFD and the file gets one warning with the byte offset of the
 * first. Binary is judged by the share of control bytes in each 4 KiB window
 * of the file (`WINDOW`): a file with a window over 5% control bytes is
 * refused rather than turned into mojibake; a few stray control bytes (a NUL
 * in a text file) are dropped with one warning. Line endings CRLF and CR
 * become LF. Never throws.
 */
import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "../diagnostics.js";
import { commonCounts, commonShare, shareOf } from "./common-chars.js";
import { fromPrivateUse, privateUseWarning, type HkscsCount } from "./hkscs.js";

export type Encoding = "auto" | "utf8" | "utf16le" | "utf16be" | "gb18030" | "big5";

export interface DecodeOptions {
  /** `auto` (default) detects; any other value forces that encoding. */
  encoding?: Encoding;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: Exclude<Encoding, "auto">; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[] };

/** How many leading bytes the UTF-16 and GB18030/Big5 guesses look at. */
const SAMPLE = 64 * 1024;
/** Bytes per window in which the share of control bytes is judged (aligned to file offsets): small, so that little binary is read as text before a window tells. */
export const WINDOW = 4 * 1024;
/** A window with more than this share of control bytes is binary: text has next to none. */
const BINARY_SHARE = 0.05;

/** Counts of a scan for invalid sequences: the first one's byte offset (-1 if none). */
export interface Scan {
  firstInvalid: number;
  invalid: number;
  /** Well-formed multi-byte sequences: evidence for the encoding. */
  validMultibyte: number;
}

/** The scan of bytes without an invalid sequence (as far as decoding cares: `validMultibyte` is only read when some are invalid). */
const VALID: Readonly<Scan> = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };

// One entry per byte value (or UTF-16 code unit below 0x20): 1 for a control
// character that text does not hold. Tab, LF, VT (Word's manual line break),
// FF, CR and ESC occur in real text dumps; the rest do not.
const CONTROL = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) CONTROL[b] = b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1b ? 0 : 1;

/** The control characters `CONTROL` marks, as decoded text holds them (dropped when stray). */
export const CONTROL_CHARS = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

/** Control bytes (or UTF-16 code units) in a stretch of bytes; `first` is the offset of the first in it, -1 if none. */
export interface Controls {
  count: number;
  first: number;
}

/**
 * Counts the control characters in `bytes[from, to)`, read one byte at a
 * time (UTF-8, GB18030, Big5: a byte below 0x20 is always that character
 * there) or one UTF-16 code unit at a time.
 */
export function countControls(bytes: Uint8Array, from: number, to: number, utf16: "le" | "be" | null = null): Controls {
  let count = 0;
  let first = -1;
  if (utf16 === null) return countControlBytes(bytes, from, to);
  // The high byte is the second in LE, the first in BE.
  const high = utf16 === "le" ? 1 : 0;
  for (let i = from + ((from & 1) === 0 ? 0 : 1); i + 1 < to; i += 2) {
    if (bytes[i + high] === 0 && CONTROL[bytes[i + 1 - high]!] === 1) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { count, first };
}

/**
 * `countControls` for byte-wise encodings, sixteen bytes at a time: four words
 * with no byte below 0x20 (most of them: text has a line break every hundred
 * bytes or so) are passed over with one test, `(w - 0x20202020) & ~w &
 * 0x80808080` of each OR-ed together (non-zero when some byte is below 0x20:
 * a borrow starts only at such a byte, so the test is exact).
 */
function countControlBytes(bytes: Uint8Array, from: number, to: number): Controls {
  const found: Controls = { count: 0, first: -1 };
  // Words must be aligned in the underlying buffer.
  let i = from;
  while (i < to && ((bytes.byteOffset + i) & 3) !== 0) i++;
  countControlsIn(bytes, from, i, found);
  const words = (to - i) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    let k = 0;
    for (; k + 4 <= words; k += 4) {
      const a = view[k]!;
      const b = view[k + 1]!;
      const c = view[k + 2]!;
      const d = view[k + 3]!;
      if ((((a - 0x20202020) & ~a) | ((b - 0x20202020) & ~b) | ((c - 0x20202020) & ~c) | ((d - 0x20202020) & ~d)) & 0x80808080) {
        countControlsIn(bytes, i + 4 * k, i + 4 * k + 16, found);
      }
    }
    for (; k < words; k++) {
      const w = view[k]!;
      if (((w - 0x20202020) & ~w & 0x80808080) !== 0) countControlsIn(bytes, i + 4 * k, i + 4 * k + 4, found);
    }
    i += words * 4;
  }
  countControlsIn(bytes, i, to, found);
  return found;
}

/** Adds the control bytes of `bytes[from, to)` to `found`, one byte at a time. */
function countControlsIn(bytes: Uint8Array, from: number, to: number, found: Controls): void {
  for (let i = from; i < to; i++) {
    if (CONTROL[bytes[i]!] === 1) {
      found.count++;
      if (found.first < 0) found.first = i;
    }
  }
}

/** True when a window of `length` bytes with `controls` control characters is binary. */
export function isBinaryWindow(controls: number, length: number): boolean {
  return length > 0 && controls > length * BINARY_SHARE;
}

/** What a scan of all windows found: the offset of the first binary window (-1 if none), and the stray control characters. */
export interface ControlScan {
  binaryAt: number;
  stray: Controls;
  /** The whole windows from byte 0 that were judged text (all of them, when no window is binary). */
  whole: WholeWindows;
}

/**
 * Whole windows (`WINDOW` bytes each) from byte 0, judged text: a stream that
 * chose its encoding on these bytes need not count them again (each is judged
 * alone, wherever it stands).
 */
export interface WholeWindows {
  /** Bytes they cover: a multiple of `WINDOW`. */
  bytes: number;
  /** Their control characters (offsets from byte 0). */
  stray: Controls;
  /** The last one's control characters; null when there is none. */
  last: Controls | null;
}

/**
 * Where binary content starts, given that the window at byte `at` is binary:
 * at the line of the first control byte of the window before it (when that
 * one has any) or of this window, so that the junk's first bytes are not read
 * as text; never before the window before. The whole input, when the first
 * window is binary. Offsets are of the file; `bytes[0]` is byte `base`, and
 * holds the window before (when there is one).
 */
export function binaryStart(bytes: Uint8Array, base: number, at: number, previous: Controls | null, found: Controls, utf16: "le" | "be" | null): number {
  if (at === 0) return 0;
  if (utf16 !== null) return at;
  const first = previous !== null && previous.first >= at - WINDOW ? previous.first : found.first;
  const lf = bytes.lastIndexOf(0x0a, first - base);
  return lf >= 0 && lf + base >= at - WINDOW ? lf + base + 1 : at;
}

/**
 * Judges every `WINDOW` of the bytes. A last window shorter than half a window
 * is judged together with the one before it: a few stray bytes at the very end
 * of a file are not a binary window. Binary content starts where
 * `binaryStart` says.
 */
export function scanControls(bytes: Uint8Array, utf16: "le" | "be" | null = null): ControlScan {
  const stray: Controls = { count: 0, first: -1 };
  const whole: WholeWindows = { bytes: 0, stray: { count: 0, first: -1 }, last: null };
  let previous: Controls | null = null;
  for (let at = 0; at < bytes.length; at += WINDOW) {
    const end = Math.min(bytes.length, at + WINDOW);
    const window = countControls(bytes, at, end, utf16);
    const short = previous !== null && end - at < WINDOW / 2;
    if (short ? isBinaryWindow(previous!.count + window.count, WINDOW + end - at) : isBinaryWindow(window.count, end - at)) {
      return { binaryAt: binaryStart(bytes, 0, at, previous, window, utf16), stray, whole };
    }
    if (window.count > 0 && stray.first < 0) stray.first = window.first;
    stray.count += window.count;
    previous = window;
    if (end - at === WINDOW) {
      whole.bytes = end;
      whole.stray = { count: stray.count, first: stray.first };
      whole.last = window;
    }
  }
  return { binaryAt: -1, stray, whole };
}

/** True when some window of the bytes is binary (see `scanControls`). */
export function looksBinary(bytes: Uint8Array): boolean {
  return scanControls(bytes).binaryAt >= 0;
}

/** The message for input found binary at `offset`. */
export function binaryMessage(offset: number): string {
  return offset === 0 ? "binary file (NUL or control bytes), skipped" : `binary content from byte ${offset} (control bytes), skipped`;
}

/** The warning for stray control characters dropped from text. */
export function strayControls(stray: Controls): Diagnostic {
  const what = stray.count === 1 ? "a stray control byte" : `${stray.count} stray control bytes`;
  return {
    level: "warning",
    code: "control-bytes",
    message: `${what} (NUL or other) dropped, the first at byte ${stray.first}`,
    byteOffset: stray.first,
  };
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

/**
 * One pass over the bytes as Big5: a lead byte 0x81–0xFE, then a trail byte
 * 0x40–0x7E or 0xA1–0xFE. (The decoder also replaces pairs its table lacks;
 * those are not counted here.)
 */
export function scanBig5(bytes: Uint8Array): Scan {
  const scan: Scan = { firstInvalid: -1, invalid: 0, validMultibyte: 0 };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const c = bytes[i + 1];
    if (b !== 0x80 && b !== 0xff && c !== undefined && ((c >= 0x40 && c <= 0x7e) || (c >= 0xa1 && c <= 0xfe))) {
      scan.validMultibyte++;
      i += 2;
      continue;
    }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    i++;
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

/** The WHATWG label of each encoding, for `TextDecoder`. */
export const LABELS: Record<Exclude<Encoding, "auto">, string> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb18030: "gb18030",
  big5: "big5",
};
export const NAMES: Record<Exclude<Encoding, "auto">, string> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  gb18030: "GB18030",
  big5: "Big5",
};

function decoded(bytes: Uint8Array, encoding: Exclude<Encoding, "auto">, scan: Scan | null, stray: Controls, diagnostics: Diagnostic[]): DecodeResult {
  // The decoders replace each invalid sequence by U+FFFD; `ignoreBOM: false` drops a leading BOM.
  let text = new TextDecoder(LABELS[encoding], { fatal: false, ignoreBOM: false }).decode(bytes);
  if (scan !== null && scan.invalid > 0) diagnostics.push(invalidBytes(bytes, encoding, scan));
  if (stray.count > 0) {
    text = text.replace(CONTROL_CHARS, "");
    diagnostics.push(strayControls(stray));
  }
  if (encoding === "big5") {
    // HKSCS characters come out of the decoder as private-use code points.
    const count: HkscsCount = { mapped: 0, unmapped: 0 };
    text = fromPrivateUse(text, count);
    const warning = privateUseWarning(count);
    if (warning !== null) diagnostics.push(warning);
  }
  return { ok: true, text: normaliseLineEndings(text), encoding, diagnostics };
}

/** How UTF-16 bytes are read for control characters; null for the byte-wise encodings. */
export function unitOrder(encoding: Exclude<Encoding, "auto">): "le" | "be" | null {
  return encoding === "utf16le" ? "le" : encoding === "utf16be" ? "be" : null;
}

function scanFor(bytes: Uint8Array, encoding: Exclude<Encoding, "auto">): Scan {
  switch (encoding) {
    case "utf8":
      return scanUtf8(bytes);
    case "gb18030":
      return scanGb18030(bytes);
    case "big5":
      return scanBig5(bytes);
    case "utf16le":
      return scanUtf16(bytes, false);
    case "utf16be":
      return scanUtf16(bytes, true);
  }
}

/**
 * Which encoding bytes are in, or why they are not text; `scan` counts the
 * invalid sequences, when any were looked for; `binaryAt` is where binary
 * content starts.
 */
export type Detection =
  | { ok: true; encoding: Exclude<Encoding, "auto">; scan: Scan | null; stray: Controls; whole: WholeWindows; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[]; binaryAt?: number };

/**
 * Chooses the encoding of bytes as `decode` does, without decoding them (a
 * stream chooses on a sample from its start, then decodes as it goes), and
 * judges them binary or not (`scanControls`, on bytes or UTF-16 code units).
 */
export function detectEncoding(bytes: Uint8Array, options: DecodeOptions = {}): Detection {
  const diagnostics: Diagnostic[] = [];
  const found = chooseEncoding(bytes, options.encoding ?? "auto", diagnostics);
  if (!found.ok) return found;
  const controls = found.controls ?? scanControls(bytes, unitOrder(found.encoding));
  if (controls.binaryAt >= 0) return { ok: false, reason: "binary", message: binaryMessage(controls.binaryAt), diagnostics, binaryAt: controls.binaryAt };
  return { ok: true, encoding: found.encoding, scan: found.scan, stray: controls.stray, whole: controls.whole, diagnostics };
}

type Choice =
  | { ok: true; encoding: Exclude<Encoding, "auto">; scan: Scan | null; controls?: ControlScan }
  | { ok: false; reason: "binary" | "undecodable"; message: string; diagnostics: Diagnostic[]; binaryAt?: number };

function chooseEncoding(bytes: Uint8Array, forced: Encoding, diagnostics: Diagnostic[]): Choice {
  const chosen = (encoding: Exclude<Encoding, "auto">, scan: Scan | null, controls?: ControlScan): Choice =>
    controls === undefined ? { ok: true, encoding, scan } : { ok: true, encoding, scan, controls };
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
  // Binary before the legacy encodings: they read almost any bytes.
  const controls = scanControls(bytes);
  if (controls.binaryAt >= 0) return { ok: false, reason: "binary", message: binaryMessage(controls.binaryAt), diagnostics, binaryAt: controls.binaryAt };
  if (utf8.invalid === 0) return chosen("utf8", null, controls);
  // Mostly valid UTF-8 (a stray byte, a file cut mid-character) stays UTF-8.
  // GBK text makes valid UTF-8 only by accident, about one character in ten.
  if (utf8.invalid * 10 <= utf8.validMultibyte) return chosen("utf8", utf8, controls);
  const legacy = chooseLegacy(bytes, diagnostics);
  if (legacy.scan.invalid === 0) return chosen(legacy.encoding, null, controls);
  const best = legacy.scan.invalid < utf8.invalid ? legacy : { encoding: "utf8" as const, scan: utf8 };
  const chars = best.scan.validMultibyte + best.scan.invalid + 1;
  if (best.scan.invalid > 16 && best.scan.invalid > chars / 4) {
    return {
      ok: false,
      reason: "undecodable",
      message: `neither UTF-8 nor GB18030 nor Big5 text (${utf8.invalid} invalid UTF-8 sequences, the first at byte ${utf8.firstInvalid}), skipped`,
      diagnostics,
    };
  }
  return chosen(best.encoding, best.scan, controls);
}

/** A sample's reading is clearly better than another's when its share of common characters is this much higher. */
const CLEARLY_BETTER = 0.2;
/** Fewer non-ASCII characters than this in the sample are too few to be sure of the encoding. */
const TOO_FEW = 8;
/** With too few characters, a reading whose share of common characters is this much higher is taken; else GB18030. */
const DECISIVE = 0.5;

/**
 * GB18030 or Big5, for bytes that are not UTF-8. Each reads nearly any
 * bytes of the other without an error, so a structural scan rarely decides:
 * the two readings of a sample (its first 64 KiB, cut at a line break) are
 * compared by their share of common Chinese characters (`commonShare`), which
 * is above a half for the right reading and a tenth or so for the wrong one.
 * When the readings are close, or neither reads as Chinese, the choice is
 * reported as unsure; so is any choice made on fewer than `TOO_FEW`
 * characters (`颱風\n停班停課`: Big5 only when its reading is decisively
 * better, else GB18030).
 */
function chooseLegacy(bytes: Uint8Array, diagnostics: Diagnostic[]): { encoding: "gb18030" | "big5"; scan: Scan } {
  const gb: { encoding: "gb18030"; scan: Scan } = { encoding: "gb18030", scan: scanGb18030(bytes) };
  const big5: { encoding: "big5"; scan: Scan } = { encoding: "big5", scan: scanBig5(bytes) };
  // Big5 has no trail bytes 0x80–0xA0, which GBK text is full of.
  if (big5.scan.invalid > gb.scan.invalid + 2 + gb.scan.validMultibyte / 100) return gb;
  let end = Math.min(bytes.length, SAMPLE);
  if (end < bytes.length) {
    const cut = bytes.lastIndexOf(0x0a, end - 1);
    if (cut > 0) end = cut;
  }
  const sample = bytes.subarray(0, end);
  const gbText = new TextDecoder("gb18030").decode(sample);
  const big5Text = new TextDecoder("big5").decode(sample);
  // One pass over the GB18030 reading gives its share and its count of non-ASCII characters.
  const gbCounts = commonCounts(gbText);
  const gbShare = shareOf(gbCounts);
  const big5Share = commonShare(big5Text);
  const wide = gbCounts.wide;
  if (wide < TOO_FEW) {
    const pick = big5Share >= gbShare + DECISIVE ? big5 : gb;
    diagnostics.push({
      level: "warning",
      code: "encoding-unsure",
      message: `only ${wide} non-ASCII characters, too few to be sure whether the text is GB18030 or Big5 (common characters ${percent(gbShare)} vs ${percent(big5Share)}): read as ${NAMES[pick.encoding]}; --encoding chooses`,
    });
    return pick;
  }
  if (big5Share >= gbShare + CLEARLY_BETTER) return big5;
  if (gbShare >= big5Share + CLEARLY_BETTER && gbShare >= 0.3) return gb;
  const pick = big5.scan.invalid < gb.scan.invalid ? big5 : gb;
  diagnostics.push({
    level: "warning",
    code: "encoding-unsure",
    message: `not sure whether the text is GB18030 or Big5 (common characters ${percent(gbShare)} vs ${percent(big5Share)}): read as ${NAMES[pick.encoding]}; --encoding chooses`,
  });
  return pick;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Decodes bytes to text with LF line endings. Never throws. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const found = detectEncoding(bytes, options);
  if (!found.ok) return found;
  return decoded(bytes, found.encoding, found.scan, found.stray, found.diagnostics);
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
