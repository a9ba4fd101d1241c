/**
 * Lines that open on an item's number in series (`1.…` / `2.…`, `①…` / `②…`)
 * are the items of a list: body text under the heading over them, never a
 * headline stack; a line holding a series of its own (`1.告　2.一言为定`) is
 * a list line, never a headline, so its heading has text under it and opens an
 * article (no page record). Negatives: numbered headings each with text under
 * them stay subheads; a decimal (`1.5万`) numbers nothing. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { holdsItemSeries, itemNumber } from "../../src/text/numbering.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-06-14" }).records;

describe("item numbers", () => {
  it.each<[string, number | null]>([
    ["1.一只手捂住半边天（打一字）", 1],
    ["2、说到做到（打一成语）", 2],
    ["12.最后一题", 12],
    ["③推进城乡融合", 3],
    ["1.5万人次参加", null],
    ["一、总体要求", null],
    ["（1）加强领导", null],
    ["2025年全市目标", null],
  ])("%s → %s", (line, n) => {
    expect(itemNumber(normaliseString(line))).toBe(n);
  });

  it.each<[string, boolean]>([
    ["1.由　2.言而有信　3.影子", true],
    ["①稳就业　②促消费　③扩投资", true],
    ["1、春　2、夏", true],
    ["1.由　3.影子", false],
    ["1.今年营收增长 2.5%", false],
    ["1.一只手捂住半边天（打一字）", false],
    ["增长1.5%　2.3万人", false],
  ])("%s holds a series: %s", (line, series) => {
    expect(holdsItemSeries(normaliseString(line))).toBe(series);
  });
});

describe("numbered items on a page", () => {
  it("a puzzle box's numbered lines are its body, and its answers an article", () => {
    const records = read([
      "动动脑",
      "",
      "1.一只手捂住半边天（打一字）",
      "",
      "2.说到做到（打一成语）",
      "",
      "3.什么东西越晒越湿？",
      "",
      "春日的河堤",
      "",
      "河堤上的柳树发了新芽，晨练的人们沿着步道慢跑。几位老人在亭子里下棋，孩子们在草地上放风筝。",
      "",
      "“动动脑”答案",
      "",
      "1.由　2.言而有信　3.冰",
    ]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [a, b, c] = articles(records);
    expect(a?.headline).toEqual({ title: "动动脑", kicker: null, subtitle: null });
    expect(a?.paragraphs).toEqual(["1.一只手捂住半边天（打一字）", "2.说到做到（打一成语）", "3.什么东西越晒越湿？"]);
    expect(b?.headline.title).toBe("春日的河堤");
    expect(c?.headline.title).toBe("“动动脑”答案");
    expect(c?.paragraphs).toEqual(["1.由　2.言而有信　3.冰"]);
  });

  it("numbered headings each over their own text stay subheads", () => {
    const [a, ...rest] = articles(
      read([
        "城东街道推进老旧小区改造",
        "",
        "本报讯（记者 邓书南）今年以来，城东街道加快推进老旧小区改造，惠及居民2300户。",
        "",
        "1.先问需再动工",
        "",
        "改造前，街道组织工作人员逐户上门，听取居民对改造内容的意见。",
        "",
        "2.边改造边监督",
        "",
        "施工期间，居民代表组成监督小组，每周到现场查看工程质量。",
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.subheads).toEqual(["1.先问需再动工", "2.边改造边监督"]);
  });
});
