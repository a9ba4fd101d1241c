/**
 * The golden pages under fixtures/pages/<case>/: input and hand-checked
 * expectations (see test/pages/golden.test.ts for what is checked).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, Figure, NewsRecord } from "../../src/schema.js";

const ROOT = join(import.meta.dirname, "../../fixtures/pages");

export type ExpectedFigure = [kind: string, value: number, max: number | null, unit: string, extra?: Partial<Pick<Figure, "qualifier" | "subject" | "change">>];
export interface ExpectedArticle {
  type: "article";
  sourceId?: string;
  headline: ArticleRecord["headline"];
  genre: string;
  dateline: ArticleRecord["dateline"];
  date: string | null;
  bylines: Array<[string, string, boolean]>;
  optionalBylines?: Array<[string, string, boolean]>;
  subheads: string[];
  paragraphs: number;
  first: string;
  last: string;
  figures: ExpectedFigure[];
  optionalFigures: ExpectedFigure[];
}
export interface ExpectedPage {
  type: "page";
  section: string;
  staff: Array<[string, string]>;
}
export interface Expected {
  /** The input, when it lives outside the case folder (the seed page). */
  input?: string;
  issueDate: string | null;
  records: Array<ExpectedArticle | ExpectedPage>;
}

export const cases = readdirSync(ROOT).sort();

export function runCase(name: string): { records: NewsRecord[]; expected: Expected; input: string } {
  const dir = join(ROOT, name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const file = expected.input ?? readdirSync(dir).find((f) => f.startsWith("input."))!;
  const bytes = readFileSync(join(dir, file));
  const { records } = extract(bytes, { source: file, ...(expected.issueDate ? { issueDate: expected.issueDate } : {}) });
  return { records, expected, input: new TextDecoder().decode(bytes) };
}

