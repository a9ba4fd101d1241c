import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { SAMPLE_PAGE, SEED } from "../helpers/sample.js";
import { escapeHtml, exactSum } from "../../src/cli/html.js";


// Money by reading: 约80亿元 + 超过30亿元 + 5亿元 = 115亿元 = 11,500,000,000 CNY;
// area: 120亩 + 30.5亩 = 150.5 mu.
const PAGE = SAMPLE_PAGE;

// Markup in the input text must come out as text. (A <script> is no test: the input
// cleaning removes it, content and all, before the report sees it; an <svg onload> it keeps.)
const EVIL = [
  "渌口新区<marquee>开工</marquee> & <svg onload=alert('title')>",
  "",
  "本报记者 王建国",
  "",
  "本报讯 9月28日,渌口区一项目开工<svg onload=alert(\"x\")>。该项目总投资约80亿元,占地120亩。",
  "",
  "<video src=x onerror=alert(1)>二期投资5亿元,\"占地\"30.5亩。",
  "",
].join("\n");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-report-"));
  writeFileSync(join(dir, "page.txt"), PAGE);
  writeFileSync(join(dir, "evil.txt"), EVIL);
});

async function report(args: string[]): Promise<{ code: number; html: string; stderr: string }> {
  const out = join(dir, `r-${Math.random().toString(36).slice(2)}.html`);
  const r = await runCli(["report", ...args, "-o", out], { cwd: dir });
  return { code: r.code, html: existsSync(out) ? readFileSync(out, "utf8") : "", stderr: r.stderr };
}

describe("HTML helpers", () => {
  it("escapes the five markup characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;");
  });

  it("sums decimals exactly", () => {
    expect(exactSum([0.1, 0.2])).toBe("0.3");
    expect(exactSum([4191.26, 40, 229])).toBe("4,460.26");
    expect(exactSum([8e9, 1.7e9])).toBe("9,700,000,000");
    expect(exactSum([1e21, 1])).toBe("1,000,000,000,000,000,000,001");
    expect(exactSum([])).toBe("0");
  });
});

describe("zhnews report", () => {
  it("is one self-contained UTF-8 Chinese HTML document", async () => {
    const { code, html } = await report(["page.txt"]);
    expect(code).toBe(0);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^]*<\/style>/);
    // Nothing to fetch and nothing to run.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/);
  });

  it("highlights each figure with its kind and value", async () => {
    const { html } = await report(["page.txt"]);
    expect(html).toContain(
      '<mark class="fig" data-kind="money" title="money 8,000,000,000 CNY ≈ · subject 总投资">总投资约80亿元</mark>',
    );
    expect(html).toContain('<mark class="fig" data-kind="area" title="area 30.5 mu · subject 占地">占地30.5亩</mark>');
    expect(html).toMatch(/<mark class="fig" data-kind="duration" [^>]*>工期2至3个月<\/mark><span class="val">2–3 month<\/span>/);
    expect(html.match(/<mark class="fig"/g)).toHaveLength(7);
  });

  it("sums money and area per unit in the summary, and charts them", async () => {
    const { html } = await report(["page.txt"]);
    const summary = html.slice(html.indexOf('<section id="summary">'), html.indexOf("</section>"));
    expect(summary).toMatch(/money<\/th><td class="num">3<\/td><td class="num"><span class="sum">11,500,000,000 CNY<\/span>/);
    expect(summary).toMatch(/area<\/th><td class="num">2<\/td><td class="num"><span class="sum">150.5 mu<\/span>/);
    expect(summary).toMatch(/duration<\/th><td class="num">1<\/td>/);
    expect(summary).toMatch(/count<\/th><td class="num">1<\/td>/);
    // Two charts (money CNY, area mu), bars in order of size, the largest full length.
    const charts = summary.match(/<svg[^]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(2);
    const moneyBars = [...(charts[0] ?? "").matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(moneyBars).toEqual([250, 94, 16]); // 80亿 : 30亿 : 5亿 of 250 px
  });

  it("shows each article of the seed page as an <article>, page furniture apart", async () => {
    const { code, html } = await report([SEED]);
    expect(code).toBe(0);
    expect(html.match(/<article /g)).toHaveLength(10);
    expect(html.match(/<aside class="page"/g)).toHaveLength(1);
    expect(html).toContain("<h3>居然之家茶陵店开业运营</h3>");
    expect(html).toContain('<p class="subtitle">打造“三个高地” 彰显茶陵担当</p>');
    expect(html).toContain("<li>聚焦责任落实 专班专人推项目</li>");
  });

  // Tags that are not HTML remnants of running text (those the input cleaning removes: <b>, <img>, <p>) reach the report as text.
  it("escapes markup from the input: no tag of the input survives", async () => {
    const { code, html } = await report(["evil.txt"]);
    expect(code).toBe(0);
    expect(html).not.toMatch(/<script|<video|<marquee|<svg onload/i);
    expect(html).toContain("&#60;svg onload=alert(&#34;x&#34;)&#62;");
    expect(html).toContain("渌口新区&#60;marquee&#62;开工&#60;/marquee&#62; &#38; &#60;svg onload=alert(&#39;title&#39;)&#62;");
    expect(html).toContain("&#60;video src=x onerror=alert(1");
  });

  it("lists input errors among the diagnostics and exits 1", async () => {
    const { code, html, stderr } = await report(["page.txt", "nope.txt"]);
    expect(code).toBe(1);
    expect(stderr).toContain("zhnews: error: nope.txt: no such file or directory");
    const diagnostics = html.slice(html.indexOf('<section id="diagnostics">'));
    expect(diagnostics).toContain("<strong>error</strong> nope.txt: no such file or directory");
  });

  it("writes to standard output when it is not a terminal, and refuses a terminal", async () => {
    const piped = await runCli(["report", "page.txt"], { cwd: dir });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith("<!doctype html>")).toBe(true);
    const tty = await runCli(["report", "page.txt"], { cwd: dir, tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe("");
    expect(tty.stderr).toContain("-o report.html");
  });

  it("--help ends with examples", async () => {
    const r = await runCli(["report", "--help"]);
    expect(r.code).toBe(0);
    const tail = r.stdout.trimEnd().split("\n").slice(-3);
    for (const line of tail) expect(line).toMatch(/^ {2}\$ zhnews report /);
  });
});
