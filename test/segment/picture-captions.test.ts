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
