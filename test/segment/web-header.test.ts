/**
 * Crawled single articles (SogouCS, JSON Lines with a title): the header a
 * web page sets over the text (title repeated, meta lines, original title),
 * the lead under it, and the editor credits at its foot.
 */
import { describe, expect, it } from "vitest";
import { normaliseString } from "../../src/normalise/normalise.js";
import { creditCues } from "../../src/recognise/cues.js";
import {
  isBreadcrumb,
  isFooterFieldLine,
  isLinkLine,
  isMetaLine,
  isSiteFooter,
  isPageNavLine,
  isRepeatedTitle,
  maySiteFooter,
  titleKey,
  webFootBylines,
  withoutOriginalTitleLabel,
} from "../../src/segment/web-header.js";
import { extract } from "../../src/extract.js";
import type { ArticleRecord } from "../../src/schema.js";

const fold = normaliseString;

describe("isMetaLine", () => {
  it.each([
    "2012年06月14日 08:25　来源：北京晨报",
    "2024-03-14 08:45:21　来源：星沙晚报",
    "发布时间：2024年03月13日 16:20",
    "来源：湘南日报 作者：林小雨 编辑：陈 曦",
    "来源：湘南日报　作者：林小雨",
    "发布时间：2024-03-13 16:20　来源：东区日报　责任编辑：王强",
    "2024/3/14 星期四 09:10 稿源：东区新闻网",
    "本文来源：湘南日报",
    "作者：林小雨　发布日期：2024年03月13日　浏览次数：1024",
    "来源：市园林局　作者：林小雨　发布时间：2025-03-12 10:21　浏览次数：　字号：大 中 小", // a counter left empty, the text-size switch
    "发布时间：2024-03-13　点击数：", // an empty counter at the end
    "浏览次数：　字体：大 中 小",
  ])("reads %j as a meta line", (line) => {
    expect(isMetaLine(fold(line))).toBe(true);
  });

  it.each([
    "本文来源于市民来信，作者是一名退休教师。", // prose naming a source and an author
    "来源：群众举报。记者随即赶到现场。", // a sentence after the colon
    "记者：这个项目什么时候开工？", // an interview's question
    "作者林小雨今年24岁", // no colon
    "时间：3月15日上午9时 地点：市民中心", // a notice's fields, not the page's
    "2024年3月13日，市政府召开常务会议", // a date opening a sentence
    "据来源：东区日报", // the key must open the line
    "来源：东区日报 电话：12345678", // a field that is no meta key
    "浏览次数： 比去年增长了三成", // a counter's word, then no field
    "字号：", // the switch with nothing after its colon
    "字号：老字号新店开张。", // a sentence after the colon
    "点击数：超过十万次。", // a sentence after a counter
    "",
  ])("leaves %j", (line) => {
    expect(isMetaLine(fold(line))).toBe(false);
  });
});

describe("isSiteFooter and isFooterFieldLine", () => {
  it.each([
    "网站标识码：4306000012　湘ICP备05001234号",
    "湘公网安备 43060202000123号",
    "京ICP证030173号",
    "粤ICP备2021000001号-1　版权所有：东区人民政府",
    "Copyright © 2025 东区人民政府 版权所有",
    "© 2024 东区新闻网",
    "联系电话：0730-8888123　建议使用1920×1080分辨率浏览",
    "建议使用Chrome浏览器访问本站",
    "南湖日报社版权所有　未经书面授权不得转载", // the owner's name glued before 版权所有
    "清河日报社版权所有 Copyright © 2024 All Rights Reserved",
    "All Rights Reserved",
    "未经本报书面授权，不得转载", // the notice alone, no sentence
  ])("reads %j as a site's footer", (line) => {
    expect(isSiteFooter(fold(line))).toBe(true);
    // The pre-test never turns away a footer.
    expect(maySiteFooter(fold(line))).toBe(true);
  });

  it.each([
    ["copyright 2025 东区新闻网", true], // the regex ignores case
    ["某某网 all rights reserved", true],
    ["未经授权不得转载", true],
    ["本报讯 昨天，新区三所学校正式开学。", false],
    ["今年以来，全市完成固定资产投资586亿元。", false],
  ])("the pre-test of a footer line on %j: %s", (line, expected) => {
    expect(maySiteFooter(fold(line))).toBe(expected);
  });

  it.each([
    "该网站已于去年办理ICP备案。", // a licence named in prose, with no number
    "他是这部小说的版权所有人。", // 版权所有人
    "专家建议使用高分辨率的卫星影像开展监测。", // advice with no screen or browser of the reader's
    "公网安备案工作由市公安局负责。",
    "专家建议使用正规浏览器，不点陌生链接。", // advice in a sentence
    "他说，这部作品的版权所有权归出版社。", // 版权所有权: prose goes on
    "该书版权所有者为作者本人。",
    "据规定，未经许可不得转载。", // the rule stated in a sentence
    "",
  ])("leaves %j", (line) => {
    expect(isSiteFooter(fold(line))).toBe(false);
  });

  it.each([
    ["主办：江城市人民政府办公室　承办：江城市大数据中心", true],
    ["主办单位：东区人民政府 技术支持：东区大数据中心", true],
    ["地址：东区解放路1号　邮编：410000", true],
    ["主办：市文联。", false], // a sentence
    ["主办方表示，活动将持续三天", false], // no colon
    ["主办：市文联　时间：5月20日", false], // a field no footer sets
  ])("%j is a line of a footer's fields: %s", (line, expected) => {
    expect(isFooterFieldLine(fold(line))).toBe(expected);
  });
});

