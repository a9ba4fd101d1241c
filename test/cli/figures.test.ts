import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { SAMPLE_PAGE, SEED } from "../helpers/sample.js";
import { csvField, csvRow, defuseFormula, tsvRow } from "../../src/cli/csv.js";
import { groupedNumber, plainNumber } from "../../src/cli/highlight.js";
import { displayWidth } from "../../src/cli/width.js";


// Figures known by reading the page (see test/cli/inspect.test.ts). The
// headline holds an ASCII comma and double quotes, which CSV must quote.
const PAGE = SAMPLE_PAGE;
const TITLE_CSV = '"渌口新区,""智造""项目开工"';
const HEADER = "article,title,subject,kind,value,max,unit,qualifier,change,text";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhnews-figures-"));
  writeFileSync(join(dir, "page.txt"), PAGE);
});

/** Splits CSV text into records of fields (a small RFC 4180 reader for the tests). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("CSV and TSV fields", () => {
  it("quotes commas, doubles quotes, keeps line breaks inside quotes, ends records with CRLF", () => {
    expect(csvField("总投资约80亿元")).toBe("总投资约80亿元");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvRow(["x", "1,2", 'q"', "l\nm", ""])).toBe('x,"1,2","q""","l\nm",\r\n');
  });

  it("escapes tabs, line breaks and backslashes in TSV", () => {
    expect(tsvRow(["a\tb", "c\nd", "e\\f", "g\rh"])).toBe("a\\tb\tc\\nd\te\\\\f\tg\\rh\n");
  });

  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+86 731", "'+86 731"],
    ["-2.1%", "'-2.1%"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    // Not at the start, or not a formula character: left alone.
    ["总投资约80亿元", "总投资约80亿元"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["＝全角", "＝全角"],
    ["", ""],
  ])("defuseFormula(%j) is %j", (input, expected) => {
    expect(defuseFormula(input)).toBe(expected);
  });

  it("writes numbers plainly, never with an exponent", () => {
    expect(plainNumber(8e9)).toBe("8000000000");
    expect(plainNumber(4191.26)).toBe("4191.26");
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(1.5e22)).toBe("15000000000000000000000");
    expect(plainNumber(1.5e-7)).toBe("0.00000015");
    expect(plainNumber(-2.5e-8)).toBe("-0.000000025");
    expect(groupedNumber(8e9)).toBe("8,000,000,000");
    expect(groupedNumber(4191.26)).toBe("4,191.26");
    expect(groupedNumber(999)).toBe("999");
  });
});

describe("zhnews figures", () => {
  it("writes CSV when not on a terminal: a header, then one quoted row per figure", async () => {
    const r = await runCli(["figures", "page.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`${HEADER}\r\n`)).toBe(true);
    const lines = r.stdout.split("\r\n");
    expect(lines[1]).toBe(`page:1,${TITLE_CSV},总投资,money,8000000000,,CNY,about,,总投资约80亿元`);
    expect(lines).toContain(`page:1,${TITLE_CSV},占地,area,30.5,,mu,,,占地30.5亩`);
    expect(lines).toContain(`page:1,${TITLE_CSV},工期,duration,2,3,month,,,工期2至3个月`);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(1 + 7);
    for (const row of rows) expect(row).toHaveLength(10);
    expect(rows[1]?.[1]).toBe('渌口新区,"智造"项目开工');
    expect(rows.map((row) => row[3])).toEqual(["kind", "money", "area", "money", "money", "area", "duration", "count"]);
    expect(rows.find((row) => row[9]?.endsWith("不足500人"))?.slice(3, 9)).toEqual(["count", "500", "", "人", "under", ""]);
  });

  it("--kind keeps only the kinds named", async () => {
    const r = await runCli(["figures", "page.txt", "--kind", "area,duration"], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.map((row) => `${row[3]} ${row[4]} ${row[6]}`)).toEqual(["area 120 mu", "area 30.5 mu", "duration 2 month"]);
  });

  it("--kind may be repeated", async () => {
    const r = await runCli(["figures", "page.txt", "--kind", "area", "--kind", "count"], { cwd: dir });
    expect(parseCsv(r.stdout).slice(1).map((row) => row[3])).toEqual(["area", "area", "count"]);
  });

  it.each([["money,gold"], ["Money"], [","]])("--kind %s is a usage error (exit 2) naming the valid kinds", async (kinds) => {
    const r = await runCli(["figures", "page.txt", "--kind", kinds], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--kind");
    expect(r.stderr).toContain("money, area, percent");
  });

  it("--bom starts the CSV with a UTF-8 byte order mark", async () => {
    const r = await runCli(["figures", "page.txt", "--bom"], { cwd: dir });
    expect(r.stdout.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const plain = await runCli(["figures", "page.txt", "--format", "csv"], { cwd: dir });
    expect(plain.stdout.startsWith(HEADER)).toBe(true);
  });

  it("--escape-formulas defuses text cells that a spreadsheet would run, and leaves numbers alone", async () => {
    writeFileSync(join(dir, "formula.txt"), '=HYPERLINK("http://x")项目开工\n\n本报讯 该项目总投资约80亿元,占地120亩。\n');
    const r = await runCli(["figures", "formula.txt", "--format", "csv", "--escape-formulas"], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.map((row) => [row[1], row[4], row[9]])).toEqual([
      ["'=HYPERLINK(\"http://x\")项目开工", "8000000000", "总投资约80亿元"],
      ["'=HYPERLINK(\"http://x\")项目开工", "120", "占地120亩"],
    ]);
    const plain = await runCli(["figures", "formula.txt", "--format", "csv"], { cwd: dir });
    expect(parseCsv(plain.stdout)[1]?.[1]).toBe('=HYPERLINK("http://x")项目开工');
  });

  it("--escape-formulas with a format that is not CSV or TSV is a usage error", async () => {
    const r = await runCli(["figures", "page.txt", "--escape-formulas", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--escape-formulas");
  });

  it("--bom with a format that is not CSV or TSV is a usage error", async () => {
    const r = await runCli(["figures", "page.txt", "--bom", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--bom");
  });

  it("--format tsv: tab-separated, LF line ends", async () => {
    const r = await runCli(["figures", "page.txt", "--format", "tsv", "--kind", "money"], { cwd: dir });
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(HEADER.replaceAll(",", "\t"));
    expect(lines[1]).toBe(["page:1", '渌口新区,"智造"项目开工', "总投资", "money", "8000000000", "", "CNY", "about", "", "总投资约80亿元"].join("\t"));
    expect(r.stdout).not.toContain("\r");
  });

  it("--format jsonl: one object per figure with numbers as numbers and null for absent values", async () => {
    const r = await runCli(["figures", "page.txt", "--format", "jsonl", "--kind", "duration"], { cwd: dir });
    const objects = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(objects).toEqual([
      {
        article: "page:1",
        title: '渌口新区,"智造"项目开工',
        subject: "工期",
        kind: "duration",
        value: 2,
        max: 3,
        unit: "month",
        qualifier: null,
        change: null,
        text: "工期2至3个月",
      },
    ]);
  });

  it("--format table: every line has the same display width, Chinese counted as two columns", async () => {
    const r = await runCli(["figures", SEED, "page.txt", "--format", "table"], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/\n$/, "").split("\n");
    expect(lines.length).toBeGreaterThan(10);
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    // Columns line up: "kind" starts at the same column on every line.
    const header = lines[0] ?? "";
    const kindColumn = displayWidth(header.slice(0, header.indexOf("kind")));
    const row = lines.find((l) => l.includes("总投资约80亿元")) ?? "";
    expect(displayWidth(row.slice(0, row.indexOf("money")))).toBe(kindColumn);
    // Numbers are grouped and right-aligned in the table.
    expect(row).toContain("8,000,000,000");
  });

  it("--format table fits --width by cutting the text columns", async () => {
    const r = await runCli(["figures", SEED, "--format", "table", "--width", "120"]);
    const lines = r.stdout.replace(/\n$/, "").split("\n");
    for (const line of lines) expect(displayWidth(line)).toBe(120);
    expect(r.stdout).toContain("…");
  });

  it("is a table on a terminal and CSV otherwise", async () => {
    const tty = await runCli(["figures", "page.txt"], { cwd: dir, tty: true });
    expect(tty.stdout.split("\n")[0]).toMatch(/^article +title +subject +kind +value +max +unit +qualifier +change +text *$/);
    const pipe = await runCli(["figures", "page.txt"], { cwd: dir });
    expect(pipe.stdout.startsWith(HEADER)).toBe(true);
  });

  it("-o writes the file (CSV by default, TSV for .tsv) and nothing on standard output", async () => {
    const csv = join(dir, "out.csv");
    const r = await runCli(["figures", "page.txt", "-o", csv], { cwd: dir, tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(csv, "utf8").startsWith(`${HEADER}\r\n`)).toBe(true);
    const tsv = join(dir, "out.tsv");
    await runCli(["figures", "page.txt", "-o", tsv], { cwd: dir });
    expect(readFileSync(tsv, "utf8").startsWith(HEADER.replaceAll(",", "\t"))).toBe(true);
  });

  it("a missing input: exit 1, the others' figures still written", async () => {
    const r = await runCli(["figures", "nope.txt", "page.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("zhnews: error: nope.txt: no such file or directory");
    expect(parseCsv(r.stdout)).toHaveLength(8);
  });

  it("an unknown format is a usage error and leaves no file", async () => {
    const out = join(dir, "never.csv");
    const r = await runCli(["figures", "page.txt", "--format", "xlsx", "-o", out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("--help ends with examples", async () => {
    const r = await runCli(["figures", "--help"]);
    expect(r.code).toBe(0);
    const tail = r.stdout.trimEnd().split("\n").slice(-3);
    for (const line of tail) expect(line).toMatch(/^ {2}\$ zhnews figures /);
  });
});
