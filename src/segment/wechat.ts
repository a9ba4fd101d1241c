/**
 * The lines a social-media post (a WeChat 公众号 article, copied as text)
 * carries around its text, and what each of them is:
 *
 * - its meta line under the title (`宁远融媒 2025年03月11日 20:05 湖南`,
 *   `原创 融媒宁远 宁远融媒 2025年03月12日 18:30 湖南`): chrome, and the line
 *   above it is the post's title;
 * - its prompts to follow (`点击蓝字关注我们`, `点击上方蓝字关注`): chrome;
 * - image placeholders, a line of arrows pointing at a picture (`▼`, `▼▼▼`,
 *   `↓`, `👇`): chrome, as `（附图片１张）` is;
 * - its tail block of fields (`来源：…` / `编辑：…` / `审核：…` / `监制：…`):
 *   the source and the editor credit the post (bylines); reviewers and
 *   supervisors have no role in the records and are chrome;
 * - `转自：…` on a line of its own: a source credit;
 * - its links to other posts under their label (`推荐阅读` / `▶ …`,
 *   `往期回顾` / `● …`): chrome, never headlines or text.
 *
 * Rules are about how posts are laid out, never about an account's name.
 * Each test reads a unit's folded text (`norm`: full-width punctuation folded
 * to ASCII, U+3000 to a space).
 */
import type { Byline } from "../schema.js";
import { sliceUnit } from "../reflow/reflow.js";
import type { Classified } from "./classify.js";
import { editorBylines } from "./cues.js";
import { isImagePlaceholder, trailingArrowsAt } from "../text/arrows.js";

/** Longest line read as a post's chrome: a meta line of three account names, a date, a time and a region. */
const CHROME_MAX = 60;

