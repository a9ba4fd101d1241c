/**
 * A crawled news page saved as plain text: the chrome round its article
 * (breadcrumb, meta line, toolbar, editor line, share buttons, previous/next
 * links, related links) is no headline, no text and no page record; the
 * article is one, titled with its own headline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, PageRecord } from "../../src/schema.js";

const run = (text: string): { articles: ArticleRecord[]; pages: PageRecord[] } => {
  const records = extract(text, { format: "text", issueDate: "2024-06-01" }).records;
  return {
    articles: records.filter((r): r is ArticleRecord => r.type === "article"),
    pages: records.filter((r): r is PageRecord => r.type === "page"),
  };
};

const LEAD = "东湖网讯（记者 方晓岚）5月20日上午，东湖新区首个智慧物流园投入运营，总投资约18亿元。";
const SECOND = "据介绍，园区配备自动分拣线6条，日处理包裹能力达50万件。";

const PAGE = [
  "首页 > 新闻中心 > 本地要闻",
  "",
  "东湖新区首个智慧物流园投入运营",
  "",
  "来源：东湖网　　作者：方晓岚　　发布时间：2024-05-20 18:32:07",
  "【字体：大 中 小】　【打印】　【关闭】",
  "",
  LEAD,
  "",
  SECOND,
  "",
  "责任编辑：苏 禾",
  "",
  "分享到：微信　微博",
  "",
  "上一篇：东湖举办夏季招聘会",
  "下一篇：我市新增公交线路8条",
  "",
  "【相关新闻】",
  "· 东湖一季度快递业务量增长两成",
  "· 东湖发布物流产业扶持政策",
].join("\n");

describe("a crawled page in plain text", () => {
  it("reads one article under its own headline, its chrome no text", () => {
    const { articles, pages } = run(PAGE);
    expect(pages).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.headline).toEqual({ title: "东湖新区首个智慧物流园投入运营", kicker: null, subtitle: null });
    expect(article!.dateline).toMatchObject({ agency: "东湖网" });
    // The meta line's 作者 is the reporter of the lead: one person, credited once, as reporter.
    expect(article!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["方晓岚", "reporter"],
      ["苏禾", "editor"],
    ]);
    expect(article!.paragraphs).toEqual(["5月20日上午，东湖新区首个智慧物流园投入运营，总投资约18亿元。", SECOND]);
    // The article spans its page, chrome and all.
    expect(article!.source.lineStart).toBe(1);
    expect(article!.source.lineEnd).toBe(21);
  });

  it("keeps an editor line between the meta line and the body in the article", () => {
    const text = ["首页 > 新闻中心 > 社会民生", "", "东湖公积金新政今起实施", "", "来源：东湖日报　　作者：记者 韩 露　　发布时间：2024-06-01 08:05", "责任编辑：苏 禾", "", "本报讯　6月1日起，东湖住房公积金新政正式实施。", "", SECOND].join("\n");
    const { articles, pages } = run(text);
    expect(pages).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline.title).toBe("东湖公积金新政今起实施");
    expect(articles[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["韩露", "reporter"],
      ["苏禾", "editor"],
    ]);
    expect(articles[0]!.paragraphs).toEqual(["6月1日起，东湖住房公积金新政正式实施。", SECOND]);
  });

  it("keeps an author of the meta line who is not the reporter", () => {
    const text = ["东湖新区首个智慧物流园投入运营", "", "来源：东湖网　　作者：林 溪", "", LEAD].join("\n");
    const [article] = run(text).articles;
    expect(article!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["林溪", "author"],
      ["方晓岚", "reporter"],
    ]);
  });

  it("leaves text holding > or 上一篇, and a bracketed headline, as they are", () => {
    const body1 = "本报讯　上一篇报道刊发后，不少读者来电询问办理流程。";
    const body2 = "数据显示，增速>5%的企业有12家。";
    // A headline in brackets opening on a button's word (收藏) is a headline.
    const text = ["【收藏家向东湖图书馆捐出古籍200册】", "", body1, "", body2].join("\n");
    const { articles, pages } = run(text);
    expect(pages).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline.title).toBe("收藏家向东湖图书馆捐出古籍200册");
    expect(articles[0]!.paragraphs).toEqual([body1.slice("本报讯　".length), body2]);
  });

  it("keeps a meta line with an empty counter and a text-size switch off the paragraph under it, its 作者 the author", () => {
    const text = [
      "东湖新区启动春季植树活动",
      "来源：东湖区园林局　作者：林 溪　发布时间：2024-03-12 10:21　浏览次数：　字号：大 中 小",
      "　　3月11日上午，东湖新区在湖滨公园启动春季植树活动。",
      SECOND,
    ].join("\n");
    const { articles } = run(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline.title).toBe("东湖新区启动春季植树活动");
    expect(articles[0]!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([["林溪", "author", "作者"]]);
    expect(articles[0]!.paragraphs).toEqual(["3月11日上午，东湖新区在湖滨公园启动春季植树活动。", SECOND]);
  });

  it("joins a line holding a counter's word in a sentence to the text as usual", () => {
    const text = ["东湖网上展馆人气旺", "", "本报讯　展馆上线以来，浏览次数：", "已超过十万次。"].join("\n");
    const { articles } = run(text);
    expect(articles[0]!.paragraphs).toEqual(["展馆上线以来，浏览次数：已超过十万次。"]);
  });

  it("reads a site's footer, its field lines and a bare related-links label as chrome: no text, no article, no page record", () => {
    const footer = ["相关链接", "主办：东区人民政府办公室　承办：东区大数据中心", "网站标识码：4306000099　湘ICP备05009999号　湘公网安备 43060202009999号", "联系电话：0730-1234567　建议使用1920×1080分辨率浏览"];
    const text = ["东湖新区启动春季植树活动", "", "本报讯　3月11日上午，东湖新区在湖滨公园启动春季植树活动。", "", SECOND, "", "分享到：", "上一篇：东湖举办夏季招聘会", ...footer].join("\n");
    const { articles, pages } = run(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual(["3月11日上午，东湖新区在湖滨公园启动春季植树活动。", SECOND]);
    expect(pages).toEqual([]);
    // The article spans its page, footer and all.
    expect(articles[0]!.source.lineEnd).toBe(12);
  });

  it("keeps a notice's 主办/承办 line, with no licence line by it, in the notice", () => {
    const text = ["东湖书画展下周开幕", "", "本报讯　东湖书画展将于下周在市美术馆开幕，展期一个月。", "主办：东湖区文联　承办：东湖区美术馆"].join("\n");
    const { articles, pages } = run(text);
    expect(pages).toEqual([]);
    expect(articles[0]!.paragraphs).toEqual(["东湖书画展将于下周在市美术馆开幕，展期一个月。", "主办：东湖区文联　承办：东湖区美术馆"]);
  });
});
