import { describe, expect, it } from "vitest";
import { endsSentence, isBodyLike, isCompleteItem, isSalutation, mayEndInPictureCredit, reflow } from "../../src/reflow/reflow.js";
import { splitLines } from "../../src/segment/lines.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { cellSpans, columnUnits, isGappedRow, isLabelledFigureRow, labelledFigureCells } from "../../src/text/table.js";

// A stand-in for the credits stage: lines with a role word and a slash are credits.
const startsBlock = (line: string) => /(记者|通讯员)\//.test(line) || /^\S{2,8}讯\(/.test(line);

function units(text: string, indentedParagraphs = false, joinBreaks = true): string[] {
  const lines = splitLines(text, normaliseString(text));
  return reflow(lines, { indentedParagraphs, joinBreaks, startsBlock }).map((u) => u.text);
}

describe("reflow", () => {
  it.each([
    {
      name: "a paragraph cut mid-word by a column break",
      input: "该区强化顶层设计,成立以区委书记任政委、职能部门为成员的项\n\n目协调指挥部,下设“一办七组”。",
      expected: ["该区强化顶层设计,成立以区委书记任政委、职能部门为成员的项目协调指挥部,下设“一办七组”。"],
    },
    {
      name: "a dateline's bracket cut at a line's end, in text not hard-wrapped",
      input: "本报讯(记者 邹\n凯)6月3日,市公交集团新开通线路8条,总投资约1.2亿元。",
      expected: ["本报讯(记者 邹凯)6月3日,市公交集团新开通线路8条,总投资约1.2亿元。"],
    },
    {
      name: "a date cut between its month and its day",
      input: "本报讯(记者 邹凯)6月\n3日,市公交集团新开通线路8条。",
      expected: ["本报讯(记者 邹凯)6月3日,市公交集团新开通线路8条。"],
    },
    {
      name: "a line ending on 个月 is no cut date: the headline under it stands apart",
      input: "新馆工期18个月\n3日起试运行",
      expected: ["新馆工期18个月", "3日起试运行"],
    },
    {
      name: "a bracket closed on its own line is no cut bracket",
      input: "区委(扩大)会议召开\n区长)作报告",
      expected: ["区委(扩大)会议召开", "区长)作报告"],
    },
    {
      name: "several blank lines between the pieces",
      input: "联合整治队在辖区内部发现起火点,第一时间赶赴现场制止老人焚烧\n\n\n\n秸秆,说明秸秆焚烧的危害。",
      expected: ["联合整治队在辖区内部发现起火点,第一时间赶赴现场制止老人焚烧秸秆,说明秸秆焚烧的危害。"],
    },
    {
      name: "a line holding only spaces is a blank line",
      input: "面对经济下行的压力,推进项目建设和招商引资的难度可想而知,推进项\n \n目建设。",
      expected: ["面对经济下行的压力,推进项目建设和招商引资的难度可想而知,推进项目建设。"],
    },
    {
      name: "a piece ending on a list comma goes on, even into a short piece",
      input: "培训实用性强、\n\n专业性强,极大提升了学员们的就业能力。",
      expected: ["培训实用性强、专业性强,极大提升了学员们的就业能力。"],
    },
    {
      name: "a short piece with a full stop finishes the paragraph",
      input: "希望队员们能够立足小区实际,与第一书记积极链接\n\n资源,赋能小区治理。",
      expected: ["希望队员们能够立足小区实际,与第一书记积极链接资源,赋能小区治理。"],
    },
    {
      name: "a character repeated across the break is dropped once",
      input: "各级各部门、广大党员干部必须主动作为\n\n为,把问题想在先。",
      expected: ["各级各部门、广大党员干部必须主动作为,把问题想在先。"],
    },
    {
      name: "a headline with a comma over a sentence that opens with 据悉 stands apart",
      input: "通报了一起诈骗案。\n\n老小区加装电梯,一楼住户有了补偿金\n\n据悉,该小区今年共加装电梯14部。",
      expected: ["通报了一起诈骗案。", "老小区加装电梯,一楼住户有了补偿金", "据悉,该小区今年共加装电梯14部。"],
    },
    {
      name: "a headline ending on a quotation over a paragraph opening with one stands apart",
      input: "通报了一起诈骗案。\n\n老小区加装电梯,一楼住户有了“补偿金”\n\n“装电梯对楼上是好事。”家住小区的陈阿姨说。",
      expected: ["通报了一起诈骗案。", "老小区加装电梯,一楼住户有了“补偿金”", "“装电梯对楼上是好事。”家住小区的陈阿姨说。"],
    },
    {
      name: "a paragraph cut before a quotation goes on",
      input: "据了解,这家位于城南工业园的企业被业内称为\n\n“小巨人”,去年营收增长三成。",
      expected: ["据了解,这家位于城南工业园的企业被业内称为“小巨人”,去年营收增长三成。"],
    },
    {
      name: "a headline with a comma ending on a quotation it closes stands apart from the paragraph a blank line under it",
      input: "夜市开张,街坊吃上“放心串”\n\n我家楼下的夜市上个月开张了。烤串十块钱三串。",
      expected: ["夜市开张,街坊吃上“放心串”", "我家楼下的夜市上个月开张了。烤串十块钱三串。"],
    },
    {
      name: "a headline with a comma under a bracketed label stands apart",
      input: "【读者来稿】\n\n夜市开张,街坊吃上放心串\n\n我家楼下的夜市上个月开张了。烤串十块钱三串。",
      expected: ["【读者来稿】", "夜市开张,街坊吃上放心串", "我家楼下的夜市上个月开张了。烤串十块钱三串。"],
    },
    {
      name: "a book's details line is a paragraph of its own",
      input: "《江边小镇》,许文涛著,江城出版社2025年3月出版,定价58元\n\n江边的小镇,在地图上只是一个小点。",
      expected: ["《江边小镇》,许文涛著,江城出版社2025年3月出版,定价58元", "江边的小镇,在地图上只是一个小点。"],
    },
    {
      name: "a short first piece that stops mid-clause goes on, across a blank line",
      input: "退休教师孙阿姨说,希望报纸多登一些\n\n社区里的小事。",
      expected: ["退休教师孙阿姨说,希望报纸多登一些社区里的小事。"],
    },
    {
      name: "a piece that closes a quotation without a blank line under it goes on",
      input: "他说,大家都叫这里“放心串”\n一条街,生意一年比一年好。",
      expected: ["他说,大家都叫这里“放心串”一条街,生意一年比一年好。"],
    },
    {
      name: "a paragraph's piece naming a book in 《》 with no press in it goes on",
      input: "《江边小镇》写的是作者,在江边度过的\n\n少年时光。",
      expected: ["《江边小镇》写的是作者,在江边度过的少年时光。"],
    },
    {
      name: "a number cut from its date word at a line end goes on",
      input: "今年6月6\n日,我县夏粮收购工作正式启动,各收购点延长营业时间。",
      expected: ["今年6月6日,我县夏粮收购工作正式启动,各收购点延长营业时间。"],
    },
    {
      name: "a number cut from its magnitude goes on",
      input: "项目总投资12.5\n亿元,建成后年产值可达30亿元。",
      expected: ["项目总投资12.5亿元,建成后年产值可达30亿元。"],
    },
    {
      name: "a page number above a line that opens with a date word stands alone",
      input: "2\n日前,省里核准了该项目。",
      expected: ["2", "日前,省里核准了该项目。"],
    },
    {
      name: "a headline ending in a number is not run into a line that does not continue it",
      input: "喜迎2024\n全市举办新春系列活动",
      expected: ["喜迎2024", "全市举办新春系列活动"],
    },
    {
      name: "a finished sentence does not continue",
      input: "当天共处置露天焚烧行为5起。\n\n金山街道将持续巡查,加大打击力度。",
      expected: ["当天共处置露天焚烧行为5起。", "金山街道将持续巡查,加大打击力度。"],
    },
    {
      name: "a closing quote after a full stop ends the sentence",
      input: "“刚刚培训完就有物业公司来招聘,真是太好了。”\n\n9月27日,来自芦淞区的李春华找到了工作。",
      expected: ["“刚刚培训完就有物业公司来招聘,真是太好了。”", "9月27日,来自芦淞区的李春华找到了工作。"],
    },
    {
      name: "a headline after an unfinished paragraph is not swallowed",
      input: "他说今后还将继续开展系列活动,进一步提升服务水平和群众满意度\n\n市救助管理站开展消防安全演习",
      expected: ["他说今后还将继续开展系列活动,进一步提升服务水平和群众满意度", "市救助管理站开展消防安全演习"],
    },
    {
      name: "headline lines stay apart",
      input: "居然之家茶陵店开业运营\n\n打造“三个高地” 彰显茶陵担当",
      expected: ["居然之家茶陵店开业运营", "打造“三个高地” 彰显茶陵担当"],
    },
    {
      name: "a tail piece closing the quotation the paragraph opened goes on",
      input: "站长介绍:“我们将在每个小区增设快递柜和便民服务点,让居民\n\n取件更加方便省心”\n\n本报讯(记者/王明)3月5日,全市开展义务植树活动。",
      expected: ["站长介绍:“我们将在每个小区增设快递柜和便民服务点,让居民取件更加方便省心”", "本报讯(记者/王明)3月5日,全市开展义务植树活动。"],
    },
    {
      name: "a tail piece closing a book title or bracket the paragraph opened goes on",
      input: "工作人员将按照《城市绿地设计规范》要求开展建设,并参照《城市公园\n管理办法》\n(记者/李华)\n城区新建三座公园(效果图\n见第二版)",
      expected: ["工作人员将按照《城市绿地设计规范》要求开展建设,并参照《城市公园管理办法》", "(记者/李华)", "城区新建三座公园(效果图", "见第二版)"],
    },
    {
      name: "a quoted headline after an unfinished paragraph stays apart: it opens what it closes",
      input: "记者在现场看到,志愿者们正在为前来咨询的居民讲解“一站式”服务流程和注意事项\n\n“书香满城”读书节开幕",
      expected: ["记者在现场看到,志愿者们正在为前来咨询的居民讲解“一站式”服务流程和注意事项", "“书香满城”读书节开幕"],
    },
    {
      name: "a headline after a paragraph with an open quotation stays apart when it closes nothing",
      input: "站长介绍:“我们将在每个小区增设快递柜和便民服务点,让居民取件更加方便省心\n\n市救助管理站开展消防安全演习",
      expected: ["站长介绍:“我们将在每个小区增设快递柜和便民服务点,让居民取件更加方便省心", "市救助管理站开展消防安全演习"],
    },
    {
      name: "a line closing a quotation stays apart when the paragraph above closed all of its own",
      input: "记者在现场看到,志愿者们正在为前来咨询的居民讲解“一站式”服务流程和注意事项\n\n春风十里”系列活动启幕",
      expected: ["记者在现场看到,志愿者们正在为前来咨询的居民讲解“一站式”服务流程和注意事项", "春风十里”系列活动启幕"],
    },
    {
      name: "a short piece opening on a jump-from note is running text, and goes on",
      input: "(上接第一版)新修机耕路三十多\n\n公里,群众出行更加方便。",
      expected: ["(上接第一版)新修机耕路三十多公里,群众出行更加方便。"],
    },
    {
      name: "a jump-from note alone on its line joins nothing",
      input: "(上接第一版)\n\n城北新桥今天通车",
      expected: ["(上接第一版)", "城北新桥今天通车"],
    },
    {
      name: "a short piece opening on another bracket stays a heading",
      input: "(记者 孔雯)新修机耕路\n\n城北新桥今天通车",
      expected: ["(记者 孔雯)新修机耕路", "城北新桥今天通车"],
    },
    {
      name: "a credit line is never joined to the paragraph above",
      input: "当天,该商会分别向20多位老人送上了棉被、牛奶等慰问品\n\n通讯员/曲宏 易溪 摄",
      expected: ["当天,该商会分别向20多位老人送上了棉被、牛奶等慰问品", "通讯员/曲宏 易溪 摄"],
    },
    {
      name: "a box's figure lines with no end marks are lines of their own, the input's end under them",
      input: "接待游客1532.6万人次,同比增长9.6%\n旅游收入118.4亿元,同比增长11.2%",
      expected: ["接待游客1532.6万人次,同比增长9.6%", "旅游收入118.4亿元,同比增长11.2%"],
    },
    {
      name: "a box's figure lines, a source line under them",
      input: "接待游客1532.6万人次,同比增长9.6%\n旅游收入118.4亿元,同比增长11.2%\n过夜游客占比42.5%\n数据来源:市文旅局",
      expected: ["接待游客1532.6万人次,同比增长9.6%", "旅游收入118.4亿元,同比增长11.2%", "过夜游客占比42.5%", "数据来源:市文旅局"],
    },
    {
      name: "a box's figure lines, a blank line under them",
      input: "接待游客1532.6万人次,同比增长9.6%\n旅游收入118.4亿元,同比增长11.2%\n\n城北新桥今天通车",
      expected: ["接待游客1532.6万人次,同比增长9.6%", "旅游收入118.4亿元,同比增长11.2%", "城北新桥今天通车"],
    },
    {
      name: "a paragraph cut after figures twice goes on where running text follows",
      input: "一季度,全市规模以上工业企业实现营业收入1200亿元\n同比增长5.2%,利润总额达到86.4亿元\n增速比上年同期加快1.3个百分点,企业效益持续改善。",
      expected: ["一季度,全市规模以上工业企业实现营业收入1200亿元同比增长5.2%,利润总额达到86.4亿元增速比上年同期加快1.3个百分点,企业效益持续改善。"],
    },
    {
      name: "a piece ending on a figure goes on into a piece that ends a sentence",
      input: "全年接待游客1532.6万人次,同比增长9.6%\n旅游收入118.4亿元,同比增长11.2%。",
      expected: ["全年接待游客1532.6万人次,同比增长9.6%旅游收入118.4亿元,同比增长11.2%。"],
    },
    {
      name: "a piece ending on a date is no figure line",
      input: "本届旅游节由市文旅局主办,开幕时间定在10月1日\n闭幕时间定在10月7日,历时7天",
      expected: ["本届旅游节由市文旅局主办,开幕时间定在10月1日闭幕时间定在10月7日,历时7天"],
    },
  ])("$name", ({ input, expected }) => {
    expect(units(input)).toEqual(expected);
  });

  it("closes up a number OCR spaced out where a line break cut it from its words", () => {
    const page = "　　据统计，今年以来全市共发生此类诈骗案件37起，涉案金额累计达\n4 6.8万元。消防支队出动指战员320余人次、车辆4 5\n台次，连夜转移被困群众1260人。";
    const [unit] = reflow(splitLines(page, normaliseString(page)), { indentedParagraphs: false, joinBreaks: true, startsBlock });
    expect(unit!.text).toBe("据统计，今年以来全市共发生此类诈骗案件37起，涉案金额累计达46.8万元。消防支队出动指战员320余人次、车辆45台次，连夜转移被困群众1260人。");
    expect(unit!.norm).toBe(normaliseString(unit!.text));
  });

  it("continues no line that stands alone (a credit with clause punctuation)", () => {
    const text = "邱明皓、李俊毅／台北報導\n政府今天宣布，明年起公务人员调薪，所需经费由各机关年度预算支应。";
    const lines = splitLines(text, normaliseString(text));
    const standsAlone = (line: string) => line.endsWith("报导");
    const read = (alone?: (line: string) => boolean) =>
      reflow(lines, { indentedParagraphs: false, joinBreaks: true, startsBlock, ...(alone ? { standsAlone: alone } : {}) }).map((u) => u.text);
    // Without the cue the line reads as running text (it holds 、) and the next line joins it.
    expect(read()).toHaveLength(1);
    expect(read(standsAlone)).toEqual(["邱明皓、李俊毅／台北報導", "政府今天宣布，明年起公务人员调薪，所需经费由各机关年度预算支应。"]);
  });

  it("continues no unit that ends on a picture credit", () => {
    const text = "3月12日，市民在植物园樱花树下拍照留念。本报记者 王 磊 摄\n\n今年植物园新增樱花品种15个，花期将持续至3月底。";
    const lines = splitLines(text, normaliseString(text));
    // A stand-in for the credits stage: a role word, a name and 摄 after a full stop.
    const asked: string[] = [];
    const endsInPictureCredit = (tail: string) => {
      asked.push(tail);
      return /。(?:本报)?记者\s*\S(?:\s?\S){1,3}\s*摄$/.test(tail);
    };
    const read = (cue?: (tail: string) => boolean) =>
      reflow(lines, { indentedParagraphs: false, joinBreaks: true, startsBlock, ...(cue ? { endsInPictureCredit: cue } : {}) }).map((u) => u.text);
    // Without the cue the caption reads as an unfinished paragraph and the next one joins it.
    expect(read()).toHaveLength(1);
    expect(read(endsInPictureCredit)).toEqual(["3月12日，市民在植物园樱花树下拍照留念。本报记者 王 磊 摄", "今年植物园新增樱花品种15个，花期将持续至3月底。"]);
    // A piece cut after 拍摄 is asked, answered no, and joined.
    const cut = "今年他已经为步道拍摄\n\n了三千多张照片，记录步道的变化。";
    const cutLines = splitLines(`环湖步道全线开放，全长八公里，${cut}`, normaliseString(`环湖步道全线开放，全长八公里，${cut}`));
    asked.length = 0;
    const joined = reflow(cutLines, { indentedParagraphs: false, joinBreaks: true, startsBlock, endsInPictureCredit }).map((u) => u.text);
    expect(joined).toEqual(["环湖步道全线开放，全长八公里，今年他已经为步道拍摄了三千多张照片，记录步道的变化。"]);
    expect(asked).toHaveLength(1);
  });

  it.each([
    ["市民在樱花树下拍照留念。本报记者 王磊 摄", true],
    ["市民在樱花树下拍照留念。(记者 王磊 摄)", true],
    ["市民在樱花树下拍照留念。记者 王磊 摄影", true],
    ["场馆全景。企业供图", true],
    ["今年他已经为步道拍摄", true],
    // Must be turned away without asking the cue:
    ["今年他已经为步道拍摄了三千多张照片", false],
    ["记录步道的变化,", false],
    ["(下转第3版)", false],
    ["", false],
  ])("mayEndInPictureCredit(%s) → %s", (tail, expected) => {
    expect(mayEndInPictureCredit(normaliseString(tail))).toBe(expected);
  });

  // A dash subtitle under a short headline line stands apart, though its 、 or comma reads as running text.
  it.each([
    {
      name: "a quoted title with a comma over a dash subtitle with 、",
      input: "“只要村里还有一个病人，我就不走”\n——访全国优秀乡村医生、东坡村卫生室医生陈立新",
      indented: false,
      expected: ["“只要村里还有一个病人，我就不走”", "——访全国优秀乡村医生、东坡村卫生室医生陈立新"],
    },
    {
      name: "a title over a dash subtitle with a comma, in an indented page",
      input: "河湾里的守护者\n——记市水文站站长，连续二十年坚守汛期的周海\n　　清晨五点，周海已经站在了水位尺旁。\n　　这是他在站里的第二十个汛期。",
      indented: true,
      expected: ["河湾里的守护者", "——记市水文站站长，连续二十年坚守汛期的周海", "清晨五点，周海已经站在了水位尺旁。", "这是他在站里的第二十个汛期。"],
    },
    {
      name: "one 一一 typed for the dash",
      input: "“守着这片林子，就是守着家”\n一一记护林员、退伍老兵韩德胜",
      indented: false,
      expected: ["“守着这片林子，就是守着家”", "一一记护林员、退伍老兵韩德胜"],
    },
    // Negatives: a paragraph cut before a dash goes on.
    {
      name: "the dash piece ends a sentence: the paragraph's tail",
      input: "他说，最难忘的还是第一次出诊的那个雪夜\n——那一晚，他走了整整六个小时。",
      indented: false,
      expected: ["他说，最难忘的还是第一次出诊的那个雪夜——那一晚，他走了整整六个小时。"],
    },
    {
      name: "the unit above ends on a comma",
      input: "他给自己定下了三条规矩，\n——随叫随到、不收红包、不误一个病人",
      indented: false,
      expected: ["他给自己定下了三条规矩，——随叫随到、不收红包、不误一个病人"],
    },
    {
      name: "the unit above is a paragraph indented in an indented page",
      input: "　　村里人说起他，总会提到那条他走了二十年的山路\n——从村口到镇卫生院，来回要四个小时\n　　如今那条路已经修成了水泥路。\n　　他却还是习惯步行。",
      indented: true,
      expected: ["村里人说起他，总会提到那条他走了二十年的山路——从村口到镇卫生院，来回要四个小时", "如今那条路已经修成了水泥路。", "他却还是习惯步行。"],
    },
    {
      name: "the unit above is longer than a headline",
      input: "这些年来，他先后走遍了全县二百多个自然村，为上千户人家建立了健康档案，也记下了一个个病人的故事\n——有的后来痊愈了、有的离开了",
      indented: false,
      expected: ["这些年来，他先后走遍了全县二百多个自然村，为上千户人家建立了健康档案，也记下了一个个病人的故事——有的后来痊愈了、有的离开了"],
    },
  ])("$name", ({ input, indented, expected }) => {
    expect(units(input, indented)).toEqual(expected);
  });

  // A stand-in for the credits stage: a role word, a name and 摄 or 供图, alone on the line.
  const photoCredit = (line: string) => /^(?:\S{0,4}记者|通讯员)\s*\S(?:\s?\S){1,3}\s*摄$|供图$/.test(line);
  const withCaptions = (text: string, indentedParagraphs = false) =>
    reflow(splitLines(text, normaliseString(text)), { indentedParagraphs, joinBreaks: true, startsBlock, photoCredit }).map((u) => u.text);
  const CUT = ["　　今年以来，全县持续推进冬春农田水利建设，新修", "12月6日，安康镇村民在新修的机耕路上运送", "冬季作物。", "通讯员 郑　明摄", "机耕路三十多公里，群众出行更加方便。"];
  it.each([
    {
      name: "a dated caption and its credit inside a paragraph cut by them",
      lines: CUT,
      expected: ["今年以来，全县持续推进冬春农田水利建设，新修机耕路三十多公里，群众出行更加方便。", "12月6日，安康镇村民在新修的机耕路上运送冬季作物。通讯员 郑　明摄"],
    },
    {
      name: "blank lines around the block",
      lines: [CUT[0]!, "", CUT[1]!, CUT[2]!, "", CUT[3]!, "", CUT[4]!],
      expected: ["今年以来，全县持续推进冬春农田水利建设，新修机耕路三十多公里，群众出行更加方便。", "12月6日，安康镇村民在新修的机耕路上运送冬季作物。通讯员 郑　明摄"],
    },
    {
      name: "a caption with a time of day, on one line, after a finished sentence, under a source's credit",
      lines: ["　　全县今年新修机耕路三十多公里，群众出行更加方便。", "12月6日上午，村民在新修的机耕路上运送作物。", "县农业农村局供图", "　　县里还将继续加大投入，力争明年再修二十公里。"],
      expected: ["全县今年新修机耕路三十多公里，群众出行更加方便。", "12月6日上午，村民在新修的机耕路上运送作物。县农业农村局供图", "县里还将继续加大投入，力争明年再修二十公里。"],
    },
  ])("$name", ({ lines, expected }) => {
    expect(withCaptions(lines.join("\n"), true)).toEqual(expected);
  });

  // Negatives: the block is no caption set in text, and the credit cue changes nothing.
  it.each([
    ["a dated sentence of the text with no credit under it", [CUT[0]!, CUT[1]!, CUT[2]!, CUT[4]!]],
    ["a byline, no picture's credit", [CUT[0]!, CUT[1]!, CUT[2]!, "通讯员 郑　明", CUT[4]!]],
    ["two sentences over the credit: text, not a caption", [CUT[0]!, "12月6日，安康镇召开现场会。村民运送冬季作物。", CUT[3]!, CUT[4]!]],
    ["a headline under the credit", [CUT[0]!, CUT[1]!, CUT[2]!, CUT[3]!, "城北新桥今天通车"]],
    ["nothing under the credit", [CUT[0]!, CUT[1]!, CUT[2]!, CUT[3]!]],
    ["no date first", [CUT[0]!, "安康镇村民在新修的机耕路上运送", CUT[2]!, CUT[3]!, CUT[4]!]],
    ["a date in the middle of the line", [CUT[0]!, "安康镇12月6日启用新修的机耕路运送", CUT[2]!, CUT[3]!, CUT[4]!]],
    ["four lines over the credit", [CUT[0]!, "12月6日，安康镇", "村民在新修的", "机耕路上运送", CUT[2]!, CUT[3]!, CUT[4]!]],
    ["a dated line under a heading, not running text", ["河堤加固工程完工", "12月6日，安康镇村民在新修的机耕路上运送", CUT[2]!, CUT[3]!, CUT[4]!]],
  ])("%s", (_name, lines) => {
    const text = lines.join("\n");
    const plain = reflow(splitLines(text, normaliseString(text)), { indentedParagraphs: true, joinBreaks: true, startsBlock }).map((u) => u.text);
    expect(withCaptions(text, true)).toEqual(plain);
  });

  it("in indented pages an indented line always starts a paragraph", () => {
    const text = "　　今年以来，全市新办企业数量持续增加，民营经济活力增强\n　　3.2万户，新办企业创历史新高\n　　全年新办企业3.2万户，同比增长。";
    expect(units(text, true)).toHaveLength(3);
  });

  it("joins nothing where the format marks paragraphs itself", () => {
    expect(units("第一段没有句号,但格式说它是一段\n第二段,也是一段。", false, false)).toHaveLength(2);
  });

  it("records the lines each unit covers", () => {
    const lines = splitLines("\n甲乙丙丁戊己庚辛,壬癸子丑寅卯辰巳午未申酉\n\n戌亥,完。\n", "\n甲乙丙丁戊己庚辛,壬癸子丑寅卯辰巳午未申酉\n\n戌亥,完。\n");
    const [unit] = reflow(lines, { indentedParagraphs: false, joinBreaks: true, startsBlock: () => false });
    expect(unit).toMatchObject({ lineStart: 2, lineEnd: 4, joins: 1 });
  });

  it.each([
    ["项目将为提升电力供应能力提供更有力的支撑。", true],
    ["“真是太好了。”", true],
    ["扑灭了", false],
    ["打通就业“最后一公里”", false],
    ["他说……", true],
    ["", false],
    ["。", true],
    ["好!", true],
    ["真的?", true],
    ["等等...", true],
    ["等等..", false],
    ["他说:“好。”", true],
    ["他说:“好”", false],
    ["就餐。(记者 王五)", true],
    ["就餐(记者 王五)", false],
    ["《人民日报》", false],
    ["完。》", true],
    ["第一句。第二句", false],
  ])("endsSentence(%s) = %s", (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });

  it.each([
    ["聚焦责任落实 专班专人推项目", false],
    ["稳中有进,消费市场持续回暖", true],
    ["9月25日,位于渌口经开区的湖南华巨新材料项目建设现场,工地上", true],
    ["重阳敬桑榆", false],
  ])("isBodyLike(%s) = %s", (line, expected) => {
    expect(isBodyLike(line)).toBe(expected);
  });
});

