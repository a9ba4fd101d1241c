/**
 * Lines that are nothing but a credit: a byline above the body
 * (`株洲日报全媒体记者/邹怡敏`, `通讯员/刘晓欢 刘艺锋`, `記者王小明／台北報導`),
 * a picture credit (`新华社记者刘洋摄`, `企业供图`, `钟磊摄（影像中国）`,
 * `文：陳大文　圖：李小明`, `路透社`), the bare signature under a commentary
 * headline (`尹二荣 邹怡敏`), or a web page's source line (`来源：人民网`).
 *
 * A source line names where the copy was taken from, not who made it: it is a
 * credit line (so it never lands in a paragraph) with no bylines. The spec's
 * `source` role is kept for organisations credited for a picture (`企业供图`).
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit, type CreditParse } from "./credit.js";
import { isDottedName, isLatinName, isLikelySignatureName, isNameAfterRole, isPlausibleName, isSlotName, isTibetanName } from "./names.js";
import { isWriterPlace } from "./places.js";
import { ALL_MARKERS, isOutletName, isUnitName, ROLE_WORDS } from "./roles.js";

/** A credit line read alone. */
export interface CreditLineMatch {
  bylines: Byline[];
  /** `byline`: role words and names; `photo`: a picture credit; `signature`: bare personal names. */
  kind: "byline" | "photo" | "signature";
}

/** A word that every credit line but a signature holds. */
// Single-character markers (文, 图, 发, 绘, 摄) and 社 are everyday characters
// (文化, 发展, 社区): they cue a credit only at an edge of the line or beside a
// separator (`周晓林/文`, `图/新华社`, `潘越绘`); longer words anywhere.
const EDGE = String.raw`[\s/:|丨、，,()]`;
const CREDIT_CUE = new RegExp(
  [
    ...ROLE_WORDS.map((r) => r.word),
    ...ALL_MARKERS.filter((m) => m.word.length > 1).map((m) => m.word),
    ...[...ALL_MARKERS.filter((m) => m.word.length === 1).map((m) => m.word), "社"].map(
      (c) => `(?:^|${EDGE})${c}|${c}(?:$|${EDGE})`,
    ),
    "来源",
    "稿源",
    "读者",
    "来信人",
    "网友",
    // Only in brackets (`BRACKETED_READER`): `（江城　市民　陈家林）`.
    String.raw`^\(.*市民`,
    "提供",
    "[A-Za-z]",
  ].join("|"),
  "u",
);
/** A signature: personal names only. */
const SIGNATURE_SHAPE = /^[\u3400-\u9fff·]{1,5}(?:\s+[\u3400-\u9fff·]{1,5}){0,7}$/u;
/** Longer lines are text, not credits. */
const MAX_LINE = 48;
/** A signature names at most this many people. */
const MAX_SIGNERS = 4;
/**
 * A typographic mark that papers set before a byline or a signature
 * (`□本报记者 蔡 蕾`, `■ 见习记者 林 晨`, `◎林宜君`), with the spaces after it.
 * It is no part of the credit. A mark before a bold lead-in title
 * (`■玄武湖樱花进入最佳观赏期`) leaves a line that is no credit, so it stays none.
 */
const MARKS = "□■◎●◆★";
const LEADING_MARK = new RegExp(`^[${MARKS}][ \\t]*`, "u");
const MARK_CHARS = new Set(MARKS);

/**
 * The mark □ as OCR reads it, 口, before a role word: `口本报记者 何 静`,
 * `口通讯员 郑警宣 本报记者 罗 佳`. No word opens 口 then a role word (口述 is
 * no role), so the 口 there is the mark.
 */
const MISREAD_MARK = /^口[ \t]*(?=(?:本报|本台|特约|见习|实习|全媒体|融媒体|首席)?(?:记者|通讯员|实习生|评论员))/u;
const MISREAD_MARK_CODE = 0x53e3; // 口

/** How long the mark and spaces at the start of `s` are (`LEADING_MARK`, or 口 read for □ before a role word); 0 when none. */
function markLength(s: string): number {
  if (s.charCodeAt(0) === MISREAD_MARK_CODE) return MISREAD_MARK.exec(s)?.[0].length ?? 0;
  return MARK_CHARS.has(s.charAt(0)) ? (LEADING_MARK.exec(s)?.[0].length ?? 0) : 0;
}

/** What a signer's post may end in, standing alone: `律师`, `教授`, `副教授`, `研究员`. */
const PROFESSIONS: readonly string[] = [
  "教授", "讲师", "研究员", "学者", "专家", "博士", "律师", "医生", "医师", "作家", "评论员", "分析师", "经济学家", "顾问",
];
/** What a signer's post may end in after the body it heads: `某某大学法学院院长`, `某某医院主任`. */
const OFFICES: readonly string[] = [
  "主任", "院长", "所长", "会长", "理事长", "主席", "委员", "议员", "总监", "总裁", "董事", "校长", "社长", "秘书长",
  "创办人", "创始人",
  // A speech printed with its speaker's post: `在全市经济工作会议上的讲话` / `市委书记　王建国`.
  "书记", "省长", "市长", "县长", "区长", "局长", "部长", "厅长", "行长", "董事长", "总经理",
];
/**
 * A signature with the signer's post in brackets after it, as comment pages
 * print it: `■陳家樂（香港中文大學教授）`, `张三（北京大学法学院教授）`. The post
 * ends in a title (教授, 研究员, 律师 …); it is not part of the name.
 */
