/**
 * Folio lines and page footers: which lines are page furniture, the section a
 * folio names (as written) and the staff it carries. Negatives are headlines
 * and body lines holding a date, a number or 编辑.
 */
import { describe, expect, it } from "vitest";
import {
  contactLine,
  contactsThenStaff,
  isCopyCall,
  isIndexEntry,
  isIndexLabel,
  isLatinLine,
  isPageFooter,
  isServiceLabel,
  issueDateLine,
  mastheadLine,
  serviceBoxOpening,
  parseBareFolio,
  parseFolio,
  parsePageLabel,
  parseSectionLine,
  sectionText,
  serviceLine,
  type StaffReader,
} from "../../src/segment/furniture.js";
import { parseStaffLine } from "../../src/recognise/credits/index.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import { fitsCollapsed, WHITE_SPACE } from "../../src/text/chars.js";

it("WHITE_SPACE holds exactly what \\s matches", () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    expect(WHITE_SPACE.includes(ch), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
  }
});

describe("fitsCollapsed: a line's length with each wide gap counted as one", () => {
  it.each([
    ["要闻", 2, true],
    ["要闻 01", 4, false],
    [`能源·基建${" ".repeat(35)}08`, 8, true],
    [`能源·基建${" ".repeat(35)}08`, 7, false],
    ["a    b     c", 5, true],
    ["a    b     c", 4, false],
    // Narrower gaps count whole: fields set two spaces apart are as long as written.
    ["a  b  c", 6, false],
    ["a b c d", 6, false],
    ["日期:2024年05月17日  版次:A03  作者:", 25, false],
    ["日期:2024年05月17日  版次:A03  作者:", 27, true],
    ["", 0, true],
  ])("%j fits %i: %s", (text, max, fits) => {
    expect(fitsCollapsed(text, max)).toBe(fits);
  });
});

/** The folio of a line as written: its section and the names of its staff, or null. */
function folio(line: string): { section: string | null; staff: string[] } | null {
  const read: StaffReader = (a, b) => parseStaffLine(line.slice(a, b));
  const got = parseFolio(normaliseString(line), read);
  return got && { section: got.section && line.slice(...got.section), staff: got.staff.map((s) => `${s.role}:${s.name}`) };
}

