#!/usr/bin/env node
// Throughput of parseFigures on a fixed input: the seed page and the page fixtures,
// repeated to about 10 MB (UTF-8), fed one paragraph (line) at a time as the
// pipeline does. Prints MB/s (10^6 bytes of UTF-8 input per second), best of
// several rounds. No assertion: a number to compare before and after a change.
//
//   npm run build && node test/figures/bench-figures.mjs [megabytes] [rounds]
//   node --cpu-prof test/figures/bench-figures.mjs      (then open the .cpuprofile)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFigures } from "../../dist/recognise/figures/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const megabytes = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 5);

const sources = [];
for (const name of readdirSync(join(root, "seeds"))) {
  if (name.endsWith(".txt")) sources.push(readFileSync(join(root, "seeds", name), "utf8"));
}
const pages = join(root, "fixtures/pages");
for (const page of readdirSync(pages).sort()) {
  for (const name of readdirSync(join(pages, page))) {
    if (name.startsWith("input.")) sources.push(readFileSync(join(pages, page, name), "utf8"));
  }
}
const unit = sources
  .join("\n")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "");
const unitBytes = unit.reduce((sum, line) => sum + Buffer.byteLength(line, "utf8"), 0);
const copies = Math.max(1, Math.round((megabytes * 1e6) / unitBytes));
const lines = [];
for (let k = 0; k < copies; k++) lines.push(...unit);
const bytes = unitBytes * copies;

let figures = 0;
for (const line of unit) figures += parseFigures(line).length; // warm up
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (const line of lines) parseFigures(line);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  best = Math.min(best, seconds);
}
const mb = bytes / 1e6;
console.log(
  `parseFigures: ${mb.toFixed(1)} MB in ${lines.length} paragraphs, ${figures * copies} figures; ` +
    `best of ${rounds}: ${best.toFixed(3)} s = ${(mb / best).toFixed(1)} MB/s`,
);
