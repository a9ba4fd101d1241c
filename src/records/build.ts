/**
 * Records: drafts become validated records, numbered in input order.
 */
import { articleRecordSchema, pageRecordSchema, type ArticleRecord, type NewsRecord, type PageRecord, type Source } from "../schema.js";
import type { ArticleFields } from "../recognise/article.js";
import type { PageDraft } from "../segment/segment.js";
import type { Diagnostic } from "../diagnostics.js";
import { compileCheck, type Check } from "./check.js";

/** `<file name without extension>` for record ids; `stdin` for standard input. */
export function idBase(path: string): string {
  if (path === "-" || path === "") return "stdin";
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

export function articleRecord(id: string, source: Source, fields: ArticleFields): ArticleRecord {
  return { type: "article", id, source, ...fields };
}

export function pageRecord(id: string, source: Source, draft: PageDraft): PageRecord {
  return {
    type: "page",
    id,
    source,
    section: draft.section,
    staff: draft.staff,
    text: draft.units.map((u) => u.text).join("\n"),
  };
}

let checks: { article: Check; page: Check } | null = null;

/**
 * Validates a record against its zod schema. A record that fails is a bug in
 * zhnews, not in the input: it is dropped and reported, never written.
 *
 * The schema's compiled test (see `check.ts`) answers first; only a record
 * it fails is handed to zod, which decides and says what is wrong.
 */
export function validated(record: NewsRecord, diagnostics: Diagnostic[]): NewsRecord | null {
  checks ??= { article: compileCheck(articleRecordSchema), page: compileCheck(pageRecordSchema) };
  if ((record.type === "article" ? checks.article : checks.page)(record)) return record;
  const schema = record.type === "article" ? articleRecordSchema : pageRecordSchema;
  const result = schema.safeParse(record);
  if (result.success) return record;
  const issue = result.error.issues[0];
  diagnostics.push({
    level: "error",
    code: "invalid-record",
    message: `record ${record.id} failed its schema at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"} (a bug: please report it)`,
    line: record.source.lineStart,
  });
  return null;
}
