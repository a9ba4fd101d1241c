import { describe, expect, it } from "vitest";
import { isColumnName } from "../../src/segment/columns.js";

describe("isColumnName", () => {
  it.each([
    ["人民时评", true],
    ["聚焦全国两会", true],
    ["聚焦·乡村振兴", true],
    ["关注·城市更新", true],
    ["直击·防汛一线", true],
    // Without the dot these words open a title, and a long topic is a title.
    ["关注民生冷暖", false],
    ["走进新时代", false],
    ["聚焦·乡村振兴中的新农人与新产业", false],
    ["首届数字经济论坛在京开幕", false],
  ])("%s → %s", (line, expected) => {
    expect(isColumnName(line)).toBe(expected);
  });
});
