/**
 * A page's contacts and disclaimer are page furniture: a line of contacts
 * with the staff after them under the folio (its staff go to the page
 * record), a line of contacts with a second number, and a disclaimer on the
 * page's ads at its foot. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const run = (lines: string[]): NewsRecord[] => extract(lines.join("\n"), { issueDate: "2024-05-01" }).records;
const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const story = ["路灯修好了", "", "本报讯　（记者　马晓东）4月30日，滨江路的路灯全部恢复照明。"];

describe("a page's contacts and disclaimer", () => {
  it("a hotline before the staff under the folio: furniture, its staff read", () => {
    const records = run(["城事·民生", "2024年5月1日　星期三　　A05", "本版热线：0571-86012345　　责任编辑：孙晓梅　美术编辑：高　远　校对：钱　进", "", ...story]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["路灯修好了"]);
    expect(pages(records)[0]!.staff.map((s) => [s.name, s.role])).toEqual([
      ["孙晓梅", "editor"],
      ["高远", "art-editor"],
      ["钱进", "proofreader"],
    ]);
  });

  it("an ad hotline with two numbers and an address under the folio: furniture", () => {
    const records = run(["分类广告", "2024年5月1日　星期三　B08", "广告热线：0571-86012345　86012346　　地址：江城市解放路100号报业大厦2楼", "", ...story]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["路灯修好了"]);
    expect(pages(records)[0]!.text).toContain("广告热线");
  });

  it("a disclaimer at the foot of the page: furniture, not the last article's paragraph", () => {
    const records = run([...story, "", "■本版广告内容由广告主提供，本报不对其真实性承担责任，请读者谨慎核实。"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["4月30日，滨江路的路灯全部恢复照明。"]);
    expect(records.at(-1)!.type).toBe("page");
  });

  it("the page's call for copy at its foot: furniture, and the author note above it is still a note", () => {
    const opinion = ["让数据多跑路", "", "□　孟　凡", "", "近日，全市已有一千多项服务事项实现网上办理。", "", "（作者单位：江城市委党校）"];
    const foot = ["本版投稿邮箱：pl@example.cn　　来稿请注明真实姓名、工作单位及联系方式", "编辑：易　兰　　美编：谢　宇"];
    const records = run([...opinion, "", ...foot]);
    const article = articles(records)[0]!;
    expect(article.paragraphs).toEqual(["近日，全市已有一千多项服务事项实现网上办理。"]);
    expect(article.genre).toBe("commentary");
    expect(pages(records).at(-1)!.text).toContain("来稿请注明");
    const letters = run([...story, "", "读者来信请寄：江城市解放路100号晚报读者来信部　邮编：430010"]);
    expect(articles(letters)[0]!.paragraphs).toEqual(["4月30日，滨江路的路灯全部恢复照明。"]);
    expect(letters.at(-1)!.type).toBe("page");
  });

  it("a call for copy inside a notice's text, with the text going on under it, stays text", () => {
    const notice = ["“我的家乡”征文启事", "", "本报即日起开展“我的家乡”主题征文活动。", "", "来稿请注明真实姓名和联系电话。", "", "截稿日期为6月30日。"];
    const article = articles(run(notice))[0]!;
    expect(article.paragraphs.some((p) => p.startsWith("来稿请注明"))).toBe(true);
  });
});
