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

/**
 * A form's fields (`项目编号：…` / `预算金额：…`, a label of two to eight Han
 * characters, a colon, a value) on touching lines, two at least ending no
 * sentence, are a notice's body: never a headline stack.
 */
describe("form fields in a page", () => {
  const pageRun = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-06-20" }).records;

  it("a tender notice's fields and contacts are its paragraphs; its money figures are read", () => {
    const all = articles(
      pageRun([
        "滨河县人民医院影像设备采购项目竞争性磋商公告",
        "",
        "一、项目基本情况",
        "",
        "项目编号：BHCG-2025-0311",
        "项目名称：影像设备采购项目",
        "预算金额：212.4万元",
        "最高限价：208万元",
        "采购需求：移动式X射线机2台，详见磋商文件。",
        "",
        "二、联系方式",
        "",
        "采购人：滨河县人民医院",
        "联系电话：0599-6123456",
      ]),
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.headline).toEqual({ kicker: null, title: "滨河县人民医院影像设备采购项目竞争性磋商公告", subtitle: null });
    expect(all[0]!.paragraphs).toEqual([
      "项目编号：BHCG-2025-0311",
      "项目名称：影像设备采购项目",
      "预算金额：212.4万元",
      "最高限价：208万元",
      "采购需求：移动式X射线机2台，详见磋商文件。",
      "采购人：滨河县人民医院",
      "联系电话：0599-6123456",
    ]);
    const money = all[0]!.figures.filter((f) => f.kind === "money").map((f) => [f.subject, f.value]);
    expect(money).toEqual([
      ["预算金额", 2124000],
      ["最高限价", 2080000],
    ]);
  });

  it("an interviewer's and a guest's lines under a paragraph stay its text", () => {
    const all = articles(
      pageRun([
        "种粮大户的新打算",
        "",
        "本报讯（记者 甘 露）夏收刚过，记者来到河西村，见到了种粮大户秦永生。",
        "记者：请谈谈今年的打算",
        "秦永生：再流转两百亩地种优质稻",
        "他说，合作社今年还要添置两台烘干机。",
      ]),
    );
    expect(all.map((a) => a.headline.title)).toEqual(["种粮大户的新打算"]);
    expect(all[0]!.paragraphs.slice(1, 3)).toEqual(["记者：请谈谈今年的打算", "秦永生：再流转两百亩地种优质稻"]);
  });

  it("two colon lines right above a dateline are a headline stack", () => {
    const all = articles(
      pageRun([
        "外交部：欢迎各方参与",
        "发言人：合作大门始终敞开",
        "新华社北京6月19日电　外交部发言人19日在例行记者会上回答了有关提问。",
      ]),
    );
    expect(all).toHaveLength(1);
    // Which line is the title is the headline splitter's choice; both are headline lines, no text.
    const { kicker, title, subtitle } = all[0]!.headline;
    expect([kicker, title, subtitle].filter((x) => x !== null).sort()).toEqual(["发言人：合作大门始终敞开", "外交部：欢迎各方参与"].sort());
    expect(all[0]!.paragraphs).toEqual(["外交部发言人19日在例行记者会上回答了有关提问。"]);
  });

  it("one field-shaped headline over text is a speaker's headline, not a field", () => {
    const all = articles(pageRun(["专家：高温天午后少出门", "", "连日来我市最高气温超过35℃，医生提醒市民注意防暑。"]));
    expect(all.map((a) => a.headline.title)).toEqual(["专家：高温天午后少出门"]);
  });

  it("a kicker ending on a colon over its title stays a headline", () => {
    const all = articles(pageRun(["奋进新征程：", "山乡巨变看今朝", "", "本报讯　今年以来，青石镇新修村道12公里。"]));
    expect(all).toHaveLength(1);
    // The splitter reads a kicker ending on a colon into the title; either way both lines head the article.
    expect(Object.values(all[0]!.headline).join("")).toBe("奋进新征程：山乡巨变看今朝");
    expect(all[0]!.paragraphs).toEqual(["今年以来，青石镇新修村道12公里。"]);
  });

  it("a staff line under a section name, over a contact, stays the page's furniture", () => {
    const records = pageRun(["公告", "责任编辑：池　南　　校对：庞　远", "", "遗失声明", "", "钟小燕不慎遗失购房收据一张，声明作废。"]);
    const pages = records.filter((r) => r.type === "page");
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ section: "公告", staff: [{ name: "池南", role: "editor" }, { name: "庞远", role: "proofreader" }] });
    expect(articles(records).map((a) => a.headline.title)).toEqual(["遗失声明"]);
  });
});
