/**
 * Decoding an input that arrives in chunks, so that a file of any size is
 * turned into text without holding all of its bytes.
 *
 * The encoding is chosen once, by `detectEncoding()` (as `decode()` chooses), on a sample from the
 * start (the first MiB, cut at a line break so that no character is split):
 * a streamed input is therefore read in the encoding the whole-file path
 * would choose for any file whose bad bytes, if any, show up in that sample.
 * The rest is decoded with a streaming `TextDecoder`. Line endings become LF,
 * even where CR and LF fall into different chunks.
 */
import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "../diagnostics.js";
import { detectEncoding, scanGb18030, scanUtf8, type Encoding } from "../decode/decode.js";

/** Bytes looked at before the encoding is chosen. */
const SAMPLE_BYTES = 1 << 20;
/** A sample without any line break is taken whole once it is this long. */
const SAMPLE_MAX_BYTES = 4 << 20;

const LABELS: Record<Exclude<Encoding, "auto">, string> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb18030: "gb18030",
};

/** Incremental `decode`: push bytes, take text; problems gather in `diagnostics`. */
export class StreamDecoder {
  /** Warnings so far, and the error that stopped decoding (`binary`, `undecodable`), if any. */
  readonly diagnostics: Diagnostic[] = [];
  /** True once the input was found not to be text: `push` and `end` then return nothing. */
  failed = false;
  /** The encoding chosen, once the sample is in. */
  encoding: Exclude<Encoding, "auto"> | null = null;

  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private pendingCR = false;
  /** Bytes decoded so far (offset of the next byte). */
  private offset = 0;
  /** Bytes after the last line break, scanned with the next chunk. */
  private tail: Uint8Array = new Uint8Array(0);
  private invalidAt = -1;
  private invalidCount = 0;

  constructor(private readonly forced: Encoding = "auto") {}

  /** Feeds the next bytes; returns the text they complete (maybe empty). */
  push(bytes: Uint8Array): string {
    if (this.failed) return "";
    if (this.decoder === null) {
      this.held.push(bytes);
      this.heldBytes += bytes.length;
      if (this.heldBytes < SAMPLE_BYTES) return "";
      const all = concat(this.held);
      const cut = all.lastIndexOf(0x0a) + 1;
      if (cut === 0 && all.length < SAMPLE_MAX_BYTES) {
        this.held = [all];
        return "";
      }
      this.held = [];
      this.heldBytes = 0;
      if (!this.choose(all.subarray(0, cut > 0 ? cut : all.length))) return "";
      return this.decodeChunk(all, false);
    }
    return this.decodeChunk(bytes, false);
  }

  /** Ends the input; returns the last text, and adds the summary warnings to `diagnostics`. */
  end(): string {
    if (this.failed) return "";
    let text = "";
    if (this.decoder === null) {
      const all = concat(this.held);
      this.held = [];
      if (!this.choose(all)) return "";
      text = this.decodeChunk(all, true);
    } else {
      text = this.decodeChunk(new Uint8Array(0), true);
    }
    if (this.invalidAt >= 0) {
      // Worded as `decode` words it.
      const name = this.encoding === "utf8" ? "UTF-8" : "GB18030";
      const more = this.invalidCount > 1 ? ` (${this.invalidCount} in all)` : "";
      this.diagnostics.push({
        level: "warning",
        code: "invalid-bytes",
        message: `invalid ${name} byte sequence at byte ${this.invalidAt}${more}, replaced by U+FFFD`,
        byteOffset: this.invalidAt,
      });
    }
    return text;
  }

  /** Chooses the encoding on the sample, as `decode` would; false when the input is not text. */
  private choose(sample: Uint8Array): boolean {
    const result = detectEncoding(sample, { encoding: this.forced });
    if (!result.ok) {
      this.failed = true;
      this.diagnostics.push(...result.diagnostics);
      this.diagnostics.push({ level: "error", code: result.reason, message: result.message });
      return false;
    }
    this.encoding = result.encoding;
    // Bad bytes are counted over the whole stream, and reported once at the end.
    this.diagnostics.push(...result.diagnostics);
    this.decoder = new TextDecoder(LABELS[result.encoding], { fatal: false, ignoreBOM: false });
    return true;
  }

  private decodeChunk(bytes: Uint8Array, last: boolean): string {
    if (this.encoding === "utf8" || this.encoding === "gb18030") this.check(bytes, last);
    let text = this.decoder!.decode(bytes, { stream: !last });
    this.offset += bytes.length;
    if (this.pendingCR) text = `\r${text}`;
    this.pendingCR = !last && text.endsWith("\r");
    if (this.pendingCR) text = text.slice(0, -1);
    return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
  }

  /**
   * Counts invalid sequences as `decode` does (its own scanners), across chunk
   * borders: each scan stops at the last line break, which no multi-byte
   * sequence of UTF-8 or GB18030 contains; the rest waits for the next chunk.
   */
  private check(bytes: Uint8Array, last: boolean): void {
    const start = this.offset - this.tail.length;
    const joined = this.tail.length === 0 ? bytes : concat([this.tail, bytes]);
    let end = last ? joined.length : joined.lastIndexOf(0x0a) + 1;
    // A line longer than the limit is scanned anyway: UTF-8 up to the start of
    // its last character (no sequence is cut); GB18030, whose trail bytes can
    // look like ASCII, to the end (a sequence cut there may count once too often).
    if (joined.length - end > SAMPLE_MAX_BYTES) end = this.encoding === "utf8" ? lastUtf8Start(joined) : joined.length;
    const body = joined.subarray(0, end);
    this.tail = joined.slice(end);
    if (body.length === 0 || (this.encoding === "utf8" && isUtf8(body))) return;
    const scan = this.encoding === "utf8" ? scanUtf8(body) : scanGb18030(body);
    if (scan.invalid === 0) return;
    if (this.invalidAt < 0) this.invalidAt = start + scan.firstInvalid;
    this.invalidCount += scan.invalid;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts);
}

/** Index of the first byte of the last UTF-8 character (continuation bytes are 10xxxxxx). */
function lastUtf8Start(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  for (let steps = 0; i > 0 && steps < 3 && (bytes[i]! & 0xc0) === 0x80; steps++) i--;
  return Math.max(0, i);
}