const AFFILIATED = new RegExp(
  String.raw`^(?<name>[\u3400-\u9fff·]{2,8}(?: [\u3400-\u9fff])?)[ \t]*\((?<post>[^()]{2,30}` +
    String.raw`(?:${[...PROFESSIONS, ...OFFICES].join("|")}))\)$`,
  "u",
);
/**
 * A signer's name in a signature's pattern, as group `name`: two or three Han
 * characters, or two padded apart as typesetters pad a two-character name
 * (`王　芳`). The readers of the name test it as a name after.
 */
const SIGNER_NAME = String.raw`(?<name>\p{Script=Han}{2,3}|\p{Script=Han}\s+\p{Script=Han})`;

/**
 * A signature with the signer's post before the name, set off by a space,
 * as opinion and legal pages print it under a headline: `律师　夏子涵`,
 * `浙江大学法学院教授　夏子涵`, `副教授　孙　强`. The post ends in a profession
 * (`律师`, `教授`), which may stand alone, or in an office (`主任`, `院长`),
 * which names no one without the body it heads (`某某医院院长　张三`): a bare
 * office before a name is a line of a list (`副主任　李四`). The name is two or
 * three characters, or two padded apart; `signedWithTitle` tests it as a name
 * (so `全市律师　齐聚一堂` stays a headline). Such a line is a signature only
 * right under a headline (`parseTitledSignature`): in running text it is a
 * line of a list (`首席专家　王志刚`).
 */
const TITLED = new RegExp(
  String.raw`^(?<post>\p{Script=Han}{0,16}?(?:${PROFESSIONS.join("|")})|\p{Script=Han}{2,16}?(?:${OFFICES.join("|")}))` +
    String.raw`\s+${SIGNER_NAME}$`,
  "u",
);
/**
 * Reads a line that stands right under a headline as a signature with the
 * signer's post before the name (`律师　夏子涵`, `浙江大学法学院教授　夏子涵`):
 * the name is the byline (`author`), the post its label. Null for any other
 * line, and for a post before words that are no name (`全市律师　齐聚一堂`).
 * `norm`, when given, is the line's folded copy.
 */
export function parseTitledSignature(line: string, norm = normaliseString(line)): CreditLineMatch | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return null;
  const offset = line.indexOf(trimmed);
  const credit = signedWithTitle(norm.slice(offset, offset + trimmed.length), trimmed);
  return credit ? { bylines: credit.bylines, kind: "signature" } : null;
}

/**
 * A signer's name that no surname table reads, as it stands alone right
 * under an opinion piece's headline (folded, its mark cut off):
 *
 *   艾克拜尔·吾拉木   a transliterated name, its parts set apart by a middle
 *                    dot as any font or OCR sets it (`isDottedName`)
 *   辛 识平, 晓 舟    a pen name padded as typesetters pad names: one
 *                    character, a space, one or two more
 *
 * Tibetan names, four characters run together (`次仁卓玛`), are read by
 * `isTibetanName`. The shapes say a name; only the place says a signature:
 * the caller asks of a line right under a headline, over unsigned text.
 */
const PADDED_PEN_NAME = /^\p{Script=Han} \p{Script=Han}{1,2}$/u;
/** Longest line read as a pen signature: a mark, its space, a name of three parts. */
const PEN_SIGNATURE_MAX = 28;

/**
 * Reads a line that stands right under a headline, over unsigned text, as
 * a signature whose name no surname table reads: a transliterated name with
 * its middle dot (`艾克拜尔·吾拉木`), a Tibetan name (`次仁卓玛`), a padded pen
 * name (`辛 识平`, `晓 舟`), perhaps after the mark a signature is set with
 * (`□ 艾克拜尔·吾拉木`, `■`, `◎`). The name is the byline (`author`), without
 * its padding. Null for any other line. `norm`, when given, is the line's
 * folded copy. A two- to four-character word run together (`述评`, `观察`)
 * is none of these shapes; a column's letter-spaced name (`述 评`) the caller
 * turns away.
 */
export function parsePenSignature(line: string, norm = normaliseString(line)): CreditLineMatch | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > PEN_SIGNATURE_MAX) return null;
  const offset = line.indexOf(trimmed);
  let folded = norm.slice(offset, offset + trimmed.length);
  const mark = markLength(folded);
  folded = folded.slice(mark);
  const written = trimmed.slice(mark);
  if (isDottedName(folded) || isTibetanName(folded)) return penSigned(written);
  if (PADDED_PEN_NAME.test(folded)) return penSigned(written.replace(/\s+/gu, ""));
  return null;
}

/** A signature of one name, the line's author. */
function penSigned(name: string): CreditLineMatch {
  return { bylines: [{ name, role: "author", label: null, photo: false }], kind: "signature" };
}

/**
 * The last line of an opinion piece that signs it, standing alone between its
 * text and the next headline (or the page's end), in a form that no line
 * under a headline is read in:
 *
 *   本报评论员, ■ 本刊评论员            the paper's own voice, naming no
 *                    one: a signature with no byline (an office signing a
 *                    notice, `本报编辑部`, is an author: see segmentation)
 *   □ 本刊主编　苏明哲, ■ 社长　李明     the signer's title at the paper
 *                    (`CLOSING_TITLE`) and his name: the name is the author,
 *                    the title its label
 *   ■滨言, □ 滨 言, ——滨言             a pen name after the mark or dash a
 *                    signature is set with: two or three characters, or
 *                    padded (`PADDED_PEN_NAME`), with or without a surname
 *
 * The caller asks only of a short line under running text with no text of
 * its own to head: there a mark before a few characters signs, where over a
 * title it would be a column's label (`■短评`), which it turns away itself.
 * Words that close or label a text (`NOT_PEN_NAME`) are never a pen name.
 */
