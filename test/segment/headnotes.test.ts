/**
 * Documents a body adopted or issued (an appointments list, a regulation)
 * carry a bracketed note of adoption under their title: it is the headline's
 * subtitle, and the list under it, whose items end on `；`, is the body.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-06-20" }).records;

const list = ["", "　　任命陈立新为市交通运输局局长；", "　　任命周文静为市文化和旅游局副局长；", "　　免去郑国强的市交通运输局局长职务。"];

describe("notes of adoption under a title", () => {
  it.each([
    ["a meeting's adoption", "（2025年6月18日市第十七届人民代表大会常务委员会第二十五次会议通过）"],
    ["a date in Chinese numerals", "（二〇二五年六月十八日市人民政府第三十次常务会议审议通过）"],
    ["an issue", "（2025年6月1日市人民政府发布）"],
    ["a revision", "（2019年3月5日通过　2025年6月18日修订）"],
  ])("%s is the subtitle; the list under it is the body", (_what, note) => {
    const records = run(["市人大常委会任免名单", note, ...list]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ kicker: null, title: "市人大常委会任免名单", subtitle: note });
    expect(a!.paragraphs).toEqual(["任命陈立新为市交通运输局局长；", "任命周文静为市文化和旅游局副局长；", "免去郑国强的市交通运输局局长职务。"]);
  });

  it("lines ending on a semicolon, without a note above them, are never headline lines", () => {
    const [a, ...rest] = articles(run(["市人大常委会任免名单", ...list]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("市人大常委会任免名单");
    expect(a!.paragraphs).toHaveLength(3);
  });

  it.each([
    ["a source", "（综合本报记者报道）"],
    ["a date alone", "（2025年6月18日）"],
    ["a sentence", "（该办法自2025年7月1日起施行。）"],
  ])("a bracketed line that is %s is no note of adoption: it is not the subtitle", (_what, note) => {
    const [a] = articles(run(["城东公园改造完工", note, "", "　　本报讯　城东公园改造昨日完工，新增绿地3000平方米。"]));
    expect(a!.headline.subtitle).toBeNull();
    expect(a!.headline.title).toBe("城东公园改造完工");
  });
});