describe("salutations", () => {
  it.each([
    ["同志们：", true],
    ["各位代表：", true],
    ["女士们、先生们：", true],
    ["老师们，同学们：", true],
    ["亲爱的同学们：", true],
    ["尊敬的各位来宾：", true],
    ["青年朋友们：", true],
    ["各位代表、同志们：", true],
    ["各乡镇人民政府，县直各单位：", true],
    ["各有关单位：", true],
    ["市直各部门：", true],
    ["各县市区防汛抗旱指挥部，市防指各成员单位：", true],
    ["各相关单位：", true],
    // A notice to each of a body's members: 各 and the people (村民代表, 职工代表).
    ["各村民代表：", true],
    ["各位村民代表：", true],
    ["全体职工代表：", true],
    ["各代表：", true],
    ["村民代表：", false],
    ["各村民小组：", false],
    ["会议要求各村民代表：", false],
    ["省直各直属机构：", true],
    ["会议要求各成员单位：", false],
    ["通知下发至各成员单位：", false],
    // A letter to a place's people: 全市, 全县 before 广大, 各位, 全体.
    ["全市广大志愿者：", true],
    ["全县广大党员干部：", true],
    ["全省广大医务工作者：", true],
    ["广大市民朋友们：", true],
    ["亲爱的全校师生：", true],
    ["志愿者们：", true],
    // A bare noun is a list's label; a sentence introducing a quote or a list goes on.
    ["代表：", false],
    ["嘉宾：", false],
    ["他勉励同学们：", false],
    ["市长要求各单位：", false],
    ["会上，市长要求各单位：", false],
    ["具体安排如下：", false],
    ["出席会议的有：", false],
    ["志愿者：", false],
    ["全市志愿者：", false],
    ["他感谢全市广大志愿者：", false],
    ["广大志愿者纷纷表示：", false],
    ["全市广大志愿者表示：", false],
    // No colon: no salutation.
    ["同志们", false],
  ])("isSalutation(%s) = %s", (line, expected) => {
    expect(isSalutation(normaliseString(line))).toBe(expected);
  });

  it("a salutation stands apart from the first paragraph under it", () => {
    expect(units("各乡镇人民政府，县直各单位：\n当前已进入主汛期，现将有关事项通知如下。")).toEqual([
      "各乡镇人民政府，县直各单位：",
      "当前已进入主汛期，现将有关事项通知如下。",
    ]);
    expect(units("同志们：\n\n今天召开全县经济工作会议，主要任务是总结工作、部署任务。")).toEqual([
      "同志们：",
      "今天召开全县经济工作会议，主要任务是总结工作、部署任务。",
    ]);
  });

  it.each([
    ["一、", "市文明办向全体市民发出如下倡议：\n一、文明出行，礼让行人。\n二、爱护环境，不乱扔杂物。", ["市文明办向全体市民发出如下倡议：", "一、文明出行，礼让行人。", "二、爱护环境，不乱扔杂物。"]],
    ["（一）", "会议明确了三项重点工作：\n（一）抓好春耕备耕，确保粮食面积稳定。", ["会议明确了三项重点工作：", "（一）抓好春耕备耕，确保粮食面积稳定。"]],
    ["1.", "具体办理流程如下：\n1.登录政务服务网提交申请。", ["具体办理流程如下：", "1.登录政务服务网提交申请。"]],
    ["２、 (full width)", "具体办理流程如下：\n２、携带身份证原件到窗口核验。", ["具体办理流程如下：", "２、携带身份证原件到窗口核验。"]],
    ["①", "专家提醒市民注意以下几点：\n①少去人员密集场所。", ["专家提醒市民注意以下几点：", "①少去人员密集场所。"]],
  ])("a numbered item under the colon that introduces it is a paragraph of its own: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it.each([
    ["a decimal after the colon", "今年全市固定资产投资的目标是：\n1.5万亿元，比上年增长百分之六。", ["今年全市固定资产投资的目标是：1.5万亿元，比上年增长百分之六。"]],
    ["一是(inline items)", "主要做法有三条经验值得推广：\n一是建强村级组织，二是用好集体资金。", ["主要做法有三条经验值得推广：一是建强村级组织，二是用好集体资金。"]],
    ["a numbered item after a comma", "下一步将重点抓好三件事，\n一、加快项目建设进度，确保年内投产。", ["下一步将重点抓好三件事，一、加快项目建设进度，确保年内投产。"]],
  ])("a line after a colon that opens no numbered item is joined: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it.each([
    ["一、 after ；", "委员会明确了以下分工：\n一、办公室负责会务保障和材料印发；\n二、秘书组负责起草会议纪要；\n三、联络组负责通知各参会单位。", ["委员会明确了以下分工：", "一、办公室负责会务保障和材料印发；", "二、秘书组负责起草会议纪要；", "三、联络组负责通知各参会单位。"]],
    ["1. after ；", "换季时节医生建议：\n1.早晚外出时适当添加衣物；\n2.每天保证七小时以上睡眠；\n3.饮食清淡少吃生冷食物。", ["换季时节医生建议：", "1.早晚外出时适当添加衣物；", "2.每天保证七小时以上睡眠；", "3.饮食清淡少吃生冷食物。"]],
    ["② after ；", "社区提醒居民注意：\n①出门随手关好门窗；\n②不在楼道堆放杂物。", ["社区提醒居民注意：", "①出门随手关好门窗；", "②不在楼道堆放杂物。"]],
    ["（二） after 。", "（一）完善制度建设，明确责任分工。\n（二）加强督促检查，确保任务落实。", ["（一）完善制度建设，明确责任分工。", "（二）加强督促检查，确保任务落实。"]],
  ])("a numbered item after a semicolon, colon or full stop opens a paragraph: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it.each([
    ["a run of numerals after ；", "上半年完成投资八成以上；\n一、二季度分别增长百分之五和百分之七。", ["上半年完成投资八成以上；一、二季度分别增长百分之五和百分之七。"]],
    ["a decimal after ；", "去年该项收入为八千万元；\n2.5万户家庭从中受益。", ["去年该项收入为八千万元；2.5万户家庭从中受益。"]],
    ["a numbered item after 、", "重点支持先进制造、\n2、3号地块的基础设施建设。", ["重点支持先进制造、2、3号地块的基础设施建设。"]],
  ])("a line after a semicolon that opens no numbered item is joined: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it("a colon line introducing a quote or list is a cut paragraph, and is joined", () => {
    expect(units("座谈会上，他勉励同学们：\n“要珍惜时光，努力学习，将来报效祖国。”")).toEqual(["座谈会上，他勉励同学们：“要珍惜时光，努力学习，将来报效祖国。”"]);
    expect(units("市长要求各单位：\n要把防汛责任落实到人，确保安全度汛。")).toEqual(["市长要求各单位：要把防汛责任落实到人，确保安全度汛。"]);
  });
});