const CLOSING_VOICE = /^[\u4e00-\u9fff]{0,6}评论员$/u;
/** The signer's title at the paper: `本刊主编`, `主编`, `执行主编`, `副总编辑`, `社长`, `本报总编辑`. */
const CLOSING_TITLE = new RegExp(String.raw`^(?<post>(?:本报|本刊|本台|本社)?(?:执行|副)?(?:主编|总编辑|总编|社长))\s+${SIGNER_NAME}$`, "u");
/** The dash a signature may hang from: `——滨言`, `—滨言`, `--滨言` (folded). */
const SIGNATURE_DASH = /^(?:—{1,2}|-{2})\s*/u;
/** A pen name after the mark or dash: two or three characters, or one and one or two padded apart. */
const MARKED_PEN_NAME = /^(?:\p{Script=Han}{2,3}|\p{Script=Han} \p{Script=Han}{1,2})$/u;
/** Words a marked short line may be that close or label a text and sign nothing: `■短评`, `——完`, `□ 结 语`. */
const NOT_PEN_NAME: ReadonlySet<string> = new Set(
  "短评 时评 评论 快评 微评 社论 述评 言论 编者按 编后 编后语 结语 后记 附记 链接 相关 提示 延伸 全文完 待续 图片 资料 完".split(" "),
);

/**
 * Reads a line closing an opinion piece as its signature (see `CLOSING_VOICE`
 * and the forms above): the bylines (none for the paper's own voice) and
 * `voice` true for that voice; null for any other line. `norm`, when given,
 * is the line's folded copy.
 */
export function parseClosingSignature(line: string, norm = normaliseString(line)): (CreditLineMatch & { voice: boolean }) | null {
  const trimmed = line.trim();
  if (trimmed.length < 2 || trimmed.length > PEN_SIGNATURE_MAX) return null;
  const offset = line.indexOf(trimmed);
  let folded = norm.slice(offset, offset + trimmed.length);
  const mark = markLength(folded) || (SIGNATURE_DASH.exec(folded)?.[0].length ?? 0);
  folded = folded.slice(mark);
  const written = trimmed.slice(mark);
  if (CLOSING_VOICE.test(folded)) return { bylines: [], kind: "signature", voice: true };
  const titled = CLOSING_TITLE.exec(folded)?.groups;
  if (titled?.post !== undefined && titled.name !== undefined) {
    const signer = soleSigner(written.slice(folded.length - titled.name.length));
    const first = signer?.bylines[0];
    return first === undefined ? null : { bylines: [{ ...first, label: written.slice(0, titled.post.length) }], kind: "signature", voice: false };
  }
  if (mark === 0 || !MARKED_PEN_NAME.test(folded)) return null;
  const name = written.replace(/\s+/gu, "");
  if (NOT_PEN_NAME.has(normaliseString(name))) return null;
  return { ...penSigned(name), voice: false };
}

/**
 * A post that names a group, not one signer: counted (`百名专家`, `十位教授`,
 * `多名律师`) or ranging over many (`各地专家`, `众多学者`, `广大医生`). Under a
 * headline such a line is a subtitle (`百名专家　齐聚`, `百名教授　江城行`).
 */
const GROUP_POST = /[\d一二两三四五六七八九十百千万几数多][名位批]|^(?:各|众多|诸多|广大|部分|一批|一群)/u;

/** A signature with the signer's post before it: the name is the byline, the post its label. */
function signedWithTitle(folded: string, trimmed: string): CreditParse | null {
  const m = TITLED.exec(folded);
  const post = m?.groups?.post;
  const name = m?.groups?.name;
  if (post === undefined || name === undefined || GROUP_POST.test(post)) return null;
  const credit = soleSigner(trimmed.slice(folded.length - name.length));
  return credit ? { ...credit, bylines: [{ ...credit.bylines[0]!, label: trimmed.slice(0, post.length) }] } : null;
}

/**
 * A line of a list of people by post, as news of appointments and meetings
 * prints them under `名单如下：`: `主任　王志刚`, `副主任　李　明`,
 * `秘书长　赵国强`. A post of one to twelve Han characters (a two-character
 * post padded to a list's width too: `主　席　周建华`, `委　员　张　伟`), a
 * space, then a likely name (a padded two-character name too). Any post will
 * do, since the name test and the list around the line (see `personLists` in
 * segmentation) are the evidence; a post that names a group (`百名专家`) will not.
 */
const POST_AND_NAME = new RegExp(String.raw`^(?<post>\p{Script=Han}{1,12}|\p{Script=Han}\s\p{Script=Han})\s+${SIGNER_NAME}$`, "u");

/** True when the folded line `norm` is a post and a name (`副主任　李　明`): see `POST_AND_NAME`. */
export function isPostAndName(norm: string): boolean {
  const m = POST_AND_NAME.exec(norm.trim());
  const post = m?.groups?.post;
  const name = m?.groups?.name;
  if (post === undefined || name === undefined || GROUP_POST.test(post)) return false;
  return isLikelySignatureName(name.replace(/\s+/gu, ""));
}

