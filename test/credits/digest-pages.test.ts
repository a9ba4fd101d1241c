/**
 * Datelines of digested and translated copy on small pages written for each
 * case: a lead that opens on another outlet's dated report
 * (`据韩联社首尔3月5日报道，`, `【日本《读卖新闻》3月4日报道】`) is the
 * article's dateline, not its first words; a sentence that only names its
 * source (`据新华社报道，`) stays text.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-03-06" }).records);
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => [b.name, b.role, b.label, b.photo]);

describe("digested and translated copy", () => {
  it("据 an outlet, a place and a date 报道 opens a digest item as its dateline", () => {
    const [a, b] = read([
      "港口吞吐量创新高",
      "",
      "　　据韩联社釜山3月4日报道，釜山港2月集装箱吞吐量同比增长7%。",
      "",
      "航空公司增开航线",
      "",
      "　　法新社里昂3月5日报道，一家航空公司5日宣布增开四条国际航线。",
    ]);
    expect(a?.dateline).toEqual({ text: "据韩联社釜山3月4日报道", agency: "韩联社", place: "釜山", date: "2025-03-04" });
    expect(a?.paragraphs).toEqual(["釜山港2月集装箱吞吐量同比增长7%。"]);
    expect(b?.dateline).toEqual({ text: "法新社里昂3月5日报道", agency: "法新社", place: "里昂", date: "2025-03-05" });
    expect(b?.paragraphs).toEqual(["一家航空公司5日宣布增开四条国际航线。"]);
  });

  it("a source named without place or date stays text", () => {
    const [a] = read([
      "春耕备耕有序推进",
      "",
      "　　据新华社报道，各地春耕备耕工作有序推进。",
      "　　据统计，今年春播面积预计稳中有增。",
    ]);
    expect(a?.dateline).toBeNull();
    expect(a?.paragraphs).toEqual(["据新华社报道，各地春耕备耕工作有序推进。", "据统计，今年春播面积预计稳中有增。"]);
  });

  it("a foreign medium's bracketed report is the dateline, and its original title no subtitle", () => {
    const [a] = read([
      "零售企业加快布局无人门店",
      "",
      "　　【日本《朝日新闻》3月3日报道】题：便利店迎来无人化时代（作者 中村雅人）",
      "　　日本多家便利店运营商3日表示，将在年内新开无人门店。",
      "　　（编译/周晓燕）",
    ]);
    expect(a?.headline).toEqual({ title: "零售企业加快布局无人门店", kicker: null, subtitle: null });
    expect(a?.dateline).toEqual({ text: "日本《朝日新闻》3月3日报道", agency: "朝日新闻", place: null, date: "2025-03-03" });
    expect(a?.paragraphs).toEqual(["日本多家便利店运营商3日表示，将在年内新开无人门店。"]);
    expect(names(a)).toEqual([
      ["中村雅人", "author", "作者", false],
      ["周晓燕", "reporter", "编译", false],
    ]);
  });

  it("a digest's credit closing an item, inline or on its own line, signs it and gives it no date", () => {
    const [a, b, c] = read([
      "河畔步道月底完工",
      "",
      "　　河畔新建的步道全长3.2公里，本月底完工。（摘自《南岭晚报》　作者　陶亦凡）",
      "",
      "旧书摊走红",
      "",
      "　　2月8日，记者在城西旧书市场看到，不少年轻人专程前来淘书。",
      "",
      "（据《西湾商报》　宁晓川文）",
      "",
      "家庭早餐自己做",
      "",
      "　　不少家庭开始自制早餐，每月能省下约300元。（摘自2月20日《城乡生活报》　柏雨辰）",
    ]);
    expect(a?.paragraphs).toEqual(["河畔新建的步道全长3.2公里，本月底完工。"]);
    expect(names(a)).toEqual([["陶亦凡", "author", "作者", false]]);
    expect(b?.paragraphs).toEqual(["2月8日，记者在城西旧书市场看到，不少年轻人专程前来淘书。"]);
    expect(names(b)).toEqual([["宁晓川", "author", null, false]]);
    expect(b?.date).toBe("2025-02-08");
    expect(c?.paragraphs).toEqual(["不少家庭开始自制早餐，每月能省下约300元。"]);
    expect(names(c)).toEqual([["柏雨辰", "author", null, false]]);
    expect(c?.date).toBeNull();
  });

  it("a sentence that takes words from a paper stays text", () => {
    const [a] = read([
      "老街茶馆重开",
      "",
      "　　据《西湾商报》报道，老街的三家茶馆本月重新开张。",
      "　　店主说，门口那副对联的上联摘自《菜根谭》，下联是他自己写的。",
    ]);
    expect(a?.paragraphs).toEqual(["据《西湾商报》报道，老街的三家茶馆本月重新开张。", "店主说，门口那副对联的上联摘自《菜根谭》，下联是他自己写的。"]);
    expect(a?.bylines).toEqual([]);
  });
});
