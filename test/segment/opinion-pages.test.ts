/**
 * Opinion, letters and literary pages (评论, 读者来信, 副刊): an editor's note
 * set over the headline of the letter it introduces, a box's label over a
 * reader's piece, a book's details line under a review's byline, verse signed
 * at its foot, a serial's header over its chapter. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const run = (lines: string[]): NewsRecord[] => extract(lines.join("\n"), { issueDate: "2025-08-09" }).records;
const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");

describe("an editor's note over a headline", () => {
  const letter = ["楼道灯坏了谁来修", "“三不管”让居民摸黑", "", "我住的单元楼建于上世纪九十年代，楼道灯坏了快半年。", "", "希望有关部门能管一管。"];

  it.each([
    ["a paragraph opening on 编者按", ["编者按：最近，本报收到不少读者来信，反映老楼照明的问题。今天我们选登其中一封。"]],
    ["编者按 on a line of its own", ["编者按", "", "最近，本报收到不少读者来信，反映老楼照明的问题。今天我们选登其中一封。"]],
    ["a note opening on 编者的话", ["编者的话：最近，本报收到不少读者来信，反映老楼照明的问题。今天我们选登其中一封。"]],
  ])("%s opens the letter under it, as its first paragraph", (_how, note) => {
    const records = run([...note, "", ...letter]);
    const [a, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "楼道灯坏了谁来修", kicker: null, subtitle: "“三不管”让居民摸黑" });
    expect(a!.paragraphs[0]).toContain("最近，本报收到不少读者来信");
    expect(a!.paragraphs.at(-1)).toBe("希望有关部门能管一管。");
    // The note's 今天 is the day the paper ran the letter: the letter's lead tells no date.
    expect(a!.date).toBeNull();
  });

  it("a note under the text above, with the next letter's headline under it, opens that letter", () => {
    const above = ["公园里的长椅少了", "", "我每天去公园散步，发现长椅越来越少了。"];
    const [a, b, ...rest] = articles(run([...above, "", "编者按：老楼照明的问题，本报已多次关注。", "", ...letter]));
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["我每天去公园散步，发现长椅越来越少了。"]);
    expect(b!.headline.title).toBe("楼道灯坏了谁来修");
    expect(b!.paragraphs[0]).toBe("编者按：老楼照明的问题，本报已多次关注。");
  });

  it("a note under a headline stays that article's preface; a date in the report under it still counts", () => {
    const [a, ...rest] = articles(run(["老楼照明调查", "", "编者按：老楼照明的问题，本报今天起连续关注。", "", "8月5日，记者走访了城东三个老旧小区。"]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("老楼照明调查");
    expect(a!.paragraphs[0]).toBe("编者按：老楼照明的问题，本报今天起连续关注。");
    expect(a!.date).toBe("2025-08-05");
  });

  it("a paragraph that only mentions an editor's note, and 编前会, open no note", () => {
    const page = ["选题会上的争论", "", "编前会上，大家为头版放哪条稿子争了起来。", "", "老城改造的报道", "", "最后，总编辑拍板用了这一条。"];
    const [a] = articles(run(page));
    expect(a!.headline.title).toBe("选题会上的争论");
    expect(a!.paragraphs[0]).toBe("编前会上，大家为头版放哪条稿子争了起来。");
  });
});

describe("a reader's piece under a box label, a review's book details", () => {
  it("a bracketed label over a headline with a comma is its kicker; the paragraph under it is the body", () => {
    const page = ["【读者来稿】", "", "夜市开张，街坊吃上“放心串”", "", "我家楼下的夜市上个月开张了。烤串十块钱三串。", "", "希望这样的夜市越办越好。"];
    const [a, ...rest] = articles(run(page));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "夜市开张，街坊吃上“放心串”", kicker: "读者来稿", subtitle: null });
    expect(a!.paragraphs).toEqual(["我家楼下的夜市上个月开张了。烤串十块钱三串。", "希望这样的夜市越办越好。"]);
  });

  it("a book's details line under the byline is a paragraph of its own, never glued to the text", () => {
    const page = ["江边的少年时光", "", "□　许　诺", "", "《江边小镇》，许文涛著，江城出版社2025年3月出版，定价58元", "", "江边的小镇，在地图上只是一个小点。"];
    const [a] = articles(run(page));
    expect(a!.paragraphs).toEqual(["《江边小镇》，许文涛著，江城出版社2025年3月出版，定价58元", "江边的小镇，在地图上只是一个小点。"]);
  });
});

describe("verse signed at its foot", () => {
  const first = ["秋夜", "", "□　江小舟", "", "一盏灯", "把窗子", "点得很暖"];
  const second = ["雁", "", "整个秋天", "它们只往南飞", "飞过山岗", "飞过那些", "再也回不去的村庄", "", "□　余　歌"];

  it("a one-character title over a stanza, signed at the foot, opens a poem of its own; the stanza above ends the poem before it", () => {
    const [a, b, ...rest] = articles(run([...first, "", ...second]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("秋夜");
    expect(a!.paragraphs).toEqual(["一盏灯", "把窗子", "点得很暖"]);
    expect(a!.genre).toBe("news");
    expect(b!.headline).toEqual({ title: "雁", kicker: null, subtitle: null });
    expect(b!.paragraphs).toEqual(["整个秋天", "它们只往南飞", "飞过山岗", "飞过那些", "再也回不去的村庄"]);
    expect(b!.bylines.map((x) => [x.name, x.role])).toEqual([["余歌", "author"]]);
  });

  it("the signature with text going on under it signs what follows; the lines above keep their headline", () => {
    const page = ["雁", "", "整个秋天", "它们只往南飞", "", "□　余　歌", "", "候鸟南飞的时节，湖区又热闹起来。"];
    const [a, ...rest] = articles(run(page));
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toContain("候鸟南飞的时节，湖区又热闹起来。");
  });
});

describe("a serial's header over its chapter", () => {
  it("a headline and byline with no text, then a chapter heading and the instalment's number, are one article", () => {
    const page = ["长篇连载", "江水长流", "□　石　岩", "", "第七章　夜渡", "（连载之十二）", "", "天黑透了，渡口上还亮着一盏马灯。", "", "老艄公把船撑离了岸。", "", "（未完待续）"];
    const [a, ...rest] = articles(run(page));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "江水长流", kicker: "长篇连载", subtitle: "第七章　夜渡" });
    expect(a!.bylines.map((x) => x.name)).toEqual(["石岩"]);
    expect(a!.paragraphs).toEqual(["天黑透了，渡口上还亮着一盏马灯。", "老艄公把船撑离了岸。"]);
    expect(a!.genre).toBe("news");
  });

  it("a chapter's name over the instalment's number, without 第N章, joins the header too", () => {
    const page = ["江水长流", "□　石　岩", "", "夜渡", "（连载之十二）", "", "天黑透了，渡口上还亮着一盏马灯。"];
    const [a, ...rest] = articles(run(page));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "江水长流", kicker: null, subtitle: "夜渡" });
  });

  it("a headline over a byline and another headline with text under it, no chapter, stays two articles", () => {
    const page = ["江水长流", "□　石　岩", "", "渡口新貌", "", "天黑透了，渡口上还亮着一盏马灯。"];
    expect(articles(run(page)).map((a) => a.headline.title)).toEqual(["江水长流", "渡口新貌"]);
  });
});

describe("a signature under an opinion piece's headline whose name no surname table reads", () => {
  const body = ["", "秋粮入仓，田野里的忙碌换成了粮站前的长队。", "", "丰收不是终点，把粮卖上好价钱才算圆满。"];
  const byline = (a: ArticleRecord) => a.bylines.map((b) => `${b.name}/${b.role}`);

  it.each([
    ["a name with a middle dot, under a column's name and the title", ["江畔时评", "让丰收的喜悦装满粮仓", "艾力江·买买提"], "艾力江·买买提"],
    ["a name with a middle dot after a mark", ["让丰收的喜悦装满粮仓", "□ 艾力江·买买提"], "艾力江·买买提"],
    ["a Tibetan name", ["让丰收的喜悦装满粮仓", "格桑央金"], "格桑央金"],
    ["a padded pen name, blank lines round it", ["让丰收的喜悦装满粮仓", "", "舒 望岳"], "舒望岳"],
    ["a padded two-character pen name", ["让丰收的喜悦装满粮仓", "", "晨　川"], "晨川"],
  ])("%s is its author, no subtitle; the piece is commentary", (_how, head, name) => {
    const [a, ...rest] = articles(run([...head, ...body]));
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("让丰收的喜悦装满粮仓");
    expect(a!.headline.subtitle).toBeNull();
    expect(byline(a!)).toEqual([`${name}/author`]);
    expect(a!.genre).toBe("commentary");
    expect(a!.paragraphs).toEqual(["秋粮入仓，田野里的忙碌换成了粮站前的长队。", "丰收不是终点，把粮卖上好价钱才算圆满。"]);
  });

  it("the paper's commentator after a mark signs it too, under a dash subtitle", () => {
    const [a, ...rest] = articles(run(["让丰收的喜悦装满粮仓", "　　　　——二论做好秋粮收购工作", "　　　　　　■ 本报评论员", ...body]));
    expect(rest).toEqual([]);
    expect(a!.headline).toEqual({ title: "让丰收的喜悦装满粮仓", kicker: null, subtitle: "——二论做好秋粮收购工作" });
    expect(a!.genre).toBe("commentary");
    expect(a!.paragraphs[0]).toBe("秋粮入仓，田野里的忙碌换成了粮站前的长队。");
  });

  // Negatives: a column's name set letter-spaced, a phrase of a subtitle, a dash subtitle, a report with its dateline.
  it.each([
    ["述 评", "述 评"],
    ["产业兴 百姓富", "产业兴 百姓富"],
    ["——记粮站站长艾力江·买买提", "——记粮站站长艾力江·买买提"],
  ])("%s under the title is no signature", (line, subtitle) => {
    const [a] = articles(run(["让丰收的喜悦装满粮仓", line, ...body]));
    expect(a!.headline.subtitle).toBe(subtitle);
    expect(a!.bylines).toEqual([]);
  });

  it("a name under a title over a report with its dateline signs nothing", () => {
    const [a] = articles(run(["让丰收的喜悦装满粮仓", "格桑央金", "", "　　本报讯（记者 王 磊）10月8日，全县秋粮收购进度过半。"]));
    expect(a!.bylines.map((b) => b.name)).toEqual(["王磊"]);
  });
});
