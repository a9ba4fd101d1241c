/**
 * A picture's dated caption and its credit that PDF text sets where the
 * picture stood, in the middle of a paragraph or between two: the text around
 * it is one paragraph again, the caption is no paragraph, and the credit signs
 * the picture. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-12-10" }).records);

const HEAD = ["冬修水利正当时", ""];
const LEAD = "　　本报讯（记者 孔　雯）今冬以来，全县持续推进农田水利建设，已完成投资1.6亿元。";
const CAPTION = ["12月6日，安康镇村民在新修的机耕路上运送", "冬季作物。", "通讯员 郑　明摄"];

describe("a dated caption and its credit inside the text", () => {
  it("cutting a paragraph: the paragraph is whole, the caption out of it, the credit a picture byline", () => {
    const list = run([...HEAD, LEAD, "　　各乡镇组织群众清淤沟渠，新修", ...CAPTION, "机耕路三十多公里，群众出行更加方便。", "　　县水利局表示，工程将在春耕前全部完工。"]);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual([
      "今冬以来，全县持续推进农田水利建设，已完成投资1.6亿元。",
      "各乡镇组织群众清淤沟渠，新修机耕路三十多公里，群众出行更加方便。",
      "县水利局表示，工程将在春耕前全部完工。",
    ]);
    expect(list[0]!.bylines).toEqual([
      { name: "孔雯", role: "reporter", label: "记者", photo: false },
      { name: "郑明", role: "correspondent", label: "通讯员", photo: true },
    ]);
  });

  it("between two paragraphs: no paragraph, and the article goes on", () => {
    const list = run([...HEAD, LEAD, ...CAPTION, "　　县水利局表示，工程将在春耕前全部完工。"]);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual(["今冬以来，全县持续推进农田水利建设，已完成投资1.6亿元。", "县水利局表示，工程将在春耕前全部完工。"]);
    expect(list[0]!.bylines.map((b) => `${b.name}/${b.photo}`)).toEqual(["孔雯/false", "郑明/true"]);
  });
});
