/**
 * Page layout cases written in the style of real papers: photo news whose
 * caption is its body, end notes in brackets, question headlines, kicker and
 * title, subheads, captions and column labels. Each page is small and its
 * expected records were worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (page: string) => articles(extract(page, { issueDate: "2024-05-12" }).records);
const credits = (a: ArticleRecord) => a.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`);
const NEXT = ["", "新桥通车", "", "　　本报讯　昨天，城南新桥建成通车。"];

describe("photo news: the caption is the body", () => {
  it.each([
    { credit: "新华社发（朱海鹏摄）", bylines: ["新华社/source/true", "朱海鹏/author/true"] },
    { credit: "（新华社发 朱海鹏摄）", bylines: ["新华社/source/true", "朱海鹏/author/true"] },
    { credit: "朱海鹏摄", bylines: ["朱海鹏/author/true"] },
    { credit: "新华社记者 朱海鹏 摄", bylines: ["朱海鹏/reporter/true"] },
    { credit: "（本报记者 朱海鹏摄）", bylines: ["朱海鹏/reporter/true"] },
    { credit: "（视觉中国供图）", bylines: ["视觉中国/source/true"] },
    { credit: " 记者 王五 摄", bylines: ["王五/reporter/true"] },
  ])("…作业。$credit", ({ credit, bylines }) => {
    const list = run(["春耕正当时", "", `　　3月7日，在城郊的示范田里，农民驾驶插秧机作业。${credit}`, ...NEXT].join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["春耕正当时", "新桥通车"]);
    const [a] = list;
    expect(a!.genre).toBe("photo");
    expect(a!.paragraphs).toEqual(["3月7日，在城郊的示范田里，农民驾驶插秧机作业。"]);
    expect(a!.date).toBe("2024-03-07");
    expect(credits(a!)).toEqual(bylines);
  });

  it("a caption beside a text article stays out of its paragraphs", () => {
    const page = ["社区食堂开张", "", "　　本报讯　城东社区食堂昨天开张，可容纳80人同时就餐。", "　　居民在食堂就餐。（本报记者 朱海鹏摄）"].join("\n");
    const [a, ...rest] = run(page);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual(["城东社区食堂昨天开张，可容纳80人同时就餐。"]);
    expect(a!.genre).toBe("news");
  });
});

describe("a line wholly in brackets ends the article above; it is never a headline", () => {
  it.each(["（据新华社）", "（新华社）", "（据《人民日报》）", "（本报综合）", "（据新华社电 记者王芳）", "（作者单位：北京大学）", "（本报记者 韩冬 参与采写）", "（王芳）", "（记者 王芳 王和平）"])(
    "%s",
    (note) => {
      const page = ["数据发布", "", "　　本报讯　国家统计局11日发布了一组数据。", `　　${note}`, ...NEXT].join("\n");
      const list = run(page);
      expect(list.map((a) => a.headline)).toEqual([
        { title: "数据发布", kicker: null, subtitle: null },
        { title: "新桥通车", kicker: null, subtitle: null },
      ]);
      // A note on who the author is, with no signer to speak of (`notesSigner`), stays the last paragraph: no line is lost.
      const kept = note.startsWith("（作者") ? [note] : [];
      expect(list[0]!.paragraphs).toEqual(["国家统计局11日发布了一组数据。", ...kept]);
      expect(list[0]!.source.lineEnd).toBe(4);
      expect(list[1]!.paragraphs).toEqual(["昨天，城南新桥建成通车。"]);
    },
  );

  it("a bracketed line with body text after it is the body's: a bracketed sentence, or a note on the text", () => {
    const page = [
      "基本工资明年拟调涨",
      "【记者林小文／台北报导】劳动部昨天召开审议会，初步决议明年月薪调涨4%。",
      "记者在会场外访问多名劳工，多数人认为涨幅赶不上物价。",
      "（本报记者昨天多次致电工商团体，截至截稿前未获回应。）",
      "主计部门统计，前4月物价平均上涨2.3%。",
      "（文中受访者均为化名）",
      "劳工团体表示，下周将再陈情。",
    ].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toHaveLength(6);
    expect(list[0]!.paragraphs[2]).toBe("（本报记者昨天多次致电工商团体，截至截稿前未获回应。）");
    expect(list[0]!.paragraphs[4]).toBe("（文中受访者均为化名）");
  });

  it("a bracketed source line under the headline is no end note: the article goes on", () => {
    const page = ["基本工资明年拟调涨", "（综合报导）", "劳动部昨天召开审议会，决议明年月薪调涨4%。", "劳工团体表示，下周将再陈情。", "审议会下月再开会。"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["基本工资明年拟调涨"]);
    expect(list[0]!.paragraphs).toEqual(["劳动部昨天召开审议会，决议明年月薪调涨4%。", "劳工团体表示，下周将再陈情。", "审议会下月再开会。"]);
  });

  it("a bracketed number alone is no end note", () => {
    const page = ["工作要点", "", "本报讯 今年全市将抓好三件大事，务求实效。", "", "（一）", "", "抓好项目建设，全年新开工项目一百个。"].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs.at(-1)).toBe("抓好项目建设，全年新开工项目一百个。");
  });
});

describe("an editor's note (编者按) introduces the report under it", () => {
  const NOTE = "编者按：老旧小区改造正从“有没有”走向“好不好”。本报今起推出系列报道。";
  const REPORT = ["　　本报讯（记者 周 明）昨天上午，城北小区的加装电梯工程完工。", "　　小区共有住户120户，其中老人占四成。"];
  it.each([
    ["on the paragraph's start", ["老旧小区的新电梯", "", `　　${NOTE}`, "", ...REPORT]],
    ["on a line of its own", ["老旧小区的新电梯", "", "编者按", "", NOTE.slice(4), "", ...REPORT]],
  ])("%s: one article, the report's dateline and byline read", (_name, lines) => {
    const list = run(lines.join("\n"));
    expect(list).toHaveLength(1);
    const [a] = list;
    expect(a!.headline.title).toBe("老旧小区的新电梯");
    expect(a!.genre).toBe("news");
    expect(a!.dateline?.text).toBe("本报讯");
    expect(credits(a!)).toEqual(["周明/reporter/false"]);
    expect(a!.paragraphs.slice(-2)).toEqual(["昨天上午，城北小区的加装电梯工程完工。", "小区共有住户120户，其中老人占四成。"]);
  });
});

describe("a source note under a table or chart (数据来源：…) belongs to the article above", () => {
  it.each(["数据来源：省统计局", "资料来源：劳动部、主计部门", "【图表来源：市统计局】".slice(1, -1)])("%s", (note) => {
    const page = [
      "工业增加值同比增长",
      "",
      "　　本报讯（记者 孙 浩）1—2月，全省工业增加值比上年同期增长7.2%。",
      "",
      note,
      "",
      "▲工人在生产线上作业。（记者 孙浩 摄）",
      "",
      "一批重大项目集中开工",
      "",
      "　　本报讯（记者 易 鸣）3月12日，全省一批重大项目集中开工。",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "工业增加值同比增长", kicker: null, subtitle: null },
      { title: "一批重大项目集中开工", kicker: null, subtitle: null },
    ]);
    expect(list[0]!.paragraphs).toEqual(["1—2月，全省工业增加值比上年同期增长7.2%。"]);
  });
});

describe("a bulleted column label (■简讯) heads the briefs under it and signs nothing", () => {
  it("no empty commentary, no author named 简讯", () => {
    const list = run(["■简讯", "■市图书馆延长开放时间　6月起，市图书馆开放时间延长至21时。（记者　林芳）"].join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["市图书馆延长开放时间"]);
    expect(credits(list[0]!)).toEqual(["林芳/reporter/false"]);
  });
});

describe("a crawled page's meta lines are never headlines", () => {
  it("发布时间/作者 above the title, 原标题 below the text", () => {
    const page = ["发布时间：2024年05月24日 09:12  作者：吴晓明", "城南社区新建口袋公园", "本报讯 城南社区新建的口袋公园昨天开放，占地约3000平方米。", "原标题：口袋公园开放"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([{ title: "城南社区新建口袋公园", kicker: null, subtitle: null }]);
    expect(list[0]!.paragraphs).toEqual(["城南社区新建的口袋公园昨天开放，占地约3000平方米。"]);
  });
});

describe("a bulleted list is body text, never a headline block with nothing under it", () => {
  it("a 数读 box of ● lines keeps every line and its figures", () => {
    const page = ["猪肉价格小幅回落", "", "　　本报讯（记者 孙浩）3月，全市猪肉零售均价环比下降2.1%。", "", "数读", "●全市新增市场主体2.3万户，增长12.1%", "●新登记企业6500户", "●个体工商户1.6万户"].join("\n");
    const list = run(page);
    const box = list.find((a) => a.paragraphs.some((p) => p.startsWith("●")));
    expect(box?.paragraphs).toEqual(["●全市新增市场主体2.3万户，增长12.1%", "●新登记企业6500户", "●个体工商户1.6万户"]);
    expect(box?.figures.map((f) => f.value)).toEqual([23000, 12.1, 6500, 16000]);
  });
});

describe("genre", () => {
  it.each(["全省网络评论工作会议召开", "市文艺评论家协会成立"])("a report under a dateline is news though its headline says 评论: %s", (title) => {
    const [a] = run([title, "", "　　本报讯（记者 周 明）3月14日，会议在省城召开，来自各地的代表参加。"].join("\n"));
    expect(a!.genre).toBe("news");
  });

  it("a commentary column word with no dateline still marks a commentary", () => {
    const [a] = run(["时评", "别让停车难成为心病", "", "　　近年来，老旧小区停车难的问题日益突出。"].join("\n"));
    expect(a!.genre).toBe("commentary");
  });

  it("a report of several paragraphs credited only with a supplied picture is news", () => {
    const page = [
      "新能源汽车产业园投产",
      "",
      "　　3月12日，城东新能源汽车产业园一期正式投产，首批整车下线。",
      "　　产业园总投资约50亿元，一期年产整车5万辆。",
      "　　园区负责人介绍，二期计划明年开工。",
      "　　（企业供图）",
    ].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs).toHaveLength(3);
    expect(a!.genre).toBe("news");
  });

  it.each([
    ["社論", "缺工問題不能只靠移工解決"],
    ["短評", "讓老街留住煙火氣"],
    ["時評", "別讓停車難成為心病"],
    ["觀點", "樓市調控應因城施策"],
    ["讀者投書", "公車班次應再加密"],
  ])("a Traditional column word (%s) marks a commentary", (kicker, title) => {
    const page = [kicker, title, "", "近年來，各地爭相推動地方創生，成效不一。", "", "筆者認為，關鍵仍在於人。"].join("\n");
    const [a] = run(page);
    expect(a!.headline).toEqual({ kicker, title, subtitle: null });
    expect(a!.genre).toBe("commentary");
  });

  it.each([
    ["a supplement's page: an essay", "南湖·副刊", "news"],
    ["a news page: an opinion piece", "要闻", "commentary"],
  ])("a piece signed with a bare signature under the page's section line, %s", (_, section, genre) => {
    const page = [
      "江城日报　　2025年10月17日　星期五　　07",
      section,
      "责任编辑：谭　静　　校对：胡　平",
      "",
      "老屋后的柿子树",
      "",
      "□　李秋云",
      "",
      "老屋后面有一棵柿子树，是祖父年轻时亲手栽下的，算起来已有八十多年了。",
      "",
      "每年霜降前后，满树的柿子由青转黄，再由黄转红，远远望去像挂了一树的小灯笼。",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["老屋后的柿子树"]);
    expect(list[0]!.bylines.map((b) => `${b.name}/${b.role}`)).toEqual(["李秋云/author"]);
    expect(list[0]!.genre).toBe(genre);
  });

  it("a forum in a news title is no opinion column", () => {
    const page = ["首届数字经济论坛在京开幕", "", "本报讯（记者 李华）首届数字经济论坛昨天在京开幕。"].join("\n");
    expect(run(page)[0]!.genre).toBe("news");
  });

  it("a reporter who took the picture of his own report does not make it photo news", () => {
    const page = [
      "老街假日人潮回流",
      "",
      "〔記者吳佩琪／彰化報導〕中秋連假將至，老街近期假日人潮明顯回升，周邊商家營業額成長約兩成。",
      "鎮公所表示，已編列經費改善老街周邊停車空間，並於連假期間實施交通管制。",
      "■老街假日人潮回流，商家笑開懷。（記者吳佩琪攝）",
    ].join("\n");
    const [a] = run(page);
    expect(a!.genre).toBe("news");
    expect(a!.paragraphs).toHaveLength(2);
  });

  it("a long text credited only to its photographer is no photo news", () => {
    const sentence = "新建的文化中心设有图书馆、剧场和展览厅，面向市民免费开放，周末还将举办各类公益讲座和演出活动。";
    const page = ["文化中心开放", "", ...Array.from({ length: 10 }, () => sentence), "记者 张三 摄"].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs.join("").length).toBeGreaterThan(400);
    expect(a!.genre).toBe("news");
  });
});

describe("a headline ending in ？ or ！", () => {
  const before = ["公园改造完工", "", "本报讯（记者 张三）昨天，城东公园改造完工。", ""];

  it.each([
    ["a bulleted column name and signature", "■ 楚天时评 张 弛"],
    ["a bulleted signature", "□张 弛"],
    ["a bare signature", "张 弛"],
  ])("opens a commentary signed by %s", (_, signature) => {
    const page = [...before, "谁来为“僵尸车”买单？", "", signature, "", "小区里停着一辆落满灰尘的轿车，一停就是三四年。", "", "清理“僵尸车”难，难在产权认定。"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", "谁来为“僵尸车”买单？"]);
    expect(list[0]!.paragraphs).toEqual(["昨天，城东公园改造完工。"]);
    expect(list[1]!.genre).toBe("commentary");
    expect(credits(list[1]!)).toEqual(["张弛/author/false"]);
    expect(list[1]!.paragraphs).toHaveLength(2);
  });

  it("heads a stack whose dateline comes after its second line", () => {
    const page = [...before, "“僵尸车”何时能清走？", "业主盼望早日解决", "", "本报讯（记者 李四）小区里停着一辆轿车，一停就是三四年。"].join("\n");
    const list = run(page);
    expect(list).toHaveLength(2);
    expect(list[0]!.paragraphs).toEqual(["昨天，城东公园改造完工。"]);
    expect(list[1]!.headline).toEqual({ title: "“僵尸车”何时能清走？", kicker: null, subtitle: "业主盼望早日解决" });
  });

  it("a question between paragraphs, with no credit under it, stays a paragraph", () => {
    const page = [...before, "这是为什么？", "", "原来，公园改造前广泛征求了居民意见。", "", "改造效果如何？", "", "居民们纷纷点赞。"].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual(["昨天，城东公园改造完工。", "这是为什么？", "原来，公园改造前广泛征求了居民意见。", "改造效果如何？", "居民们纷纷点赞。"]);
  });

  it("a question over a subhead, with no credit under them, stays a paragraph", () => {
    const page = [...before, "难题怎么破？", "", "多方联动 改造提速", "", "公园改造期间，街道、物业和居民多方联动，形成合力。"].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toContain("难题怎么破？");
    expect(list[0]!.subheads).toEqual(["多方联动 改造提速"]);
  });

  it.each([
    ["□江城市西山区人民法院　刘　岩", ["刘岩/author/江城市西山区人民法院"]],
    ["■ 东湖区人民检察院 陈晓林", ["陈晓林/author/东湖区人民检察院"]],
    ["□滨江律师事务所　王芳　李娜", ["王芳/author/滨江律师事务所", "李娜/author/滨江律师事务所"]],
  ])("a bulleted signature with the signers' organisation before the names, %s, labels their bylines", (signature, expected) => {
    const page = [...before, "“跑分”赚快钱　当心成“帮凶”", "", signature, "", "诈骗团伙转移资金的手段不断翻新。", "", "切勿出租、出借个人账户。"].join("\n");
    const list = run(page);
    expect(list[1]!.headline).toEqual({ title: "“跑分”赚快钱　当心成“帮凶”", kicker: null, subtitle: null });
    expect(list[1]!.bylines.map((b) => `${b.name}/${b.role}/${b.label}`)).toEqual(expected);
    expect(list[1]!.genre).toBe("commentary");
  });

  it("a bullet before an organisation and words that are no names is no signature", () => {
    const page = [...before, "■ 西山区人民法院 审结首例案件", "", "全年审结案件1200件。"].join("\n");
    const [a] = run(page);
    expect(a!.subheads).toEqual(["■ 西山区人民法院 审结首例案件"]);
    expect(a!.bylines).toHaveLength(1);
  });

  it("a bullet before words that are no names is no signature", () => {
    const page = [...before, "■ 重点项目加快推进", "", "全年新开工项目120个。"].join("\n");
    const [a] = run(page);
    expect(a!.subheads).toEqual(["■ 重点项目加快推进"]);
    expect(a!.bylines).toHaveLength(1);
  });
});

describe("subheads", () => {
  it("a heading asked as a question with no credit under it is a subhead", () => {
    const page = [
      "社区食堂开到弄堂口",
      "",
      "本报讯（记者 沈璐）中午11点不到，小食堂里已经坐满了人。",
      "",
      "这家小食堂去年开业，面积约180平方米。",
      "",
      "助餐补贴怎么领",
      "",
      "根据政策，老人每餐可享受2元至5元不等的补贴。",
      "",
      "截至4月底，全区已建成助餐点86个。",
      "",
      "菜品如何更适老",
      "",
      "食堂推出了低糖低盐套餐。",
    ].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.subheads).toEqual(["助餐补贴怎么领", "菜品如何更适老"]);
    expect(list[0]!.paragraphs).toHaveLength(5);
  });

  it("a question heading with a byline under it opens an article", () => {
    const page = ["社区食堂开张", "", "本报讯（记者 沈璐）城东社区食堂昨天开张。", "", "旧小区如何加装电梯", "", "记者 王五", "", "老旧小区加装电梯，难在协调。"].join("\n");
    expect(run(page).map((a) => a.headline.title)).toEqual(["社区食堂开张", "旧小区如何加装电梯"]);
  });

  it("a heading that echoes both the article above and the section below is a subhead", () => {
    const page = ["老旧小区改造提速", "", "全市已有三十个小区完成改造，居民生活更便利。", "", "加装电梯 改造惠民", "", "今年全市计划加装电梯二百部，首批已经投用。"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["老旧小区改造提速"]);
    expect(list[0]!.subheads).toEqual(["加装电梯 改造惠民"]);
  });

  it("a headline that echoes only the text below it opens a new article", () => {
    const page = ["春季植树活动启动", "", "3月12日,全市各地开展义务植树活动,共栽种树苗5万余株。", "", "新建公园免费开放", "", "位于城北的新公园今日起免费向市民开放,园内设有步道和儿童乐园。"].join("\n");
    expect(run(page).map((a) => a.headline.title)).toEqual(["春季植树活动启动", "新建公园免费开放"]);
  });

  it("a long numbered heading is not joined to the paragraph below it", () => {
    const page = [
      "前三季度经济运行稳中向好",
      "",
      "本报讯（记者 许文涛）市统计局10月19日发布数据。全市经济稳中向好。",
      "",
      "一、工业生产稳步回升",
      "工业增加值同比增长6.8%。",
      "",
      "二、固定资产投资保持较快增长",
      "前三季度，全市固定资产投资同比增长4.3%。",
      "",
      "（三）社会消费品市场持续恢复",
      "社会消费品零售总额增长7.2%。",
    ].join("\n");
    const [a] = run(page);
    expect(a!.subheads).toEqual(["一、工业生产稳步回升", "二、固定资产投资保持较快增长", "（三）社会消费品市场持续恢复"]);
    expect(a!.paragraphs).toEqual(["市统计局10月19日发布数据。全市经济稳中向好。", "工业增加值同比增长6.8%。", "前三季度，全市固定资产投资同比增长4.3%。", "社会消费品零售总额增长7.2%。"]);
  });

  it("a numbered list line with clause punctuation still joins its continuation", () => {
    const page = ["报名须知", "", "本报讯 市图书馆志愿者招募开始。", "", "一、报名者须年满十八周岁，身体健康，", "能够每周服务半天以上。"].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs.at(-1)).toBe("一、报名者须年满十八周岁，身体健康，能够每周服务半天以上。");
  });
});

describe("captions", () => {
  const park = ["公园改造完工", "", "本报讯（记者 张三）昨天，城东公园改造完工，新增绿地2万平方米。", ""];

  it.each([
    ["a marked caption", "▲改造后的城东公园"],
    ["an unmarked caption", "改造后的城东公园"],
  ])("%s over a credit after an article is that article's, not an article of its own", (_, caption) => {
    const list = run([...park, caption, "记者 张三 摄", ...NEXT].join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", "新桥通车"]);
    expect(list[0]!.paragraphs).toEqual(["昨天，城东公园改造完工，新增绿地2万平方米。"]);
    expect(credits(list[0]!)).toEqual(["张三/reporter/true"]);
    expect(list[0]!.source.lineEnd).toBe(6);
  });

  it("a headline over a credit with the caption text under it is photo news", () => {
    const list = run([...park, "春耕忙", "记者 王五 摄", "", "3月5日，农民在田间劳作。", ...NEXT].join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", "春耕忙", "新桥通车"]);
    expect(list[1]!.genre).toBe("photo");
    expect(list[1]!.paragraphs).toEqual(["3月5日，农民在田间劳作。"]);
  });

  it("a 图为 caption and its credit under a text article are no paragraph of it", () => {
    const page = ["梯田迎来观赏季", "", "入夏以来，山区梯田层层叠叠，吸引大批游客前来观光。", "", "图为5月10日，游客在景区观赏梯田风光。", "新华社记者　胡晨欢摄", ...NEXT].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["梯田迎来观赏季", "新桥通车"]);
    expect(list[0]!.paragraphs).toEqual(["入夏以来，山区梯田层层叠叠，吸引大批游客前来观光。"]);
    expect(list[0]!.genre).toBe("news");
    expect(credits(list[0]!)).toEqual(["胡晨欢/reporter/true"]);
  });

  it.each([
    ["with its credit on the line", ["▲改造后的城东公园。 记者 张三 摄"]],
    ["with its credit under it", ["▲改造后的城东公园", "记者 张三 摄"]],
  ])("a caption %s between the two pieces of a paragraph does not stop their join", (_, caption) => {
    const page = [
      "公园改造完工",
      "",
      "本报讯（记者 张三）昨天，城东公园改造完工，新增绿地2万平方米。改造后的公园增设了儿童游乐区和健身步道，周边",
      "",
      ...caption,
      "",
      "居民纷纷前来散步健身。下一步，该市还将对城西公园进行改造。",
      ...NEXT,
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", "新桥通车"]);
    expect(list[0]!.paragraphs).toEqual([
      "昨天，城东公园改造完工，新增绿地2万平方米。改造后的公园增设了儿童游乐区和健身步道，周边居民纷纷前来散步健身。下一步，该市还将对城西公园进行改造。",
    ]);
    expect(credits(list[0]!)).toEqual(["张三/reporter/true"]);
  });

  describe("a caption with its picture credit on the same line, a wide gap apart", () => {
    const lead = "　　本报讯（记者 张三）昨天，城东公园改造完工，新增绿地2万平方米。";
    const after = "　　下一步，该市还将对城西公园进行改造。";
    // The line, and whether its text before the credit is a caption (kept out of the paragraphs).
    it.each([
      ["　　市民在改造后的公园里散步。　　　　全媒体记者　李　四　摄", ["李四/reporter/true"]],
      ["　　市民在改造后的公园里散步。　　　　记者　李　四　摄", ["李四/reporter/true"]],
      ["　　市民在改造后的公园里散步。　　　　李　四　摄", ["李四/author/true"]],
      ["　　市民在改造后的公园里散步。　　（全媒体记者 李四 摄）", ["李四/reporter/true"]],
      // A caption whose sentence speaks of photography is still a caption: the credit makes it one.
      ["　　摄影爱好者在公园里拍摄晚霞。　　　　记者　李　四　摄", ["李四/reporter/true"]],
    ])("%s is a caption, at the end of the article or between its paragraphs", (line, bylines) => {
      for (const rest of [[], [after]]) {
        const [a, ...others] = run(["公园改造完工", "", lead, line, ...rest].join("\n"));
        expect(others).toEqual([]);
        expect(a!.paragraphs).toEqual(["昨天，城东公园改造完工，新增绿地2万平方米。", ...rest.map((r) => r.trim())]);
        expect(credits(a!)).toEqual(["张三/reporter/false", ...bylines]);
      }
    });

    it("a long paragraph with a credit after it keeps its text", () => {
      const long =
        "　　改造后的公园增设了儿童游乐区、健身步道和休闲广场，绿化面积比改造前增加了一倍多，周边居民纷纷前来散步健身。园内还新建了两座公共厕所和一处停车场。　　　　记者　李　四　摄";
      const [a] = run(["公园改造完工", "", lead, long, after].join("\n"));
      expect(a!.paragraphs).toEqual([
        "昨天，城东公园改造完工，新增绿地2万平方米。",
        "改造后的公园增设了儿童游乐区、健身步道和休闲广场，绿化面积比改造前增加了一倍多，周边居民纷纷前来散步健身。园内还新建了两座公共厕所和一处停车场。",
        "下一步，该市还将对城西公园进行改造。",
      ]);
      expect(credits(a!)).toEqual(["张三/reporter/false", "李四/reporter/true"]);
    });

    it("a lead paragraph with a credit after it stays the lead", () => {
      const [a] = run(["公园改造完工", "", `${lead}　　　　记者　李　四　摄`, after].join("\n"));
      expect(a!.paragraphs).toEqual(["昨天，城东公园改造完工，新增绿地2万平方米。", "下一步，该市还将对城西公园进行改造。"]);
      expect(a!.dateline?.text).toBe("本报讯");
    });

    it.each(["　　摄影展吸引了不少市民前来参观。", "　　他拍摄了公园改造前后的照片。　　这些照片将在社区展出。"])(
      "%s, with no credit after it, stays a paragraph",
      (line) => {
        const [a] = run(["公园改造完工", "", lead, line, after].join("\n"));
        expect(a!.paragraphs).toHaveLength(line.includes("这些") ? 4 : 3);
        expect(a!.paragraphs[1]).toBe(line.trim().split("　　")[0]);
        expect(credits(a!)).toEqual(["张三/reporter/false"]);
      },
    );
  });

  it("a paragraph with a credit glued on is no caption to set aside", () => {
    const page = [
      "禁火令落到实处",
      "",
      "连日来，街道联合派出所开展露天焚烧整治行动，在辖区内发现起火点后第一时间赶赴现场制止",
      "",
      "焚烧秸秆。当天共处置露天焚烧行为5起。街道将持续巡查，加大打击力度，确保辖区安全。通讯员/丁一 供图",
    ].join("\n");
    const [a] = run(page);
    expect(a!.paragraphs).toEqual(["连日来，街道联合派出所开展露天焚烧整治行动，在辖区内发现起火点后第一时间赶赴现场制止焚烧秸秆。当天共处置露天焚烧行为5起。街道将持续巡查，加大打击力度，确保辖区安全。"]);
  });

  it.each([
    ["图/受访者提供", ["受访者/source/true"]],
    ["圖：某管理局提供", ["某管理局/source/true"]],
    ["（圖：某管理局提供）", ["某管理局/source/true"]],
    ["圖片來源：某管理局", ["某管理局/source/true"]],
    ["（本報資料圖片）", []],
    ["（资料图片）", []],
    ["（人民视觉）", []],
  ])("an organisation's picture credit %s is no headline or body", (line, bylines) => {
    const page = [...park, line, ...NEXT].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "公园改造完工", kicker: null, subtitle: null },
      { title: "新桥通车", kicker: null, subtitle: null },
    ]);
    expect(list[0]!.paragraphs).toEqual(["昨天，城东公园改造完工，新增绿地2万平方米。"]);
    expect(credits(list[0]!)).toEqual(["张三/reporter/false", ...bylines]);
  });

  it("a bulleted caption credited to no one by name is no paragraph", () => {
    const page = ["消費券加碼", "", "本報記者 陳浩賢 報道：第三期電子消費優惠計劃將於十月一日起實施。", "經科局表示，首兩期計劃共帶動消費逾四十五億元。", "■市民在商場使用電子消費優惠。本報記者　攝", ...NEXT].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["消費券加碼", "新桥通车"]);
    expect(list[0]!.paragraphs.at(-1)).toBe("經科局表示，首兩期計劃共帶動消費逾四十五億元。");
  });

  it("a picture with a marked caption inside a section does not make its heading photo news", () => {
    const page = [
      "社区食堂开到弄堂口",
      "",
      "本报讯（记者 沈璐）中午11点不到，小食堂里已经坐满了人。",
      "",
      "助餐补贴怎么领",
      "",
      "根据政策，老人每餐可享受2元至5元不等的补贴。",
      "",
      "▲老人们在小食堂用餐",
      "陈梅/摄",
      ...NEXT,
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["社区食堂开到弄堂口", "新桥通车"]);
    expect(list[0]!.subheads).toEqual(["助餐补贴怎么领"]);
    expect(list[0]!.genre).toBe("news");
  });

  it("a headline over a credit after a jump note is photo news, not a caption of the jumped article", () => {
    const page = [
      "今冬供暖有望提前",
      "",
      "本报讯（记者 陈倩）全市集中供暖项目将视气温情况提前启动，供暖季收费约",
      "（下转A05版）",
      "",
      "百万市民观看马拉松",
      "记者 张红 摄",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["今冬供暖有望提前", "百万市民观看马拉松"]);
    expect(list[1]!.genre).toBe("photo");
  });

  it("a marked line with no picture credit under it is left alone (▲ also bullets subheads)", () => {
    const page = [...park, "▲ 配套设施同步完善", "", "公园周边新建停车场一处，设车位200个。"].join("\n");
    const [a, ...rest] = run(page);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual(["▲ 配套设施同步完善"]);
  });

  describe("a lead paragraph with a picture credit glued to its end is no caption", () => {
    const head = ["秋季车展落幕", ""];
    const second = "展会主办方表示，本届车展共吸引观众约15万人次。";
    it.each([
      {
        line: "本报讯（记者 林小雨）10月6日，秋季车展在会展中心落幕。 记者 孙涛 摄",
        dateline: "本报讯",
        bylines: ["林小雨/reporter/false", "孙涛/reporter/true"],
      },
      {
        line: "本报讯（记者 林小雨）10月6日，秋季车展在会展中心落幕。　　记者　孙　涛　摄",
        dateline: "本报讯",
        bylines: ["林小雨/reporter/false", "孙涛/reporter/true"],
      },
      {
        line: "新华社南昌10月6日电（记者 林小雨）10月6日，秋季车展在会展中心落幕。 新华社记者 孙涛 摄",
        dateline: "新华社南昌10月6日电",
        bylines: ["林小雨/reporter/false", "孙涛/reporter/true"],
      },
    ])("$line", ({ line, dateline, bylines }) => {
      const [a, ...rest] = run([...head, line, "", second].join("\n"));
      expect(rest).toEqual([]);
      expect(a!.dateline?.text).toBe(dateline);
      expect(a!.paragraphs).toEqual(["10月6日，秋季车展在会展中心落幕。", second]);
      expect(credits(a!)).toEqual(bylines);
      expect(a!.genre).toBe("news");
    });

    // Negatives: captions that open on a date or a place, no dateline nor writer's credit: still captions.
    it.each([
      "10月6日，观众在会展中心参观新车。 记者 孙涛 摄",
      "会展中心内，观众正在参观新车。 记者 孙涛 摄",
      "南昌会展中心，10月6日，观众排队入场。 记者 孙涛 摄",
    ])("a caption after an article stays out of its paragraphs: %s", (caption) => {
      const page = [...head, "本报讯（记者 林小雨）昨天，秋季车展在会展中心落幕。", "", caption, ...NEXT].join("\n");
      const list = run(page);
      expect(list.map((a) => a.headline.title)).toEqual(["秋季车展落幕", "新桥通车"]);
      expect(list[0]!.paragraphs).toEqual(["昨天，秋季车展在会展中心落幕。"]);
      expect(list[0]!.dateline?.text).toBe("本报讯");
    });

    it("photo news opening on a date, credited at its foot, stays photo news", () => {
      const list = run(["车展人气旺", "", "10月6日，观众在会展中心参观新车。 记者 孙涛 摄", ...NEXT].join("\n"));
      expect(list.map((a) => a.headline.title)).toEqual(["车展人气旺", "新桥通车"]);
      expect(list[0]!.genre).toBe("photo");
      expect(list[0]!.dateline).toBeNull();
      expect(list[0]!.paragraphs).toEqual(["10月6日，观众在会展中心参观新车。"]);
      expect(credits(list[0]!)).toEqual(["孙涛/reporter/true"]);
    });
  });
});

describe("columns of briefs and boxes", () => {
  it("briefs led by a bulleted title on its own line are articles of their own; the column's name is the first one's kicker and signs nothing", () => {
    const page = [
      "简讯",
      "",
      "■湖畔樱花进入最佳观赏期",
      "记者昨天从湖滨公园获悉，园内约600株樱花已进入盛花期。（记者 孔芸）",
      "",
      "■南站新增2条接驳线",
      "自3月10日起，南站新开通2条夜间接驳线路。（记者 周炜）",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "湖畔樱花进入最佳观赏期", kicker: "简讯", subtitle: null },
      { title: "南站新增2条接驳线", kicker: null, subtitle: null },
    ]);
    expect(list.map(credits)).toEqual([["孔芸/reporter/false"], ["周炜/reporter/false"]]);
    expect(list[0]!.source.lineStart).toBe(1);
    expect(list[1]!.paragraphs).toEqual(["自3月10日起，南站新开通2条夜间接驳线路。"]);
  });

  it.each(["快讯", "新闻速递", "城市简讯"])("%s over briefs is no byline", (label) => {
    const page = [label, "", "■南站新增2条接驳线", "自3月10日起，南站新开通2条夜间接驳线路。（记者 周炜）"].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(credits(list[0]!)).toEqual(["周炜/reporter/false"]);
  });

  it("briefs whose titles stand on the line of their text are split at the title", () => {
    const page = [
      "城市简讯",
      "",
      "图书馆延长开放时间 本报讯 市图书馆自3月10日起延长开放时间，每天开放12小时。（记者 张三）",
      "",
      "■社区食堂试运营 城东社区食堂日前试运营，首批可容纳80人同时就餐。（记者 王五 通讯员 赵六）",
      "",
      "【新桥今起通车】3月8日，城南新桥正式通车，全长1.2公里。（记者 李四）",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["图书馆延长开放时间", "社区食堂试运营", "新桥今起通车"]);
    expect(list.map((a) => a.paragraphs)).toEqual([
      ["市图书馆自3月10日起延长开放时间，每天开放12小时。"],
      ["城东社区食堂日前试运营，首批可容纳80人同时就餐。"],
      ["3月8日，城南新桥正式通车，全长1.2公里。"],
    ]);
    expect(list.map(credits)).toEqual([["张三/reporter/false"], ["王五/reporter/false", "赵六/correspondent/false"], ["李四/reporter/false"]]);
    expect(list[2]!.date).toBe("2024-03-08");
  });

  it("a brief's lead words set in parts, or quoting, are its title up to the space before its text", () => {
    const page = [
      "社区快讯",
      "",
      "　　旧楼加装电梯投用　3月2日，城西小区首部加装电梯投入使用。（通讯员 方　圆）",
      "　　夜市摊位统一换新　商户经营更规范　近日，南湖夜市120个摊位统一更换为新式餐车。（通讯员 齐晓梅）",
      "　　“共享工具箱”进楼道　居民借用不花钱　日前，东坡社区在8个楼道设置共享工具箱。（通讯员 孟　凡）",
      "　　老年食堂开到家门口　城北社区老年食堂本周试营业，每餐12元。（通讯员 钱　进）",
    ].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([
      { kicker: "社区快讯", title: "旧楼加装电梯投用", subtitle: null },
      { kicker: null, title: "夜市摊位统一换新　商户经营更规范", subtitle: null },
      { kicker: null, title: "“共享工具箱”进楼道　居民借用不花钱", subtitle: null },
      { kicker: null, title: "老年食堂开到家门口", subtitle: null },
    ]);
    expect(list.map((a) => a.paragraphs)).toEqual([
      ["3月2日，城西小区首部加装电梯投入使用。"],
      ["近日，南湖夜市120个摊位统一更换为新式餐车。"],
      ["日前，东坡社区在8个楼道设置共享工具箱。"],
      ["城北社区老年食堂本周试营业，每餐12元。"],
    ]);
    expect(list.map(credits)).toEqual([["方圆/correspondent/false"], ["齐晓梅/correspondent/false"], ["孟凡/correspondent/false"], ["钱进/correspondent/false"]]);
  });

  it("a column's label over a brief whose headline has a kicker of its own is page matter over it: no text is lost", () => {
    const page = ["社区快讯", "", "邻里互助", "旧楼加装电梯投用", "城西小区首部电梯运行平稳", "　　3月2日，城西小区首部加装电梯投入使用。（通讯员 方　圆）"].join("\n");
    const records = extract(page, { issueDate: "2024-05-12" }).records;
    expect(records.map((r) => r.type)).toEqual(["page", "article"]);
    const [label, brief] = records;
    expect(label?.type === "page" && label.text).toBe("社区快讯");
    expect(label!.source).toMatchObject({ lineStart: 1, lineEnd: 1 });
    expect(brief?.type === "article" && brief.headline).toEqual({ kicker: "邻里互助", title: "旧楼加装电梯投用", subtitle: "城西小区首部电梯运行平稳" });
    expect(brief!.source).toMatchObject({ lineStart: 3, lineEnd: 6 });
  });

  it("a brief without a lead opener, its lead words in parts, is cut at the last space before its text", () => {
    const page = ["快讯", "", "　　夜市摊位统一换新　商户经营更规范　南湖夜市120个摊位统一更换为新式餐车。（通讯员 齐晓梅）"].join("\n");
    expect(run(page).map((a) => [a.headline.title, a.paragraphs])).toEqual([["夜市摊位统一换新　商户经营更规范", ["南湖夜市120个摊位统一更换为新式餐车。"]]]);
  });

  it.each([
    ["a quotation and a space, no credit", "“我们要守住底线”　他说，这是每个干部的本分。"],
    ["letter-spaced words", "黄　瓜　近日，全市黄瓜批发价格回落。"],
    ["a spaced phrase past a comma", "据介绍，该项目　近日开工。（记者 张三）"],
    ["a short phrase and a space", "据悉　今年全市粮食播种面积将稳定在100万亩以上。"],
  ])("a paragraph opening with %s is no brief", (_what, line) => {
    const page = ["春耕备耕忙", "", "本报讯 各地春耕备耕有序推进。", "", `　　${line}`].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs[1]).toBe(line.replace(/（记者 张三）$/, ""));
  });

  it("a paragraph opening with a bracketed word or a phrase and a space, with no credit, stays whole", () => {
    const page = ["春耕备耕忙", "", "本报讯 各地春耕备耕有序推进。", "", "【新闻背景】今年以来，全市新建高标准农田5万亩。", "", "据悉 今年全市粮食播种面积将稳定在100万亩以上。"].join("\n");
    const list = run(page);
    expect(list).toHaveLength(1);
    expect(list[0]!.paragraphs).toEqual(["各地春耕备耕有序推进。", "【新闻背景】今年以来，全市新建高标准农田5万亩。", "据悉 今年全市粮食播种面积将稳定在100万亩以上。"]);
  });

  it.each(["记者手记", "記者手記", "延伸阅读", "【相关链接】", "农技小贴士", "■健康小贴士", "温馨提示", "【出行提示】"])("a box's label %s is the kicker of the box's headline", (label) => {
    const page = ["公园改造完工", "", "本报讯（记者 张三）昨天，城东公园改造完工。", "", label, "改造要听群众意见", "", "公园改造前，街道广泛征求了居民意见。"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "公园改造完工", kicker: null, subtitle: null },
      { title: "改造要听群众意见", kicker: label.replace(/[【】■]/g, ""), subtitle: null },
    ]);
    expect(list[1]!.source.lineStart).toBe(5);
  });

  it.each([
    ["a title that ends on 提示 but is longer than a label", "市消防支队发布冬季防火安全提示"],
    ["a title naming tips in a sentence", "专家提示：雨天出行注意安全"],
  ])("%s heads its text: no box label", (_what, title) => {
    const page = ["公园改造完工", "", "本报讯（记者 张三）昨天，城东公园改造完工。", "", title, "", "本报讯（记者 李四）入冬以来，全市火灾警情有所上升。"];
    const list = run(page.join("\n"));
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", title]);
    expect(list[1]!.headline.kicker).toBeNull();
  });

  it("a box's label over text with no headline is the box's title", () => {
    const page = ["公园改造完工", "", "本报讯（记者 张三）昨天，城东公园改造完工。", "", "相关链接", "", "口袋公园是指规模较小、贴近居民的开放空间。"].join("\n");
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["公园改造完工", "相关链接"]);
    expect(list[1]!.paragraphs).toEqual(["口袋公园是指规模较小、贴近居民的开放空间。"]);
  });
});

describe("a picture over its report", () => {
  const PICTURE = ["小巷里的“微花园”", "", "　　10月12日，街道居民在新建成的“口袋公园”里休闲。", "通讯员 刘子墨　摄"];
  const REPORT = "　　本报讯（通讯员 段　婷）“以前这里堆满了杂物。”家住小巷的李大爷说。据悉，街道还将再建3处“微花园”。";

  it("a report with a dateline and no headline under a captioned picture is the picture's article", () => {
    const list = run([...PICTURE, REPORT].join("\n"));
    expect(list).toHaveLength(1);
    const [a] = list;
    expect(a!.headline.title).toBe("小巷里的“微花园”");
    expect(a!.genre).toBe("news");
    expect(a!.dateline?.agency).toBe("本报");
    expect(credits(a!)).toEqual(["刘子墨/correspondent/true", "段婷/correspondent/false"]);
    expect(a!.paragraphs).toEqual(["10月12日，街道居民在新建成的“口袋公园”里休闲。", "“以前这里堆满了杂物。”家住小巷的李大爷说。据悉，街道还将再建3处“微花园”。"]);
  });

  it("a report under a headline of its own stays apart from the photo news above it", () => {
    const list = run([...PICTURE, "", "街道再建三处微花园", REPORT].join("\n"));
    expect(list.map((a) => [a.headline.title, a.genre])).toEqual([
      ["小巷里的“微花园”", "photo"],
      ["街道再建三处微花园", "news"],
    ]);
  });
});
