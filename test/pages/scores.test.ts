/**
 * The shared scorer on the seed page, on the development corpus and on the
 * repo's own pages of unseen layouts (`fixtures/unseen`), when `../shared` is
 * there (it is beside the repo for developers and CI; the corpus is research
 * material and never copied into the repo). A metric that falls
 * below the figure recorded in `fixtures/scores.json` fails the test; after a
 * reviewed improvement, `RECORD_SCORES=1 npm test` writes the new figures.
 *
 * The scorer runs the built CLI (`npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SHARED = join(ROOT, "../shared");
const SCORER = join(SHARED, "eval/score.mjs");
const RECORD = join(ROOT, "fixtures/scores.json");
const available = existsSync(SCORER) && existsSync(join(ROOT, "dist/cli.js"));

type Scores = Record<string, Record<string, number>>;

/** The scorer runs the CLI once per page: some sixty pages take half a minute on a busy machine. */
const SUITE_TIMEOUT_MS = 300_000;

function score(golds: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, [SCORER, "--json", ...golds], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { overall: number; summary: Record<string, number> };
  return { overall: Number(out.overall.toFixed(3)), ...out.summary };
}

describe.skipIf(!available)("scorer (skipped where ../shared or dist/ is missing)", () => {
  const recorded: Scores = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, "utf8")) as Scores) : {};
  const suites: Record<string, () => string[]> = {
    seed: () => [join(SHARED, "eval/gold/000_7cd392f51c3f8d00.json")],
    corpus: () => {
      const dir = join(SHARED, "corpus/gold");
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f)) : [];
    },
    // Pages written for the repo in the image of papers we do not have, gold by hand (fixtures/unseen/README.md).
    unseen: () => {
      const dir = join(ROOT, "fixtures/unseen");
      return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f));
    },
  };
  const now: Scores = {};

  it.each(Object.keys(suites))("%s: no metric below its recorded figure", (name) => {
    const golds = suites[name]!();
    if (golds.length === 0) return;
    now[name] = score(golds);
    if (process.env.RECORD_SCORES) {
      const all = { ...recorded, ...now };
      writeFileSync(RECORD, `${JSON.stringify(all, null, 2)}\n`);
      return;
    }
    const floor = recorded[name] ?? {};
    const drops = Object.entries(floor).filter(([k, v]) => (now[name]![k] ?? 0) < v - 1e-9);
    expect(drops.map(([k, v]) => `${k} ${now[name]![k]} < ${v}`)).toEqual([]);
  }, SUITE_TIMEOUT_MS);
});
