/**
 * The first tests of the credit parsers, made on a folded copy a caller
 * already holds (`mayOpenWithLead` …): they may let through text the parser
 * then refuses, but must never turn away text the parser accepts.
 */
import { describe, expect, it } from "vitest";
import {
  findEventDate,
  findInlinePhotoCredit,
  findLead,
  matchLead,
  mayBeCaption,
  mayBeCreditLine,
  mayBeStaffLine,
  mayHoldDate,
  mayHoldGluedLead,
  mayHoldInlinePhotoCredit,
  mayOpenWithLead,
  parseCaption,
  parseCreditLine,
  parseStaffLine,
} from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { loadCases } from "./fixture.js";

interface Prefilter {
  name: string;
  test: (folded: string) => boolean;
  parse: (text: string, issueDate?: string) => unknown;
  fixture: string;
  pass: string[];
  reject: string[];
}

const body = "该区强化顶层设计,成立以区委书记任政委、区长任指挥长、相关区领导任副指挥长、职能部门为成员的项目协调指挥部。";

const prefilters: Prefilter[] = [
  {
    name: "mayOpenWithLead",
    test: mayOpenWithLead,
    parse: (text, issueDate) => matchLead(text, issueDate === undefined ? {} : { issueDate }),
    fixture: "lead",
    pass: [
      "株洲日报讯(全媒体记者/言静) “刚刚…",
      "新華社北京９月２８日電　記者…",
      "据新华社酒泉６月５日电 ２０２２年…",
      "【明報專訊】…",
      "〔記者王小明／台北報導〕台北市政府…",
      "本报上海２月１４日讯新华社记者周立、本报记者蒋文报道：…",
      "本报记者 李刚 发自东京 苏炳添…",
      "据韩联社首尔3月5日报道，韩国政府…",
      "【日本《读卖新闻》3月4日报道】题：…",
    ],
    // A role word or 电 in the head, but no dateline or credit opening the paragraph:
    reject: [body, "记者从市公安局了解到,警方近日破获一起电信诈骗案。", "9月28日,位于淦田镇的大唐华银项目开工,电力供应…", ""],
  },
  {
    name: "mayHoldGluedLead",
    test: mayHoldGluedLead,
    parse: (text, issueDate) => findLead(text, issueDate === undefined ? {} : { issueDate }),
    fixture: "find-lead",
    pass: ["12岁少年拾金不昧江苏在线南京9月27日讯(首席记者 林可)", "標題新華社北京電（記者張三）"],
    reject: [body, "新华社电", `${"很长的标题".repeat(30)}江苏在线南京9月27日讯(首席记者 林可)`],
  },
  {
    name: "mayBeCaption",
    test: mayBeCaption,
    parse: (text) => parseCaption(text),
    fixture: "caption",
    pass: ["旅游环境美观舒适的神农城景区。企业供图", "示威者在街头集会。路透社  ", "Crowds gather. Reuters", "图为大桥（本报记者戴明攝）"],
    reject: [body, "旅游环境美观舒适的神农城景区。", `${"图为大桥".repeat(40)}。企业供图`],
  },
  {
    name: "mayHoldInlinePhotoCredit",
    test: mayHoldInlinePhotoCredit,
    parse: (text) => findInlinePhotoCredit(text),
    fixture: "inline-photo-credit",
    pass: ["图为大桥。记者　李平　攝　大桥全长1.2公里。", "图为老街。通讯员　刘洋　供图　老街改造历时一年。"],
    // No 摄 and no 供图: no picture credit to find.
    reject: [body, "图为大桥。记者　李平　文　大桥全长1.2公里。", "图为老街。通讯员　刘洋　提供　老街改造历时一年。", ""],
  },
  {
    name: "mayBeCreditLine",
    test: mayBeCreditLine,
    parse: (text) => parseCreditLine(text),
    fixture: "credit-line",
    pass: [
      "株洲日报全媒体记者/邹怡敏", "  通讯员/刘晓欢 刘艺锋  ", "尹二荣 邹怡敏", "記者王小明／台北報導", "IC photo", "企业供图",
      "□ 李慕白", "◎林宜君", "■陳家樂（香港中文大學金融學系教授）", "張文齊／台北報導",
      "王建国（合肥市蜀山区）", "来信人　刘海燕",
    ],
    reject: [body, "渌口区三个聚焦抓项目再发力", "", `株洲日报全媒体记者/邹怡敏${"、张三".repeat(20)}`, "■玄武湖樱花进入最佳观赏期", "■ 教师参与面持续扩大"],
  },
  {
    name: "mayBeStaffLine",
    test: mayBeStaffLine,
    parse: (text) => parseStaffLine(text),
    fixture: "staff-line",
    pass: ["88123456 责任编辑:王海燕 美术编辑:李 宁 校对:赵 刚", "A03 本版责编：韩梅 美编：冯 雪", "編輯 孫悅", "编辑：陈静 刘洋", "策划：王五　责任编辑：陈静", "社　长：王五　主　编：陈静"],
    // A role word later in the line, or after other text, or not first at all:
    reject: [body, "本报记者 张三", "据编辑部消息,编辑：陈静", "记者 编辑：陈静", "", "策划：王五　撰文：李四", "来源：新华社"],
  },
  {
    name: "mayHoldDate",
    test: mayHoldDate,
    parse: (text, issueDate) => findEventDate(text, issueDate === undefined ? {} : { issueDate }),
    fixture: "dates",
    pass: ["9月28日,位于淦田镇的项目开工。", "昨晚,记者来到现场。", "９月５號上午", "二〇二二年九月二十八日", "22日举行", "廿八日上午", "卅日", "本月廿八號", "上月卅日", "昨(廿八)日"],
    // 廿 and 卅 away from 日 or a month: no day.
    reject: [body, "近年来,该区全力以赴推项目。", "５號上午", "日前,节日期间", "", "廿年来", "卅载春秋"],
  },
];

describe.each(prefilters)("$name", (p) => {
  it.each(p.pass)("lets through %s", (text) => {
    expect(p.test(normaliseString(text))).toBe(true);
  });

  it.each(p.reject)("turns away %s", (text) => {
    expect(p.test(normaliseString(text))).toBe(false);
  });

  it("lets through every text its parser accepts", () => {
    const cases = loadCases<unknown>(p.fixture).filter((c): c is typeof c & { input: string } => typeof c.input === "string");
    const inputs = [
      ...cases.map((c) => ({ text: c.input, issueDate: c.options?.issueDate })),
      ...p.pass.map((text) => ({ text, issueDate: "2022-09-29" })),
    ];
    for (const { text, issueDate } of inputs) {
      if (p.parse(text, issueDate) !== null) expect(p.test(normaliseString(text)), text).toBe(true);
    }
  });

  it("turns away nothing in the examples above that its parser accepts", () => {
    for (const text of p.reject) expect(p.parse(text, "2022-09-29")).toBeNull();
  });
});
