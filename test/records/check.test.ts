/**
 * The compiled test of a record schema (src/records/check.ts) accepts exactly
 * what zod accepts: on hand-made records broken one field at a time, on
 * random breakages of real records, and it refuses to compile what it does
 * not know.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileCheck } from "../../src/records/check.js";
import { articleRecordSchema, pageRecordSchema } from "../../src/schema.js";
import { extract } from "../../src/index.js";

const article = {
  type: "article",
  id: "p:1",
  source: { path: "p.txt", id: null, lineStart: 1, lineEnd: 4 },
  genre: "news",
  headline: { title: "项目开工", kicker: null, subtitle: null },
  dateline: { text: "本报讯", agency: "本报", place: null, date: "--09-28" },
  date: "2022-09-28",
  bylines: [{ name: "王五", role: "reporter", label: "记者", photo: false }],
  subheads: [],
  paragraphs: ["项目总投资约80亿元。"],
  figures: [
    {
      text: "约80亿元",
      kind: "money",
      value: 8e9,
      max: null,
      unit: "CNY",
      qualifier: "about",
      subject: "项目总投资",
      change: null,
      span: [4, 9],
      paragraph: 0,
    },
  ],
};
const page = { type: "page", id: "p:2", source: { path: "p.txt", id: null, lineStart: 5, lineEnd: 5 }, section: null, staff: [{ name: "张三", role: "editor", label: "责任编辑" }], text: "责任编辑：张三" };

const DELETE = Symbol("delete");

/** A deep copy of `value` with the value at `path` replaced (or deleted, or an item pushed with `push`). */
function changed(value: object, path: (string | number)[], to: unknown, push = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (push) (holder[last] as unknown[]).push(to);
  else if (to === DELETE) delete holder[last];
  else holder[last] = to;
  return copy;
}

const checkArticle = compileCheck(articleRecordSchema);
const checkPage = compileCheck(pageRecordSchema);

