/**
 * The signer of a notice at its foot: an issuing body on its line, over the
 * date it was signed or, with no date, right under the notice's last sentence
 * and a blank line above the next headline. The body is the notice's author (a signature with no role word);
 * its name and the date are no text, no page furniture, no next headline.
 * Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const all = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-05-20" }).records;
const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

const notice = ["拟任职干部公示", "　　经研究，拟任用以下同志，现予以公示。", "　　公示期为5个工作日，欢迎来信来电反映情况。"];
const next = ["", "停电通知", "　　因线路检修，城西片区5月22日停电一天，请用户做好准备。"];

describe("a body signing a notice over its date", () => {
  it.each(["中共青禾县委组织部", "青禾县委宣传部", "青禾县人民法院", "青禾县人民检察院", "青禾市商贸有限公司", "青禾县总工会", "本报编辑部"])("%s", (body) => {
    const records = all([...notice, body, "2025年5月19日", ...next]);
    expect(records.map((r) => r.type)).toEqual(["article", "article"]);
    const [a, b] = articles(records);
    expect(names(a)).toEqual([`${body}/author`]);
    expect(a!.paragraphs).toEqual([notice[1]!.trim(), notice[2]!.trim()]);
    expect(b!.headline.title).toBe("停电通知");
  });
});

describe("a body set up to act for another signing a notice over its date", () => {
  const closing = ["注销公告", "　　青禾市味来餐饮有限公司经股东会决议，拟申请注销登记，请债权人自见报之日起45日内申报债权。"];
  it.each([
    "青禾市味来餐饮有限公司清算组",
    "青禾市宏达建材有限公司管理人",
    "青禾县东环路改造工程建设指挥部",
    "青禾县公路管理处",
    "青禾县城关街道办事处",
    "青禾县欠薪治理专项工作组",
    "青禾县防汛抗旱工作领导小组",
  ])("%s", (body) => {
    const records = all([...closing, body, "2025年5月19日", ...next]);
    expect(records.map((r) => r.type)).toEqual(["article", "article"]);
    const [a, b] = articles(records);
    expect(names(a)).toEqual([`${body}/author`]);
    expect(a!.paragraphs).toEqual([closing[1]!.trim()]);
    expect(b!.headline.title).toBe("停电通知");
  });

  it("at the very foot of a notice, with no date", () => {
    const [a, ...rest] = articles(all([...closing, "青禾市味来餐饮有限公司清算组"]));
    expect(rest).toEqual([]);
    expect(names(a)).toEqual(["青禾市味来餐饮有限公司清算组/author"]);
  });
});

describe("a body signing a notice with no date", () => {
  it.each(["本报编辑部", "青禾县委宣传部", "青禾县交通运输局"])("%s, a blank line above the next headline", (body) => {
    const [a, b, ...rest] = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，特此更正。", body, ...next]));
    expect(rest).toEqual([]);
    expect(names(a)).toEqual([`${body}/author`]);
    expect(a!.paragraphs).toHaveLength(1);
    expect(b!.headline).toEqual({ title: "停电通知", kicker: null, subtitle: null });
  });

  it("at the end of the input", () => {
    const [a, ...rest] = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，特此更正。", "本报编辑部"]));
    expect(rest).toEqual([]);
    expect(names(a)).toEqual(["本报编辑部/author"]);
  });
});

describe("lines that name a body but sign nothing", () => {
  it("a body's name under a clause that goes on (no sentence closed above it) stays where it was", () => {
    const records = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，", "青禾县交通运输局", ...next]));
    expect(records.flatMap((a) => a.bylines)).toEqual([]);
  });

  it("a headline ending in 部 over its own text opens an article", () => {
    const [a, b] = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，特此更正。", "", "走进乡村俱乐部", "", "　　周末，青禾县的乡村俱乐部里热闹非凡，村民们在这里下棋、唱戏。"]));
    expect(names(a)).toEqual([]);
    expect(b!.headline.title).toBe("走进乡村俱乐部");
  });

  it("a headline ending in 工作组 over its own text opens an article", () => {
    const [a, b] = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，特此更正。", "", "走进驻村工作组", "", "　　清晨六点，驻村工作组的三名队员已经走在了田埂上。"]));
    expect(names(a)).toEqual([]);
    expect(b!.headline.title).toBe("走进驻村工作组");
  });

  it("a body's name touching the next headline is left to the headline block", () => {
    const [a] = articles(all(["更正启事", "　　本报5月18日刊发的消息中，路名有误，特此更正。", "青禾县委宣传部", "停电通知", "　　因线路检修，城西片区5月22日停电一天。"]));
    expect(names(a)).toEqual([]);
  });
});
