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
