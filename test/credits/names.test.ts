import { describe, expect, it } from "vitest";
import { cutNameRun, isLikelySignatureName, isPlausibleName } from "../../src/recognise/credits/index.js";

describe("isPlausibleName", () => {
  it.each([
    ["邹立新", true], ["许辉", true], ["欧阳丽华", true], ["言静", true], ["司马光", true],
    ["项目为王", false], ["实干为先", false], ["今天下午", false], ["安静", false], ["项目", false],
    ["高速路", false], ["张", false], ["王大明白", false], ["abc", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isPlausibleName(s)).toBe(want);
  });
});

describe("isLikelySignatureName", () => {
  it.each([["尹明", true], ["金秋", false], ["方正", false], ["方正平", true]] as const)("%s → %s", (s, want) => {
    expect(isLikelySignatureName(s)).toBe(want);
  });
});

describe("cutNameRun", () => {
  it.each([
    ["陈洲平", ["陈洲平"]], ["张明李华", ["张明", "李华"]], ["欧阳明月", ["欧阳明月"]],
    ["周立民蒋文华", ["周立民", "蒋文华"]], ["从国家林草局获悉", null],
  ] as const)("%s", (s, want) => {
    expect(cutNameRun(s)).toEqual(want);
  });
});
