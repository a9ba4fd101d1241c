import { describe, expect, it } from "vitest";
import { cutNameRun, isDottedName, isSlotName, isLikelySignatureName, isNameAfterRole, isPlausibleName, paddedNameLength, surnameOf } from "../../src/recognise/credits/index.js";

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

describe("isSlotName", () => {
  // An item apart in a role word's slot: any two to eight Han characters that read as no words.
  it.each([
    ["阿依努尔", true], ["买买提江", true], ["阿不都拉", true], ["迪丽热巴", true], ["王小东明", true], ["艾合买提江", true],
    ["古丽", true], ["次仁卓玛", true],
    // Tibetan and Mongolian names, and a Uyghur name with its dot left out: up to eight characters.
    ["索朗琼达", true], ["旦增罗布", true], ["哈斯额尔敦", true], ["乌日汗其其格", true], ["那仁格日乐", true], ["阿依努尔买买提", true],
    // Words of reporting, sentences, places and everyday words: no name.
    ["调查发现", false], ["综合报道", false], ["现场直击", false], ["安全生产", false], ["的确如此", false],
    ["市气象台", false], ["今天下午", false], ["王", false], ["Tom", false],
    // Sentences after 记者: verbs of seeing, going and saying, numerals, column words.
    ["走进田间地头", false], ["实地走访", false], ["在现场看到", false], ["从市商务局获悉", false], ["来到牧区", false],
    ["蹲点手记", false], ["三天两夜", false], ["分别说明情况", false],
    // Longer than any name taken whole.
    ["阿依努尔买买提艾力江", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isSlotName(s)).toBe(want);
  });
});

describe("isDottedName", () => {
  // Folded spellings: `．` folds to `.`, `－` to `-`, `•`, `・`, `‧` to `·`.
  it.each([
    ["阿依努尔·艾尼瓦尔", true], ["艾力.吐尔洪", true], ["买买提-艾力", true], ["那仁格日乐·宝音", true], ["阿卜杜·热合曼·买买提", true],
    // No Han on one side, no dot, or too long.
    ["阿依努尔", false], ["·艾力", false], ["艾力.", false], ["A.Smith", false], ["王-", false],
    ["阿卜杜热合曼艾合买提江·买买提吐尔洪", false],
  ] as const)("%s → %s", (s, want) => {
    expect(isDottedName(s)).toBe(want);
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
