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
 *
 * Every window of the input (`WINDOW` bytes at fixed file offsets, whatever
 * the chunks) is judged for binary content before it is decoded, as `decode`
 * judges a whole file: a window that is clearly binary stops the input with an
 * error naming its byte offset (the text before it has been given out); stray
 * control bytes are dropped and reported once, at the end.
 */
import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "../diagnostics.js";
import {
  binaryMessage,
  binaryStart,
  CONTROL_CHARS,
  countControls,
  detectEncoding,
  isBinaryWindow,
  LABELS,
  NAMES,
  scanBig5,
  scanGb18030,
  scanUtf8,
  strayControls,
  unitOrder,
  WINDOW,
  type Controls,
  type Encoding,
  type WholeWindows,
} from "../decode/decode.js";
import { fromPrivateUse, privateUseWarning, type HkscsCount } from "../decode/hkscs.js";

/** Bytes looked at before the encoding is chosen. */
const SAMPLE_BYTES = 1 << 20;
/** A sample without any line break is taken whole once it is this long. */
const SAMPLE_MAX_BYTES = 4 << 20;

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
  /** Bytes of the window being filled (from `offset` on), decoded once it is whole or the input ends. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Bytes at the start of `pending` judged text already: the last window, held until the next is judged. */
  private judgedBytes = 0;
  /** Control characters of the last window judged; a short last window is judged with it. */
  private previous: Controls | null = null;
  private stray: Controls = { count: 0, first: -1 };
  /** HKSCS characters of Big5 input, mapped from private-use code points or left as such. */
  private readonly hkscs: HkscsCount = { mapped: 0, unmapped: 0 };
  /** The whole windows of the sample, judged text when the encoding was chosen: the first `fill` does not count them again. */
  private sampled: WholeWindows | null = null;

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
      return this.fill(all, false);
    }
    return this.fill(bytes, false);
  }

  /** Ends the input; returns the last text, and adds the summary warnings to `diagnostics`. */
  end(): string {
    if (this.failed) return "";
    let text = "";
    if (this.decoder === null) {
      const all = concat(this.held);
      this.held = [];
      if (!this.choose(all)) return "";
      text = this.fill(all, true);
    } else {
      text = this.fill(new Uint8Array(0), true);
    }
    if (this.failed) return text;
    if (this.invalidAt >= 0) {
      // Worded as `decode` words it.
      const name = NAMES[this.encoding!];
      const more = this.invalidCount > 1 ? ` (${this.invalidCount} in all)` : "";
      this.diagnostics.push({
        level: "warning",
        code: "invalid-bytes",
        message: `invalid ${name} byte sequence at byte ${this.invalidAt}${more}, replaced by U+FFFD`,
        byteOffset: this.invalidAt,
      });
    }
    if (this.stray.count > 0) this.diagnostics.push(strayControls(this.stray));
    const privateUse = privateUseWarning(this.hkscs);
    if (privateUse !== null) this.diagnostics.push(privateUse);
    return text;
  }

  /**
   * Adds bytes; judges each window they complete (and the last one at the
   * end), then decodes the windows judged text, all but the last: that one is
   * held until the next is judged, so that binary content found in a window
   * can be cut from the line where it starts in the one before
   * (`binaryStart`), as `decode` cuts it. A binary window stops the input.
   */
  private fill(bytes: Uint8Array, last: boolean): string {
    const pending = this.pending.length === 0 ? bytes : concat([this.pending, bytes]);
    const base = this.offset;
    const order = unitOrder(this.encoding!);
    let judged = this.judgedBytes;
    let binaryAt = -1;
    const sampled = this.sampled;
    if (sampled !== null) {
      // The sample is the start of `pending` (both from byte 0): its whole windows are judged as they were then.
      this.sampled = null;
      if (base === 0 && judged === 0 && sampled.bytes > 0 && sampled.bytes <= pending.length) {
        judged = sampled.bytes;
        this.stray = { count: sampled.stray.count, first: sampled.stray.first };
        this.previous = sampled.last;
      }
    }
    for (;;) {
      const size = Math.min(WINDOW, pending.length - judged);
      if (size === 0 || (size < WINDOW && !last)) break;
      const local = countControls(pending, judged, judged + size, order);
      const found: Controls = { count: local.count, first: local.first < 0 ? -1 : base + local.first };
      // A last window shorter than half a window is judged with the one before, as `scanControls` does.
      const short = size < WINDOW / 2 && this.previous !== null;
      if (short ? isBinaryWindow(this.previous!.count + found.count, WINDOW + size) : isBinaryWindow(found.count, size)) {
        binaryAt = binaryStart(pending, base, base + judged, this.previous, found, order);
        break;
      }
      if (found.count > 0) {
        if (this.stray.first < 0) this.stray.first = found.first;
        this.stray.count += found.count;
      }
      this.previous = found;
      judged += size;
    }
    const decodable = binaryAt >= 0 ? binaryAt - base : last ? judged : Math.max(0, judged - WINDOW);
    this.pending = binaryAt >= 0 ? new Uint8Array(0) : pending.slice(decodable);
    this.judgedBytes = judged - decodable;
    let text = this.decodeChunk(pending.subarray(0, decodable), last && binaryAt < 0);
    if (this.stray.count > 0) text = text.replace(CONTROL_CHARS, "");
    if (binaryAt >= 0) this.fail(binaryAt);
    return text;
  }

  /**
   * Chooses the encoding on the sample, as `decode` would; false when the
   * input is not text. (Stray control bytes are counted window by window as
   * the input is decoded, the sample's with the rest.)
   */
  private choose(sample: Uint8Array): boolean {
    let result = detectEncoding(sample, { encoding: this.forced });
    // Text that turns binary inside the sample: the text is read, and stopped where `fill` finds the binary.
    if (!result.ok && result.binaryAt !== undefined && result.binaryAt > 0) result = detectEncoding(sample.subarray(0, result.binaryAt), { encoding: this.forced });
    if (!result.ok) {
      this.failed = true;
      this.diagnostics.push(...result.diagnostics);
      this.diagnostics.push({ level: "error", code: result.reason, message: result.message });
      return false;
    }
    this.encoding = result.encoding;
    this.sampled = result.whole;
    // Bad bytes are counted over the whole stream, and reported once at the end.
    this.diagnostics.push(...result.diagnostics);
    this.decoder = new TextDecoder(LABELS[result.encoding], { fatal: false, ignoreBOM: false });
    return true;
  }

  /** Stops the input at the binary window that starts at byte `offset`. */
  private fail(offset: number): void {
    this.failed = true;
    const message = offset === 0 ? binaryMessage(0) : `binary content from byte ${offset} (control bytes): the rest of the input is skipped`;
    this.diagnostics.push({ level: "error", code: "binary", message, byteOffset: offset });
  }

  private decodeChunk(bytes: Uint8Array, last: boolean): string {
    if (this.encoding === "utf8" || this.encoding === "gb18030" || this.encoding === "big5") this.check(bytes, last);
    let text = this.decoder!.decode(bytes, { stream: !last });
    // A private-use code point is one UTF-16 unit: no chunk border splits it.
    if (this.encoding === "big5") text = fromPrivateUse(text, this.hkscs);
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
    const scan = this.encoding === "utf8" ? scanUtf8(body) : this.encoding === "big5" ? scanBig5(body) : scanGb18030(body);
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
