/**
 * The lines a crawled web article carries around its text (SogouCS, JSON
 * Lines with a title): its title repeated, its meta line (date and time,
 * source, author, editor), its original title, and the buttons and editor
 * credit at its foot (`【纠错】 【责任编辑：王强】`).
 *
 * Each test reads a unit's folded text (`norm`: full-width punctuation folded
 * to ASCII, U+3000 to a space, Traditional to Simplified).
 */
import type { Byline } from "../schema.js";
import { normaliseString } from "../normalise/normalise.js";
import { editorBylines, type Cues } from "./cues.js";

/**
 * The label a republished article's first title is given under: `原标题：…`,
 * `新闻原标题：…`, `原题：…` (a title or a header line that opens so). `原题`
 * also names an exam's question (`原题：已知…，求…。`): it labels a title only
 * before a line with no sentence end.
 */
const ORIGINAL_TITLE = /^(?:(?:新闻)?原标题|原题(?=\s*[:：][^。!?！？]*$))\s*[:：]\s*/;

/** True for a line that gives the article's original title (`原标题：这群“00后”…`). */
export function isOriginalTitleLine(norm: string): boolean {
  return ORIGINAL_TITLE.test(norm);
}

/** A given title without its `原标题：` label (`原标题：北区新建公园` → `北区新建公园`); the title itself when it has none or is nothing else. */
export function withoutOriginalTitleLabel(title: string): string {
  const m = ORIGINAL_TITLE.exec(normaliseString(title));
  if (m === null || m[0].length >= title.length) return title;
  // Folding keeps length: the label is as long in the title as written.
  return title.slice(m[0].length).trim();
}

/** The title folded and without white space, as `isRepeatedTitle` compares it. */
export function titleKey(title: string): string {
  return normaliseString(withoutOriginalTitleLabel(title)).replace(/\s+/g, "");
}

/** Fewest characters of a line read as a piece of the title repeated (a kicker or subtitle split off it). */
const TITLE_PIECE_MIN = 4;

/**
 * True when a line repeats the given title (`key`: `titleKey`): the whole of
 * it, or a piece of it the page set on a line of its own, at least
 * `TITLE_PIECE_MIN` characters long (`北京今夏将新增绿地300公顷`).
 */
export function isRepeatedTitle(norm: string, key: string): boolean {
  if (key.length === 0) return false;
  const line = norm.replace(/\s+/g, "");
  if (line.length === 0) return false;
  return line === key || (line.length >= Math.min(TITLE_PIECE_MIN, key.length) && key.includes(line));
}

