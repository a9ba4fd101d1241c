/**
 * Cutting a long input into pages, so that a file of any size is processed a
 * few hundred thousand characters at a time rather than held whole.
 *
 * Where a cut falls decides what the records look like, so each format is
 * cut where its documents end:
 *
 * - `jsonl`: after a line (one JSON document), never inside one;
 * - `sogou`: after `</doc>`;
 * - `text`: at the strongest boundary found past the page size, in this
 *   order: after a page's staff line (`责任编辑：…`, the foot of a printed
 *   page), after a run of two or more blank lines, after one blank line,
 *   before an article's headline (a text without blank lines: see
 *   `cutBeforeArticle`), between paragraphs, after any line, after a sentence
 *   end `。！？` (a file that is one long line), and only then anywhere. A page is cut at the first strong boundary (the first
 *   two) between one and two page sizes; failing that, at the first of the
 *   strongest kind between one and four page sizes.
 *
 * Each page knows the file line it starts on, so records keep the file's real
 * line numbers. A cut inside a line (the last two cases) starts the next page
 * on the same line.
 */
import type { InputFormat } from "./formats.js";
import { StreamDecoder } from "./stream-decode.js";
import { detectFormat } from "./formats.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Encoding } from "../decode/decode.js";
import { normaliseString } from "../normalise/normalise.js";
import { endsSentence, isBodyLike } from "../reflow/reflow.js";
import { creditCues } from "../recognise/cues.js";

/** A piece of an input that is extracted on its own. */
export interface Page {
  /** The text of the page (LF line endings). */
  text: string;
  /** File line (1-based) on which `text` starts. */
  firstLine: number;
}

/** Characters per page by default: a few MB of UTF-8, some tens of MB of working memory. */
export const DEFAULT_PAGE_CHARS = 128 * 1024;

// The foot of a printed page: a short line naming its editors.
const STAFF_LINE = /\n[^\n]{0,40}(?:责任编辑|責任編輯|责编|責編|校对|校對)[^\n]{0,80}\n(?:[ \t\u3000]*\n)*/g;
// A run of two or more blank lines, and one blank line.
const BLANK_RUN = /\n(?:[ \t\u3000\u00a0]*\n){2,}/g;
const BLANK_LINE = /\n[ \t\u3000\u00a0]*\n/g;
const LINE_END = /\n/g;
// A sentence end, with the closing quotes and brackets that belong to it.
const SENTENCE_END = /[。！？!?][”’」』）)》】"']*/g;
const DOC_END = /<\/doc>/gi;
/** Text looked at past a search window, so that a boundary at its edge is seen whole. */
const LOOKAHEAD = 4096;

/** Lines of headline above a lead: a kicker, a title, a subtitle. */
const MAX_HEADLINE_LINES = 3;
/** Characters of a line that the lead cue reads (a dateline and credit open it): a fixed count, so the answer does not depend on how much of a long line is in. */
const LEAD_HEAD = 200;

/** The trimmed, folded line of `text` from `start` (a line start) to its line end; `end` is that line end. */
function lineAt(text: string, start: number): { norm: string; written: string; end: number } {
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const written = text.slice(start, end).trim();
  return { norm: normaliseString(written), written, end };
}

/** A line that may be (part of) a headline: short, no sentence end, no running text, no credit or staff line. */
function isHeadlineLike(line: { norm: string; written: string }): boolean {
  const n = line.norm.length;
  return (
    n > 0 &&
    n <= 40 &&
    !endsSentence(line.norm) &&
    !isBodyLike(line.norm) &&
    creditCues.creditLine(line.written, line.norm) === null &&
    creditCues.staffLine(line.written, line.norm) === null
  );
}

/** True when the line before the line start `at` closes a paragraph (or a credit): an article may end there. */
function closesBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const start = text.lastIndexOf("\n", at - 2) + 1;
  const line = lineAt(text, start);
  return line.norm.length > 0 && (endsSentence(line.norm) || creditCues.creditLine(line.written, line.norm) !== null);
}

