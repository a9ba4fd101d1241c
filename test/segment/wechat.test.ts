/**
 * Posts copied from a social-media account (a WeChat 公众号): the meta line
 * under the title, prompts to follow, image placeholders, the tail block of
 * fields and the links to other posts, each recognised by its layout, never
 * by an account's name; and how a page of posts is read. Every line and page
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { isImagePlaceholder, trailingArrowsAt } from "../../src/text/arrows.js";
import { isFollowPrompt, isLinksLabel, isPostLink, isPostMetaLine, isReaderCall, standsAloneInPost, tailField } from "../../src/segment/wechat.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-04-20" }).records;
const P = "　　";
const fold = (s: string) => normaliseString(s);

describe("isPostMetaLine", () => {
  it.each<[string, boolean]>([
    ["江城发布 2025年04月18日 20:05 湖北", true],
    ["原创 江城融媒 江城发布 2025年04月18日 18:30 湖北", true],
    ["江城发布　2025年4月18日　20:05", true],
    ["江城发布 2025-04-18 07:30 湖北", true],
    // No account before the date: a web page's date line, or prose.
    ["2025年04月18日 20:05", false],
    ["会议于2025年4月18日 20:05召开", false],
    ["来源：江城日报 2025年04月18日 20:05", false],
    ["据介绍，活动于2025年4月18日 20:05开始。", false],
    // No time: a date line of a paper.
    ["江城日报 2025年04月18日 星期五", false],
  ])("%s → %s", (line, expected) => {
    expect(isPostMetaLine(fold(line))).toBe(expected);
    if (expected) expect(standsAloneInPost(fold(line))).toBe(true);
  });
});

describe("isFollowPrompt", () => {
  it.each<[string, boolean]>([
    ["点击蓝字关注我们", true],
    ["点击上方蓝字关注", true],
    ["点击上方“江城发布”关注我们", true],
    ["点击上方蓝色字体，关注我们", true],
    ["关注我们", true],
    ["点击率和关注度持续上升，", false],
    ["点击“报名”按钮后填写个人信息。", false],
    ["关注我们的读者越来越多。", false],
  ])("%s → %s", (line, expected) => {
    expect(isFollowPrompt(fold(line))).toBe(expected);
    if (expected) expect(standsAloneInPost(fold(line))).toBe(true);
  });
});

describe("isReaderCall", () => {
  it.each<[string, boolean]>([
    ["😊 你家附近有社区书屋吗？欢迎留言告诉我们！", true],
    ["👉 点个“在看”，分享给更多人", true],
    // No emoji, or no call to the readers.
    ["欢迎留言告诉我们！", false],
    ["😊 书屋周末开放到晚上八点。", false],
    ["市民可在评论区留言反映问题，相关部门将在三个工作日内答复。", false],
  ])("%s → %s", (line, expected) => {
    expect(isReaderCall(fold(line))).toBe(expected);
  });
});

describe("image placeholders and trailing arrows", () => {
  it.each<[string, boolean]>([
    ["▼", true],
    ["▼▼▼", true],
    ["▼ ▼ ▼", true],
    ["↓", true],
    ["👇", true],
    ["👇👇👇", true],
    ["▼改造后的城东公园", false],
    ["↓3.5%", false],
    ["价格↓", false],
  ])("%s → %s", (line, expected) => {
    expect(isImagePlaceholder(fold(line))).toBe(expected);
    if (expected) expect(standsAloneInPost(fold(line))).toBe(true);
  });

  it.each<[string, number]>([
    ["确保春耕生产需要。👇", 9],
    ["工人们正忙着播种。▼", 9],
    ["“还能送货上门。”👇", 9],
    ["确保春耕生产需要。", -1],
    // Arrows after no sentence's end: a figure's direction, kept.
    ["价格↓", -1],
    ["环比↓3.5%", -1],
  ])("%s → %s", (line, expected) => {
    expect(trailingArrowsAt(fold(line))).toBe(expected);
  });
});

describe("links to other posts", () => {
  it.each<[string, boolean]>([
    ["推荐阅读", true],
    ["往期回顾", true],
    ["相关阅读：", true],
    ["【往期精彩】", true],
    ["推荐阅读量最高的文章", false],
    ["往期回顾显示，", false],
  ])("label %s → %s", (line, expected) => {
    expect(isLinksLabel(fold(line))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["▶ 注意！4月25日起这些路段临时交通管制", true],
    ["● 江城召开乡村振兴工作推进会", true],
    ["▶ 书屋周末开放到晚上八点。", false],
    ["江城召开乡村振兴工作推进会", false],
  ])("link %s → %s", (line, expected) => {
    expect(isPostLink(fold(line))).toBe(expected);
  });
});

describe("tailField", () => {
  it.each<[string, ReturnType<typeof tailField>]>([
    ["来源：江城县融媒体中心", { kind: "source", key: "来源", value: "江城县融媒体中心" }],
    ["转自：“江城发布”微信公众号", { kind: "source", key: "转自", value: "“江城发布”微信公众号" }],
    ["编辑：钟晓彤", { kind: "editor", key: "编辑", value: "钟晓彤" }],
    ["责任编辑：钟晓彤", { kind: "editor", key: "责任编辑", value: "钟晓彤" }],
    ["审核：罗建平", { kind: "chrome", key: "审核", value: "罗建平" }],
    ["监制：孙国梁", { kind: "chrome", key: "监制", value: "孙国梁" }],
    ["终审：孙国梁", { kind: "chrome", key: "终审", value: "孙国梁" }],
    // A sentence after the colon, or no colon: text.
    ["来源：群众举报。记者随即赶到现场核实。", null],
    ["审核通过后，补贴将在十个工作日内发放。", null],
    ["编辑部收到来信后，立即联系了有关部门。", null],
  ])("%s", (line, expected) => {
    expect(tailField(fold(line))).toEqual(expected);
    if (expected !== null) expect(standsAloneInPost(fold(line))).toBe(true);
  });

  it("leaves body sentences to reflow", () => {
    for (const line of ["社区书屋今年新添图书两千余册，", "● 统筹资金保障，确保项目按期", "点击率和关注度持续上升，"]) {
      expect(standsAloneInPost(fold(line))).toBe(false);
    }
  });
});

describe("a page of posts", () => {
  const post = [
    "社区书屋迎来新书！两千余册图书上架",
    "",
    "原创 江城融媒 江城发布 2025年04月18日 18:30 湖北",
    "",
    "点击蓝字关注我们",
    "",
    `${P}4月18日，江城县社区书屋新添图书两千余册，周末开放时间延长到晚上八点。`,
    "",
    "▼",
    "",
    "（图片来源：江城县图书馆）",
    "",
    `${P}管理员说，周末来借绘本的家长排起了长队。👇`,
    "",
    `${P}“孩子在这里能安安静静看一下午书。”家长周敏说。`,
    "",
    "😊 你家附近有社区书屋吗？欢迎留言告诉我们！",
    "",
    "来源：江城县融媒体中心",
    "记者：钟明远",
    "编辑：钟晓彤",
    "审核：罗建平",
    "监制：孙国梁",
    "",
    "推荐阅读",
    "▶ 江城召开乡村振兴工作推进会",
    "▶ 注意！4月25日起这些路段临时交通管制",
    "",
    "转自：江城日报",
    "",
    "城南新桥今起通车",
    "",
    "江城发布 2025年04月17日 20:05 湖北",
    "",
    `${P}4月17日，城南新桥正式通车，全长一点二公里。`,
    "",
    "来源：江城县融媒体中心",
    "编辑：钟晓彤",
    "审核：罗建平",
  ];

  it("reads each post as one article, its title the line over its meta line", () => {
    const records = run(post);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const list = articles(records);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "社区书屋迎来新书！两千余册图书上架", kicker: null, subtitle: null },
      { title: "城南新桥今起通车", kicker: null, subtitle: null },
    ]);
    const [first, second] = list;
    expect(first!.paragraphs).toEqual([
      "4月18日，江城县社区书屋新添图书两千余册，周末开放时间延长到晚上八点。",
      "管理员说，周末来借绘本的家长排起了长队。",
      "“孩子在这里能安安静静看一下午书。”家长周敏说。",
    ]);
    expect(first!.subheads).toEqual([]);
    expect(first!.genre).toBe("news");
    // A credit block's order among its lines is not kept: compared as a set.
    expect(first!.bylines.map((b) => [b.name, b.role, b.photo]).sort()).toEqual(
      [
        ["江城县图书馆", "source", true],
        ["江城县融媒体中心", "source", false],
        ["钟明远", "reporter", false],
        ["钟晓彤", "editor", false],
        ["江城日报", "source", false],
      ].sort(),
    );
    expect(second!.paragraphs).toEqual(["4月17日，城南新桥正式通车，全长一点二公里。"]);
    expect(second!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["江城县融媒体中心", "source"],
      ["钟晓彤", "editor"],
    ]);
    expect(second!.source.lineEnd).toBe(post.length);
  });

  it("a picture's source in brackets inside a short post's text is no boundary", () => {
    const lines = ["社区书屋迎来新书", "", `${P}书屋新添图书两千余册。`, "", "（图片来源：江城县图书馆）", "", `${P}管理员说，周末来借绘本的家长排起了长队。`];
    const list = articles(run(lines));
    expect(list).toHaveLength(1);
    expect(list[0]!.genre).toBe("news");
    expect(list[0]!.paragraphs).toHaveLength(2);
    expect(list[0]!.bylines.map((b) => [b.name, b.role, b.photo])).toEqual([["江城县图书馆", "source", true]]);
  });

  it("a picture's source in brackets over a headline credits the article above", () => {
    const list = articles(run(["春到城东公园", `${P}游客在城东公园赏花。`, "（图片来源：江城县园林局）", "", "城南新桥今起通车", `${P}4月17日，城南新桥正式通车，全长一点二公里。`]));
    expect(list.map((a) => a.headline.title)).toEqual(["春到城东公园", "城南新桥今起通车"]);
    expect(list[0]!.bylines.map((b) => [b.name, b.photo])).toEqual([["江城县园林局", true]]);
    expect(list[1]!.bylines).toEqual([]);
  });

  it("a post whose title is the input's first line, with a kicker-like line above the meta line", () => {
    const list = articles(run(["“一老一小”有了好去处", "江城新增普惠托位三百个", "", "江城发布 2025年04月17日 20:05 湖北", "", "点击蓝字关注我们", "", "原标题：《江城新增普惠托位三百个》", "", `${P}近日，江城县第二家公办托育园开园。`]));
    expect(list).toHaveLength(1);
    const h = list[0]!.headline;
    expect([h.kicker, h.title, h.subtitle].filter(Boolean).sort()).toEqual(["“一老一小”有了好去处", "江城新增普惠托位三百个"].sort());
    expect(list[0]!.paragraphs).toEqual(["近日，江城县第二家公办托育园开园。"]);
  });

  it("a tail block under a report without a post's header", () => {
    const list = articles(run(["城南新桥今起通车", `${P}4月17日，城南新桥正式通车，全长一点二公里。`, "", "来源：江城县融媒体中心", "编辑：钟晓彤", "审核：罗建平", "监制：孙国梁"]));
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toHaveLength(1);
    expect(list[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["江城县融媒体中心", "source"],
      ["钟晓彤", "editor"],
    ]);
  });

  it("a lone source line under a report credits it", () => {
    const list = articles(run(["城南新桥今起通车", `${P}4月17日，城南新桥正式通车，全长一点二公里。`, "来源：江城日报"]));
    expect(list[0]!.bylines.map((b) => [b.name, b.role])).toEqual([["江城日报", "source"]]);
  });

  it("a lone review field is left as it was read", () => {
    const list = articles(run(["城南新桥今起通车", `${P}4月17日，城南新桥正式通车，全长一点二公里。`, `${P}审核：桥梁检测由第三方机构完成。`]));
    expect(list[0]!.paragraphs).toHaveLength(2);
  });
});
