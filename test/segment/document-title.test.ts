/**
 * A document printed whole under its own title (`关于召开…的通知`, `…启事`,
 * `…公示`) opens an article of its own, never a subhead of the piece above;
 * its date is its lead's, never a period's or a clause's below it.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { isDocumentTitle } from "../../src/segment/subhead.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-09-20" }).records);

describe("isDocumentTitle", () => {
  it.each([
    ["关于召开柳溪村党员大会的通知", true],
    ["关于表彰优秀志愿者的决定", true],
    ["关于三起违规问题的通报", true],
    ["关于调整公交线路的公告", true],
    ["寻物启事", true],
    ["2024年度低保对象名单公示", true],
    ["土地征收预公告", true],
    // Negatives: a subhead or a headline that merely mentions a notice.
    ["关于乡村振兴的几点思考", false],
    ["村里贴出了一张通知", false],
    ["公示之后再动工", false],
    ["关于，的通知", false],
    ["一张公示 看清村里账", false],
  ])("isDocumentTitle(%s) = %s", (line, expected) => {
    expect(isDocumentTitle(line)).toBe(expected);
  });
});

// A village's rules, then its notice of a meeting: the notice's salutation is one the reflow does not know.
const RULES = [
  "柳溪村2024年第三季度账目公开",
  "",
  "一、收入部分",
  "项目　　　　　　　　金额（元）",
  "上级补助　　　　　　 80,000.00",
  "收入合计　　　　　　 80,000.00",
  "二、支出部分",
  "项目　　　　　　　　金额（元）",
  "路灯维护　　　　　　 20,000.00",
  "支出合计　　　　　　 20,000.00",
  "　　以上账目已经村务监督委员会审核，现予公开。",
  "",
  "柳溪村村民委员会",
  "2024年9月10日",
  "",
  "柳溪村文明公约",
  "",
  "　　第一条　村民应当孝老爱亲，邻里和睦，互帮互助。",
  "　　第二条　爱护村里的道路和桥梁，损坏的应当修复。",
  "　　第三条　本公约于2024年8月30日经村民会议表决通过，即日施行。",
  "",
  "关于召开柳溪村党员大会的通知",
  "",
];
const NOTICE_TEXT = [
  "　　经村党支部研究，定于2024年9月18日上午在村部礼堂召开党员大会，请各位党员按时参会。",
  "　　特此通知。",
  "",
  "柳溪村党支部",
  "2024年9月12日",
];

describe("a document's title after the piece above", () => {
  it("opens an article of its own over a salutation the reflow does not know", () => {
    const out = run([...RULES, "各村民小组组长：", ...NOTICE_TEXT]);
    const titles = out.map((a) => a.headline.title);
    expect(titles).toEqual(["柳溪村2024年第三季度账目公开", "柳溪村文明公约", "关于召开柳溪村党员大会的通知"]);
    expect(out[1]!.subheads).toEqual([]);
    expect(out[2]!.bylines.map((b) => [b.name, b.role])).toEqual([["柳溪村党支部", "author"]]);
  });

  it("opens an article of its own over its text", () => {
    const out = run([...RULES, ...NOTICE_TEXT]);
    expect(out.map((a) => a.headline.title)).toEqual(["柳溪村2024年第三季度账目公开", "柳溪村文明公约", "关于召开柳溪村党员大会的通知"]);
  });

  it("a salutation it knows is the notice's first paragraph, and the lead under it dates the notice", () => {
    const out = run([...RULES, "各位党员：", ...NOTICE_TEXT]);
    const notice = out[2]!;
    expect(notice.paragraphs[0]).toBe("各位党员：");
    expect(notice.date).toBe("2024-09-18");
  });
});

describe("the date of a document printed whole", () => {
  it("a code of clauses takes no date from a later clause", () => {
    expect(run(RULES)[1]!.date).toBeNull();
  });

  it("a 公示 whose lead tells no date takes none from its period", () => {
    const [a] = run([
      "中共○○县委组织部",
      "干部任前公示",
      "",
      "　　按照干部选拔任用的有关规定，经县委研究，拟任用以下同志，现予公示：",
      "　　李明，男，1985年5月生，现任县文旅局副局长，拟任县文化馆馆长。",
      "　　公示期为2024年9月13日至9月19日。",
    ]);
    expect(a!.date).toBeNull();
  });

  // Negative: a report whose lead tells no date still takes the first date below it.
  it("a report's lead with no date still hands over to the paragraph below", () => {
    const [a] = run([
      "老渡口迎来新客轮",
      "",
      "　　江风拂面，汽笛声声，老渡口又热闹起来了。",
      "　　9月16日，新建成的客轮在柳溪渡口首航，两岸群众往来更加便捷。",
    ]);
    expect(a!.date).toBe("2024-09-16");
  });
});

describe("a notice signed at its foot by a body named with placeholder marks", () => {
  const NOTICE = ["○○镇人民政府", "秸秆禁烧通告", "", "　　为改善空气质量，即日起全镇范围内严禁露天焚烧秸秆。", "　　举报电话：0000-1234567"];
  it.each([["中共××镇委员会"], ["○○镇人民政府"], ["XX村民委员会"], ["**农业发展有限公司"]])("%s over the date signs it", (signer) => {
    const records = extract([...NOTICE, "", signer, "2024年9月12日"].join("\n"), { issueDate: "2024-09-20" }).records;
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    expect(articles(records)[0]!.bylines).toEqual([{ name: signer, role: "author", label: null, photo: false }]);
  });

  // Negative: marks with no body's name ending are no signer.
  it("××× over the date signs nothing", () => {
    const records = extract([...NOTICE, "", "×××", "2024年9月12日"].join("\n"), { issueDate: "2024-09-20" }).records;
    expect(articles(records)[0]!.bylines).toEqual([]);
  });
});
