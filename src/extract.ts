/**
 * The library core: text in, records out. No file system, no console, no exit:
 * problems come back as diagnostics beside the records.
 *
 * decode → normalise → reflow → segment → recognise → records
 */
import type { Diagnostic } from "./diagnostics.js";
import type { NewsRecord, Source } from "./schema.js";
import { decode, normaliseLineEndings, type Encoding } from "./decode/decode.js";
import { normaliseString } from "./normalise/normalise.js";
import { splitLines } from "./segment/lines.js";
import { reflow } from "./reflow/reflow.js";
import { segment } from "./segment/segment.js";
import type { Cues } from "./segment/cues.js";
import { creditCues } from "./recognise/cues.js";
import { recogniseArticle } from "./recognise/article.js";
import { documentCurrency } from "./recognise/region.js";
import type { FigureOptions } from "./recognise/figures/index.js";
import { detectFormat, splitDocuments, type InputDocument, type InputFormat } from "./input/formats.js";
import { articleRecord, idBase, pageRecord, validated } from "./records/build.js";

export interface ExtractOptions {
  /** The date the paper came out, `YYYY-MM-DD`: dates without a year resolve against it. */
  issueDate?: string;
  /** Label of the input in `source.path` and record ids (a file path; `-` for standard input). */
  source?: string;
  /** For byte input: `auto` (default) detects UTF-8, UTF-16 with BOM, GB18030. */
  encoding?: Encoding;
  /** How the input is cut into documents; `auto` (default) detects from its start. */
  format?: InputFormat | "auto";
  /** Options for the figures stage (default currency of a bare `元`, …). */
  figures?: FigureOptions;
  /** First record number (1-based) for ids, when a caller numbers across several calls. */
  firstIndex?: number;
}

export interface ExtractResult {
  records: NewsRecord[];
  diagnostics: Diagnostic[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Extracts article and page records from one input (a newspaper dump, JSON Lines or SogouCS XML). */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (typeof input === "string") {
    text = normaliseLineEndings(input.replace(/^\ufeff/, ""));
  } else {
    const decoded = decode(input, options.encoding === undefined ? {} : { encoding: options.encoding });
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.ok) {
      diagnostics.push({ level: "error", code: decoded.reason, message: decoded.message });
      return { records: [], diagnostics };
    }
    text = decoded.text.replace(/^\ufeff/, "");
  }
  if (options.issueDate !== undefined && !ISO_DATE.test(options.issueDate)) {
    diagnostics.push({ level: "error", code: "bad-issue-date", message: `issue date ${options.issueDate} is not YYYY-MM-DD` });
    return { records: [], diagnostics };
  }
  const format = options.format === undefined || options.format === "auto" ? detectFormat(text) : options.format;
  const split = splitDocuments(text, format);
  diagnostics.push(...split.diagnostics);
  const path = options.source ?? "-";
  const base = idBase(path);
  const records: NewsRecord[] = [];
  let index = options.firstIndex ?? 1;
  for (const doc of split.documents) {
    for (const record of extractDocument(doc, options, creditCues, diagnostics, (source) => ({ path, ...source }))) {
      record.id = `${base}:${index}`;
      const ok = validated(record, diagnostics);
      if (ok) {
        records.push(ok);
        index++;
      }
    }
  }
  return { records, diagnostics };
}

/** Runs the pipeline over one document; ids are filled in by the caller. */
function extractDocument(
  doc: InputDocument,
  options: ExtractOptions,
  cues: Cues,
  diagnostics: Diagnostic[],
  withPath: (s: Omit<Source, "path">) => Source,
): NewsRecord[] {
  const issueDate = doc.issueDate ?? options.issueDate;
  const norm = normaliseString(doc.text);
  const lines = splitLines(doc.text, norm, doc.firstLine, doc.lineNumbers);
  const filled = lines.filter((l) => !l.blank);
  const indentedParagraphs = filled.length >= 4 && filled.filter((l) => l.indented).length >= filled.length * 0.3;
  const units = reflow(lines, {
    indentedParagraphs,
    joinBreaks: doc.title === undefined,
    startsBlock: (line) => cues.staffLine(line) !== null || cues.creditLine(line) !== null || cues.lead(line) !== null,
  });
  const segmentation = segment(units, cues, {
    indentedParagraphs,
    ...(issueDate === undefined ? {} : { issueDate }),
    ...(doc.title === undefined ? {} : { title: doc.title }),
  });
  diagnostics.push(...segmentation.diagnostics);
  const records: NewsRecord[] = [];
  for (const draft of segmentation.drafts) {
    const source = withPath({ id: doc.id, lineStart: Math.max(1, draft.lineStart), lineEnd: Math.max(1, draft.lineEnd, draft.lineStart) });
    if (draft.kind === "page") {
      records.push(pageRecord("", source, draft));
      continue;
    }
    const fields = recogniseArticle(draft, cues, {
      ...(issueDate === undefined ? {} : { issueDate }),
      figures: { currency: documentCurrency(doc.text, norm), ...options.figures },
    });
    if (fields.paragraphs.length === 0 && fields.headline.title === null && fields.bylines.length === 0) continue;
    records.push(articleRecord("", source, fields));
  }
  return records;
}
