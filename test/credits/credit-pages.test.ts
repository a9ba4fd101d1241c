/**
 * Credit lines on small pages written for each case: the credit grammar's
 * answers seen through the whole pipeline (a credit line is no headline and
 * no paragraph, its people are the article's bylines).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[]) => articles(extract(lines.join("\n")).records);
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => [b.name, b.role, b.label, b.photo]);

describe("credit lines on a page", () => {
  it("a byline behind a typographic mark is the byline, not a subtitle", () => {
    const [a] = read(["旧厂房变身创意园", "", "□本报记者 蔡 蕾", "", "城西一处闲置多年的旧厂房日前完成改造,首批入驻企业已有20家。"]);
    expect(a?.headline).toEqual({ title: "旧厂房变身创意园", kicker: null, subtitle: null });
    expect(names(a)).toEqual([["蔡蕾", "reporter", "本报记者", false]]);
    expect(a?.paragraphs).toHaveLength(1);
  });

  it("a signature behind a mark signs a commentary", () => {
    const [a] = read(["让老街留住烟火气", "", "◎林宜君", "", "老街改造不能只顾门面,更要留住街坊邻里的日常生活,这是城市更新应有的温度。"]);
    expect(a?.headline.subtitle).toBeNull();
    expect(names(a)).toEqual([["林宜君", "author", null, false]]);
    expect(a?.genre).toBe("commentary");
  });

  it("a bold lead-in title behind a mark stays text", () => {
    const [a] = read([
      "新闻速览",
      "",
      "本报讯(记者 孔芸)本周末全市多处公园举办花展。",
      "",
      "■湖滨樱花进入最佳观赏期 记者昨天从湖滨公园获悉,园内樱花已进入盛花期。",
    ]);
    expect(names(a)).toEqual([["孔芸", "reporter", "记者", false]]);
    expect(a?.paragraphs.at(-1)).toBe("■湖滨樱花进入最佳观赏期 记者昨天从湖滨公园获悉,园内樱花已进入盛花期。");
  });

  it("names and 報導 with clause punctuation stay a credit line, not the first paragraph", () => {
    const [a] = read(["藍白協商今登場", "邱明皓、李俊毅／台北報導", "兩黨今天將進行第一次正式協商，雙方就民調比例交換意見。"]);
    expect(names(a)).toEqual([
      ["邱明皓", "reporter", null, false],
      ["李俊毅", "reporter", null, false],
    ]);
    expect(a?.paragraphs).toEqual(["兩黨今天將進行第一次正式協商，雙方就民調比例交換意見。"]);
  });

  it("two reporters with 为 and 和 in their names under a headline are bylines", () => {
    const [a] = read(["城北新添口袋公园", "", "本报记者　张为民　王和平", "", "城北街道利用边角地建起三座口袋公园,方便居民就近休闲。"]);
    expect(a?.headline.title).toBe("城北新添口袋公园");
    expect(names(a)).toEqual([
      ["张为民", "reporter", "本报记者", false],
      ["王和平", "reporter", "本报记者", false],
    ]);
  });

  it("a byline with a writer's unit before the names is the byline, not the headline", () => {
    const [a] = read(["冰原砺兵", "", "■第12集团军某旅　赵　强　本报特约记者　孙立峰", "", "11月3日，该旅组织冬季野营训练，官兵徒步行军40公里。"]);
    expect(a?.headline).toEqual({ title: "冰原砺兵", kicker: null, subtitle: null });
    expect(names(a)).toEqual([
      ["赵强", "author", "第12集团军某旅", false],
      ["孙立峰", "reporter", "本报特约记者", false],
    ]);
    expect(a?.paragraphs).toEqual(["11月3日，该旅组织冬季野营训练，官兵徒步行军40公里。"]);
  });

  it("a byline closed by the writer's unit in brackets is the byline", () => {
    const [a] = read(["冰原砺兵", "", "■本报特约记者　孙立峰　通讯员　赵　强（第12集团军某旅）", "", "11月3日，该旅组织冬季野营训练。"]);
    expect(a?.headline.title).toBe("冰原砺兵");
    expect(names(a)).toEqual([
      ["孙立峰", "reporter", "本报特约记者", false],
      ["赵强", "correspondent", "通讯员", false],
    ]);
  });

  it("a headline that names a unit stays a headline", () => {
    const [a] = read(["第12集团军某旅冰原砺兵", "", "本报讯　记者孙立峰报道：11月3日，该旅组织冬季野营训练。"]);
    expect(a?.headline.title).toBe("第12集团军某旅冰原砺兵");
    expect(names(a)).toEqual([["孙立峰", "reporter", "记者", false]]);
  });

  it("a credit line closed by the place it was filed from is the byline, not a headline", () => {
    const [a] = read(["接力队再创佳绩", "", "本报特派记者　李刚　发自东京", "", "男子接力队在决赛中跑出本赛季最好成绩,名列第四。"]);
    expect(a?.headline).toEqual({ title: "接力队再创佳绩", kicker: null, subtitle: null });
    expect(names(a)).toEqual([["李刚", "reporter", "本报特派记者", false]]);
    expect(a?.paragraphs).toEqual(["男子接力队在决赛中跑出本赛季最好成绩,名列第四。"]);
  });

  it("a lead credit closed by 发自 and a place leaves the body", () => {
    const [a] = read(["接力队再创佳绩", "", "本报记者 李刚 发自东京 男子接力队在决赛中跑出本赛季最好成绩。"]);
    expect(names(a)).toEqual([["李刚", "reporter", "本报记者", false]]);
    expect(a?.paragraphs).toEqual(["男子接力队在决赛中跑出本赛季最好成绩。"]);
  });

  it("发自内心 in the body is no credit", () => {
    const [a] = read(["老人捐出积蓄", "", "本报讯　这份善意发自内心,老人说自己只是做了该做的事。"]);
    expect(names(a)).toEqual([]);
    expect(a?.paragraphs).toEqual(["这份善意发自内心,老人说自己只是做了该做的事。"]);
  });

  it("a signature with the signer's post under a headline is the byline, not a subtitle", () => {
    const body = "一些中介以帮助商家退租为名,诱导经营者拖欠员工工资。";
    for (const post of ["律师", "某某大学法学院教授"]) {
      const [a] = read(["闭店中介不是法外之地", "", `${post}　夏子涵`, "", body]);
      expect(a?.headline).toEqual({ title: "闭店中介不是法外之地", kicker: null, subtitle: null });
      expect(names(a)).toEqual([["夏子涵", "author", post, false]]);
      expect(a?.paragraphs).toEqual([body]);
    }
  });

  it("a subtitle naming a group of professionals stays the subtitle", () => {
    const [a] = read(["法律服务进社区", "全市律师　齐聚一堂", "", "本报讯　昨天,法律服务进社区活动在城南街道启动。"]);
    expect(a?.headline.subtitle).toBe("全市律师　齐聚一堂");
    expect(names(a)).toEqual([]);
  });

  it("a post and a name inside the body stay body text", () => {
    const [a] = read([
      "专家团队进村服务",
      "",
      "本报讯　昨天,市农科院专家团队来到村里,现场解答种植难题。",
      "",
      "首席专家　王志刚",
      "",
      "他说,今年的病虫害防治要提早动手。",
    ]);
    expect(names(a)).toEqual([]);
  });

  it("a bracketed 本版编辑 at the foot of a page is the page's staff, not the last article's editor", () => {
    const lines = ["座谈会在京召开", "", "本报讯　记者刘晓红报道：座谈会昨天在北京召开。", "", "（本版编辑　周文斌）"];
    const records = extract(lines.join("\n")).records;
    const [a] = articles(records);
    expect(names(a)).toEqual([["刘晓红", "reporter", "记者", false]]);
    const pages = records.filter((r) => r.type === "page");
    expect(pages.map((p) => p.type === "page" && p.staff)).toEqual([[{ name: "周文斌", role: "editor", label: "本版编辑" }]]);
  });

  it("a bracketed staff line naming more than editors is the page's staff, as it is without brackets", () => {
    const body = "本报讯　记者刘晓红报道：座谈会昨天在北京召开。";
    const cases: [string, { name: string; role: string; label: string }[]][] = [
      [
        "（本版编辑　李 昭　美编　高 妍）",
        [
          { name: "李昭", role: "editor", label: "本版编辑" },
          { name: "高妍", role: "art-editor", label: "美编" },
        ],
      ],
      [
        "（责任编辑：孟凡　校对：杜可）",
        [
          { name: "孟凡", role: "editor", label: "责任编辑" },
          { name: "杜可", role: "proofreader", label: "校对" },
        ],
      ],
    ];
    for (const [line, staff] of cases) {
      const records = extract(["座谈会在京召开", "", body, "", line].join("\n")).records;
      const [a] = articles(records);
      expect(names(a), line).toEqual([["刘晓红", "reporter", "记者", false]]);
      const pages = records.filter((r) => r.type === "page");
      expect(pages.map((p) => p.type === "page" && p.staff), line).toEqual([staff]);
    }
  });

  it("a bracketed reporter's or editor's credit under a wire item stays the item's byline", () => {
    const head = ["海港新航线开通", "", "新华社天津5月3日电　一条新的集装箱航线昨天开通。", ""];
    const [a] = read([...head, "（编辑　张三）"]);
    expect(names(a)).toEqual([["张三", "editor", "编辑", false]]);
    const [b] = read([...head, "（本报记者　王芳）"]);
    expect(names(b)).toEqual([["王芳", "reporter", "本报记者", false]]);
  });

  it("a bracketed editor credit without 本版 still credits the article above", () => {
    const [a] = read(["座谈会在京召开", "", "本报讯　记者刘晓红报道：座谈会昨天在北京召开。", "", "（责任编辑：周文斌）"]);
    expect(names(a)).toEqual([
      ["刘晓红", "reporter", "记者", false],
      ["周文斌", "editor", "责任编辑", false],
    ]);
  });

  it("a padded pseudonym with no surname after a role word is a name, and the bracket leaves the body", () => {
    const [a, b] = read([
      "高温持续",
      "",
      "本报讯（记者 韩 冰 通讯员 气 宣）记者昨日从市气象台获悉，高温天气将持续至周末。",
      "",
      "市民出行注意防暑",
      "",
      "连日高温，市民出行请注意防暑降温。（记者 丁 磊 通讯员 卫 宣）",
    ]);
    expect(names(a)).toEqual([
      ["韩冰", "reporter", "记者", false],
      ["气宣", "correspondent", "通讯员", false],
    ]);
    expect(a?.paragraphs[0]).toBe("记者昨日从市气象台获悉，高温天气将持续至周末。");
    expect(names(b)).toEqual([
      ["丁磊", "reporter", "记者", false],
      ["卫宣", "correspondent", "通讯员", false],
    ]);
    expect(b?.paragraphs[0]).toBe("连日高温，市民出行请注意防暑降温。");
  });

  it("a spaced lead credit closed by 文/图 leaves the body clean and credits the pictures", () => {
    const [a] = read([
      "楼顶菜园喜获丰收",
      "",
      "　　本报讯　记者　罗一鸣　实习生　叶芝　文／图　6月12日，城东一小区的业主们在楼顶菜园摘下了第一批黄瓜。",
    ]);
    expect(a?.paragraphs[0]).toBe("6月12日，城东一小区的业主们在楼顶菜园摘下了第一批黄瓜。");
    expect(names(a)).toEqual([
      ["罗一鸣", "reporter", "记者", true],
      ["叶芝", "intern", "实习生", true],
    ]);
  });

  it("a closing note on who the author is makes a signed piece a commentary and leaves the body", () => {
    const [a] = read([
      "乡村需要更多新农人",
      "文/林晓川",
      "",
      "　　近年来，越来越多的年轻人回到乡村，用新技术种地养殖，带来了新观念。",
      "",
      "　　培养新农人，需要在土地、金融等方面给予更多支持，让他们留得下、干得好。",
      "",
      "　　（作者为某农业大学教授）",
    ]);
    expect(a?.genre).toBe("commentary");
    expect(a?.paragraphs.at(-1)).toBe("培养新农人，需要在土地、金融等方面给予更多支持，让他们留得下、干得好。");
  });

  it("a note glued to the last sentence counts too; a report quoting 作者 in its text stays news", () => {
    const [a, b] = read([
      "乡村需要更多新农人",
      "作者：林晓川",
      "",
      "　　培养新农人，需要在土地、金融等方面给予更多支持，让他们留得下、干得好。（作者系某市农科院研究员）",
      "",
      "新书讲述小镇变迁",
      "",
      "　　本报讯（记者 罗一鸣）昨日，一部讲述小镇变迁的新书首发，该书作者为本地一名退休教师。",
    ]);
    expect(a?.genre).toBe("commentary");
    expect(a?.paragraphs).toEqual(["培养新农人，需要在土地、金融等方面给予更多支持，让他们留得下、干得好。"]);
    expect(b?.genre).toBe("news");
  });

  it("names padded to three characters' width (欧阳 明, 贾 文 丽) are read in a lead's credit", () => {
    const [a] = read(["城东小区完成改造", "本报讯（记者 欧阳 明 通讯员 贾 文 丽）6月6日，城东小区改造工程通过验收。"]);
    expect(names(a)).toEqual([
      ["欧阳明", "reporter", "记者", false],
      ["贾文丽", "correspondent", "通讯员", false],
    ]);
    expect(a?.paragraphs).toEqual(["6月6日，城东小区改造工程通过验收。"]);
  });

  it("a picture credit with a padded compound-surname name credits the picture", () => {
    const [a] = read(["麦田里的收割机", "　　6月7日，几台收割机在示范区里来回作业。", "　　　　本报记者 司马 光 摄"]);
    expect(names(a)).toEqual([["司马光", "reporter", "本报记者", true]]);
    expect(a?.paragraphs).toEqual(["6月7日，几台收割机在示范区里来回作业。"]);
  });

  it("a staff line with a padded compound-surname name is furniture, not a headline", () => {
    const records = extract(
      ["责任编辑：方 远　美术编辑：欧阳 晨　校对：黎 敏", "", "秋季游园会周末开幕", "", "本报记者　周晓峰", "", "市园林局昨日表示，游园会将持续两周。"].join("\n"),
    ).records;
    const page = records.find((r) => r.type === "page");
    expect(page?.type === "page" ? page.staff.map((s) => s.name) : null).toEqual(["方远", "欧阳晨", "黎敏"]);
    expect(articles(records)[0]?.headline.title).toBe("秋季游园会周末开幕");
  });

  it("a bracketed signature after an article's last sentence signs it, glued or on its own line", () => {
    for (const tail of ["。（陈林）", "。\n\n　　　　（陈 林）"]) {
      const [a] = read(["女子举重再夺金牌", "", `本报讯　在昨天结束的比赛中，我省选手夺得一枚金牌${tail}`]);
      expect(names(a)).toEqual([["陈林", "author", null, false]]);
      expect(a?.paragraphs).toEqual(["在昨天结束的比赛中，我省选手夺得一枚金牌。"]);
    }
  });

  it("a bracketed end note that names no one gives no byline", () => {
    for (const note of ["（完）", "（北京）", "（全文完）"]) {
      const [a] = read(["女子举重再夺金牌", "", `本报讯　在昨天结束的比赛中，我省选手夺得一枚金牌。${note}`]);
      expect(a?.bylines).toEqual([]);
    }
  });

  it("a bracketed two-character word after a bylined report's last sentence stays in its text", () => {
    // 武汉 and 周一 read like a surname and a given name; the report is signed already.
    for (const word of ["（武汉）", "（周一）"]) {
      const [a] = read(["民生实事全部完成", "", `本报讯（记者 李 明）今年确定的10件民生实事已全部完成，明年征集工作将于下月启动。${word}`]);
      expect(names(a)).toEqual([["李明", "reporter", "记者", false]]);
      expect(a?.paragraphs).toEqual([`今年确定的10件民生实事已全部完成，明年征集工作将于下月启动。${word}`]);
    }
  });

  it("the name closing a note on who the author is signs the commentary", () => {
    const [a] = read(["网购退货别设门槛", "", "七天无理由退货是消费者的法定权利，商家不应层层设卡。", "", "（作者系某某大学法学院讲师　韩 蕾）"]);
    // The words before the name in the note are its label (records.md: `label`).
    expect(names(a)).toEqual([["韩蕾", "author", "作者系某某大学法学院讲师", false]]);
    expect(a?.paragraphs).toEqual(["七天无理由退货是消费者的法定权利，商家不应层层设卡。"]);
  });

  it("a special correspondent with the place he is posted to is a reporter", () => {
    const [a] = read(["边境口岸客流回升", "", "（新山20日讯）州政府今日表示，口岸日均客流超过两万人次。", "", "（本报柔佛特派员 林佩仪）"]);
    expect(names(a)).toEqual([["林佩仪", "reporter", "本报柔佛特派员", false]]);
    expect(a?.paragraphs).toEqual(["州政府今日表示，口岸日均客流超过两万人次。"]);
  });

  it("报道 before a name on its own line credits a reporter", () => {
    const [a] = read(["夜市摊位增至两百个", "", "报道：郑伟杰", "（怡保5日讯）市政厅今日表示，新夜市摊位已增至200个。"]);
    expect(names(a)).toEqual([["郑伟杰", "reporter", "报道", false]]);
    expect(a?.paragraphs).toEqual(["市政厅今日表示，新夜市摊位已增至200个。"]);
  });

  it("a picture credit naming the correspondent of the byline marks that byline photo", () => {
    const [a] = read([
      "滨江步道全线贯通",
      "",
      "　　本报讯（通讯员 俞　洁）3月2日，滨江步道最后一段完工，全线贯通。",
      "",
      "　　图为贯通后的滨江步道。　　　　　　　　俞　洁摄",
    ]);
    expect(names(a)).toEqual([["俞洁", "correspondent", "通讯员", true]]);
    expect(a?.paragraphs).toEqual(["3月2日，滨江步道最后一段完工，全线贯通。"]);
  });

  it("a picture credit naming someone else adds that person, and leaves the byline's photo false", () => {
    const [a] = read([
      "滨江步道全线贯通",
      "",
      "　　本报讯（通讯员 俞　洁）3月2日，滨江步道最后一段完工，全线贯通。",
      "",
      "　　图为贯通后的滨江步道。　　　　　　　　贺　岚摄",
    ]);
    expect(names(a)).toEqual([
      ["俞洁", "correspondent", "通讯员", false],
      ["贺岚", "author", null, true],
    ]);
  });

  it("a byline line of transliterated names under a headline is the byline, not a subtitle", () => {
    const [a] = read(["草场上的智能围栏", "", "本报记者 旦增罗布 通讯员 额尔敦毕力格", "", "入秋以来，牧民用手机就能查看围栏里的羊群。"]);
    expect(a?.headline).toEqual({ title: "草场上的智能围栏", kicker: null, subtitle: null });
    expect(names(a)).toEqual([
      ["旦增罗布", "reporter", "本报记者", false],
      ["额尔敦毕力格", "correspondent", "通讯员", false],
    ]);
    expect(a?.paragraphs).toEqual(["入秋以来，牧民用手机就能查看围栏里的羊群。"]);
  });

  it("a picture credit with a transliterated or dotted name makes a photo item of its own", () => {
    for (const [credit, name] of [["本报记者 德吉央宗 摄", "德吉央宗"], ["本报记者 阿迪力.吐尔逊 摄", "阿迪力.吐尔逊"]] as const) {
      const records = read([
        "新建饲草站投用",
        "",
        "本报讯（记者 巴桑） 8月3日，县里新建的饲草站投入使用。",
        "",
        "高原牧场秋色浓",
        "",
        "8月4日，牧民在草场上赶着羊群回圈。",
        credit,
      ]);
      expect(records).toHaveLength(2);
      expect(records[1]?.genre).toBe("photo");
      expect(names(records[1])).toEqual([[name, "reporter", "本报记者", true]]);
      expect(records[1]?.paragraphs).toEqual(["8月4日，牧民在草场上赶着羊群回圈。"]);
    }
  });

  it("a lead credit of role-and-name pairs joined by 、 before 报道 is left out of the body", () => {
    const [a] = read(["立体停车楼启用", "", "江城晚报讯　全媒体记者罗志远、实习生叶思彤报道：昨天，全市首座立体停车楼启用。"]);
    expect(names(a)).toEqual([
      ["罗志远", "reporter", "全媒体记者", false],
      ["叶思彤", "intern", "实习生", false],
    ]);
    expect(a?.paragraphs).toEqual(["昨天，全市首座立体停车楼启用。"]);
  });

  it("a staff line with dotted and long names is furniture, not a headline", () => {
    const records = extract(
      ["要闻", "责任编辑：古丽娜尔·吐尔逊  美术编辑：周 航  校对：额尔敦毕力格", "", "棉花收购过半", "", "本报讯（记者 王刚） 10月14日，全县已收购棉花两万吨。"].join("\n"),
    ).records;
    const page = records.find((r) => r.type === "page");
    expect(page?.type === "page" ? page.staff.map((s) => [s.name, s.role]) : null).toEqual([
      ["古丽娜尔·吐尔逊", "editor"],
      ["周航", "art-editor"],
      ["额尔敦毕力格", "proofreader"],
    ]);
    expect(articles(records)[0]?.headline).toEqual({ title: "棉花收购过半", kicker: null, subtitle: null });
  });

  it("a brief signed in brackets with a pen-name abbreviation or an office's short name: the signer is a byline, the bracket no text", () => {
    const [a, b, c, d] = read([
      "网点开展反诈宣传",
      "　　本报讯　5月19日，城区多家银行网点开展反诈宣传。（金时）",
      "",
      "普惠贷款再扩面",
      "　　本报讯　今年以来，全县新增普惠小微贷款2.3亿元。（县金融办）",
      "",
      "农商行进村服务",
      "　　本报讯（记者 罗一鸣）5月20日，县农商行工作人员走进村部办理业务。（县农商行）",
      "",
      "条例明起施行",
      "　　本报讯　《城市绿化管理条例》明日起施行。（试行）",
    ]);
    expect(names(a)).toEqual([["金时", "author", null, false]]);
    expect(a?.paragraphs).toEqual(["5月19日，城区多家银行网点开展反诈宣传。"]);
    expect(names(b)).toEqual([["县金融办", "source", null, false]]);
    expect(b?.paragraphs).toEqual(["今年以来，全县新增普惠小微贷款2.3亿元。"]);
    // Signed already by its reporter: the bracket signs no more, and stays where it stands.
    expect(names(c)).toEqual([["罗一鸣", "reporter", "记者", false]]);
    expect(c?.paragraphs).toEqual(["5月20日，县农商行工作人员走进村部办理业务。（县农商行）"]);
    expect(names(d)).toEqual([]);
    expect(d?.paragraphs).toEqual(["《城市绿化管理条例》明日起施行。（试行）"]);
  });
});
