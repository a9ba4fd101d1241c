/**
 * A notice's fields under its text (`主办单位：市文明办` / `承办单位：市图书馆`,
 * `活动时间：…`, `报名方式：…`): paragraphs of the notice, each its own, never
 * the headline of a new article.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { isNoticeFieldLine } from "../../src/segment/classify.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-05-16" }).records);

describe("isNoticeFieldLine", () => {
  it.each([
    ["主办单位：市文明办", true],
    ["承办单位：市图书馆", true],
    ["协办单位：市青少年宫、市书法家协会", true],
    ["活动时间：5月20日至6月30日", true],
    ["活动地点：市民广场", true],
    ["报名方式：现场报名", true],
    ["参赛对象：全市中小学生", true],
    ["截止日期：6月15日", true],
    ["主办：市文联", true],
    ["联系人：王老师", true],
    // A sentence in the value, or a value going on into the next line.
    ["活动时间：5月20日，届时将有多项活动", false],
    ["活动地点：市民广场、", false],
    ["报名方式：扫码报名。", false],
    // A speaker's headline, a post list row, plain text: no field.
    ["专家：可协商补偿", false],
    ["外交部：中方愿同各方加强沟通", false],
    ["副主任　李　明", false],
    ["市民广场将于下月开放", false],
    // No value after the colon: a line that introduces what follows.
    ["活动时间：", false],
  ])("%s → %s", (line, expected) => {
    expect(isNoticeFieldLine(normaliseString(line))).toBe(expected);
  });
});

describe("notice fields in a page", () => {
  it("fields under a notice's text are its paragraphs, not a new headline", () => {
    const all = run([
      "少儿书法大赛开始报名",
      "本报讯　第三届少儿书法大赛即日起接受报名。",
      "主办单位：市文明办",
      "承办单位：市图书馆",
      "大赛设软笔、硬笔两个组别，获奖作品将在市图书馆展出。",
    ]);
    expect(all).toHaveLength(1);
    expect(all[0]!.headline).toEqual({ kicker: null, title: "少儿书法大赛开始报名", subtitle: null });
    expect(all[0]!.paragraphs).toEqual([
      "第三届少儿书法大赛即日起接受报名。",
      "主办单位：市文明办",
      "承办单位：市图书馆",
      "大赛设软笔、硬笔两个组别，获奖作品将在市图书馆展出。",
    ]);
  });

  it("fields at the end of a notice, blank lines between, stay in it; the next article keeps its headline", () => {
    const all = run([
      "湿地公园观鸟节周末开幕",
      "",
      "本报讯　一年一度的湿地公园观鸟节将于本周六开幕，市民可免费入园。",
      "",
      "活动时间：5月18日至19日",
      "",
      "活动地点：城西湿地公园",
      "",
      "新建老年食堂投入使用",
      "",
      "本报讯（记者 方 圆）城南街道新建的老年食堂昨天开始供餐。",
    ]);
    expect(all.map((a) => a.headline.title)).toEqual(["湿地公园观鸟节周末开幕", "新建老年食堂投入使用"]);
    expect(all[0]!.paragraphs.slice(1)).toEqual(["活动时间：5月18日至19日", "活动地点：城西湿地公园"]);
    expect(all[1]!.paragraphs).toEqual(["城南街道新建的老年食堂昨天开始供餐。"]);
  });

  it("a field whose value lists places is not joined to the field under it", () => {
    const [a, ...rest] = run([
      "全民健身月活动启动",
      "本报讯　全民健身月系列活动昨天启动，具体安排如下：",
      "活动地点：市体育中心、滨江步道",
      "报名方式：关注“健康清江”公众号，在线报名，名额有限，报满即止。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([
      "全民健身月系列活动昨天启动，具体安排如下：",
      "活动地点：市体育中心、滨江步道",
      "报名方式：关注“健康清江”公众号，在线报名，名额有限，报满即止。",
    ]);
  });

  it("a field that opens a sentence cut by a column break is joined to its end", () => {
    const [a] = run([
      "图书馆延长开放时间",
      "本报讯　市图书馆自下周起延长开放时间，方便读者借阅。",
      "开放时间：每天9时至21时，节假日照常开放，读者可凭",
      "读者证或身份证入馆。",
    ]);
    expect(a!.paragraphs).toEqual(["市图书馆自下周起延长开放时间，方便读者借阅。", "开放时间：每天9时至21时，节假日照常开放，读者可凭读者证或身份证入馆。"]);
  });

  it("a field-shaped line right above a dateline is a headline", () => {
    const all = run([
      "城东社区开展义诊",
      "本报讯　城东社区昨天开展义诊活动，百余名居民受益。",
      "",
      "考试时间：6月7日至10日",
      "本报讯（记者 林 青）今年全市高考报名人数再创新高。",
    ]);
    expect(all.map((a) => a.headline.title)).toEqual(["城东社区开展义诊", "考试时间：6月7日至10日"]);
    expect(all[1]!.paragraphs).toEqual(["今年全市高考报名人数再创新高。"]);
  });

  it("a speaker's headline after a report names no field: it still opens an article", () => {
    const all = run([
      "老旧小区加装电梯提速",
      "本报讯　今年全市计划为老旧小区加装电梯200部。",
      "",
      "专家：一楼补偿可协商",
      "本报讯（记者 何 平）加装电梯中的低层住户补偿问题引发关注。",
    ]);
    expect(all.map((a) => a.headline.title)).toEqual(["老旧小区加装电梯提速", "专家：一楼补偿可协商"]);
  });
});
