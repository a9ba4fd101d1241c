/**
 * Cutting a text without blank lines into pages: before an article's
 * headline, never inside a run of one paragraph's lines, so that the records
 * are the same whatever the page size.
 */
import { describe, expect, it } from "vitest";
import { extract, extractStream } from "../../src/extract.js";
import { PageSplitter } from "../../src/input/split-pages.js";
import type { NewsRecord } from "../../src/schema.js";

const PLACES = ["东湖", "西岭", "南山", "北塘", "青石", "白沙"];

/** An invented article: headline, a lead with a dateline and credit, `n` body paragraphs. */
function article(i: number, n: number, dateline = true): string {
  const place = PLACES[i % PLACES.length]!;
  const lines = [`${place}街道第${i}号项目开工建设`];
  const lead = `${place}街道举行项目集中开工仪式，本次开工项目总投资约${i + 3}亿元。`;
  lines.push(dateline ? `本报讯（记者 林一 通讯员 周二）5月${(i % 28) + 1}日，${lead}` : lead);
  for (let k = 0; k < n; k++) lines.push(`据介绍，该项目占地${100 + k}亩，建成后预计年产值可达${20 + k}亿元，可新增就业岗位${300 + 10 * k}个。`);
  return lines.join("\n");
}

const withDatelines = Array.from({ length: 60 }, (_, i) => article(i, 2 + (i % 5))).join("\n") + "\n";
const withoutDatelines = Array.from({ length: 60 }, (_, i) => article(i, 2 + (i % 5), false)).join("\n") + "\n";

async function streamed(text: string, pageChars: number): Promise<NewsRecord[]> {
  const records: NewsRecord[] = [];
  for await (const r of extractStream([Buffer.from(text)], { source: "p.txt", issueDate: "2024-05-30", pageChars })) records.push(...r.records);
  return records;
}

describe("pages of a text without blank lines", () => {
  it.each([
    ["with datelines", withDatelines],
    ["without datelines", withoutDatelines],
  ])("are cut before a headline (%s)", (_name, text) => {
    const splitter = new PageSplitter("text", 300);
    const pages = [...splitter.push(text), ...splitter.end()];
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.map((p) => p.text).join("")).toBe(text);
    for (const page of pages) expect(page.text).toMatch(/^\S{2}街道第\d+号项目开工建设\n/);
  });

  // (Without datelines or blank lines, segmentation reads such a text as one article: nothing to compare.)
  it("give the records of the whole text, whatever the page size", async () => {
    const text = withDatelines;
    const whole = extract(text, { source: "p.txt", issueDate: "2024-05-30" }).records;
    expect(whole).toHaveLength(60);
    for (const size of [200, 450, 1000]) expect(await streamed(text, size)).toEqual(whole);
  });

  it("are cut between paragraphs when nothing looks like a headline", () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i}段，项目建成后预计年产值可达${i}亿元，可新增就业岗位${i}个。`).join("\n") + "\n";
    const splitter = new PageSplitter("text", 300);
    const pages = [...splitter.push(text), ...splitter.end()];
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page.text).toMatch(/^第\d+段/);
  });

  it("a headline-like line inside an article is no cut when a real one follows (a subhead has no lead after it)", () => {
    const subheaded = Array.from({ length: 30 }, (_, i) => `${article(i, 2)}\n一、加快项目建设\n据了解，项目进展顺利，预计年内完工。`).join("\n") + "\n";
    const splitter = new PageSplitter("text", 300);
    for (const page of [...splitter.push(subheaded), ...splitter.end()]) expect(page.text).toMatch(/^\S{2}街道第\d+号项目开工建设\n/);
  });
});
