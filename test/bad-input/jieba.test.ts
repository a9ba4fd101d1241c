/**
 * Bad input, the native addon: nodejieba aborts the process on a missing or
 * empty dictionary, so the adapter checks before it loads, refuses unsafe
 * strings, and when the addon cannot be loaded says why and lets the rest of
 * the pipeline go on without it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Chalk } from "chalk";
import { afterEach, describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { Reporter } from "../../src/cli/shared.js";
import { cutWords, jiebaDiagnostic, jiebaLoadError, safeForJieba, setJiebaLoader, tagWords, type JiebaBinding } from "../../src/nlp/jieba.js";
import { checkSpans, records, scratch, SEED, spawnCli } from "./helpers.js";

afterEach(() => setJiebaLoader(null));

/** A stand-in for nodejieba whose dictionaries are the given files; it records what it was handed. */
function fake(dicts: Partial<Record<"dict" | "hmm" | "user" | "idf" | "stop", string>>) {
  const dir = scratch("dict");
  const file = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  };
  const calls: string[] = [];
  let loads = 0;
  const binding: JiebaBinding = {
    DEFAULT_DICT: dicts.dict ?? file("jieba.dict.utf8", "株洲 100 ns\n日报 50 n\n"),
    DEFAULT_HMM_DICT: dicts.hmm ?? file("hmm_model.utf8", "#prob\n0 0\n"),
    DEFAULT_USER_DICT: dicts.user ?? file("user.dict.utf8", "云计算\n"),
    DEFAULT_IDF_DICT: dicts.idf ?? file("idf.utf8", "株洲 9.0\n"),
    DEFAULT_STOP_WORD_DICT: dicts.stop ?? file("stop_words.utf8", "的\n"),
    load: () => {
      loads++;
    },
    cut: (text) => {
      calls.push(text);
      return [...text];
    },
    tag: (text) => {
      calls.push(text);
      return [...text].map((word) => ({ word, tag: "x" }));
    },
  };
  return { binding, calls, loads: () => loads, dir };
}

describe("nodejieba adapter", () => {
  it("a failure to load the addon: null answers, a clear reason, and the seed page still extracts", () => {
    setJiebaLoader(() => {
      throw new Error("simulated: nodejieba.node was not found");
    });
    expect(cutWords("株洲日报讯")).toBeNull();
    expect(tagWords("株洲日报讯")).toBeNull();
    expect(jiebaLoadError()).toBe("cannot load the native addon: simulated: nodejieba.node was not found");
    expect(jiebaDiagnostic()).toEqual({
      level: "warning",
      code: "jieba-unavailable",
      message: "nodejieba unavailable (cannot load the native addon: simulated: nodejieba.node was not found): word segmentation falls back to rules",
    });
    const result = extract(readFileSync(SEED), { source: SEED, issueDate: "2022-09-29" });
    expect(result.records.length).toBeGreaterThan(5);
    expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    checkSpans(result.records);
  });

  it.each([
    ["missing", (dir: string) => join(dir, "nope.utf8"), /^main dictionary .*nope\.utf8 is missing$/],
    ["empty", (dir: string) => (writeFileSync(join(dir, "e.utf8"), ""), join(dir, "e.utf8")), /^main dictionary .*e\.utf8 is empty$/],
    ["without frequencies", (dir: string) => (writeFileSync(join(dir, "z.utf8"), "株洲 0 ns\n日报\n"), join(dir, "z.utf8")), /has no word with a frequency$/],
    ["a folder", (dir: string) => dir, /is not a file$/],
  ])("a main dictionary that is %s is refused before the native code opens it (it would abort)", (_name, make, reason) => {
    const dir = scratch("bad-dict");
    const f = fake({ dict: make(dir) });
    setJiebaLoader(() => f.binding);
    expect(cutWords("株洲日报讯")).toBeNull();
    expect(f.loads()).toBe(0);
    expect(jiebaLoadError()).toMatch(reason);
  });

  it("an empty HMM or stop-word dictionary is refused too", () => {
    for (const key of ["hmm", "user", "idf", "stop"] as const) {
      const dir = scratch("bad-dict");
      writeFileSync(join(dir, "empty"), "");
      const f = fake({ [key]: join(dir, "empty") });
      setJiebaLoader(() => f.binding);
      expect(cutWords("株洲日报讯")).toBeNull();
      expect(f.loads()).toBe(0);
      expect(jiebaLoadError()).toMatch(/dictionary .* is empty$/);
    }
  });

  it("never hands the native code an empty, blank, over-long or ill-formed string", () => {
    const f = fake({});
    setJiebaLoader(() => f.binding);
    for (const bad of ["", "   ", "\u3000\n", "株\u0000洲", "\ud800株洲", "株洲\udfff", "中".repeat(100_001)]) {
      expect(safeForJieba(bad)).toBe(false);
      expect(cutWords(bad)).toBeNull();
      expect(tagWords(bad)).toBeNull();
    }
    expect(f.calls).toEqual([]);
    expect(cutWords("株洲😀")).toEqual(["株", "洲", "😀"]);
    expect(f.loads()).toBe(1);
    expect(jiebaLoadError()).toBeNull();
  });

  it("an exception from the native code is an answer of null, not a crash", () => {
    const f = fake({});
    setJiebaLoader(() => ({ ...f.binding, cut: () => { throw new Error("boom"); }, tag: () => { throw new Error("boom"); } }));
    expect(cutWords("株洲")).toBeNull();
    expect(tagWords("株洲")).toBeNull();
  });

  it("ZHNEWS_JIEBA=off turns it off with a reason", () => {
    const before = process.env.ZHNEWS_JIEBA;
    process.env.ZHNEWS_JIEBA = "off";
    try {
      setJiebaLoader(() => {
        throw new Error("must not be called");
      });
      expect(cutWords("株洲日报讯")).toBeNull();
      expect(jiebaLoadError()).toBe("turned off by ZHNEWS_JIEBA");
    } finally {
      if (before === undefined) delete process.env.ZHNEWS_JIEBA;
      else process.env.ZHNEWS_JIEBA = before;
    }
  });

  it("the real addon, when it loads, segments", () => {
    const words = cutWords("株洲日报讯 项目总投资约80亿元");
    if (words === null) {
      // No native build here: the reason must say so.
      expect(jiebaLoadError()).toMatch(/native addon/);
      return;
    }
    expect(words.join("")).toBe("株洲日报讯 项目总投资约80亿元");
  });

  it("the command says it once per run, however many files", () => {
    let err = "";
    const stderr = new Writable({ write: (c: Buffer, _e, done) => ((err += c.toString()), done()) });
    const io = { stdin: process.stdin, stdout: process.stdout, stderr, env: {}, cwd: "/" };
    const reporter = new Reporter(io, new Chalk({ level: 0 }), false, false);
    const d = { level: "warning" as const, code: "jieba-unavailable", message: "nodejieba unavailable (x): word segmentation falls back to rules" };
    reporter.diagnostic("a.txt", d);
    reporter.diagnostic("b.txt", d);
    expect(err).toBe("zhnews: warning: a.txt: nodejieba unavailable (x): word segmentation falls back to rules\n");
    expect(reporter.failed).toBe(false);
  });

  it("the command runs on the seed with nodejieba turned off", async () => {
    const r = await spawnCli(["extract", "--issue-date", "2022-09-29", SEED], { env: { ...process.env, ZHNEWS_JIEBA: "off" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(records(r.stdout).length).toBeGreaterThan(5);
  });
});
