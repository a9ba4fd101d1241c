/**
 * Page furniture on small pages written for each case: folios, section
 * lines, staff lines, footers, jump and cross-reference notes become page
 * records or vanish from the text, and take no article's headline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2024-03-08" }).records;

describe("page furniture", () => {
  it("a folio combining page number, section, date and staff is one page record", () => {
    const records = run([
      "A06 城事 2024年3月8日 星期五 编辑 孙晓雯 美编 何 斌 校对 陆 杰",
      "",
      "老街换新颜",
      "",
      "本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。",
    ]);
    expect(pages(records)).toEqual([
      expect.objectContaining({
        section: "城事",
        staff: [
          { name: "孙晓雯", role: "editor", label: "编辑" },
          { name: "何斌", role: "art-editor", label: "美编" },
          { name: "陆杰", role: "proofreader", label: "校对" },
        ],
        text: "A06 城事 2024年3月8日 星期五 编辑 孙晓雯 美编 何 斌 校对 陆 杰",
      }),
    ]);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "老街换新颜", subtitle: null }]);
  });

  it("a staff line set with spaces, no colons, under the folio is the page's staff, no headline", () => {
    const staffLine = "值班总编　韩　松　　责编　唐文静　　美编　许　辛　　校对　陆　杰";
    const records = run(["B3　　城事　　　　　　2024年3月8日　星期五", staffLine, "", "老街换新颜", "", "本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    expect(pages(records)).toEqual([
      expect.objectContaining({
        section: "城事",
        staff: [
          { name: "韩松", role: "other", label: "值班总编" },
          { name: "唐文静", role: "editor", label: "责编" },
          { name: "许辛", role: "art-editor", label: "美编" },
          { name: "陆杰", role: "proofreader", label: "校对" },
        ],
      }),
    ]);
    expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "老街换新颜", subtitle: null }]);
  });

  it("posts and names set with spaces in a report are no staff line", () => {
    const records = run(["协会换届选举产生新一届理事会", "", "本报讯（记者 韩梅）市餐饮协会昨天召开换届大会，选举产生新一届理事会。当选名单如下：", "会长　王志刚", "副会长　李　明", "秘书长　赵国强"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["协会换届选举产生新一届理事会"]);
  });

  it("the section of a Traditional page is given as written; the paper's name is no section", () => {
    const records = run(["晨光時報　2023年9月29日　星期五　A12", "地方新聞", "", "老街換新顏", "", "本報訊　經過半年改造，城南老街昨天重新開街。"]);
    const [page] = pages(records);
    expect(page).toMatchObject({ section: "地方新聞", text: "晨光時報　2023年9月29日　星期五　A12\n地方新聞" });
    expect(articles(records)[0]!.headline).toEqual({ kicker: null, title: "老街換新顏", subtitle: null });
  });

  it("a short line touching a folio is the section, above or below it, but not a title over its body", () => {
    const below = run(["A06 2024年3月8日 星期五", "城事", "", "老街换新颜", "", "本报讯　城南老街昨天重新开街。"]);
    expect(pages(below)[0]!.section).toBe("城事");
    expect(articles(below)[0]!.headline).toEqual({ kicker: null, title: "老街换新颜", subtitle: null });
    const above = run(["城事", "A06", "", "老街换新颜", "", "本报讯　城南老街昨天重新开街。"]);
    expect(pages(above)[0]).toMatchObject({ section: "城事", text: "城事\nA06" });
    const title = run(["A06 2024年3月8日 星期五", "老街换新颜", "", "本报讯　城南老街昨天重新开街。"]);
    expect(pages(title)[0]!.section).toBeNull();
    expect(articles(title)[0]!.headline.title).toBe("老街换新颜");
  });

  it("a section line beside its page number gives the section without the number, not the paper's name", () => {
    const records = run(["江城日报  2024年3月8日 星期五", "03  经济", "责任编辑：周 敏  校对：陈 丽", "", "新桥通车", "", "本报讯　城北新桥昨天通车。"]);
    expect(pages(records)).toEqual([expect.objectContaining({ section: "经济", text: "江城日报  2024年3月8日 星期五\n03  经济\n责任编辑：周 敏  校对：陈 丽" })]);
  });

  it("a staff line whose names the surname table does not know still closes the page", () => {
    const records = run(["老街换新颜", "", "本报讯　城南老街昨天重新开街。", "", "责任编辑:祈衡倩 美术编辑:甯雅雯 校对:张武"]);
    expect(pages(records)[0]!.staff.map((s) => s.name)).toEqual(["祈衡倩", "甯雅雯", "张武"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["城南老街昨天重新开街。"]);
  });

  it("footers are page records, not the next headline nor the last paragraph", () => {
    const records = run([
      "老街换新颜",
      "",
      "本报讯　城南老街昨天重新开街。",
      "",
      "《 江城日报 》（ 2024年03月08日 第 06 版）",
      "",
      "新桥通车",
      "",
      "本报讯　城北新桥昨天通车。",
      "",
      "本版图片除署名外均由本报记者拍摄提供",
      "新闻热线：96060 广告热线：025-84701234",
    ]);
    expect(articles(records).map((a) => [a.headline.title, a.paragraphs])).toEqual([
      ["老街换新颜", ["城南老街昨天重新开街。"]],
      ["新桥通车", ["城北新桥昨天通车。"]],
    ]);
    expect(pages(records).map((p) => p.text)).toEqual([
      "《 江城日报 》（ 2024年03月08日 第 06 版）",
      "本版图片除署名外均由本报记者拍摄提供\n新闻热线：96060 广告热线：025-84701234",
    ]);
  });

  it("a contact line touching the staff line belongs to the page record", () => {
    const records = run(["2024年4月12日 星期五 A05", "城市新闻", "本版编辑：孙 琳", "新闻热线：0571-85100000", "", "樱花开了", "", "本报讯　昨天，樱花开了。"]);
    expect(pages(records)[0]).toMatchObject({ section: "城市新闻", text: expect.stringContaining("新闻热线：0571-85100000") });
    expect(articles(records)).toHaveLength(1);
  });

  it("cross-reference and jump notes are in no headline and no paragraph", () => {
    const records = run([
      "（上接A1版）今年，全市将新建公园20个。",
      "",
      "老街换新颜",
      "",
      "本报讯　城南老街昨天重新开街。（相关新闻见A13版）",
      "",
      "（相關新聞見A13）",
      "",
      "新桥通车",
      "",
      "本报讯　城北新桥昨天通车。",
    ]);
    expect(articles(records).map((a) => [a.headline.title, a.headline.kicker, a.paragraphs])).toEqual([
      [null, null, ["今年，全市将新建公园20个。"]],
      ["老街换新颜", null, ["城南老街昨天重新开街。"]],
      ["新桥通车", null, ["城北新桥昨天通车。"]],
    ]);
  });

  it("a jump-from line at the top is no title of the fragment", () => {
    const records = run(["■上接01版", "", "今年，全市将新建公园20个。", "", "老街换新颜", "", "本报讯　城南老街昨天重新开街。"]);
    expect(articles(records).map((a) => [a.headline.title, a.paragraphs])).toEqual([
      [null, ["今年，全市将新建公园20个。"]],
      ["老街换新颜", ["城南老街昨天重新开街。"]],
    ]);
  });

  it("a headline holding a date and a number stays a headline", () => {
    const records = run(["2024年 城事 100", "", "本报讯　城南老街昨天重新开街。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.headline.title).toBe("2024年 城事 100");
  });

  const HEAD = "市政府召开常务会议";
  const LEAD = "本报讯（记者 周明远）3月14日，市政府召开常务会议，研究部署春季农业生产。";

  it.each(["01　要闻", "要闻　01", "第01版：要闻", "A06　要闻", "2024年3月8日　星期五　今日16版", "LINJIANG DAILY", "中共临江市委机关报"])(
    "%s above the first headline is page furniture, with or without a blank line",
    (label) => {
      for (const gap of [[], [""]]) {
        const records = run([label, ...gap, HEAD, "", LEAD]);
        expect(records.map((r) => r.type)).toEqual(["page", "article"]);
        expect(pages(records)[0]!.text).toBe(label);
        expect(articles(records)[0]!.headline).toEqual({ kicker: null, title: HEAD, subtitle: null });
      }
    },
  );

  it("a front page's masthead, date line, page label and index box are one page record before the first article", () => {
    const records = run([
      "临江日报",
      "LINJIANG DAILY",
      "中共临江市委机关报　国内统一连续出版物号 CN 99-0001",
      "2024年3月8日　星期五　农历甲辰年正月廿八　今日16版　第12345号",
      "01　要闻",
      "",
      "今日导读",
      "城区新增口袋公园二十处　　　03版",
      "老旧小区加装电梯提速　　　05版",
      "",
      HEAD,
      "",
      LEAD,
    ]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(records)[0]).toMatchObject({ section: "要闻", source: expect.objectContaining({ lineStart: 1, lineEnd: 9 }) });
    expect(articles(records)[0]).toMatchObject({ headline: { kicker: null, title: HEAD, subtitle: null }, paragraphs: ["3月14日，市政府召开常务会议，研究部署春季农业生产。"] });
  });

  it("the Latin line of a masthead touching its furniture is part of it, whatever its words", () => {
    const records = run(["临江晚报", "THE LINJIANG", "2024年3月8日　星期五　A01", "", HEAD, "", LEAD]);
    expect(pages(records).map((p) => p.text)).toEqual(["临江晚报\nTHE LINJIANG\n2024年3月8日　星期五　A01"]);
    expect(articles(records)[0]!.headline.title).toBe(HEAD);
  });

  it("a county paper's name over its romanised name, the organ and date lines under them, is one page record", () => {
    const records = run([
      "青川报",
      "QINGCHUAN BAO",
      "中共青川县委机关报　　　国内统一连续出版物号：CN99-0002",
      "2024年3月8日　星期五　　第1234期　今日4版",
      "",
      HEAD,
      "",
      LEAD,
    ]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(records)[0]).toMatchObject({ source: expect.objectContaining({ lineStart: 1, lineEnd: 4 }) });
    expect(articles(records)[0]!.headline).toEqual({ kicker: null, title: HEAD, subtitle: null });
  });

  it("an index box whose spaced label stands a blank line over its entries is one page record", () => {
    const records = run([HEAD, "", LEAD, "", "导　读", "", "●城区新增口袋公园二十处　　2版", "●老旧小区加装电梯提速　　3版", "", "新桥通车", "", "本报讯　昨天，城南新桥建成通车。"]);
    expect(records.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(pages(records)[0]).toMatchObject({ section: null, source: expect.objectContaining({ lineStart: 5, lineEnd: 8 }) });
  });

  // Negatives: a headline over a Latin line inside the page, with text above it, is no masthead; a short headline over a one-word Latin line and text stays a headline.
  it("a headline and a Latin line under text above are no masthead", () => {
    const records = run([HEAD, "", LEAD, "", "城市更新", "CITY RENEWAL", "2024年3月8日　星期五　A01", "", "新桥通车", "", "本报讯　昨天，城南新桥建成通车。"]);
    expect(pages(records).map((p) => p.text)).not.toContain("城市更新\nCITY RENEWAL\n2024年3月8日　星期五　A01");
  });

  it("a headline over a Latin title and text is an article", () => {
    const records = run(["青春飞扬", "YOUTH", "", "本报讯（记者 韩梅）全市青少年运动会昨天开幕。"]);
    expect(articles(records)[0]!.headline.title).toBe("青春飞扬");
  });

  it("a service box under a photo credit is page furniture: no paragraph of the photo, no headline of the next story", () => {
    const records = run([
      "春风里的志愿服务站",
      "",
      "3月7日，在滨江路一处志愿服务站，志愿者为过往市民测量血压。",
      "",
      "本报记者 何子涵 摄",
      "",
      "新闻热线",
      "96222　138 0000 5678",
      "报料有奖　一经采用　奖励50元至300元",
      "",
      "早春草莓抢“鲜”上市",
      "",
      "本报讯（记者 吴海燕）3月7日，记者在城郊多个草莓基地看到，早春草莓已陆续上市。",
    ]);
    expect(records.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(pages(records)[0]).toMatchObject({ section: null, text: "新闻热线\n96222　138 0000 5678\n报料有奖　一经采用　奖励50元至300元" });
    expect(articles(records).map((a) => [a.headline.kicker, a.headline.title, a.paragraphs.length])).toEqual([
      [null, "春风里的志愿服务站", 1],
      [null, "早春草莓抢“鲜”上市", 1],
    ]);
  });

  it("a service box whose label carries its number, between two stories, is page furniture", () => {
    const records = run([
      "早春草莓抢“鲜”上市",
      "",
      "本报讯（记者 吴海燕）3月7日，记者在城郊多个草莓基地看到，早春草莓已陆续上市。",
      "",
      "报料热线：0571-88886666",
      "24小时开通　欢迎来电",
      "",
      "春风里的志愿服务站",
      "",
      "本报讯（记者 何子涵）3月7日，滨江路志愿服务站正式启用。",
    ]);
    expect(records.map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(articles(records).map((a) => [a.headline.title, a.paragraphs.length])).toEqual([
      ["早春草莓抢“鲜”上市", 1],
      ["春风里的志愿服务站", 1],
    ]);
  });

  it("the paper's contact line under the last story is page furniture, with no staff on it", () => {
    for (const contact of ["法治热线：027-88845120", "法治热线　027-88845120", "新闻热线：0736-6621234", "本版热线：0736-6621234　投稿邮箱：bbx@example.cn"]) {
      const records = run(["男子醉驾获刑", "", "本报讯（通讯员 胡 斌）日前，东湖区人民法院以危险驾驶罪判处罗某拘役两个月。", "", contact]);
      expect(records.map((r) => r.type), contact).toEqual(["article", "page"]);
      expect(pages(records)[0], contact).toEqual(expect.objectContaining({ section: null, staff: [], text: contact }));
      expect(articles(records)[0]!.paragraphs, contact).toEqual(["日前，东湖区人民法院以危险驾驶罪判处罗某拘役两个月。"]);
    }
  });

  it("the paper's news line between two stories is page furniture; a section's line there is left to the story", () => {
    const between = (contact: string) =>
      run(["早春草莓抢“鲜”上市", "", "本报讯（记者 吴海燕）3月7日，早春草莓已陆续上市。", "", contact, "", "春风里的志愿服务站", "", "本报讯（记者 何子涵）3月7日，滨江路志愿服务站正式启用。"]);
    expect(between("新闻热线：0571-88886666").map((r) => r.type)).toEqual(["article", "page", "article"]);
    expect(pages(between("法治热线：0571-88886666"))).toEqual([]);
  });

  // Negatives: a headline holding a date, an English title, a body line with 星期, a report on a hotline.
  it("a headline with a date and weekday in it stays the headline", () => {
    const records = run(["3月8日　星期五　全城迎来首场春雨", "", "本报讯（记者 周明远）3月7日夜间，全城迎来今年首场春雨。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.headline.title).toBe("3月8日　星期五　全城迎来首场春雨");
  });

  it("an English title over a Chinese headline or a body stays a headline", () => {
    const over = run(["CITY WALK", "年轻人爱上城市漫步", "", "本报讯（记者 周明远）3月7日，记者走访发现，城市漫步正受到年轻人欢迎。"]);
    expect(pages(over)).toEqual([]);
    expect(articles(over)[0]!.headline).toEqual({ kicker: null, title: "CITY WALK", subtitle: "年轻人爱上城市漫步" });
    const alone = run(["GOOD NEWS", "", "本报讯（记者 周明远）3月7日，少儿英语角在市图书馆开课。"]);
    expect(pages(alone)).toEqual([]);
    expect(articles(alone)[0]!.headline.title).toBe("GOOD NEWS");
  });

  it("a line with 星期 inside a report stays in it", () => {
    const records = run([HEAD, "", LEAD, "下星期五，全市将开展春季植树活动。", "", "据介绍，活动共设12个植树点。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.paragraphs).toContain("下星期五，全市将开展春季植树活动。");
  });

  it("a report on a hotline keeps its text, its label line and numbers included", () => {
    const records = run([
      "12345热线一季度受理诉求8万件",
      "",
      "本报讯（记者 周明远）3月7日，记者从市政务服务中心获悉，一季度12345热线共受理市民诉求8万件。",
      "",
      "服务热线",
      "市民可拨打12345反映问题，工作人员24小时在线。",
    ]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.paragraphs.at(-1)).toBe("市民可拨打12345反映问题，工作人员24小时在线。");
  });

  it("a hotline set apart at the page's foot, the page's credits under it, is page furniture", () => {
    const records = run([
      "滨江产业园二期开工",
      "",
      "本报讯（记者 邓思远）6月18日，滨江产业园二期项目开工，计划明年建成。",
      "",
      "服务热线：0731-88886666",
      "",
      "本版策划　临江日报社经济部",
      "本版文字　韩子健",
    ]);
    expect(records.map((r) => r.type)).toEqual(["article", "page"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["6月18日，滨江产业园二期项目开工，计划明年建成。"]);
    expect(pages(records)[0]!.text).toBe("服务热线：0731-88886666\n本版策划　临江日报社经济部\n本版文字　韩子健");
    expect(pages(records)[0]!.staff).toEqual([
      { name: "临江日报社经济部", role: "other", label: "本版策划" },
      { name: "韩子健", role: "other", label: "本版文字" },
    ]);
  });

  it("a hotline touching the text above, or with no page's furniture under it, stays the text's", () => {
    const LEAD = "本报讯（记者 邓思远）6月18日，滨江产业园二期项目开工，计划明年建成。";
    const touching = run(["滨江产业园二期开工", "", LEAD, "服务热线：0731-88886666", "", "本版编辑　谢冰"]);
    expect(articles(touching)[0]!.paragraphs.at(-1)).toBe("服务热线：0731-88886666");
    const last = run(["滨江产业园二期开工", "", LEAD, "", "服务热线：0731-88886666"]);
    expect(pages(last)).toEqual([]);
    expect(articles(last)[0]!.paragraphs.at(-1)).toBe("服务热线：0731-88886666");
  });

  it("a notice's own contacts at the page's foot stay its text", () => {
    for (const contact of ["举报热线：0571-12345678", "咨询热线：0571-87654321", "报名电话：0571-1234567", "电话：0571-1234567"]) {
      const records = run(["关于开展春季义诊活动的通知", "", "各社区：", "市第一医院将于3月15日在市民广场开展义诊活动，欢迎居民参加。", "", contact]);
      expect(pages(records), contact).toEqual([]);
      expect(articles(records)[0]!.paragraphs.at(-1), contact).toBe(contact);
    }
  });

  it("one line naming a page under a report is no index box", () => {
    const records = run([HEAD, "", LEAD, "会议还研究了其他事项　详见第3版", "", "据介绍，全市春耕备耕工作进展顺利。"]);
    expect(pages(records)).toEqual([]);
  });
});

describe("a letter-spaced section name over the folio", () => {
  it.each([
    ["经 济 新 闻", "经济新闻"],
    ["要　闻", "要闻"],
  ])("%s is the page's section, one page record with the folio", (label, section) => {
    const records = run([label, "2024年3月8日　星期五　第二版", "", "老街换新颜", "本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    expect(pages(records)).toEqual([expect.objectContaining({ section, text: `${label}\n2024年3月8日　星期五　第二版` })]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街换新颜"]);
  });

  // Negative: a spaced line that names no page is no section.
  it("乡 村 旅 游 over the folio names no section", () => {
    const records = run(["乡 村 旅 游", "2024年3月8日　星期五　第二版", "", "老街换新颜", "本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    expect(pages(records).map((p) => p.section)).not.toContain("乡村旅游");
  });
});

describe("a form feed ends a page", () => {
  it("the foot of one page and the head of the next are two page records", () => {
    const records = run([
      "河湖清淤工程全面完工",
      "",
      "　　本报讯（记者 韩梅）全市今年计划清淤的河道已全部完工，汛期前完成验收。",
      "",
      "本版编辑：孙晓雯 何 斌",
      "\f2024年3月8日 星期五",
      "综合新闻",
      "3",
      "",
      "春耕备耕有序推进",
      "",
      "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。",
    ]);
    const found = pages(records).map((p) => [p.text, p.section, p.staff.map((s) => s.name)]);
    expect(found).toEqual([
      ["本版编辑：孙晓雯 何 斌", null, ["孙晓雯", "何斌"]],
      ["2024年3月8日 星期五\n综合新闻\n3", "综合新闻", []],
    ]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["河湖清淤工程全面完工", "春耕备耕有序推进"]);
  });
  it("a paragraph that runs on over the form feed is still joined", () => {
    const records = run([
      "河湖清淤工程全面完工",
      "",
      "　　本报讯（记者 韩梅）全市今年计划清淤的河道已全部完工，清出的淤泥经过脱水处理后",
      "\f用于城郊苗圃和绿化带的土壤改良，汛期前完成验收。",
    ]);
    expect(articles(records).map((a) => a.paragraphs)).toEqual([
      ["全市今年计划清淤的河道已全部完工，清出的淤泥经过脱水处理后用于城郊苗圃和绿化带的土壤改良，汛期前完成验收。"],
    ]);
  });
});

describe("a staff line closes its page in a file of several pages", () => {
  const PAGE_ONE = ["B01　城事　　　　　　2024年3月8日　星期五", "", "河湖清淤工程全面完工", "", "　　本报讯（记者 韩梅）全市今年计划清淤的河道已全部完工。", ""];
  const PAGE_TWO_TEXT = ["", "春耕备耕有序推进", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。"];
  it("the next page's folio under the staff line heads a page record of its own", () => {
    const records = run([...PAGE_ONE, "责任编辑：孙晓雯　　校对：何　斌", "", "B02　综合　　　　　　2024年3月8日　星期五", ...PAGE_TWO_TEXT]);
    const found = pages(records).map((p) => [p.section, p.staff.map((s) => s.name), p.text]);
    expect(found).toEqual([
      ["城事", [], "B01　城事　　　　　　2024年3月8日　星期五"],
      [null, ["孙晓雯", "何斌"], "责任编辑：孙晓雯　　校对：何　斌"],
      ["综合", [], "B02　综合　　　　　　2024年3月8日　星期五"],
    ]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["河湖清淤工程全面完工", "春耕备耕有序推进"]);
  });
  it("a folio without its section or page number under the staff line heads the next page too", () => {
    const records = run([...PAGE_ONE, "本版编辑：孙晓雯", "2024年3月8日　星期五　第二版", ...PAGE_TWO_TEXT]);
    expect(pages(records).map((p) => p.text)).toEqual(["B01　城事　　　　　　2024年3月8日　星期五", "本版编辑：孙晓雯", "2024年3月8日　星期五　第二版"]);
  });
  // Negatives: the page's own foot and head stay one record.
  it("a bare page number under the staff line is the same page's foot", () => {
    const records = run([...PAGE_ONE, "责任编辑：孙晓雯　　校对：何　斌", "3"]);
    expect(pages(records).map((p) => [p.staff.map((s) => s.name), p.text])).toEqual([
      [[], "B01　城事　　　　　　2024年3月8日　星期五"],
      [["孙晓雯", "何斌"], "责任编辑：孙晓雯　　校对：何　斌\n3"],
    ]);
  });
  it("a folio naming its staff over the page number is one head", () => {
    const records = run(["2024年3月8日 星期五 编辑 孙晓雯 版式 何 斌", "B3", "城事", ...PAGE_TWO_TEXT]);
    expect(pages(records)).toEqual([
      expect.objectContaining({ section: "城事", staff: [expect.objectContaining({ name: "孙晓雯" }), expect.objectContaining({ name: "何斌" })] }),
    ]);
  });
  it("a folio over the staff line at a page's head is one record", () => {
    const records = run(["B3　城事　　　　　　2024年3月8日　星期五", "责任编辑：孙晓雯　　校对：何　斌", ...PAGE_TWO_TEXT]);
    expect(pages(records).map((p) => [p.section, p.staff.map((s) => s.name)])).toEqual([["城事", ["孙晓雯", "何斌"]]]);
  });
});

describe("a national paper's masthead", () => {
  const masthead = ["华夏日报", "HUAXIA RIBAO", "2024年3月8日", "星期五", "甲辰年正月廿八", "今日16版", "国内统一连续出版物号", "CN 11-0099", "代号1-1"];
  it("is one page record holding every line", () => {
    const records = run([...masthead, "", "春耕备耕有序推进", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。"]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(records)[0]).toMatchObject({ section: null, staff: [], text: masthead.join("\n") });
    expect(pages(records)[0]!.source).toMatchObject({ lineStart: 1, lineEnd: 9 });
    expect(articles(records)[0]!.headline).toEqual({ kicker: null, title: "春耕备耕有序推进", subtitle: null });
  });
  it("without its name, by two marks only a masthead carries", () => {
    const records = run(["2024年3月8日　星期五", "甲辰年正月廿八", "今日16版", "", "春耕备耕有序推进", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。"]);
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    expect(pages(records)[0]!.text).toBe("2024年3月8日　星期五\n甲辰年正月廿八\n今日16版");
  });
  // Negatives: headline lines that hold masthead words are no masthead.
  it("a headline with a lunar year and a subtitle with 今日 stay the headline", () => {
    const records = run(["甲辰年的春节", "今日20时起停水", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。"]);
    expect(pages(records)).toEqual([]);
    expect(articles(records)[0]!.headline).toEqual({ kicker: null, title: "甲辰年的春节", subtitle: "今日20时起停水" });
  });
  it("a line of a masthead under text does not take the text", () => {
    const records = run(["春耕备耕有序推进", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。", "代号1-1"]);
    expect(articles(records)[0]!.paragraphs).toEqual(["连日来，各乡镇抓住晴好天气开展春耕备耕。"]);
  });
});

describe("no line of a block that heads no text is lost", () => {
  it("a date line under a label with nothing under them stays in the page record", () => {
    const records = run(["海报", "2024年3月8日", "", "春耕备耕有序推进", "", "　　本报讯（记者 陆杰）连日来，各乡镇抓住晴好天气开展春耕备耕。"]);
    expect(pages(records).map((p) => p.text)).toEqual(["海报\n2024年3月8日"]);
  });
});

describe("a special issue's long name on its folio", () => {
  const STAFF_LINE = "2023年12月18日　星期一　责任编辑：韩　松　美术编辑：许　辛　校对：陆　杰";
  const REPORT = ["江北新区建设提速", "　　本报讯（记者 周明）12月17日，江北新区首批重点项目集中开工。"];
  it.each([
    ["T06　纪念改革开放四十五周年特刊", "纪念改革开放四十五周年特刊"],
    ["A06　庆祝建市60周年专刊", "庆祝建市60周年专刊"],
    ["6　奋进新征程·江城建市60周年", "奋进新征程·江城建市60周年"],
    ["T06　建市60周年特刊", "建市60周年特刊"],
    ["T06　建市60周年", "建市60周年"],
  ])("%s over the staff line: one page record, the name without its page number", (head, section) => {
    const records = run([head, STAFF_LINE, "", ...REPORT]);
    expect(pages(records)).toEqual([
      expect.objectContaining({
        section,
        staff: [
          { name: "韩松", role: "editor", label: "责任编辑" },
          { name: "许辛", role: "art-editor", label: "美术编辑" },
          { name: "陆杰", role: "proofreader", label: "校对" },
        ],
        text: `${head}\n${STAFF_LINE}`,
      }),
    ]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["江北新区建设提速"]);
  });
});

describe("an advertisement is page matter, no article", () => {
  const REPORT = ["老街换新颜", "", "　　本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。", ""];
  const AD = ["　　　　　　春季家装节　全场满3000元减300元", "　　　　　　　　咨询热线：0571-8888 6666"];
  it.each(["　　　　　　　　【广告】", "　　　　　　　　（广告）", "　　　　　　　　广　告"])("%s over the ad's lines: one page record with the staff under it", (label) => {
    const records = run([...REPORT, label, ...AD, "", "责任编辑：孙晓雯　　校对：何　斌"]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街换新颜"]);
    expect(articles(records)[0]!.figures.map((f) => f.value)).not.toContain(3000);
    expect(pages(records).map((p) => [p.section, p.staff.map((s) => s.name), p.text])).toEqual([
      [null, ["孙晓雯", "何斌"], [label.trim(), ...AD.map((l) => l.trim()), "责任编辑：孙晓雯　　校对：何　斌"].join("\n")],
    ]);
  });
  it("a report a blank line under the ad is an article", () => {
    const records = run(["【广告】", ...AD, "", ...REPORT]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街换新颜"]);
    expect(pages(records).map((p) => p.text.split("\n")[0])).toEqual(["【广告】"]);
  });
  // Negatives: headlines and text on ads are news.
  it.each([
    ["a headline on ads", ["虚假广告整治见成效", "", "　　本报讯（记者 韩梅）今年以来，市场监管部门查处违法广告案件37件。"]],
    ["a section name holding the word", ["分类广告", "", "房屋租售", "", "　　城东临街店面招租，面积120平方米，租金面议。"]],
    ["a line of text naming an ad", ["老街换新颜", "", "　　本报讯（记者 韩梅）店门口贴出的广告", "吸引了不少市民驻足。"]],
  ])("%s stays text", (_what, lines) => {
    const records = run(lines);
    expect(articles(records).length).toBeGreaterThan(0);
    expect(pages(records).map((p) => p.text)).not.toContain(lines[lines.length - 1]!.trim());
  });
});

describe("an ad with no mark is page matter, no article", () => {
  const REPORT = ["老街换新颜", "", "本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。", ""];
  const STAFF = "责任编辑：孙晓雯　　校对：何　斌";
  it("promotional lines over a hotline, no sentence among them: one page record with the staff", () => {
    const ad = ["青川家居广场 春季焕新节", "3月9日—3月17日 全场家具特价八折起", "到店即送价值500元靠垫礼包", "地址：青川区滨河路16号", "订购电话：0571-86661234"];
    const records = run([...REPORT, ...ad, "", STAFF]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老街换新颜"]);
    expect(pages(records).map((p) => [p.staff.map((x) => x.name), p.text])).toEqual([[["孙晓雯", "何斌"], [...ad, STAFF].join("\n")]]);
  });
  // Negatives: a service box offers nothing for sale; an offer told in sentences is a report.
  it.each([
    ["a notice's box with no offer", ["义诊活动预告", "时间：3月9日上午9时", "地点：青川区人民医院门诊楼", "咨询电话：0571-86665678"]],
    ["an offer told in sentences", ["家居卖场推出让利活动", "3月9日起全场家具特价八折。", "到店顾客还可领取礼包。", "咨询电话：0571-86661234"]],
  ])("%s stays an article", (_what, lines) => {
    const records = run([...REPORT, ...lines, "", STAFF]);
    expect(articles(records).map((a) => a.headline.title)).toContain(lines[0]);
  });
});

describe("a section word in the header block under the folio", () => {
  const body = "本报讯（记者 苏 晴）3月7日上午，市政协十届三次会议在江滨会展中心开幕。";
  it.each([
    ["date, page number, special issue, paper", ["2024年3月8日 星期五", "05", "春季特刊", "青川晚报", "", "政协会议开幕", "", body], "春季特刊"],
    ["page number first", ["05", "2024年3月8日 星期五", "委员之窗", "青川晚报", "", "政协会议开幕", "", body], "委员之窗"],
    ["第05版 and no paper name", ["2024年3月8日 星期五", "第05版", "聚焦会议", "", "政协会议开幕", "", body], "聚焦会议"],
  ])("is the page's section: %s", (_, lines, section) => {
    const records = run(lines);
    expect(pages(records).map((p) => p.section)).toEqual([section]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["政协会议开幕"]);
  });

  it.each([
    ["a headline touching its text", ["2024年3月8日 星期五", "05", "政协会议开幕", body]],
    ["a headline a blank line over its text", ["2024年3月8日 星期五", "05", "政协会议开幕", "", body]],
  ])("a headline under the folio stays a headline: %s", (_, lines) => {
    const records = run(lines);
    expect(pages(records).map((p) => p.section)).toEqual([null]);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["政协会议开幕"]);
  });
});

describe("a page's head set wide, on three lines, or with a contact or a banner", () => {
  const story = ["", "老街换新颜", "", "　　本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"];
  const gap = (n: number) => "　".repeat(n);
  const head = (records: NewsRecord[]) => pages(records).map((p) => ({ section: p.section, staff: p.staff.map((s) => `${s.role}:${s.name}`) }));
  const titles = (records: NewsRecord[]) => articles(records).map((a) => [a.headline.kicker, a.headline.title]);

  it.each([
    ["a section and its page number 36 spaces apart, over the date and staff", [`港航·物流${gap(36)}06`, `2024年3月8日　星期五　　　责任编辑　邝海涛　　校对　邵　静`], "港航·物流", ["editor:邝海涛", "proofreader:邵静"]],
    ["the page number and date over the section and the paper's name, each pair set wide", [`6${gap(34)}2024年3月8日　星期五`, `港航·物流${gap(33)}临江日报`], "港航·物流", []],
    ["the paper's name over the section, set wide, over the page number and date", [`临江日报${gap(33)}港航·物流`, `6${gap(34)}2024年3月8日　星期五`], "港航·物流", []],
    ["a section and the paper's name set wide, alone", [`港航·物流${gap(33)}临江日报`], "港航·物流", []],
    ["date, section and a staff line closing on the page number, one to a line", ["2024年3月8日　星期五", "城建动态", "责任编辑：邝　涛　　校对：邵小静　　第6版"], "城建动态", ["editor:邝涛", "proofreader:邵小静"]],
    ["a staff line carrying an ASCII E-mail", ["6　要闻", "2024年3月8日　星期五　编辑：邝　涛　　E-mail:desk@example.cn"], "要闻", ["editor:邝涛"]],
    ["a section under the masthead line, over the staff line with a hotline and an E-mail", ["临江日报　2024年3月8日　星期五　　　　6", "要闻", "编辑：邝　涛　　新闻热线：0731-1234567　　E-mail:desk@example.cn"], "要闻", ["editor:邝涛"]],
    ["a two-character section with a name's shape over the staff line", ["农牧", "责任编辑：邝涛　　校对：邵 静"], "农牧", ["editor:邝涛", "proofreader:邵静"]],
    ["a two-character section with a name's shape over the date line", ["边疆", "2024年3月8日　星期五"], "边疆", []],
    ["a section set apart by blank lines under the folio", ["临江日报　2024年3月8日　星期五　　　　06", "", "市民声音"], "市民声音", []],
    ["a special issue's banner over the folio", ["2024全国两会特别报道", "临江日报　2024年3月8日　星期五　　　　06"], "2024全国两会特别报道", []],
    ["a banner over the folio and a section apart under it: the section", ["2024全国两会特别报道", "临江日报　2024年3月8日　星期五　　　　06", "", "市民声音"], "市民声音", []],
  ])("%s: one page record, the story's title untouched", (_how, lines, section, staff) => {
    const records = run([...lines, ...story]);
    expect(head(records)).toEqual([{ section, staff }]);
    expect(titles(records)).toEqual([[null, "老街换新颜"]]);
  });

  // Negatives: a signature under text or a title, a kicker on its title, a title apart under a masthead, a headline's words.
  it("a two-character name at a story's foot over the staff line signs the story", () => {
    const records = run(["老街换新颜", "", "　　城南老街经过半年改造，昨天重新开街，市民纷纷前来。", "", "韩梅", "责任编辑：邝涛　　校对：邵 静"]);
    expect(articles(records).map((a) => a.bylines.map((b) => `${b.role}:${b.name}`))).toEqual([["author:韩梅"]]);
    expect(head(records)).toEqual([{ section: null, staff: ["editor:邝涛", "proofreader:邵静"] }]);
  });

  it("a line right on the title under the folio stays in the headline", () => {
    const records = run(["临江日报　2024年3月8日　星期五　　　　06", "", "市民声音", "老街换新颜", "", "　　本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    const [a] = articles(records);
    expect([a!.headline.kicker, a!.headline.title, a!.headline.subtitle]).toContain("市民声音");
    expect(head(records)).toEqual([{ section: null, staff: [] }]);
  });

  it("a short title apart under a folio, over its lead, stays the title", () => {
    const records = run(["临江日报　2024年3月8日　星期五　　　　06", "", "老街换新颜", "", "　　本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    expect(titles(records)).toEqual([[null, "老街换新颜"]]);
    expect(head(records)).toEqual([{ section: null, staff: [] }]);
  });

  it("a line apart under a head that names its section already stays with the story", () => {
    const records = run(["6　要闻　2024年3月8日　星期五", "", "市民声音", "", "老街换新颜", "", "　　本报讯（记者 韩梅）经过半年改造，城南老街昨天重新开街。"]);
    expect(head(records)[0]!.section).toBe("要闻");
  });

  it("the paper's name in a headline, one space from its words, is the headline", () => {
    const records = run(["临江日报　创刊七十周年", "", "　　本报讯（记者 韩梅）今天是本报创刊七十周年纪念日。"]);
    expect(titles(records)).toEqual([[null, "临江日报　创刊七十周年"]]);
    expect(pages(records)).toEqual([]);
  });

  it("a banner alone over a story is its headline", () => {
    const records = run(["2024全国两会特别报道", "", "　　本报讯（记者 韩梅）全国两会今天开幕。"]);
    expect(pages(records)).toEqual([]);
  });
});

describe("a paper's name that does not end on 报, on the folio or over it, is no section", () => {
  const lead = "　　本报讯（记者 韩梅）1月7日，东岭站开行旅客列车126列。";
  const sectionOf = (lines: string[]) => pages(run(lines)).map((p) => p.section);
  const titlesOf = (lines: string[]) => articles(run(lines)).map((a) => a.headline.title);

  it("the name before the date on a line with its page number: the section is the line under it", () => {
    const lines = ["东岭铁道　2025年1月8日　星期三　　　　　3", "车站·客运", "", "东岭站开行列车增加", "", lead];
    expect(sectionOf(lines)).toEqual(["车站·客运"]);
    expect(titlesOf(lines)).toEqual(["东岭站开行列车增加"]);
  });

  it("the same with the staff under the section line, and with a name on 周刊", () => {
    expect(sectionOf(["银城金融　2025年1月8日　星期三　第3版", "金融·货币", "责任编辑：郑　昊　美术编辑：林小溪", "", "东岭站开行列车增加", "", lead])).toEqual(["金融·货币"]);
    expect(sectionOf(["商贸周刊　2025年1月8日　星期三　第3版", "金融·货币", "责任编辑：郑　昊", "", "东岭站开行列车增加", "", lead])).toEqual(["金融·货币"]);
  });

  it("the name and date with no page number, the page number and section on the next line", () => {
    expect(sectionOf(["银城金融　2025年1月8日　星期三", "第3版　金融·货币", "责任编辑：郑　昊", "", "东岭站开行列车增加", "", lead])).toEqual(["金融·货币"]);
  });

  it("the name on a line of its own over the dated folio", () => {
    expect(sectionOf(["银城金融", "2025年1月8日　星期三　第3版", "金融·货币", "责任编辑：郑　昊", "", "东岭站开行列车增加", "", lead])).toEqual(["金融·货币"]);
  });

  it("a page's word over the dated folio, or before the date, is still the section", () => {
    expect(sectionOf(["城事", "2025年1月8日　星期三　第3版", "", "东岭站开行列车增加", "", lead])).toEqual(["城事"]);
    expect(sectionOf(["要闻　2025年1月8日　星期三　　　　　3", "", "东岭站开行列车增加", "", lead])).toEqual(["要闻"]);
  });

  it("the name over a dated folio with no other section stays the page's section", () => {
    expect(sectionOf(["银城金融", "2025年1月8日　星期三　第3版", "", "东岭站开行列车增加", "", lead])).toEqual(["银城金融"]);
  });
});

describe("a bare folio at the top of a page", () => {
  const lead = "　　本报讯（记者　林　涛）8月16日，东海伏季休渔结束，渔船陆续出海。";
  it.each([["海洋经济　06"], ["06　海洋经济"], ["海洋经济 06"], ["海洋经济　０６"]])("%s is a page record naming its section, over the title", (folio) => {
    for (const lines of [[folio, "", "东海伏季休渔结束", lead], [folio, "东海伏季休渔结束", lead]]) {
      const records = run(lines);
      expect(pages(records)).toEqual([expect.objectContaining({ section: "海洋经济", staff: [], text: folio })]);
      expect(articles(records).map((a) => a.headline)).toEqual([{ kicker: null, title: "东海伏季休渔结束", subtitle: null }]);
    }
  });

  it.each([["献礼建国75周年"], ["5 大亮点"], ["倒计时 100"]])("%s at the top stays a headline line", (line) => {
    const records = run([line, "东海伏季休渔结束", lead]);
    expect(pages(records)).toEqual([]);
    const [a] = articles(records);
    expect([a!.headline.kicker, a!.headline.title, a!.headline.subtitle]).toContain(line);
  });

  it("a name and number under a story, not at the top, are no folio", () => {
    const records = run(["东海伏季休渔结束", lead, "", "海洋经济　06", "", "　　本报讯　8月16日，西沙海域渔船陆续返港。"]);
    expect(pages(records)).toEqual([]);
  });
});