describe("the items a colon introduces", () => {
  it.each([
    ["marked items: 一是", "主要做法有：\n一是统筹资金保障\n二是坚持居民自治", ["主要做法有：", "一是统筹资金保障", "二是坚持居民自治"]],
    ["one marked item alone", "主要做法有：\n一是统筹资金保障\n下一步，市住建局将总结经验，力争年内完成全部改造任务。", ["主要做法有：", "一是统筹资金保障", "下一步，市住建局将总结经验，力争年内完成全部改造任务。"]],
    ["第一，", "措施有三条：\n第一，加大投入\n第二，强化管理", ["措施有三条：", "第一，加大投入", "第二，强化管理"]],
    ["一、", "现发出如下倡议：\n一、带头文明出行\n二、带头垃圾分类", ["现发出如下倡议：", "一、带头文明出行", "二、带头垃圾分类"]],
    ["（1）", "具体要求如下：\n（1）按时报名\n（2）准时参赛", ["具体要求如下：", "（1）按时报名", "（2）准时参赛"]],
    ["1.", "报名须知：\n1.年满18周岁\n2.身体健康", ["报名须知：", "1.年满18周岁", "2.身体健康"]],
    ["①", "主要包括：\n①屋面防水\n②外墙保温", ["主要包括：", "①屋面防水", "②外墙保温"]],
    ["a bullet", "主要包括：\n●屋面防水\n●外墙保温", ["主要包括：", "●屋面防水", "●外墙保温"]],
    ["unmarked short lines, one under another", "改造内容主要包括：\n屋面防水和外墙保温\n加装电梯和无障碍设施", ["改造内容主要包括：", "屋面防水和外墙保温", "加装电梯和无障碍设施"]],
    ["unmarked short lines, a blank line apart", "改造内容主要包括：\n\n屋面防水和外墙保温\n\n加装电梯和无障碍设施", ["改造内容主要包括：", "屋面防水和外墙保温", "加装电梯和无障碍设施"]],
  ])("stand apart from it, inside text (%s)", (_how, input, expected) => {
    const text = "今年以来，我市加快推进老旧小区改造。";
    expect(units(`${text}\n${input}`)).toEqual([text, ...expected]);
  });

  it("the lead-in may be a paragraph's last piece, cut at a line end", () => {
    expect(units("今年以来，我市加快推进老旧小区改造，惠及居民两万户，\n主要做法有：\n一是统筹资金保障\n二是坚持居民自治")).toEqual([
      "今年以来，我市加快推进老旧小区改造，惠及居民两万户，主要做法有：",
      "一是统筹资金保障",
      "二是坚持居民自治",
    ]);
  });

  // A short line ending on a colon at a story's head, nothing of text before it, is a kicker: left as it was.
  it("a kicker ending on a colon, at the head of a page, is not split from its title", () => {
    expect(units("03　县域\n\n某某县：\n“一村一品”鼓起钱袋子\n\n记者/张三")).toEqual(["03　县域", "某某县：“一村一品”鼓起钱袋子", "记者/张三"]);
  });

  // Negatives: the rest of the sentence a column break cut after the colon is joined.
  it.each([
    ["running text after the colon", "今年以来，全市主要做法有：\n统筹资金保障，坚持居民自治，强化长效管理，取得了明显成效。", ["今年以来，全市主要做法有：统筹资金保障，坚持居民自治，强化长效管理，取得了明显成效。"]],
    ["a long marked line", "今年以来，全市主要做法有：\n一是统筹资金保障，二是坚持居民自治，三是强化长效管理，取得了明显成效。", ["今年以来，全市主要做法有：一是统筹资金保障，二是坚持居民自治，三是强化长效管理，取得了明显成效。"]],
    ["one short unmarked line, then running text", "他说：\n我们还将继续做好\n服务工作，让居民满意，让群众放心，这是我们的责任。", ["他说：我们还将继续做好", "服务工作，让居民满意，让群众放心，这是我们的责任。"]],
    ["第一次 is no item", "他告诉记者：\n第一次来这里\n的时候很激动，没想到变化这么大。", ["他告诉记者：第一次来这里", "的时候很激动，没想到变化这么大。"]],
    ["1.5 is no item", "今年全市新增就业人数：\n1.5万人", ["今年全市新增就业人数：1.5万人"]],
  ])("a cut sentence goes on (%s)", (_how, input, expected) => {
    expect(units(input)).toEqual(expected);
  });
});

