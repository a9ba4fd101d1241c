/**
 * The slow bad-input cases (`npm run fuzz`): a single line of 50 MB and
 * 100 000 tiny files, through the command as a real process.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { records, scratch, spawnCli } from "./helpers.js";

describe("slow bad input", () => {
  it("a single line of 50 MB finishes in seconds", async () => {
    const dir = scratch("long");
    const unit = "株洲日报讯(全媒体记者/王建国)9月28日,项目总投资约80亿元,占地229亩。稳投资,关键在项目";
    const bytes = Buffer.from(unit);
    writeFileSync(join(dir, "long.txt"), Buffer.concat(Array(Math.ceil(50e6 / bytes.length)).fill(bytes)));
    const started = performance.now();
    const r = await spawnCli(["extract", "long.txt", "-o", "out.jsonl"], { cwd: dir });
    const seconds = (performance.now() - started) / 1000;
    console.log(`50 MB line: ${seconds.toFixed(1)} s`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(seconds).toBeLessThan(120);
  });

  it("100 000 tiny files, every record there", async () => {
    const dir = scratch("many");
    const count = 100_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `p${String(i).padStart(6, "0")}.txt`), `第${i}号标题\n\n株洲日报讯 项目总投资约${i + 1}亿元。\n`);
    const started = performance.now();
    const r = await spawnCli(["extract", "."], { cwd: dir });
    console.log(`100 000 files: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out).toHaveLength(count);
    expect(out.every((x, i) => x.id === `p${String(i).padStart(6, "0")}:1`)).toBe(true);
  });
});
