/**
 * Cleaning a document before it is cut into lines: HTML remnants, breaks
 * inside a line, paragraphs run together with their indents, letter spacing.
 * Line numbers of the original survive all of it.
 */
import { describe, expect, it } from "vitest";
import { cleanDocument, cleanInline, cleanLine, closeUpLetterSpacing, closeUpSpacedDigits, dropAt, dropFromEnd, spacesAcrossBreak } from "../../src/input/clean.js";
import { decodeReferences, stripMarkup, xmlText } from "../../src/input/html.js";
import { splitDocuments } from "../../src/input/formats.js";
import { extract } from "../../src/extract.js";
import type { ArticleRecord } from "../../src/schema.js";

const articles = (text: string, issueDate = "2024-05-12") =>
  extract(text, { source: "t.txt", issueDate }).records.filter((r): r is ArticleRecord => r.type === "article");

describe("character references", () => {
  it.each([
    ["&nbsp;", "\u00a0"],
    ["&ldquo;口袋公园&rdquo;", "“口袋公园”"],
    ["占比超过60%&#65292;单体", "占比超过60%，单体"],
    ["&#x4E2D;&#x6587;", "中文"],
    // A reference escaped twice by a CMS is decoded whole; `&amp;` before anything else is `&`.
    ["&amp;lt;", "<"],
    ["撥款約3億元。&amp;nbsp;&amp;nbsp;", "撥款約3億元。\u00a0\u00a0"],
    ["&amp;#12288;&amp;#x3000;", "\u3000\u3000"],
    ["&amp;ldquo;新区&amp;rdquo;", "“新区”"],
    ["&amp;foo;", "&foo;"], // no known name: only the outer escape is read
    ["&amp;#0;", "&#0;"],
    ["A&amp;B", "A&B"],
    ["R&amp;D经费", "R&D经费"],
    // `&nbsp` without its semicolon, as browsers read it, before anything but a letter or digit.
    ["&nbsp&nbsp第二段", "\u00a0\u00a0第二段"],
    ["&amp;nbsp第二段", "\u00a0第二段"],
    ["工程&nbsp", "工程\u00a0"],
    ["&mdash;&mdash;", "——"],
    ["&NBSP;", "\u00a0"], // upper-case spellings of the common names
    ["&#10;", " "], // a control character is white space in running text
  ])("%s → %j", (input, expected) => {
    expect(decodeReferences(input)).toBe(expected);
  });

  it.each([
    "AT&T公司R&D中心", // no semicolon
    "A&B;合作", // a name that is no reference
    "&;", "&#;", "&#xZZ;", "&#0;", "&#55296;", // nothing, no digits, NUL, a lone surrogate
    "利润率<5%，", "a&&b", "&unknownname;",
    "&nbspx", "&nbsp1", // `&nbsp` runs into a word: no reference
    "&ampnbsp;", // no semicolon after amp
  ])("leaves %j as written", (input) => {
    expect(decodeReferences(input)).toBe(input);
  });
});