describe("a list of people by post", () => {
  // A stand-in for the credits stage: a post, a space, a name (lines are folded: 　 is a space).
  const listRow = (line: string) => /^\S{1,12} \S(?: ?\S){1,2}$/.test(line);
  const rows = (text: string) => reflow(splitLines(text, normaliseString(text)), { indentedParagraphs: false, joinBreaks: true, startsBlock, listRow }).map((u) => u.text);

  it("one row under the line that introduces it is no piece of that line", () => {
    expect(rows("本次带队专家为：\n高级农艺师　李　明\n专家们查看了水稻长势。")).toEqual(["本次带队专家为：", "高级农艺师　李　明", "专家们查看了水稻长势。"]);
  });

  it("the first of two touching rows is not joined, whatever the line above ends on", () => {
    expect(rows("名单如下，\n主任　王志刚\n副主任　李　明")).toEqual(["名单如下，", "主任　王志刚", "副主任　李　明"]);
  });

  it("a lone row after a comma is a piece of the paragraph, as any short line there", () => {
    expect(rows("与会的还有区里的几位负责人，\n主任　王志刚")).toEqual(["与会的还有区里的几位负责人，主任　王志刚"]);
  });
});

describe("items complete without a full stop", () => {
  it.each([
    // A contact ends an ad or a notice.
    ["…售价96万元。电话:13812345678", true],
    ["…租金面议。电话:0571-86012345 王先生", true],
    ["…包食宿。联系电话:0755-26123456 赵女士", true],
    ["…申报债权。清算组联系电话:020-87654321", true],
    ["…欢迎来电。热线:96123", true],
    ["…欢迎来电。电话:0571-86012345、86012346", true],
    ["…价格面议。13812345678 周经理", true],
    ["…带家具。联系人:孙小姐", true],
    // Body text cut after a number, or a number with no key or name: not an item's end.
    ["市民可拨打0571-86012345", false],
    ["全年共接听来电13812345", false],
    ["该项目总投资8", false],
    ["记者拨通了王先生的电话", false],
    ["热线开通以来,共受理群众来电1234", false],
  ])("isCompleteItem(%s) = %s", (tail, expected) => {
    expect(isCompleteItem(tail, tail, true)).toBe(expected);
  });

  // Folded text, as the reflow asks: `,` for `，`, `:` for `：`.
  it.each([
    ["▲临街店面招租,面积90平方米,租金面议", true, true],
    ["●老旧小区改造全面铺开,惠及居民两万户", true, true],
    // A bullet's item that stops inside a clause goes on; without a blank line the item is not told apart.
    ["●统筹资金保障,全年投入", false, false],
    ["●统筹资金保障,", true, false],
    ["▲临街店面招租,面积90平方米,租金面议", false, false],
  ])("a bullet's item %s across a blank line (%s) is complete: %s", (text, gap, expected) => {
    expect(isCompleteItem(text, text, gap)).toBe(expected);
  });

  it.each([
    {
      name: "bullet ads ending on phones stay three, in order",
      input: "▲临街店面招租，面积90平方米，租金每月9000元。电话:13812345678 王先生\n\n▲写字楼整层出租，面积600平方米。电话:0571-86012345\n\n▲住宅转让，三室一厅，售价96万元。电话:13987654321",
      expected: [
        "▲临街店面招租，面积90平方米，租金每月9000元。电话:13812345678 王先生",
        "▲写字楼整层出租，面积600平方米。电话:0571-86012345",
        "▲住宅转让，三室一厅，售价96万元。电话:13987654321",
      ],
    },
    {
      name: "ads without bullets ending on phones stay three",
      input: "临街店面招租，面积90平方米，租金每月9000元。电话:13812345678 王先生\n\n写字楼整层出租，面积600平方米。电话:0571-86012345\n\n住宅转让，三室一厅，售价96万元。电话:13987654321",
      expected: [
        "临街店面招租，面积90平方米，租金每月9000元。电话:13812345678 王先生",
        "写字楼整层出租，面积600平方米。电话:0571-86012345",
        "住宅转让，三室一厅，售价96万元。电话:13987654321",
      ],
    },
    {
      name: "bullet ads without a full stop or a phone stay three, in order",
      input: "▲临街店面招租，面积90平方米，租金面议\n\n▲写字楼整层出租，面积600平方米，价格面议\n\n▲住宅转让，三室一厅，售价可谈",
      expected: ["▲临街店面招租，面积90平方米，租金面议", "▲写字楼整层出租，面积600平方米，价格面议", "▲住宅转让，三室一厅，售价可谈"],
    },
    {
      name: "a bullet's item cut after a comma goes on",
      input: "●统筹资金保障，今年全市共安排老旧小区改造资金，\n\n重点用于屋面防水和管网更新。",
      expected: ["●统筹资金保障，今年全市共安排老旧小区改造资金，重点用于屋面防水和管网更新。"],
    },
    {
      name: "a paragraph cut after a phone number with no key goes on",
      input: "市民如对改造方案有意见建议，可拨打0571-86012345\n\n反映，工作人员将及时答复。",
      expected: ["市民如对改造方案有意见建议，可拨打0571-86012345反映，工作人员将及时答复。"],
    },
    {
      name: "a line opening with a bullet is no paragraph's piece",
      input: "今年以来，全市共完成老旧小区改造四十个，惠及居民两万户\n\n●统筹资金保障，全年投入改造资金三千万元。",
      expected: ["今年以来，全市共完成老旧小区改造四十个，惠及居民两万户", "●统筹资金保障，全年投入改造资金三千万元。"],
    },
  ])("$name", ({ input, expected }) => {
    expect(units(input)).toEqual(expected);
  });
});

