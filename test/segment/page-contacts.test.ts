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
});
