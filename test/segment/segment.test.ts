/**
 * Segmentation decisions on small pages written for each case: where an
 * article starts, what is a subhead, what belongs to no paragraph.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const titles = (text: string) => articles(extract(text).records).map((a) => a.headline.title);

describe("segment", () => {
  it("a headline after a finished paragraph opens a new article", () => {
    const page = ["春季植树活动启动", "", "3月12日,全市各地开展义务植树活动,共栽种树苗5万余株。", "", "新建公园免费开放", "", "位于城北的新公园今日起免费向市民开放,园内设有步道和儿童乐园。"].join("\n");
    expect(titles(page)).toEqual(["春季植树活动启动", "新建公园免费开放"]);
  });

  it("a line echoing the lead inside a long article is a subhead, not an article", () => {
    const page = [
      "某区三项举措优化服务",
      "",
      "记者/张明",
      "",
      "今年以来,该区聚焦审批提速、聚焦要素保障,推动一批项目落地见效。",
      "",
      "聚焦审批提速 流程再造见实效",
      "",
      "该区对审批事项逐项梳理,平均审批时间压缩到5个工作日。",
      "",
      "聚焦要素保障 精准服务解难题",
      "",
      "该区为企业协调解决用地、融资等问题,今年已帮助企业融资2亿元。",
    ].join("\n");
    const [a] = articles(extract(page).records);
    expect(articles(extract(page).records)).toHaveLength(1);
    expect(a!.subheads).toEqual(["聚焦审批提速 流程再造见实效", "聚焦要素保障 精准服务解难题"]);
    expect(a!.paragraphs).toHaveLength(3);
  });

  it("bulleted and numbered heading lines are subheads", () => {
    const page = ["全年工作回顾", "", "本报讯(记者 李华)今年全市经济运行平稳,各项工作取得新进展。", "", "■ 重点项目加快推进", "", "全年新开工项目120个,完成投资85亿元。", "", "二、民生保障持续加强", "", "新增就业岗位1.2万个。"].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.subheads).toEqual(["■ 重点项目加快推进", "二、民生保障持续加强"]);
  });

  it("a short question is a headline when a dateline follows it", () => {
    const page = ["上一篇的最后一段到此结束。", "", "二十年后谁来种地？", "", "本报讯(记者 王强)农村劳动力老龄化问题日益突出,引发社会关注。"].join("\n");
    expect(titles(page)).toEqual([null, "二十年后谁来种地？"]);
  });

  it("a question inside the body stays a paragraph", () => {
    const page = ["农村养老新探索", "", "本报讯(记者 王强)村里建起了互助幸福院。", "", "老人们过得怎么样？", "", "记者走访发现,老人们的生活丰富多彩。"].join("\n");
    const [a, ...rest] = articles(extract(page).records);
    expect(rest).toEqual([]);
    expect(a!.paragraphs).toHaveLength(3);
  });

  it("picture notes, end marks and jump notes are in no paragraph", () => {
    const page = [
      "大桥主体工程完工（附图片１张）",
      "本报武汉５月２日电记者李明报道：大桥主体工程今天完工，全长３．２公里。（下转第三版）",
      "（附图片１张）",
      "（完）",
    ].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.headline.title).toBe("大桥主体工程完工");
    expect(a!.paragraphs).toEqual(["大桥主体工程今天完工，全长３．２公里。"]);
    expect(a!.source).toMatchObject({ lineStart: 1, lineEnd: 4 });
  });

  it("a contact line after an article is its last paragraph, not the next headline", () => {
    const page = ["热线服务升级", "本报长沙３月２日电　市民服务热线今天升级。", "服务热线：１２３４５６７８", "新桥建成通车", "本报长沙３月３日讯　新桥今天建成通车。"].join("\n");
    const list = articles(extract(page).records);
    expect(list.map((a) => a.headline.title)).toEqual(["热线服务升级", "新桥建成通车"]);
    expect(list[0]!.paragraphs.at(-1)).toBe("服务热线：１２３４５６７８");
    expect(list[1]!.headline.kicker).toBeNull();
  });

  it("a photo credit after the body closes the article; the next line opens another", () => {
    const page = ["志愿者走进社区", "", "10月11日,志愿者为社区老人义诊。", "", "记者/周红 摄", "", "为老人测量血压的志愿者队伍壮大了。", ""].join("\n");
    const list = articles(extract(page).records);
    expect(list).toHaveLength(2);
    expect(list[0]!.genre).toBe("photo");
    expect(list[1]!.headline.title).toBeNull();
  });

  it("on a page that signs its articles, an unsigned heading with no echo is a subhead — and said to be uncertain", () => {
    const signed = (title: string, body: string) => [title, "", `本报讯(记者 王强)${body}`, ""];
    const page = [
      ...signed("新学期开学第一课", "全市中小学今天开学。"),
      ...signed("城区新增停车位", "今年城区新增停车位两千个。"),
      ...signed("老旧小区改造提速", "全市已有三十个小区完成改造。"),
      "居民生活更舒心",
      "",
      "改造后的小区环境整洁,设施齐全。",
    ].join("\n");
    const { records, diagnostics } = extract(page);
    const list = articles(records);
    expect(list.map((a) => a.headline.title)).toEqual(["新学期开学第一课", "城区新增停车位", "老旧小区改造提速"]);
    expect(list[2]!.subheads).toEqual(["居民生活更舒心"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "uncertain-subhead", line: 13 }));
  });

  it("on a page of unsigned articles, the same heading opens a new article — and is said to be uncertain", () => {
    const page = ["老旧小区改造提速", "", "全市已有三十个小区完成改造。", "", "居民生活更舒心", "", "改造后的小区环境整洁,设施齐全。"].join("\n");
    const { records, diagnostics } = extract(page);
    expect(articles(records).map((a) => a.headline.title)).toEqual(["老旧小区改造提速", "居民生活更舒心"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "uncertain-boundary", line: 5 }));
  });

  it("a crawled page: meta line, editor credit and link list are no text of the article", () => {
    const page = [
      "多地出台措施稳定就业",
      "2022-09-28 08:30:12　来源：某某网",
      "　　本报北京9月28日电　（记者 张三）近日，多地出台措施稳定就业。",
      "　　专家表示，稳就业政策效果逐步显现。",
      "（责编：王五、李六）",
      "分享到：",
      "相关新闻",
      "经济运行稳中向好",
    ].join("\n");
    const { records, diagnostics } = extract(page, { issueDate: "2022-09-29" });
    const list = articles(records);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual({ kicker: null, title: "多地出台措施稳定就业", subtitle: null });
    expect(list[0]!.paragraphs).toEqual(["近日，多地出台措施稳定就业。", "专家表示，稳就业政策效果逐步显现。"]);
    expect(list[0]!.bylines.map((b) => `${b.name}/${b.role}`)).toEqual(["张三/reporter", "王五/editor", "李六/editor"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "headline-only", line: 8 }));
  });

  it("a headline glued to the dateline of its first paragraph is cut off as the headline", () => {
    const page = "少年拾金不昧获表彰江苏在线南京9月27日讯(首席记者 林可 通讯员 王红)近日,一名少年拾到钱包后交还失主。";
    const [a] = articles(extract(page, { issueDate: "2022-09-29" }).records);
    expect(a!.headline.title).toBe("少年拾金不昧获表彰");
    expect(a!.dateline).toMatchObject({ agency: "江苏在线", place: "南京", date: "2022-09-27" });
    expect(a!.paragraphs).toEqual(["近日,一名少年拾到钱包后交还失主。"]);
  });

  it("a section name in the section style may stand below the staff line too", () => {
    const page = ["第一篇的最后一段。", "", "责任编辑:王五 校对:李六", "", "经济·民生", "", "新桥建成通车", "", "本报讯(记者 王强)新桥今天通车。"].join("\n");
    const { records } = extract(page);
    const pages = records.filter((r) => r.type === "page");
    expect(pages).toEqual([expect.objectContaining({ section: "经济·民生" })]);
    expect(articles(records).map((a) => a.headline.title)).toEqual([null, "新桥建成通车"]);
  });

  it("a column label over briefs is no headline; a credit in brackets after a sentence ends the paragraph", () => {
    const page = [
      "新闻速递",
      "",
      "市图书馆延长开放时间",
      "本报讯 市图书馆自10月1日起延长开放时间。（记者 张三 通讯员 李四）",
      "",
      "社区食堂试运营",
      "本报讯 城东社区食堂日前试运营，可容纳80人同时就餐。（记者 王五）",
      "",
      "图为市民在湿地公园内游玩。记者 赵六 摄",
    ].join("\n");
    const list = articles(extract(page).records);
    expect(list.map((a) => a.headline.title)).toEqual(["市图书馆延长开放时间", "社区食堂试运营"]);
    expect(list[0]!.source.lineStart).toBe(1);
    expect(list[1]!.paragraphs).toEqual(["城东社区食堂日前试运营，可容纳80人同时就餐。"]);
    expect(list[1]!.bylines.map((b) => `${b.name}/${b.role}/${b.photo}`)).toEqual(["王五/reporter/false", "赵六/reporter/true"]);
  });

  it("in crawled text a list line is a paragraph and a numbered heading a subhead", () => {
    const P = "\ue40c";
    const content = [
      "社区发起旧衣捐赠活动，居民踊跃参与，共收到衣物三千余件。",
      "王明、李华分别捐出200件冬衣",
      "活动还收到不少书籍和文具，将一并送往山区学校。",
      "二、捐赠物资将于下月送达",
      "物资清点完毕后，将由志愿者统一运送。",
    ].join(P);
    const xml = `<doc>\n<docno>x1</docno>\n<contenttitle>旧衣捐赠暖人心</contenttitle>\n<content>${content}</content>\n</doc>\n`;
    const [a] = articles(extract(xml).records);
    expect(a!.subheads).toEqual(["二、捐赠物资将于下月送达"]);
    expect(a!.paragraphs).toContain("王明、李华分别捐出200件冬衣");
    expect(a!.figures.some((f) => f.value === 200 && f.unit === "件")).toBe(true);
  });

  it("in crawled text an editor credit at the end of a short document closes it and keeps the body", () => {
    const P = "\ue40c";
    const body = ["　　本报讯（记者 周明）6月1日，城西新建的两所小学通过竣工验收，可提供学位2700个。", "　　据悉，两所学校将于秋季学期开学。", "　　（编辑：吴丽）"];
    for (const content of [body.join(P), body.slice(0, 2).map((l) => l.replace("本报讯（记者 周明）", "")).concat(body[2]!).join(P)]) {
      const xml = `<doc>\n<docno>x2</docno>\n<contenttitle>城西两所小学竣工</contenttitle>\n<content>${content}</content>\n</doc>\n`;
      const [a] = articles(extract(xml, { issueDate: "2012-06-02" }).records);
      expect(a!.paragraphs).toHaveLength(2);
      expect(a!.paragraphs[1]).toBe("据悉，两所学校将于秋季学期开学。");
      expect(a!.bylines.at(-1)).toEqual({ name: "吴丽", role: "editor", label: "编辑", photo: false });
    }
  });

  it("an unnamed commentator under a headline signs a commentary", () => {
    const page = ["牢牢把握高质量发展这个首要任务", "本报评论员", "", "　　高质量发展是全面建设现代化国家的首要任务。", "　　我们要完整准确全面贯彻新发展理念。"].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.headline).toEqual({ title: "牢牢把握高质量发展这个首要任务", kicker: null, subtitle: null });
    expect(a!.genre).toBe("commentary");
    expect(a!.bylines).toEqual([]);
    expect(a!.paragraphs).toHaveLength(2);
  });
});

/**
 * A paragraph's tail piece cut off by a column or page break, standing above
 * the next article's headline or dateline. Only a piece that closes a
 * quotation or bracket the paragraph left open is told from a headline by its
 * text; any other short unpunctuated line there stays a headline, so that no
 * article loses its title.
 */
