/**
 * Headings at the margin of a page that indents its paragraphs. Text copied
 * from an e-paper often loses the indent of a centred subhead while keeping
 * the body's: the margin is evidence of a new article, not proof. A margin
 * heading right under a signed article's text is a subhead when the section
 * below continues it (an interview's turns, an echo of its words, a series of
 * headings cut alike); else it opens an article. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-03-01" }).records);
const P = "　　";

describe("margin headings that are subheads", () => {
  it("headings echoing a signed feature, the second one at the margin like the first", () => {
    const list = run([
      "守望运河的摆渡人",
      "本报记者　林　默　通讯员　许　静",
      `${P}天刚蒙蒙亮，老周已经把渡船擦得发亮。他在运河上摆渡了二十六年，送过的乘客数也数不清。`,
      "运河上的二十六年",
      `${P}老周说，刚接手渡口那年，船还是木头的，遇上涨水要三个人一起撑篙。`,
      "从木船到电动船",
      `${P}前年，镇里为渡口换上了电动船，还装了救生设备和监控。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["守望运河的摆渡人"]);
    expect(list[0]!.subheads).toEqual(["运河上的二十六年", "从木船到电动船"]);
    expect(list[0]!.paragraphs).toHaveLength(3);
    expect(list[0]!.bylines.map((b) => b.name)).toEqual(["林默", "许静"]);
  });

  it("quoted headings over an interview's turns", () => {
    const list = run([
      "三十年守着一座灯塔",
      "本报记者　孟　秋",
      `${P}灯塔立在离岸七海里的小岛上，岛上只有一户人家。`,
      "“开始只打算守一年”",
      `${P}记者：当初为什么会上岛？`,
      `${P}吴海生：那年老守塔人病了，我想先顶一年再说。`,
      "“灯不能灭”",
      `${P}吴海生：台风天最难，整夜都得守着灯。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["三十年守着一座灯塔"]);
    expect(list[0]!.subheads).toEqual(["“开始只打算守一年”", "“灯不能灭”"]);
    expect(list[0]!.paragraphs).toHaveLength(4);
  });

  it("place-and-colon headings of one tour, a picture inside the first section", () => {
    const list = run([
      "周末去哪儿",
      "本报记者　韦　岚",
      `${P}春光正好，我们为读者挑了两处近郊去处。`,
      "梨花坞：千亩梨花开成雪",
      `${P}梨花坞在城北三十公里外，山坡上种满了梨树，眼下正是花期。`,
      `${P}游人在梨花树下拍照。　本报记者　韦　岚　摄`,
      `${P}景区入口处设有停车场，节假日建议乘公交前往。`,
      "石桥村：老街里的慢时光",
      `${P}石桥村保留着一条青石老街，街两边是开了几十年的老铺子。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["周末去哪儿"]);
    expect(list[0]!.subheads).toEqual(["梨花坞：千亩梨花开成雪", "石桥村：老街里的慢时光"]);
  });
});

describe("margin headings that open articles", () => {
  const signed = ["全县春耕备耕有序推进", "本报记者　齐　远", `${P}眼下正值春耕备耕关键期，全县各地抢抓农时，田间地头一派忙碌景象。`];

  it("a heading a blank line under the text", () => {
    const list = run([...signed, "", "全县春耕机械检修完成", `${P}县农机中心组织技术人员下乡，帮助农户检修春耕机械。`]);
    expect(list.map((a) => a.headline.title)).toEqual(["全县春耕备耕有序推进", "全县春耕机械检修完成"]);
  });

  it("a heading over a report that opens on its date", () => {
    const list = run([...signed, "全县春耕机械检修完成", `${P}2月26日，县农机中心组织技术人员下乡，帮助农户检修春耕机械。`]);
    expect(list.map((a) => a.headline.title)).toEqual(["全县春耕备耕有序推进", "全县春耕机械检修完成"]);
  });

  it("a heading that echoes nothing, under a signed article", () => {
    const list = run([...signed, "城南社区开办四点半课堂", `${P}放学后无人照看的孩子，如今有了好去处。`]);
    expect(list.map((a) => a.headline.title)).toEqual(["全县春耕备耕有序推进", "城南社区开办四点半课堂"]);
  });

  it("a heading under an unsigned article", () => {
    const list = run([
      "全县春耕备耕有序推进",
      `${P}眼下正值春耕备耕关键期，全县各地抢抓农时，田间地头一派忙碌景象。`,
      "春耕备耕有序推进",
      `${P}县里还组织农技人员下乡指导。`,
      `${P}据了解，今年全县计划播种面积与去年持平。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["全县春耕备耕有序推进", "春耕备耕有序推进"]);
  });

  it("a speaker's colon that no turn above used does not make an interview", () => {
    const list = run([...signed, "城南社区开办四点半课堂", `${P}社区书记：孩子们放学后有了去处。`]);
    expect(list.map((a) => a.headline.title)).toEqual(["全县春耕备耕有序推进", "城南社区开办四点半课堂"]);
  });
});
