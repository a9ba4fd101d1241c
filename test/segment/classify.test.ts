import { describe, expect, it } from "vitest";
import { isBracketedNote, isHeadlineLike, isHeadlineMaterial, isNote } from "../../src/segment/classify.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { echo, echoesAtLeast, echoReach } from "../../src/segment/subhead.js";

describe("isHeadlineLike", () => {
  it.each([
    ["渌口区：“三个聚焦”抓项目", true],
    ["聚焦责任落实 专班专人推项目", true],
    ["7.3%,社会消费品零售总额稳步回升", true],
    ["“比学赶超见行动” 先进做法大家谈", true],
    ["重阳敬桑榆", true],
    // Must not be taken for a headline:
    ["好事成双。总投资约3亿元的项目也花落此地,第一期将建设配套服务体系。", false],
    ["当天共处置露天焚烧行为5起。", false],
    ["众多爱心组织也参与了认捐:", false],
    ["该区强化顶层设计,成立以区委书记任政委、区长任指挥长、相关区领导任副指挥长的项", false],
    ["他表示,要统筹推进,做好衔接,抓好落实", false],
    ["举报电话:66020001", false],
    ["咨询热线 0731-22206803", false],
    ["固定资产投资\t—\t—\t4.3", false],
    ["", false],
  ])("%s → %s", (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected);
  });
});

describe("isHeadlineMaterial", () => {
  it.each([
    ["春光里，田野上，处处农事忙", true],
    ["协商在前，补偿到位，电梯装进心里", true],
    ["——记者走访多个小区，听居民、专家和街道怎么说", true],
    ["多方协商、以补代偿、破解顾虑", true],
    ["一楼“吃亏”了吗？专家：可协商补偿", true],
    ["“一楼难题”怎么解？", true],
    ["“装电梯是好事。”一楼住户这样说", true],
    // Must not be taken for headline material:
    ["当天共处置露天焚烧行为5起。", false],
    ["你们觉得，这样做，合适吗？", false],
    ["我们一楼得不到好处！", true],
    ["记者看到。电梯已经装好，居民很满意", false],
    ["下一步，将继续完善配套，", false],
    ["众多爱心组织也参与了认捐：", false],
    ["他表示，要统筹推进，做好衔接，抓好落实", false],
    ["他说，这是好事，大家都满意", false],
    ["据了解，今年新增品种15个，花期将持续至月底", false],
    ["但是，居民的意见，还要再听一听", false],
    ["该区强化顶层设计，成立以区委书记任政委、区长任指挥长、相关区领导任副指挥长的项目协调指挥部", false],
    ["固定资产投资\t—\t—\t4.3", false],
    ["举报电话：66020001", false],
    ["", false],
  ])("%s → %s", (line, expected) => {
    expect(isHeadlineMaterial(normaliseString(line))).toBe(expected);
  });
});

describe("isBracketedNote", () => {
  it.each([
    ["（据新华社）", true],
    ["（本报综合）", true],
    ["（据《人民日报》）", true],
    ["（作者单位：北京大学）", true],
    ["（本报记者 韩冬 参与采写）", true],
    ["(记者 王芳 王和平)", true],
    // Must not be taken for an end note:
    ["（二）", false],
    ["(3)", false],
    ["（一）加强组织领导", false],
    ["本报讯（记者 王芳）", false],
    ["生态优先（记录中国）", false],
    ["（）", false],
    [`（${"很长的说明文字".repeat(6)}）`, false],
  ])("%s → %s", (line, expected) => {
    expect(isBracketedNote(normaliseString(line))).toBe(expected);
  });
});

describe("echo", () => {
  const article = "近年来,该区聚焦责任落实、聚焦优化营商环境、聚焦招大引强,全力以赴推项目、增项目。";
  it("is high for a subhead that repeats the lead's words", () => {
    expect(echo("聚焦责任落实 专班专人推项目", article)).toBeGreaterThanOrEqual(0.3);
  });
  it("is low for an unrelated headline", () => {
    expect(echo("重阳敬桑榆", article)).toBe(0);
    expect(echo("市救助管理站开展消防安全演习", article)).toBeLessThan(0.3);
  });
  it("is zero for a line without Chinese", () => {
    expect(echo("2022", article)).toBe(0);
  });
  it("counts each distinct pair once, in a headline and in a long line alike", () => {
    // Pairs 项目 目建 建设 设项: one of four is in the text.
    expect(echo("项目建设项目", "建设")).toBe(0.25);
    expect(echo("项目建设".repeat(1000), "项目")).toBe(0.25);
  });
});