describe("a paragraph's tail piece above the next article", () => {
  const lead = "本报讯(记者 王明)今年以来,我市加快推进城市公园建设。园林部门负责人表示:“三座公园将在年底前全部开放,我们还会在园内增设健身步道和儿童游乐场地,让市民";
  const tail = "在家门口就能亲近自然”";
  const next = "本报讯(记者 李华)3月5日,市图书馆举办春季读书节活动,吸引了众多市民参加。";
  const joined = "今年以来,我市加快推进城市公园建设。园林部门负责人表示:“三座公园将在年底前全部开放,我们还会在园内增设健身步道和儿童游乐场地,让市民在家门口就能亲近自然”";

  it.each([
    { name: "right above the dateline, no blank lines", page: ["城区新建三座公园", lead, tail, next], titles: ["城区新建三座公园", null] },
    { name: "right above the dateline, blank lines between", page: ["城区新建三座公园", "", lead, "", tail, "", next], titles: ["城区新建三座公园", null] },
    { name: "above a one-line headline, which stays the title", page: ["城区新建三座公园", lead, tail, "读书节吸引市民参与", next], titles: ["城区新建三座公园", "读书节吸引市民参与"] },
    { name: "above a quoted headline, blank lines between", page: ["城区新建三座公园", "", lead, "", tail, "", "“书香满城”读书节开幕", "", next], titles: ["城区新建三座公园", "“书香满城”读书节开幕"] },
  ])("a piece closing the paragraph's quotation is joined to it: $name", ({ page, titles: expected }) => {
    const [first, second] = articles(extract(page.join("\n")).records);
    expect([first!.headline.title, second!.headline.title]).toEqual(expected);
    expect(first!.paragraphs).toEqual([joined]);
    expect(second!.paragraphs).toEqual(["3月5日,市图书馆举办春季读书节活动,吸引了众多市民参加。"]);
  });

  it("a one-line headline under an unfinished paragraph stays the next article's title", () => {
    const open = "本报讯(记者 王明)今年以来,我市加快推进城市公园建设,计划在城区新建三座公园,三座公园将在年底前全部开放,为市民提供更多休闲去处,同时也将";
    for (const page of [["城区新建三座公园", open, "市图书馆举办春季读书节", next], ["城区新建三座公园", "", open, "", "市图书馆举办春季读书节", "", next]]) {
      expect(titles(page.join("\n"))).toEqual(["城区新建三座公园", "市图书馆举办春季读书节"]);
    }
  });

  it("a quoted headline under a paragraph whose quotations are closed stays the next article's title", () => {
    const closed = "本报讯(记者 王明)今年以来,我市加快推进城市公园建设,园林部门负责人表示,三座公园将按“一园一景”要求建设,为市民提供更多休闲去处,同时也将";
    const page = ["城区新建三座公园", closed, "“书香满城”读书节开幕", next].join("\n");
    expect(titles(page)).toEqual(["城区新建三座公园", "“书香满城”读书节开幕"]);
  });
});