describe("compileCheck on the record schemas", () => {
  it.each([
    ["the record as made", article, true],
    ["an unknown key (zod strips it)", changed(article, ["extra"], 1), true],
    ["a year-less date", changed(article, ["date"], "--01-02"), true],
    ["no id", changed(article, ["id"], DELETE), false],
    ["an empty id", changed(article, ["id"], ""), false],
    ["another type", changed(article, ["type"], "page"), false],
    ["an unknown genre", changed(article, ["genre"], "feature"), false],
    ["a date not ISO", changed(article, ["date"], "2022-9-28"), false],
    ["a date with text after it", changed(article, ["date"], "2022-09-28x"), false],
    ["a nullable field missing", changed(article, ["headline", "kicker"], DELETE), false],
    ["line 0", changed(article, ["source", "lineStart"], 0), false],
    ["a fractional line", changed(article, ["source", "lineEnd"], 1.5), false],
    ["a figure value NaN", changed(article, ["figures", 0, "value"], Number.NaN), false],
    ["a figure value infinite", changed(article, ["figures", 0, "value"], Number.POSITIVE_INFINITY), false],
    ["a negative figure value", changed(article, ["figures", 0, "value"], -8.7), true],
    ["a negative span start", changed(article, ["figures", 0, "span"], [-1, 9]), false],
    ["a span of three", changed(article, ["figures", 0, "span"], [4, 9, 10]), false],
    ["a span of one", changed(article, ["figures", 0, "span"], [4]), false],
    ["an empty subject", changed(article, ["figures", 0, "subject"], ""), false],
    ["an unknown qualifier", changed(article, ["figures", 0, "qualifier"], "around"), false],
    ["photo as a string", changed(article, ["bylines", 0, "photo"], "false"), false],
    ["an empty paragraph", changed(article, ["paragraphs"], "", true), false],
    ["paragraphs as a string", changed(article, ["paragraphs"], "项目总投资约80亿元。"), false],
    ["figures as an object", changed(article, ["figures"], { 0: article.figures[0] }), false],
    ["a null dateline", changed(article, ["dateline"], null), true],
    ["a dateline as an array", changed(article, ["dateline"], []), false],
    ["null", null, false],
  ])("%s", (_what, record, valid) => {
    expect(articleRecordSchema.safeParse(record).success).toBe(valid);
    expect(checkArticle(record)).toBe(valid);
  });

  it.each([
    ["the record as made", page, true],
    ["an empty text", changed(page, ["text"], ""), true],
    ["an unknown staff role", changed(page, ["staff", 0, "role"], "boss"), false],
    ["an empty section", changed(page, ["section"], ""), false],
  ])("page: %s", (_what, record, valid) => {
    expect(pageRecordSchema.safeParse(record).success).toBe(valid);
    expect(checkPage(record)).toBe(valid);
  });

  it("agrees with zod on real records with one value anywhere in them replaced", () => {
    const records = extract(new TextEncoder().encode(SEED), { source: "seed.txt", issueDate: "2022-09-29" }).records;
    expect(records.map((r) => r.type)).toEqual(["article", "page"]);
    expect(records[0]!.type === "article" && records[0]!.figures.length).toBeGreaterThan(3);
    const values = fc.oneof(
      fc.constantFrom(null, undefined, "", "x", "--09-28", "2022-09-28", 0, -1, 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}, [1, 2], "money", "reporter", "news"),
      fc.string(),
      fc.double(),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), values, (which, where, value) => {
        const record = structuredClone(records[which % records.length]!) as unknown as Record<string, unknown>;
        // Every place in the record that holds a value: object keys and array items, at any depth.
        const places: [Record<string, unknown> | unknown[], string | number][] = [];
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach((item, i) => (places.push([node, i]), visit(item)));
          else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) places.push([node as Record<string, unknown>, k]), visit(v);
        };
        visit(record);
        const [holder, key] = places[where % places.length]!;
        (holder as Record<string | number, unknown>)[key] = value;
        const schema = record.type === "page" ? pageRecordSchema : articleRecordSchema;
        const check = record.type === "page" ? checkPage : checkArticle;
        return check(record) === schema.safeParse(record).success;
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["an optional field", z.object({ a: z.string().optional() })],
    ["a strict object", z.strictObject({ a: z.string() })],
    ["a string format it does not know", z.object({ a: z.email() })],
    ["a date format", z.object({ a: z.iso.date() })],
    ["a default", z.object({ a: z.string().default("x") })],
    ["a check it does not know", z.object({ a: z.number().multipleOf(2) })],
    ["a refinement", z.object({ a: z.string() }).refine(() => true)],
    ["a union", z.union([z.string(), z.number()])],
  ])("refuses to compile %s", (_what, schema) => {
    expect(() => compileCheck(schema)).toThrow(/not supported/);
  });

  it("compiles the formats and checks it knows, as zod reads them", () => {
    const schema = z.object({ n: z.int(), s: z.string().min(2).max(3).regex(/^a/), b: z.number().gt(1).lte(5) });
    const check = compileCheck(schema);
    for (const value of [
      { n: 1, s: "ab", b: 5 },
      { n: 1.5, s: "ab", b: 5 },
      { n: 1, s: "a", b: 5 },
      { n: 1, s: "abcd", b: 5 },
      { n: 1, s: "ba", b: 5 },
      { n: 1, s: "ab", b: 1 },
      { n: 1, s: "ab", b: 5.5 },
    ]) {
      expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
    expect(check({ n: 1, s: "ab", b: 5 })).toBe(true);
  });
});

const SEED = `项目集中开工
本报讯（记者 王五 通讯员 赵六）9月28日，全市重大项目集中开工，共42个项目，总投资约80亿元，占地4191.26亩。
今年前8个月，全市固定资产投资增长11.8%，新增装机容量10万千瓦。
（本报记者 李四 摄）

责任编辑：张三 校对：刘七
`;
