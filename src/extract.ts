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
import { detectWrap } from "./reflow/wrapped.js";
import { standsAloneInPost } from "./segment/wechat.js";
import { segment } from "./segment/segment.js";
import { creditsPicture, documentCues, hasTrailingPhotoCredit, type Cues } from "./segment/cues.js";
import { isCaptionLine, isFurnitureLine, isNoticeFieldLine } from "./segment/classify.js";
import { isBareNumber, isPageNumberLine, listNumberLines } from "./segment/furniture.js";
import { isMetaLine, webNavLine } from "./segment/web-header.js";
import { creditCues } from "./recognise/cues.js";
import { boxLabel, recogniseArticle, type PageContext, type RecogniseOptions } from "./recognise/article.js";
import { documentCurrency } from "./recognise/region.js";
import type { FigureOptions } from "./recognise/figures/index.js";
import { detectFormat, splitDocuments, type InputDocument, type InputFormat } from "./input/formats.js";
import { articleRecord, idBase, pageRecord, validated } from "./records/build.js";
import { readPages } from "./input/split-pages.js";

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
  if (text.trim().length === 0) {
    // Nothing to read is not an error, but `-v` should say why no record came.
    const message = text.length === 0 ? "the input is empty: no records" : "the input holds only white space: no records";
    diagnostics.push({ level: "info", code: "empty-input", message });
    return { records: [], diagnostics };
  }
  const format = options.format === undefined || options.format === "auto" ? detectFormat(text) : options.format;
  const { encoding: _encoding, format: _format, ...rest } = options;
  const page = extractPage(text, { ...rest, format, firstLine: 1, wholeInput: true });
  diagnostics.push(...page.diagnostics);
  return { records: page.records, diagnostics };
}

/** Options for one page of a longer input: where it stands in the file, and its format. */
export interface PageOptions extends Omit<ExtractOptions, "encoding" | "format"> {
  /** The input's format, already known (a page is too small a view to detect it from). */
  format: InputFormat;
  /** File line (1-based) on which the page starts. */
  firstLine: number;
  /** The page is the whole input: it may say that the input held no document. */
  wholeInput?: boolean;
}

/** What one page gives: its records, its diagnostics, and how many documents it held. */
export interface PageResult extends ExtractResult {
  /** Documents found on the page, with those skipped as empty (SogouCS `<doc>`s, JSON lines; 1 for text). */
  documents: number;
}

/**
 * Extracts the records of one page of a longer input (see `readPages` for
 * how inputs are cut). Line numbers in records and diagnostics are the file's;
 * ids are numbered from `firstIndex`. A page without any `<doc>` is not
 * reported as such: only the whole input can say it held none.
 */
export function extractPage(text: string, options: PageOptions): PageResult {
  const diagnostics: Diagnostic[] = [];
  if (options.issueDate !== undefined && !ISO_DATE.test(options.issueDate)) {
    diagnostics.push({ level: "error", code: "bad-issue-date", message: `issue date ${options.issueDate} is not YYYY-MM-DD` });
    return { records: [], diagnostics, documents: 0 };
  }
  const shift = options.firstLine - 1;
  const split = splitDocuments(text, options.format);
  for (const d of split.diagnostics) {
    if (d.code === "no-docs" && !options.wholeInput) continue;
    if (d.line !== undefined && shift > 0) {
      const line = d.line + shift;
      diagnostics.push({ ...d, line, message: d.message.replace(/^line \d+:/, `line ${line}:`) });
    } else diagnostics.push(d);
  }
  const path = options.source ?? "-";
  const base = idBase(path);
  const records: NewsRecord[] = [];
  let index = options.firstIndex ?? 1;
  for (const found of split.documents) {
    // Text pages and SogouCS documents count lines in the file; a JSON line's text counts its own.
    const doc: InputDocument =
      options.format === "jsonl" || shift === 0
        ? found
        : {
            ...found,
            firstLine: found.firstLine + shift,
            ...(found.lineNumbers === undefined ? {} : { lineNumbers: found.lineNumbers.map((n) => n + shift) }),
          };
    for (const record of extractDocument(doc, options, creditCues, diagnostics, path)) {
      record.id = `${base}:${index}`;
      const ok = validated(record, diagnostics);
      if (ok) {
        records.push(ok);
        index++;
      }
    }
  }
  const skipped = split.diagnostics.filter((d) => d.code === "empty-doc").length;
  return { records, diagnostics, documents: split.documents.length + skipped };
}

