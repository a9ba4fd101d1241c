/**
 * A photo strip: a title over several pictures, each a caption and its
 * credit. The pictures share the title: one photo record holds all captions
 * and credits, and no record without a title stands in the middle of the
 * page. Negatives: a report under the pictures, with its dateline, is an
 * article of its own; a picture under a report (not photo news) opens
 * nothing new. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-12-31" }).records);

const strip = ["这一年·瞬间", "", "3月12日，城西湿地公园迎来首批越冬候鸟。", "本报记者　韩　冰　摄", "", "8月3日，跨江大桥主塔顺利封顶。", "通讯员　蒋立新　摄"];

describe("a photo strip", () => {
  it("is one photo record with all its captions and credits", () => {
    const got = run([...strip, "", "11月20日，市民在新开放的图书馆里阅读。", "本报记者　韩　冰　摄"]);
    expect(got).toHaveLength(1);
    expect(got[0]!.headline.title).toBe("这一年·瞬间");
    expect(got[0]!.genre).toBe("photo");
    expect(got[0]!.paragraphs).toHaveLength(3);
    expect(got[0]!.bylines.map((b) => b.name)).toEqual(["韩冰", "蒋立新"]); // one entry a person
  });

  it("a caption with its credit at its end stays with the strip (no record without a title)", () => {
    const got = run([...strip.slice(0, 5), "8月3日，跨江大桥主塔顺利封顶。　通讯员　蒋立新　摄"]);
    expect(got).toHaveLength(1);
    expect(got[0]!.bylines.map((b) => b.name)).toEqual(["韩冰", "蒋立新"]);
  });

  it("a report with a dateline under the strip is an article of its own", () => {
    const got = run([...strip, "", "大桥建设者获表彰", "", "本报讯（记者　韩冰）12月30日，跨江大桥建设者表彰会举行。"]);
    expect(got.map((a) => a.headline.title)).toEqual(["这一年·瞬间", "大桥建设者获表彰"]);
  });

  it("a caption that is no caption's length opens no picture of the strip", () => {
    const long = "8月3日，跨江大桥主塔顺利封顶，标志着大桥建设进入上部结构施工阶段，建设者们克服高温天气连续作业，比计划提前一个月完成节点目标，为明年全线通车打下了坚实基础。";
    const got = run([...strip.slice(0, 5), long, "通讯员　蒋立新　摄"]);
    expect(got[0]!.paragraphs).toHaveLength(1);
  });
});
