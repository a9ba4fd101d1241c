/**
 * Two-line subheads inside a feature signed at its head (a lead-in line over
 * a main line, `合作社+农户` / `抱团闯市场`): one subhead of the feature, its
 * lines joined, when they are a series; a box's label over its title stays
 * an article of its own.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-07-10" }).records);

const feature = ["山茶油“榨”出好日子", "", "　　本报记者　欧阳青", "", "　　霜降前后，走进石门村的油茶林，村民们正忙着采摘茶果。"];

describe("stacked subheads", () => {
  it.each([
    ["with blank lines around", true],
    ["with no blank lines", false],
  ])("a series of two-line headings is the feature's subheads (%s)", (_, blank) => {
    const gap = blank ? [""] : [];
    const lines = [
      ...feature,
      ...gap,
      "公司+基地",
      "油茶林连成片",
      ...gap,
      "　　如今，全村油茶种植面积扩大到3000亩。",
      ...gap,
      "精深加工",
      "一颗茶果变成“金疙瘩”",
      ...gap,
      "　　新建的榨油坊年产茶油120吨。",
    ];
    const all = run(lines);
    expect(all).toHaveLength(1);
    expect(all[0]!.subheads).toEqual(["公司+基地 油茶林连成片", "精深加工 一颗茶果变成“金疙瘩”"]);
    expect(all[0]!.paragraphs).toHaveLength(3);
  });

  it.each([
    ["a single stack (a box's label over its title)", ["图说变化", "“五年五件事”", "　　一是修通了进村公路；二是建起了卫生室。"]],
    ["a column's label over a commentary", ["乡村短评", "让好产品卖出好价钱", "　　特色产业要做强，关键在延长链条。"]],
  ])("%s stays an article of its own", (_, tail) => {
    const all = run([...feature, "", ...tail]);
    expect(all).toHaveLength(2);
    expect(all[0]!.subheads).toEqual([]);
  });

  it("a stack under a report opened by a dateline is no subhead of it", () => {
    const all = run([
      "县里召开秋收工作会",
      "　　本报讯（记者　欧阳青）10月8日，县里召开秋收工作会议。",
      "",
      "公司+基地",
      "油茶林连成片",
      "　　如今，全村油茶种植面积扩大到3000亩。",
      "",
      "精深加工",
      "一颗茶果变成“金疙瘩”",
      "　　新建的榨油坊年产茶油120吨。",
    ]);
    expect(all.flatMap((a) => a.subheads).filter((s) => s.includes(" "))).toEqual([]);
  });
});
