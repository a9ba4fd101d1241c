/**
 * A sports event's name (女子3米板, 男子100米自由泳) states no length; a distance next to
 * 男子/女子 that names a person (该男子, 一名男子) or is vague (300多米) still does. Only
 * the kind and value are asserted here: the subjects of these sentences are not at issue.
 */
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/recognise/figures/index.js";

describe("sports events", () => {
  it.each([
    ["民警追了该男子300多米。", 300],
    ["监控显示，该男子100米后转入小巷。", 100],
    ["民警发现，一名男子500多米外正在逃跑。", 500],
  ])("%s keeps its length (%d m)", (sentence, metres) => {
    const lengths = parseFigures(sentence).filter((f) => f.kind === "length");
    expect(lengths.map((f) => f.value)).toEqual([metres]);
  });

  it.each(["她获得女子3米板冠军。", "在男子100米比赛中", "女子10米气步枪决赛"])("%s states no length", (sentence) => {
    expect(parseFigures(sentence).filter((f) => f.kind === "length")).toEqual([]);
  });
});