describe("isBreadcrumb", () => {
  it.each([
    "首页 > 新闻中心 > 本地要闻",
    "首页>要闻",
    "首页 >> 新闻 >> 正文",
    "首页 » 城市 » 交通",
    "首页 › 财经",
    "当前位置：首页 > 新闻 > 正文",
    "您的位置：东区新闻网 > 社会民生",
    "您现在的位置是：首页 > 教育",
    "当前位置：首页",
    "首页 > 新闻中心 >",
  ])("reads %j as a breadcrumb", (line) => {
    expect(isBreadcrumb(fold(line))).toBe(true);
  });

  it.each([
    "首页", // no path
    "增速>5%的企业有12家。", // a sentence holding >
    "首页改版后，日均访问量>10万次。", // a sentence opening on 首页
    "首页 > 新闻。记者昨日获悉", // a sentence after a piece
    "当前位置不明，救援队正在搜寻。", // no colon
    "您的位置：距离终点还有3公里。", // a sentence after the label
    "城市 > 交通", // no 首页, no label
    "",
  ])("leaves %j", (line) => {
    expect(isBreadcrumb(fold(line))).toBe(false);
  });
});

describe("isPageNavLine and isLinkLine", () => {
  it.each([
    ["上一篇：城西启动夏季招聘会", true],
    ["下一篇：我市新增公办学位1.2万个", true],
    ["上一条: 没有了", true],
    ["下一篇：谁来管好小区电动车？", true], // a title may ask
    ["上一篇报道刊发后，不少读者来电。", false], // no colon: prose
    ["上一篇：他说。", false], // a sentence end
    ["上一篇：", false], // nothing after the colon
    ["下一步：加快建设进度", false],
  ])("%j is a previous/next line: %s", (line, expected) => {
    expect(isPageNavLine(fold(line))).toBe(expected);
  });

  it.each([
    ["· 东区一季度GDP同比增长5.8%", true],
    ["•东区发布新能源汽车扶持政策", true],
    ["· 全市共有12家企业入选。", false], // a sentence
    ["东区发布新能源汽车扶持政策", false], // no bullet
  ])("%j is a link line: %s", (line, expected) => {
    expect(isLinkLine(fold(line))).toBe(expected);
  });
});

describe("the title repeated, and the original title", () => {
  const key = titleKey("北京今夏将新增绿地300公顷");

  it.each([
    ["北京今夏将新增绿地300公顷", true],
    ["北京今夏将新增绿地 300公顷", true], // spacing aside
    ["北京今夏", true], // a piece set on a line of its own
    ["北京", false], // too short a piece to tell
    ["新增绿地300公顷以上", false],
    ["本报讯（记者 刘伟）记者昨日从市园林绿化局获悉", false],
  ])("%j repeats the title: %s", (line, expected) => {
    expect(isRepeatedTitle(fold(line), key)).toBe(expected);
  });

  it.each([
    ["原标题：这群“00后”把非遗玩出了新花样", "这群“00后”把非遗玩出了新花样"],
    ["新闻原标题: 北区新建公园", "北区新建公园"],
    ["北区新建公园", "北区新建公园"],
    ["原标题：", "原标题："], // nothing else: kept as given
    ["他的原标题：不变", "他的原标题：不变"], // not at the start
  ])("title %j → %j", (title, expected) => {
    expect(withoutOriginalTitleLabel(title)).toBe(expected);
  });

  it("compares a line with the title without its label", () => {
    expect(isRepeatedTitle(fold("北区新建公园"), titleKey("原标题：北区新建公园"))).toBe(true);
  });
});

describe("webFootBylines", () => {
  it.each([
    ["【纠错】 【责任编辑：王强】", [["王强", "责任编辑"]]],
    ["【责任编辑：王强】", [["王强", "责任编辑"]]],
    ["【打印】 【关闭窗口】", []],
  ])("%j → %j", (line, expected) => {
    const bylines = webFootBylines(fold(line), creditCues);
    expect(bylines?.map((b) => [b.name, b.label])).toEqual(expected);
    expect(bylines?.every((b) => b.role === "editor" && !b.photo)).toBe(true);
  });

  it.each([
    "【图】东区新建口袋公园", // text after the brackets
    "【纠错】 【专题】", // a piece that is neither a button nor a credit
    "【记者手记】",
    "责任编辑：王强", // no brackets: a staff line, read elsewhere
  ])("leaves %j", (line) => {
    expect(webFootBylines(fold(line), creditCues)).toBeNull();
  });
});

