/**
 * A wire page closes each item with its editor on a line of its own
 * (`编辑：王 薇`), the next item's headline below: the item's editor, a
 * byline. The page's own staff line (at its head or foot, several roles, or
 * a titled role such as 责任编辑) stays page staff.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const records = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-03-05" }).records;
const articles = (rs: NewsRecord[]) => rs.filter((r): r is ArticleRecord => r.type === "article");
const pages = (rs: NewsRecord[]) => rs.filter((r): r is PageRecord => r.type === "page");
const credits = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

const first = ["江心洲大桥合龙", "", "本报讯（记者 周 琳）江心洲大桥主桥昨天顺利合龙，预计年底建成通车。"];
const second = ["城北新桥今天通车", "", "本报讯（记者 李 明）城北新桥今天上午正式通车。"];

describe("an editor's line between two items", () => {
  it.each([["编辑：王 薇"], ["编辑：王薇"], ["编辑 王 薇"], ["（编辑：王 薇）"]])("is the item's editor (%s)", (line) => {
    const rs = records([...first, "", line, "", ...second]);
    expect(pages(rs)).toEqual([]);
    const [a, b, ...rest] = articles(rs);
    expect(rest).toEqual([]);
    expect(credits(a)).toEqual(["周琳/reporter", "王薇/editor"]);
    expect(a!.paragraphs).toEqual(["江心洲大桥主桥昨天顺利合龙，预计年底建成通车。"]);
    expect(credits(b)).toEqual(["李明/reporter"]);
  });

  it("is the item's too right under its last paragraph", () => {
    const [a] = articles(records([...first, "编辑：王 薇", "", ...second]));
    expect(credits(a)).toEqual(["周琳/reporter", "王薇/editor"]);
  });
});

describe("the page's staff stays page staff", () => {
  it.each([
    ["at the page's foot", [...first, "", ...second, "", "编辑：王 薇"]],
    ["at the page's head", ["编辑：王 薇", "", ...first, "", ...second]],
    ["naming several roles", [...first, "", "编辑：王 薇　校对：陈 刚", "", ...second]],
    ["under a titled role", [...first, "", "责任编辑：王 薇", "", ...second]],
  ])("%s", (_how, lines) => {
    const rs = records(lines);
    expect(pages(rs).flatMap((p) => p.staff.map((s) => s.name))).toContain("王薇");
    for (const a of articles(rs)) expect(a.bylines.map((b) => b.role)).not.toContain("editor");
  });
});
