/**
 * Direction of change: a change word governs the figure it stands before,
 * unless the figure only qualifies a noun after it (…万元的收入).
 */
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/recognise/figures/index.js";

describe("change", () => {
  it.each([
    ["全年利润增加8万多元。", "increase"],
    ["废水排放量减少3.4万吨。", "decrease"],
    ["出口额同比下降2.5%。", "decrease"],
    // The figure qualifies the income after 的: it states no change of its own.
    ["采摘季每户能增加3万多元的毛收入。", null],
    ["新项目可带来增长12%的营收。", null],
    // 衰退, 萎缩 shrink; 扩大 grows, but not after 幅: a rate's widening is its pace, as 收窄 is.
    ["门市营业额衰退2.1%。", "decrease"],
    ["产量萎缩2.2%。", "decrease"],
    ["出口规模扩大13%。", "increase"],
    ["工业品价格降幅扩大0.5个百分点。", null],
  ])("%s → %s", (sentence, change) => {
    const [figure] = parseFigures(sentence);
    expect(figure?.change).toBe(change);
  });
});