/**
 * A speaker's head over the item that quotes them, as 两会 and forum pages
 * set it (folded): the speaker's posts, joined by 、, ending in a signer's
 * post (`PROFESSIONS`, `OFFICES`) or a deputy's (`代表`), a space, the name,
 * and perhaps a colon: `全国人大代表、湘西州龙山县茶园村党支部书记　向春梅：`,
 * `全国政协委员、省工商联副主席 赵明远`. The space parts the post from the name,
 * as in a list of people by post (`POST_AND_NAME`); the post names the body
 * it is held in (two characters at least before the post word: `省委书记`),
 * since a bare office (`书记　王建国`) is a row of a list.
 */
const SPEAKER = new RegExp(
  String.raw`^(?<post>[\p{Script=Han}、]{2,28}?(?:${[...PROFESSIONS, ...OFFICES, "代表"].join("|")}))\s+${SIGNER_NAME}(?<colon>:)?$`,
  "u",
);

/** A speaker's head (`SPEAKER`): `colon` when it hands over to what follows with a colon (`…书记　向春梅：`), else `bare`. */
export type SpeakerHead = "colon" | "bare";

/**
 * The folded line `norm` read as a speaker's head (`SPEAKER`: `全国人大代表、…书记　向春梅：`),
 * or null: the name must read as one, and the post name one person (no `百名专家`).
 */
export function speakerHead(norm: string): SpeakerHead | null {
  const m = SPEAKER.exec(norm.trim());
  const post = m?.groups?.post;
  const name = m?.groups?.name;
  if (post === undefined || name === undefined || post.startsWith("、") || GROUP_POST.test(post)) return null;
  if (!isLikelySignatureName(name.replace(/\s+/gu, ""))) return null;
  return m!.groups!.colon === undefined ? "bare" : "colon";
}

/**
 * A credit with the last name's unit in brackets after it, as military and
 * trade papers print it: `本报特约记者　钱晓虎　通讯员　王　帅（第77集团军某旅）`,
 * `通讯员 马晓东（国网某某供电公司）`. The unit (`isUnitName`) says where the
 * writer serves; it is no name and no label (the label is the words before
 * the name), so it is left out of the bylines.
 */
const UNIT_AFTER = /^(?<credit>.+?)[ \t]*\((?<unit>[^()]{2,20})\)$/u;

/** `folded` read as a credit with a role word and a writer's unit in brackets after it (`UNIT_AFTER`), or null. */
function creditWithUnit(folded: string, trimmed: string): CreditParse | null {
  const m = UNIT_AFTER.exec(folded);
  const head = m?.groups?.credit;
  const unit = m?.groups?.unit;
  if (head === undefined || unit === undefined || !isUnitName(unit)) return null;
  const credit = parseCredit(trimmed.slice(0, head.length));
  return credit?.hasRole === true ? credit : null;
}

/**
 * A wire picture released by an agency with its maker in brackets:
 * `新华社发（阿依努尔 摄）`, `新华社发（布兰登 作）`, `中新社发（张立新 摄影）`.
 * The person in the bracket took the picture or drew it; the agency only
 * released it (its source).
 */
const AGENCY_RELEASED = /^(?<agency>\p{Script=Han}{2,8}?)\s*发\s*\((?<inner>[^()]{2,30})\)$/u;
/** The bracket of `AGENCY_RELEASED` read without a credit grammar: names apart, then a picture marker (`阿依努尔 摄`, `布兰登、李强 作`). */
const MAKERS_MARKED = /^(?<names>[^\s、,，()]+(?:[\s、,，]+[^\s、,，()]+)*?)\s*(?:摄影|摄|作|绘|制图)$/u;

/** `folded` read as `AGENCY_RELEASED`: the makers as picture credits, then the agency as a picture source; or null. */
function agencyReleased(folded: string, trimmed: string): CreditParse | null {
  const g = AGENCY_RELEASED.exec(folded)?.groups;
  if (g?.agency === undefined || g.inner === undefined || !isOutletName(g.agency)) return null;
  const at = folded.length - 1 - g.inner.length;
  const makers = bracketMakers(g.inner, trimmed.slice(at, at + g.inner.length));
  if (makers === null) return null;
  const bylines: Byline[] = [...makers, { name: trimmed.slice(0, g.agency.length), role: "source", label: null, photo: true }];
  return { bylines, hasRole: false, hasMarker: true, endsWithPhotoMarker: true, explicit: bylines.map(() => true) };
}

/** The picture makers in a released picture's bracket (folded `inner`, as written `written`): by the credit grammar, else names before a marker. */
function bracketMakers(inner: string, written: string): Byline[] | null {
  const credit = parseCredit(written, { bracketed: true });
  if (credit?.endsWithPhotoMarker === true && credit.bylines.length > 0 && credit.bylines.every((b) => b.role !== "source")) return credit.bylines;
  const names = MAKERS_MARKED.exec(inner)?.groups?.names;
  if (names === undefined) return null;
  const out: Byline[] = [];
  for (const m of names.matchAll(/[^\s、,，]+/gu)) {
    const name = m[0];
    const ok = isSlotName(name) || isDottedName(name) || isLatinName(name);
    if (!ok || out.length >= MAX_SIGNERS) return null;
    out.push({ name: written.slice(m.index, m.index + name.length), role: "author", label: null, photo: true });
  }
  return out.length > 0 ? out : null;
}

