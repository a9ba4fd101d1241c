/**
 * A front page's guide box (今日导读, 今日关注, 要目): teasers of stories told
 * on other pages, each a title, perhaps a blurb, and the page it stands on.
 * The box is page furniture: no article, no figures; the first report under
 * it keeps its own headline. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-05-12" }).records;

const HEAD = "西郊污水处理厂扩建完工";
const LEAD = "本报讯（记者 宁书远）5月11日，西郊污水处理厂扩建工程通过验收，日处理能力提升至20万吨。";
const REPORT = ["", HEAD, "", LEAD];

describe("a guide box is page furniture", () => {
  it.each<[string, string[]]>([
    ["teasers with blurbs, the pointer on a line of its own", ["今日导读", "", "老城区十条背街小巷换新颜", "改造后的街巷将增设停车位三百个。", "详见A3版", "", "早稻育秧进度过半", "全市已育秧四万亩，比去年同期快两成。", "▶A05"]],
    ["pointers after an arrow, two on touching lines", ["今日导读", "", "社区食堂再添五家　　　▶A06", "中小学暑托班开始报名　　详见A08版"]],
    ["the page in brackets closing the blurb", ["今日导读", "", "老城区十条背街小巷换新颜", "改造后的街巷将增设停车位三百个，总投资约2亿元。（A03）", "", "早稻育秧进度过半", "全市已育秧四万亩。（第5版）"]],
    ["a 今日关注 box with a >>> pointer", ["今日关注", "", "老城区十条背街小巷换新颜", "改造后的街巷将增设停车位三百个。", ">>>A3"]],
    ["bulleted titles over their pages", ["导读", "", "■老城区十条背街小巷换新颜", "■早稻育秧进度过半", "", "A3", "A5"]],
  ])("%s", (_, box) => {
    const records = run([...box, ...REPORT]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(records)[0]!.text.split("\n")[0]).toBe(box[0]);
    const article = articles(records)[0]!;
    expect(article.headline).toEqual({ kicker: null, title: HEAD, subtitle: null });
    expect(article.figures.map((f) => f.text)).toEqual(["日处理能力提升至20万吨"].filter((t) => article.figures.some((f) => f.text === t)));
    expect(article.figures.every((f) => !f.text.includes("停车位") && !f.text.includes("亩") && !f.text.includes("亿元"))).toBe(true);
  });

  it("a report under a 今日关注 label, with no page pointer, stays an article", () => {
    const records = run(["今日关注", "", HEAD, "", LEAD]);
    const list = articles(records);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline.title).toBe(HEAD);
  });

  it("a teaser block ends at the first report: a headline over a long paragraph keeps its article", () => {
    const records = run(["今日导读", "", "早稻育秧进度过半　　详见A05版", "", "夜间经济点亮老街", "", "5月10日晚，记者在老街看到，沿街商户延长营业时间，游客络绎不绝，不少摊主表示，周末营业额比平日高出一倍。"]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(articles(records)[0]!.headline.title).toBe("夜间经济点亮老街");
  });
});

describe("a bare jump note is no headline", () => {
  it.each(["转A2版", "转第2版", "▶转A2版", ">>>下转A2版", "→下转A2"])("%s between a report and a photo", (note) => {
    const records = run([HEAD, "", LEAD, "", "今年还将新建配套管网十二公里以及", "", note, "", "麦浪翻金", "", "5月11日，农民在田间收割小麦。", "", "本报记者　闻　川　摄"]);
    const list = articles(records);
    expect(list).toHaveLength(2);
    expect(list[0]!.paragraphs.join("")).not.toContain("转");
    expect(list[1]!.headline).toEqual({ kicker: null, title: "麦浪翻金", subtitle: null });
    expect(list[1]!.genre).toBe("photo");
  });
});

describe("a weekly's masthead, a contents table and a lunar date on the date line", () => {
  it("a weekly's name and issue line are one page record, never two bylines or a headline", () => {
    const records = run(["东湖周刊", "2025年第18期　总第902期　5月12日出版", "", "湖畔书店的第二个春天", "", "老店换了新主人，书架间多了咖啡香，周末客流比去年多了三成。"]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    const article = articles(records)[0]!;
    expect(article.headline).toEqual({ kicker: null, title: "湖畔书店的第二个春天", subtitle: null });
    expect(article.bylines).toEqual([]);
  });

  it("a contents table under 目录 is furniture, the article under it keeps its headline", () => {
    const records = run(["东湖周刊", "2025年第18期　总第902期　5月12日出版", "", "目　录", "", "封面故事", "12　湖畔书店的第二个春天", "", "城事", "20　夜跑团的十年", "26　旧厂房里的新剧场"]);
    expect(articles(records)).toEqual([]);
  });

  it("a special edition's contents table leaves the editor's note alone", () => {
    const records = run([
      "湖城新区建设二十年",
      "",
      "编者按：2005年，湖城新区破土动工。本报今起推出特刊，回望新区一路走来的足迹。",
      "",
      "本期要目",
      "",
      "T02-T03　　规划篇　一张蓝图绘到底",
      "T04　　　　产业篇　从荒滩到园区",
      "",
      "二十年，一座新城的成长",
      "",
      "二十年前，这里还是一片滩涂，如今已有住户十二万。",
    ]);
    const list = articles(records);
    expect(list).toHaveLength(2);
    expect(list[0]!.paragraphs).toEqual(["编者按：2005年，湖城新区破土动工。本报今起推出特刊，回望新区一路走来的足迹。"]);
    expect(list[1]!.headline.title).toBe("二十年，一座新城的成长");
  });

  it("a sexagenary lunar date without 农历 is the date line's, not the section", () => {
    const records = run(["东湖晚报", "2025年5月12日　星期一　乙巳年四月十五　今日16版", "A01　要闻", "", HEAD, "", LEAD]);
    expect(pages(records)[0]!.section).toBe("要闻");
  });

  it("a line naming the contents in a sentence is text", () => {
    const records = run([HEAD, "", "本报讯（记者 宁书远）新版药品目录", "今年起执行，共收录药品三千余种，比上一版增加一百余种。"]);
    expect(articles(records)).toHaveLength(1);
  });
});
