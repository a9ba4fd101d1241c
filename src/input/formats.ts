/**
 * Input formats: how one input text is cut into documents.
 *
 * - `text`: the whole input is one newspaper dump;
 * - `jsonl`: one JSON object per line, `{"id": "...", "text": "...", "issueDate": "..."}`
 *   (what Spark's pipe(), Hadoop Streaming and GNU parallel --pipe feed a command);
 * - `sogou`: SogouCS/SogouCA news-corpus XML, one article per `<doc>`.
 */
import type { Diagnostic } from "../diagnostics.js";
import { cleanDocument, cleanInline } from "./clean.js";
import { xmlText } from "./html.js";
import { readLayoutColumns } from "./layout-columns.js";

export type InputFormat = "text" | "jsonl" | "sogou";

/** One document to segment. */
export interface InputDocument {
  text: string;
  /** The id the format carries (`docno`, a JSON Lines `id`), else null. */
  id: string | null;
  /** A title the format gives (SogouCS `<contenttitle>`); the document is then one article. */
  title?: string;
  issueDate?: string;
  /** File line number of each line of `text` (1-based); by default `firstLine + i`. */
  lineNumbers?: number[];
  firstLine: number;
}

/** Guesses the format from the start of the text. */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, "").trimStart();
  // A <doc> first, or markup first — an XML declaration or a wrapper element (`<?xml version="1.0"?>`, `<docs>`) — then a <doc>.
  if (head.startsWith("<") && /<doc>/i.test(head)) return "sogou";
  if (head.startsWith("{")) {
    const first = head.split("\n", 1)[0] ?? "";
    try {
      const value: unknown = JSON.parse(first);
      if (value !== null && typeof value === "object" && "text" in value) return "jsonl";
    } catch {
      // Not JSON Lines: a page that starts with a brace.
    }
  }
  return "text";
}

/**
 * Cuts an input into its documents, each cleaned of what is not text (HTML
 * remnants, breaks inside a line: see `clean.ts`) and with columns set side by side
 * read one after the other (`layout-columns.ts`), keeping the file's line numbers.
 */
export function splitDocuments(text: string, format: InputFormat): { documents: InputDocument[]; diagnostics: Diagnostic[] } {
  const split =
    format === "sogou" ? splitSogou(text) : format === "jsonl" ? splitJsonLines(text) : { documents: [{ text, id: null, firstLine: 1 }], diagnostics: [] };
  return { documents: split.documents.map((doc) => readLayoutColumns(cleanDocument(doc))), diagnostics: split.diagnostics };
}

