/**
 * The development corpus (../shared/corpus) is research material, not ours to
 * publish: no run of its text may stand in the repo's sources, tests or
 * fixtures. Compared on Han characters and digits only, so punctuation and
 * full-width changes do not hide a copy. Skipped where the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "../shared/corpus/texts");
/** Han characters in a row that make a copy: long enough that set phrases do not count. */
const RUN = 12;

const hanOnly = (s: string) => s.replace(/[^\u3400-\u9fff０-９0-9]/g, "");

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".") || name === "seeds") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|js|json|txt|xml|md)$/.test(name) && !name.includes("lock")) yield path;
  }
}

describe.skipIf(!existsSync(CORPUS))("provenance (skipped without ../shared/corpus)", () => {
  it(`no ${RUN}-character run of the development corpus is copied into the repo`, () => {
    const runs = new Set<string>();
    for (const name of readdirSync(CORPUS)) {
      const text = hanOnly(readFileSync(join(CORPUS, name), "utf8"));
      for (let i = 0; i + RUN <= text.length; i++) runs.add(text.slice(i, i + RUN));
    }
    const copies: string[] = [];
    for (const path of files(ROOT)) {
      const text = hanOnly(readFileSync(path, "utf8"));
      for (let i = 0; i + RUN <= text.length; i++) {
        if (runs.has(text.slice(i, i + RUN))) {
          copies.push(`${relative(ROOT, path)}: ${text.slice(i, i + RUN)}`);
          break;
        }
      }
    }
    expect(copies).toEqual([]);
  });
});
