/**
 * The record contract (shared/spec/records.md, version 1) as zod schemas.
 *
 * This module is the single definition of the output: the TypeScript types
 * are inferred from it, every record is validated against it before it is
 * written, and `zhnews schema` prints it as JSON Schema.
 */
import { z } from "zod";

/** Half-open `[start, end)` range in UTF-16 code units of the text it was found in. */
export const spanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe("half-open [start, end) in UTF-16 code units");
export type Span = [startIndex: number, endIndex: number];

/** `YYYY-MM-DD`, or `--MM-DD` when the year is not known (ISO 8601 without a year). */
export const isoDateSchema = z
  .string()
  .regex(/^(\d{4}|-)-\d{2}-\d{2}$/, "YYYY-MM-DD or --MM-DD")
  .describe("ISO date YYYY-MM-DD, or --MM-DD when the year is unknown");

export const figureKinds = [
  "money",
  "area",
  "percent",
  "energy",
  "power",
  "mass",
  "length",
  "volume",
  "count",
  "duration",
] as const;
export const figureKindSchema = z.enum(figureKinds);
export type FigureKind = z.infer<typeof figureKindSchema>;

export const qualifierSchema = z.enum(["about", "over", "under"]).nullable();
export type Qualifier = z.infer<typeof qualifierSchema>;

export const changeSchema = z.enum(["increase", "decrease"]).nullable();
export type Change = z.infer<typeof changeSchema>;

/**
 * A quantity found in a text, with its span in that text (no paragraph index).
 * `value` is the lower bound of a range, in `unit`; `max` the upper bound or null.
 */
export const textFigureSchema = z.object({
  text: z.string().min(1),
  kind: figureKindSchema,
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  unit: z.string().min(1),
  qualifier: qualifierSchema,
  subject: z.string().min(1).nullable(),
  change: changeSchema,
  span: spanSchema,
});
export type TextFigure = z.infer<typeof textFigureSchema>;

/** A figure of an article: `span` is relative to `paragraphs[paragraph]`. */
export const figureSchema = textFigureSchema.extend({
  paragraph: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof figureSchema>;

export const bylineRoles = ["reporter", "correspondent", "intern", "author", "editor", "source"] as const;
export const bylineRoleSchema = z.enum(bylineRoles);
export type BylineRole = z.infer<typeof bylineRoleSchema>;

/** One credited person (or organisation, role `source`). */
export const bylineSchema = z.object({
  name: z.string().min(1),
  role: bylineRoleSchema,
  /** The words before the name as written (`株洲日报全媒体记者`), or null. */
  label: z.string().nullable(),
  /** True for a picture credit (摄, 摄影, 供图, 图). */
  photo: z.boolean(),
});
export type Byline = z.infer<typeof bylineSchema>;

export const datelineSchema = z.object({
  /** As written: `新华社北京9月28日电`, `本报讯`. */
  text: z.string().min(1),
  agency: z.string().min(1).nullable(),
  place: z.string().min(1).nullable(),
  date: isoDateSchema.nullable(),
});
export type Dateline = z.infer<typeof datelineSchema>;

export const staffRoles = ["editor", "art-editor", "proofreader", "photo-editor", "other"] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffSchema = z.object({
  name: z.string().min(1),
  role: staffRoleSchema,
  label: z.string().nullable(),
});
export type Staff = z.infer<typeof staffSchema>;

export const sourceSchema = z.object({
  /** Input path as given; `-` for standard input. */
  path: z.string(),
  /** The document id where the input format carries one, else null. */
  id: z.string().nullable(),
  /** 1-based first line of the original document that the record covers. */
  lineStart: z.number().int().positive(),
  /** 1-based last line (inclusive). */
  lineEnd: z.number().int().positive(),
});
export type Source = z.infer<typeof sourceSchema>;

export const genreSchema = z.enum(["news", "photo", "commentary"]);
export type Genre = z.infer<typeof genreSchema>;

export const headlineSchema = z.object({
  title: z.string().min(1).nullable(),
  kicker: z.string().min(1).nullable(),
  subtitle: z.string().min(1).nullable(),
});
export type Headline = z.infer<typeof headlineSchema>;

export const articleRecordSchema = z.object({
  type: z.literal("article"),
  id: z.string().min(1),
  source: sourceSchema,
  genre: genreSchema,
  headline: headlineSchema,
  dateline: datelineSchema.nullable(),
  date: isoDateSchema.nullable(),
  bylines: z.array(bylineSchema),
  subheads: z.array(z.string().min(1)),
  paragraphs: z.array(z.string().min(1)),
  figures: z.array(figureSchema),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const pageRecordSchema = z.object({
  type: z.literal("page"),
  id: z.string().min(1),
  source: sourceSchema,
  section: z.string().min(1).nullable(),
  staff: z.array(staffSchema),
  text: z.string(),
});
export type PageRecord = z.infer<typeof pageRecordSchema>;

export const recordSchema = z.discriminatedUnion("type", [articleRecordSchema, pageRecordSchema]);
export type NewsRecord = z.infer<typeof recordSchema>;

/** The JSON Schema (draft 2020-12) of one output line. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(recordSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