describe("echoesAtLeast", () => {
  const article = "近年来,该区聚焦责任落实、聚焦优化营商环境、聚焦招大引强,全力以赴推项目、增项目。";
  const cases: [string, string[]][] = [
    ["聚焦责任落实 专班专人推项目", [article]],
    ["重阳敬桑榆", [article]],
    ["市救助管理站开展消防安全演习", [article]],
    ["2022", [article]],
    ["", [article]],
    ["项目建设项目", ["建设"]],
    ["项目建设".repeat(1000), ["项目"]],
    ["聚焦招大引强", ["聚焦", "招大", "引强"]],
    ["招商引资项目落地", ["该区推进项目", "引资"]],
    ["优化营商环境", []],
  ];
  const shares = [0, 0.1, 0.15, 0.25, 0.3, 1 / 3, 0.5, 1];
  // It answers as comparing the whole share does, however early it stops.
  it.each(cases.flatMap(([line, texts]) => shares.map((share) => [line.slice(0, 20), share, line, texts] as const)))(
    "%s at %s",
    (_title, share, line, texts) => {
      expect(echoesAtLeast(line, texts, share)).toBe(echo(line, texts.join("\n")) >= share);
    },
  );
  // echoReach answers both comparisons of one search as the whole share does.
  const pairs = shares.flatMap((low) => shares.filter((high) => high >= low).map((high) => [low, high] as const));
  it.each(cases.flatMap(([line, texts]) => pairs.map(([low, high]) => [line.slice(0, 20), low, high, line, texts] as const)))(
    "echoReach %s between %s and %s",
    (_title, low, high, line, texts) => {
      const whole = echo(line, texts.join("\n"));
      expect(echoReach(line, texts, low, high)).toBe(whole >= high ? 2 : whole >= low ? 1 : 0);
    },
  );
});

describe("isNote", () => {
  it.each([
    ["(附图片1张)", "picture"],
    ["(图片2张)", "picture"],
    ["(完)", "end"],
    ["【完】", "end"],
    ["(下转第三版)", "jump"],
    ["(上接第1版)", "jump"],
    ["(转A3版)", "jump"],
    ["(资料图片)", "picture"],
    ["扫码看视频", "web"],
    ["扫一扫 关注我们", "web"],
    ["hepeishan@example.com.sg", "web"],
    ["wang.li+news@example.cn", "web"],
    ["发布时间：2024年05月24日 09:12  作者：吴晓明", "web"],
    ["来源：湘南日报 作者：林小雨", "web"],
    ["原标题：口袋公园开放", "web"],
    // Cross-references and jump notes, bracketed or bare, as written in Traditional too:
    ["(相关新闻见A13)", "jump"],
    ["(相關新聞見A13)", "jump"],
    ["〈相關新聞刊A11〉", "jump"],
    ["相關新聞見A13", "jump"],
    ["(相關報導見A3版)", "jump"],
    ["(續見A6版)", "jump"],
    ["▲相關新聞見A13", "jump"],
    ["(相关新闻见A13版)", "jump"],
    ["(详见第5版)", "jump"],
    ["【相关报道见第三版】", "jump"],
    ["上接第1版", "jump"],
    ["■上接01版", "jump"],
    ["下转A6版", "jump"],
    // A bare 转 note on its own line, perhaps after an arrow, and a guide's arrow pointer:
    ["转A2版", "jump"],
    ["转第2版", "jump"],
    ["紧转A2版", "jump"],
    ["▶转A2版", "jump"],
    [">>>下转A2版", "jump"],
    ["→下转A2", "jump"],
    ["▶A05", "jump"],
    [">>>A3", "jump"],
    ["→A12版", "jump"],
    ["转型升级", null],
    ["转A2版面设计", null],
    ["转发A2", null],
    ["▶A股", null],
    [">A3", null],
    // A line of shapes only, what OCR reads in a picture: a picture note.
    ["■▲□■ ■■ ▲▲□ ■▲", "picture"],
    ["▲□ ■", "picture"],
    ["★★★", "picture"],
    // Not notes:
    ["■", null], // one mark alone: a bullet, not a picture's residue
    ["■简讯 ▲", null],
    ["▲□ 现场图", null],
    ["(记者 王五)", null],
    ["(完善服务)", null],
    ["图片新闻", "column"],
    ["【简讯】", "column"],
    ["图片新闻展", null],
    ["见习记者 张三", null],
    ["(见面会)", null],
    ["续写新篇章", null],
    ["上接地气 下接民心", null],
    ["详见附件", null],
    ["见A13", null], // bare, a note needs its first word
    ["相关新闻见A13后，他", null],
    ["来信请寄 news@example.cn", null],
    ["本文来源于市民来信，作者是一位退休教师。", null],
    ["原标题里的“新”字很关键", null],
    ["@所有市民 这份指南请收好", null],
  ])("%s → %s", (line, expected) => {
    expect(isNote(normaliseString(line))).toBe(expected);
  });
});

