/**
 * Who signs a letter, a reply or a brief from a line at its foot: a reader
 * with the place written from (`读者　王建国（合肥市蜀山区）`,
 * `合肥市包河区　刘海燕`), an organisation replying (`某某公交集团有限公司`),
 * a unit that sent the text in (`（供稿：外国语学院）`), a cartoon's maker
 * (`王　铎　作`). Such a line closes the article above it and never starts the
 * next headline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const records = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-08-09" }).records;

const author = (name: string, label: string | null = null, photo = false) => ({ name, role: "author", label, photo });
const source = (name: string, label: string | null = null) => ({ name, role: "source", label, photo: false });
/** A signature with no role word, a body's or a person's: records.md's `author`. */
const signer = (name: string) => ({ name, role: "author", label: null, photo: false });

const letter = ["楼道灯坏了没人修", "", "我家楼道的灯坏了一个多月，晚上上下楼很不方便。", ""];
const next = ["公园厕所何时开放", "", "家门口的公园新修了厕所，却一直锁着门。"];

describe("a signature at a letter's or a reply's foot", () => {
  it.each([
    ["a reader with the place in brackets", "读者　王建国（合肥市蜀山区）", author("王建国", "读者")],
    ["a name with the place in brackets", "王建国（合肥市蜀山区）", author("王建国")],
    ["the place before the name", "合肥市包河区　王建国", author("王建国", "合肥市包河区")],
    ["an organisation replying", "江城公交集团有限公司", signer("江城公交集团有限公司")],
  ])("%s closes the letter above and is no headline of the next", (_t, line, byline) => {
    const got = records([...letter, line, "", ...next]);
    const [a, b, ...rest] = articles(got);
    expect(rest).toEqual([]);
    expect(pages(got)).toEqual([]);
    expect(a!.headline.title).toBe("楼道灯坏了没人修");
    expect(a!.bylines).toEqual([byline]);
    expect(a!.paragraphs).toEqual(["我家楼道的灯坏了一个多月，晚上上下楼很不方便。"]);
    expect(b!.headline).toEqual({ title: "公园厕所何时开放", kicker: null, subtitle: null });
    expect(b!.bylines).toEqual([]);
  });

  it.each([
    ["the place before the name", "合肥市包河区　刘海燕", author("刘海燕", "合肥市包河区")],
    ["an organisation", "江城公交集团有限公司", signer("江城公交集团有限公司")],
  ])("%s on the last line of the page signs the last article, no page record", (_t, line, byline) => {
    const got = records([...letter, line]);
    expect(pages(got)).toEqual([]);
    expect(articles(got).map((a) => a.bylines)).toEqual([[byline]]);
  });

  it("a place and a name over text of its own is that text's headline, no signature", () => {
    const [a, b] = articles(records([...letter, "岳麓区　王芳", "", "三十年来，她每天清晨都去河边捡垃圾。"]));
    expect(a!.bylines).toEqual([]);
    expect(b!.headline.title).toBe("岳麓区　王芳");
    expect(b!.bylines).toEqual([]);
  });

  it("a place and a name between paragraphs of one text stays text", () => {
    const [a, ...rest] = articles(records(["获奖名单揭晓", "", "本次评选的一等奖获得者是：", "合肥市包河区　刘海燕", "", "她的作品讲述了社区里的故事。"]));
    expect(rest).toEqual([]);
    expect(a!.bylines).toEqual([]);
  });
});

describe("a unit's or a maker's credit at the foot", () => {
  it.each([
    ["glued to the last paragraph", ["共建实习基地", "该基地每年可接纳实习学生40名。（供稿：外国语学院）"]],
    ["on a line of its own", ["共建实习基地", "该基地每年可接纳实习学生40名。", "", "（供稿：外国语学院）"]],
  ])("（供稿：X） %s credits the unit and is no text", (_t, lines) => {
    const [a, ...rest] = articles(records(lines));
    expect(rest).toEqual([]);
    expect(a!.bylines).toEqual([source("外国语学院", "供稿")]);
    expect(a!.paragraphs).toEqual(["该基地每年可接纳实习学生40名。"]);
  });

  it.each([["王　铎　作"], ["王铎/作"], ["（王铎　作）"]])("a cartoon signed %s is a picture by its maker", (line) => {
    const [a, b] = articles(records(["“会海”何时能退潮", "", "一天开三个会，哪有时间下基层？", "", line, "", ...next]));
    expect(a!.genre).toBe("photo");
    expect(a!.bylines).toEqual([author("王铎", null, true)]);
    expect(a!.paragraphs).toEqual(["一天开三个会，哪有时间下基层？"]);
    expect(b!.headline.title).toBe("公园厕所何时开放");
  });

  it("a sentence ending in 合作 or 工作 stays text", () => {
    const [a] = articles(records(["团队合作", "", "我们小组分工明确，大家一起工作。", "", "遇到难题，大家一起合作。", "", "这是他最满意的一件创作"]));
    expect(a!.bylines).toEqual([]);
    expect(a!.paragraphs.slice(0, 2)).toEqual(["我们小组分工明确，大家一起工作。", "遇到难题，大家一起合作。"]);
  });
});
