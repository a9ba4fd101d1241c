/**
 * A caption that names its picture as it opens (`图：…`, `图为…`, `上图为…`)
 * and ends on the picture's provider in brackets is a caption: its provider
 * is a picture credit, and it is never a paragraph of the article above nor
 * a record of its own where no text of its own follows it. A sentence closing
 * on a provider's tag is the text's, crediting its figures.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-09-20" }).records);
const credits = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`);

const report = ["河滨步道全线贯通", "", "本报讯（记者 周 琳）全长12公里的河滨步道昨天全线贯通，沿线新增休憩点20处。", "", "（编辑 王 芳）"];
const next = ["城北新桥今天通车", "", "本报讯　城北新桥今天上午正式通车。"];

describe("a picture's caption under a closed article", () => {
  it.each([
    ["图：", "图：河滨步道沿线新设的休憩亭。（市园林局提供）", "市园林局"],
    ["圖：", "圖：河濱步道沿線新設的休憩亭。（市園林局提供）", "市園林局"],
    ["图为", "图为河滨步道沿线新设的休憩亭。（受访者提供）", "受访者"],
  ])("at the page's end is the article's, its provider a picture credit (%s)", (_how, caption, provider) => {
    const got = run([...report, "", caption]);
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs).toEqual(["全长12公里的河滨步道昨天全线贯通，沿线新增休憩点20处。"]);
    expect(credits(got[0])).toEqual(["周琳/reporter/false", "王芳/editor/false", `${provider}/source/true`]);
  });

  it("over the next headline is the article's above", () => {
    const got = run([...report, "", "图：河滨步道沿线新设的休憩亭。（市园林局提供）", "", ...next]);
    expect(got.map((a) => a.headline.title)).toEqual(["河滨步道全线贯通", "城北新桥今天通车"]);
    expect(credits(got[0])).toContain("市园林局/source/true");
    expect(got[1]!.bylines).toEqual([]);
  });

  it("with text of its own under it, heads that text (photo news)", () => {
    const got = run([...report, "", "图为河滨步道沿线新设的休憩亭。（市园林局提供）", "", "休憩亭采用本地木材建造，可供游人避雨。"]);
    expect(got).toHaveLength(2);
    expect(got[0]!.paragraphs).toEqual(["全长12公里的河滨步道昨天全线贯通，沿线新增休憩点20处。"]);
    expect(credits(got[1])).toEqual(["市园林局/source/true"]);
  });
});

describe("a sentence closing on a provider's tag", () => {
  it("is the article's text, the provider crediting its figures", () => {
    const got = run(["河滨步道全线贯通", "", "本报讯（记者 周 琳）全长12公里的河滨步道昨天全线贯通。", "图书馆今年共接待读者12万人次。（市图书馆提供）"]);
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs.at(-1)).toBe("图书馆今年共接待读者12万人次。");
    expect(credits(got[0])).toEqual(["周琳/reporter/false", "市图书馆/source/false"]);
  });
});

describe("an unmarked caption set a blank line under the article's text", () => {
  const feature = ["老厂房变身文创园", "", "　　本报记者　周　琳", "　　走进城东的文创园，红砖厂房里传出咖啡香。", "　　园区负责人介绍，已有40家文创企业入驻。"];
  it("with its credit on its line: no paragraph, no date for the article, the credit a photo byline", () => {
    const got = run([...feature, "", "　　9月18日，游客在园区内参观。　　本报记者 周　琳摄"]);
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs).toEqual(["走进城东的文创园，红砖厂房里传出咖啡香。", "园区负责人介绍，已有40家文创企业入驻。"]);
    // The lead tells no date; the picture's caption is not the lead.
    expect(got[0]!.date).toBeNull();
    expect(credits(got[0])).toEqual(["周琳/reporter/true"]);
  });
  it("with its credit on the line under it, over the next headline: the article above keeps its text only", () => {
    const got = run([
      "市长接待日聚焦停车难",
      "　　本报讯（记者 周 琳）9月18日，市长接待日活动在市民中心举行。",
      "　　市长表示，年内将新增公共停车泊位3000个。",
      "",
      "　　9月17日，市民在河滨步道上散步。",
      "通讯员 陆 杰摄",
      "",
      ...next,
    ]);
    expect(got.map((a) => a.headline.title)).toEqual(["市长接待日聚焦停车难", "城北新桥今天通车"]);
    expect(got[0]!.paragraphs).toEqual(["9月18日，市长接待日活动在市民中心举行。", "市长表示，年内将新增公共停车泊位3000个。"]);
    expect(got[0]!.date).toBe("2024-09-18");
    expect(credits(got[0])).toEqual(["周琳/reporter/false", "陆杰/correspondent/true"]);
  });
  // Negatives.
  it("where every paragraph stands a blank line apart, the short last paragraph stays text", () => {
    const got = run(["老厂房变身文创园", "", "　　本报记者　周　琳", "", "　　走进城东的文创园，红砖厂房里传出咖啡香。", "", "　　9月18日，园区迎来开园后的第一个周末。", "通讯员 陆 杰摄"]);
    expect(got[0]!.paragraphs.at(-1)).toBe("9月18日，园区迎来开园后的第一个周末。");
  });
  it("a paragraph longer than a caption stays text", () => {
    const long = "　　9月18日，园区迎来开园后的第一个周末，来自周边城市的游客在红砖厂房之间拍照打卡，咖啡馆和书店门前排起了长队，不少商户表示营业额比平时翻了一番。";
    const got = run([...feature, "", long, "通讯员 陆 杰摄"]);
    expect(got[0]!.paragraphs.at(-1)).toBe(long.trim());
  });
  it("a short paragraph after a blank line with no picture credit stays text", () => {
    const got = run([...feature, "", "　　9月18日，园区迎来第一个周末。"]);
    expect(got[0]!.paragraphs.at(-1)).toBe("9月18日，园区迎来第一个周末。");
  });
});
