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
    // A column name over the title, however short the title.
    { lines: ["人民时评", "民生无小事"], expected: { kicker: "人民时评", title: "民生无小事", subtitle: null } },
    { lines: ["人民论坛", "多为群众办实事"], expected: { kicker: "人民论坛", title: "多为群众办实事", subtitle: null } },
    { lines: ["聚焦全国两会", "代表委员热议新质生产力"], expected: { kicker: "聚焦全国两会", title: "代表委员热议新质生产力", subtitle: null } },
    { lines: ["記者手記", "地方創生不能只靠補助"], expected: { kicker: "記者手記", title: "地方創生不能只靠補助", subtitle: null } },
    { lines: ["聚焦·乡村振兴", "稻田里的“新农人”"], expected: { kicker: "聚焦·乡村振兴", title: "稻田里的“新农人”", subtitle: null } },
    { lines: ["关注·城市更新", "老街区焕发新活力"], expected: { kicker: "关注·城市更新", title: "老街区焕发新活力", subtitle: null } },
    // A line ending in a verb that introduces the next: the next is the title.
    {
      lines: ["中国人民银行决定", "下调金融机构存款准备金率0.5个百分点"],
      expected: { kicker: "中国人民银行决定", title: "下调金融机构存款准备金率0.5个百分点", subtitle: null },
    },
    {
      lines: ["某某在参加代表团审议时强调", "因地制宜发展新质生产力"],
      expected: { kicker: "某某在参加代表团审议时强调", title: "因地制宜发展新质生产力", subtitle: null },
    },
    // Must stay title and subtitle: the first line names no column and introduces nothing.
    { lines: ["中美经贸团队再谈", "双方同意保持沟通"], expected: { kicker: null, title: "中美经贸团队再谈", subtitle: "双方同意保持沟通" } },
    { lines: ["首届数字经济论坛开幕", "百家企业签约落户"], expected: { kicker: null, title: "首届数字经济论坛开幕", subtitle: "百家企业签约落户" } },
    { lines: ["聚焦责任落实 专班专人推项目", "全年新开工项目一百个"], expected: { kicker: null, title: "聚焦责任落实 专班专人推项目", subtitle: "全年新开工项目一百个" } },
    { lines: ["市长表态支持", "——企业家座谈会侧记"], expected: { kicker: null, title: "市长表态支持", subtitle: "——企业家座谈会侧记" } },
    // A short title over a subtitle of three clauses or more: the subtitle sums up the story.
    { lines: ["电梯装进心里", "协商在前，补偿到位，矛盾化解在楼道"], expected: { kicker: null, title: "电梯装进心里", subtitle: "协商在前，补偿到位，矛盾化解在楼道" } },
    { lines: ["春耕正当时", "翻地、育苗、施肥，田间地头一派繁忙"], expected: { kicker: null, title: "春耕正当时", subtitle: "翻地、育苗、施肥，田间地头一派繁忙" } },
    // Must stay a kicker: a short word over a longer line of two clauses or fewer.
    { lines: ["新春走基层", "山村里的年味，越来越浓"], expected: { kicker: "新春走基层", title: "山村里的年味，越来越浓", subtitle: null } },
    {
      lines: ["引题在上", "主题居中", "副题在下"],
      expected: { kicker: "引题在上", title: "主题居中", subtitle: "副题在下" },
    },
    { lines: [], expected: { kicker: null, title: null, subtitle: null } },
  ])("$lines", ({ lines, expected }) => {
    expect(splitHeadline(lines)).toEqual(expected);
  });
});
