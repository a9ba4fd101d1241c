/**
 * An article's `date` on small pages written for each case: which paragraph
 * dates the report when no dateline does (records.md: the lead's first
 * absolute date).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const dateOf = (lines: string[], issueDate?: string) =>
  articles(extract(lines.join("\n"), issueDate === undefined ? {} : { issueDate }).records)[0]?.date;

describe("the date of an article without a dated dateline", () => {
  it("a lead that says when only vaguely gives no date, though a paragraph below has one", () => {
    const page = [
      "山区夏茶采摘正忙",
      "",
      "本报讯(通讯员 尹雪) 眼下,山区两万亩茶园进入夏茶采摘旺季,茶农抢抓晴好天气采摘鲜叶。",
      "",
      "6月12日,记者在镇上看到,山坡上茶垄层层叠叠,采茶人穿行其间。",
    ];
    expect(dateOf(page, "2023-06-14")).toBeNull();
  });

  it("a lead that says nothing of when leaves the date to the paragraph that tells it", () => {
    const page = [
      "热心市民追回被抢挎包",
      "",
      "本报讯(记者 李明) 见一男子抢走路人的挎包,他追出三百米把包夺了回来,失主却一声谢谢也没说。",
      "",
      "7月18日晚,他带着家人在夜市吃饭时,看见有人边跑边喊抢劫。",
    ];
    expect(dateOf(page, "2023-07-20")).toBe("2023-07-18");
    expect(dateOf(page)).toBe("--07-18");
  });

  it("a date below the lead that falls after the issue date is a schedule, not the event", () => {
    const page = [
      "非遗展览开幕",
      "",
      "本报讯(记者 陈丽) 一场汇集百余件非遗作品的展览在市博物馆开幕,吸引众多市民前来参观。",
      "",
      "据介绍,展期将持续至2025年2月28日。",
      "",
      "10月8日,记者在展厅看到,剪纸、竹编等作品前围满了观众。",
    ];
    // 2025-02-28 is after the issue: passed over; the next dated paragraph tells the day.
    expect(dateOf(page, "2024-10-10")).toBe("2024-10-08");
    // Without an issue date nothing can be after it: the first date below the lead stands.
    expect(dateOf(page)).toBe("2025-02-28");
  });

  it("the lead's date wins over a date further down", () => {
    const page = [
      "大桥匝道封闭施工",
      "",
      "本报讯(记者 胡东) 记者昨日从市交警支队获悉,11月13日起,大桥东岸匝道已封闭施工。",
      "",
      "11月10日,交警部门发布了绕行方案。",
    ];
    expect(dateOf(page, "2023-11-16")).toBe("2023-11-13");
  });

  it("a lead's relative word dates the report; with no issue date to count from, the paragraphs below do", () => {
    const page = [
      "大桥匝道封闭施工",
      "",
      "本报讯(记者 胡东) 记者昨日从市交警支队获悉,大桥东岸匝道将封闭施工。",
      "",
      "11月10日,交警部门发布了绕行方案。",
    ];
    expect(dateOf(page, "2023-11-16")).toBe("2023-11-15");
    expect(dateOf(page)).toBe("--11-10");
  });

  it("a year word before the lead's month and day names the year", () => {
    const page = ["停车新规下月施行", "", "本报讯(记者 王芳) 今年12月1日起,城区道路停车将实行分时段收费。"];
    expect(dateOf(page, "2023-11-16")).toBe("2023-12-01");
  });

  it("a relative word below the lead is no day of the event; a date there still is", () => {
    const page = [
      "一本写给小镇的书",
      "",
      "□　程小禾",
      "",
      "江南水乡的桥镇，在地图上不过是一个小点。",
      "",
      "作者从清末的驿道一直写到今天的高速公路，笔调从容。",
    ];
    expect(dateOf(page, "2025-08-09")).toBeNull();
    const dated = [...page.slice(0, -1), "作者从7月26日那场新书分享会讲起，一直写到今天的高速公路。"];
    expect(dateOf(dated, "2025-08-09")).toBe("2025-07-26");
  });

  it("a relative word in the lead still dates the report", () => {
    const page = ["泵站完成基础浇筑", "", "昨天上午，城南泵站完成了基础浇筑。", "", "工人们从清晨一直忙到中午。"];
    expect(dateOf(page, "2025-08-09")).toBe("2025-08-08");
  });

  // 今天 is the day the report was written, a day before a morning paper prints it: no day that can be told.
  it("今天 in the lead, with no day in brackets, dates nothing", () => {
    const page = ["泵站完成基础浇筑", "", "今天上午，城南泵站完成了基础浇筑。", "", "工人们从清晨一直忙到中午。"];
    expect(dateOf(page, "2025-08-09")).toBeNull();
  });
});

describe("a notice of labelled lines", () => {
  const notice = (lead: string) => ["成交结果公告", "", `　　${lead}`, "　　成交金额：156.80万元", "　　公告期限：2025年6月3日至2025年6月5日", "　　采购人：临溪县卫生健康局", "　　2025年6月2日"];

  it("whose lead is a field tells no event: the dates of its fields below (a period, a deadline) date nothing", () => {
    expect(dateOf(notice("项目名称：临溪县乡镇卫生院医疗设备采购项目"), "2025-06-06")).toBeNull();
  });

  it("whose lead field holds a date is dated by it", () => {
    expect(dateOf(notice("开标日期：2025年5月28日"), "2025-06-06")).toBe("2025-05-28");
  });

  it.each([
    ["a lead sentence", "县卫生健康局对乡镇卫生院医疗设备采购项目进行了公开招标，现将结果公告如下。"],
    ["a lead that is a question after a speaker's label", "记者：这次采购的设备主要用在哪些地方？"],
  ])("a report's lead with no date still hands over to the paragraphs below (%s)", (_, lead) => {
    // Under a report's headline the lines below the lead are the report's: the first date there dates it.
    const report = ["县卫生院添置新设备", ...notice(lead).slice(1)];
    expect(dateOf(report, "2025-06-06")).toBe("2025-06-03");
  });

  // A document printed whole (its title a notice's, `成交结果公告`): the dates below a lead
  // that tells none are its period's or its fields', no event's (as `公示期为…至…` in a 任前公示).
  it("whose title is a notice's and whose lead tells no date takes none from the lines below", () => {
    expect(dateOf(notice("县卫生健康局对乡镇卫生院医疗设备采购项目进行了公开招标，现将结果公告如下。"), "2025-06-06")).toBeNull();
  });
});
