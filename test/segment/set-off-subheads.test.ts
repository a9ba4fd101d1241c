/**
 * Subheads set off by blank lines, as posts and e-papers set them: a heading
 * in 【】 over unsigned text that goes on is a section of the article; a plain
 * heading with blank lines above and below it is one when the article's own
 * evidence says so (headings cut alike, or an echo under a feature signed at
 * its head). New articles still open: a bracketed brief title over a report
 * that opens on its date, a heading over a dateline or byline, an echoing
 * heading under a dated report. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { subheadText } from "../../src/segment/subhead.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-04-20" }).records);
const P = "　　";

describe("subheads set off by blank lines", () => {
  // The same dated report with its two section headings set in 【】 or plain (cut alike).
  it.each([
    ["bracketed", "【管网改造 先行一步】", "【立面整治 同步推进】"],
    ["plain, cut alike", "管网改造 先行一步", "立面整治 同步推进"],
  ])("%s headings between blank lines under a dated report", (_how, first, second) => {
    const list = run([
      "城北片区旧改启动",
      "",
      "本报讯（记者 钟明远）4月18日，城北片区老旧小区改造工程启动。",
      "",
      first,
      "",
      `${P}改造先从地下管网入手，涉及供水、燃气管道共计十二公里。`,
      "",
      second,
      "",
      `${P}沿街楼栋的外墙将统一粉刷，空调外机加装遮挡。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城北片区旧改启动"]);
    expect(list[0]!.subheads).toEqual(["管网改造 先行一步", "立面整治 同步推进"]);
    expect(list[0]!.paragraphs).toHaveLength(3);
  });

  it("bracketed headings of an unsigned post, no blank lines needed", () => {
    const list = run([
      "社区书屋迎来新书",
      "",
      `${P}书屋今年新添图书两千余册，周末开放时间延长到晚上八点。`,
      "",
      "【少儿专区：绘本最受欢迎】",
      "",
      `${P}管理员说，周末来借绘本的家长排起了长队。`,
      "",
      "【老年专区：大字本上架】",
      "",
      `${P}为方便老人阅读，书屋专门采购了一批大字本。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["社区书屋迎来新书"]);
    expect(list[0]!.subheads).toEqual(["少儿专区：绘本最受欢迎", "老年专区：大字本上架"]);
  });

  it("echoing headings set apart under a feature signed at its head", () => {
    const list = run([
      "一条老街的新生",
      "",
      `${P}本报记者　郁　青`,
      "",
      `${P}清晨的老街还很安静，修鞋铺的师傅已经摆好了工具。`,
      `${P}这条老街见证了小城几十年的变化。`,
      "",
      "老街里的老手艺",
      "",
      `${P}修鞋的陈师傅在街口守了三十年，手艺传给了儿子。`,
      "",
      "老街上的新店铺",
      "",
      `${P}近两年，几家咖啡馆和文创店在老街开了张。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["一条老街的新生"]);
    expect(list[0]!.subheads).toEqual(["老街里的老手艺", "老街上的新店铺"]);
  });
});

describe("set-off headings that open articles", () => {
  it("an echoing heading set apart under a dated report", () => {
    const list = run([
      "著名书法家林望川逝世",
      `${P}本报讯　著名书法家林望川因病于4月17日逝世，享年八十九岁。`,
      `${P}林望川的遗体定于4月21日火化。`,
      "",
      "林望川同志生平",
      "",
      `${P}林望川，男，1936年生，自幼习字，一生致力于书法教育。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["著名书法家林望川逝世", "林望川同志生平"]);
  });

  it("a bracketed brief title over a report that opens on its date", () => {
    const list = run([
      "【城南新桥今起通车】",
      `${P}4月18日，城南新桥正式通车，全长一点二公里。`,
      "",
      "【城西菜市场完成改造】",
      "",
      `${P}4月19日，城西菜市场改造完工，摊位重新开放。`,
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城南新桥今起通车", "城西菜市场完成改造"]);
  });

  it("a bracketed heading over a dateline", () => {
    const list = run([
      "城北片区旧改启动",
      "本报讯（记者 钟明远）4月18日，城北片区老旧小区改造工程启动。",
      "",
      "【城西菜市场完成改造】",
      "本报讯（记者 钟明远）城西菜市场改造完工，摊位重新开放。",
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["城北片区旧改启动", "城西菜市场完成改造"]);
  });

  it("a bracketed label of a few characters heads no section", () => {
    const list = run([
      "城北片区旧改启动",
      "本报讯（记者 钟明远）4月18日，城北片区老旧小区改造工程启动。",
      "",
      "【数说】",
      "",
      `${P}改造涉及楼栋六十二栋，居民一千四百户。`,
    ]);
    expect(list[0]!.subheads).toEqual([]);
  });
});

describe("subheadText", () => {
  it.each([
    ["【集中育秧 提速增效】", "集中育秧 提速增效"],
    ["【 托育：家门口的“放心园” 】", "托育：家门口的“放心园”"],
    // As written: a bullet, brackets that do not wrap the line, no brackets.
    ["■ 重点项目加快推进", "■ 重点项目加快推进"],
    ["【图】老街新貌", "【图】老街新貌"],
    ["老街上的新店铺", "老街上的新店铺"],
  ])("%s → %s", (text, expected) => {
    expect(subheadText(text)).toBe(expected);
  });
});
