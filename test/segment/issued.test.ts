/**
 * Issued documents printed in a paper (statistics bulletins, reports,
 * decisions): the issuing bodies and the issue date under the headline are
 * its signature block, not headline lines; its numbered sections (`一、…`,
 * `二、…`) are subheads, the first one too, never the title.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-05-16" }).records;
const source = (name: string) => ({ name, role: "source", label: null, photo: false });

describe("issued documents", () => {
  it("a bulletin: title, issuing body as source, issue date as date, every numbered section a subhead", () => {
    const records = run([
      "江城市2023年国民经济和社会发展统计公报",
      "江城市统计局",
      "（2024年2月28日）",
      "",
      "一、综合",
      "全年地区生产总值1234.5亿元。",
      "",
      "二、农业",
      "粮食总产量98.7万吨。",
    ]);
    expect(articles(records)).toHaveLength(1);
    const [a] = articles(records);
    expect(a!.headline).toEqual({ kicker: null, title: "江城市2023年国民经济和社会发展统计公报", subtitle: null });
    expect(a!.bylines).toEqual([source("江城市统计局")]);
    expect(a!.date).toBe("2024-02-28");
    expect(a!.subheads).toEqual(["一、综合", "二、农业"]);
    expect(a!.paragraphs).toEqual(["全年地区生产总值1234.5亿元。", "粮食总产量98.7万吨。"]);
    expect(a!.source).toMatchObject({ lineStart: 1, lineEnd: 9 });
  });

  it("two issuing bodies, a date in Chinese numerals without brackets", () => {
    const records = run([
      "关于2023年全市人口变动情况的公报",
      "江城市统计局",
      "国家统计局江城调查队",
      "二〇二四年三月五日",
      "",
      "（一）常住人口",
      "年末全市常住人口321.4万人。",
      "",
      "（二）出生和死亡",
      "全年出生人口2.1万人。",
    ]);
    const [a] = articles(records);
    expect(a!.headline.title).toBe("关于2023年全市人口变动情况的公报");
    expect(a!.bylines).toEqual([source("江城市统计局"), source("国家统计局江城调查队")]);
    expect(a!.date).toBe("2024-03-05");
    expect(a!.subheads).toEqual(["（一）常住人口", "（二）出生和死亡"]);
  });

  it.each(["（摘要）", "（全文）", "（节选）", "（草案）"])("a note %s between the title and the issuing bodies is the subtitle", (note) => {
    const records = run([
      "临湖县2023年国民经济和社会发展统计公报",
      note,
      "临湖县统计局",
      "国家统计局临湖调查队",
      "（2024年3月1日）",
      "",
      "一、综合",
      "　　全年全县地区生产总值412.6亿元，增长4.8%。",
      "二、农业",
      "　　全年粮食总产量35.2万吨，增长1.1%。",
    ]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    expect(articles(records)).toHaveLength(1);
    const [a] = articles(records);
    expect(a!.headline).toEqual({ kicker: null, title: "临湖县2023年国民经济和社会发展统计公报", subtitle: note });
    expect(a!.bylines).toEqual([source("临湖县统计局"), source("国家统计局临湖调查队")]);
    expect(a!.date).toBe("2024-03-01");
    expect(a!.subheads).toEqual(["一、综合", "二、农业"]);
  });

  it("two issuing bodies on one line, a space between, are two sources", () => {
    const records = run(["临湖县2023年国民经济和社会发展统计公报", "（摘要）", "临湖县统计局　国家统计局临湖调查队", "（2024年3月1日）", "", "一、综合", "全年全县地区生产总值412.6亿元。", "", "二、农业", "全年粮食总产量35.2万吨。"]);
    const [a] = articles(records);
    expect(articles(records)).toHaveLength(1);
    expect(a!.headline.subtitle).toBe("（摘要）");
    expect(a!.bylines).toEqual([source("临湖县统计局"), source("国家统计局临湖调查队")]);
  });

  it("a line with a word that is no issuing body beside one stays a headline line", () => {
    const [a] = articles(run(["临湖县2023年统计公报", "临湖县统计局　发布", "（2024年3月1日）", "", "全年全县地区生产总值412.6亿元。"]));
    expect(a!.bylines).toEqual([]);
  });

  it("a bracketed note that is no version of the text stays out of the headline", () => {
    const records = run(["临湖县2023年统计公报", "（图表）", "临湖县统计局", "（2024年3月1日）", "", "全年全县地区生产总值412.6亿元。"]);
    expect(articles(records).some((a) => a.headline.subtitle === "（图表）")).toBe(false);
  });

  it("where paragraphs are indented, numbered sections at the margin go on the series: subheads, no new articles", () => {
    const records = run([
      "临湖县2023年国民经济和社会发展统计公报",
      "",
      "一、综合",
      "　　全年全县地区生产总值412.6亿元，增长4.8%。",
      "二、农业",
      "　　全年粮食总产量35.2万吨，增长1.1%。",
      "三、工业",
      "　　全年规模以上工业增加值增长6.2%。",
      "五、交通",
      "　　全年公路客运量下降3.5%。",
    ]);
    const list = articles(records);
    // `五、` skips `四、`: no heading of the series, a new article.
    expect(list.map((a) => a.headline.title)).toEqual(["临湖县2023年国民经济和社会发展统计公报", "五、交通"]);
    expect(list[0]!.subheads).toEqual(["一、综合", "二、农业", "三、工业"]);
  });

  it("a date line alone under the headline dates the document and is no headline line", () => {
    const [a] = articles(run(["江城市2023年环境状况公报", "（2024年4月2日）", "", "全年空气质量优良天数312天。"]));
    expect(a!.headline).toEqual({ kicker: null, title: "江城市2023年环境状况公报", subtitle: null });
    expect(a!.date).toBe("2024-04-02");
    expect(a!.bylines).toEqual([]);
  });

  it("a body's name over a headline with no date under it stays a headline line, no byline", () => {
    const [a] = articles(run(["江城市统计局", "一季度经济运行平稳", "", "本报讯　一季度全市经济运行平稳。"]));
    const { kicker, title, subtitle } = a!.headline;
    expect([kicker, title, subtitle].filter((x) => x !== null).sort()).toEqual(["一季度经济运行平稳", "江城市统计局"].sort());
    expect(a!.bylines).toEqual([]);
    expect(a!.date).toBeNull();
  });

  it("a date line under a paragraph is no signature of a headline", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街昨天重新开街。", "", "（2024年5月15日）"]);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.bylines).toEqual([]);
    expect(articles(records)[0]!.paragraphs).toEqual(["城南老街昨天重新开街。"]);
  });

  it("a heading opening with 一、 and no 二、 after it is a title", () => {
    const records = run(["一、二线城市房价企稳", "", "本报讯　4月份一、二线城市新建商品住宅价格环比持平。"]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["一、二线城市房价企稳"]);
    expect(articles(records)[0]!.subheads).toEqual([]);
  });

  it("a first numbered heading at the top of the input, over no headline, is no subhead of anything", () => {
    const records = run(["一、综合", "全年地区生产总值1234.5亿元。", "", "二、农业", "粮食总产量98.7万吨。"]);
    expect(articles(records)[0]!.headline.title).toBe("一、综合");
  });
});