function lineOf(text: string, offset: number, from = 0, fromLine = 1): number {
  let line = fromLine;
  for (let i = text.indexOf("\n", from); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

// SogouCS marks paragraph breaks inside <content> with the private-use U+E40C.
const SOGOU_PARAGRAPH = /\ue40c/g;

/**
 * The first `<name>…</name>` at or after `from`, as the lazy regex
 * `/<name>([\s\S]*?)<\/name>/i` finds it, but in linear time: the regex
 * rescans to the end of the text for every opening tag that is never closed.
 */
function element(text: string, name: string, from: number): { index: number; inner: string; end: number } | null {
  const open = new RegExp(`<${name}>`, "gi");
  open.lastIndex = from;
  const o = open.exec(text);
  if (o === null) return null;
  const close = new RegExp(`</${name}>`, "gi");
  close.lastIndex = o.index + o[0].length;
  const c = close.exec(text);
  if (c === null) return null;
  return { index: o.index, inner: text.slice(o.index + o[0].length, c.index), end: c.index + c[0].length };
}

function splitSogou(text: string): { documents: InputDocument[]; diagnostics: Diagnostic[] } {
  const documents: InputDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let lastOffset = 0;
  let lastLine = 1;
  for (let m = element(text, "doc", 0); m; m = element(text, "doc", m.end)) {
    const body = m.inner;
    const docLine = lineOf(text, m.index, lastOffset, lastLine);
    lastOffset = m.index;
    lastLine = docLine;
    const content = element(body, "content", 0);
    const id = element(body, "docno", 0)?.inner.trim() || null;
    // CDATA unwrapped, XML's escapes decoded; HTML's (`&nbsp;`, `<br>`) are the cleaning's.
    const title = cleanInline(xmlText(element(body, "contenttitle", 0)?.inner.trim() ?? "", unescapeXml)).trim();
    const raw = xmlText(content?.inner ?? "", unescapeXml);
    if (raw.trim().length === 0) {
      diagnostics.push({ level: "info", code: "empty-doc", message: `<doc> ${id ?? "without docno"} has no content, skipped`, line: docLine });
      continue;
    }
    const contentLine = lineOf(text, m.index + 5 + (content?.index ?? 0), m.index, docLine);
    const pieces = raw.replace(SOGOU_PARAGRAPH, "\n");
    const lineNumbers: number[] = [];
    let line = contentLine;
    for (const piece of raw.split(/\ue40c/)) {
      const inner = piece.split("\n");
      inner.forEach((_, k) => lineNumbers.push(line + k));
      line += inner.length - 1;
    }
    documents.push({ text: pieces, id, ...(title ? { title } : {}), lineNumbers, firstLine: contentLine });
  }
  if (documents.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ level: "warning", code: "no-docs", message: "no <doc> element found in SogouCS input" });
  }
  return { documents, diagnostics };
}

/** A real calendar date as YYYY-MM-DD, from the year 1000 on (`0000-01-01` is a placeholder, not a paper's date). */
export function isIssueDate(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A JSON Lines document's own issue date, when it is a real one. One that is
 * not (`2023-13-45`, `20230512`), or given under the snake-case key
 * `issue_date`, is warned of and left out: the caller's issue date applies.
 */
function issueDateOf(v: { issueDate?: unknown; issue_date?: unknown }, line: number, diagnostics: Diagnostic[]): string | undefined {
  if (v.issueDate === undefined && v.issue_date !== undefined) {
    diagnostics.push({ level: "warning", code: "bad-issue-date", message: `"issue_date" is not read: the key is "issueDate"`, line });
  }
  if (v.issueDate === undefined || v.issueDate === null) return undefined;
  if (typeof v.issueDate === "string" && isIssueDate(v.issueDate)) return v.issueDate;
  diagnostics.push({
    level: "warning",
    code: "bad-issue-date",
    message: `issueDate ${JSON.stringify(v.issueDate)} is not a real date as YYYY-MM-DD: ignored, the run's issue date (--issue-date), if any, applies`,
    line,
  });
  return undefined;
}

function splitJsonLines(text: string): { documents: InputDocument[]; diagnostics: Diagnostic[] } {
  const documents: InputDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      diagnostics.push({ level: "error", code: "bad-json", message: `line ${i + 1}: not JSON (${(error as Error).message})`, line: i + 1 });
      return;
    }
    if (value === null || typeof value !== "object" || typeof (value as { text?: unknown }).text !== "string") {
      diagnostics.push({ level: "error", code: "bad-json", message: `line ${i + 1}: expected an object with a "text" string`, line: i + 1 });
      return;
    }
    const v = value as { text: string; id?: unknown; issueDate?: unknown; issue_date?: unknown; title?: unknown };
    const doc: InputDocument = {
      text: v.text.replace(/\r\n?/g, "\n"),
      id: v.id === undefined || v.id === null ? null : String(v.id),
      firstLine: 1,
    };
    const date = issueDateOf(v, i + 1, diagnostics);
    if (date !== undefined) doc.issueDate = date;
    const title = typeof v.title === "string" ? cleanInline(v.title.trim()) : "";
    if (title) doc.title = title;
    documents.push(doc);
  });
  return { documents, diagnostics };
}