/** A trailing bracketed tag after a picture credit: `（影像中国）`, `（新华社发）`. */
const TRAILING_TAG = /^(?<credit>.+?)[ \t]*\((?<tag>[^()]{1,10})\)$/u;

interface LineCredit {
  credit: CreditParse;
  kind: CreditLineMatch["kind"];
}

/**
 * A web page's source line, whole or bracketed: `来源：人民网`, `（来源：新华社）`,
 * `本文来源：人民网-人民日报`, `稿源：中新网`, `转自：新华网`; optionally followed
 * by a credit (`来源：人民网 作者：张三`) or a timestamp (`发布时间：2022-09-28 08:00`).
 */
const SOURCE_LINE = new RegExp(
  String.raw`^(?:本文|文章|稿件|新闻|信息)?(?:来源|稿源|出处|转自|转载自)\s*[:|丨]\s*` +
    String.raw`(?<source>[^\s:|丨()。！？!?，,；;]{2,24})(?:\s+(?<rest>.+))?$`,
  "u",
);
/** A timestamp after a source line: `发布时间：2022-09-28 08:00`, `2022年09月28日 08:00`. */
const TIMESTAMP = /^(?:(?:发布|更新)?(?:时间|日期)\s*[:|]\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;

const PARENTHESISED = /^\(.*\)$/u;

/** Reads a source line: bylines for a credit after it, none for the source itself. */
function sourceLine(folded: string, trimmed: string): CreditParse | null {
  const inner = PARENTHESISED.test(folded) ? folded.slice(1, -1) : folded;
  const shift = inner === folded ? 0 : 1;
  const m = SOURCE_LINE.exec(inner);
  if (!m?.groups) return null;
  const rest = m.groups.rest;
  const none: CreditParse = { bylines: [], hasRole: false, hasMarker: false, endsWithPhotoMarker: false, explicit: [] };
  if (rest === undefined || TIMESTAMP.test(rest.trim())) return none;
  const restAt = shift + inner.length - rest.length;
  const credit = parseCredit(trimmed.slice(restAt, restAt + rest.length));
  return credit && (credit.hasRole || credit.hasMarker) ? credit : null;
}

// （图片由市文旅局提供）, 本版图片均由主办方提供: an organisation's picture
// credit written out, as 企业供图 is written short.
const PROVIDED = /^\(?(?:本版|本组|以上)?(?:图片|照片|图)(?:均|皆)?由(?<org>[^()]{2,16}?)提供\)?$/u;

// 图/受访者提供, 圖：某管理局提供, （图：某公司提供）, 圖片來源：某管理局: the
// organisation that gave the picture, after a picture word and a separator.
const PICTURE_WORD = "(?:图片|照片|图)";
/** `/受访者提供`: a separator, then the organisation that provided the picture. */
const PROVIDED_BY = String.raw`[/:|丨]\s*(?<org>[^()\s/:]{2,16}?)提供`;
const PICTURE_FROM = new RegExp(String.raw`^\(?${PICTURE_WORD}\s*(?:${PROVIDED_BY}|来源\s*[:|丨]\s*(?<source>[^()\s/:]{2,16}))\)?$`, "u");

function providedLine(folded: string, trimmed: string): CreditParse | null {
  const m = PROVIDED.exec(folded) ?? PICTURE_FROM.exec(folded);
  const org = m?.groups?.org ?? m?.groups?.source;
  if (m === null || org === undefined) return null;
  const at = m[0].indexOf(org);
  const bylines = [{ name: trimmed.slice(at, at + org.length), role: "source" as const, label: null, photo: true }];
  return { bylines, hasRole: false, hasMarker: true, endsWithPhotoMarker: true, explicit: [true] };
}

// 文/本报记者 郑一鸣　图/受访者提供: a text's credit, then, a space apart, the picture's provider.
const PROVIDER_TAIL = new RegExp(String.raw`\s+(?=${PICTURE_WORD}\s*${PROVIDED_BY}$)`, "u");

/**
 * A line of a text's credit and, a space after it, the provider of its
 * picture (`文/本报记者 郑一鸣　图/受访者提供`, `文/郑一鸣　图/受访者提供`):
 * each part read as a line of its own, their bylines in order.
 */
function withProvider(folded: string, trimmed: string): LineCredit | null {
  const m = PROVIDER_TAIL.exec(folded);
  if (m === null || m.index === 0) return null;
  const restAt = m.index + m[0].length;
  const left = readLine(trimmed.slice(0, m.index));
  const right = providedLine(folded.slice(restAt), trimmed.slice(restAt));
  if (left === null || right === null || left.kind === "signature") return null;
  const credit: CreditParse = {
    ...left.credit,
    bylines: [...left.credit.bylines, ...right.bylines],
    explicit: [...left.credit.explicit, ...right.explicit],
    hasMarker: true,
    endsWithPhotoMarker: true,
  };
  return { credit, kind: "photo" };
}

/**
 * A reader's signature under a letter, as letters pages print it: `读者 黄伯钧`,
 * `泰国曼谷　读者 黄伯钧`, `泰国曼谷读者　黄伯钧`, `来信人　王建国`. 读者 (a
 * reader) or 来信人 (the letter's writer), with the place the reader writes
 * from before it, labels the name after it; the name is two or three
 * characters, or two padded apart (`读者 王　芳`). The place may follow the
 * name in brackets instead (`读者　王建国（合肥市蜀山区）`: `WRITTEN_FROM`).
 */
const READER_SIGNED = new RegExp(String.raw`^(?<label>(?:\p{Script=Han}{2,12}?\s*)?(?:读者|来信人|网友))\s*${SIGNER_NAME}(?<from>\s*\([^()]{2,16}\))?$`, "u");
/**
 * The same signature set in brackets at the foot of a piece, as evening and
 * weekend papers sign what readers send in (folded): `（湖南株洲　读者　周秋萍）`,
 * `（读者　王　芳）`, `（网友　李晓东）`, `（江城　市民　陈家林）`. In brackets,
 * where a signature stands, 市民 (a resident writing in) labels the name too;
 * on a bare line `热心市民　王建国` may be a profile's headline.
 */
const BRACKETED_READER = new RegExp(String.raw`^\((?<label>(?:\p{Script=Han}{2,12}?\s*)?(?:读者|来信人|网友|市民))\s*${SIGNER_NAME}\)$`, "u");

/**
 * A signature of a name and the place its writer writes from in brackets,
 * as letters pages sign a letter (folded): `王建国（合肥市蜀山区）`,
 * `刘　芳（岳阳县）`. The place is no part of the name, nor a label.
 */
const WRITTEN_FROM = new RegExp(String.raw`^${SIGNER_NAME}\s*\((?<place>[^()]{2,16})\)$`, "u");

/**
 * A reader's signature (`READER_SIGNED`, or in brackets `BRACKETED_READER`):
 * the name is the byline (`author`), the words before it its label.
 */
function signedAsReader(folded: string, trimmed: string): CreditParse | null {
  const bracketed = folded.startsWith("(");
  const m = (bracketed ? BRACKETED_READER : READER_SIGNED).exec(folded);
  const label = m?.groups?.label;
  const name = m?.groups?.name;
  if (label === undefined || name === undefined) return null;
  const from = m?.groups?.from;
  if (from !== undefined && !isWriterPlace(from.trim().slice(1, -1))) return null;
  const open = bracketed ? 1 : 0;
  const end = folded.length - open - (from?.length ?? 0);
  const credit = soleSigner(trimmed.slice(end - name.length, end));
  return credit ? { ...credit, bylines: [{ ...credit.bylines[0]!, label: trimmed.slice(open, open + label.length) }] } : null;
}

/**
 * A letter's signature with the place its writer writes from set before the
 * name, apart from it (folded): `合肥市包河区　刘海燕`, `岳阳县 王　芳`. The
 * place ends as a city, district, county or town does (`isWriterPlace`); the
 * name is two or three characters, or two padded apart.
 */
const PLACE_THEN_NAME = new RegExp(String.raw`^(?<place>\p{Script=Han}{2,15})\s+${SIGNER_NAME}$`, "u");

/**
 * A signature with the writer's age in brackets after the name, as readers'
 * and old people's pages sign a memoir (folded): `王桂林（82岁）`,
 * `刘　芳（七十六岁）`. The age is no part of the name, nor a label.
 */
const AGED = new RegExp(String.raw`^${SIGNER_NAME}\s*\((?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?:周)?岁\)$`, "u");

/**
 * A name signed with the writer's age (`AGED`): the name alone is the byline.
 * The age says a person signs, as a role word does, so the name is tested as
 * one after a role word (`isNameAfterRole`): `王桂林` signs, though 桂林 is a city.
 */
function signedWithAge(folded: string, trimmed: string): CreditParse | null {
  const name = AGED.exec(folded)?.groups?.name;
  if (name === undefined || !isNameAfterRole(name.replace(/\s+/gu, ""))) return null;
  const written = trimmed.slice(0, name.length).replace(/\s+/gu, "");
  return { bylines: [{ name: written, role: "author", label: null, photo: false }], hasRole: false, hasMarker: false, endsWithPhotoMarker: false, explicit: [false] };
}

/**
 * A post that names the body its holder works for before the post itself
 * (folded): `湖南某某律师事务所律师`, `市中医院主任医师`, `某某大学法学院教授`.
 * At a piece's foot only such a post signs: a bare one (`乡村医生　刘德全`)
 * is as likely a line of a list of people.
 */
const ORGANISATION_POST = /^\p{Script=Han}{1,14}(?:所|院|校|局|厅|中心|公司|集团|银行|协会|学会|委员会|大学|部|站|社)\p{Script=Han}{1,6}\s/u;

/** A signature at a piece's foot with the signer's organisation and post before the name (`ORGANISATION_POST`, `signedWithTitle`). */
function signedWithOrganisationPost(folded: string, trimmed: string): CreditParse | null {
  return ORGANISATION_POST.test(folded) ? signedWithTitle(folded, trimmed) : null;
}

/**
 * Reads a line that stands at the foot of a letter or a piece, under its last
 * sentence, as its writer's signature: the writer's place before the name
 * (`PLACE_THEN_NAME`: `合肥市包河区　刘海燕`; the place is the label, as the
 * place before 读者 is in `泰国曼谷　读者 黄伯钧`), the writer's post before it
 * (`湖南某某律师事务所律师　彭志勇`, `市中医院主任医师　李　华`: the post, with
 * the body it is held in, is the label, as under a headline, `parseTitledSignature`), or the writer's age
 * after it (`王桂林（82岁）`: no label). The name is the byline (`author`).
 * Null for any other line. Only read in that place: elsewhere such a line is
 * a line of a list (`岳麓区　王　芳`) or a headline's. `norm`, when given, is
 * the line's folded copy.
 */
export function parsePlacedSignature(line: string, norm = normaliseString(line)): CreditLineMatch | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return null;
  const offset = line.indexOf(trimmed);
  const folded = norm.slice(offset, offset + trimmed.length);
  const signed = folded.endsWith(")") ? signedWithAge(folded, trimmed) : signedWithOrganisationPost(folded, trimmed);
  if (signed) return { bylines: signed.bylines, kind: "signature" };
  const g = PLACE_THEN_NAME.exec(folded)?.groups;
  if (g?.place === undefined || g.name === undefined || !isWriterPlace(g.place)) return null;
  const credit = soleSigner(trimmed.slice(folded.length - g.name.length));
  if (credit === null) return null;
  return { bylines: [{ ...credit.bylines[0]!, label: trimmed.slice(0, g.place.length) }], kind: "signature" };
}

