/**
 * Page header lines that carry a section with a date or an editor but no
 * page number, with or without an ornament before them, and staff lines opened
 * by a label the staff table does not know. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-10-16" }).records;

const STORY = ["", "秋粮收购进度过半", "", "　　本报讯（记者 蒋若飞）10月15日，全市秋粮收购量达到38.2万吨，进度过半。"];

describe("a header line with a section and a date or an editor, no page number", () => {
  it.each([
    ["农业·粮食　　2025年10月16日", "农业·粮食", []],
    ["■ 农业·粮食　　2025年10月16日", "农业·粮食", []],
    ["◆ 要闻　2025年10月16日", "要闻", []],
    ["农业·粮食　　责编：孔　岚", "农业·粮食", ["孔岚"]],
    ["■ 要闻　　责任编辑：孔岚", "要闻", ["孔岚"]],
  ] as const)("%s is the page's record, never a headline", (line, section, staff) => {
    const records = run([line, ...STORY]);
    expect(pages(records).map((p) => [p.section, p.staff.map((s) => s.name)])).toEqual([[section, staff]]);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "秋粮收购进度过半", subtitle: null }]);
  });

  it.each(["2025年10月16日　星期四　全市秋收进入高峰", "■ 秋收机具调配有序", "■ 秋收进入高峰　2025年10月16日"])(
    "%s stays a headline",
    (line) => {
      const records = run([line, ...STORY]);
      expect(pages(records)).toEqual([]);
      expect(articles(records)[0]!.headline.title).not.toBeNull();
    },
  );
});

describe("a staff line opened by a label the table does not know", () => {
  it("策划 first: every cell is read, the line is the page's record", () => {
    const records = run([...STORY, "", "策划：吕文博　　责任编辑：孔　岚"]);
    expect(pages(records).map((p) => p.staff)).toEqual([
      [
        { name: "吕文博", role: "other", label: "策划" },
        { name: "孔岚", role: "editor", label: "责任编辑" },
      ],
    ]);
  });

  it("a commentator's signature over the staff line names no section", () => {
    const records = run([...STORY, "", "本报评论员", "特刊策划：吕文博　　责任编辑：孔　岚"]);
    expect(pages(records).map((p) => [p.section, p.staff.map((s) => s.name)])).toEqual([[null, ["吕文博", "孔岚"]]]);
  });
});
