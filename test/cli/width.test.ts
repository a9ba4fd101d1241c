import { describe, expect, it } from "vitest";
import { charWidth, displayWidth, padToWidth, truncateToWidth, wrapStyled, wrapText } from "../../src/cli/width.js";

describe("display width", () => {
  it.each([
    ["a", 1],
    ["中", 2],
    ["，", 2], // full-width comma
    ["。", 2],
    ["　", 2], // ideographic space
    ["Ａ", 2], // full-width A
    ["“", 1], // ambiguous: narrow
    ["·", 1],
    ["\u0301", 0], // combining acute
    ["\u200b", 0],
    ["𠀀", 2], // CJK Extension B
    ["한", 2],
  ])("%j is %i cell(s) wide", (char, width) => {
    expect(charWidth(char)).toBe(width);
  });

  it("counts a mixed string and ignores colour escapes", () => {
    expect(displayWidth("总投资约80亿元")).toBe(14); // 总投资约 8 + 80 2 + 亿元 4
    expect(displayWidth("\u001b[32m\u001b[1m中文\u001b[22m\u001b[39m ab")).toBe(7);
  });

  it("pads and truncates by cells", () => {
    expect(padToWidth("中文", 6)).toBe("中文  ");
    expect(padToWidth("12", 5, "right")).toBe("   12");
    expect(truncateToWidth("渌口区三个聚焦", 7)).toBe("渌口区…");
    expect(truncateToWidth("abc", 3)).toBe("abc");
  });
});

describe("wrapping", () => {
  const text = "9月28日，位于淦田镇的大唐华银株洲2×100万千瓦扩能升级改造项目开工。该项目总投资约80亿元，建成投产后，预计年发电量90亿千瓦时。";

  it("no line is wider than the width, and nothing is lost", () => {
    for (const width of [10, 17, 24, 41]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join("")).toBe(text);
    }
  });

  it("breaks Chinese between characters: 10 cells hold five characters", () => {
    expect(wrapText("一二三四五六七八九十", 10)).toEqual(["一二三四五", "六七八九十"]);
  });

  it("does not start a line with closing punctuation: the character before goes down with it", () => {
    // 四 chars fill 8 cells; "。" would start the second line, so "四" is carried down.
    expect(wrapText("一二三四。五六", 8)).toEqual(["一二三", "四。五六"]);
  });

  it("does not end a line with an opening quote", () => {
    expect(wrapText("一二三“四五”", 8)).toEqual(["一二三", "“四五”"]);
  });

  it("keeps Latin words and numbers whole, breaking at spaces", () => {
    expect(wrapText("money 8,000,000,000 CNY", 16)).toEqual(["money", "8,000,000,000", "CNY"]);
    expect(wrapText("共80亿元", 5)).toEqual(["共80", "亿元"]);
  });

  it("cuts a word longer than the line", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("styles each line on its own, so escapes never run across lines", () => {
    const red = (s: string) => `<${s}>`;
    expect(wrapStyled([{ text: "甲乙" }, { text: "丙丁戊", style: red }], 6)).toEqual(["甲乙<丙>", "<丁戊>"]);
  });

  it("returns one empty line for empty text", () => {
    expect(wrapText("", 10)).toEqual([""]);
  });
});