/** A name signed with the place its writer writes from (`WRITTEN_FROM`): the name alone is the byline. */
function signedWithPlace(folded: string, trimmed: string): CreditParse | null {
  const g = WRITTEN_FROM.exec(folded)?.groups;
  if (g?.name === undefined || g.place === undefined || !isWriterPlace(g.place)) return null;
  return soleSigner(trimmed.slice(0, g.name.length));
}

/** A signature with the signer's post in brackets: the name alone is the byline. */
function signedWithPost(folded: string, trimmed: string): CreditParse | null {
  const name = AFFILIATED.exec(folded)?.groups?.name;
  return name === undefined ? null : soleSigner(trimmed.slice(0, name.length));
}

/** `text` read as a credit that is one likely name alone (no role word, no marker), or null. */
function soleSigner(text: string): CreditParse | null {
  const credit = parseCredit(text);
  if (!credit || credit.hasRole || credit.hasMarker || credit.bylines.length !== 1) return null;
  const signer = credit.bylines[0]!;
  return signer.role === "author" && isLikelySignatureName(normaliseString(signer.name)) ? credit : null;
}

/**
 * A wire agency's name alone (`路透社`, `美联社`, `法新社`) stands under a
 * picture: a text wire is credited in a dateline or a bracket instead.
 */
