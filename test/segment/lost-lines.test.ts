/**
 * No line of the input vanishes: on small pages written for each case, every
 * line's text ends up in some record (an article's headline, dateline,
 * bylines, subheads or paragraphs, or a page record's text). Cases that once
 * lost a line: a column's label over another label, a stock label
 * (`相关新闻`) over a dated report, a lone date line over a headline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-06-12" }).records;
const strip = (s: string): string => s.replace(/\s+/gu, "");

/** The text fields of the records, without white space. */
function fields(records: NewsRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    if (r.type === "page") {
      out.push(r.text);
      continue;
    }
    const { title, kicker, subtitle } = r.headline;
    for (const h of [title, kicker, subtitle]) if (h !== null) out.push(h);
    if (r.dateline !== null) out.push(r.dateline.text);
    for (const b of r.bylines) out.push(b.name, b.label ?? "");
    out.push(...r.subheads, ...r.paragraphs);
  }
  return out.map(strip).filter((s) => s.length > 0);
}

/**
 * The input lines whose text no record holds: what is left of a line once
 * every field found in it is cut out has a Han character.
 */
export function lostLines(lines: readonly string[], records: NewsRecord[]): string[] {
  const found = fields(records).sort((a, b) => b.length - a.length);
  const lost: string[] = [];
  for (const line of lines) {
    let rest = strip(line);
    for (const f of found) if (rest.includes(f)) rest = rest.split(f).join("");
    if (/\p{Script=Han}/u.test(rest)) lost.push(line);
  }
  return lost;
}

const EARLIER = [
  "老街改造工程完工",
  "本报讯（记者 王思远）6月9日，城南老街改造工程完工，街面铺设了青石板，沿街店铺统一更换了招牌。",
  "改造后的老街将于本月下旬正式开街。",
];
const COURT = [
  "网购退款被拒 法院判商家担责",
  "本报讯（记者 林清远）6月10日，河阳区人民法院审结一起网络购物合同纠纷案，判决某网店向消费者退还货款并赔偿损失。",
  "法官提醒，消费者网购时应保留聊天记录和付款凭证，发生纠纷可依法维权。",
];
const FAIR = [
  "本报讯（记者 周晓岚）6月10日，青石镇举办夏季农产品展销会，吸引周边村民和游客前来选购。",
  "展销会上，各村带来了蜂蜜、茶叶、竹编等特色产品，现场成交额达到十余万元。",
];
const FLOWERS = [
  "南湖公园冬季花展开幕",
  "本报讯（记者 何雨桐）12月20日，南湖公园冬季花展开幕，展出山茶、腊梅等花卉三千余盆。",
  "花展将持续到明年一月底，市民可免费入园观赏。",
];

