/**
 * Subheads on a page of one or two signed reports, too few for the page to
 * count as signed (`isSignedPage` asks for three): a heading under a signed
 * report whose section runs, unsigned, on to the next signed headline is a
 * subhead; and a question-and-answer label (`答记者问`) right over an
 * interviewer's turn is a section of the report. Each page is invented;
 * negatives are pages where an unsigned piece stands beside the reports,
 * sections that run to the page's end or into an unsigned headline stack,
 * headings cut like the next headline, sections signed at their foot, and
 * labels over text that is no interview.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-04-18" }).records);

const report = [
  "一季度全市工业运行稳中有升",
  "",
  "本报讯（记者 何晓东）4月16日，市政府新闻办召开发布会。市工信局局长介绍，一季度全市规上工业增加值同比增长6.1%。",
  "",
  "“新能源汽车零部件产业成为新的增长点。”他说，相关企业产值增长近两成。",
  "",
];
const section = ["园区项目加快落地　新增产能陆续释放", "", "一季度，全市23个工业园区新开工项目41个，完成投资96.5亿元。", ""];
const brief = ["我市发布稳岗补贴新政", "", "本报讯（记者 周雨晴）4月15日，市人社局发布稳岗补贴政策，对不裁员企业给予补贴。"];

describe("a page of one or two signed reports", () => {
  it("a heading whose section runs to the next signed headline is a subhead", () => {
    const got = run([...report, ...section, ...brief]);
    expect(got.map((a) => a.headline.title)).toEqual(["一季度全市工业运行稳中有升", "我市发布稳岗补贴新政"]);
    expect(got[0]!.subheads).toEqual(["园区项目加快落地　新增产能陆续释放"]);
    expect(got[0]!.paragraphs.at(-1)).toMatch(/^一季度，全市23个工业园区/);
  });

  it("so is one after a picture's caption in the report", () => {
    const got = run([...report, "▲4月16日，发布会现场。　本报记者 刘 洋 摄", "", ...section, ...brief]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual(["园区项目加快落地　新增产能陆续释放"]);
  });

  it("and one whose section runs through a Q&A section to the next signed headline", () => {
    const got = run([...report, ...section, "答记者问", "", "记者：今年工业投资情况如何？", "", "答：一季度全市工业投资同比增长9.2%。", "", ...brief]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual(["园区项目加快落地　新增产能陆续释放", "答记者问"]);
  });

  it("a heading whose section runs to the page's end is as often a brief: a new article", () => {
    const got = run([...report, ...section]);
    expect(got.map((a) => a.headline.title)).toEqual(["一季度全市工业运行稳中有升", "园区项目加快落地　新增产能陆续释放"]);
  });

  it("a heading cut like the next signed headline is its peer: a new article", () => {
    const peer = ["稳岗补贴加快兑现　企业用工总体稳定", "", "本报讯（记者 周雨晴）4月15日，市人社局发布稳岗补贴政策。"];
    const got = run([...report, ...section, ...peer]);
    expect(got.map((a) => a.headline.title)).toEqual(["一季度全市工业运行稳中有升", "园区项目加快落地　新增产能陆续释放", "稳岗补贴加快兑现　企业用工总体稳定"]);
  });

  it("a Q&A label over an interviewer's turn is a section of the report", () => {
    const got = run([...report, "答记者问", "", "记者：今年工业投资情况如何？", "", "答：一季度全市工业投资同比增长9.2%。", "", ...brief]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual(["答记者问"]);
    expect(got[0]!.paragraphs.at(-1)).toMatch(/^答：/);
  });

  it.each([
    ["记者问答", "记者问答"],
    ["现场问答", "现场问答"],
    ["【答记者问】", "答记者问"], // a subhead is given without its brackets
  ])("%s over 问：… is one too", (label, subhead) => {
    const got = run([...report, label, "", "问：企业如何申请技改补贴？", "", "答：符合条件的企业可在线申报。"]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual([subhead]);
  });

  it("a Q&A label over text that is no interview's turn heads a box of its own", () => {
    const got = run([...report, "现场问答", "", "发布会后，不少企业代表围住工作人员咨询补贴申报细节。", ...[""], ...brief]);
    expect(got.map((a) => a.headline.title)).toEqual(["一季度全市工业运行稳中有升", "现场问答", "我市发布稳岗补贴新政"]);
  });

  it("an unsigned piece elsewhere on the page leaves the heading a new article", () => {
    const unsigned = ["春季招聘月活动启动", "百余家企业提供岗位三千个", "", "市人才市场将于本周六举办春季招聘会，欢迎求职者参加。", ""];
    const got = run([...unsigned, ...report, ...section]);
    expect(got.map((a) => a.headline.title)).toEqual(["春季招聘月活动启动", "一季度全市工业运行稳中有升", "园区项目加快落地　新增产能陆续释放"]);
  });

  it("a section that runs into an unsigned headline stack is no subhead", () => {
    const stack = ["市民热线", "企业咨询补贴怎么办", "", "市民来电称，其所在企业不清楚补贴申报流程。"];
    const got = run([...report, ...section, ...stack]);
    expect(got[0]!.subheads).toEqual([]);
    expect(got.map((a) => a.headline.title)).toContain("园区项目加快落地　新增产能陆续释放");
  });

  it("a section signed at its foot is a piece of its own", () => {
    const signed = ["企业盼政策再加力", "", "不少企业负责人表示，希望技改补贴申报更便捷、兑现更及时。（吴 凡）"];
    const got = run([...report, ...signed]);
    expect(got.map((a) => a.headline.title)).toEqual(["一季度全市工业运行稳中有升", "企业盼政策再加力"]);
  });
});