/** Options for `extractStream`. */
export interface StreamOptions extends ExtractOptions {
  /** Characters per page (default about half a million). */
  pageChars?: number;
}

/**
 * Extracts an input of any size that arrives in chunks (a file read stream,
 * standard input): it is decoded and cut into pages as it comes, and each
 * page's records are yielded as soon as they are made, numbered across the
 * whole input. Memory holds about one page, however long the input.
 *
 * For an input of one page the records equal `extract`'s; across a page
 * boundary an article may be cut in two (see `readPages` for where cuts fall).
 */
export async function* extractStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamOptions = {},
): AsyncGenerator<ExtractResult> {
  let index = options.firstIndex ?? 1;
  let documents = 0;
  let format: InputFormat | null = null;
  const { encoding, format: asked, pageChars, ...rest } = options;
  const read = {
    ...(encoding === undefined ? {} : { encoding }),
    ...(asked === undefined ? {} : { format: asked }),
    ...(pageChars === undefined ? {} : { pageChars }),
  };
  for await (const step of readPages(chunks, read)) {
    format = step.format;
    if (step.page === null) {
      if (step.diagnostics.length > 0) yield { records: [], diagnostics: step.diagnostics };
      continue;
    }
    const result = extractPage(step.page.text, { ...rest, format: step.format, firstLine: step.page.firstLine, firstIndex: index });
    index += result.records.length;
    documents += result.documents;
    yield { records: result.records, diagnostics: [...step.diagnostics, ...result.diagnostics] };
  }
  if (format === "sogou" && documents === 0) {
    yield { records: [], diagnostics: [{ level: "warning", code: "no-docs", message: "no <doc> element found in SogouCS input" }] };
  }
}