/**
 * A line start at or after `from` (and at most `limit`) where an article
 * begins, in a text without blank lines: after a line that closes a paragraph,
 * one to three headline-like lines, then a line that opens with a dateline or
 * credit (`本报讯（记者…）`), read by the same cue segmentation uses; -1 if none.
 * With `lead` false, any headline-like line after a closed paragraph will do.
 * Only whole lines are read, up to a fixed head of the lead: the answer never
 * depends on how far the buffer reaches past `limit` + `LOOKAHEAD`.
 */
function cutBeforeArticle(text: string, from: number, limit: number, lead: boolean): number {
  for (let at = text.indexOf("\n", Math.max(0, from - 1)) + 1; at > 0 && at <= limit; at = text.indexOf("\n", at) + 1) {
    if (at < from) continue;
    if (!closesBefore(text, at)) continue;
    let line = lineAt(text, at);
    if (!isHeadlineLike(line)) continue;
    if (!lead) return at;
    for (let k = 1; k <= MAX_HEADLINE_LINES && line.end < text.length; k++) {
      const next = line.end + 1;
      const nextLine = lineAt(text, next);
      const head = text.slice(next, Math.min(nextLine.end, next + LEAD_HEAD)).trim();
      if (creditCues.lead(head, undefined, normaliseString(head)) !== null) return at;
      line = nextLine;
      if (!isHeadlineLike(line)) break;
    }
  }
  return -1;
}

/** A line start at or after `from` (at most `limit`) after a line that closes a paragraph; -1 if none. */
function cutBetweenParagraphs(text: string, from: number, limit: number): number {
  for (let at = text.indexOf("\n", Math.max(0, from - 1)) + 1; at > 0 && at <= limit; at = text.indexOf("\n", at) + 1) {
    if (at >= from && closesBefore(text, at)) return at;
  }
  return -1;
}

/** Offset just past the first match of `re` that ends at or after `from` and before `limit`, or -1. */
function cutAfter(re: RegExp, text: string, from: number, limit: number): number {
  // Start a little before `from` so a boundary straddling it is found whole.
  re.lastIndex = Math.max(0, from - 256);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > limit) return -1;
    if (end >= from) return end;
    if (m[0].length === 0) re.lastIndex++;
  }
  return -1;
}

/** Cuts text pushed in arbitrary chunks into pages; see the module comment for where. */
export class PageSplitter {
  private buffer = "";
  private line = 1;
  private readonly pageChars: number;

  constructor(
    private readonly format: InputFormat,
    pageChars: number = DEFAULT_PAGE_CHARS,
  ) {
    this.pageChars = Math.max(1, Math.floor(pageChars));
  }

  /** Adds text; returns the pages it completes. */
  push(text: string): Page[] {
    if (text.length === 0) return [];
    this.buffer += text;
    const pages: Page[] = [];
    for (let cut = this.findCut(); cut > 0; cut = this.findCut()) pages.push(this.take(cut));
    return pages;
  }

  /** Ends the input: the rest is the last page (none when nothing is left). */
  end(): Page[] {
    if (this.buffer.length === 0) return [];
    return [this.take(this.buffer.length)];
  }

  private take(cut: number): Page {
    const text = this.buffer.slice(0, cut);
    this.buffer = this.buffer.slice(cut);
    const page = { text, firstLine: this.line };
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.line++;
    return page;
  }

