/**
 * Subheads that echo no words of their article: told from new articles by
 * their cut (a series of headings cut alike), by the page (its articles are
 * signed), and by what stands under them (a signature, a picture's credit, a
 * box's label). Each page is invented; negatives are pages where the same
 * headings open articles of their own.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";
import { sameShape } from "../../src/segment/subhead.js";
import { headingNumber } from "../../src/text/numbering.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-05-01" }).records);
const report = (title: string, lead: string) => [title, "", lead, ""];

describe("headingNumber: a numbered heading's number and style", () => {
  it.each([
    ["一、综合", "一、", 1],
    ["二、农业", "一、", 2],
    ["十、交通运输", "一、", 10],
    ["十二、社会保障", "一、", 12],
    ["二十、其他", "一、", 20],
    ["二十三、附注", "一、", 23],
    ["三.工业", "一.", 3],
    ["(四)常住人口", "(一)", 4],
    ["5、科技创新", "1、", 5],
    ["12.文化旅游", "1.", 12],
  ])("%s → %s %i", (norm, style, n) => {
    expect(headingNumber(norm)).toEqual({ style, n });
  });

  it.each(["1.5万人次参加", "综合", "第一、二产业", "■综合"])("%s: no numbered heading", (norm) => {
    expect(headingNumber(norm)).toBeNull();
  });
});

describe("sameShape: two headings cut alike", () => {
  it.each([
    ["风光并进　新能源跑出加速度", "煤电托底　保障能源安全"],
    ["风光并进 新能源跑出加速度", "煤电托底 保障能源安全"],
    ["聚焦村容村貌 环境美起来", "聚焦产业发展 腰包鼓起来"],
    ["经历阵痛，迎来新生", "突破瓶颈，走出新路"],
    // one phrase each, of one length (five to eight)
    ["景区人气旺", "乡村游升温"],
    ["新能源跑出加速度", "老电厂焕发新活力"],
  ])("%s / %s", (a, b) => {
    expect(sameShape(a, b)).toBe(true);
  });

  it.each([
    // first phrases of different lengths
    ["风光并进　新能源跑出加速度", "煤电托底保障　能源安全"],
    // a gap against a comma
    ["风光并进　新能源跑出加速度", "煤电托底，保障能源安全"],
    // one phrase each, of different lengths
    ["新能源跑出加速度", "保障能源安全"],
    // one phrase each, too short to be more than box labels
    ["数读", "观察"],
    ["热线直通", "记者手记"],
    // one phrase against two
    ["景区人气旺", "乡村游　持续升温"],
    // three phrases
    ["一季度　二季度　三季度", "春季　夏季　秋季"],
    // a first phrase longer than a phrase is
    ["全市新能源装机规模持续扩大　增速领先", "全省煤电机组节能降碳改造　稳步推进"],
  ])("%s / %s: not alike", (a, b) => {
    expect(sameShape(a, b)).toBe(false);
  });
});

describe("subheads in a series cut alike", () => {
  const series = (first: string, second: string, lead = "本报讯（记者 钱立新）12月18日，全省电力总装机容量首次突破1亿千瓦。") => [
    ...report("全省电力装机容量再创新高", lead),
    first,
    "",
    "今年以来，全省新增风电光伏装机860万千瓦，同比增长三成多。",
    "",
    second,
    "",
    "迎峰度夏期间，全省最高用电负荷达到6850万千瓦。",
    "",
    ...report("储能项目集中签约", "本报讯（记者 朱海鹰）12月19日，全省新型储能项目集中签约。"),
  ];

  it.each([
    ["风光并进　新能源跑出加速度", "煤电托底　保障能源安全"],
    ["风光并进 新能源跑出加速度", "煤电托底 保障能源安全"],
    ["经历阵痛，迎来新生", "突破瓶颈，走出新路"],
    ["新能源跑出加速度", "老电厂焕发新活力"],
  ])("under a signed report, %s and %s are its subheads", (first, second) => {
    const list = run(series(first, second));
    expect(list.map((a) => a.headline.title)).toEqual(["全省电力装机容量再创新高", "储能项目集中签约"]);
    expect(list[0]!.subheads).toEqual([first, second]);
    expect(list[0]!.paragraphs).toHaveLength(3);
  });

  it("one-phrase headings over briefs that do not go on with the report's words open articles of their own", () => {
    const page = [
      ...report("全市夏粮收购进度过半", "本报讯（记者 罗 军）截至6月12日，全市已收购小麦6.3万吨，进度过半。"),
      "景区人气旺",
      "端午假期，全市12家A级景区共接待游客48.6万人次，同比增长21%。",
      "",
      "乡村游升温",
      "端午假期，全市乡村旅游点接待游客23.1万人次，实现收入1.2亿元。",
    ];
    expect(run(page).map((a) => a.headline.title)).toEqual(["全市夏粮收购进度过半", "景区人气旺", "乡村游升温"]);
  });

  it("under an unsigned text, the same headings open articles of their own", () => {
    const list = run(series("风光并进　新能源跑出加速度", "煤电托底　保障能源安全", "全省电力总装机容量首次突破1亿千瓦。"));
    expect(list.map((a) => a.headline.title)).toEqual(["全省电力装机容量再创新高", "风光并进　新能源跑出加速度", "煤电托底　保障能源安全", "储能项目集中签约"]);
  });

  it("headings cut unlike open articles of their own", () => {
    const list = run(series("风光并进　新能源跑出加速度", "全省煤电机组完成改造"));
    expect(list.map((a) => a.headline.title)).toEqual(["全省电力装机容量再创新高", "风光并进　新能源跑出加速度", "全省煤电机组完成改造", "储能项目集中签约"]);
  });

  it("a heading cut alike over its own dateline opens a new article, and makes no series", () => {
    const page = [
      ...report("全省电力装机容量再创新高", "本报讯（记者 钱立新）12月18日，全省电力总装机容量首次突破1亿千瓦。"),
      "风光并进　新能源跑出加速度",
      "",
      "今年以来，全省新增风电光伏装机860万千瓦，同比增长三成多。",
      "",
      ...report("煤电托底　保障能源安全", "本报讯（记者 朱海鹰）12月19日，全省煤电机组节能改造全面完成。"),
    ];
    const list = run(page);
    expect(list.map((a) => a.headline.title)).toEqual(["全省电力装机容量再创新高", "风光并进　新能源跑出加速度", "煤电托底　保障能源安全"]);
  });
});

describe("unsigned headings on a signed page", () => {
  const signedPage = [
    ...report("新学期开学第一课", "本报讯（记者 王强）全市中小学今天开学，各校精心准备了开学第一课。"),
    ...report("城区新增停车位", "本报讯（记者 李明）今年城区新增停车位两千个，缓解了停车难。"),
    ...report("老旧小区改造提速", "本报讯（记者 赵刚）全市已有三十个小区完成改造，居民拍手称快。"),
  ];

  it("headings with no echo and no common cut are subheads, and do not count against the page being signed", () => {
    const list = run([
      ...signedPage,
      "居民生活更舒心",
      "",
      "改造后的小区环境整洁，设施齐全。",
      "",
      "下一步计划",
      "",
      "明年将再改造五十个小区。",
    ]);
    expect(list.map((a) => a.headline.title)).toEqual(["新学期开学第一课", "城区新增停车位", "老旧小区改造提速"]);
    expect(list[2]!.subheads).toEqual(["居民生活更舒心", "下一步计划"]);
  });

  it.each([["数读"], ["热线直通"], ["记者手记"]])("a label of a few characters (%s) heads a box of its own", (label) => {
    const list = run([...signedPage, label, "", "市民反映：幸福路一处井盖破损多日无人维修。", "", "回复：该井盖已于3月7日完成更换。"]);
    expect(list.map((a) => a.headline.title)).toEqual(["新学期开学第一课", "城区新增停车位", "老旧小区改造提速", label]);
  });

  it.each([
    ["a signature line", ["家长不妨放下手机，陪孩子一起读书。", "", "□ 孙晓雯"]],
    ["a paragraph closing on its author", ["家长不妨放下手机，陪孩子一起读书。（本报评论员 孙晓雯）"]],
  ])("a piece signed at its foot by %s is a piece of its own", (_, foot) => {
    const list = run([...signedPage, "让孩子在阅读中成长", "", "读书是一辈子的事，从小养成阅读的习惯尤为重要。", "", ...foot]);
    expect(list.map((a) => a.headline.title)).toEqual(["新学期开学第一课", "城区新增停车位", "老旧小区改造提速", "让孩子在阅读中成长"]);
    expect(list[3]!.bylines.map((b) => b.name)).toEqual(["孙晓雯"]);
  });

  it("photo news credited in a block of credits with a picture's among them is a piece of its own", () => {
    const list = run([...signedPage, "金秋助老暖人心", "", "10月11日，青年志愿者走进白沙社区，为老人免费理发、测量血压。", "", "记者/周红", "通讯员/李娜 摄"]);
    expect(list.map((a) => a.headline.title)).toEqual(["新学期开学第一课", "城区新增停车位", "老旧小区改造提速", "金秋助老暖人心"]);
  });
});
