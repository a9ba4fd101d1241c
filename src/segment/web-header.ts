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
import { charSet } from "../text/chars.js";

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
    // 版权所有：江城市人民政府, Copyright © 2025 江城市人民政府 版权所有, 衡州日报社版权所有　未经…
    // (not 版权所有人, 版权所有权: a word of prose goes on after it)
    String.raw`版权所有(?:[:：\s©]|$)`,
    String.raw`^(?:Copyright\b|©)`, // Copyright © 2025 …, © 2025 …
    // after the owner's name: 黔南日报社 Copyright © 2024, … 版权所有 © 2024, … All Rights Reserved
    String.raw`\bCopyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|\bAll Rights Reserved\b`,
    // 未经书面授权不得转载, 未经本网许可不得复制或镜像: the line alone, no sentence (`据规定，未经许可不得转载。` is prose)
    String.raw`^[^。!?]*未经[^。!?]{0,16}(?:授权|许可|同意)[^。!?]{0,6}不得(?:转载|复制|摘编|镜像|使用)[^。!?]*$`,
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
 * What every match of `SITE_FOOTER` holds: 备 or 证 (ICP备, ICP证,
 * 公网安备), 码 (网站标识码), 权 (版权所有), 议 (建议使用), 经 (未经…不得转载), ©,
 * or `ight` in either case (Copyright, All Rights Reserved). Asked of every line of every page: one character class
 * turns away almost all of them before the alternatives are tried at each place.
 */
const FOOTER_CHARACTER = /[备证码权议经©]|ight/i;

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

/**
 * One word of a web view's navigation bar, toolbar or picture link: the
 * links to the page, article or issue before and after (`上一版`, `下一篇`,
 * `上一期`), back to the index (`返回目录`, `返回首页`, `首页`), the page's
 * and the indexes (`版面导航`, `标题导航`, `版面概览`, `往期回顾`,
 * `过刊查询`), its PDF (`下载本版PDF`, `PDF下载`), the text-size and print
 * buttons (`放大`, `缩小`, `默认`, `打印`, `关闭窗口`) and a picture's link
 * (`点击查看大图`, `查看原图`, `点击放大`).
 */
const NAV_WORD =
  /^(?:[上下]一(?:版|篇|期|条|页|张)|返回(?:目录|首页|顶部|列表|版面|本版|上页)?|首页|尾页|(?:版面|标题|本版)(?:导航|概览|目录|索引|列表)|往期(?:回顾|查询|检索)?|过刊(?:查询|检索|浏览)?|(?:下载)?(?:本版|本期)?PDF(?:下载|版)?|放大|缩小|默认|还原|打印(?:本页|本文)?|关闭(?:窗口)?|收藏(?:本文)?|(?:点击)?查看(?:大图|原图)|点击(?:图片)?放大)$/i;
/**
 * The navigation words that speak of a paper's pages and issues, which only
 * a paper's web edition (数字报, 电子版) links to: the page or issue before and
 * after (`上一版`, `下一期`), the indexes of the page and the issue
 * (`版面导航`, `标题导航`, `返回目录`), past issues (`往期回顾`, `过刊`), the page's PDF.
 */
const PAPER_NAV_WORD = /[版期]|目录|标题导航|过刊|PDF/i;
/** A text-size switch's key (`字号`, `字体:`), and its sizes after it (`大 中 小`). */
const SIZE_KEY = /^字[号体]:?$/;
const SIZE_WORD = /^[大中小]$/;
/** A counter the page's script fills in, its number as the next word or glued on: `阅读 1.2万`, `点赞 326`, `评论:48`, `阅读1.2万`. */
const COUNTER_KEY = /^(?:阅读|浏览|点赞|评论|收藏|转发|分享|在看|点击)(?:量|数|次数)?:?$/;
const COUNTER_NUMBER = /^\d[\d.,]*[万千wk]?\+?$/i;
const GLUED_COUNTER = /^(?:阅读|浏览|点赞|评论|收藏|转发|在看)(?:量|数|次数)?:?\d[\d.,]*[万千wk]?\+?$/i;
/** `分享到:` and the platforms after it (`微信 朋友圈 微博 QQ`). */
const SHARE_KEY = /^分享到:?$/;
const PLATFORM = /^(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ|QQ空间|抖音|钉钉|豆瓣)$/i;
/** A website's name beside its navigation words (`衡州新闻网`): never the first word. */
const SITE_NAME = /^[\u4e00-\u9fff]{2,10}网$/;
/**
 * The separators of a navigation bar's words: white space, `|`, `丨`; and a
 * key's colon, which a value may follow with no space (`分享到:微信`, `字体:大 中 小`, `评论:48`).
 */
const NAV_GAP = /[\s|丨]+|(?<=:)/;
/** Longest navigation line. */
const NAV_MAX = 80;
/**
 * The characters a navigation line may open on, read off the first word of
 * each kind: `NAV_WORD` (上下返首尾版标本往过P下放缩默还打关收点查), `SIZE_KEY`
 * (字), `COUNTER_KEY` and `GLUED_COUNTER` (阅浏点评收转分在), `SHARE_KEY` (分),
 * `EPAPER_META` (日版作来字). Lower-case `p` for a folded `pdf`.
 */
