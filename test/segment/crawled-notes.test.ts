/**
 * Notes that crawled and republished articles carry inside their text: a
 * picture's caption and credit among the paragraphs of a SogouCS document
 * (which runs them together on one line, apart by full-width spaces), and
 * the original title (`（原标题：…）`, `原题：…`) at the end of the text.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord } from "../../src/schema.js";

const sogou = (content: string, title = "老教师捐出积蓄设立助学金"): ArticleRecord => {
  const xml = `<doc>\n<docno>d1</docno>\n<contenttitle>${title}</contenttitle>\n<content>${content}</content>\n</doc>`;
  const records = extract(xml, { format: "sogou", issueDate: "2012-08-20" }).records as ArticleRecord[];
  expect(records).toHaveLength(1);
  return records[0]!;
};

const page = (text: string): ArticleRecord[] =>
  extract(text, { format: "text", issueDate: "2024-05-20" }).records.filter((r): r is ArticleRecord => r.type === "article");

// SogouCS's paragraph mark inside <content>.
const P = "\ue40c";

describe("a picture credit inside a crawled article's text", () => {
  const CAPTION = "图为8月16日，退休教师李明将存单交给学校负责人。";
  const REST = "这笔钱是李老和老伴多年攒下的，每年将资助10名学生。";

  it("takes the credit for a photo byline and sets the caption apart", () => {
    const record = sogou(`江北晚报讯　${CAPTION}江北晚报记者　陈立　摄　${REST}`);
    expect(record.dateline).toMatchObject({ text: "江北晚报讯", agency: "江北晚报" });
    expect(record.bylines).toEqual([{ name: "陈立", role: "reporter", label: "江北晚报记者", photo: true }]);
    expect(record.paragraphs).toEqual([REST]);
    // A report under a dateline, its picture captioned apart: news.
    expect(record.genre).toBe("news");
    // The body tells no date; the caption of its picture does.
    expect(record.date).toBe("2012-08-16");
    // Figures are the body's only: none is read from the caption.
    expect(record.figures.map((f) => [f.value, f.unit, f.paragraph])).toEqual([[10, "名", 0]]);
  });

  it("keeps the text before the caption, and reads a bracketed credit", () => {
    const record = sogou(`本报讯　学校昨日举行了捐赠仪式。${CAPTION}（本报记者 王欣 摄）　${REST}`);
    expect(record.bylines).toEqual([{ name: "王欣", role: "reporter", label: "本报记者", photo: true }]);
    expect(record.paragraphs).toEqual(["学校昨日举行了捐赠仪式。", REST]);
  });

  it("keeps a sentence with no caption word before the credit as body", () => {
    const record = sogou(`本报讯　李老将存单交给学校。记者　陈立　摄　${REST}`);
    expect(record.bylines.map((b) => [b.name, b.photo])).toEqual([["陈立", true]]);
    expect(record.paragraphs).toEqual(["李老将存单交给学校。", REST]);
  });

  it.each([
    ["图为 in running text, no credit", `本报讯　图为市民在公园散步的场景，记者在现场看到，游客络绎不绝。${REST}`],
    ["a role word and name, no picture marker", `本报讯　学校举行捐赠仪式。记者　陈立　了解到，${REST}`],
    ["摄 glued to the words after it", `本报讯　他拍下了这一幕。记者　陈立　摄于仪式现场的照片显示，${REST}`],
  ])("leaves %s in the body", (_name, content) => {
    const record = sogou(content);
    expect(record.bylines).toEqual([]);
    expect(record.paragraphs).toEqual([content.slice("本报讯　".length)]);
  });
});

describe("the original title at the end of a crawled article", () => {
  const BODY = "受需求疲软影响，本地陶瓷企业出口承压。行业协会建议企业开拓新兴市场。";

  it.each([
    ["glued in brackets", `本报讯　${BODY}（原标题：上半年陶瓷出口额8.5亿美元同比降18%）`],
    ["原题 in brackets", `本报讯　${BODY}（原题：陶瓷出口为何下降？）`],
    ["on a line of its own", `本报讯　${BODY}${P}原标题：陶瓷出口为何下降？`],
    ["in brackets on a line of its own", `本报讯　${BODY}${P}（原标题：上半年陶瓷出口额8.5亿美元）`],
  ])("leaves out the original title %s, and its figures", (_name, content) => {
    const record = sogou(content);
    expect(record.paragraphs).toEqual([BODY]);
    expect(record.figures).toEqual([]);
  });

  it("keeps a body sentence that names the original title", () => {
    const body = "记者注意到，这篇报道的原标题是“陶瓷出口承压”，后被编辑改过。";
    const record = sogou(`本报讯　${body}`);
    expect(record.paragraphs).toEqual([body]);
  });
});

describe("the original title at the end of an article on a page", () => {
  const HEAD = "河湾镇新建三座桥梁\n本报讯（记者 陈立新）今年以来，河湾镇新建桥梁三座，总投资约1200万元。\n";
  const LAST = "目前三座桥梁均已通车，惠及沿线群众约2万人。";
  const NEXT = "\n\n南湖公园完成改造\n本报讯（记者 周文静）南湖公园改造工程日前完工。\n";

  it.each([
    ["glued in brackets", `${HEAD}${LAST}（原标题：河湾镇三座新桥投资1200万元）${NEXT}`],
    ["on a line of its own", `${HEAD}${LAST}\n原标题：河湾镇三座新桥投资1200万元${NEXT}`],
    ["原题 on a line of its own", `${HEAD}${LAST}\n原题：河湾镇三座新桥投资1200万元${NEXT}`],
    ["in brackets on a line of its own", `${HEAD}${LAST}\n（原题：河湾镇三座新桥投资1200万元）${NEXT}`],
  ])("leaves out the original title %s", (_name, text) => {
    const [first, second, ...rest] = page(text);
    expect(rest).toEqual([]);
    expect(first!.paragraphs).toEqual(["今年以来，河湾镇新建桥梁三座，总投资约1200万元。", LAST]);
    expect(first!.figures.map((f) => f.paragraph)).not.toContain(2);
    expect(first!.figures.filter((f) => f.kind === "money")).toHaveLength(1);
    expect(second!.headline.title).toBe("南湖公园完成改造");
  });

  it("keeps an exam's question under 原题 as body", () => {
    const question = "原题：已知三角形的两边长分别为3和5，求第三边的取值范围。";
    const [first] = page(`${HEAD}${LAST}\n${question}\n`);
    expect(first!.paragraphs).toEqual(["今年以来，河湾镇新建桥梁三座，总投资约1200万元。", LAST, question]);
  });
});
