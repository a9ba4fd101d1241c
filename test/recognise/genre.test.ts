/**
 * `decideGenre` on evidence written for each case: which signs make a
 * commentary, and which do not (a dateline outweighs them; a report that
 * mentions commentators is news).
 */
import { describe, expect, it } from "vitest";
import { cartoonCredits, decideGenre, type GenreEvidence } from "../../src/recognise/genre.js";
import type { Byline, Dateline, Genre } from "../../src/schema.js";

const title = (t: string) => ({ title: t, kicker: null, subtitle: null });
const by = (name: string, role: Byline["role"], label: string | null, photo = false): Byline => ({ name, role, label, photo });
const datelined: Dateline = { text: "本报讯", agency: "本报", place: null, date: null };
const body = ["培养新农人，需要在土地、金融、技术等方面给予更多支持，让他们留得下、干得好。".repeat(8)];
/** A short report of three paragraphs (some 120 characters). */
const story = [
  "4月2日清晨，城南花海迎来第一批游客，十余万株郁金香竞相开放。",
  "“我们一家特意从外地赶来，花开得比照片上还好看。”游客王女士说。",
  "据介绍，花海今年新增了三个品种，花期将持续到本月下旬。",
];
const evidence = (e: Partial<GenreEvidence>): GenreEvidence => ({
  headline: title("乡村振兴需要更多新农人"),
  bylines: [],
  dateline: null,
  signed: false,
  paragraphs: body,
  ...e,
});

describe("decideGenre", () => {
  it.each<[string, Partial<GenreEvidence>, Genre]>([
    ["a closing author note signs an opinion piece", { authorNote: true, bylines: [by("方明", "author", "文")] }, "commentary"],
    ["a closing author note with no byline", { authorNote: true }, "commentary"],
    ["卷首语 over the title, signed at the end", { bylines: [by("苏明哲", "author", null)], headline: { title: "小城里的大市场", kicker: "卷首语", subtitle: null } }, "commentary"],
    ["刊首语 over the title, unsigned", { headline: { title: "小城里的大市场", kicker: "刊首语", subtitle: null } }, "commentary"],
    ["编者的话 over the title", { headline: { title: "写在创刊十周年之际", kicker: "编者的话", subtitle: null } }, "commentary"],
    ["主编手记 over the title", { headline: { title: "慢下来，看见小城", kicker: "主编手记", subtitle: null } }, "commentary"],
    ["微评 over the title", { headline: { title: "停车难要靠精细管理", kicker: "微评", subtitle: null } }, "commentary"],
    ["编者的话 in a report's title is no label", { headline: title("读者来信催生编者的话专栏改版") }, "news"],
    ["卷首语 under a dateline is news", { dateline: datelined, headline: { title: "小城里的大市场", kicker: "卷首语", subtitle: null } }, "news"],
    ["a kicker that only holds 卷首语 is no label", { headline: { title: "小城里的大市场", kicker: "写在卷首语之后", subtitle: null } }, "news"],
    ["an author note under a dateline is a report's", { authorNote: true, dateline: datelined, bylines: [by("王五", "reporter", "记者")] }, "news"],
    ["a signature labelled 文 alone says nothing", { bylines: [by("方明", "author", "文")] }, "news"],
    ["a named commentator, by the label", { bylines: [by("孔亮", "author", "本报评论员")] }, "commentary"],
    ["the commentator's pen name alone, by the name", { bylines: [by("本报评论员", "author", null)] }, "commentary"],
    [
      "a report about commentators is news",
      { dateline: datelined, bylines: [by("刘洋", "reporter", "记者")], paragraphs: ["来自各地的120名评论员参加培训，作者为本报特约评论员的文章获奖。"] },
      "news",
    ],
    ["a reporter's byline is news", { bylines: [by("王五", "reporter", "本报记者")] }, "news"],
    ["a bare signature signs opinion", { signed: true }, "commentary"],
    ["a bare signature on a news section's page signs opinion", { signed: true, section: "要闻" }, "commentary"],
    ["a bare signature on a supplement's page signs an essay", { signed: true, section: "汨罗江·副刊" }, "news"],
    ["a bare signature on a 文艺 page signs a poem", { signed: true, section: "文艺", headline: title("秋望") }, "news"],
    ["a literary column word over the title", { signed: true, headline: { title: "老屋后的柿子树", kicker: "散文", subtitle: null } }, "news"],
    ["a memoir column word over the title", { signed: true, headline: { title: "外婆家的煤油灯", kicker: "老照片", subtitle: null } }, "news"],
    ["a memoir column word over the title (往事)", { signed: true, headline: { title: "那年的露天电影", kicker: "往事", subtitle: null } }, "news"],
    ["a memoir word inside a longer kicker is no column", { signed: true, headline: { title: "老城改造别丢了记忆", kicker: "守住城市记忆", subtitle: null } }, "commentary"],
    ["a bare signature over verse signs a poem, on any page", { signed: true, headline: title("秋望"), paragraphs: ["一行雁字", "把天空写得很远", "风从北方来"] }, "news"],
    ["verse of two lines only is not told from a short piece", { signed: true, headline: title("秋望"), paragraphs: ["一行雁字", "把天空写得很远"] }, "commentary"],
    ["short paragraphs that end sentences are no verse", { signed: true, paragraphs: ["减负不能一减了之。", "关键在落实。", "家长也要配合。"] }, "commentary"],
    ["a serial's instalment: a chapter heading in the subtitle", { signed: true, headline: { title: "江水长流", kicker: null, subtitle: "第七章　夜渡" } }, "news"],
    ["a serial's column word over the title", { signed: true, headline: { title: "江水长流", kicker: "长篇连载", subtitle: null } }, "news"],
    ["a subtitle that only opens on 第 is no chapter", { signed: true, headline: { title: "减负之后", kicker: null, subtitle: "第一课堂要提质" } }, "commentary"],
    ["a commentary word outweighs the supplement", { signed: true, section: "副刊", headline: { title: "莫让经典成摆设", kicker: "短评", subtitle: null } }, "commentary"],
    ["a review's subtitle, on a supplement's page", { signed: true, section: "副刊", headline: { title: "在烟火人间里读懂乡土中国", kicker: null, subtitle: "——读长篇小说《稻浪》" } }, "commentary"],
    ["a review's subtitle, unsigned", { headline: { title: "一部值得细读的乡土史诗", kicker: null, subtitle: "——评长篇小说《稻浪》" } }, "commentary"],
    ["书评 in the kicker", { headline: { title: "读懂乡土中国", kicker: "书评", subtitle: null } }, "commentary"],
    [
      "a report under a dateline with a 读《》 subtitle is news",
      { dateline: datelined, bylines: [by("王五", "reporter", "记者")], headline: { title: "全民阅读月启动", kicker: null, subtitle: "——读《稻浪》分享会举行" } },
      "news",
    ],
    [
      "a credit for the text and the pictures over a report of three paragraphs is news",
      { textAndPicture: true, bylines: [by("张华", "reporter", "本报记者", true)], paragraphs: story },
      "news",
    ],
    [
      "a credit for the text and the pictures under one short caption is photo news",
      { textAndPicture: true, bylines: [by("张华", "reporter", "本报记者", true)], paragraphs: ["4月2日，游客在城南花海赏花拍照。"] },
      "photo",
    ],
    ["a photographer's own credit under a photo story of three short paragraphs is photo news", { bylines: [by("张华", "reporter", "本报记者", true)], paragraphs: story }, "photo"],
    ["a subtitle that reads no work is no review", { headline: { title: "老屋后的柿子树", kicker: null, subtitle: "——“我和我的家乡”征文选登" } }, "news"],
  ])("%s", (_t, e, expected) => {
    expect(decideGenre(evidence(e))).toBe(expected);
  });
});