/** A crawled page of several articles signs each by its meta line's credit fields, as a one-article page does. */
describe("a crawled page's meta lines sign their articles", () => {
  const credits = (a: ArticleRecord) => a.bylines.map((b) => `${b.name}/${b.role}/${b.label}`);

  it("under each headline: 作者 is the author, 编辑 the editor; the line is neither headline nor body", () => {
    const page = [
      "城区新建三座公园",
      "发布时间：2024-03-08 10:21 作者：张三 来源：城市日报",
      "今年以来，我市加快推进城市公园建设，计划在城区新建三座公园。",
      "",
      "市图书馆举办春季读书节",
      "来源：城市日报　作者：李四　编辑：陈 曦",
      "3月5日，市图书馆举办春季读书节活动，吸引了众多市民参加。",
      "",
      "社区开展义诊活动",
      "发布时间：2024年03月08日 12:00　来源：城市日报",
      "3月6日，某社区联合医院开展义诊活动，为居民免费测量血压。",
    ].join("\n");
    const list = articles(extract(page, { issueDate: "2024-03-08" }).records);
    expect(list.map((a) => a.headline)).toEqual([
      { title: "城区新建三座公园", kicker: null, subtitle: null },
      { title: "市图书馆举办春季读书节", kicker: null, subtitle: null },
      { title: "社区开展义诊活动", kicker: null, subtitle: null },
    ]);
    expect(list.map(credits)).toEqual([["张三/author/作者"], ["李四/author/作者", "陈曦/editor/编辑"], []]);
    expect(list.map((a) => a.paragraphs.length)).toEqual([1, 1, 1]);
    expect(list.every((a) => a.paragraphs.every((p) => !p.includes("来源")))).toBe(true);
  });

  it("above the headline, the meta line signs the article it heads", () => {
    const page = ["发布时间：2024年05月24日 09:12  作者：吴晓明", "城南社区新建口袋公园", "本报讯 城南社区新建的口袋公园昨天开放，占地约3000平方米。"].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.headline.title).toBe("城南社区新建口袋公园");
    expect(credits(a!)).toEqual(["吴晓明/author/作者"]);
  });

  it("a sentence naming a source or an author is body text and signs nothing", () => {
    const page = ["城区新建三座公园", "来源：群众举报。记者随即赶到现场核实情况。", "本文作者是一位退休教师，他在信中写道，公园的建成让附近居民受益。"].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.bylines).toEqual([]);
    expect(a!.paragraphs).toHaveLength(2);
  });

  it("a meta line under a running text does not sign it", () => {
    const page = ["城区新建三座公园", "今年以来，我市加快推进城市公园建设，计划在城区新建三座公园。", "作者：张三　来源：城市日报", "市园林部门负责人介绍，三座公园将在年底前全部开放。"].join("\n");
    const [a] = articles(extract(page).records);
    expect(a!.bylines.filter((b) => b.role === "author")).toEqual([]);
  });
});
