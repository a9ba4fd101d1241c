import { describe, expect, it } from "vitest";
import { cutNameRun, isBracketedName, isLikelySignatureName, isNameAfterRole, isPlausibleName, paddedNameLength, surnameOf } from "../../src/recognise/credits/index.js";

describe("isPlausibleName", () => {
  it.each([
    ["邹立新", true], ["许辉", true], ["欧阳丽华", true], ["言静", true], ["司马光", true],
    ["项目为王", false], ["实干为先", false], ["今天下午", false], ["安静", false], ["项目", false],
    ["高速路", false], ["张", false], ["王大明白", false], ["abc", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isPlausibleName(s)).toBe(want);
  });
});

describe("isNameAfterRole", () => {
  // After a role word the function characters that refuse 为, 和, 之 … in bare names are allowed.
  it.each([
    ["胡为民", true], ["王和平", true], ["王之涣", true], ["张永在", true], ["刘于江", true], ["赵及第", true],
    ["欧阳为民", true], ["邹立新", true],
    // No surname, too long, or a whole everyday word: no name.
    ["了解到", false], ["从中获悉", false], ["文字", false], ["平安", false], ["王大明白", false], ["王", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isNameAfterRole(s)).toBe(want);
  });
});

describe("isBracketedName", () => {
  // An item apart under a role word in a bracket: any two to five Han characters that read as no words.
  it.each([
    ["阿依努尔", true], ["买买提江", true], ["阿不都拉", true], ["迪丽热巴", true], ["王小东明", true], ["艾合买提江", true],
    ["古丽", true], ["次仁卓玛", true],
    // Words of reporting, sentences, places and everyday words: no name.
    ["调查发现", false], ["综合报道", false], ["现场直击", false], ["安全生产", false], ["的确如此", false],
    ["市气象台", false], ["今天下午", false], ["阿依努尔买买提", false], ["王", false], ["Tom", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isBracketedName(s)).toBe(want);
  });
});

describe("surnameOf", () => {
  // Folded (Simplified) spellings: 賴, 蕭, 張簡, 張廖 are read as 赖, 萧, 张简, 张廖.
  it.each([
    ["赖筱桐", "赖"], ["萧衡倩", "萧"], ["湛家明", "湛"], ["利文杰", "利"], ["张简明华", "张简"], ["范姜振宇", "范姜"],
    ["张廖美玲", "张廖"], ["张明", "张"], ["很好", null],
  ] as const)("%s → %s", (s, want) => {
    expect(surnameOf(s)).toBe(want);
  });
});

describe("isLikelySignatureName", () => {
  it.each([
    ["尹明", true], ["金秋", false], ["方正", false], ["方正平", true], ["赖宁", true],
    // New surnames that are everyday characters: a two-character word is no signature.
    ["利用", false], ["幸福", false], ["习惯", false], ["招商", false], ["滑雪", false],
  ] as const)("%s → %s", (s, want) => {
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

describe("paddedNameLength", () => {
  // The pieces that follow one another with spaces between them; how many make one padded name.
  it.each([
    [["许", "辛"], 2], [["气", "宣"], 2], [["欧阳", "明"], 2], [["司马", "光", "通讯员"], 2], [["贾", "文", "丽"], 3],
    [["王", "芳", "李", "强"], 2], [["欧阳", "明", "李", "强"], 2], [["贾", "文", "丽", "近日"], 3],
    // Two names of two characters stay two; no compound surname, no padded name; odd runs cannot be cut.
    [["王芳", "李明"], 0], [["欧阳", "李明"], 0], [["王芳", "明"], 0], [["欧阳", "明", "李"], 0],
    [["王", "芳", "李", "明", "强"], 0], [["气", "宣", "外"], 0], [["王"], 0], [[], 0],
  ] as const)("%j → %s", (pieces, want) => {
    expect(paddedNameLength(pieces)).toBe(want);
  });
});