describe("parseFolio", () => {
  it.each([
    ["第3版", null, []],
    ["A3 要闻 2022年9月29日 星期四", "要闻", []],
    ["2022年9月29日星期四 第A03版", null, []],
    ["2022年9月29日 星期四", null, []],
    ["B2版 经济·民生", "经济·民生", []],
    ["2022年12月29日星期四 A12版", null, []],
    ["04 要闻 2023年5月12日 星期五", "要闻", []],
    ["要闻　　2023年5月12日　星期五　　4", "要闻", []],
    ["４　要闻　　２０２３年５月１２日　星期五", "要闻", []],
    ["２０１６年９月２１日　星期三　　０３", null, []],
    ["2016年9月21日 星期三 03 中国青年报", null, []],
    ["经济日报　２０１９年１１月２０日　星期三　　第３版　综合新闻", "综合新闻", []],
    ["光明日报 2021年9月15日 星期三 第07版 教科新闻", "教科新闻", []],
    // The section as written, never folded to Simplified:
    ["港聞　A10　二〇二三年九月廿九日　星期五", "港聞", []],
    ["A4　焦點　2023年9月29日　星期五　聯合報", "焦點", []],
    // A lone numeral beside the page number: an edition's number, or a date cut short.
    ["港聞　A10　二", "港聞", []],
    ["A8　港聞　三", "港聞", []],
    ["自由時報　2023年9月29日　週五　A12　地方新聞", "地方新聞", []],
    // The paper's name is no section:
    ["人民日报　2023年5月12日　第4版", null, []],
    ["中国交通报　2023年5月12日　第4版", null, []],
    // After the page number a second word is the section, not the name before the date.
    ["东岭铁道　2025年1月8日　星期三　第3版　路局·动态", "路局·动态", []],
    // A communiqué's or a bulletin's word names the page, not a paper:
    ["临川日报　2025年3月26日　星期三　第5版　统计公报", "统计公报", []],
    ["第6版　公报　2025年3月26日", "公报", []],
    ["晨报 2023/5/12 星期五 07", null, []],
    ["2023年10月8日 农历八月廿四 星期日 第2版", null, []],
    // Staff in the folio:
    ["A06 城事 2024年3月8日 星期五 编辑 周晓雯 美编 何 斌 校对 陆 杰", "城事", ["editor:周晓雯", "art-editor:何斌", "proofreader:陆杰"]],
    ["A04 广东新闻 2024年3月8日 星期五 责任编辑：黄 蕾 美编：陈思远 校对：林一凡", "广东新闻", ["editor:黄蕾", "art-editor:陈思远", "proofreader:林一凡"]],
    ["2024年3月8日 星期五 责任编辑：王 芳 图片编辑：李 明", null, ["editor:王芳", "photo-editor:李明"]],
    ["新民晚报 2024年5月16日/星期四 责编：施 雯 视觉：戴 维 | 7", null, ["editor:施雯", "art-editor:戴维"]],
    ["2023年11月22日 责编 刘 畅 | 版式 王 丹 | 校对 胡 敏", null, ["editor:刘畅", "art-editor:王丹", "proofreader:胡敏"]],
    ["城事 责任编辑 孙 浩  版式 王 蕾  校对 李 刚", "城事", ["editor:孙浩", "art-editor:王蕾", "proofreader:李刚"]],
    // A page's foot: its staff and, far apart, the paper's name and date. The staff run ends at the wide gap.
    ["本版编辑　谢冰　　　　　　　　　　　滨江晚报　2025年11月4日", null, ["editor:谢冰"]],
    ["责任编辑：许　辛　　　　　　江城日报　2025年3月8日　星期六", null, ["editor:许辛"]],
    ["本版编辑　谢冰　美编　何　斌　　　　　　第6版　楼市", "楼市", ["editor:谢冰", "art-editor:何斌"]],
    // A page's name and its full date, or its editor tied by a colon, no page number; an ornament before it:
    ["农业·粮食　　2025年10月16日", "农业·粮食", []],
    ["■ 农业·粮食　　2025年10月16日", "农业·粮食", []],
    ["农业·粮食　　责编：孔　岚", "农业·粮食", ["editor:孔岚"]],
    ["◆ 要闻　责任编辑：孔岚", "要闻", ["editor:孔岚"]],
    // A paper's name set letter-spaced:
    ["人 民 日 报 2024年3月8日 星期五", null, []],
    ["光 明 日 报 2021年9月15日 星期三 第07版", null, []],
    // A date without its year, beside its weekday or page:
    ["3月15日 星期五", null, []],
    ["3月15日 星期五 第5版", null, []],
    ["三月十五日　星期五", null, []],
    // The issue's page count and serial number beside its date:
    ["2024年3月15日　星期五　今日12版", null, []],
    ["2024年3月15日　星期五　农历甲辰年二月初六　今日12版　第25318号", null, []],
    ["3月15日 星期五 总第5678期", null, []],
    ["2024年3月15日 本期十六版", null, []],
    // A bare page number beside a section word, either way round; a page number with its section after a colon:
    ["01　要闻", "要闻", []],
    ["要闻　01", "要闻", []],
    ["4 国内新闻", "国内新闻", []],
    ["第01版：要闻", "要闻", []],
    ["A06版：城事", "城事", []],
    ["05版:经济·民生", "经济·民生", []],
    // Beside a date alone, a word that reads as a page's name:
    ["2024年3月15日　星期五　综合新闻", "综合新闻", []],
    ["2024年3月15日 星期五 经济·民生", "经济·民生", []],
    // A date in years of the Republic (民国), as Taiwan's papers print it, in digits or numerals:
    ["A4　生活新聞　　中華民國113年10月16日　星期三", "生活新聞", []],
    ["生活新聞　　中華民國113年10月16日　星期三　A4", "生活新聞", []],
    ["民國99年1月5日　星期二　B3　體育", "體育", []],
    ["中华民国一一三年十月十六日　星期三　第5版", null, []],
    ["要闻　民国一百一十三年十月十六日星期三　4", "要闻", []],
    ["中華民國113年10月16日星期三 A12", null, []],
    // A year and page number whose digits OCR set apart:
    ["2 0 2 3年6月8日　星期四　　综合新闻　　第 2 版", "综合新闻", []],
    ["要闻　2 0 2 3年6月8日　星期四　第 1 2 版", "要闻", []],
    ["第 2 版", null, []],
    // Two name words beside a page code and a date: the page's follows the page code, or stands before it.
    ["A12　　信息披露　　证券时讯　　2025年3月28日　星期五", "信息披露", []],
    ["南方周末　　2025年3月28日　星期五　　A12　经济", "经济", []],
    ["21世纪经济报道　　2025年3月28日　星期五　　A12　公司", "公司", []],
    ["2025年3月28日　星期五　证券时讯　投资者　A12", "投资者", []],
    // …but first the one that reads as a section's name:
    ["证券时讯　A12　2025年3月28日　星期五　要闻", "要闻", []],
    ["光华时讯　2025年3月28日　星期五　综合新闻　A12", "综合新闻", []],
    // A full date with its weekday in brackets:
    ["A4　社区新闻　2024年10月5日（星期六）", "社区新闻", []],
    ["2024年10月5日(週六)　社区新闻　A4", "社区新闻", []],
    ["社区新闻　2024年10月5日（星期六）　第4版", "社区新闻", []],
  ])("%s → %s %j", (line, section, staff) => {
    expect(folio(line)).toEqual({ section, staff });
  });

  it.each([
    // Headlines and body lines with a date, a weekday, a number or 编辑:
    "2022年12月29日星期四版 A12版",
    "2022年9月29日",
    "2023年5月12日 大事记",
    "周五 京城迎降雨",
    "明日 星期五",
    "倒计时 100",
    "倒计时 100 天",
    "第3届 进博会 开幕",
    // A lone numeral without a page number, or two of them:
    "港聞 二",
    "要闻 三 2023年5月12日",
    "A10 港聞 二 三",
    "人民日报 评论员文章",
    "城事 编辑 张三",
    "■ 秋收进入高峰　2025年10月16日",
    "■ 秋收机具调配有序",
    "最美编辑 张三 李四",
    "记者 张三 编辑 李四 校对 王五",
    "编辑 张三 2023年5月12日 开会",
    // Past a wide gap, words that are no folio's still make the line none.
    "本版编辑　谢冰　　　　　　欢迎读者来信",
    "2023年5月12日，市委书记张三主持召开会议，研究部署下一步工作。",
    "5月12日 星期五 晴",
    "3月15日 消费者权益日",
    "人 民 日 报",
    "我 们 的 报 告 2024年3月8日",
    "3月15日",
    "A股 收评 沪指涨1%",
    "重阳敬桑榆",
    "第一书记讲党课",
    // A bare number beside a word that names no page, an issue number without a date, a headline beside a date:
    "5 大亮点",
    "10 件实事",
    "要闻 3 5",
    "第3号 台风",
    "第12期 培训班 结业",
    "今日12版",
    "2024年3月15日　星期五　全市迎来首场春雨",
    "3月15日 星期五 春雨如期而至",
    // Two name words need both a page code and a date or weekday:
    "A12　全市　降雨",
    "3月15日　星期五　全市　降雨",
    "2025年3月28日　证券时讯　信息披露",
    // A day of a programme, its weekday in brackets, no year; or a date in brackets beside a headline:
    "10月17日（周五）",
    "10月17日（周五） 19:30",
    "2024年10月5日（星期六）　全市迎来首场春雨",
    "2024年10月5日（星期六",
    "2024年10月5日星期六）",
    // A Republic date in a headline or a sentence, or with a one-digit year that is no issue's:
    "中華民國113年10月16日　全台同步演練",
    "民國113年10月16日起，高鐵加開班次。",
    "民国9年5月4日 星期二 A4",
    // Spaced digits that make no year or page number stay apart:
    "2 0 2 3 年 6 月 全市迎来首场春雨",
    "要闻 3 5 版面",
    "第 2 批 名单 公布",
    "",
  ])("%s → null", (line) => {
    expect(folio(line)).toBeNull();
  });

  // The line is split into words and parts by index: slashes inside a date, every
  // kind of space, `|` and `丨` part it as the regexes did; a first word of 21
  // characters or more turns it away before it is split.
  it.each([
    ["晨报/2023/5/12/星期五/07", null, []],
    ["A3\t要闻\u2003 2022年9月29日\u00a0星期四", "要闻", []],
    ["A3丨要闻丨2022年9月29日丨星期四", "要闻", []],
    ["| A3 | 要闻 | 2022年9月29日 |", "要闻", []],
    ["2023年11月22日 责编 刘 畅丨版式 王 丹", null, ["editor:刘畅", "art-editor:王丹"]],
    ["二〇二三年十二月二十九日星期五 第3版", null, []],
    ["中华民国一百一十三年十二月二十九日星期五 第3版", null, []],
    ["2023/5/12星期五 07", null, []],
    ["要闻 2022年9月29日/ 星期四 A3/", "要闻", []],
    // A special issue's name after the page number that opens the folio.
    ["T06　纪念改革开放四十五周年特刊　2023年12月18日　星期一", "纪念改革开放四十五周年特刊", []],
  ])("%s → %s %j", (line, section, staff) => {
    expect(folio(line)).toEqual({ section, staff });
  });

  it.each(["二〇二三年十二月二十九日星期五五 第3版", "中华民国一百一十三年十二月二十九日星期五五 第3版", "要闻 2022年9月29日 星期四 A3/5"])("%s → null", (line) => {
    expect(folio(line)).toBeNull();
  });

  it("without a staff reader a folio naming staff is none", () => {
    expect(parseFolio(normaliseString("A06 城事 2024年3月8日 星期五 编辑 周晓雯"))).toBeNull();
  });
});

