/**
 * A page's imprint at its foot (contacts, publisher and printer, stamps such
 * as 内部资料　免费交流): page records, never an article's last paragraph,
 * never dropped.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-05-16" }).records;

describe("imprint lines", () => {
  it("contacts beside the publisher's statement are a page record, not the last paragraph", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", "电话：0571-60221234　　投稿邮箱：txb@163.com　　桐溪报社出版"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["城南老街上周重新开街。"]);
    expect(pages(records)).toEqual([expect.objectContaining({ section: null, staff: [], text: "电话：0571-60221234　　投稿邮箱：txb@163.com　　桐溪报社出版" })]);
  });

  it("a stamp under the imprint joins its page record", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", "主办：中共桐溪县委　　出版：桐溪报社", "内部资料　免费交流"]);
    expect(records.map((r) => r.type)).toEqual(["article", "page"]);
    expect(pages(records)[0]!.text).toBe("主办：中共桐溪县委　　出版：桐溪报社\n内部资料　免费交流");
  });

  it("a stamp alone, above the first headline or between articles, is a page record and no headline", () => {
    const top = run(["内部资料　免费交流", "", "老街换新颜", "", "本报讯　城南老街上周重新开街。"]);
    expect(top.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(top)[0]!.text).toBe("内部资料　免费交流");
    expect(articles(top)[0]!.headline.title).toBe("老街换新颜");
    const between = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", "内部资料", "", "新桥通车", "", "本报讯　城北新桥上周通车。"]);
    expect(between.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(articles(between).map((a) => a.headline.title)).toEqual(["老街换新颜", "新桥通车"]);
  });

  it("a notice's own contact line, and a sentence naming a publisher, stay in the article", () => {
    const notice = run(["社区书法班招生", "", "本报讯　城南社区书法班即日起招生，学员免费参加。", "", "报名电话：0571-1234567　联系人：王老师"]);
    expect(pages(notice)).toEqual([]);
    expect(articles(notice)[0]!.paragraphs.at(-1)).toBe("报名电话：0571-1234567　联系人：王老师");
    const book = run(["新书首发", "", "本报讯　《老街记忆》一书近日首发。", "", "该书由江城日报社出版，收录老照片300余幅。"]);
    expect(pages(book)).toEqual([]);
    expect(articles(book)[0]!.paragraphs).toHaveLength(2);
  });
});

describe("headline-like lines with no text under them", () => {
  it("a heading at the end of the input, its text not there, is kept as page matter, not dropped", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", "城北新桥下月通车"]);
    expect(records.map((r) => r.type)).toEqual(["article", "page"]);
    expect(pages(records)[0]).toMatchObject({ section: null, staff: [], text: "城北新桥下月通车", source: expect.objectContaining({ lineStart: 5, lineEnd: 5 }) });
  });

  it("teaser lines at the foot of a page are kept as page matter", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", ">>>5版 城北新桥通车", ">>>9版 夏粮收购开始"]);
    expect(articles(records)).toHaveLength(1);
    expect(pages(records).map((p) => p.text)).toEqual([">>>5版 城北新桥通车\n>>>9版 夏粮收购开始"]);
  });

  it("an article with text keeps its headline: nothing else turns into page matter", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街上周重新开街。", "", "新桥通车", "", "本报讯　城北新桥上周通车。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街换新颜", "新桥通车"]);
  });
});