/**
 * `isNote` tries each regex only on a line of its length, last or first
 * character (read off the regexes' alternatives): every word of every
 * alternative, bare and bracketed, at the longest, still comes through.
 */
describe("isNote first tests", () => {
  const brackets = (words: string[]) => words.flatMap((w) => [w, `【${w}】`, `[${w}]`]);
  it.each<[string, string | null]>([
    ...brackets(["新闻链接", "相关链接", "背景链接", "知识链接", "链接", "延伸阅读", "记者手记", "采访手记", "编后", "编后语", "记者观察", "农技小贴士", "健康生活小贴士", "贴士", "温馨提示", "出行提示", "提醒", "警方提醒", "温馨提醒", "消费提醒", "公众参与"]).map((w): [string, string] => [w, "box"]),
    ...brackets(["新闻速递", "新闻快递", "简讯", "城市新闻简讯", "体育快讯", "短讯", "新闻速览", "速递", "资讯", "图片新闻", "新闻图片", "一线传真", "本地新闻", "要闻简报"]).map((w): [string, string] => [w, "column"]),
    ...["【纠错】", "【打印】【关闭窗口】", "分享到：", "分享到微信", "扫描二维码关注", "相关阅读", "延伸阅读：", "热点推荐", "推荐阅读", "2022-09-28 08:30:12　来源：人民网", "来源：人民网", "稿源：新华社"].map((w): [string, string] => [w, "web"]),
    ...["（附图片１张）", "(照片 3 幅)", "资料图片", "(新华社资料照片)", "本报资料图"].map((w): [string, string] => [w, "picture"]),
    ...["(完)", "【 完 】", "[完]"].map((w): [string, string] => [w, "end"]),
    ...["(下转第三版)", "〈相关新闻刊A11〉", "<转A3>", "【续见A6版】", "[详见第5版]", "上接A1", "下转A16", "上接第十版"].map((w): [string, string] => [w, "jump"]),
    // Past the lengths: no label.
    ["【城市新闻简讯】", "column"],
    ["【城市新闻们简讯】", null],
    ["【新闻链接】", "box"],
    ["【健康生活小贴士】", "box"],
    ["【健康生活百科小贴士】", null],
    ["市消防支队发布安全提示", null],
    // A source line holding a sentence is text, not the page's meta line.
    ["来源：群众举报。记者随即赶到现场核实。", null],
    ["2022-09-28 08:30　来源：群众举报。记者随即赶到现场。", null],
    ["来源：东区日报", "web"],
    // A crawled page's chrome: toolbar, bracketed related label, breadcrumb, previous/next links.
    ["【字体：大 中 小】　【打印】　【关闭】", "web"],
    ["【收藏】【分享】", "web"],
    ["【相关新闻】", "web"],
    ["相关文章：", "web"],
    ["首页 > 新闻中心 > 本地要闻", "web"],
    ["上一篇：城西启动夏季招聘会", "web"],
    // Text and headings that merely hold a chrome word: no note.
    ["【字体设计大赛在城西开幕】", null],
    ["上一篇报道刊发后，不少读者来电询问。", null],
    ["增速>5%的企业有12家。", null],
  ])("%s → %s", (line, expected) => {
    expect(isNote(normaliseString(line))).toBe(expected);
  });
});