describe("table rows set with column gaps", () => {
  it.each([
    [
      "rows under a tab-set header, then a clause a blank line below",
      "宗地编号\t坐落\t面积（平方米）\t用途\n青A-01   河东大道以北、纬二路以西   15230.8   城镇住宅用地   70年   8650\n青A-02   纬三路以南、经五路以东   6120.4   商务金融用地   40年   2140\n\n二、凡在本市注册的企业均可申请参加竞买，申请人可以单独申请。",
      [
        "宗地编号\t坐落\t面积（平方米）\t用途",
        "青A-01   河东大道以北、纬二路以西   15230.8   城镇住宅用地   70年   8650",
        "青A-02   纬三路以南、经五路以东   6120.4   商务金融用地   40年   2140",
        "二、凡在本市注册的企业均可申请参加竞买，申请人可以单独申请。",
      ],
    ],
    [
      "rows set with ideographic spaces, each long enough to read as text",
      "归属于母公司股东的综合收益总额（元）　　356,120,448.02　　301,774,009.55　　18.01%\n经营活动产生的现金流量净额（元）　　　　208,335,160.40　　95,412,870.13　　118.35%\n报告期内，公司主营业务未发生重大变化",
      [
        "归属于母公司股东的综合收益总额（元）　　356,120,448.02　　301,774,009.55　　18.01%",
        "经营活动产生的现金流量净额（元）　　　　208,335,160.40　　95,412,870.13　　118.35%",
        "报告期内，公司主营业务未发生重大变化",
      ],
    ],
    [
      "a cut paragraph is not joined onto a row under it",
      "今年以来，全市共推出经营性用地九宗，分布在城区各个片区，其中\n青A-03   滨江路以东、经七路以北   9800.0   城镇住宅用地   70年   5100",
      ["今年以来，全市共推出经营性用地九宗，分布在城区各个片区，其中", "青A-03   滨江路以东、经七路以北   9800.0   城镇住宅用地   70年   5100"],
    ],
  ])("each row is a paragraph of its own: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it.each([
    [
      "a lead whose credit pads names inside brackets",
      "本报讯（记者　陈　亮　　通讯员　吴小军　　周　彤）近日，县农业农村局组织技术人员深入田间地头，指导农户\n\n开展秋冬种生产，确保不误农时。",
      ["本报讯（记者　陈　亮　　通讯员　吴小军　　周　彤）近日，县农业农村局组织技术人员深入田间地头，指导农户开展秋冬种生产，确保不误农时。"],
    ],
    [
      "one gap only (a name padded to width, a post and a name)",
      "会上，县委常委、组织部长　周　强对下一步工作作出部署，要求各乡镇把\n\n项目建设作为重中之重。",
      ["会上，县委常委、组织部长　周　强对下一步工作作出部署，要求各乡镇把项目建设作为重中之重。"],
    ],
    [
      "gaps in a line that stops on a comma (a paragraph cut mid-clause)",
      "活动现场设有政策咨询　　技能培训　　岗位对接等多个服务区，\n吸引了上千名求职者前来。",
      ["活动现场设有政策咨询　　技能培训　　岗位对接等多个服务区，吸引了上千名求职者前来。"],
    ],
  ])("running text with spaces in it is still joined: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });
});

