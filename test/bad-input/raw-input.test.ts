/**
 * Bad input, before segmentation: HTML pasted as text, Big5 files, stray NUL
 * bytes, text that turns binary, vertical tabs, long files without blank
 * lines read in pages. Through the command, read whole and in pages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { big5, files, records, scratch, utf8 } from "./helpers.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

// Read whole, and streamed in small pages (the CLI's tuning, from the environment).
const WHOLE = { NO_COLOR: "1" };
const PAGED = { NO_COLOR: "1", ZHNEWS_STREAM_BYTES: "0", ZHNEWS_PAGE_CHARS: "400" };

const HTML = [
  "<p>西岭新区社区食堂开业</p>",
  "<p>&nbsp;&nbsp;本报讯（记者&nbsp;林一）昨日，西岭新区首家社区食堂开业，可同时容纳120人就餐。<br>据了解，食堂由街道&ldquo;幸福驿站&rdquo;改建而成。</p>",
  '<div class="editor">（责任编辑：周二）</div>',
  "",
].join("\n");

const TRADITIONAL = "西嶺新區社區食堂開業\n本報訊（記者 林一）昨日，西嶺新區首家社區食堂開業，可同時容納一百二十人就餐。\n據了解，食堂由街道幸福驛站改建而成。\n";

/** Invented articles without blank lines between them or their paragraphs. */
const NO_BLANKS =
  Array.from({ length: 40 }, (_, i) =>
    [`北塘街道第${i}号项目开工`, `本报讯（记者 林一）5月${(i % 28) + 1}日，北塘街道第${i}号项目开工，总投资约${i + 2}亿元。`, ...Array.from({ length: 1 + (i % 4) }, (_, k) => `据介绍，该项目占地${100 + k}亩，预计年产值可达${20 + k}亿元。`)].join("\n"),
  ).join("\n") + "\n";

const articles = (out: string) => records(out).filter((r): r is ArticleRecord => r.type === "article");
const anonymous = (list: NewsRecord[]) => list.map((r) => ({ ...r, id: r.id.replace(/^[^:]*:/, ""), source: { ...r.source, path: "" } }));

describe("zhnews extract on raw input", () => {
  let dir: string;
  const text = utf8(NO_BLANKS);
  // Bytes of every value, as compressed data has: about a tenth are control bytes.
  const junk = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 37 + 11) % 256);
  beforeAll(() => {
    dir = scratch("raw");
    files(dir, {
      "html.txt": HTML,
      "big5.txt": big5(TRADITIONAL),
      "nul.txt": Uint8Array.from([...text.subarray(0, 200), 0, ...text.subarray(200)]),
      "nb.txt": text,
      "tailbin.txt": Uint8Array.from([...text, ...junk]),
      "vt.txt": "提升城市品质\v北塘今年改造小区12个\n本报讯（记者 林一）昨日，记者从北塘街道获悉，今年将改造老旧小区12个。\n",
    });
  });

  it.each([
    ["whole", WHOLE],
    ["in pages", PAGED],
  ])("reads HTML pasted as text (%s): no tags or references left, dateline and bylines found, line numbers of the file", async (_how, env) => {
    const r = await runCli(["extract", "--jobs", "1", "html.txt"], { cwd: dir, env });
    expect(r.stderr).toBe("");
    const [a, ...rest] = articles(r.stdout);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("西岭新区社区食堂开业");
    expect(a!.dateline?.text).toBe("本报讯");
    expect(a!.paragraphs).toEqual(["昨日，西岭新区首家社区食堂开业，可同时容纳120人就餐。", "据了解，食堂由街道“幸福驿站”改建而成。"]);
    expect(JSON.stringify(a)).not.toMatch(/<\/?(?:p|br|div)\b|&[a-z]+;/);
    expect([a!.source.lineStart, a!.source.lineEnd]).toEqual([1, 3]);
  });

  it("reads Big5 by itself, and when told", async () => {
    for (const args of [["big5.txt"], ["--encoding", "big5", "big5.txt"]]) {
      const r = await runCli(["extract", "--jobs", "1", ...args], { cwd: dir, env: WHOLE });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const [a] = articles(r.stdout);
      expect(a!.paragraphs[0]).toBe("昨日，西嶺新區首家社區食堂開業，可同時容納一百二十人就餐。");
    }
  });

  it.each([
    ["whole", WHOLE],
    ["in pages", PAGED],
  ])("drops a stray NUL with a warning and reads the file as without it (%s)", async (_how, env) => {
    const clean = await runCli(["extract", "--jobs", "1", "nb.txt"], { cwd: dir, env });
    const r = await runCli(["extract", "--jobs", "1", "nul.txt"], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("zhnews: warning: nul.txt: a stray control byte (NUL or other) dropped, the first at byte 200\n");
    expect(anonymous(records(r.stdout))).toEqual(anonymous(records(clean.stdout)));
  });

  it("stops a streamed file where it turns binary, naming the byte, after the records of its text", async () => {
    const clean = await runCli(["extract", "--jobs", "1", "nb.txt"], { cwd: dir, env: PAGED });
    const r = await runCli(["extract", "--jobs", "1", "tailbin.txt"], { cwd: dir, env: PAGED });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`zhnews: error: tailbin.txt: binary content from byte ${text.length} (control bytes): the rest of the input is skipped\n`);
    expect(anonymous(records(r.stdout))).toEqual(anonymous(records(clean.stdout)));
    // Read whole, the file is skipped, and the error names the same byte.
    const whole = await runCli(["extract", "--jobs", "1", "tailbin.txt"], { cwd: dir, env: WHOLE });
    expect(whole.stderr).toBe(`zhnews: error: tailbin.txt: binary content from byte ${text.length} (control bytes), skipped\n`);
    expect(whole.stdout).toBe("");
  });

  it("gives the same records for a text without blank lines, whole or in pages", async () => {
    const whole = await runCli(["extract", "--jobs", "1", "nb.txt"], { cwd: dir, env: WHOLE });
    const paged = await runCli(["extract", "--jobs", "1", "nb.txt"], { cwd: dir, env: PAGED });
    expect(records(whole.stdout)).toHaveLength(40);
    expect(paged.stdout).toBe(whole.stdout);
  });

  it("breaks a headline at a vertical tab, keeping the file's line numbers", async () => {
    const r = await runCli(["extract", "--jobs", "1", "vt.txt"], { cwd: dir, env: WHOLE });
    const [a] = articles(r.stdout);
    // Which line is the title is the headline reader's call; the tab is a line break either way.
    const { kicker, title, subtitle } = a!.headline;
    expect([kicker, title, subtitle].filter((x) => x !== null)).toEqual(["提升城市品质", "北塘今年改造小区12个"]);
    expect([a!.source.lineStart, a!.source.lineEnd]).toEqual([1, 2]);
  });
});