/** Runs the pipeline over one document; ids are filled in by the caller. */
function extractDocument(
  doc: InputDocument,
  options: ExtractOptions,
  cues: Cues,
  diagnostics: Diagnostic[],
  path: string,
): NewsRecord[] {
  const issueDate = doc.issueDate ?? options.issueDate;
  const norm = normaliseString(doc.text);
  const lines = splitLines(doc.text, norm, doc.firstLine, doc.lineNumbers);
  let filled = 0;
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    filled++;
    if (lines[i]!.indented) indented++;
  }
  // Hard-wrapped text (pdftotext, OCR) is told once per document; its paragraphs are
  // indented when some of its lines are, however few beside the run-on lines.
  const wrap = doc.title === undefined ? detectWrap(lines) : null;
  const indentedParagraphs = wrap === null ? filled >= 4 && indented >= filled * 0.3 : wrap.indented;
  // Reflow and segmentation ask the same cues of the same lines: keep the answers for this document.
  const docCues = documentCues(cues);
  const listNumbers = listNumberLines(lines);
  const units = reflow(lines, {
    indentedParagraphs,
    joinBreaks: doc.title === undefined,
    wrap,
    // The cues decide on the folded copy of what they read, and folding is
    // idempotent, so the line as written, with its folded copy, gets the answer
    // its folded copy would; asked as written, the answer is kept for
    // classification, which asks of the unit the line becomes. (The issue
    // date fills in a dateline's date, never whether there is one.)
    startsBlock: (folded, written) =>
      docCues.staffLine(written, folded) !== null || docCues.creditLine(written, folded) !== null || docCues.lead(written, issueDate, folded) !== null,
    // A credit, staff, folio or footer line is a block by itself, and so is a bare number (a list's item number)
    // and a notice's field (`主办单位：市文明办`), and a crawled page's meta line (`来源：… 发布时间：… 浏览次数：`).
    standsAlone: (folded, written) =>
      isBareNumber(folded) ||
      isNoticeFieldLine(folded) ||
      isMetaLine(folded) ||
      webNavLine(folded) !== null || // a web view's navigation bar or toolbar (`上一版　下一版`, `日期：…　版次：A03　　作者：`)
      standsAloneInPost(folded) || // a post's meta line, chrome or tail field (`点击蓝字关注我们`, `▶ …`, `审核：李卫东`)
      docCues.creditLine(written, folded) !== null ||
      isFurnitureLine(folded, written, docCues), // a staff line is furniture
    // A list of people by post is never joined to the line that introduces it (`出席会议的有：` / `主　席　周建华` / `副主席　李　明`).
    listRow: (folded, written) => docCues.postAndName(written, folded),
    // A speaker's head (`全国人大代表、…书记　向春梅：`) over a title, or under one, is a headline's line.
    speakerHead: (folded, written) => docCues.speakerHead(written, folded),
    // Asked only within an unfinished paragraph; a page number where the page broke is set aside too
    // (a list's item number is not: `情况如下：` / `1` / `东城…` is not one sentence).
    setAside: (folded, written, afterCaption, lineNo) =>
      (isPageNumberLine(folded) && !listNumbers.has(lineNo)) ||
      (afterCaption ? docCues.creditLine(written, folded) !== null : isCaptionLine(folded, written, docCues)),
    // A picture credit on its own line closes a dated caption set inside running text.
    photoCredit: (folded, written) => creditsPicture(docCues.creditLine(written, folded)),
    // A unit ending on a picture credit (`…留念。本报记者 王 磊 摄`) is done.
    endsInPictureCredit: (tail) => hasTrailingPhotoCredit(docCues, tail),
  });
  const segmentation = segment(units, docCues, {
    indentedParagraphs,
    ...(wrap === null ? {} : { wrapped: true }),
    ...(issueDate === undefined ? {} : { issueDate }),
    ...(doc.title === undefined ? {} : { title: doc.title }),
  });
  diagnostics.push(...segmentation.diagnostics);
  const records: NewsRecord[] = [];
  // Made at the first article, once per document: the currency scan reads up to
  // 200 000 characters, so once per article was quadratic.
  let recognition: RecogniseOptions | undefined;
  // The section the last page furniture named: the articles after it stand in it.
  const page: PageContext = { section: null };
  for (const draft of segmentation.drafts) {
    const source: Source = { path, id: doc.id, lineStart: Math.max(1, draft.lineStart), lineEnd: Math.max(1, draft.lineEnd, draft.lineStart) };
    if (draft.kind === "page") {
      if (draft.section !== null) page.section = draft.section;
      records.push(pageRecord("", source, draft));
      continue;
    }
    recognition ??= {
      ...(issueDate === undefined ? {} : { issueDate }),
      figures: { currency: documentCurrency(doc.text, norm), ...options.figures },
    };
    const fields = recogniseArticle(draft, cues, recognition, page);
    if (fields.paragraphs.length === 0 && fields.bylines.length === 0) {
      // A heading with nothing under it: a masthead, a teaser, a link list of a
      // crawled page. No line of the input vanishes: its lines are kept as page matter.
      if (fields.headline.title !== null) {
        diagnostics.push({ level: "info", code: "headline-only", message: `“${fields.headline.title}” has no text under it; kept as page matter`, line: draft.headline[0]?.lineStart ?? draft.lineStart });
        const units = [...(draft.column === null ? [] : [draft.column]), ...draft.headline, ...draft.remarks, ...draft.creditLines];
        // In the order they stand in the input (a credit line may stand between headline lines).
        units.sort((a, b) => a.lineStart - b.lineStart);
        records.push(pageRecord("", source, { kind: "page", units, section: null, staff: [], lineStart: draft.lineStart, lineEnd: draft.lineEnd }));
      }
      continue;
    }
    const column = draft.column;
    if (column !== null && fields.headline.kicker !== boxLabel(column.text)) {
      // A column's label over a brief with a kicker of its own (`法院快讯` / `以案说法` /
      // `醉驾撞上护栏` / …): no headline line holds it, and no line of the input
      // vanishes: it is page matter over the article.
      const at = { lineStart: column.lineStart, lineEnd: column.lineEnd };
      records.push(pageRecord("", { ...source, ...at }, { kind: "page", units: [column], section: null, staff: [], ...at }));
      if (source.lineStart === column.lineStart) source.lineStart = draft.headline[0]?.lineStart ?? Math.min(column.lineEnd + 1, source.lineEnd);
    }
    records.push(articleRecord("", source, fields));
  }
  return records;
}
