/**
 * Items of a 两会 or forum page headed by the speaker's posts and name: a
 * speaker's head ending on a colon over a short title line opens the item's
 * headline (kicker + title); one with no colon under a title is a headline
 * line too, never the first paragraph's head. Each page is invented;
 * negatives are a speaker's head over the answer it introduces (an
 * interview's turn), which stays with it, and lines that are no speaker's head.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-03-07" }).records);

const lead = [
  "代表委员共话高质量发展",
  "",
  "本报北京3月6日电（记者 孙 晴）3月6日，在湘全国人大代表、全国政协委员分组审议讨论，围绕产业升级建言献策。",
  "",
];

describe("speaker items", () => {
  it("a speaker's head with a colon over a short line opens an item: kicker and title", () => {
    const got = run([
      ...lead,
      "全国人大代表、江华县瑶寨村党支部书记　盘秀英：",
      "让瑶绣走出大山",
      "",
      "“去年我们村瑶绣订单超过800万元，带动两百多名妇女在家门口就业。”盘秀英说。（本报记者 孙 晴）",
    ]);
    expect(got).toHaveLength(2);
    expect(got[1]!.headline).toEqual({ kicker: "全国人大代表、江华县瑶寨村党支部书记　盘秀英：", title: "让瑶绣走出大山", subtitle: null });
    expect(got[1]!.paragraphs[0]).toMatch(/^“去年我们村瑶绣订单/);
    expect(got[1]!.bylines.map((b) => b.name)).toEqual(["孙晴"]);
    expect(got[0]!.bylines.map((b) => b.name)).toEqual(["孙晴"]);
    expect(got[0]!.paragraphs).toHaveLength(1);
  });

  it("a speaker's head with no colon under a title is a headline line, not the text's head", () => {
    const got = run([
      ...lead,
      "让瑶绣走出大山",
      "全国人大代表、江华县瑶寨村党支部书记　盘秀英",
      "",
      "“去年我们村瑶绣订单超过800万元。”盘秀英说。（本报记者 孙 晴）",
    ]);
    expect(got).toHaveLength(2);
    expect(got[1]!.headline.title).toBe("让瑶绣走出大山");
    expect(got[1]!.paragraphs).toEqual(["“去年我们村瑶绣订单超过800万元。”盘秀英说。"]);
  });

  it("a speaker's head with a colon over the answer stays with the answer", () => {
    const got = run([
      ...lead,
      "记者：今年村里有什么新打算？",
      "",
      "江华县瑶寨村党支部书记　盘秀英：",
      "",
      "我们打算办一个瑶绣工坊，请老师傅带徒弟，让年轻人学会这门手艺。",
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs.at(-1)).toBe("江华县瑶寨村党支部书记　盘秀英：我们打算办一个瑶绣工坊，请老师傅带徒弟，让年轻人学会这门手艺。");
  });

  it("a line introducing a list with a colon is no speaker's head", () => {
    const got = run([...lead, "会上，代表们提出的建议主要有：", "加快县域产业园区建设", "", "完善农产品冷链物流体系"]);
    expect(got).toHaveLength(1);
  });
});