describe("parseFolio: a name where the paper's stands", () => {
  const read = (line: string) => {
    const norm = normaliseString(line);
    const got = parseFolio(norm, (a, b) => parseStaffLine(line.slice(a, b)));
    return got && { section: got.section && line.slice(...got.section), paperPlace: got.paperPlace ?? false };
  };
  it.each([
    // Whatever it ends on, the word that opens the line right before the full date or weekday is marked:
    // the section only where no other line of the page's head names one.
    ["东岭铁道　2025年1月8日　星期三　　　　　3", "东岭铁道", true],
    ["银城金融　2025年2月11日　星期二　第3版", "银城金融", true],
    ["商贸周刊　2025年2月11日　星期二　A5", "商贸周刊", true],
    ["远洋航运　星期二　2025年2月11日　07", "远洋航运", true],
    ["东岭铁道　2025年1月8日　星期三　编辑　王　涛", "东岭铁道", true],
    // Not first, not right before a full date or weekday, or a page's word: an ordinary section.
    ["2025年1月8日　星期三　港航物流　编辑　王　涛", "港航物流", false],
    ["A06　港航物流　2025年1月8日　星期三", "港航物流", false],
    ["港航物流　1月8日　A06", "港航物流", false],
    ["要闻　2025年1月8日　星期三　编辑　王　涛", "要闻", false],
    ["城事　2024年3月8日　星期五　A06", "城事", false],
    ["港航·物流　2025年2月11日　星期二　第3版", "港航·物流", false],
  ])("%s → %s (paper's place %s)", (line, section, paperPlace) => {
    expect(read(line)).toEqual({ section, paperPlace });
  });
  it("a dated folio says so; a page number alone does not", () => {
    expect(parseFolio(normaliseString("2025年1月15日　星期三　第3版"))?.dated).toBe(true);
    expect(parseFolio(normaliseString("星期三　第3版"))?.dated).toBe(true);
    expect(parseFolio(normaliseString("B2版 经济·民生"))?.dated).toBe(false);
    expect(read("第3版")).toEqual({ section: null, paperPlace: false });
  });
});

