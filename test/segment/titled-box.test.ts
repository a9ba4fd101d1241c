/**
 * A titled box after an article (a table of route changes, a programme of
 * times and events): a short title over touching rows that set their cells
 * apart with spaces, heading no text. Set apart from the report, it is an
 * article of its own, its title its headline and its rows its paragraphs;
 * right under the report's last paragraph, it is the report's. Read as a
 * headline stack, its rows became kicker, title and subtitle, or page matter,
 * and its first lines were added to the report above. Each page is small and
 * invented, its records worked out by hand; the negatives are headline stacks
 * and mastheads that must stay so.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-06-20" }).records;

const REPORT = ["南湖大桥下月起封闭检修", "", "　　本报讯（记者 周明）6月18日，记者从市城管局获悉，南湖大桥将封闭检修。"];
const REPORT_TEXT = "6月18日，记者从市城管局获悉，南湖大桥将封闭检修。";
const ROUTES = ["线路　　　调整内容　　　　　　实施时间", "26路　　　改经滨湖东路　　　　7月1日起", "夜班3路　取消南湖大桥站　　　　7月1日起"];

describe("a titled box after an article", () => {
  it("set apart by a blank line, is an article of its own; its credit credits it", () => {
    const records = run([...REPORT, "", "检修期间公交线路调整", ...ROUTES, "（市公交公司提供）"]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [report, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual([REPORT_TEXT]);
    expect(box!.headline).toEqual({ kicker: null, title: "检修期间公交线路调整", subtitle: null });
    expect(box!.paragraphs).toEqual(ROUTES);
    expect(box!.bylines.map((b) => `${b.name}/${b.role}`)).toEqual(["市公交公司/source"]);
    // The column-header row tells no day; the rows are a schedule, no event.
    expect(box!.date).toBeNull();
  });

  it("a programme: its date rows count as rows, its first row gives its date, a remark under it closes it", () => {
    const programme = ["6月15日（周六）", "　09:00　开幕式（南湖广场）", "　14:30　龙舟预赛（南湖东岸）", "6月16日（周日）", "　10:00　龙舟决赛（南湖东岸）"];
    const records = run([...REPORT, "", "龙舟赛日程安排", ...programme, "（日程如有调整，以组委会通知为准）"]);
    const [, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(box!.headline.title).toBe("龙舟赛日程安排");
    expect(box!.paragraphs).toEqual([...programme.map((l) => l.trim()), "（日程如有调整，以组委会通知为准）"]);
    expect(box!.date).toBe("2024-06-15");
  });

  it("set right under the report's last paragraph, is the report's", () => {
    const records = run([...REPORT, "检修期间公交线路调整", ...ROUTES]);
    const [report, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual([REPORT_TEXT, "检修期间公交线路调整", ...ROUTES]);
  });

  it("the next article under it keeps its own headline", () => {
    const records = run([...REPORT, "", "检修期间公交线路调整", ...ROUTES, "", "城西新建两座公园", "　　本报讯（记者 周明）城西两座口袋公园昨日开放。"]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["南湖大桥下月起封闭检修", "检修期间公交线路调整", "城西新建两座公园"]);
  });

  // Negatives.
  it.each([
    // A headline stack setting its figures apart with spaces, over a dateline: the headline of that report.
    ["a headline stack over its report", ["港铁票价 明年 加3%", "乘客平均 每程 多付4角", "　　【本報訊】港鐵公司昨日宣布，明年起票價上調。"]],
    // A title with a gap in it is a row itself, no title.
    ["a first line with a gap in it", ["出行 提示", "南湖大桥　封闭检修", "滨湖东路　单向通行"]],
    // One spaced row among plain lines: a headline stack.
    ["one row with a gap", ["暑期游热度攀升", "亲子游　成为主力", "多条线路提前售罄"]],
    // Lines a blank line apart are no box's rows.
    ["lines set apart", ["检修期间公交线路调整", "", "26路　　改经滨湖东路　　7月1日起", "", "夜班3路　取消南湖大桥站　7月1日起"]],
  ])("is no box: %s", (_how, lines) => {
    const records = run([...REPORT, "", ...lines]);
    const [first, ...rest] = lines.filter((l) => l !== "");
    // No article is headed by the first line with the others as its rows.
    const box = articles(records).find((a) => a.headline.title === first);
    expect(box?.paragraphs.slice(0, rest.length - 1) ?? []).not.toEqual(rest.slice(0, -1).map((l) => l.trim()));
  });

  it("a masthead's romanised name is no row: the masthead stays page matter", () => {
    const records = run(["今日南湖", "JINRI NANHU", "市委主管　南湖传媒集团主办　　　　内部资料　免费交流", "2024年6月20日　星期四　第1865期", "", ...REPORT]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["南湖大桥下月起封闭检修"]);
  });
});

/**
 * A page that sets every line apart by a blank line: a table's title and rows
 * over the next headline run on with it as one block of headline-like lines.
 * A headline is three lines at most, set alike (all touching or all apart),
 * and holds no row of three cells: the rows are the report's.
 */
describe("a table's rows set apart by blank lines, over the next headline", () => {
  const REPORT_APART = ["南湖周末晴热", "", "　　本报讯（记者 周明）记者从市气象台获悉，本周末我市晴到多云。", ""];
  const WEATHER = ["未来三天天气", "", "21日　晴　　22℃～33℃", "", "22日　多云　23℃～32℃", "", "23日　小雨　20℃～27℃", ""];
  const NEXT_REPORT = "　　本报讯（记者 周明）城西两座口袋公园昨日开放。";
  const rows = WEATHER.filter((l) => l !== "");

  it.each([
    ["a two-line headline on touching lines", ["城西新建两座公园", "口袋公园昨日开放"], { kicker: null, title: "城西新建两座公园", subtitle: "口袋公园昨日开放" }],
    ["a one-line headline", ["城西新建两座公园"], { kicker: null, title: "城西新建两座公园", subtitle: null }],
  ])("the rows are the report's paragraphs (%s)", (_how, headline, expected) => {
    const records = run([...REPORT_APART, ...WEATHER, ...headline, "", NEXT_REPORT]);
    const [report, next, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs.slice(1)).toEqual(rows);
    expect(next!.headline).toEqual(expected);
  });

  // Negative: three apart lines of at most two parts are a headline stack, as before (the earlier lines are the report's).
  it("a headline of apart lines with no row among them keeps its last three lines", () => {
    const records = run([...REPORT_APART, "南湖之夏", "", "城西新建两座公园", "", "口袋公园　昨日开放", "", "市民纷纷点赞", "", NEXT_REPORT]);
    const [report, next] = articles(records);
    expect(report!.paragraphs.slice(1)).toEqual(["南湖之夏"]);
    expect(next!.headline).toEqual({ kicker: "城西新建两座公园", title: "口袋公园　昨日开放", subtitle: "市民纷纷点赞" });
  });
});
