import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { NOTED_PAGE, SAMPLE_PAGE, SEED } from "../helpers/sample.js";
import { displayWidth } from "../../src/cli/width.js";

const ESC = "\u001b[";

// A page whose figures are known by reading it: 约80亿元 = 8,000,000,000 CNY
// about; 120亩; 超过30亿元 over; 5亿元; 30.5亩; 2至3个月 a range; 不足500人 under.
const PAGE = SAMPLE_PAGE;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-inspect-"));
  writeFileSync(join(dir, "page.txt"), PAGE);
  writeFileSync(join(dir, "noted.txt"), NOTED_PAGE);
});

describe("zhnews inspect", () => {
  it("shows the headline, byline with its role, dateline, and each figure followed by its value", async () => {
    const r = await runCli(["inspect", "page.txt", "--width", "200"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout;
    expect(out).toContain("渌口新区,\"智造\"项目开工");
    expect(out).toMatch(/王建国 +reporter · 本报记者/);
    expect(out).toMatch(/dateline +本报讯/);
    expect(out).toContain("⟦总投资约80亿元⟧ ⟨money 8,000,000,000 CNY ≈ · subject 总投资⟩");
    expect(out).toContain("⟦占地120亩⟧ ⟨area 120 mu · subject 占地⟩");
    expect(out).toMatch(/⟦[^⟧]*超过30亿元⟧ ⟨money 3,000,000,000 CNY >/);
    expect(out).toContain("⟦占地30.5亩⟧ ⟨area 30.5 mu · subject 占地⟩");
    expect(out).toMatch(/2至3个月⟧ ⟨duration 2–3 month/);
    expect(out).toMatch(/不足500人⟧ ⟨count 500 人 </);
    expect(out).toContain("1 article(s), 0 page furniture block(s), 7 figure(s)");
  });

  it("wraps to --width, counting Chinese characters as two columns", async () => {
    const r = await runCli(["inspect", SEED, "--width", "50"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    // Chinese lines really fill the width (not just short lines everywhere).
    expect(lines.some((l) => displayWidth(l) >= 48)).toBe(true);
  });

  it("is 80 columns wide when standard output is not a terminal", async () => {
    const r = await runCli(["inspect", SEED]);
    const widths = r.stdout.split("\n").map(displayWidth);
    expect(Math.max(...widths)).toBe(80); // the frame's top and bottom rules
  });

  it("frames each article of the seed page and dims page furniture", async () => {
    const r = await runCli(["inspect", "--issue-date", "2022-09-29", SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^┌─ #\d+ /gm)).toHaveLength(10);
    expect(r.stdout.match(/^┌─ page furniture · /gm)).toHaveLength(1);
    expect(r.stdout).toContain("居然之家茶陵店开业运营");
    expect(r.stdout).toMatch(/subtitle +打造“三个高地” 彰显茶陵担当/);
    expect(r.stdout).toMatch(/section +同城·新媒/);
  });

  it("lists subheads under the headline and says why they are not in the body", async () => {
    const r = await runCli(["inspect", SEED, "--width", "120"]);
    expect(r.stdout).toContain("## 聚焦责任落实 专班专人推项目");
    expect(r.stdout).toContain("keeps no position for them");
  });

  it("ends with the diagnostics", async () => {
    const r = await runCli(["inspect", "noted.txt", "--width", "120"], { cwd: dir });
    const tail = r.stdout.slice(r.stdout.lastIndexOf("diagnostics"));
    expect(tail).toMatch(/^diagnostics \(\d+\)\n  (note|warning|error) .*noted\.txt:5: /);
    // Notes are shown on standard output, not standard error.
    expect(r.stderr).toBe("");
  });

  it("says so when there is nothing to report", async () => {
    const r = await runCli(["inspect", "page.txt"], { cwd: dir });
    expect(r.stdout.trimEnd().endsWith("diagnostics: none")).toBe(true);
  });

  it("a missing input: named on standard error and in the diagnostics, exit 1", async () => {
    const r = await runCli(["inspect", "page.txt", "nope.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("zhnews: error: nope.txt: no such file or directory");
    expect(r.stdout).toMatch(/error nope\.txt: no such file or directory/);
  });

  it("has no ANSI escapes without a terminal, nor with NO_COLOR on a terminal", async () => {
    expect((await runCli(["inspect", "page.txt"], { cwd: dir })).stdout).not.toContain(ESC);
    const r = await runCli(["inspect", "page.txt"], { cwd: dir, tty: true, env: { NO_COLOR: "1" } });
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain("⟦总投资约80亿元⟧");
  });

  it("colours on a terminal and with --color, highlighting the figure instead of bracketing it", async () => {
    for (const options of [{ tty: true }, { tty: false }]) {
      const argv = options.tty ? ["inspect", "page.txt"] : ["inspect", "--color", "page.txt"];
      const r = await runCli(argv, { cwd: dir, ...options });
      expect(r.stdout).toContain(ESC);
      expect(r.stdout).not.toContain("⟦");
      // The figure's words sit between escape sequences, followed by the dimmed value.
      expect(r.stdout).toMatch(/\u001b\[[0-9;]*m总投资约80亿元\u001b\[[0-9;]*m/);
    }
    expect((await runCli(["inspect", "--no-color", "page.txt"], { cwd: dir, tty: true })).stdout).not.toContain(ESC);
  });

  it("takes the terminal's width on a terminal", async () => {
    // runCli's terminal has no columns: the fallback is 80; --width wins.
    const r = await runCli(["inspect", "page.txt", "--width", "40"], { cwd: dir, tty: true, env: { NO_COLOR: "1" } });
    expect(Math.max(...r.stdout.split("\n").map(displayWidth))).toBe(40);
  });

  it.each([["--width", "abc"], ["--width", "5"]])("rejects %s %s as a usage error", async (...argv) => {
    const r = await runCli(["inspect", ...argv, "page.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--width");
  });

  it("reads standard input", async () => {
    const r = await runCli(["inspect"], { stdin: PAGE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("=== - ===");
    expect(r.stdout).toContain("⟦占地120亩⟧");
  });

  it("--help ends with examples", async () => {
    const r = await runCli(["inspect", "--help"]);
    expect(r.code).toBe(0);
    const tail = r.stdout.trimEnd().split("\n").slice(-3);
    for (const line of tail) expect(line).toMatch(/^ {2}\$ zhnews inspect /);
  });
});