const NAV_FIRST = charSet("上下返首尾版标本往过Pp放缩默还打关收点查字阅浏评转分在日作来");
/**
 * A paper's web view's article header: `日期：2024年05月17日　　版次：A03　　作者：`, fields among 日期, 版次, 版名,
 * 作者, 来源, 字数, each value short and with no colon or sentence mark (perhaps
 * empty, as the page leaves 作者 when no one signs); `版次` or `版名` must be one of them.
 */
const EPAPER_META = /^(?:(?:日期|版次|版名|作者|来源|字数)\s*:[^:。!?]{0,20}?\s*)+$/;
/** A mobile page's call to open its app: `打开江城晚报APP 阅读更多精彩内容`, `下载客户端`, `打开APP`. */
const APP_PROMPT = /^(?:打开|下载)[^\s。!?]{0,12}(?:APP|客户端)(?:\s*[^\s。!?]{1,12})?$/i;

/** The kind of a navigation line (`webNavLine`): `paper` when a word speaks of a paper's pages or issues. */
export type NavKind = "paper" | "web";

/**
 * A line of a web view's navigation words only (`NAV_WORD`, counters,
 * the text-size switch, `分享到` and its platforms), set apart by spaces or
 * `|`: `上一版　下一版　返回目录`, `首页 | 往期回顾 | 版面导航 | 衡州新闻网`, `放大　缩小　默认`,
 * `字号 大 中 小`, `阅读 1.2万`, `点赞 326　　评论 48`, `点击查看大图`; or an e-paper's article
 * header (`日期：…　版次：A03　　作者：`). Chrome of the copied page: no headline, no
 * paragraph. `paper` when it speaks of the paper's pages or issues (`上一版`,
 * `往期回顾`, `版次`), which only a paper's web edition links to; `web` for
 * what any website sets (`上一篇　下一篇`, `分享到：…`); null for any other
 * line. A sentence naming the words (`返回首页后，他…`) is no such line.
 */
export function webNavLine(norm: string): NavKind | null {
  if (norm.length === 0 || norm.length > NAV_MAX || NAV_FIRST[norm.charCodeAt(0)] !== 1) return null;
  if (EPAPER_META.test(norm)) return norm.includes("版次") || norm.includes("版名") ? "paper" : null;
  if (APP_PROMPT.test(norm)) return "web";
  let paper = false;
  let navWords = 0;
  let site = false;
  // What the word before allows after it: a counter's number, a size, a platform.
  let after: "counter" | "size" | "share" | null = null;
  const words = norm.split(NAV_GAP);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.length === 0) continue;
    if (after === "counter") {
      if (!COUNTER_NUMBER.test(word)) return null;
      after = null;
      continue;
    }
    if ((after === "size" && SIZE_WORD.test(word)) || (after === "share" && PLATFORM.test(word))) continue;
    after = null;
    if (NAV_WORD.test(word)) {
      navWords++;
      if (PAPER_NAV_WORD.test(word)) paper = true;
    } else if (GLUED_COUNTER.test(word)) navWords++;
    else if (COUNTER_KEY.test(word)) {
      navWords++;
      after = "counter";
    } else if (SIZE_KEY.test(word)) {
      navWords++;
      after = "size";
    } else if (SHARE_KEY.test(word)) {
      navWords++;
      after = "share";
    } else if (navWords > 0 && !site && SITE_NAME.test(word)) site = true;
    else return null;
  }
  // A counter's key with no number after it (`阅读`, `评论`) is a word, not a counter; a site's name needs two words beside it.
  if (after === "counter" || navWords === 0 || (site && navWords < 2)) return null;
  return paper ? "paper" : "web";
}

/**
 * The label over an e-paper's list of titles, or a web page's list of related
 * links: `本版其它文章`, `本版标题`, `标题导航`, `本版导航`, `相关新闻`, `相关阅读`, `往期回顾`,
 * perhaps bracketed or with a colon (`【相关新闻】`, `相关阅读：`).
 */
const TITLE_LIST_LABEL =
  /^[【\[]?(?:本版(?:其[它他余]|更多)?(?:文章|稿件|新闻|标题)|(?:标题|本版|版面)(?:导航|目录)|相关(?:新闻|阅读|报道|文章)|往期回顾)[】\]]?:?$/;
/** Longest `TITLE_LIST_LABEL`. */
const TITLE_LIST_LABEL_MAX = 10;

/**
 * True for the label over a list of titles (`TITLE_LIST_LABEL`): the lines of
 * titles under it are links to other articles, page chrome.
 */
export function isTitleListLabel(norm: string): boolean {
  return norm.length <= TITLE_LIST_LABEL_MAX && TITLE_LIST_LABEL.test(norm);
}
