/**
 * What `extract` must do on any input: not throw, give records that pass
 * their schema with spans that slice back to their text, and give the same
 * records when run again.
 */
import { expect } from "vitest";
import { extract, type ExtractOptions } from "../../src/extract.js";
import { recordSchema, type NewsRecord } from "../../src/schema.js";

/** Runs `extract` twice on `text` (or bytes) and checks every property; returns the records. */
export function checkExtract(text: string | Uint8Array, options: ExtractOptions = {}): NewsRecord[] {
  const first = extract(text, { source: "fuzz.txt", ...options });
  for (const record of first.records) {
    const parsed = recordSchema.safeParse(record);
    if (!parsed.success) throw new Error(`invalid record: ${parsed.error.message}`);
    if (record.type !== "article") continue;
    for (const f of record.figures) {
      const paragraph = record.paragraphs[f.paragraph];
      if (paragraph === undefined) throw new Error(`figure ${f.text} points at paragraph ${f.paragraph} of ${record.paragraphs.length}`);
      const sliced = paragraph.slice(f.span[0], f.span[1]);
      if (sliced !== f.text) throw new Error(`span [${f.span[0]}, ${f.span[1]}) of paragraph ${f.paragraph} is ${JSON.stringify(sliced)}, not ${JSON.stringify(f.text)}`);
    }
  }
  // A record that failed its schema would be dropped with an error diagnostic: that is a bug too.
  const invalid = first.diagnostics.filter((d) => d.code === "invalid-record");
  if (invalid.length > 0) throw new Error(invalid.map((d) => d.message).join("\n"));
  const second = extract(text, { source: "fuzz.txt", ...options });
  expect(second.records).toEqual(first.records);
  // JSON Lines: every record is one line that parses back to itself.
  for (const record of first.records) {
    const line = JSON.stringify(record);
    if (line.includes("\n")) throw new Error("a record's JSON holds a raw line break");
    expect(JSON.parse(line)).toEqual(record);
  }
  return first.records;
}

/** The runs and seed of a property: fixed in `npm test`, more with `FUZZ_RUNS`. */
export function runs(fast: number): { numRuns: number; seed: number } {
  const env = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: Number.isFinite(env) && env > 0 ? env : fast, seed: Number.isFinite(seed) ? seed : 20220928 };
}