describe("parseBareFolio: a page's name and its bare number, a space apart", () => {
  const section = (line: string) => {
    const span = parseBareFolio(normaliseString(line));
    return span && line.slice(...span);
  };
  it.each([
    ["海洋经济　06", "海洋经济"],
    ["06　海洋经济", "海洋经济"],
    ["海洋经济 06", "海洋经济"],
    ["海洋经济　０６", "海洋经济"],
    ["森林·草原 12", "森林·草原"],
    ["3 乡村振兴", "乡村振兴"],
    ["港航物流　　　　112", "港航物流"],
  ])("%s → %s", (line, expected) => {
    expect(section(line)).toBe(expected);
  });
  it.each([
    // A number in a headline's words, glued on or counting the word after it:
    "献礼建国75周年",
    "5 大亮点",
    "10 件实事",
    "3 年行动",
    "100 万元大奖",
    // A number the phrase before it takes:
    "倒计时 100",
    "冲刺第 3",
    "全年增长 12",
    // Too long a number, too long a name, a clause mark, more words:
    "全市新增就业岗位 1200",
    "海洋经济发展新格局已经形成 06",
    "海洋经济，06",
    "海洋经济 06 专刊",
    "06",
    "海洋经济",
    "",
  ])("%s → null", (line) => {
    expect(section(line)).toBeNull();
  });
});

describe("parseSectionLine", () => {
  const section = (line: string) => {
    const got = parseSectionLine(normaliseString(line));
    return got && (got.section && line.slice(...got.section));
  };
  it.each([
    ["城事", "城事"],
    ["03  经济", "经济"],
    ["04  财经·产业", "财经·产业"],
    ["地方新聞", "地方新聞"],
    ["人民日报", null], // the paper, no section
    ["聯合報", null],
    ["中国交通报", null],
    // A document's kind is no paper: beside a folio it names the page.
    ["统计公报", "统计公报"],
    ["05　数据公报", "数据公报"],
    ["工作简报", "工作简报"],
    // Letter-spaced, read closed up; the span covers the spaced name.
    ["经 济 新 闻", "经 济 新 闻"],
    ["要　闻", "要　闻"],
    // After the page number that opens the line, a special issue's longer name, digits and all.
    ["T06　纪念改革开放四十五周年特刊", "纪念改革开放四十五周年特刊"],
    ["B02　庆祝建市60周年专刊", "庆祝建市60周年专刊"],
    ["7　奋进新征程·江城建市60周年", "奋进新征程·江城建市60周年"],
    ["T06　建市60周年特辑", "建市60周年特辑"],
    ["T06　建市60周年", "建市60周年"],
    ["第8版　江城建市六十周年专版", "江城建市六十周年专版"],
  ])("%s → %s", (line, expected) => {
    expect(section(line)).toBe(expected);
  });
  it.each([
    "新桥通车，市民欢迎",
    "2024年 城事 100",
    "城事 要闻",
    "03",
    "",
    "记者 张三",
    "王 伟",
    "乡 村 旅 游",
    "新 桥 通 车",
    // A long name with no page number before it, or one that neither ends as a special issue's nor holds a dot.
    "纪念改革开放四十五周年特刊",
    "T06　江城建市六十周年系列报道之三",
    // A word opening on a number names no page.
    "T06　60周年特刊",
    // A name longer than 20 characters.
    "T06　热烈庆祝江城撤县设市建市六十周年暨第五届江城文化节特刊",
  ])("%s → none", (line) => {
    expect(parseSectionLine(normaliseString(line))).toBeNull();
  });
});