describe("cartoonCredits", () => {
  const caption = ["排队半小时，拍照两秒钟……"];
  const author = by("林小溪", "author", "作者");
  it.each<[string, { kicker: string | null; title: string }, Byline[], readonly string[], Byline[]]>([
    ["a person credited under 漫画 drew it", { kicker: "漫画", title: "打卡" }, [author], caption, [{ ...author, photo: true }]],
    ["under a longer cartoon column word", { kicker: "时事漫画", title: "打卡" }, [author], caption, [{ ...author, photo: true }]],
    ["漫画 as the title itself", { kicker: null, title: "漫画天地" }, [author], caption, [{ ...author, photo: true }]],
    ["an editor stays an editor's credit", { kicker: "漫画", title: "打卡" }, [by("周宁", "editor", "编辑")], caption, [by("周宁", "editor", "编辑")]],
    ["a long text under 漫画 is written, not drawn", { kicker: "漫画", title: "打卡" }, [author], [...body, ...body], [author]],
    ["a news kicker that names cartoons is no column", { kicker: "动漫展开幕", title: "打卡" }, [author], caption, [author]],
    ["漫画 inside a headline names news", { kicker: null, title: "少儿漫画大赛颁奖" }, [author], caption, [author]],
  ])("%s", (_t, h, bylines, paragraphs, expected) => {
    expect(cartoonCredits({ ...h, subtitle: null }, bylines, paragraphs)).toEqual(expected);
  });

  it("makes a captioned cartoon photo news", () => {
    const headline = { title: "打卡", kicker: "漫画", subtitle: null };
    const credits = cartoonCredits(headline, [author], caption);
    expect(decideGenre(evidence({ headline, bylines: credits, paragraphs: caption }))).toBe("photo");
  });
});
