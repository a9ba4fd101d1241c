/**
 * Page layout cases written in the style of real papers: photo news whose
 * caption is its body, end notes in brackets, question headlines, kicker and
 * title, subheads, captions and column labels. Each page is small and its
 * expected records were worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (page: string) => articles(extract(page, { issueDate: "2024-05-12" }).records);
const credits = (a: ArticleRecord) => a.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`);
const NEXT = ["", "新桥通车", "", "　　本报讯　昨天，城南新桥建成通车。"];

describe("photo news: the caption is the body", () => {
  it.each([
    { credit: "新华社发（朱海鹏摄）", bylines: ["新华社/source/true", "朱海鹏/author/true"] },
    { credit: "（新华社发 朱海鹏摄）", bylines: ["新华社/source/true", "朱海鹏/author/true"] },
    { credit: "朱海鹏摄", bylines: ["朱海鹏/author/true"] },
    { credit: "新华社记者 朱海鹏 摄", bylines: ["朱海鹏/reporter/true"] },
    { credit: "（本报记者 朱海鹏摄）", bylines: ["朱海鹏/reporter/true"] },
    { credit: "（视觉中国供图）", bylines: ["视觉中国/source/true"] },
    { credit: " 记者 王五 摄", bylines: ["王五/reporter/true"] },
  ])("…作业。$credit", ({ credit, bylines }) => {
    const list = run(["春耕正当时", "", `　　3月7日，在城郊的示范田里，农民驾驶插秧机作业。${credit}`, ...NEXT].join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["春耕正当时", "新桥通车"]);
    const [a] = list;
    expect(a!.genre).toBe("photo");
    expect(a!.paragraphs).toEqual(["3月7日，在城郊的示范田里，农民驾驶插秧机作业。"]);
    expect(a!.date).toBe("2024-03-07");
    expect(credits(a!)).toEqual(bylines);
  });

  it("a caption beside a text article stays out of its paragraphs", () => {
    const page = ["社区食堂开张", "", "　　本报讯　城东社区食堂昨天开张，可容纳80人同时就餐。", "　　居民在食堂就餐。（本报记者 朱海鹏摄）"].join("\n");
    const [a, ...rest] = run(page);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["城东社区食堂昨天开张，可容纳80人同时就餐。"]);
    expect(a!.genre).toBe("news");
  });
});

describe("a line wholly in brackets ends the article above; it is never a headline", () => {
  it.each(["（据新华社）", "（新华社）", "（据《人民日报》）", "（本报综合）", "（据新华社电 记者王芳）", "（作者单位：北京大学）", "（本报记者 韩冬 参与采写）", "（王芳）", "（记者 王芳 王和平）"])(
    "%s",
    (note) => {
      const page = ["数据发布", "", "　　本报讯　国家统计局11日发布了一组数据。", `　　${note}`, ...NEXT].join("\n");
      const list = run(page);
      expect(list.map((a) => a.headline)).toEqual([
        { title: "数据发布", kicker: null, subtitle: null },
        { title: "新桥通车", kicker: null, subtitle: null },
      ]);
      expect(list[0]!.paragraphs).toEqual(["国家统计局11日发布了一组数据。"]);
      expect(list[0]!.source.lineEnd).toBe(4);
      expect(list[1]!.paragraphs).toEqual(["昨天，城南新桥建成通车。"]);
    },
  );

  it("a bracketed number alone is no end note", () => {
    const page = ["工作要点", "", "本报讯 今年全市将抓好三件大事，务求实效。", "", "（一）", "", "抓好项目建设，全年新开工项目一百个。"].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs.at(-1)).toBe("抓好项目建设，全年新开工项目一百个。");
  });
});

describe("genre", () => {
  it.each([
    ["社論", "缺工問題不能只靠移工解決"],
    ["短評", "讓老街留住煙火氣"],
    ["時評", "別讓停車難成為心病"],
    ["觀點", "樓市調控應因城施策"],
    ["讀者投書", "公車班次應再加密"],
  ])("a Traditional column word (%s) marks a commentary", (kicker, title) => {
    const page = [kicker, title, "", "近年來，各地爭相推動地方創生，成效不一。", "", "筆者認為，關鍵仍在於人。"].join("\n");
    const [a] = run(page);
    expect(a!.headline).toEqual({ kicker, title, subtitle: null });
    expect(a!.genre).toBe("commentary");
  });

  it("a forum in a news title is no opinion column", () => {
    const page = ["首届数字经济论坛在京开幕", "", "本报讯（记者 李华）首届数字经济论坛昨天在京开幕。"].join("\n");
    expect(run(page)[0]!.genre).toBe("news");
  });

  it("a reporter who took the picture of his own report does not make it photo news", () => {
    const page = [
      "老街假日人潮回流",
      "",
      "〔記者吳佩琪／彰化報導〕中秋連假將至，老街近期假日人潮明顯回升，周邊商家營業額成長約兩成。",
      "鎮公所表示，已編列經費改善老街周邊停車空間，並於連假期間實施交通管制。",
      "■老街假日人潮回流，商家笑開懷。（記者吳佩琪攝）",
    ].join("\n");
    const [a] = run(page);
    expect(a!.genre).toBe("news");
    expect(a!.paragraphs).toHaveLength(2);
  });

  it("a long text credited only to its photographer is no photo news", () => {
    const sentence = "新建的文化中心设有图书馆、剧场和展览厅，面向市民免费开放，周末还将举办各类公益讲座和演出活动。";
    const page = ["文化中心开放", "", ...Array.from({ length: 10 }, () => sentence), "记者 张三 摄"].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs.join("").length).toBeGreaterThan(400);
    expect(a!.genre).toBe("news");
  });
});