describe("isPageFooter", () => {
  it.each([
    ["《 人民日报 》（ 2023年05月12日 第 04 版）", true],
    ["人民日报 ( 2023-05-12 第 04 版)", true],
    ["《光明日报》（2023年05月12日 01版）", true],
    ["本版图片除署名外均由视觉中国提供", true],
    ["本版照片由受访者供图", true],
    ["新闻热线：96060 广告热线：025-84701234", true],
    ["新闻热线 0571-85100000　发行热线 0571-85100001", true],
    ["江城日报社出版　地址：江城市解放路100号　电话：12345678", true],
    ["国内统一连续出版物号 CN00-0000", true],
    // Not footers:
    ["新闻热线：96060", false], // one contact: a footer only beside other furniture
    ["市民可拨打热线12345或电话66668888咨询。", false],
    ["本版图片展示了城市新貌。", false],
    ["据人民日报（2023年05月12日）报道", false],
    ["（2023年05月12日 第04版）", false],
    ["该书由人民出版社出版", false],
    ["该书由江城日报社出版", false],
    // Who runs the page, alone on its line:
    ["新邵县融媒体中心主办", true],
    ["中共江城县委宣传部主管", true],
    ["市科学技术协会协办", true],
    ["由市文联主办", false],
    ["本次活动由市文联主办", false],
    ["活动主办", false],
    ["主办单位：市文联", false],
    ["市文联主办的书画展开幕", false],
    ["邮发代号 41-1", true],
    ["（本版图片除署名外均由本报记者　吴　海　摄）", true],
    ["本版图片除署名外均由本报记者吴海摄", true],
    ["（本版编辑：张三）", false],
    ["本报地址：江城市解放路100号　邮编：410000　总机：0731-1234567", true],
    ["社址：江城市解放路100号 订报热线：12345678 零售价：1.50元", true],
    ["地址：江城市解放路100号", false],
    ["本报地址搬迁后，订报电话不变。", false],
    ["读者可到邮政网点订阅本报，本报邮发代号41-1，全年定价360元。", false],
    ["我们党的报纸要加强编辑出版工作", false],
    // Imprint lines: contacts, publisher and printer statements, stamps, whatever their mix.
    ["电话：0571-60221234　　投稿邮箱：txb@163.com　　桐溪报社出版", true],
    ["电话：0571-6022××××　　投稿邮箱：txb@××××.cn", true],
    ["主办：中共桐溪县委　　出版：桐溪报社", true],
    ["电话 0571-1234567 地址 江城市解放路100号", true],
    ["国内统一连续出版物号 CN33-0001　邮发代号：31-12", true],
    ["地址：江城市解放路100号　邮编：310000　零售价：1.50元", true],
    ["江城印务有限公司印刷　电话：0571-88886666", true],
    ["内部资料　免费交流", true],
    ["内部资料", true],
    ["准印证号：（浙）0123　内部资料　免费交流", true],
    ["江城新闻热线：0716-82345678   广告许可证：江工商广字第008号", true],
    // Not imprint lines: one item, a word of another kind, a sentence.
    ["咨询电话：0571-12345678", false],
    ["报名电话：0571-1234567　联系人：王老师", false],
    ["免费", false],
    ["内部资料显示", false],
    ["免费交流活动本周六举行", false],
    ["电话：0571-1234567，地址：江城市解放路100号", false],
    ["投稿邮箱：txb@163.com 欢迎读者来稿。", false],
    ["县电视台　主办单位：县文明办", false],
    // A contact with a second number: one item, with another beside it.
    ["广告热线：0571-86012345　86012346　　地址：江城市解放路100号报业大厦2楼", true],
    ["订报电话：0571-86012345 86012346 投稿邮箱：txb@163.com", true],
    ["咨询电话：0571-86012345　86012346", false], // one contact, two numbers: may close a notice
    ["86012345　86012346　地址：江城市解放路100号", false], // numbers with no contact before them
    // A page's disclaimer on what it prints.
    ["■本版广告内容由广告主提供，本报不对其真实性承担责任，请读者谨慎核实。", true],
    ["本版所刊信息仅供参考，交易前请核实对方资质。", true],
    ["以上广告内容由广告主负责。", true],
    ["（本栏目信息不作为交易依据）", true],
    ["本版分类广告内容真实性由刊登者负责", true],
    // Not disclaimers: sentences on ads and on the page that disown nothing, or that are no page's.
    ["本版广告经营额同比增长12%。", false],
    ["本版内容由市委宣传部与本报联合推出。", false],
    ["以上信息由市气象台提供。", false],
    ["市场监管局提醒，刊登广告须核实资质，虚假广告将依法承担责任。", false],
    ["广告主须对广告内容的真实性负责。", false],
  ])("%s → %s", (line, expected) => {
    expect(isPageFooter(normaliseString(line))).toBe(expected);
  });
});