describe("tags", () => {
  it.each([
    ["<p>城南片区棚改项目启动</p>", "\n城南片区棚改项目启动\n"],
    ["完成。<br>据介绍", "完成。\n据介绍"],
    ["完成。<br/>据介绍<BR />下一步", "完成。\n据介绍\n下一步"],
    ['<div class="editor">（责任编辑：王芳）</div>', "\n（责任编辑：王芳）\n"],
    ['<span style="color:red">新区</span><strong>开工</strong>', "新区开工"],
    ["<td>项目</td><td>投资</td>", " 项目  投资 "],
    ["正文<!-- 广告位 -->继续", "正文继续"],
    ["<o:p></o:p>段落", "段落"],
    // Elements whose content is not text go with their content.
    ["<p>第一段。</p><script>var ad=1;</script><p>第二段。</p>", "\n第一段。\n\n第二段。\n"],
    ['正文<SCRIPT type="text/javascript">window.ad={a:1};</SCRIPT >继续', "正文继续"],
    ["<style>.a{color:red}</style>標題", "標題"],
    ["<noscript>請開啟JavaScript</noscript>", ""],
    ['前文<iframe src="/ad.html">广告</iframe>后文', "前文后文"],
    ['前文<iframe src="/ad.html" />后文', "前文后文"], // self-closing: no content, the tag alone goes
    ["<script>if (a<b) {}</script>正文", "正文"],
  ])("%s → %j", (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it.each([
    "利润率<5%，同比<10%", // a comparison, no tag name
    "若a<b且b>c", // letters, but no tag: no space or > after the name
    "<foo>未知标签</foo>", // not an HTML element that carries text
    "《人民日报》", // book-title marks are not angle brackets
    "<scripts>未知标签</scripts>", // not `script`
    "<script>var a=1;", // never closed on the line: left to the document's cleaning
  ])("leaves %j as written", (input) => {
    expect(stripMarkup(input)).toBe(input);
  });

  it("unwraps CDATA and decodes XML only outside it", () => {
    const unescape = (s: string) => s.replace(/&amp;/g, "&");
    expect(xmlText("<![CDATA[城南&amp;片区]]>", unescape)).toBe("城南&amp;片区");
    expect(xmlText("甲&amp;乙<![CDATA[丙]]>丁&amp;", unescape)).toBe("甲&乙丙丁&");
    expect(xmlText("没有CDATA", unescape)).toBe("没有CDATA");
  });
});

describe("cleanLine", () => {
  it.each<[string, string, string[]]>([
    ["a block tag inside a line breaks it", "启动。<br>据介绍，项目3年内完成。", ["启动。", "据介绍，项目3年内完成。"]],
    ["tags at the ends of a line make no blank line", "<p>城南片区棚改项目启动</p>", ["城南片区棚改项目启动"]],
    ["a line of markup only stays a blank line", '<div class="clear"></div>', [""]],
    ["&nbsp; indents stay indents", "<p>&nbsp;&nbsp;本报讯 昨日", ["\u00a0\u00a0本报讯 昨日"]],
    ["a vertical tab breaks the line", "推动高质量发展\v滨江新区计划投资\v", ["推动高质量发展", "滨江新区计划投资"]],
    ["U+2028 breaks the line", "第一行\u2028第二行", ["第一行", "第二行"]],
    ["a form feed breaks the line and stays before the new page's first line", "本版编辑：王敏\f综合新闻", ["本版编辑：王敏", "\f综合新闻"]],
    ["a form feed opening a line stays", "\f2024年3月8日 星期五", ["\f2024年3月8日 星期五"]],
    ["a form feed ending a line stays as a blank line", "本版编辑：王敏\f", ["本版编辑：王敏", "\f"]],
    ["a line of a form feed only stays", "\f", ["\f"]],
    ["spaced digits after a form feed are closed up", "\f2 0 2 4年3月8日", ["\f2024年3月8日"]],
    ["an indent after a sentence end starts a paragraph", "总投资约120亿元。\u3000\u3000据介绍，项目。\u3000\u3000下一步，", ["总投资约120亿元。", "\u3000\u3000据介绍，项目。", "\u3000\u3000下一步，"]],
    ["after closing quotes too", "他说：“开工了。”\u3000\u3000记者了解到", ["他说：“开工了。”", "\u3000\u3000记者了解到"]],
    ["NBSP indents (&nbsp;&nbsp;) too", "120亿元。&nbsp;&nbsp;据介绍", ["120亿元。", "\u00a0\u00a0据介绍"]],
    ["a zero width space inside a figure goes", "並會投資逾\u200b30億元", ["並會投資逾30億元"]],
    ["so do ZWNJ, word joiner and a BOM inside the text", "北\u200c京\u2060市\ufeff区", ["北京市区"]],
    ["and a ZWJ between Han characters", "城\u200d南", ["城南"]],
    ["a ZWJ inside an emoji sequence stays", "全家出游👨\u200d👩\u200d👧", ["全家出游👨\u200d👩\u200d👧"]],
    ["a line of zero width characters only is blank", "\u200b\u200b", [""]],
    ["a soft hyphen inside a figure goes", "总投资1\u00ad500万元", ["总投资1500万元"]],
    ["and inside a name and a word", "（记者 王\u00ad晨）新修沟\u00ad渠", ["（记者 王晨）新修沟渠"]],
    ["radicals copied from a PDF are read as the characters they show", "5\u2f4915\u2f47，同比增\u2ed3", ["5月15日，同比增长"]],
  ])("%s", (_name, input, expected) => {
    expect(cleanLine(input)).toEqual(expected);
  });

  it.each([
    ["a leading indent", "\u3000\u3000本报讯（记者 林晓峰）昨日，项目开工。"],
    ["U+3000 padding without a sentence end before it", "记者\u3000\u3000林晓峰\u3000\u3000通讯员\u3000\u3000周敏"],
    ["one U+3000 after a sentence end", "项目开工。\u3000据介绍"],
    ["two ASCII spaces after a sentence end (word-segmented text)", "项目  开工  。  据  介绍"],
    ["a sentence end at the end of the line", "项目开工。\u3000\u3000"],
    ["prose with < and &", "利润率<5%，AT&T与R&D中心"],
  ])("leaves %s as it is", (_name, input) => {
    expect(cleanLine(input)).toEqual([input]);
  });
});

describe("letter spacing", () => {
  it.each([
    ["城 南 片 区 棚 改 项 目 启 动", "城南片区棚改项目启动"],
    ["本 报 讯 （ 记 者 张 明 ） 涉 及 居 民 1 2 0 0 户 。", "本报讯（记者张明）涉及居民1200户。"],
    ["\u3000\u3000本 报 讯 昨 日 ， 项 目 开 工", "\u3000\u3000本报讯昨日，项目开工"],
    ["新 华 社   北 京 电 （ 记 者 王 五 ）", "新华社 北京电（记者王五）"],
  ])("closes up %j", (input, expected) => {
    expect(closeUpLetterSpacing(input)).toBe(expected);
  });

  it.each([
    "许 辛", // a padded two-character name
    "王 伟 李 强 张 敏 刘 洋 陈 静", // a list of padded two-character names
    "编辑 许 辛 校对 张 武", // padding inside names, not letter spacing
    "图 说 天 下", // four characters: too short to tell
    "记者 张明 通讯员 李华 摄",
    "a b c d e f g", // Latin letters
    "本报讯 昨日，项目开工。项目 总投资 约 5 亿元",
  ])("leaves %j as it is", (input) => {
    expect(closeUpLetterSpacing(input)).toBe(input);
  });
});

describe("digits spaced out by OCR", () => {
  it.each([
    ["a decimal after a spaced digit", "小麦种植面积达3 6.8万亩，比去年多", "小麦种植面积达36.8万亩，比去年多"],
    ["digits one by one before a magnitude", "总投资约5 6 0 0万元。", "总投资约5600万元。"],
    ["before a unit and 以上", "日均收购能力可达4 0 0 0吨以上。", "日均收购能力可达4000吨以上。"],
    ["two digits before a measure word", "共设立收购网点2 3个", "共设立收购网点23个"],
    ["before a percent sign", "利润增长1 2.5%，", "利润增长12.5%，"],
    ["a year at the line's start, U+3000 after the date", "2 0 2 3年6月8日\u3000星期四", "2023年6月8日\u3000星期四"],
    ["a year after a cell's U+3000", "综合新闻\u30002 0 2 3年6月8日", "综合新闻\u30002023年6月8日"],
    ["three digits continuing a line", "2 3 6户，总投资", "236户，总投资"],
    ["three digits after an indent", "\u3000\u30001 2 3户居民", "\u3000\u3000123户居民"],
    ["after a full-width comma", "项目，1 4个小区", "项目，14个小区"],
    ["several numbers in a line", "新建1 2个，改造3 4个", "新建12个，改造34个"],
    ["a year spaced from 年 too", "今年是2 0 2 4 年，", "今年是2024年，"],
    ["a year spaced from 年 at the line's start", "2 0 2 4 年6月8日", "2024年6月8日"],
    ["full-width digits", "截至２ ０ ２ ４年６月", "截至２０２４年６月"],
    ["full-width digits spaced from 年", "今年是２ ０ ２ ４ 年", "今年是２０２４年"],
    ["full-width digits before a measure word", "共设立网点２ ３个", "共设立网点２３个"],
  ])("closes up %s", (_name, input, expected) => {
    expect(closeUpSpacedDigits(input)).toBe(expected);
  });

  it.each([
    ["a table row", "2023 15.6 8.2"],
    ["a price table row", "猪肉 14.20 2.9%"],
    ["a phone number", "电话139 0000 1234"],
    ["a number after a space (Latin context)", "iPhone 1 5系列"],
    ["a number after a Latin letter", "A1 2号楼"],
    ["the thousands style, read by the figures", "营收1 250万美元"],
    ["a spaced page number between Han characters", "第 2 版"],
    ["two digits at a line's start (a list number before a number)", "1 2月份全市经济运行平稳"],
    ["two months that would pass 12", "每年5 6月是汛期"],
    ["two days that would pass 31", "本月3 5日停水"],
    ["digits before a space", "得分为3 6 分"],
    ["digits before a Latin unit", "长度达1 2km"],
    ["groups of two digits", "编号12 34号"],
    ["single digits counting up (a list)", "地铁1 2 3号线今年均有新进展"],
    ["single digits counting up from 4", "4 5 6号楼已封顶"],
    ["single digits counting up, spaced from 号", "地铁1 2 3 号线今年均有新进展"],
    ["a group of three after three digits", "产量120 350吨"],
    ["two digits before a space and 年", "近3 5 年来"],
    ["three digits before a space and 年", "历时1 2 5 年"],
    ["full-width months that would pass 12", "每年５ ６月是汛期"],
    ["the full-width thousands style", "营收１ ２５０万美元"],
  ])("leaves %s", (_name, input) => {
    expect(closeUpSpacedDigits(input)).toBe(input);
    expect(cleanLine(input)).toEqual([input]);
  });
});

describe("digits spaced out by OCR across a line break", () => {
  /** The two lines joined after `spacesAcrossBreak` dropped its spaces. */
  const join = (before: string, after: string): string => {
    const seam = spacesAcrossBreak(before, after);
    return seam === null ? before + after : dropFromEnd(before, seam.before) + dropAt(after, seam.after);
  };
  it.each([
    ["a number ending its line, its measure word opening the next", "连夜出动车辆4 5", "台次，转移群众", "连夜出动车辆45台次，转移群众"],
    ["a decimal ending its line", "总产量达3 6.8", "万吨，创历史新高", "总产量达36.8万吨，创历史新高"],
    ["digits one by one ending the line", "总投资约5 6 0 0", "万元", "总投资约5600万元"],
    ["before a percent sign on the next line", "同比增长1 2", "%，高于全省", "同比增长12%，高于全省"],
    ["a number opening its line after running text", "涉案金额累计达", "4 6.8万元。", "涉案金额累计达46.8万元。"],
    ["two digits opening the line after running text", "共设立收购网点", "2 3个，覆盖全县", "共设立收购网点23个，覆盖全县"],
    ["a year ending the line", "截至2 0 2 4", "年底，全市", "截至2024年底，全市"],
  ])("closes up %s", (_name, before, after, expected) => {
    expect(join(before, after)).toBe(expected);
  });

  it.each([
    ["a line ending on a number, the next opening with no word", "车辆4 5", "（下转第二版）"],
    ["a number opening a line after a sentence end (a list number)", "全市经济运行平稳。", "1 2月份工业增加值"],
    ["a number opening a line after a comma", "他说，", "1 2月份工业增加值"],
    ["the thousands style across the break", "营收1 250", "万美元"],
    ["two months across the break", "每年5 6", "月是汛期"],
    ["digits counting up before 号", "地铁1 2 3", "号线今年均有新进展"],
    ["a table row", "猪肉 14.20 2", "元"],
    ["a number after a Latin letter", "型号A1 2", "号"],
    ["no space in the number", "车辆45", "台次"],
    ["a line of running text and a plain line", "今年以来全市", "共发生此类案件"],
  ])("leaves %s", (_name, before, after) => {
    expect(spacesAcrossBreak(before, after)).toBeNull();
  });
});

describe("cleanDocument", () => {
  it("gives the same object back when nothing changes", () => {
    const doc = { text: "标题\n\u3000\u3000本报讯 昨日。\n", id: null, firstLine: 1 };
    expect(cleanDocument(doc)).toBe(doc);
  });

  it("numbers each line cut out of a line with that line's number, and later lines with theirs", () => {
    const doc = { text: "标题\n第一段。<br>第二段。\v第三段。\n尾行", id: null, firstLine: 5 };
    const cleaned = cleanDocument(doc);
    expect(cleaned.text).toBe("标题\n第一段。\n第二段。\n第三段。\n尾行");
    expect(cleaned.lineNumbers).toEqual([5, 6, 6, 6, 7]);
  });

  it("composes with line numbers the format gave (SogouCS)", () => {
    const doc = { text: "甲。\u3000\u3000乙。\n丙", id: "d", firstLine: 3, lineNumbers: [3, 3] };
    expect(cleanDocument(doc).lineNumbers).toEqual([3, 3, 3]);
  });

  it("removes a comment that spans lines, keeping the text around it and true line numbers", () => {
    const text = ["标题", "第一段。<!-- 广告开始", "<div>广告内容：买一送一</div>", "广告结束 -->第二段。", "尾行"].join("\n");
    const cleaned = cleanDocument({ text, id: null, firstLine: 1 });
    expect(cleaned.text).toBe("标题\n第一段。\n第二段。\n尾行");
    expect(cleaned.lineNumbers).toEqual([1, 2, 4, 5]);
  });

  it("leaves one blank line for a span alone on its lines, and none for its close", () => {
    const text = ["第一段。", "<!-- 廣告開始", "<div>廣告內容</div>", "廣告結束 -->", "第二段。"].join("\n");
    const cleaned = cleanDocument({ text, id: null, firstLine: 1 });
    expect(cleaned.text).toBe("第一段。\n\n第二段。");
    expect(cleaned.lineNumbers).toEqual([1, 2, 5]);
  });

  it("removes scripts and style sheets over several lines, case and attributes aside", () => {
    const text = ["<p>第一段。</p>", '<SCRIPT type="text/javascript">', "var ad = 1;", "if (a < b) { show(); }", "</script>", "<style>", ".a{color:red}", "</style><p>第二段。</p>"].join("\n");
    const cleaned = cleanDocument({ text, id: null, firstLine: 1 });
    expect(cleaned.text).toBe("第一段。\n\n\n第二段。");
    expect(cleaned.lineNumbers).toEqual([1, 2, 6, 8]);
  });

  it("reads a close and a new opening on one line", () => {
    const text = ["甲。<!-- 一", "二 -->乙。<!-- 三", "四 -->丙。"].join("\n");
    const cleaned = cleanDocument({ text, id: null, firstLine: 1 });
    expect(cleaned.text).toBe("甲。\n乙。\n丙。");
    expect(cleaned.lineNumbers).toEqual([1, 2, 3]);
  });

  it("leaves a comment opening that never closes, and one whose close is too far on, to the line", () => {
    const open = { text: "正文<!-- 未闭合\n第二行。\n第三行。", id: null, firstLine: 1 };
    expect(cleanDocument(open)).toBe(open);
    const far = `甲<!--\n${"正文。\n".repeat(20000)}-->乙`;
    const cleaned = cleanDocument({ text: far, id: null, firstLine: 1 });
    expect(cleaned.text.split("\n").length).toBe(far.split("\n").length);
  });

  it("cleans a one-line field", () => {
    expect(cleanInline("<![CDATA[x]]>")).toBe("<![CDATA[x]]>"); // CDATA is the XML reader's
    expect(cleanInline("城南&amp;片区<br>棚改")).toBe("城南&片区 棚改");
    expect(cleanInline("城南\u200b片区")).toBe("城南片区");
    expect(cleanInline("城南\u00ad片区")).toBe("城南片区");
    expect(cleanInline("规上工业增加值同比增\u2ed38.6%")).toBe("规上工业增加值同比增长8.6%");
  });
});

describe("through the pipeline", () => {
  it("reads a page pasted from HTML: title, dateline, bylines, clean paragraphs, true line numbers", () => {
    const text = [
      "<p>城东新区菜市场改造完工</p>",
      "<p>&nbsp;&nbsp;本报讯（记者&nbsp;赵一鸣&nbsp;通讯员&nbsp;钱二）昨日，城东新区菜市场改造完工，新增摊位120个。<br>据了解，改造总投资约800万元。<br/>",
      "市场还设置&ldquo;便民服务点&rdquo;3处。</p>",
      "",
      "<p>老年食堂开门迎客</p>",
      "<p>&nbsp;&nbsp;本报讯（记者&nbsp;孙三）昨日，城东第二老年食堂开门，可同时容纳80人就餐。</p>",
    ].join("\n");
    const [first, second, ...rest] = articles(text);
    expect(rest).toEqual([]);
    expect(first!.headline.title).toBe("城东新区菜市场改造完工");
    expect(first!.dateline?.text).toBe("本报讯");
    expect(first!.bylines.map((b) => b.name)).toEqual(["赵一鸣", "钱二"]);
    expect(first!.paragraphs).toEqual([
      "昨日，城东新区菜市场改造完工，新增摊位120个。",
      "据了解，改造总投资约800万元。",
      "市场还设置“便民服务点”3处。",
    ]);
    expect([first!.source.lineStart, first!.source.lineEnd]).toEqual([1, 3]);
    expect(second!.headline.title).toBe("老年食堂开门迎客");
    expect([second!.source.lineStart, second!.source.lineEnd]).toEqual([5, 6]);
  });

  it("reads a web page with a script, a style sheet, a noscript and a comment over lines", () => {
    const text = [
      "<h1>北区新建口袋公园12个</h1>",
      "<style>.title{font-size:20px}</style>",
      "<p>&nbsp;&nbsp;本报讯（记者&nbsp;周平）昨日，北区新建口袋公园12个，总投资逾\u200b3000万元。</p>",
      "<script>",
      "var ad = 1;",
      "</script>",
      "<noscript>请开启JavaScript</noscript>",
      "<!-- 广告开始",
      "<div>广告内容：买一送一</div>",
      "广告结束 -->",
      "<p>&amp;nbsp;&amp;nbsp;据介绍，公园总面积约2万平方米。</p>",
    ].join("\n");
    const [record, ...rest] = articles(text);
    expect(rest).toEqual([]);
    expect(record!.headline).toEqual({ title: "北区新建口袋公园12个", kicker: null, subtitle: null });
    expect(record!.bylines.map((b) => b.name)).toEqual(["周平"]);
    expect(record!.paragraphs).toEqual(["昨日，北区新建口袋公园12个，总投资逾3000万元。", "据介绍，公园总面积约2万平方米。"]);
    expect(record!.figures.map((f) => f.text)).toEqual(["北区新建口袋公园12个", "总投资逾3000万元", "公园总面积约2万平方米"]);
    expect([record!.source.lineStart, record!.source.lineEnd]).toEqual([1, 11]);
  });

  it("reads a page copied from a PDF with radicals for characters: dates, units, change, dateline, names, title", () => {
    // 渔港扩建工程⻓足推进 / 新华社⼴州5⽉15⽇电（记者 ⻩⼩燕）… 面积达35平⽅公⾥ … 同比增⻓6.2%
    const text = [
      "渔港扩建工程\u2ed3足推进",
      "新华社\u2f34州5\u2f4915\u2f47电（记者 \u2ee9\u2f29燕）今年以来，渔港扩建工程进展顺利，港区面积达35平\u2f45公\u2fa5，渔船停泊量同比增\u2ed36.2%。",
    ].join("\n");
    const [record, ...rest] = articles(text, "2024-05-16");
    expect(rest).toEqual([]);
    expect(record!.headline.title).toBe("渔港扩建工程长足推进");
    expect(record!.dateline).toEqual({ text: "新华社广州5月15日电", agency: "新华社", place: "广州", date: "2024-05-15" });
    expect(record!.date).toBe("2024-05-15");
    expect(record!.bylines).toEqual([{ name: "黄小燕", role: "reporter", label: "记者", photo: false }]);
    const paragraph = "今年以来，渔港扩建工程进展顺利，港区面积达35平方公里，渔船停泊量同比增长6.2%。";
    expect(record!.paragraphs).toEqual([paragraph]);
    expect(record!.figures.map((f) => [f.kind, f.value, f.unit, f.change])).toEqual([
      ["area", 35, "km2", null],
      ["percent", 6.2, "%", "increase"],
    ]);
    for (const f of record!.figures) expect(paragraph.slice(f.span[0], f.span[1])).toBe(f.text);
  });

  it("drops soft hyphens inside numbers and names", () => {
    const text = "县里新建粮食烘干中心\n本报讯（记者 周\u00ad岚）昨日，县粮食烘干中心投用，总投资2\u00ad300万元。\n";
    const [record] = articles(text);
    expect(record!.bylines.map((b) => b.name)).toEqual(["周岚"]);
    expect(record!.paragraphs).toEqual(["昨日，县粮食烘干中心投用，总投资2300万元。"]);
    expect(record!.figures.map((f) => [f.text, f.value, f.unit, f.subject])).toEqual([["总投资2300万元", 23000000, "CNY", "总投资"]]);
  });

  it("leaves prose with < and & alone", () => {
    const text = "合资公司开业\n本报讯 昨日，AT&T与本地企业的R&D中心开业，首年利润率<5%的项目占比不到三成。\n";
    expect(articles(text)[0]!.paragraphs).toEqual(["昨日，AT&T与本地企业的R&D中心开业，首年利润率<5%的项目占比不到三成。"]);
  });

  it("splits JSON Lines text whose paragraphs are run together with their indents", () => {
    const text = "　　本报讯（记者 周八）昨日，东区新建公园开放，占地约40亩。　　据介绍，公园设有步道2公里。　　下一步，东区还将新建公园3处。";
    const jsonl = `${JSON.stringify({ id: "a", title: "东区新公园开放", text })}\n`;
    const [record, ...rest] = extract(jsonl, { format: "jsonl" }).records as ArticleRecord[];
    expect(rest).toEqual([]);
    expect(record!.paragraphs).toEqual(["昨日，东区新建公园开放，占地约40亩。", "据介绍，公园设有步道2公里。", "下一步，东区还将新建公园3处。"]);
    expect([record!.source.lineStart, record!.source.lineEnd]).toEqual([1, 1]);
  });

  it("reads SogouCS content in CDATA, with HTML references, without paragraph marks", () => {
    const xml = [
      "<doc>",
      "<docno>x-1</docno>",
      "<contenttitle><![CDATA[西区&amp;北区联合招聘 提供岗位3000个]]></contenttitle>",
      "<content>　　本报讯（记者&nbsp;吴九）昨日，西区与北区联合举办招聘会，提供岗位3000个。　　据了解，其中技术岗位占比超过40%&#65292;平均月薪6000元。</content>",
      "</doc>",
      "<doc>",
      "<docno>x-2</docno>",
      "<contenttitle><![CDATA[南区图书馆开馆]]></contenttitle>",
      "<content><![CDATA[本报讯 昨日，南区图书馆开馆，藏书20万册。<br>据介绍，图书馆每周开放6天。]]></content>",
      "</doc>",
    ].join("\n");
    const { documents } = splitDocuments(xml, "sogou");
    expect(documents.map((d) => d.title)).toEqual(["西区&北区联合招聘 提供岗位3000个", "南区图书馆开馆"]);
    const records = extract(xml, { format: "sogou" }).records as ArticleRecord[];
    expect(records.map((r) => r.headline.title)).toEqual(["西区&北区联合招聘 提供岗位3000个", "南区图书馆开馆"]);
    expect(records[0]!.bylines.map((b) => b.name)).toEqual(["吴九"]);
    expect(records[0]!.paragraphs).toEqual(["昨日，西区与北区联合举办招聘会，提供岗位3000个。", "据了解，其中技术岗位占比超过40%，平均月薪6000元。"]);
    expect(records[1]!.paragraphs).toEqual(["昨日，南区图书馆开馆，藏书20万册。", "据介绍，图书馆每周开放6天。"]);
    expect(records.map((r) => [r.source.lineStart, r.source.lineEnd])).toEqual([[4, 4], [9, 9]]);
  });

  it("breaks headlines at vertical tabs (Word's manual line break)", () => {
    const text = "提升城市品质\v北区今年改造老旧小区12个\v惠及居民5000户\v\n本报讯（记者 郑十）昨日，记者从北区住建局获悉，今年将改造老旧小区12个。\n";
    const [record] = articles(text);
    expect(record!.headline).toEqual({ kicker: "提升城市品质", title: "北区今年改造老旧小区12个", subtitle: "惠及居民5000户" });
    expect([record!.source.lineStart, record!.source.lineEnd]).toEqual([1, 2]);
  });

  it("closes up numbers OCR spaced out, keeping every figure's span on its text", () => {
    const text = "夏粮收购工作全面启动\n本报讯（记者 王一）今年全县小麦种植面积达3 6.8万亩，总投资约5 6 0 0万元，日均收购能力可达4 0 0 0吨以上。\n";
    const [record] = articles(text);
    const paragraph = "今年全县小麦种植面积达36.8万亩，总投资约5600万元，日均收购能力可达4000吨以上。";
    expect(record!.paragraphs).toEqual([paragraph]);
    expect(record!.figures.map((f) => [f.kind, f.value, f.unit, f.qualifier])).toEqual([
      ["area", 368000, "mu", null],
      ["money", 56000000, "CNY", "about"],
      ["mass", 4000, "t", "over"],
    ]);
    for (const f of record!.figures) expect(paragraph.slice(f.span[0], f.span[1])).toBe(f.text);
  });

  it("closes up letter-spaced OCR text", () => {
    const text = "北 区 老 旧 小 区 改 造 启 动\n\n本 报 讯 （ 记 者 郑 十 ） 昨 日 ， 北 区 老 旧 小 区 改 造 启 动 ， 涉 及 居 民 5 0 0 0 户 。\n";
    const [record] = articles(text);
    expect(record!.headline.title).toBe("北区老旧小区改造启动");
    expect(record!.bylines.map((b) => b.name)).toEqual(["郑十"]);
    expect(record!.paragraphs).toEqual(["昨日，北区老旧小区改造启动，涉及居民5000户。"]);
    expect(record!.figures.map((f) => f.text)).toEqual(["居民5000户"]);
  });
});