const sogou = (docs: [string, string][]): ArticleRecord[] => {
  const xml = docs.map(([title, content], i) => `<doc>\n<docno>d${i}</docno>\n<contenttitle>${title}</contenttitle>\n<content>${content}</content>\n</doc>`).join("\n");
  return extract(xml, { format: "sogou", issueDate: "2012-06-14" }).records as ArticleRecord[];
};

// SogouCS's paragraph mark inside <content>.
const P = "\ue40c";

describe("crawled single articles", () => {
  const TITLE = "东区今夏新增绿地200公顷";
  const LEAD = "本报讯（记者 何平）记者昨日从东区园林局获悉，今年夏季东区将新增城市绿地200公顷。";
  const BODY = "记者昨日从东区园林局获悉，今年夏季东区将新增城市绿地200公顷。";

  it.each([
    ["the title repeated", `${TITLE}${P}${LEAD}`],
    ["a date and source line", `${P}2012年06月14日 08:25　　来源：东区晨报${P}${LEAD}`],
    ["the title and a meta line", `${TITLE}${P}2012年06月14日 08:25　来源：东区晨报${P}${LEAD}`],
    ["a publishing time", `发布时间：2012年06月14日 08:25${P}${LEAD}`],
    ["the original title", `原标题：${TITLE}${P}${LEAD}`],
  ])("reads the lead under %s", (_name, content) => {
    const [record, ...rest] = sogou([[TITLE, content]]);
    expect(rest).toEqual([]);
    expect(record!.headline).toEqual({ title: TITLE, kicker: null, subtitle: null });
    expect(record!.dateline).toMatchObject({ text: "本报讯", agency: "本报" });
    expect(record!.bylines.map((b) => [b.name, b.role])).toEqual([["何平", "reporter"]]);
    expect(record!.paragraphs).toEqual([BODY]);
  });

  it("takes the author and editor of a meta line, and the editor of the foot line", () => {
    const content = `来源：东区日报　作者：林小雨　编辑：陈 曦${P}发布时间：2012年06月14日 16:20${P}东区今年新建口袋公园12个，总面积约3万平方米。${P}【纠错】 【责任编辑：王强】`;
    const [record] = sogou([[TITLE, content]]);
    expect(record!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["林小雨", "author"],
      ["陈曦", "editor"],
      ["王强", "editor"],
    ]);
    expect(record!.paragraphs).toEqual(["东区今年新建口袋公园12个，总面积约3万平方米。"]);
  });

  it("takes the author of a meta line that opens with the time", () => {
    const content = `发布时间：2012年06月14日 16:20　作者：林小雨${P}东区今年新建口袋公园12个。`;
    const [record] = sogou([[TITLE, content]]);
    expect(record!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([["林小雨", "author", "作者"]]);
    expect(record!.paragraphs).toEqual(["东区今年新建口袋公园12个。"]);
  });

  it("records a bracketed editor credit as an editor byline, at a paragraph's end or on its own line", () => {
    const [glued, alone] = sogou([
      [TITLE, `${LEAD}${P}据介绍，新增绿地以口袋公园为主。（责任编辑：刘晓燕）`],
      [TITLE, `${LEAD}${P}（责任编辑：刘晓燕）`],
    ]);
    for (const record of [glued!, alone!]) {
      expect(record.bylines.map((b) => [b.name, b.role])).toEqual([
        ["何平", "reporter"],
        ["刘晓燕", "editor"],
      ]);
    }
    expect(glued!.paragraphs).toEqual([BODY, "据介绍，新增绿地以口袋公园为主。"]);
    expect(alone!.paragraphs).toEqual([BODY]);
  });

  it("takes an editors' staff line at the foot for the article's editors", () => {
    const jsonl = JSON.stringify({ id: "w", title: TITLE, text: `${LEAD}\n编辑：付 娟\n责任编辑：刘 洋\n【纠错】\n分享到：\n` });
    const [record] = extract(jsonl, { format: "jsonl", issueDate: "2012-06-14" }).records as ArticleRecord[];
    expect(record!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["何平", "reporter"],
      ["付娟", "editor"],
      ["刘洋", "editor"],
    ]);
    expect(record!.paragraphs).toEqual([BODY]);
  });

  it("strips 原标题： from a given title", () => {
    const [record] = sogou([[`原标题：${TITLE}`, LEAD]]);
    expect(record!.headline.title).toBe(TITLE);
  });

  it.each([
    ["prose naming a source and an author", "本文来源于市民来信，作者是一名退休教师。他在信中说，东区今年新建口袋公园12个。"],
    ["a sentence after 来源：", "来源：群众举报。记者随即赶到现场，东区今年新建口袋公园12个。"],
  ])("keeps %s as body", (_name, content) => {
    const [record] = sogou([[TITLE, content]]);
    expect(record!.bylines).toEqual([]);
    expect(record!.paragraphs).toEqual([content]);
  });

  it("keeps a body line that merely resembles the title after the body has begun", () => {
    const content = `${LEAD}${P}东区今夏新增绿地200公顷以上的目标已经提出多年。`;
    const [record] = sogou([[TITLE, content]]);
    expect(record!.paragraphs).toEqual([BODY, "东区今夏新增绿地200公顷以上的目标已经提出多年。"]);
  });
});