describe("contactsThenStaff: a page's line of contacts, then its staff", () => {
  const read = (line: string) => {
    const norm = normaliseString(line);
    return contactsThenStaff(norm, (from) => parseStaffLine(line.slice(from)))?.map((s) => [s.name, s.role]) ?? null;
  };
  it.each([
    ["本版热线：0731-86012345　　责任编辑：孙晓梅　美术编辑：高　远　校对：钱　进", [["孙晓梅", "editor"], ["高远", "art-editor"], ["钱进", "proofreader"]]],
    ["新闻热线 0571-86012345　投稿邮箱：txb@163.com　编辑 周　敏", [["周敏", "editor"]]],
    ["广告热线：0571-86012345　86012346　责编：韩梅　美编：冯雪", [["韩梅", "editor"], ["冯雪", "art-editor"]]],
    // The key after six Han characters, the most `CONTACT_KEY_HEAD` (and its pre-test) allows:
    ["城日报社新闻热线：0571-86012345　编辑 周　敏", [["周敏", "editor"]]],
    ["邮政编码：410000　编辑 周　敏", [["周敏", "editor"]]],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    "本版热线：0731-86012345", // contacts only: no staff
    "责任编辑：孙晓梅　美术编辑：高远", // no contact first: parseStaffLine's
    "咨询电话：0571-86012345，编辑：孙晓梅", // a sentence's contact
    "热线电话：0571-86012345　市民可随时拨打反映问题", // contacts then text
    "江城日报社新闻热线：0571-86012345　编辑 周　敏", // the key after seven Han characters
    "(本版)热线：0571-86012345　编辑 周　敏", // the key after a bracket
  ])("%s → null", (line) => {
    expect(read(line)).toBeNull();
  });
});

describe("parsePageLabel", () => {
  const label = (line: string) => {
    const got = parsePageLabel(normaliseString(line));
    return got && { section: got.section && line.slice(...got.section) };
  };
  it.each([
    ["要闻", "要闻"],
    ["江城日报", null],
    // A masthead's romanisation, in capitals, its last words naming the paper's kind:
    ["DONGJIANG DAILY", null],
    ["JIANGCHENG EVENING NEWS", null],
    ["ＬＩＮＨＡＩ　ＲＩＢＡＯ", null],
    // Whose organ the paper is:
    ["中共江城市委机关报", null],
    // Letter-spaced labels, read closed up:
    ["经 济 新 闻", "经 济 新 闻"],
    ["体　育", "体　育"],
    ["江 城 日 报", null],
    // Spread over the column, measured as its words; a section word no table knows beside the paper's name, a wide gap apart:
    [`要闻${"　".repeat(36)}2025年3月6日`, `要闻`],
    [`港务·物流${"　".repeat(33)}临江日报`, "港务·物流"],
    [`临江日报${"　".repeat(33)}港务·物流`, "港务·物流"],
    [`山乡振兴　　　　临江晚报　　　　2025年3月6日`, "山乡振兴"],
  ])("%s → section %s", (line, section) => {
    expect(label(line)).toEqual({ section });
  });
  it.each([
    "GOOD NEWS", "Hello World", "CITY WALK", "Jiangcheng Daily", "DAILY", "办好新时代的党委机关报 2024", "乡村旅游", "王 伟", "乡 村 旅 游", "春 耕 生 产 忙", "要 闻 版 面",
    // A paper's name in a headline, its words one space apart; a word beside no paper's name; two such words:
    "临江日报　创刊七十周年", `港务·物流${"　".repeat(10)}港口建设`, `港务·物流${"　".repeat(6)}临江日报${"　".repeat(6)}港口建设`,
    // Long as its words are:
    `临江日报${"　".repeat(6)}全市召开优化营商环境推进大会部署明年重点工作任务并通过多项决定`,
  ])("%s → null", (line) => {
    expect(parsePageLabel(normaliseString(line))).toBeNull();
  });
});

describe("isLatinLine", () => {
  it.each([
    ["DONGJIANG DAILY", true],
    ["City Walk", true],
    ["ST. JOHN'S HERALD", true],
    ["iPhone 15 Pro", false],
    ["CITY WALK 城市漫步", false],
    ["", false],
  ])("%s → %s", (line, expected) => {
    expect(isLatinLine(normaliseString(line))).toBe(expected);
  });
});