  /**
   * Where to cut the buffer now, or -1 to wait for more text. The answer
   * depends only on the text, never on how it was chunked: each decision
   * waits until a fixed stretch past its search window is in (`LOOKAHEAD`).
   */
  private findCut(): number {
    const size = this.pageChars;
    const buffer = this.buffer;
    if (this.format === "jsonl" || this.format === "sogou") {
      if (buffer.length < size) return -1;
      return cutAfter(this.format === "jsonl" ? LINE_END : DOC_END, buffer, size, buffer.length);
    }
    if (buffer.length < 2 * size + LOOKAHEAD) return -1;
    for (const re of [STAFF_LINE, BLANK_RUN]) {
      const cut = cutAfter(re, buffer, size, 2 * size);
      if (cut > 0) return cut;
    }
    if (buffer.length < 4 * size + LOOKAHEAD) return -1;
    for (const re of [STAFF_LINE, BLANK_RUN, BLANK_LINE]) {
      const cut = cutAfter(re, buffer, size, 4 * size);
      if (cut > 0) return cut;
    }
    // No blank line: before an article's headline, else between paragraphs (never inside a run of one paragraph's lines).
    // Tried in turn: each scans the window again, so a later one runs only when the one before finds nothing.
    let cut = cutBeforeArticle(buffer, size, 4 * size, true);
    if (cut <= 0) cut = cutBeforeArticle(buffer, size, 4 * size, false);
    if (cut <= 0) cut = cutBetweenParagraphs(buffer, size, 4 * size);
    if (cut > 0) return cut;
    for (const re of [LINE_END, SENTENCE_END]) {
      const cut = cutAfter(re, buffer, size, 4 * size);
      if (cut > 0) return cut;
    }
    // No boundary at all: cut anywhere, but not between the halves of a surrogate pair.
    const limit = 4 * size;
    const code = buffer.charCodeAt(limit - 1);
    return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  }
}

/** One step of reading an input page by page. */
export interface PageRead {
  /** The page, or null for a step that only carries diagnostics. */
  page: Page | null;
  /** The input's format (detected from its start when asked for `auto`). */
  format: InputFormat;
  /** Decoding problems found since the last step; an `error` ends the input. */
  diagnostics: Diagnostic[];
}

export interface ReadPagesOptions {
  encoding?: Encoding;
  format?: InputFormat | "auto";
  pageChars?: number;
}

/**
 * Decodes chunks of an input (bytes, or text already decoded) and yields it
 * page by page. Memory holds about one page plus one chunk, whatever the size
 * of the input.
 */
export async function* readPages(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ReadPagesOptions = {},
): AsyncGenerator<PageRead> {
  const decoder = new StreamDecoder(options.encoding ?? "auto");
  let splitter: PageSplitter | null = null;
  let format: InputFormat = options.format === undefined || options.format === "auto" ? "text" : options.format;
  let head = "";
  let reported = 0;
  let first = true;
  let pendingCR = false;
  // Text chunks get the line-ending treatment the decoder gives bytes, across chunk borders.
  const lf = (chunk: string): string => {
    let text = pendingCR ? `\r${chunk}` : chunk;
    pendingCR = text.endsWith("\r");
    if (pendingCR) text = text.slice(0, -1);
    return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
  };
  const news = (): Diagnostic[] => {
    const fresh = decoder.diagnostics.slice(reported);
    reported = decoder.diagnostics.length;
    return fresh;
  };
  const feed = function* (text: string): Generator<PageRead> {
    if (first && text.length > 0) {
      text = text.replace(/^\ufeff/, "");
      first = false;
    }
    if (splitter === null) {
      // Detection looks at the first 4096 characters, as `extract` does.
      head += text;
      if (head.length < 4096) return;
      text = head;
      head = "";
      if (options.format === undefined || options.format === "auto") format = detectFormat(text);
      splitter = new PageSplitter(format, options.pageChars);
    }
    for (const page of splitter.push(text)) yield { page, format, diagnostics: news() };
  };
  // An error from the decoder ends the input: the text before it is still paged, the error reported last.
  let failure: Diagnostic[] | null = null;
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? lf(chunk) : decoder.push(chunk);
    if (decoder.failed) failure = news();
    yield* feed(text);
    if (failure !== null) break;
  }
  if (failure === null) {
    const rest = (pendingCR ? "\n" : "") + decoder.end();
    if (decoder.failed) failure = news();
    yield* feed(rest);
  }
  if (splitter === null) {
    if (options.format === undefined || options.format === "auto") format = detectFormat(head);
    splitter = new PageSplitter(format, options.pageChars);
    if (head.length > 0) yield* (splitter as PageSplitter).push(head).map((page) => ({ page, format, diagnostics: news() }));
  }
  const last = (splitter as PageSplitter).end();
  for (const page of last) yield { page, format, diagnostics: news() };
  const left = [...news(), ...(failure ?? [])];
  if (left.length > 0) yield { page: null, format, diagnostics: left };
}