function wirePhoto(trimmed: string, folded: string): CreditParse | null {
  if (folded.length > 6 || !folded.endsWith("社") || !isOutletName(folded)) return null;
  const bylines = [{ name: trimmed, role: "source" as const, label: null, photo: true }];
  return { bylines, hasRole: false, hasMarker: false, endsWithPhotoMarker: true, explicit: [false] };
}

/**
 * False when `parseCreditLine` finds nothing in the line whose folded copy
 * (`normaliseString(line)`) is `folded`. A credit line is short; and most
 * short lines of a page are headlines: a credit holds a role word, a marker,
 * an agency or Latin letters, or else is only names (a signature). (Folding
 * keeps white space white space, so `folded` trims as the line does.)
 */
export function mayBeCreditLine(folded: string): boolean {
  let trimmed = folded.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return false;
  trimmed = trimmed.slice(markLength(trimmed));
  return CREDIT_CUE.test(trimmed) || SIGNATURE_SHAPE.test(trimmed) || (trimmed.endsWith(")") && (AFFILIATED.test(trimmed) || WRITTEN_FROM.test(trimmed)));
}

/** Two Han characters, one space apart: a two-character name padded as typesetters pad it (`文　捷`). */
const PADDED_PAIR = /^\p{Script=Han}[ \t\u3000]\p{Script=Han}$/u;

/**
 * True when the line after its mark (`folded`) is one two-character name padded apart
 * (`□文　捷`, `□方　明`): a mark and padding are set for a signer, so a surname that is
 * also an everyday word or a marker (文, 方, 高: `isLikelySignatureName` refuses them
 * unpadded) still signs.
 */
function paddedSignature(folded: string, signers: readonly Byline[]): boolean {
  const signer = signers.length === 1 ? signers[0] : undefined;
  return signer !== undefined && PADDED_PAIR.test(folded) && isPlausibleName(normaliseString(signer.name));
}

/** A credit line in brackets: `（新华社记者刘洋摄）`, `〔編譯張三／綜合報導〕`. */
const BRACKETED_LINE = /^(?:\([^()]+\)|〔[^〔〕]+〕|【[^【】]+】)$/u;

/**
 * A picture credited to a role with no name (folded): `通讯员供图`,
 * `本报记者供图`, `特约通讯员 供图`. The desk gave the picture without saying
 * which of its people took it: the role word, as written, is the picture's
 * `source`, as `受访者供图` names its provider. With 摄 a person is meant,
 * and a name is wanted (`记者摄` is read as any credit is).
 */
const UNNAMED_PROVIDER = /^(?<who>(?:本报|本台|本刊|特约)?(?:通讯员|记者|实习生|摄影记者))\s*供图$/u;

/** The source of a picture credited to a role with no name (`UNNAMED_PROVIDER`), or null. */
function unnamedProvider(folded: string, trimmed: string): CreditParse | null {
  const who = UNNAMED_PROVIDER.exec(folded)?.groups?.who;
  if (who === undefined) return null;
  const bylines: Byline[] = [{ name: trimmed.slice(0, who.length), role: "source", label: null, photo: true }];
  return { bylines, hasRole: true, hasMarker: true, endsWithPhotoMarker: true, explicit: [true] };
}

