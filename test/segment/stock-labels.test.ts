/**
 * Stock labels of a report's sections (`记者调查`, `部门回应`, `链接`): a short
 * line naming a kind of section, with unsigned text under it, is a subhead of
 * the article it stands in, though it echoes none of its words. Each page is
 * invented; negatives are lines that are no stock label, and labels with a
 * dateline or byline of their own under them (a new article).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { isStockSectionLabel } from "../../src/segment/subhead.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-05-01" }).records);

describe("isStockSectionLabel", () => {
  it.each(["记者调查", "记者回访", "部门回应", "物业回应", "官方说法", "办结回音", "最新进展", "专家说法", "律师说法", "专家提醒", "链接", "相关链接", "新闻链接", "背景", "新闻背景", "相关新闻", "延伸阅读", "【记者调查】"])(
    "%s is a stock label",
    (norm) => {
      expect(isStockSectionLabel(norm)).toBe(true);
    },
  );

  it.each([
    "记者手记", // a signed piece of its own
    "记者调查发现", // a phrase, no label
    "本报记者调查显示该问题",
    "部门回应不及时引发不满",
    "背景墙",
    "专家",
    "热线提醒",
    "12345热线直通车",
    "链接未来",
  ])("%s is none", (norm) => {
    expect(isStockSectionLabel(norm)).toBe(false);
  });
});

describe("stock labels on a page", () => {
  const report = ["路灯不亮半个月无人修", "", "本报记者　马晓东", "", "5月3日，家住滨江路的市民王先生反映，小区门前的路灯已经半个月没有亮了。", ""];

  it("are subheads of the report above them, in order", () => {
    const got = run([
      ...report,
      "记者调查",
      "",
      "记者夜间来到滨江路，看到二十多盏路灯中有八盏不亮，行人只能借着手机照明。",
      "",
      "部门回应",
      "",
      "区城管局路灯所工作人员表示，故障系电缆老化所致，将于本周内更换完毕。",
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual(["记者调查", "部门回应"]);
    expect(got[0]!.paragraphs).toHaveLength(3);
  });

  it("a heading after stock labels only is weighed as a first one (a new column opens there)", () => {
    const got = run([
      ...report,
      "记者回访",
      "",
      "5月6日晚，记者再次来到滨江路，路灯已全部恢复照明。本报将继续关注。",
      "",
      "便民热线一问一答",
      "",
      "市民问：孩子的医保卡丢了怎么补办？",
      "",
      "部门答：市医保局：可携带户口簿到就近医保窗口补办，当场制卡。",
    ]);
    expect(got.map((a) => a.headline.title)).toEqual(["路灯不亮半个月无人修", "便民热线一问一答"]);
    expect(got[0]!.subheads).toEqual(["记者回访"]);
  });

  it("a label with a dateline under it opens an article of its own", () => {
    const got = run([...report, "相关新闻", "", "本报讯（记者　马晓东）5月4日，市城管局启动路灯夏季检修，计划检修路灯三千盏。"]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual([]);
    expect(got[1]!.paragraphs[0]).toMatch(/^5月4日/);
  });

  it("a label with a byline under it opens an article of its own", () => {
    const got = run([...report, "相关新闻", "", "本报记者　马晓东", "", "5月4日，市城管局启动路灯夏季检修，计划检修路灯三千盏。"]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual([]);
    expect(got[1]!.paragraphs[0]).toMatch(/^5月4日/);
  });
});