describe("mastheadLine", () => {
  it.each([
    ["华夏日报", "name"],
    ["《江城晚报》", "name"],
    ["中共江城市委机关报", "name"],
    ["HUAXIA RIBAO", "name"],
    ["DONGJIANG DAILY", "name"],
    ["甲辰年十一月二十", "strong"],
    ["癸卯年腊月初八", "strong"],
    ["农历十一月二十", "strong"],
    ["今日20版", "strong"],
    ["本期16版", "strong"],
    ["国内统一连续出版物号", "strong"],
    ["CN 11-0099", "strong"],
    ["CN11-0099/N", "strong"],
    ["国内统一连续出版物号：CN11-0099", "strong"],
    ["代号1-1", "strong"],
    ["邮发代号：31-12", "strong"],
    ["2024年12月20日", "weak"],
    ["星期五", "weak"],
    ["2024年12月20日　星期五　甲辰年十一月二十", "strong"],
    ["QINGCHUAN BAO", "weak"],
    ["青川报", "weak"],
    ["中共青川县委机关报　国内统一连续出版物号：CN99-0002", "name"],
    // Negatives: headlines, folios and sentences
    ["全年粮食总产量首次突破7亿吨", null],
    ["2024年12月20日　星期五　要闻　2", null],
    ["甲辰年的春节", null],
    ["东湖周刊", "name"],
    ["2025年第22期　总第1036期　6月9日出版", "strong"],
    ["东湖周刊的读者", null],
    ["6月9日出版了新书", null],
    ["代号行动", null],
    ["今日20时起停水", null],
    ["City Walk", null],
    ["报名截止到12月20日", null],
  ])("%s → %s", (line, expected) => {
    expect(mastheadLine(normaliseString(line))).toBe(expected);
  });
});

describe("issueDateLine", () => {
  it.each([
    ["2024年3月8日", "dated"],
    ["2024年3月8日　星期五", "dated"],
    ["2024年3月8日（星期五）", "dated"],
    ["2024-03-08", "dated"],
    ["二〇二四年三月八日", "dated"],
    ["民国113年10月16日", "dated"],
    ["甲辰年十一月二十", "lunar"],
    ["农历十一月二十", "lunar"],
    ["2024年12月20日　星期五　甲辰年十一月二十", "lunar"],
    ["星期五　农历甲辰年", "lunar"],
    // Negatives: a date without its year, a weekday alone, dates in a headline or a sentence
    ["3月8日", null],
    ["三月八日", null],
    ["星期五", null],
    ["2024年3月8日晚", null],
    ["2024年3月8日　要闻", null],
    ["甲辰年的春节", null],
    ["2024年全市生产总值增长5%", null],
    ["3月8日，城东社区组织志愿者送去鲜花。", null],
    ["农历新年将至 庙会开张", null],
  ])("%s → %s", (line, expected) => {
    expect(issueDateLine(normaliseString(line))).toBe(expected);
  });
});

describe("index box lines", () => {
  it.each([
    ["今日导读", true],
    ["导读", true],
    ["【本期导读】", true],
    ["要目", true],
    ["今日关注", true],
    ["【本期关注】", true],
    ["关注", false],
    ["今日关注民生", false],
    // Spaced out to fill the box's width.
    ["导　读", true],
    ["今日　导读", false],
    ["导读员上岗", false],
    ["导　读　员", false],
    ["今日看点很多", false],
  ])("label %s → %s", (line, expected) => {
    expect(isIndexLabel(normaliseString(line))).toBe(expected);
  });
  it.each([
    ["我省出台促进民营经济发展25条措施　　　02版", true],
    ["东湖都市圈规划获批 见A3版", true],
    ["春季高考今起报名　A3", true],
    ["春季高考今起报名（见第5版）", true],
    ["春季高考今起报名详见第5版", true],
    // A sentence that points to a page, a jump note, a line without its page:
    ["具体名单详见第3版。", false],
    ["（下转第3版）", false],
    ["我省出台促进民营经济发展25条措施", false],
    ["全市共有12版", false],
    ["招聘岗位　30", false],
  ])("entry %s → %s", (line, expected) => {
    expect(isIndexEntry(normaliseString(line))).toBe(expected);
  });
});

