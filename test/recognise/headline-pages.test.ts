/**
 * Small pages, written for each case: a title broken over short lines, a
 * page's label over its first headline, a kicker that introduces its title,
 * and an organisation's credit under a table. Each case has its negatives:
 * the kicker, the stack, the body line that must stay what it is.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const read = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-03-15" }).records;
const head = (a: ArticleRecord) => [a.headline.kicker, a.headline.title, a.headline.subtitle];

const LEAD = "　　本报讯（记者 刘晓燕）今年以来，我市新建社区养老服务站四十二个，覆盖全部城区街道。";
const BODY = "　　据介绍，下一步将推动助餐、助浴等服务向农村延伸。";

describe("a title broken over short lines", () => {
  it.each([
    { name: "three lines, one sentence", lines: ["让每一位老人", "都能享受到", "家门口的养老服务"], expected: [null, "让每一位老人都能享受到家门口的养老服务", null] },
    { name: "two lines, the second opening on an adverb", lines: ["让每一位老人", "都能安享晚年"], expected: [null, "让每一位老人都能安享晚年", null] },
    {
      name: "two lines, then a dash subtitle",
      lines: ["让每一位老人", "都能安享晚年", "——我市推进居家养老服务纪实"],
      expected: [null, "让每一位老人都能安享晚年", "——我市推进居家养老服务纪实"],
    },
    // Negatives: decks that each say something whole stay apart.
    { name: "kicker, title and subtitle", lines: ["养老服务提质扩面", "老人家门口有了“幸福食堂”", "——我市推进居家养老服务纪实"], expected: ["养老服务提质扩面", "老人家门口有了“幸福食堂”", "——我市推进居家养老服务纪实"] },
    { name: "a title and its subtitle", lines: ["社区养老服务站建成投用", "覆盖全部城区街道"], expected: [null, "社区养老服务站建成投用", "覆盖全部城区街道"] },
  ])("$name", ({ lines, expected }) => {
    const list = articles(read([...lines, "", LEAD, BODY]));
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual(expected);
    expect(list[0]!.paragraphs).toHaveLength(2);
  });
});

describe("the page's label over the first headline", () => {
  it.each([
    { label: "要闻", section: "要闻" },
    { label: "经济·民生", section: "经济·民生" },
    { label: "国内新闻", section: "国内新闻" },
    { label: "江城日报", section: null },
    { label: "要闻　2024年3月15日　星期五", section: "要闻" },
  ])("$label is page furniture, no kicker", ({ label, section }) => {
    for (const gap of [[], [""]]) {
      const records = read([label, ...gap, "城南片区改造项目全面开工", "", LEAD, BODY]);
      expect(pages(records).map((p) => p.section)).toEqual([section]);
      const list = articles(records);
      expect(list).toHaveLength(1);
      expect(head(list[0]!)).toEqual([null, "城南片区改造项目全面开工", null]);
    }
  });

  // Negatives: a kicker, a column's name or a short word that is no page's label stays the kicker.
  it.each(["本报评论员", "聚焦·乡村振兴", "关注·民生", "喜报", "乡村旅游", "人民时评"])("%s stays the kicker", (kicker) => {
    const records = read([kicker, "城南片区改造项目全面开工", "", LEAD, BODY]);
    expect(pages(records)).toHaveLength(0);
    expect(head(articles(records)[0]!)).toEqual([kicker, "城南片区改造项目全面开工", null]);
  });

  it("a label between two articles, under a finished one, is left to the headline rules", () => {
    const records = read(["城南片区改造项目全面开工", "", LEAD, BODY, "", "人民时评", "让养老服务更有温度", "", "　　养老服务连着千家万户。"]);
    expect(articles(records).map(head)).toEqual([
      [null, "城南片区改造项目全面开工", null],
      ["人民时评", "让养老服务更有温度", null],
    ]);
  });
});

describe("a column tag in 【】 right over a headline", () => {
  it.each([
    ["touching the headline", []],
    ["a blank line over it", [""]],
  ])("is the kicker, the headline the title (%s)", (_how, gap) => {
    const [a, ...rest] = articles(read(["【城乡融合看变化】", ...gap, "“菜篮子”拎出好日子 大棚蔬菜走俏", "", LEAD, BODY]));
    expect(rest).toEqual([]);
    expect(head(a!)).toEqual(["城乡融合看变化", "“菜篮子”拎出好日子 大棚蔬菜走俏", null]);
  });

  it("a brief's title in 【】 over its lead stays the title", () => {
    const [a] = articles(read(["【新建养老服务站四十二个】", LEAD, BODY]));
    expect(head(a!)).toEqual([null, "新建养老服务站四十二个", null]);
  });
});

describe("a kicker that introduces its title", () => {
  it.each([
    { lines: ["江城市统计局发布数据", "一季度经济运行平稳"], expected: ["江城市统计局发布数据", "一季度经济运行平稳", null] },
    { lines: ["山村里的流动课堂", "一一记乡村支教老师王丽"], expected: [null, "山村里的流动课堂", "一一记乡村支教老师王丽"] },
    // Negative: a release that is the news itself, over what it says.
    { lines: ["年度统计公报正式发布", "全市经济总量突破三千亿元"], expected: [null, "年度统计公报正式发布", "全市经济总量突破三千亿元"] },
  ])("$lines", ({ lines, expected }) => {
    const list = articles(read([...lines, "", LEAD, BODY]));
    expect(list).toHaveLength(1);
    expect(head(list[0]!)).toEqual(expected);
  });
});

describe("an organisation's credit under a table", () => {
  const TABLE = ["　　本报讯（记者 刘晓燕）市统计局昨天发布一季度主要经济指标，详见下表。", "指标　　单位　　数值", "地区生产总值　　亿元　　812.5", "社会消费品零售总额　　亿元　　301.2"];
  const NEXT = ["", "城南片区改造项目全面开工", "", "　　本报讯（记者 王强）昨天上午，城南片区改造项目举行开工仪式。"];

  it.each([
    { note: "（市统计局提供）", names: ["市统计局"] },
    { note: "（数据来源：江城市统计局）", names: ["江城市统计局"] },
    { note: "（资料来源：市统计局、市税务局）", names: ["市统计局", "市税务局"] },
  ])("$note at the article's end credits its organisation", ({ note, names }) => {
    const list = articles(read(["一季度主要经济指标", "", ...TABLE, note, ...NEXT]));
    expect(list).toHaveLength(2);
    expect(list[0]!.bylines).toEqual([
      { name: "刘晓燕", role: "reporter", label: "记者", photo: false },
      ...names.map((name) => ({ name, role: "source", label: null, photo: false })),
    ]);
    expect(list[0]!.paragraphs.join("")).not.toContain(note.slice(1, -1));
    expect(list[1]!.bylines.map((b) => b.name)).toEqual(["王强"]);
  });

  it("a credit under a table inside the article credits it, and the text goes on", () => {
    const list = articles(read(["一季度主要经济指标", "", ...TABLE, "（市统计局提供）", "　　据介绍，一季度全市经济运行总体平稳。", ...NEXT]));
    expect(list).toHaveLength(2);
    expect(list[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["刘晓燕", "reporter"],
      ["市统计局", "source"],
    ]);
    expect(list[0]!.paragraphs.at(-1)).toBe("据介绍，一季度全市经济运行总体平稳。");
    expect(list[0]!.paragraphs).not.toContain("（市统计局提供）");
  });

  // Negatives: a note that credits no organisation, and a sentence in brackets, stay as they were.
  it.each(["（资料来源：记者整理）", "（陈大文说，他已经等了三年。）"])("%s credits no one", (note) => {
    const list = articles(read(["一季度主要经济指标", "", ...TABLE, note, "　　据介绍，一季度全市经济运行总体平稳。", ...NEXT]));
    expect(list[0]!.bylines.map((b) => b.name)).toEqual(["刘晓燕"]);
  });
});
