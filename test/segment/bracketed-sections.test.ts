/**
 * Bracketed section labels (`【案情】` … `【说法】`) inside a column's piece,
 * and a column's label over a question title (`以案说法` / `…怎么算？`).
 * Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-06-20" }).records);

const CASE = "2023年9月，老周到一家装修公司做木工，约定日薪300元。";
const RULING = "经调解，公司当场补发工资1.1万元。";

describe("bracketed section labels inside a piece", () => {
  it.each([
    ["【】", "【案情】", "【说法】"],
    ["［］", "［案情］", "［评析］"],
    ["〔〕", "〔案情〕", "〔提醒〕"],
  ])("labels in %s under a column's question title are subheads, brackets dropped", (_, first, second) => {
    const list = run(["以案说法", "工钱被拖欠怎么办？", "", first, "", CASE, "", second, "", RULING, "", "（本报记者 韩 潇 整理）"]);
    expect(list).toHaveLength(1);
    const a = list[0]!;
    expect(a.headline).toEqual({ kicker: "以案说法", title: "工钱被拖欠怎么办？", subtitle: null });
    expect(a.subheads).toEqual([first.slice(1, -1), second.slice(1, -1)]);
    expect(a.paragraphs).toEqual([CASE, RULING]);
    expect(a.bylines.map((b) => `${b.name}/${b.role}`)).toEqual(["韩潇/reporter"]);
  });

  it("labels after a paragraph of the piece are subheads too", () => {
    const list = run(["农民工讨薪有了快车道", "", "　　本报讯（记者 韩 潇）今年以来，市法律援助中心受理讨薪案件300余件。", "", "【案情】", "", CASE, "", "【说法】", "", RULING]);
    expect(list).toHaveLength(1);
    expect(list[0]!.subheads).toEqual(["案情", "说法"]);
    expect(list[0]!.paragraphs).toHaveLength(3);
  });

  it("briefs under bracketed titles stay briefs of their own", () => {
    const list = run([
      "【城东大桥今起通车】",
      "6月18日，城东大桥正式通车，市民过江时间缩短一半。",
      "",
      "【老旧小区加装电梯提速】",
      "6月17日，全市第100部加装电梯在城西投入使用。",
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城东大桥今起通车", "老旧小区加装电梯提速"]);
  });

  it("a lone short bracketed label over a box stays the box's own heading", () => {
    const list = run([
      "夜市摊位扩容一倍",
      "　　本报讯（记者 欧阳朗）6月18日，城南夜市二期开街，摊位由120个增至240个。",
      "",
      "【数说】",
      "　　今年一季度，全市夜间消费额同比增长12%。",
    ]);
    expect(list).toHaveLength(2);
    expect(list[0]!.subheads).toEqual([]);
  });
});

describe("a question under a column's label", () => {
  it("a question touching a paragraph above stays a sentence", () => {
    const list = run([
      "工钱被拖欠怎么办",
      "　　本报讯（记者 韩 潇）今年以来，市法律援助中心受理讨薪案件300余件。",
      "法律援助",
      "钱能要回来吗？",
      "　　律师说，只要证据齐全，大多能够追回。",
    ]);
    expect(list[0]!.headline.title).toBe("工钱被拖欠怎么办");
    expect(list.map((a) => a.headline.title)).not.toContain("钱能要回来吗？");
  });

  it("a question under a line longer than a column's label is not lifted by it", () => {
    const list = run(["市法律援助中心本月值班安排", "值班律师是谁？", "", "　　本月由三名律师轮流值班，市民可来电预约。"]);
    expect(list.map((a) => a.headline.kicker)).not.toContain("市法律援助中心本月值班安排");
  });
});
