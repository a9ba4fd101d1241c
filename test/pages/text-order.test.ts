/**
 * An invariant over every page the repo holds (the golden pages and the pages
 * of unseen layouts): records never reorder text. Read one after another, the
 * paragraphs of each article stand in the input in the same order, and none
 * reaches past the start of the next (articles may not: a jump's continuation
 * later in the file joins its article): a paragraph joined across a break never
 * takes in a line that stands after a paragraph it passed over (three ads
 * `▲…林先生` / `▲…83617788` / `▲…13859078901` once came out as [ad1 + ad3, ad2]).
 *
 * The input is read as the pipeline reads it (`splitDocuments`: side-by-side
 * columns one after the other), compared without white space. Each paragraph's
 * first characters are looked for from where the last one ended, then its last
 * characters from there: a paragraph whose start is in the input but only
 * before that point is out of order. Inputs that are not UTF-8 are skipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { detectFormat, splitDocuments } from "../../src/input/formats.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
/** How many characters of a paragraph's start and end are looked for. */
const PROBE = 4;

interface Page {
  name: string;
  path: string;
  issueDate: string | null;
}

function pages(): Page[] {
  const out: Page[] = [];
  const golden = join(FIXTURES, "pages");
  for (const name of readdirSync(golden).sort()) {
    const expected = JSON.parse(readFileSync(join(golden, name, "expected.json"), "utf8")) as { input?: string; issueDate: string | null };
    if (expected.input !== undefined) continue; // the seed page lives outside the repo
    const file = readdirSync(join(golden, name)).find((f) => f.startsWith("input."));
    if (file !== undefined) out.push({ name: `pages/${name}`, path: join(golden, name, file), issueDate: expected.issueDate });
  }
  const unseen = join(FIXTURES, "unseen");
  for (const name of readdirSync(unseen).sort()) {
    if (!name.endsWith(".json")) continue;
    const gold = JSON.parse(readFileSync(join(unseen, name), "utf8")) as { input: string; issueDate?: string | null };
    const path = join(unseen, gold.input);
    if (existsSync(path)) out.push({ name: `unseen/${gold.input}`, path, issueDate: gold.issueDate ?? null });
  }
  return out;
}

const strip = (s: string): string => s.replace(/\s+/gu, "");

/** The paragraphs (without white space) whose start stands in `input` only before the end of the paragraph before. */
export function outOfOrder(input: string, paragraphs: readonly string[]): string[] {
  const text = strip(input);
  const bad: string[] = [];
  let cursor = 0;
  for (const p of paragraphs) {
    const s = strip(p);
    if (s.length === 0) continue;
    const k = Math.min(PROBE, s.length);
    const at = text.indexOf(s.slice(0, k), cursor);
    if (at < 0) {
      if (text.includes(s.slice(0, k))) bad.push(s);
      continue;
    }
    const end = text.indexOf(s.slice(-k), at);
    cursor = end < 0 ? at + 1 : end + k;
  }
  return bad;
}

describe("text order", () => {
  it("finds a paragraph that a join moved past another", () => {
    const input = "▲甲店招租。电话:111\n\n▲乙楼出租。电话:222\n\n▲丙房转让。电话:333";
    expect(outOfOrder(input, ["▲甲店招租。电话:111▲丙房转让。电话:333", "▲乙楼出租。电话:222"])).toEqual(["▲乙楼出租。电话:222"]);
    expect(outOfOrder(input, ["▲甲店招租。电话:111", "▲乙楼出租。电话:222", "▲丙房转让。电话:333"])).toEqual([]);
  });

  it.each(pages().map((p) => [p.name, p] as const))("%s keeps its paragraphs in input order", (_name, page) => {
    const bytes = readFileSync(page.path);
    let raw: string;
    try {
      raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return; // Big5, GB18030: read by the pipeline's decoder, not here
    }
    const input = splitDocuments(raw, detectFormat(raw))
      .documents.map((d) => d.text)
      .join("\n");
    const { records } = extract(bytes, { source: page.path, ...(page.issueDate ? { issueDate: page.issueDate } : {}) });
    // Article by article: a continuation found later in the file (`（上接第一版）…`) is
    // rightly read after its article's first part, past the articles between them.
    const bad = records.flatMap((r) => (r.type === "article" ? outOfOrder(input, r.paragraphs) : []));
    expect(bad).toEqual([]);
  });
});
