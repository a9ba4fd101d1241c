/**
 * Text copied from a news app or a portal: the editor's line among the credits
 * under the title, the app's buttons (`分享让更多人看到`, `展开全文`, `举报`), a
 * portal's account line, a platform's disclaimer, picture notes set after a
 * triangle with their source in brackets, and a column's label opening the
 * lead (`【两会聚焦】…`). Each is read for what it is; lines like them that
 * are text stay text.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, PageRecord } from "../../src/schema.js";

const run = (lines: string[]): { articles: ArticleRecord[]; pages: PageRecord[] } => {
  const records = extract(lines.join("\n"), { format: "text", issueDate: "2025-03-05" }).records;
  return {
    articles: records.filter((r): r is ArticleRecord => r.type === "article"),
    pages: records.filter((r): r is PageRecord => r.type === "page"),
  };
};

const TITLE = "青川县新建口袋公园十八处";
const P1 = "3月3日，青川县园林中心发布消息，今年全县将新建口袋公园18处。";
const P2 = "按照计划，新增绿地面积约6万平方米。";

describe("an editor's line among the credits under the title", () => {
  it.each([
    ["pipe", "编辑 | 骆晴川"],
    ["colon", "编辑：骆晴川"],
    ["short role", "责编：骆晴川"],
  ])("%s form: a byline of the article, which keeps its whole text", (_, line) => {
    const { articles, pages } = run([TITLE, "记者 | 蒲远航", line, P1, P2]);
    expect(pages).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline.title).toBe(TITLE);
    expect(articles[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["蒲远航", "reporter"],
      ["骆晴川", "editor"],
    ]);
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
  });

  it("a page's staff line naming several roles at the head of the page stays page furniture", () => {
    const { articles, pages } = run(["编辑 骆晴川　校对 蒲小禾", "", TITLE, "记者 蒲远航", P1, P2]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.staff.map((s) => s.role)).toEqual(["editor", "proofreader"]);
    expect(articles[0]!.bylines.map((b) => b.name)).toEqual(["蒲远航"]);
  });
});

describe("an app's buttons", () => {
  it("`分享让更多人看到` between two articles is no headline: the next title stays the title", () => {
    const { articles } = run([TITLE, "记者 蒲远航", P1, "分享让更多人看到", "", "青川今年改造老旧小区九个", "记者 骆晴川", "3月4日，记者从青川县住建局获悉，今年将改造老旧小区9个。"]);
    expect(articles.map((a) => a.headline.title)).toEqual([TITLE, "青川今年改造老旧小区九个"]);
    expect(articles.map((a) => a.headline.subtitle)).toEqual([null, null]);
    expect(articles[0]!.paragraphs).toEqual([P1]);
  });

  it("`展开全文` inside the text is no headline and no paragraph; the article goes on", () => {
    const { articles } = run([TITLE, "记者 蒲远航", P1, "展开全文", P2]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
  });

  it("`举报` at the foot of the page is a page record with no section", () => {
    const { articles, pages } = run([TITLE, "记者 蒲远航", P1, P2, "举报"]);
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
    expect(pages).toEqual([expect.objectContaining({ section: null, staff: [] })]);
  });

  it("a sentence telling of sharing or reporting stays text", () => {
    const text = "市民可通过热线举报违规占绿行为，也可分享给更多邻居。";
    const { articles } = run([TITLE, "记者 蒲远航", P1, text]);
    expect(articles[0]!.paragraphs).toEqual([P1, text]);
  });
});

describe("a portal's account line under the title", () => {
  it("is no subtitle", () => {
    const { articles } = run([TITLE, "青川融媒 2025-03-05 09:40 发布于四川 青川融媒官方账号", "记者 蒲远航", P1]);
    expect(articles[0]!.headline).toEqual({ title: TITLE, kicker: null, subtitle: null });
    expect(articles[0]!.paragraphs).toEqual([P1]);
  });
});

describe("a platform's disclaimer under the article", () => {
  it.each([
    "免责声明：本文转自青川融媒，文章内容不代表本平台观点，如有侵权请联系删除。",
    "免责声明：本文内容仅供参考，不构成投资建议。",
    "（本文来自青川融媒，更多原创资讯请下载“青川融媒”APP）",
  ])("%s is no paragraph", (note) => {
    const { articles } = run([TITLE, "记者 蒲远航", P1, P2, note]);
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
  });

  it.each([
    "该公司当晚发布声明称，相关产品已全部召回。",
    "声明：青川县某某商贸有限公司营业执照正本遗失，声明作废。",
  ])("a sentence on a statement stays text: %s", (text) => {
    const { articles } = run([TITLE, "记者 蒲远航", P1, text]);
    expect(articles[0]!.paragraphs).toEqual([P1, text]);
  });
});

describe("an app's picture note", () => {
  it("`▲ …（图源：X）` between paragraphs is a caption, not a paragraph", () => {
    const { articles } = run([TITLE, "记者 蒲远航", P1, "▲ 3月2日，一处在建的口袋公园。（图源：青川县园林中心）", P2]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
  });

  it("a bulleted line with no picture source stays text", () => {
    const line = "▲ 新建公园将全部免费开放，并配套建设健身步道。";
    const { articles } = run([TITLE, "记者 蒲远航", P1, line, P2]);
    expect(articles[0]!.paragraphs).toContain(line);
  });
});

describe("a column's label opening the lead", () => {
  it("`【两会聚焦】` is cut off the lead and is the kicker", () => {
    const { articles } = run([TITLE, "记者 蒲远航", `【两会聚焦】${P1}`, P2]);
    expect(articles[0]!.headline).toEqual({ title: TITLE, kicker: "两会聚焦", subtitle: null });
    expect(articles[0]!.paragraphs).toEqual([P1, P2]);
  });

  it("a bracket inside a later paragraph, or a long bracket, stays text", () => {
    const later = "【温馨提示】施工期间请绕行。";
    const long = "【青川县二〇二五年城市绿化提升工程】按照计划推进。";
    expect(run([TITLE, "记者 蒲远航", P1, later]).articles[0]!.paragraphs).toEqual([P1, later]);
    expect(run([TITLE, "记者 蒲远航", long]).articles[0]!.paragraphs).toEqual([long]);
  });
});