describe("no line is lost", () => {
  it("two labels in a row: the upper is page matter, the lower the kicker", () => {
    const lines = [...EARLIER, "法院快讯", "本地简讯", ...COURT];
    const records = run(lines);
    expect(pages(records).map((p) => p.text)).toEqual(["法院快讯"]);
    expect(articles(records).map((a) => a.headline)).toEqual([
      { kicker: null, title: "老街改造工程完工", subtitle: null },
      { kicker: "本地简讯", title: "网购退款被拒 法院判商家担责", subtitle: null },
    ]);
    // In input order: the label's page record between the two articles.
    expect(records.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("a column's label over a box's label, at the top", () => {
    const lines = ["本地快讯", "新闻链接", ...COURT];
    const records = run(lines);
    expect(pages(records).map((p) => p.text)).toEqual(["本地快讯"]);
    expect(articles(records).map((a) => a.headline.kicker)).toEqual(["新闻链接"]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("`相关新闻` over a dated report with no headline is its title", () => {
    const lines = [...EARLIER, "相关新闻", ...FAIR];
    const records = run(lines);
    expect(articles(records).map((a) => a.headline)).toEqual([
      { kicker: null, title: "老街改造工程完工", subtitle: null },
      { kicker: null, title: "相关新闻", subtitle: null },
    ]);
    expect(articles(records)[1]!.paragraphs).toHaveLength(2);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("`相关新闻` at the top of the input over a dated report is its title, no fragment", () => {
    const lines = ["相关新闻", ...FAIR];
    const records = run(lines);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["相关新闻"]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("`相关新闻` over a headline is its kicker", () => {
    const lines = [...EARLIER, "相关新闻", "展销会上农产品成交十余万元", ...FAIR];
    const records = run(lines);
    expect(articles(records)[1]!.headline).toEqual({ kicker: "相关新闻", title: "展销会上农产品成交十余万元", subtitle: null });
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("`相关新闻` over a list of links heads no article", () => {
    const lines = [...EARLIER, "相关新闻", "· 滨城一季度工业产值同比增长", "· 滨城发布新能源汽车产业扶持政策"];
    const records = run(lines);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "老街改造工程完工", subtitle: null }]);
    expect(articles(records)[0]!.paragraphs).toHaveLength(2);
  });

  it("a lone date line over a headline is page matter, not the article's", () => {
    const lines = ["2024年3月8日", "城东社区开展妇女节关爱活动", "本报讯（记者 何雨桐）3月8日，城东社区组织志愿者为辖区女性居民送去鲜花和健康讲座。"];
    const records = run(lines);
    expect(pages(records)).toEqual([expect.objectContaining({ section: null, text: "2024年3月8日" })]);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "城东社区开展妇女节关爱活动", subtitle: null }]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("a lone date line a blank line under an article, over the next headline", () => {
    const lines = [...EARLIER, "", "2024年3月8日　星期五", "城东社区开展妇女节关爱活动", "本报讯（记者 何雨桐）3月8日，城东社区组织志愿者为辖区女性居民送去鲜花和健康讲座。"];
    const records = run(lines);
    expect(pages(records).map((p) => p.text)).toEqual(["2024年3月8日　星期五"]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街改造工程完工", "城东社区开展妇女节关爱活动"]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("a notice's date at its foot stays the notice's, not page matter", () => {
    const lines = ["停水通知", "因管网检修，6月14日城南片区将停止供水，请居民提前做好储水准备。", "城南供水公司", "2025年6月11日", "", ...FLOWERS];
    const records = run(lines);
    expect(pages(records)).toEqual([]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["停水通知", "南湖公园冬季花展开幕"]);
  });

  it("a lunar date line is furniture, never a title", () => {
    const lines = ["甲辰年十一月二十", ...FLOWERS];
    const records = run(lines);
    expect(pages(records).map((p) => p.text)).toEqual(["甲辰年十一月二十"]);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "南湖公园冬季花展开幕", subtitle: null }]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("a lunar date between two articles is furniture", () => {
    const lines = [...EARLIER, "甲辰年十一月二十", ...FLOWERS];
    const records = run(lines);
    expect(pages(records).map((p) => p.text)).toEqual(["甲辰年十一月二十"]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街改造工程完工", "南湖公园冬季花展开幕"]);
    expect(lostLines(lines, records)).toEqual([]);
  });

  it("a lunar date under a headline does not cut the article in two", () => {
    const lines = ["南湖公园冬季花展开幕", "农历十一月二十", ...FLOWERS.slice(1)];
    const records = run(lines);
    expect(articles(records)).toHaveLength(1);
    expect(articles(records)[0]!.paragraphs).toHaveLength(2);
  });
  it("a note on who the author is under a signer is no paragraph and no label: the label is the words before the name", () => {
    const essay = ["读书要读出滋味", "周明远", "读书不在多，而在于读得深，读得透。", "一本好书值得反复读，每读一遍都有新的收获。"];
    const unnamed = [...essay, "（作者为某师范学院中文系教师）"];
    const [a] = articles(run(unnamed));
    expect(a!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([["周明远", "author", null]]);
    expect(a!.paragraphs.at(-1)).toBe("一本好书值得反复读，每读一遍都有新的收获。");
    // The note has no field in records.md: the one line lost.
    expect(lostLines(unnamed, run(unnamed))).toEqual(["（作者为某师范学院中文系教师）"]);
    const unit = [...essay, "（作者单位：某市社科院）"];
    expect(articles(run(unit))[0]!.bylines.map((b) => b.label)).toEqual([null]);
    expect(articles(run(unit))[0]!.paragraphs.at(-1)).toBe("一本好书值得反复读，每读一遍都有新的收获。");
    // Glued to the last sentence, as on a page read without line breaks.
    const glued = [...essay.slice(0, 3), "一本好书值得反复读，每读一遍都有新的收获。（作者系某中学语文教师）"];
    expect(articles(run(glued))[0]!.bylines.map((b) => b.label)).toEqual([null]);
    expect(articles(run(glued))[0]!.paragraphs.at(-1)).toBe("一本好书值得反复读，每读一遍都有新的收获。");
    // A signer under a mark (`□ 孙立明`): no words before the name, so no label.
    const marked = [essay[0]!, "□ 周明远", ...essay.slice(2), "（作者系某中学语文教师）"];
    expect(articles(run(marked))[0]!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([["周明远", "author", null]]);
  });

  it("a note naming the author: the words before the name are the byline's label", () => {
    const lines = ["守护好群众的钱袋子", "网络投资骗局花样翻新，群众要提高警惕，不轻信高额回报。", "（作者系某区人民检察院检察官　孔 立）"];
    const [a] = articles(run(lines));
    expect(a!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([["孔立", "author", "作者系某区人民检察院检察官"]]);
    expect(lostLines(lines, run(lines))).toEqual([]);
  });

  it("a note on who the author is with no signer to label stays the last paragraph", () => {
    const lines = ["本报讯　6月10日，城西图书馆开设夜间阅览室，每晚开放至十点。", "（作者单位：某市图书馆）"];
    const [a] = articles(run(lines));
    expect(a!.paragraphs).toEqual(["6月10日，城西图书馆开设夜间阅览室，每晚开放至十点。", "（作者单位：某市图书馆）"]);
    expect(lostLines(lines, run(lines))).toEqual([]);
  });
});