// The date (and time) a web page gives its article:
// 2012年06月14日 08:25, 2024-03-14 08:45:21, 2024/3/14, 2024.03.14 星期四
const WEB_DATE = String.raw`\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
// A page's counter, which the page's script fills in: 点击数, 浏览次数, 阅读量.
const META_COUNTER = String.raw`(?:点击|浏览|阅读)(?:量|数|次数)`;
// The fields of a web meta line with words for their value, before their colon:
// 来源, 本文来源, 文章来源, 稿源, 作者, 编辑, 责任编辑, 责编, 发布时间, 发表时间, 发布日期, 更新时间,
// and the page's text-size switch: 字号, 字体
const META_KEY = String.raw`(?:(?:本文|文章|新闻|稿件)?来源|稿源|作者|(?:责任)?编辑|责编|(?:发布|发表|更新|刊发|发稿)(?:时间|日期)|字[号体])`;
// A field: a date; a counter with its number, or left empty by the crawl (`浏览次数：1024`, `浏览次数：`);
// or a key, its colon and a value up to the next key (no sentence in it):
// `来源：湘南日报`, `作者：林小雨`, `编辑：陈 曦`, `发布时间：2024年03月13日 16:20`, `字号：大 中 小`
// (a colon inside a value only between digits, as a time holds it: 16:20).
const META_FIELD = String.raw`(?:${WEB_DATE}|${META_COUNTER}\s*[:：]\s*\d*次?(?=\s|$)|${META_KEY}\s*[:：]\s*(?:(?!(?:${META_KEY}|${META_COUNTER})\s*[:：])(?:\d:\d|[^。!?:：]))+?)`;
const META_LINE = new RegExp(String.raw`^${META_FIELD}(?:\s*${META_FIELD})*$`);
/** Longest meta line. */
const META_MAX = 80;
/** What a meta line opens with: a digit of its date, or the first character of a key (`META_KEY`, `META_COUNTER`). */
const META_FIRST = /^[\d来本文新稿作编责发更刊点浏阅字]/;

/**
 * True for a web page's meta line, made of dates and `key：value` fields
 * only: `2012年06月14日 08:25　来源：北京晨报`, `发布时间：2024年03月13日 16:20`,
 * `来源：湘南日报 作者：林小雨 编辑：陈 曦`. Prose that names a source or an
 * author (`本文来源于市民来信，作者是…`, `来源：群众举报。`) is none: a field
 * needs its colon, and holds no sentence.
 */
export function isMetaLine(norm: string): boolean {
  return norm.length <= META_MAX && META_FIRST.test(norm) && META_LINE.test(norm);
}

// A web page's buttons, in brackets: 【纠错】 【打印】 【关闭窗口】 【字号 大 中 小】
const WEB_BUTTON = /^(?:纠错|打印|关闭|关闭窗口|收藏|推荐|字号.{0,6}|返回顶部|我要纠错|分享)$/;
// A line of bracketed pieces: 【纠错】 【责任编辑：王强】
const BRACKET_ROW = /^(?:【[^【】]{1,20}】\s*)+$/;
const BRACKET_PIECE = /【([^【】]+)】/g;

/**
 * The editor bylines of a web article's foot line, made of bracketed buttons
 * and editor credits only (`【纠错】 【责任编辑：王强】` → 王强, editor; `【打印】
 * 【关闭】` → none); null for any other line. A bracketed piece that is
 * neither (`【图】`, `【专题】`) makes the line no foot line.
 */
export function webFootBylines(norm: string, cues: Cues): Byline[] | null {
  if (norm.charCodeAt(0) !== 0x3010 || !BRACKET_ROW.test(norm)) return null;
  const bylines: Byline[] = [];
  BRACKET_PIECE.lastIndex = 0;
  for (let m = BRACKET_PIECE.exec(norm); m !== null; m = BRACKET_PIECE.exec(norm)) {
    const inner = m[1]!.trim();
    if (WEB_BUTTON.test(inner)) continue;
    // `inner` is cut from the folded line, and folding again changes nothing: it is its own folded copy.
    const editors = editorBylines(cues.staffLine(inner, inner));
    if (editors === null) return null;
    bylines.push(...editors);
  }
  return bylines;
}

// A breadcrumb's separator: 首页 > 新闻, 首页 >> 新闻, 首页 » 新闻, 首页 › 新闻.
const CRUMB_SEP = String.raw`\s*[>»›]{1,2}\s*`;
// One piece of a breadcrumb: a channel's name, no sentence (`新闻中心`, `本地要闻`, `正文`).
const CRUMB = String.raw`[^>»›。!?:：\s][^>»›。!?:：]{0,15}`;
/**
 * A crawled page's breadcrumb, the path of channels over its article:
 * `首页 > 新闻中心 > 本地要闻`, `首页»要闻`, `当前位置：首页 > 新闻 > 正文`,
 * `您的位置：滨城新闻网 >> 社会民生`. It opens on 首页 or on a `…位置：` label,
 * and joins its pieces with `>`, `»` or `›`; it may end on one
 * (`首页 > 新闻 >`). A sentence holding `>`
 * (`增速>5%的企业有12家。`) opens on neither.
 */
const BREADCRUMB = new RegExp(
  String.raw`^(?:(?:当前|您的|你的|您现在的|你现在的)位置是?\s*[:：]\s*(?:${CRUMB}(?:${CRUMB_SEP}${CRUMB})*)|首页(?:${CRUMB_SEP}${CRUMB})+)(?:\s*[>»›]{1,2})?$`,
);
/** Longest breadcrumb line. */
const BREADCRUMB_MAX = 80;

/** True for a crawled page's breadcrumb line (`首页 > 新闻中心 > 本地要闻`): page chrome over the article, never its headline. */
export function isBreadcrumb(norm: string): boolean {
  const first = norm.charCodeAt(0);
  // 首, 当, 您, 你: the first character of every match.
  if (first !== 0x9996 && first !== 0x5f53 && first !== 0x60a8 && first !== 0x4f60) return false;
  return norm.length <= BREADCRUMB_MAX && BREADCRUMB.test(norm);
}

/**
 * A crawled page's links to the articles before and after it:
 * `上一篇：滨城启动招聘月活动`, `下一篇:我市新增公办学位1.2万个`, `上一条：没有了`.
 * The colon is needed: prose (`上一篇文章说，…`) has none there.
 */
const PAGE_NAV = /^[上下]一(?:篇|条)\s*[:：]\s*[^。]{1,48}$/;

/** True for a crawled page's previous/next link line (`上一篇：…`, `下一篇：…`). */
export function isPageNavLine(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return (first === 0x4e0a || first === 0x4e0b) && PAGE_NAV.test(norm); // 上, 下
}

/**
 * The label over a crawled page's list of related links, bracketed or not,
 * with or without a colon: `【相关新闻】`, `相关阅读：`, `[相关链接]`, `延伸阅读`.
 */
export const RELATED_LABEL = /^[【\[]?(?:相关(?:新闻|阅读|报道|链接|文章)|延伸阅读|热点推荐|推荐阅读)[】\]]?[:：]?$/;

/**
 * One line of a related-links list: a bullet, then a title with no sentence
 * end in it (`· 滨城一季度GDP同比增长5.8%`, `·滨城发布新能源汽车产业扶持政策`).
 * `•` and `・` fold to `·`.
 */
const LINK_LINE = /^[·\-▪◇○]\s*[^。]{2,48}$/;

/** True for a bulleted link line (`· 滨城一季度GDP同比增长5.8%`): under a related-links label, page chrome. */
export function isLinkLine(norm: string): boolean {
  return LINK_LINE.test(norm);
}

/**
 * What only a website's footer says: its licence and registration numbers, its
 * site code, its copyright notice, its advice on screens and browsers.
 */
const SITE_FOOTER = new RegExp(
  [
    String.raw`ICP[备证]\s*\d{5,}`, // 湘ICP备05001234号, 京ICP证030173号 (not ICP备案, a word of prose)
    String.raw`公网安备\s*\d{5,}`, // 湘公网安备 43060202000123号
    String.raw`网站标识码\s*[:：]?\s*[0-9A-Za-z]{6,}`, // 网站标识码：4306000012
    String.raw`(?:^|[\s©])版权所有(?:[:：\s©]|$)`, // 版权所有：江城市人民政府, Copyright © 2025 江城市人民政府 版权所有 (not 版权所有人)
    String.raw`^(?:Copyright\b|©)`, // Copyright © 2025 …, © 2025 …
    // 建议使用1920×1080分辨率浏览, 建议使用Chrome浏览器访问本站 (not 专家建议使用高分辨率的卫星影像…)
    String.raw`建议(?:使用|采用)[^。!?]{0,24}(?:\d{3,4}\s*[×*x]\s*\d{3,4}[^。!?]{0,6}分辨率|浏览器(?:浏览|访问)?(?:本站|本网站?)?$)`,
  ].join("|"),
  "i",
);
/** Longest footer line. */
const SITE_FOOTER_MAX = 160;

/**
 * True for a line of a website's footer (`网站标识码：4306000012　湘ICP备05001234号`,
 * `联系电话：0730-8888123　建议使用1920×1080分辨率浏览`): page chrome, which
 * names the site and no article. Prose that names a licence (`该网站已办理ICP备案。`)
 * gives no number.
 */
export function isSiteFooter(norm: string): boolean {
  return norm.length <= SITE_FOOTER_MAX && maySiteFooter(norm) && SITE_FOOTER.test(norm);
}

/**
 * A character every match of `SITE_FOOTER` holds: 备 or 证 (ICP备, ICP证,
 * 公网安备), 码 (网站标识码), 权 (版权所有), 议 (建议使用), or a first c, C or ©
 * (Copyright, ©). Asked of every line of every page: one character class
 * turns away almost all of them before the alternatives are tried at each place.
 */
const FOOTER_CHARACTER = /[备证码权议]|^[cC©]/;

/** True when `norm` may be a site's footer line (`isSiteFooter`): an exact pre-test. */
export function maySiteFooter(norm: string): boolean {
  return FOOTER_CHARACTER.test(norm);
}

// The key of a field a site's footer sets beside its licence lines:
// 主办, 承办, 主管, 协办, 主办单位, 技术支持, 运行维护, 联系电话, 地址, 邮编, 电话, 传真, 邮箱
const FOOTER_KEY = String.raw`(?:(?:主办|承办|主管|协办)(?:单位)?|技术支持|运行维护|运维单位|联系电话|电话|地址|邮编|传真|邮箱)`;
/** A line of such fields only, no sentence in a value: `主办：江城市人民政府办公室　承办：江城市大数据中心`. */
const FOOTER_FIELDS = new RegExp(String.raw`^${FOOTER_KEY}\s*[:：]\s*[^\s。!?:：]+(?:\s+${FOOTER_KEY}\s*[:：]\s*[^\s。!?:：]+)*$`);

/**
 * True for a line of fields a site's footer may set beside its licence lines
 * (`主办：…　承办：…`, `地址：… 邮编：…`). A notice sets such fields too
 * (`主办：市文联　承办：市美术馆` under an exhibition's notice): the line is
 * footer only touching a `isSiteFooter` line, and the caller sees to that.
 */
export function isFooterFieldLine(norm: string): boolean {
  return norm.length <= SITE_FOOTER_MAX && FOOTER_FIELDS.test(norm);
}
