/**
 * Notices a paper prints for others (a tender, a land auction, a
 * recruitment): numbered sections, a label over the first one, and the
 * issuer's signature and date at the foot. Each page is small and invented,
 * its records worked out by hand; the negatives are news pages with the same
 * shapes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const all = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-08-20" }).records;
const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(all(lines));
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

const NOTICE = ["南湖区中心小学教学楼改造项目", "竞争性磋商公告", ""];
const SECTIONS = [
  "一、项目基本情况",
  "",
  "项目名称：南湖区中心小学教学楼改造项目",
  "预算金额：126.5万元",
  "",
  "二、获取磋商文件",
  "",
  "时间：2024年8月20日至2024年8月27日",
  "地点：南湖区政府采购网",
  "",
  "三、响应文件提交截止时间、磋商时间和地点",
  "",
  "2024年9月2日9点30分",
  "地点：南湖区公共资源交易中心第一会议室",
  "",
  "四、联系方式",
  "",
  "联系人：周女士",
  "联系电话：0731-8765432",
];
const TEXT = SECTIONS.filter((l) => l !== "" && !/^[一二三四]、/.test(l));
const HEADINGS = SECTIONS.filter((l) => /^[一二三四]、/.test(l));

describe("a notice's numbered sections", () => {
  it("a heading listing with 、 what its section holds is a subhead; the lines under it, read as headlines, are its text", () => {
    const [a, ...rest] = run([...NOTICE, ...SECTIONS]);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual(HEADINGS);
    expect(a!.paragraphs).toEqual(TEXT);
  });

  // Negatives: a 、 list in a sentence numbered 三、 after no 二、 heading is a paragraph;
  // between two headings of a series, a dateline opens the next article.
  it("a line numbered 三、 with no 二、 heading before it stays a paragraph", () => {
    const [a] = run(["暑期安全提示", "", "　　本报讯（记者 陈 静）市教育局提醒家长注意以下事项。", "三、游泳、骑行和用电安全", "　　暑期里孩子独自在家的时间长，家长要多提醒。"]);
    expect(a!.subheads).toEqual([]);
    expect(a!.paragraphs).toContain("三、游泳、骑行和用电安全");
  });

  it("a dateline between two numbered headings ends the series: the headline over it opens an article", () => {
    const lines = ["一、项目基本情况", "项目名称：南湖区中心小学教学楼改造项目", "", "城北新桥今天通车", "", "　　本报讯（记者 陈 静）城北新桥今天上午正式通车。", "", "二、另一项工作", "　　工作正在推进。"];
    const titles = run([...NOTICE, ...lines]).map((a) => a.headline.title);
    expect(titles).toContain("城北新桥今天通车");
  });
});

describe("a label a blank line under a notice's headline", () => {
  const notice = ["南湖区中心小学教学楼改造项目竞争性磋商公告", "", "项目概况", "", "南湖区中心小学教学楼改造项目的潜在供应商可在南湖区政府采购网获取磋商文件。", "", ...SECTIONS];

  it("is its first section's label, a subhead, no subtitle", () => {
    const [a] = run(notice);
    expect(a!.headline).toEqual({ kicker: null, title: "南湖区中心小学教学楼改造项目竞争性磋商公告", subtitle: null });
    expect(a!.subheads).toEqual(["项目概况", ...HEADINGS]);
  });

  it("is a subhead under a two-line headline too", () => {
    const [a] = run([...NOTICE.slice(0, 2), "", "项目概况", "", "潜在供应商可在南湖区政府采购网获取磋商文件。"]);
    expect(a!.headline.subtitle === "项目概况" || a!.headline.kicker === "项目概况").toBe(false);
    expect(a!.subheads).toEqual(["项目概况"]);
  });

  // Negative: under a news headline, a short line a blank line below stays a headline line.
  it("under a news headline, a short line a blank line below is left to the headline", () => {
    const [a] = run(["城北新桥今天通车", "", "市民出行更便捷", "", "　　本报讯（记者 陈 静）城北新桥今天上午正式通车。"]);
    expect(a!.subheads).toEqual([]);
    expect(a!.paragraphs).toEqual(["城北新桥今天上午正式通车。"]);
  });
});

describe("the issuer's signature at a notice's foot", () => {
  it.each([
    ["a hospital", "南湖区人民医院"],
    ["a township health centre", "南湖区城关镇卫生院"],
    ["a company", "南湖城市建设投资有限公司"],
    ["a group", "南湖文化旅游集团"],
    ["a bank", "南湖农村商业银行"],
    ["a college", "南湖职业技术学院"],
    ["a school", "南湖区第二中学"],
  ])("%s over a date line ends the notice and is its author", (_kind, issuer) => {
    const records = all([...NOTICE, ...SECTIONS, "", issuer, "2024年8月20日", "", "遗失声明", "", "陈小华不慎遗失身份证一张，声明作废。"]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, b, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(names(a)).toEqual([`${issuer}/author`]);
    expect(a!.paragraphs.at(-1)).toBe("联系电话：0731-8765432");
    expect(b!.headline.title).toBe("遗失声明");
  });

  // Negative: a headline naming a company, text going on under the date line, is no foot.
  it("a company's name and a date with text going on under them are no foot", () => {
    const texts = run([...NOTICE, ...SECTIONS, "", "南湖城市建设投资有限公司", "2024年8月20日", "今年以来，公司完成投资12亿元。"]).flatMap((a) => a.paragraphs);
    expect(texts).toContain("今年以来，公司完成投资12亿元。");
  });
});
