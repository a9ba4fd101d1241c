/**
 * Who signs a piece, read from a line at its head or its end: a padded name
 * after a mark (`□文　捷`, whose surname is also the 'text by' marker), a
 * labelled note on who the author is (`（作者：张三，某大学教授）`), and a
 * reporter's credit for what she gave (`（记者 王芳 提供）`).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-06-10" }).records);

const author = (name: string, label: string | null = null) => ({ name, role: "author", label, photo: false });

describe("signatures and notes at a piece's head or end", () => {
  it.each([
    ["under the headline", ["□文　捷", "", "前5月，全省外贸进出口总值两千亿元。", "", "稳外贸，更要在新市场上下功夫。"]],
    ["after the text", ["前5月，全省外贸进出口总值两千亿元。", "", "稳外贸，更要在新市场上下功夫。", "", "□文　捷"]],
  ])("a padded name after □ whose surname is 文 signs the piece %s", (_where, body) => {
    const [a, ...rest] = run(["经济时评", "稳外贸要做好新文章", "", ...body]);
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "稳外贸要做好新文章", kicker: "经济时评", subtitle: null });
    expect(a!.bylines).toEqual([author("文捷")]);
    expect(a!.paragraphs).toEqual(["前5月，全省外贸进出口总值两千亿元。", "稳外贸，更要在新市场上下功夫。"]);
  });

  it.each([
    ["glued to the last paragraph", ["旧城改造要以人为本，不能大拆大建。", "", "改造要守住街巷的烟火气。（作者：张三，某大学教授）"]],
    ["on a line of its own", ["旧城改造要以人为本，不能大拆大建。", "", "改造要守住街巷的烟火气。", "", "（作者：张三，某大学教授）"]],
  ])("a labelled note on who the author is, %s, names the author and is no text", (_where, body) => {
    const [a, ...rest] = run(["漫谈旧城改造", "", ...body]);
    expect(rest).toEqual([]);
    expect(a!.bylines).toEqual([author("张三", "作者")]);
    expect(a!.genre).toBe("commentary");
    expect(a!.paragraphs).toEqual(["旧城改造要以人为本，不能大拆大建。", "改造要守住街巷的烟火气。"]);
  });

  it.each([
    ["on a line of its own", ["　　①雨后及时清沟排水。", "　　②病虫害要早发现早防治。", "　　（省农科院植保所研究员 郭晓东）"]],
    ["glued to the last paragraph", ["　　①雨后及时清沟排水。", "　　②病虫害要早发现早防治。（省农科院植保所研究员 郭晓东）"]],
  ])("a bracketed signature with the signer's post before the name, %s, names the author with the post as label", (_where, body) => {
    const [a, ...rest] = run(["秋季大豆管理要点", ...body]);
    expect(rest).toEqual([]);
    expect(a!.bylines).toEqual([author("郭晓东", "省农科院植保所研究员")]);
    expect(a!.genre).toBe("news");
    expect(a!.paragraphs).toEqual(["①雨后及时清沟排水。", "②病虫害要早发现早防治。"]);
  });

  it("a bracketed post and name after a report its reporter signed stays in the text", () => {
    const [a] = run(["秋季大豆长势良好", "", "　　本报讯（记者 王芳）今年全市大豆长势良好。", "　　专家说，丰收已成定局。（省农科院研究员 郭晓东）"]);
    expect(a!.bylines).toEqual([{ name: "王芳", role: "reporter", label: "记者", photo: false }]);
    expect(a!.paragraphs).toEqual(["今年全市大豆长势良好。", "专家说，丰收已成定局。（省农科院研究员 郭晓东）"]);
  });

  it("（记者 王芳 提供） credits the reporter, and 提供 is no name", () => {
    const [a] = run(["城东公交", "", "本报讯　昨日，城东新开一条公交线路。", "", "市民纷纷前往体验。（记者 王芳 提供）"]);
    expect(a!.bylines).toEqual([{ name: "王芳", role: "reporter", label: "记者", photo: false }]);
    expect(a!.paragraphs).toEqual(["昨日，城东新开一条公交线路。", "市民纷纷前往体验。"]);
  });
});

/**
 * A signature set with its mark at the head of the first paragraph, a wider
 * gap than a name's padding between it and the text (`□ 孟　秋　　近来…`): the
 * signature signs the piece, and the paragraph starts after it.
 */
describe("a marked signature glued to the first paragraph", () => {
  const page = (first: string) => extract(["秋夜随笔", "", first, "", "　　我想起了故乡的小河。"].join("\n"), { issueDate: "2024-10-20" }).records;
  const first = (first: string) => page(first).find((r): r is ArticleRecord => r.type === "article");

  it.each([
    ["□ 孟　秋　　近来天气转凉，窗外的梧桐叶落了一地。", "孟秋"],
    ["■欧阳小雨  近来天气转凉，窗外的梧桐叶落了一地。", "欧阳小雨"],
    ["◎ 陈 默   近来天气转凉，窗外的梧桐叶落了一地。", "陈默"],
  ])("%s is signed by its signature, which is cut from the text", (line, name) => {
    const a = first(line);
    expect(a!.bylines.map((b) => `${b.name}/${b.role}`)).toEqual([`${name}/author`]);
    expect(a!.paragraphs[0]).toBe("近来天气转凉，窗外的梧桐叶落了一地。");
  });

  // Negatives: a bold lead-in, an everyday word, a single space, no mark.
  it.each([
    "■樱花大道  近来游人如织，花期将持续到月底。",
    "□ 江　南　　近来天气转凉，窗外的梧桐叶落了一地。",
    "□ 孟 秋 近来天气转凉，窗外的梧桐叶落了一地。",
    "孟　秋　　近来天气转凉，窗外的梧桐叶落了一地。",
  ])("%s keeps its head in the text", (line) => {
    const a = first(line);
    expect(a!.bylines).toEqual([]);
    expect(a!.paragraphs[0]!.length).toBeGreaterThan(20);
  });
});