describe("contact lines", () => {
  it.each([
    // The paper's own lines and mailboxes, alone or several, beside plain phones and mailboxes.
    ["新闻热线：0736-6621234", "paper"],
    ["本版热线：0736-6621234　投稿邮箱：bbx@example.cn", "paper"],
    ["投稿邮箱：fzb@example.cn", "paper"],
    ["本报热线电话　0731-84326110", "paper"],
    ["报料热线:96111 电话:(0736)6621234", "paper"],
    ["新闻热线：0736-6621234　E-mail：news@example.cn", "paper"],
    // A page's line named for its section.
    ["法治热线：027-88845120", "section"],
    ["法治热线　027-88845120", "section"],
    ["健康热线电话：0571-87654321", "section"],
    ["法治热线：027-88845120　邮箱：fz@example.cn", "section"],
    // An office's or a firm's hotline: the text's or the page's, as it stands (`contactLines`).
    ["举报热线：12345", "hotline"],
    ["市民热线：0736-12345", "hotline"],
    ["咨询热线：0571-87654321", "hotline"],
    ["服务热线：400-800-1234", "hotline"],
    ["服务热线：0731-88886666　邮箱：fw@example.cn", "hotline"],
    ["服务热线：0731-88886666　报名电话：0731-1234567", null],
    // A notice's contacts, a plain phone alone, a sentence, a line with more words.
    ["报名电话：0571-1234567", null],
    ["电话：0736-6621234", null],
    ["E-mail：news@example.cn", null],
    ["新闻热线：0736-6621234　联系人：王老师", null],
    ["市民可拨打热线12345反映。", null],
    ["市民可拨打热线12345反映问题", null],
    ["法治热线开通一周年", null],
    ["责任编辑：王　芳　　新闻热线：0736-6621234", null],
  ])("%s → %s", (line, expected) => {
    expect(contactLine(normaliseString(line))).toBe(expected);
  });
});

describe("the page's call for copy", () => {
  it.each([
    // The call alone, or after the paper's own contacts.
    ["来稿请注明真实姓名、工作单位及联系方式", true],
    ["读者来信请寄：江城市解放路100号晚报读者来信部　邮编：430010", true],
    ["来信须署真实姓名，本报为作者保密。", true],
    ["投稿请发至电子邮箱", true],
    ["本版欢迎投稿", true],
    ["欢迎读者来信", true],
    ["本版投稿邮箱：pl@example.cn　　来稿请注明真实姓名、工作单位及联系方式", true],
    ["法治热线：027-88845120　来稿请注明联系方式", true],
    // Text that speaks of copy, and a call behind words that are no contact.
    ["来稿数量比去年增加了三成", false],
    ["投稿人数创下新高", false],
    ["编辑部欢迎大家积极参与讨论", false],
    ["报名电话：0571-1234567　来稿请注明联系方式", false],
    ["截至目前，本报已收到来稿三百余篇　来稿请注明联系方式", false],
    ["作品征集活动火热进行中", false],
  ])("%s → %s", (line, expected) => {
    expect(isCopyCall(normaliseString(line))).toBe(expected);
  });
});

describe("service box lines", () => {
  it.each([
    ["新闻热线", true],
    ["报料热线：", true],
    ["【读者热线】", true],
    ["热线", true],
    ["投稿邮箱", true],
    ["本报热线电话", true],
    ["12345热线", false],
    ["市民热线", false],
    ["新闻热线：96111", false],
    ["热线电话打不通怎么办", false],
  ])("label %s → %s", (line, expected) => {
    expect(isServiceLabel(normaliseString(line))).toBe(expected);
  });
  it.each([
    ["新闻热线", "label"],
    ["新闻热线：96111", "number"],
    ["报料热线 0571-88886666", "number"],
    ["投稿邮箱：jcwb@example.cn", "number"],
    ["咨询热线：96111", null],
    ["新闻热线：96111，欢迎来电。", null],
    ["本地西瓜大量上市", null],
  ])("opening %s → %s", (line, expected) => {
    expect(serviceBoxOpening(normaliseString(line))).toBe(expected);
  });
  it.each([
    ["96111　139 0000 1234", "number"],
    ["0571-88886666", "number"],
    ["jcwb@example.cn", "number"],
    ["报料有奖　一经采用　奖励50元至500元", "note"],
    ["24小时开通　欢迎来电", "note"],
    ["微信：jcwb", "note"],
    // Text: a sentence, a clause, a line with neither number nor note.
    ["市民可拨打96111反映问题。", null],
    ["接到电话后，民警立即赶到现场", null],
    ["本地西瓜大量上市", null],
    ["2024年3月15日", null],
  ])("line %s → %s", (line, expected) => {
    expect(serviceLine(normaliseString(line))).toBe(expected);
  });
});

describe("sectionText", () => {
  it.each([
    ["经 济 新 闻", [0, 7], "经济新闻"],
    ["要　闻　2024年3月15日", [0, 3], "要闻"],
    ["03  经济", [4, 6], "经济"],
    ["经济·民生", [0, 5], "经济·民生"],
  ] as const)("%s at %j → %s", (text, span, expected) => {
    expect(sectionText(text, span)).toBe(expected);
  });
});
