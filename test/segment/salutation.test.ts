/**
 * A notice's or a speech's salutation (`各乡镇人民政府，县直各单位：`,
 * `同志们：`) is a paragraph of its own, not the start of the first one.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-05-16" }).records);

describe("salutations in a page", () => {
  it("a notice's salutation under its issuer and date is its first paragraph", () => {
    const [a, ...rest] = run([
      "关于开展夏季消防安全检查的通知",
      "东湖区应急管理局",
      "2024年5月12日",
      "各街道办事处，区直各单位：",
      "为切实做好夏季消防安全工作，现就开展消防安全检查通知如下。",
      "请各单位于5月31日前报送检查情况。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([
      "各街道办事处，区直各单位：",
      "为切实做好夏季消防安全工作，现就开展消防安全检查通知如下。",
      "请各单位于5月31日前报送检查情况。",
    ]);
  });

  it("a speech's salutation stands apart; a colon line opening a quote does not", () => {
    const [a] = run([
      "在全区教育工作会议上的讲话",
      "",
      "同志们：",
      "今天我们召开全区教育工作会议，总结成绩，部署任务。",
      "会上，区长勉励全体教师：",
      "“要立德树人，办好人民满意的教育。”",
    ]);
    expect(a!.paragraphs).toEqual([
      "同志们：",
      "今天我们召开全区教育工作会议，总结成绩，部署任务。",
      "会上，区长勉励全体教师：“要立德树人，办好人民满意的教育。”",
    ]);
  });
});

describe("a reader's signature under a letter", () => {
  const LETTER = ["一封来自远方的信", "", "编辑同志：", "　　我在海外生活多年，每期都托亲友寄来贵报。", "　　感谢贵报带来家乡的消息。"];
  const PARAGRAPHS = ["编辑同志：", "我在海外生活多年，每期都托亲友寄来贵报。", "感谢贵报带来家乡的消息。"];
  it.each([
    ["a place and 读者, then the date", ["　　　　　　　　新加坡　读者 陈文礼", "　　　　　　　　2024年5月10日"], "新加坡　读者"],
    ["a place glued to 读者", ["　　　　　　　　新加坡读者　陈文礼"], "新加坡读者"],
    ["读者 alone, then the date", ["　　　　　　　　读者 陈文礼", "　　　　　　　　2024年5月10日"], "读者"],
  ])("signs the letter (%s)", (_how, foot, label) => {
    const records = extract([...LETTER, ...foot].join("\n"), { issueDate: "2024-05-16" }).records;
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(PARAGRAPHS);
    expect(a!.bylines).toEqual([{ name: "陈文礼", role: "author", label, photo: false }]);
  });

  // Negative: a line naming readers in general is no signature.
  it("感谢广大读者 支持 under a letter is no byline", () => {
    const records = extract([...LETTER, "　　　　　　　　感谢广大读者 支持"].join("\n"), { issueDate: "2024-05-16" }).records;
    expect(articles(records)[0]!.bylines).toEqual([]);
  });
});