// An account's name in a meta line: no white space, no sentence or clause mark (`宁远融媒`, `融媒宁远`, `NewsCity`).
const ACCOUNT = String.raw`[^\s,;:。!?"“”]{2,20}`;
// The date and time a post went out: `2025年03月11日 20:05`, `2025-03-11 20:05`.
const POST_TIME = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}`;
// A portal's tag on the account after the region: `株洲日报官方账号`, `某某县融媒体中心官方账号`, `优质财经领域创作者`.
const ACCOUNT_TAG = String.raw`[^\s,;:。!?"“”]{0,16}(?:官方账号|账号|创作者|官方号)`;
/**
 * A post's meta line: `原创` (optional), one to three account or author names,
 * the date and time, a region (optional, perhaps as `发布于湖南`) and a
 * portal's tag on the account (optional): `宁远融媒 2025年03月11日 20:05 湖南`,
 * `原创 融媒宁远 宁远融媒 2025年03月12日 18:30 湖南`,
 * `株洲日报 2025-03-05 08:12 发布于湖南 株洲日报官方账号`. A web page's meta line
 * has no account names before its date, or has keys (`来源：`).
 */
const POST_META = new RegExp(String.raw`^(?:原创\s+)?(?:${ACCOUNT}\s+){1,3}${POST_TIME}(?:\s+[\u4e00-\u9fff]{2,8})?(?:\s+${ACCOUNT_TAG})?$`);

/** True for a post's meta line under its title (`POST_META`). */
export function isPostMetaLine(norm: string): boolean {
  return norm.length <= CHROME_MAX && POST_META.test(norm);
}

/**
 * A prompt to follow the account: a click (`点击`, `点`, `戳`, `长按`), where
 * (`上方`), then the blue words or the account's name in quotes, and what to
 * do: `点击蓝字关注我们`, `点击上方蓝字关注`, `点击上方“宁远融媒”关注我们`,
 * `点击上方蓝色字体，关注我们`; or `关注我们` alone. Prose that tells of
 * clicks (`点击率和关注度持续上升，`) names no blue words.
 */
const FOLLOW_PROMPT = /^(?:(?:点击|点|戳|长按)(?:上方|上面|下方|标题下方?)?(?:[“"][^”"]{1,12}[”"]|蓝字|蓝色字体?)[^。!?]{0,12}|关注我们)$/;
/** Longest prompt to follow. */
const FOLLOW_MAX = 30;

/** True for a prompt to follow the account (`FOLLOW_PROMPT`). */
export function isFollowPrompt(norm: string): boolean {
  return norm.length <= FOLLOW_MAX && FOLLOW_PROMPT.test(norm);
}

/**
 * A call to the post's readers, opened with an emoji: `😊 欢迎留言告诉我们！`,
 * `👉 点个“在看”，分享给更多人`. The account speaks to its readers, as its
 * prompt to follow does: chrome, no text of the report.
 */
const READER_CALL = /^\p{Extended_Pictographic}[\s\uFE0F]*[^。]{0,40}(?:留言|评论区|点赞|在看|转发|分享给)[^。]{0,20}$/u;

/** True when `code`, a line's first code unit, may open an emoji: a high surrogate of U+1F300–U+1FAFF, or U+2600–U+27BF. */
const mayOpenEmoji = (code: number): boolean => (code >= 0xd83c && code <= 0xd83e) || (code >= 0x2600 && code <= 0x27bf);

/** True for a call to the post's readers (`READER_CALL`). */
export function isReaderCall(norm: string): boolean {
  return mayOpenEmoji(norm.charCodeAt(0)) && READER_CALL.test(norm);
}

/** The label over a post's links to other posts: `推荐阅读`, `往期回顾`, `相关阅读`, `往期推荐`, `精彩推荐`, `【往期精彩】`, `推荐阅读：`. */
const LINKS_LABEL = /^[【\[]?(?:推荐阅读|往期(?:回顾|推荐|精彩|精选)|相关阅读|精彩推荐|热文推荐|猜你喜欢)[】\]]?[:：]?$/;

/** True for the label over a post's links (`LINKS_LABEL`). */
export function isLinksLabel(norm: string): boolean {
  return LINKS_LABEL.test(norm);
}

/** A link to a post: a bullet (`▶`, `►`, `▷`, `●`, `•`→`·`, `◆`, `→`), then its title, no sentence's full stop (`▶ 注意！3月15日起…`). */
const LINK = /^[▶►▷▸●·◆→]\s*[^。]{2,48}$/;

/** True for a link to a post (`LINK`): under a links label, chrome. */
export function isPostLink(norm: string): boolean {
  return LINK.test(norm);
}

/**
 * A link set after an arrow (`▶ 注意！3月15日起…`), which no paragraph opens
 * with: it stands alone wherever it is. A line after a round bullet (`● …`)
 * may open a wrapped paragraph of a list, and is joined as before.
 */
const ARROW_LINK = /^[▶►▷▸→]\s*[^。]{2,48}$/;

/** True for a link set after an arrow (`ARROW_LINK`). */
function isArrowLink(norm: string): boolean {
  return ARROW_LINK.test(norm);
}

/**
 * The fields of a post's tail block, by what they are:
 * - `source`: 来源, 稿源, 文章来源, 内容来源, 转自, 转载自 (`来源：宁远县融媒体中心`);
 * - `editor`: 编辑, 责编, 责任编辑, 文字编辑 (`编辑：蒋思雨`);
 * - `chrome`: 审核, 审校, 初审, 二审, 复审, 三审, 终审, 监制, 总监制, 出品, 出品人, 统筹, 策划, 制作, 排版, 校对 (`审核：李卫东`).
 * A field's value is a name or a short list of names, no sentence.
 */
const TAIL_FIELD = /^(?:(来源|稿源|文章来源|内容来源|转自|转载自)|(编辑|责编|责任编辑|文字编辑)|(审核|审校|初审|二审|复审|三审|终审|总?监制|出品人?|统筹|策划|制作|排版|校对))\s*[:：]\s*([^\s:：。!?][^:：。!?]{0,29})$/;

/** What a tail field is (`TAIL_FIELD`), its key and its value; null for any other line. */
export function tailField(norm: string): { kind: "source" | "editor" | "chrome"; key: string; value: string } | null {
  const m = TAIL_FIELD.exec(norm);
  if (m === null) return null;
  const kind = m[1] !== undefined ? "source" : m[2] !== undefined ? "editor" : "chrome";
  return { kind, key: (m[1] ?? m[2] ?? m[3])!, value: m[4]!.trim() };
}

/**
 * What a post's chrome or tail line other than a meta line opens with: the
 * first characters of `PLACEHOLDER`, `LINKS_LABEL`, `ARROW_LINK`, `TAIL_FIELD` and
 * `FOLLOW_PROMPT` (an exact pre-test). A meta line holds a time's colon.
 */
const FIRST = /^[▼▽↓⬇⇩︾\u{1F447}【\[推往相精热猜▶►▷▸→来稿文内转编责审初二复三终总监出统策制排校点戳长关]/u;

/**
 * True for a line of a post's chrome or tail block that stands alone, never
 * joined to the line above or below it by reflow: a meta line, a prompt to
 * follow, an image placeholder, a links label or link, a tail field.
 */
export function standsAloneInPost(norm: string): boolean {
  if (norm.length === 0 || norm.length > CHROME_MAX) return false;
  if (FIRST.test(norm) && (isImagePlaceholder(norm) || isLinksLabel(norm) || isArrowLink(norm) || tailField(norm) !== null || isFollowPrompt(norm))) return true;
  return norm.includes(":") && isPostMetaLine(norm);
}

/** Fewest fields of a tail block: one field on its own is a web page's meta line or a notice's field. */
const TAIL_MIN = 2;

/**
 * Reads the items of a post: its meta line and prompts are chrome and the
 * line above the meta line is its title; image placeholders are picture
 * notes; a tail block's source and editor credit the post, its other fields
 * and its links are chrome; `转自：…` alone is a source credit.
 */
export function postItems(items: Classified[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const norm = item.unit.norm;
    if (item.kind === "furniture" && item.staff === undefined) continue;
    if (item.kind === "body") {
      const arrows = trailingArrowsAt(norm);
      if (arrows > 0) items[i] = { ...item, unit: sliceUnit(item.unit, 0, arrows) };
    }
    // Every pattern here matches a short line only; most lines are passed over on their length or first character.
    if (norm.length > CHROME_MAX) continue;
    if (isReaderCall(norm)) items[i] = chrome(item);
    else if (norm.includes(":") && isPostMetaLine(norm)) {
      items[i] = chrome(item);
      titleAbove(items, i);
    } else if (!FIRST.test(norm)) continue;
    else if (isFollowPrompt(norm)) items[i] = chrome(item);
    else if (isImagePlaceholder(norm)) items[i] = { kind: "note", unit: item.unit, note: "picture" };
    else if (isLinksLabel(norm) && isPostLink(items[i + 1]?.unit.norm ?? "")) i = links(items, i) - 1;
    else if (tailField(norm) !== null) i = tailBlock(items, i) - 1;
  }
}

/** A picture's source in brackets on a line of its own: `（图片来源：江城县图书馆）`, `（图源：…）`, `（照片来源：…）`. */
const PICTURE_SOURCE = /^\((?:图片|照片|图)?(?:来源|源)\s*[:：][^()]{1,30}\)$/;

/**
 * True when the credit at `at` credits a picture that stands inside the
 * article, between two of its paragraphs: it stands under the picture's
 * caption, or under the note of the picture that stood there (`▼`,
 * `（附图片１张）`), or it is a picture's source in brackets
 * (`（图片来源：江城县图书馆）`, `PICTURE_SOURCE`) with unsigned text going on
 * under it. Photo news credits its picture under the caption (`记者 王磊 摄`).
 */
export function creditsPictureInside(items: readonly Classified[], at: number): boolean {
  const above = items[at - 1];
  if (above?.kind === "caption" || above?.note === "picture") return true;
  const below = items[at + 1];
  return below?.kind === "body" && below.lead === undefined && PICTURE_SOURCE.test(items[at]!.unit.norm);
}

/** The item as a post's chrome: a note that belongs to the post it stands in, no text of it. */
function chrome(item: Classified): Classified {
  return { kind: "note", unit: item.unit, note: "web" };
}

/** Longest line above a meta line taken for the post's title; a longer one is a paragraph. */
const TITLE_MAX = 64;

/** The line right above a post's meta line is the post's title, whatever its marks (`春耕备耕正当时！我县…`). */
function titleAbove(items: Classified[], at: number): void {
  const above = items[at - 1];
  if (above === undefined || above.kind !== "body" || above.lead !== undefined || above.unit.norm.length > TITLE_MAX) return;
  if (above.unit.norm.endsWith("。")) return;
  above.kind = "headline";
}

/** Marks a links label and the links under it as chrome; returns the index past them. */
function links(items: Classified[], at: number): number {
  items[at] = chrome(items[at]!);
  let j = at + 1;
  while (j < items.length && items[j]!.kind !== "furniture" && isPostLink(items[j]!.unit.norm)) {
    items[j] = chrome(items[j]!);
    j++;
  }
  return j;
}

/** True when the item at `at` stands right under a paragraph, with nothing but the end of the input or a headline under it. */
function underText(items: readonly Classified[], at: number): boolean {
  const below = items[at + 1];
  return items[at - 1]?.kind === "body" && (below === undefined || below.kind === "headline");
}

/**
 * Reads the tail block that starts at `at`: a run of fields (`tailField`),
 * credit lines between them left as they are (`记者：欧阳晨 唐晓峰`). Two or
 * more fields make a tail block, whose source and editor fields become
 * credits and whose other fields chrome; `转自：…` and `转载自：…` credit the
 * source on their own too. Returns the index past what was read.
 */
function tailBlock(items: Classified[], at: number): number {
  let j = at;
  let fields = 0;
  for (; j < items.length; j++) {
    const item = items[j]!;
    if (tailField(item.unit.norm) !== null) fields++;
    else if (item.kind !== "credit") break;
  }
  for (let k = at; k < j; k++) {
    const item = items[k]!;
    const field = tailField(item.unit.norm);
    if (field === null) continue;
    if (fields < TAIL_MIN && !field.key.startsWith("转") && !(field.kind === "source" && underText(items, k))) continue;
    if (field.kind === "chrome") {
      items[k] = chrome(item);
      continue;
    }
    // An editor's name as the staff line read it, without typesetting's padding (`编辑：许　辛` → 许辛).
    const editors = field.kind === "editor" ? editorBylines(item.staff) : null;
    const bylines: Byline[] = editors ?? [{ name: field.value, role: field.kind, label: field.key, photo: false }];
    items[k] = { kind: "credit", unit: item.unit, credit: { bylines, kind: "byline" }, parsed: true };
  }
  return j;
}
