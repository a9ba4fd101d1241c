/**
 * Pictures and charts set beside short texts: an untitled caption with its
 * credit under a one-paragraph box, a chart maker's credit under a data box,
 * and a credit set over an untitled caption. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord, PageRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const pages = (records: NewsRecord[]) => records.filter((r): r is PageRecord => r.type === "page");
const run = (lines: string[]) => extract(lines.join("\n"), { issueDate: "2025-04-20" }).records;
const credits = (a: ArticleRecord) => a.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`);

const REPORT = ["夜市摊位扩容一倍", "　　本报讯（记者 欧阳朗）4月18日，城南夜市二期开街，摊位由120个增至240个。", "　　夜市管理方表示，新摊位优先安排本地小吃。", ""];

describe("an untitled caption and its credit under a one-paragraph box", () => {
  it.each([
    ["a box label", "温馨提示"],
    ["a title", "出行前请查询天气"],
  ])("under %s: the caption leaves the box's body and the box stays news", (_, head) => {
    const list = articles(
      run([...REPORT, head, "　　气象部门提醒，本周末有短时强降雨，市民出行请携带雨具，注意避开低洼路段。", "", "志愿者在夜市入口为游客指路。", "记者 杜明轩 摄"]),
    );
    expect(list).toHaveLength(2);
    expect(list[1]!.headline.title).toBe(head);
    expect(list[1]!.genre).toBe("news");
    expect(list[1]!.paragraphs).toEqual(["气象部门提醒，本周末有短时强降雨，市民出行请携带雨具，注意避开低洼路段。"]);
    expect(credits(list[1]!)).toEqual(["杜明轩/reporter/true"]);
  });

  it("photo news under its title, caption touching the title, stays photo news", () => {
    const list = articles(run([...REPORT, "春雨润新绿", "4月19日，市民在滨江公园雨中赏花。", "记者 杜明轩 摄"]));
    expect(list[1]!.genre).toBe("photo");
    expect(list[1]!.paragraphs).toEqual(["4月19日，市民在滨江公园雨中赏花。"]);
  });
});

describe("a chart maker's credit under a data box", () => {
  const BOX = ["一季度全市外贸数据", "进出口总额286.4亿元，同比增长7.1%", "出口总额172.9亿元，同比增长9.3%"];

  it.each(["制图：邵嘉怡", "制图 邵嘉怡", "绘图：邵嘉怡"])("%s credits the box: no page record, no kicker of the next article", (line) => {
    const records = run([...BOX, line, "", "外贸企业订单回暖", "　　本报讯（记者 欧阳朗）记者从市商务局获悉，今年以来全市外贸企业新增订单明显增多。"]);
    const list = articles(records);
    expect(pages(records)).toEqual([]);
    expect(list).toHaveLength(2);
    expect(list[0]!.headline.title).toBe("一季度全市外贸数据");
    expect(list[0]!.genre).toBe("news");
    expect(credits(list[0]!)).toEqual(["邵嘉怡/author/true"]);
    expect(list[1]!.headline).toEqual({ kicker: null, title: "外贸企业订单回暖", subtitle: null });
    expect(list[1]!.bylines.map((b) => b.name)).toEqual(["欧阳朗"]);
  });

  it("among the page's staff lines, 制图 stays staff", () => {
    const records = run([...REPORT.slice(0, 3), "", "编辑：唐若溪", "制图：邵嘉怡", "校对：韦一鸣"]);
    const staff = pages(records).flatMap((p) => p.staff.map((s) => `${s.name}/${s.role}`));
    expect(staff).toEqual(["唐若溪/editor", "邵嘉怡/other", "韦一鸣/proofreader"]);
    expect(articles(records)[0]!.bylines.map((b) => b.name)).toEqual(["欧阳朗"]);
  });

  it("in a staff line naming other roles, 制图 stays staff", () => {
    const records = run([...REPORT.slice(0, 3), "", "编辑：唐若溪　制图：邵嘉怡"]);
    expect(pages(records).flatMap((p) => p.staff.map((s) => `${s.name}/${s.role}`))).toEqual(["唐若溪/editor", "邵嘉怡/other"]);
  });
});

describe("a picture credit set over an untitled caption, after a blank line", () => {
  const SIGNED = ["渔港迎来开海季", "　　4月15日起，近海捕捞进入开海期，全市首批渔船陆续出港作业。（苏沐阳）", ""];
  const CAPTION = "4月17日，渔民在码头上分拣刚卸下的海货。";

  it.each([
    ["after a signed brief", SIGNED],
    ["after a report that ended its sentence", [...REPORT.slice(0, 3), ""]],
  ])("%s: a photo of its own, its credit and date its caption's", (_, above) => {
    const list = articles(run([...above, "通讯员　韩　博　摄", `　　${CAPTION}`]));
    expect(list).toHaveLength(2);
    expect(list[0]!.bylines.every((b) => !b.photo)).toBe(true);
    expect(list[0]!.paragraphs).not.toContain(CAPTION);
    expect(list[1]!.genre).toBe("photo");
    expect(list[1]!.headline.title).toBeNull();
    expect(list[1]!.paragraphs).toEqual([CAPTION]);
    expect(list[1]!.date).toBe("2025-04-17");
    expect(credits(list[1]!)).toEqual(["韩博/correspondent/true"]);
  });

  it("a run of credits over captions: each credit its own caption's", () => {
    const list = articles(run([...SIGNED, "本报记者　韩　博　摄", `　　${CAPTION}`, "新华社发（方　野　摄）", "　　4月16日，游客在海边观看渔船出海。"]));
    expect(list).toHaveLength(3);
    expect(credits(list[1]!)).toEqual(["韩博/reporter/true"]);
    expect(list[1]!.paragraphs).toEqual([CAPTION]);
    expect(list[2]!.genre).toBe("photo");
    expect(list[2]!.paragraphs).toEqual(["4月16日，游客在海边观看渔船出海。"]);
    expect(list[2]!.bylines.map((b) => b.name).sort()).toEqual(["新华社", "方野"].sort());
  });

  it("text going on under the credit is the article's, the picture stood inside it", () => {
    const list = articles(run([...REPORT, "通讯员　韩　博　摄", `　　${CAPTION}`, "　　据了解，夜市开街首周客流预计超过十万人次。"]));
    expect(list).toHaveLength(1);
    expect(list[0]!.genre).toBe("news");
    expect(list[0]!.paragraphs).toHaveLength(4);
  });

  it("a credit cut off the end of the paragraph's own line is no credit over a caption", () => {
    const list = articles(run([...SIGNED.slice(0, 1), `${SIGNED[1]!.replace("（苏沐阳）", "")}　　　　通讯员　韩　博　摄`, `　　${CAPTION}`]));
    expect(list).toHaveLength(1);
  });
});

describe("a picture credited to a role with no name", () => {
  it.each(["通讯员供图", "本报记者供图"])("%s credits the caption above, which is photo news; the next headline stays its title", (line) => {
    const list = articles(run(["晨雾里的插秧机", "", "4月16日，农机手在田间驾驶插秧机作业。", "", line, "", ...REPORT]));
    expect(list).toHaveLength(2);
    expect(list[0]!.headline.title).toBe("晨雾里的插秧机");
    expect(list[0]!.genre).toBe("photo");
    expect(credits(list[0]!)).toEqual([`${line.replace("供图", "")}/source/true`]);
    expect(list[1]!.headline).toEqual({ title: "夜市摊位扩容一倍", kicker: null, subtitle: null });
  });
});