function readLine(line: string): LineCredit | null {
  let trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return null;
  const offset = line.indexOf(trimmed);
  let folded = normaliseString(line).slice(offset, offset + trimmed.length);
  if (!mayBeCreditLine(folded)) return null;
  const mark = markLength(folded);
  trimmed = trimmed.slice(mark);
  folded = folded.slice(mark);
  const affiliated = folded.endsWith(")") ? (signedWithPost(folded, trimmed) ?? signedWithPlace(folded, trimmed)) : null;
  if (affiliated) return { credit: affiliated, kind: "signature" };
  const reader = signedAsReader(folded, trimmed);
  if (reader) return { credit: reader, kind: "signature" };
  const source = sourceLine(folded, trimmed);
  if (source) return { credit: source, kind: source.bylines.some((b) => b.photo) ? "photo" : "byline" };
  const released = folded.endsWith(")") ? agencyReleased(folded, trimmed) : null;
  if (released) return { credit: released, kind: "photo" };
  const wire = wirePhoto(trimmed, folded);
  if (wire) return { credit: wire, kind: "photo" };
  const provided = providedLine(folded, trimmed) ?? unnamedProvider(folded, trimmed);
  if (provided) return { credit: provided, kind: "photo" };
  const joint = withProvider(folded, trimmed);
  if (joint) return joint;
  let body = trimmed;
  if (BRACKETED_LINE.test(folded)) {
    body = trimmed.slice(1, -1); // （新华社记者刘洋摄）, 〔編譯張三／綜合報導〕
  } else {
    const united = folded.endsWith(")") ? creditWithUnit(folded, trimmed) : null;
    if (united) return { credit: united, kind: united.bylines.some((b) => b.photo) ? "photo" : "byline" };
    const tagged = TRAILING_TAG.exec(folded);
    const head = tagged?.groups?.credit;
    if (head !== undefined) {
      // 钟磊摄（影像中国）: a column tag after a picture credit is not part of it.
      const credit = parseCredit(trimmed.slice(0, head.length));
      if (credit && credit.endsWithPhotoMarker) return { credit, kind: "photo" };
      return null;
    }
  }
  // A line that is the credit whole: a label the tables do not know may stand before its role word (`学生记者　王雨桐`).
  const credit = parseCredit(body, { openLabels: true });
  if (!credit) return null;
  if (credit.bylines.some((b) => b.photo)) return { credit, kind: "photo" };
  if (credit.hasRole || credit.hasMarker) return { credit, kind: "byline" };
  const signers = credit.bylines;
  // An outlet's name alone (`某某日报`) signs nothing: only people sign.
  const people =
    (mark > 0 && paddedSignature(folded, signers)) ||
    signers.every((b) => b.role !== "source" && isLikelySignatureName(normaliseString(b.name)));
  if (signers.length <= MAX_SIGNERS && people) {
    return { credit, kind: "signature" };
  }
  return null;
}

/**
 * Reads a whole line as a credit; null for any ordinary sentence or headline.
 *
 * A bare signature (no role word, no marker) is accepted only when every
 * token is a plausible personal name: a surname from the table, two to four
 * characters, not an everyday word (`项目为王`, `今天下午`, `安静` are refused).
 */
export function parseCreditLine(line: string): CreditLineMatch | null {
  const read = readLine(line);
  if (read === null) return null;
  const match: CreditLineMatch = { bylines: read.credit.bylines, kind: read.kind };
  readOf.set(match, read);
  return match;
}

/**
 * What `parseCreditLine` read for each match it returned. A block of credit
 * lines needs more of each line than its match says (its picture markers);
 * a caller that holds the matches of a block's lines hands them to
 * `parseCreditBlock`, which then reads no line twice. `readLine` is a pure
 * function of the line, so the read kept is the read that would be made.
 */
const readOf = new WeakMap<CreditLineMatch, LineCredit>();

/**
 * Reads a block of credit lines that belong together (the lines under a
 * picture: `株洲日报全媒体记者/刘毅` / `通讯员/曲宏 易溪 摄`). When the last
 * line ends in a picture marker (摄, 摄影, 供图 …), every byline of the block
 * is a picture credit, except a person whose own marker says otherwise
 * (`本报记者　周晓林／文　吴雨／漫画`: 周晓林 wrote the text). Lines that are
 * not credits are left out.
 *
 * `matches[i]`, when given, is what `parseCreditLine(lines[i])` returned: the
 * line is then not parsed again.
 */
export function parseCreditBlock(lines: string[], matches?: readonly (CreditLineMatch | null | undefined)[]): Byline[] {
  const read: LineCredit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = matches?.[i];
    const r = (match && readOf.get(match)) ?? readLine(lines[i]!);
    if (r !== null) read.push(r);
  }
  const last = read[read.length - 1];
  const photo = last !== undefined && last.credit.endsWithPhotoMarker;
  const bylines: Byline[] = [];
  for (const { credit } of read) {
    for (let k = 0; k < credit.bylines.length; k++) {
      const b = credit.bylines[k]!;
      bylines.push(photo && credit.explicit[k] !== true ? { ...b, photo: true } : { ...b });
    }
  }
  return bylines;
}
