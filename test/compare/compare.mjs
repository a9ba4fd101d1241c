#!/usr/bin/env node
// Compares the figures stage with Microsoft Recognizers-Text (zh-cn) on our spec tables.
//
//   npm run build && node test/compare/compare.mjs      (the lead's `npm run compare`)
//
// Tables: money, area, percent (and negatives: no figure of the table's kind may be found).
// A case counts correct when the set of (value, max, unit) results of the table's kind
// equals the expected set. Recognizers-Text gets the raw input, as a caller would give it;
// it has no ranges (max is always null for it) and no `pp` unit (个百分点 resolves to "%").
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Recognizers from "@microsoft/recognizers-text-suite";
import { parseFigures } from "../../dist/recognise/figures/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const load = (name) => JSON.parse(readFileSync(join(root, "fixtures/figures", `${name}.json`), "utf8"));
const culture = Recognizers.Culture.Chinese;

const AREA_UNITS = { Mu: "mu", "Square meter": "m2", "Square kilometer": "km2", Hectare: "ha" };

/** Recognizers-Text, per kind: (value, max, unit) triples. */
const theirs = {
  money: (input) =>
    Recognizers.recognizeCurrency(input, culture)
      .filter((r) => r.resolution?.value != null)
      .map((r) => ({
        value: Number(r.resolution.value),
        max: null,
        unit: r.resolution.isoCurrency ?? r.resolution.unit,
      })),
  area: (input) =>
    Recognizers.recognizeDimension(input, culture)
      .filter((r) => r.resolution?.value != null && AREA_UNITS[r.resolution.unit])
      .map((r) => ({ value: Number(r.resolution.value), max: null, unit: AREA_UNITS[r.resolution.unit] })),
  percent: (input) =>
    Recognizers.recognizePercentage(input, culture)
      .filter((r) => r.resolution?.value != null)
      .map((r) => ({ value: Number(String(r.resolution.value).replace(/%$/, "")), max: null, unit: "%" })),
};

const key = (f) => `${f.value}|${f.max ?? ""}|${f.unit}`;
const asSet = (figures) => [...figures].map(key).sort().join(" ; ");
const ours = (kind) => (input, options) => parseFigures(input, options).filter((f) => f.kind === kind);

const rows = [];
const differences = [];
for (const kind of ["money", "area", "percent"]) {
  const sources = [
    [kind, load(kind).map((c) => ({ ...c, expected: c.results.filter((r) => r.kind === kind) }))],
    [`negatives (no ${kind})`, load("negatives").map((c) => ({ ...c, expected: [] }))],
  ];
  for (const [table, cases] of sources) {
    let us = 0;
    let them = 0;
    for (const c of cases) {
      const want = asSet(c.expected);
      const a = asSet(ours(kind)(c.input, c.options));
      const b = asSet(theirs[kind](c.input));
      if (a === want) us++;
      if (b === want) them++;
      if (a !== want || b !== want) differences.push({ table, input: c.input, want, zhnews: a, recognizers: b });
    }
    rows.push({ table, cases: cases.length, zhnews: us / cases.length, recognizers: them / cases.length });
  }
}

const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7);
console.log(`${"table".padEnd(24)} cases   zhnews  Recognizers-Text`);
for (const r of rows) {
  console.log(`${r.table.padEnd(24)} ${String(r.cases).padStart(5)} ${pct(r.zhnews)}  ${pct(r.recognizers)}`);
}
console.log("\nCases where either differs from the expectation (value|max|unit):");
for (const d of differences) {
  console.log(`- [${d.table}] ${d.input}`);
  console.log(`    expected     ${d.want || "(none)"}`);
  if (d.zhnews !== d.want) console.log(`    zhnews       ${d.zhnews || "(none)"}`);
  if (d.recognizers !== d.want) console.log(`    recognizers  ${d.recognizers || "(none)"}`);
}