describe("a line opening on a clause number", () => {
  it.each([
    ["二、 after a paragraph ending with no mark, across a blank line", "一、出让宗地位于河东片区，总面积约两万平方米\n\n二、竞买人应当在规定时间内提交书面申请并缴纳保证金。", ["一、出让宗地位于河东片区，总面积约两万平方米", "二、竞买人应当在规定时间内提交书面申请并缴纳保证金。"]],
    ["（二）", "（一）项目总投资约三亿元，主要建设标准化厂房及配套设施\n（二）项目建设期为两年，计划于明年底前竣工投产使用。", ["（一）项目总投资约三亿元，主要建设标准化厂房及配套设施", "（二）项目建设期为两年，计划于明年底前竣工投产使用。"]],
    ["2.", "1.本次招标的项目位于开发区东区，包括道路和管网两个标段\n2.投标人须具备市政公用工程施工总承包二级以上资质。", ["1.本次招标的项目位于开发区东区，包括道路和管网两个标段", "2.投标人须具备市政公用工程施工总承包二级以上资质。"]],
  ])("starts a paragraph: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });

  it.each([
    ["a run of numerals in a sentence (一、二季度)", "今年全县规模以上工业增加值稳步回升，其中\n一、二季度分别增长百分之五和百分之六。", ["今年全县规模以上工业增加值稳步回升，其中一、二季度分别增长百分之五和百分之六。"]],
    ["a run of months (3、4月份)", "受连续降雨影响，全县早稻播种比往年推迟，主要集中在\n3、4月份之间完成，目前长势良好。", ["受连续降雨影响，全县早稻播种比往年推迟，主要集中在3、4月份之间完成，目前长势良好。"]],
    ["a decimal (2.5万)", "据统计，活动期间全市各大商圈累计接待游客约\n2.5万人次，实现消费额近千万元。", ["据统计，活动期间全市各大商圈累计接待游客约2.5万人次，实现消费额近千万元。"]],
  ])("a number inside a sentence is still joined: %s", (_, input, expected) => {
    expect(units(input)).toEqual(expected);
  });
});

describe("isGappedRow", () => {
  const fold = (line: string) => normaliseString(line).trim();
  it.each([
    "宗地编号\t坐落\t面积（平方米）",
    "青A-01   河东大道以北   15230.8",
    "项目　　2024年　　2023年　　本年比上年增减",
    "黄　瓜　　元/公斤　　2.84　　-8.4%",
    "证券代码：600123　　证券简称：江北电气　　公告编号：2025-031",
    "营业收入（元）\t\t8,201,330.15\t7,980,210.66",
  ])("a row: %s", (line) => {
    expect(isGappedRow(fold(line))).toBe(true);
  });
  it.each([
    ["one gap", "城北新桥通车　　日均车流3万辆"],
    ["single spaces only", "白萝卜 1.20元/斤 环比上涨3.1%"],
    ["a name padded to width", "主　任　郑国华"],
    ["gaps inside brackets (a credit)", "本报讯（记者　陈　亮　　通讯员　吴小军　　周　彤）近日，县里召开会议"],
    ["a sentence mark", "会议要求　　压实责任。　　狠抓落实"],
    ["a clause mark at the end", "政策咨询　　技能培训　　岗位对接，"],
    ["no gap", "全县粮食总产量再创新高"],
  ])("no row: %s", (_, line) => {
    expect(isGappedRow(fold(line))).toBe(false);
  });
});

describe("isLabelledFigureRow", () => {
  const fold = (line: string) => normaliseString(line).trim();
  it.each([
    ["农机购置补贴　　　　 31,250.00", "农机购置补贴", "31,250.00"],
    ["年末存款余额\t408,115.50", "年末存款余额", "408,115.50"],
    ["其中：鱼塘承包费　　　12,000.00", "鱼塘承包费", "12,000.00"],
    ["入户率　　　97.6%", "入户率", "97.6%"],
  ])("a row: %s", (line, label, figure) => {
    const norm = fold(line);
    expect(isLabelledFigureRow(norm)).toBe(true);
    const cells = labelledFigureCells(norm)!;
    expect(norm.slice(...cells.label)).toBe(fold(label));
    expect(norm.slice(...cells.figure)).toBe(figure);
  });
  it.each([
    ["one narrow gap (a headline)", "秋粮收购进度过半 入库12"],
    ["no gap", "全镇完成造林面积3200"],
    ["a sentence before the figure", "今年以来，全镇完成造林　　3200"],
    ["the label opens on a digit (a folio)", "5　　3"],
    ["a figure with a unit word", "鱼苗投放　　　8000尾"],
    ["no figure at the end", "项目　　　　金额（元）"],
  ])("no row: %s", (_, line) => {
    expect(isLabelledFigureRow(fold(line))).toBe(false);
    expect(labelledFigureCells(fold(line))).toBeNull();
  });
});

describe("columnUnits", () => {
  const fold = (line: string) => normaliseString(line).trim();
  it.each([
    ["项目　　　　金额（元）", [null, "元"]],
    ["支出科目　　数额（万元）", [null, "万元"]],
    ["资金来源\t金额（亿元）", [null, "亿元"]],
    ["村民小组　　面积（亩）", [null, "亩"]],
    ["项目 金额（元）", [null, "元"]],
    ["序号　项目名称　投资方　投资额（亿元）　用地（亩）", [null, null, null, "亿元", "亩"]],
    ["电站　　所在地　　装机（万千瓦）　　同比（%）", [null, null, "万千瓦", "%"]],
    ["排名　楼盘　　成交均价（元/㎡）", [null, null, "元/㎡"]],
    ["品　名　　单价（元）", [null, "元"]],
  ])("a header: %s", (line, units) => {
    expect(columnUnits(fold(line))).toEqual(units);
  });
  it.each([
    ["no unit in any cell", "序号　项目名称　投资方　投资额"],
    ["a row of figures", "收入　　　　186,500.00"],
    ["one cell", "投资额（亿元）"],
    ["a sentence with a bracket", "全年完成投资（含续建项目），同比增长"],
    ["a cell with a figure", "2024年　　金额（元）"],
    ["a headline with a bracketed note and a comma", "新增绿地（公园），市民乐享"],
  ])("no header: %s", (_, line) => {
    expect(columnUnits(fold(line))).toBeNull();
  });
});

describe("cellSpans", () => {
  const fold = (line: string) => normaliseString(line).trim();
  it.each([
    ["1　城南悦府　241　12650", ["1", "城南悦府", "241", "12650"]],
    ["菠　菜　　500克　　6.50", ["菠 菜", "500克", "6.50"]],
    ["村干部报酬　　　　54,600.00", ["村干部报酬", "54,600.00"]],
  ])("%s", (line, cells) => {
    const norm = fold(line);
    expect(cellSpans(norm).map(([a, b]) => norm.slice(a, b))).toEqual(cells);
  });
});
