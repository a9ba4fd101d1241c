import { describe, expect, it } from "vitest";
import { splitHeadline } from "../../src/recognise/headline.js";

describe("splitHeadline", () => {
  it.each([
    { lines: ["重阳敬桑榆"], expected: { kicker: null, title: "重阳敬桑榆", subtitle: null } },
    {
      lines: ["“刚培训完就有物业公司来招聘” 市残联打通就业“最后一公里”"],
      expected: { kicker: "“刚培训完就有物业公司来招聘”", title: "市残联打通就业“最后一公里”", subtitle: null },
    },
    // A quotation that is only part of the first half is no kicker.
    { lines: ["防患于未“燃” 市救助管理站开展消防安全演习"], expected: { kicker: null, title: "防患于未“燃” 市救助管理站开展消防安全演习", subtitle: null } },
    { lines: ["落实禁火令 金山街道在行动"], expected: { kicker: null, title: "落实禁火令 金山街道在行动", subtitle: null } },
    {
      lines: ["居然之家茶陵店开业运营", "打造“三个高地” 彰显茶陵担当"],
      expected: { kicker: null, title: "居然之家茶陵店开业运营", subtitle: "打造“三个高地” 彰显茶陵担当" },
    },
    {
      lines: ["能源革命推动高质量发展", "——来自某地论坛的见闻"],
      expected: { kicker: null, title: "能源革命推动高质量发展", subtitle: "——来自某地论坛的见闻" },
    },
    {
      lines: ["前三季度某项指标同比增长", "稳中有进，经济运行主基调（权威发布）"],
      expected: { kicker: "前三季度某项指标同比增长", title: "稳中有进，经济运行主基调（权威发布）", subtitle: null },
    },
    {
      lines: ["人民时评", "让数字经济更好惠及民生"],
      expected: { kicker: "人民时评", title: "让数字经济更好惠及民生", subtitle: null },
    },
    {
      lines: ["本报评论员", "牢牢把握高质量发展这个首要任务"],
      expected: { kicker: "本报评论员", title: "牢牢把握高质量发展这个首要任务", subtitle: null },
    },
    {
      lines: ["引题在上", "主题居中", "副题在下"],
      expected: { kicker: "引题在上", title: "主题居中", subtitle: "副题在下" },
    },
    { lines: [], expected: { kicker: null, title: null, subtitle: null } },
  ])("$lines", ({ lines, expected }) => {
    expect(splitHeadline(lines)).toEqual(expected);
  });
});
