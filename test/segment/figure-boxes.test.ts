/**
 * Boxes and tables set among a page's reports: a short title over a list of
 * figures (`部分开工项目` / `1．…项目　总投资32亿元`) or over a table whose
 * rows are numbered (`序号　项目名称　投资额（亿元）` / `1　…　52　380`) is a
 * piece of its own, the list lines or rows its paragraphs, their figures its
 * own; a subhead over prose or over a list of names stays a subhead. A header
 * cell naming a unit in brackets gives the unit of the bare numbers in its
 * column. A release's notes (`附注`) and appended table (`附表　…`) go on the release;
 * a titled table closing a report, with a unit line and its source named, is the report's.
 * A box's figure lines set with no end marks are paragraphs each.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-04-19" }).records;

const REPORT = [
  "城西园区新项目集中开工",
  "",
  "本报讯（记者　林晓）3月5日，城西园区一批新项目集中开工，总投资约96亿元。",
  "园区负责人表示，将全力做好要素保障，推动新项目早投产。",
  "",
];
const NEXT = ["", "城北新桥今起通车", "", "本报讯　城北新桥今天上午正式通车。"];

describe("a list of figures under its own title after a report", () => {
  const list = ["1．城西智能装备产业园项目　总投资32亿元", "2．城西污水处理厂扩建工程　总投资4.5亿元", "3．城西中学新校区　总投资2.8亿元"];

  it("is a box of its own, also at the end of the input, never page furniture", () => {
    const records = run([...REPORT, "部分开工项目", "", ...list]);
    expect(records.filter((r) => r.type === "page")).toEqual([]);
    const [report, box, ...rest] = articles(records);
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toEqual(["3月5日，城西园区一批新项目集中开工，总投资约96亿元。", "园区负责人表示，将全力做好要素保障，推动新项目早投产。"]);
    expect(report!.subheads).toEqual([]);
    expect(report!.figures.map((f) => f.value)).toEqual([9600000000]);
    expect(box!.headline).toEqual({ kicker: null, title: "部分开工项目", subtitle: null });
    expect(box!.paragraphs).toEqual(list);
    expect(box!.figures.map((f) => [f.paragraph, f.kind, f.value, f.unit, f.subject])).toEqual([
      [0, "money", 3200000000, "CNY", "总投资"],
      [1, "money", 450000000, "CNY", "总投资"],
      [2, "money", 280000000, "CNY", "总投资"],
    ]);
  });

  it.each([
    ["bulleted", ["●城西智能装备产业园项目　总投资32亿元", "●城西污水处理厂扩建工程　总投资4.5亿元", "●城西中学新校区　总投资2.8亿元"]],
    ["unmarked, a name and its figure a gap apart", ["城西智能装备产业园项目　总投资32亿元", "城西污水处理厂扩建工程　总投资4.5亿元", "城西中学新校区　总投资2.8亿元"]],
    ["numbered, one line ending on a figure with a clause in it", ["1．城西智能装备产业园项目　总投资32亿元", "2．城西污水处理厂扩建工程，总投资4.5亿元", "3．城西中学新校区　总投资2.8亿元"]],
  ])("between two reports, right under its title: %s", (_how, lines) => {
    const [report, box, next, ...rest] = articles(run([...REPORT, "新项目集中开工", ...lines, ...NEXT]));
    expect(rest).toEqual([]);
    expect(report!.subheads).toEqual([]);
    expect(report!.paragraphs).toHaveLength(2);
    expect(box!.headline.title).toBe("新项目集中开工");
    expect(box!.paragraphs).toEqual(lines);
    expect(box!.figures.map((f) => f.value)).toEqual([3200000000, 450000000, 280000000]);
    expect(next!.headline.title).toBe("城北新桥今起通车");
  });

  it.each([
    ["prose", ["今年以来，城西园区新项目集中开工，已完成投资20亿元。"]],
    ["a list of names with no figure", ["●城西智能装备产业园", "●城西污水处理厂扩建工程", "●城西中学新校区"]],
    ["numbered sentences", ["1．城西园区新项目建设进度快，智能装备产业园已完成投资3亿元。", "2．城西园区新项目将带动就业2000人。"]],
  ])("a subhead over %s stays a subhead of the report", (_what, lines) => {
    const [report, ...rest] = articles(run([...REPORT, "新项目集中开工", "", ...lines]));
    expect(rest).toEqual([]);
    expect(report!.subheads).toEqual(["新项目集中开工"]);
    expect(report!.paragraphs.slice(2)).toEqual(lines);
  });

  it("numbered lines inside a report's text stay its paragraphs, never a headline", () => {
    const text = ["记者了解到，城西园区新项目建设进度快。", "1　智能装备产业园已完成投资3亿元", "2　污水处理厂扩建工程已完成投资1亿元", "园区负责人表示，新项目将带动就业2000人。"];
    const [report, ...rest] = articles(run([...REPORT.slice(0, 4), ...text]));
    expect(rest).toEqual([]);
    expect(report!.paragraphs.slice(2)).toEqual(text);
  });
});

describe("a table of numbered rows", () => {
  const table = [
    "部分签约项目一览",
    "",
    "序号　项目名称　投资方　投资额（亿元）　用地（亩）",
    "1　高性能纤维材料产业园　某新材料集团　52　380",
    "2　智慧冷链物流港　某物流有限公司　18.5　265",
    "3　年产8万吨再生铝项目　某铝业股份有限公司　12　150",
    "",
    "上表中土地面积为预计用地面积。",
  ];

  it("is a box of its own: rows with their header, the note under it, figures in the header's units", () => {
    const [report, box, next, ...rest] = articles(run([...REPORT, ...table, ...NEXT]));
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toHaveLength(2);
    expect(box!.headline).toEqual({ kicker: null, title: "部分签约项目一览", subtitle: null });
    expect(box!.paragraphs).toEqual([...table.slice(2, 6), "上表中土地面积为预计用地面积。"]);
    expect(box!.figures.map((f) => [f.paragraph, f.kind, f.value, f.unit])).toEqual([
      [1, "money", 5200000000, "CNY"],
      [1, "area", 380, "mu"],
      [2, "money", 1850000000, "CNY"],
      [2, "area", 265, "mu"],
      [3, "mass", 80000, "t"],
      [3, "money", 1200000000, "CNY"],
      [3, "area", 150, "mu"],
    ]);
    // A cell's figure is the cell as written; its subject the row's label.
    const cells = box!.figures.filter((f) => f.kind !== "mass");
    expect(cells.map((f) => f.subject)).toEqual(["高性能纤维材料产业园", "高性能纤维材料产业园", "智慧冷链物流港", "智慧冷链物流港", "年产8万吨再生铝项目", "年产8万吨再生铝项目"]);
    for (const f of box!.figures) expect(box!.paragraphs[f.paragraph]!.slice(...f.span)).toBe(f.text);
    expect(cells.map((f) => f.text)).toEqual(["52", "380", "18.5", "265", "12", "150"]);
    expect(next!.headline.title).toBe("城北新桥今起通车");
  });

  it("inside a report, its header heading no column for the numbers: the report's, the text going on under its note", () => {
    const lines = [
      "全市新建一批充电站",
      "",
      "本报讯（记者　许安）今年以来，全市新建充电站一批。",
      "",
      "充电站建设情况",
      "",
      "站点　　所在区　　桩数　　装机（千瓦）",
      "1　城东站　东城区　24　1440",
      "2　城西站　西城区　16　960",
      "",
      "注：装机为设计容量。",
      "",
      "市发改委表示，下一步将继续加密布点。",
    ];
    const [a, ...rest] = articles(run(lines));
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toEqual([lines[2]!.slice(lines[2]!.indexOf("）") + 1), ...lines.slice(4, 5), ...lines.slice(6, 9), lines[10], lines[12]]);
    expect(a!.figures.map((f) => [f.paragraph, f.kind, f.value, f.unit, f.subject])).toEqual([
      [3, "power", 1440, "kW", "城东站"],
      [4, "power", 960, "kW", "城西站"],
    ]);
  });

  it("numbered paragraphs of running text are no table", () => {
    const text = ["1　规模以上工业增加值增长7.2%，高于全省平均水平。", "2　社会消费品零售总额增长5.1%。"];
    const [a, next, ...rest] = articles(run(["一季度全市经济运行稳中有进", "", "本报讯（记者　周言）4月18日，市统计局发布一季度经济运行数据。", ...text, ...NEXT]));
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(1)).toEqual(text);
    expect(a!.figures.map((f) => [f.kind, f.value])).toEqual([
      ["percent", 7.2],
      ["percent", 5.1],
    ]);
    expect(next!.headline.title).toBe("城北新桥今起通车");
  });

  it("a header naming no unit gives the bare numbers none", () => {
    const [, box] = articles(run([...REPORT, "积分榜", "排名 球队 场次 胜 平 负 积分", "1 城东队 10 8 1 1 25", "2 城西队 10 7 1 2 22"]));
    expect(box!.headline.title).toBe("积分榜");
    expect(box!.paragraphs).toEqual(["排名 球队 场次 胜 平 负 积分", "1 城东队 10 8 1 1 25", "2 城西队 10 7 1 2 22"]);
    expect(box!.figures).toEqual([]);
  });

  it("a bracketed word that names no unit gives the bare numbers none", () => {
    const [a] = articles(run(["村组用工情况", "", "村组　　　　用工（说明）", "一组　　　　12", "二组　　　　15", "以上情况已经村民小组核实。"]));
    expect(a!.paragraphs).toHaveLength(4);
    expect(a!.figures.filter((f) => f.text === "12" || f.text === "15" || f.value === 12 || f.value === 15)).toEqual([]);
  });
});

describe("a box of figure lines set with no end marks", () => {
  const BOX = ["春节假期全市主要指标", "接待游客1532.6万人次，同比增长9.6%", "旅游收入118.4亿元，同比增长11.2%"];

  it.each([
    ["its source under it", [...BOX, "数据来源：市文旅局", ...NEXT]],
    ["the next report under it", [...BOX, ...NEXT]],
    ["the input's end under it", BOX],
  ])("with %s: a piece of its own, each line a paragraph, never run together", (_, lines) => {
    const [report, box] = articles(run([...REPORT, ...lines]));
    expect(report!.paragraphs).toHaveLength(2);
    expect(box!.headline.title).toBe("春节假期全市主要指标");
    expect(box!.paragraphs).toEqual(["接待游客1532.6万人次，同比增长9.6%", "旅游收入118.4亿元，同比增长11.2%"]);
    expect(box!.figures.map((f) => [f.paragraph, f.value])).toEqual([
      [0, 15326000],
      [0, 9.6],
      [1, 11840000000],
      [1, 11.2],
    ]);
  });

  it("a paragraph a column break cut after figures twice, running text going on, stays one paragraph", () => {
    const [a] = articles(
      run([
        "全市工业运行稳中有进",
        "",
        "本报讯（记者　许安）全市工业运行稳中有进。",
        "一季度，全市规模以上工业企业实现营业收入1200亿元",
        "同比增长5.2%，利润总额达到86.4亿元",
        "增速比上年同期加快1.3个百分点，企业效益持续改善。",
      ]),
    );
    expect(a!.paragraphs).toEqual([
      "全市工业运行稳中有进。",
      "一季度，全市规模以上工业企业实现营业收入1200亿元同比增长5.2%，利润总额达到86.4亿元增速比上年同期加快1.3个百分点，企业效益持续改善。",
    ]);
  });
});

describe("a statistical table closing a report a blank line under it", () => {
  const TABLE = [
    "　　　　　　　　一季度全市外贸主要指标",
    "　　　　　　　　　　　　　　　　　单位：亿元、%",
    "　　指标　　　　　　金额　　　　同比",
    "　　进出口　　　　　412　　　　6.3",
    "　　出口　　　　　　268　　　　8.1",
    "　　　　　　　　　　　　　数据来源：市商务局",
  ];
  const HEAD = ["全市外贸稳中向好", "", "本报讯（记者　许安）前三季度，全市外贸进出口总值412亿元，同比增长6.3%。"];

  it.each([
    ["under the report's last paragraph", [...HEAD, ""]],
    ["under the jump note that sends the report on", [...HEAD, "", "（下转第3版）", ""]],
  ])("%s, titled, its units and its source named: the report's, no piece of its own, its lines no paragraphs", (_, above) => {
    const [report, next, ...rest] = articles(run([...above, ...TABLE, ...NEXT]));
    expect(rest).toEqual([]);
    expect(report!.headline.title).toBe("全市外贸稳中向好");
    expect(report!.paragraphs).toEqual(["前三季度，全市外贸进出口总值412亿元，同比增长6.3%。"]);
    expect(report!.figures.map((f) => f.value)).toEqual([41200000000, 6.3]);
    expect(next!.headline.title).toBe("城北新桥今起通车");
  });

  it.each([
    ["no source named under it", TABLE.slice(0, -1)],
    ["no unit line", [TABLE[0]!, ...TABLE.slice(2)]],
    ["its units in its header's cells only", [TABLE[0]!, "　　指标　　　　　　金额（亿元）　　同比（%）", ...TABLE.slice(3)]],
  ])("with %s: a data box, a piece of its own", (_, table) => {
    const [report, box, next, ...rest] = articles(run([...HEAD, "", ...table, ...NEXT]));
    expect(rest).toEqual([]);
    expect(report!.paragraphs).toHaveLength(1);
    expect(box!.headline.title).toBe("一季度全市外贸主要指标");
    expect(box!.paragraphs).toContain("出口　　　　　　268　　　　8.1");
    expect(next!.headline.title).toBe("城北新桥今起通车");
  });
});

describe("a release's notes and appended table", () => {
  it("go on the release: 附注 a subhead, the notes and the table its last paragraphs", () => {
    const lines = [
      "前4个月全市经济运行总体平稳",
      "",
      "本报讯（记者　周言）市统计局今天发布前4个月全市经济运行情况。",
      "",
      "总的来看，全市经济运行总体平稳。",
      "",
      "附注",
      "",
      "1.文中增速均为同比名义增速。",
      "",
      "2.部分数据因四舍五入，存在总计与分项合计不等的情况。",
      "",
      "附表　　前4个月全市主要统计数据",
      "单位：亿元、%",
      "指标　　　　金额　　　同比增长",
      "工业增加值　　612　　　5.6",
      "零售总额　　　845　　　4.9",
    ];
    const [a, ...rest] = articles(run(lines));
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual(["附注"]);
    expect(a!.paragraphs.slice(2)).toEqual([lines[8], lines[10], ...lines.slice(12)]);
  });
});