describe("readers' pieces: a signature at the foot, a picture the author gave", () => {
  it("a reader's bracketed signature closes the piece under a heading, which is no subhead of the signed piece above", () => {
    const [a, b, ...rest] = run([
      "那辆旧自行车",
      "",
      "■尹秋禾",
      "",
      "1988年的春天，父亲用攒了半年的工资买回一辆二八自行车。那年春天，他每天骑车送我上学。",
      "",
      "车铃一响，整条巷子都知道我们出门了。如今那辆车还挂在老屋的墙上。",
      "",
      "阳台上的春天",
      "",
      "搬进新家后，我在阳台上摆了十几个花盆。",
      "",
      "每到春天，月季和茉莉轮番开放，满屋都是花香。",
      "",
      "（浙江湖州　读者　沈若兰）",
    ]);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("那辆旧自行车");
    expect(a!.subheads).toEqual([]);
    expect(a!.bylines).toEqual([author("尹秋禾")]);
    expect(b!.headline.title).toBe("阳台上的春天");
    expect(b!.bylines).toEqual([author("沈若兰", "浙江湖州　读者")]);
    expect(b!.paragraphs).toEqual(["搬进新家后，我在阳台上摆了十几个花盆。", "每到春天，月季和茉莉轮番开放，满屋都是花香。"]);
  });

  it("a picture credited to 作者 is the signed author's picture, and no byline named 作者", () => {
    const [a, ...rest] = run([
      "外婆家的煤油灯",
      "",
      "■柯　雯",
      "",
      "小时候每到暑假，我都要去外婆家住上一个月。那时村里还没通电，一到晚上，外婆就点起煤油灯。",
      "",
      "▲外婆家的老屋。（作者供图）",
      "",
      "如今老屋早已翻新，那盏煤油灯却一直摆在外婆的柜子上。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.bylines).toEqual([{ ...author("柯雯"), photo: true }]);
  });

  it("with no signed author, a picture credited to 作者 credits no one", () => {
    const [a] = run([
      "巷口的修鞋摊",
      "",
      "巷口的修鞋摊摆了二十多年，摊主每天清早出摊，傍晚收摊。",
      "",
      "▲修鞋摊一角。（作者供图）",
      "",
      "街坊们说，鞋子坏了，第一个想到的就是他。",
    ]);
    expect(a!.bylines.map((b) => b.name)).not.toContain("作者");
  });

  describe("a signature closing an opinion piece before the next headline", () => {
    const piece = ["立足长远抓好菜篮子", "", "入夏以来，本地蔬菜上市量稳步回升。", "", "稳价保供，功夫在平时。", ""];
    const photo = ["", "晨光里的菜市场", "", "6月3日，摊主在整理刚运到的青菜。", "", "本报记者　程　远　摄"];

    it.each([
      ["（滨 言）", [author("滨言")]],
      ["■滨言", [author("滨言")]],
      ["□ 滨 言", [author("滨言")]],
      ["——滨言", [author("滨言")]],
      ["□ 本刊主编　苏明哲", [author("苏明哲", "本刊主编")]],
      ["本报评论员", []],
    ])("%s signs the piece above and heads nothing", (line, bylines) => {
      const [a, b, ...rest] = run([...piece, line, ...photo]);
      expect(rest).toEqual([]);
      expect(a!.headline.title).toBe("立足长远抓好菜篮子");
      expect(a!.bylines).toEqual(bylines);
      expect(a!.paragraphs).toEqual(["入夏以来，本地蔬菜上市量稳步回升。", "稳价保供，功夫在平时。"]);
      expect(b!.headline).toEqual({ title: "晨光里的菜市场", kicker: null, subtitle: null });
      expect(b!.genre).toBe("photo");
    });

    it("本报评论员 closing the text makes it commentary, and stays out of the staff line under it", () => {
      const records = extract([...piece, "本报评论员", "", "责任编辑：周　宁　　美术编辑：洪　涛"].join("\n"), { issueDate: "2024-06-10" }).records;
      const [a, ...rest] = articles(records);
      expect(rest).toEqual([]);
      expect(a!.genre).toBe("commentary");
      expect(a!.bylines).toEqual([]);
      const page = records.find((r) => r.type === "page");
      expect(page?.type === "page" && page.text).toBe("责任编辑：周　宁　　美术编辑：洪　涛");
    });

    it("a marked short line touching the title under it is that title's label, no signature", () => {
      const [a, b] = run([...piece, "■快评", "晨光里的菜市场", "", "菜价稳，民心安。菜篮子连着千家万户的餐桌。"]);
      expect(a!.bylines).toEqual([]);
      expect(b!.headline).toEqual({ title: "晨光里的菜市场", kicker: "快评", subtitle: null });
    });

    it("a short marked line with text still under it signs nothing: the text goes on", () => {
      const all = run([...piece, "■滨言", "", "菜价稳，民心安。菜篮子连着千家万户的餐桌。"]);
      expect(all.flatMap((a) => a.bylines)).toEqual([]);
      expect(all.flatMap((a) => [a.headline.title, ...a.subheads, ...a.paragraphs]).join("")).toContain("滨言");
    });
  });
});
