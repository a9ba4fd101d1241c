/**
 * Page staff lines, the furniture that names who edited a page:
 *
 *   22206803 责任编辑:刘琪琪 美术编辑:许 辛 校对:张 武
 *   本版编辑：张三   图片编辑：李四   版式：王五
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Staff, StaffRole } from "../../schema.js";
import { isDottedName, isHan, isSlotName, MAX_PADDED_RUN, paddedNameLength, surnameOf } from "./names.js";
import { ALL_MARKERS, isLabelWord } from "./roles.js";

/** A staff role word and the role it gives. */
interface StaffWord {
  readonly word: string;
  readonly role: StaffRole;
  /**
   * The word is an everyday word too (`设计方案`, `视觉盛宴`): it is a role
   * word only with a separator after it, never glued to a name.
   */
  readonly apart?: boolean;
}

/**
 * Known role words. A page's layout and visual design (版式, 版式设计, 版面设计,
 * 视觉, 设计, 美术设计, and 美术 for 美术编辑) is the art editor's work, as 美编 is; 校检 checks proofs.
 * Typesetting (排版, 组版, 照排) is production work, no editor's: `other`, as
 * are charts (制图), the review of finished pages (审读) and the editors who
 * approve a page by rank (一审, 二审, 三审, 终审, 编审, 值班编委, 值班主任, 值班总编): these
 * are known so that a staff line may open with them.
 */
export const STAFF_WORDS: readonly StaffWord[] = [
  { word: "责任编辑", role: "editor" }, // 责任编辑:刘琪琪
  { word: "美术编辑", role: "art-editor" }, // 美术编辑:许 辛
  { word: "图片编辑", role: "photo-editor" }, // 图片编辑：李四
  { word: "摄影编辑", role: "photo-editor" }, // 摄影编辑 李四
  { word: "值班编辑", role: "editor" }, // 值班编辑 张三
  { word: "首席编辑", role: "editor" }, // 首席编辑 张三
  { word: "执行编辑", role: "editor" }, // 执行编辑 张三
  { word: "视觉编辑", role: "art-editor" }, // 视觉编辑 王五
  { word: "值班主任", role: "other" }, // 值班主任 赵六
  { word: "值班编委", role: "other" }, // 值班编委：赵六
  { word: "值班副总编", role: "other" }, // 值班副总编 周永平
  { word: "值班总编", role: "other" }, // 值班总编　周永平　　责编　谭丽君
  // 总编辑：周永平 — the paper's chief editor, named by rank (as 社长 is), no page's editor.
  { word: "总编辑", role: "other" },
  { word: "版式设计", role: "art-editor" }, // 版式设计 王五
  { word: "版面设计", role: "art-editor" }, // 版面设计：赵 五
  { word: "版式编辑", role: "art-editor" }, // 版式编辑：唐 琳
  { word: "版式策划", role: "art-editor" }, // 版式策划：唐琳
  { word: "图表制作", role: "other" }, // 本版图表制作：何 芸
  { word: "美术设计", role: "art-editor" }, // 美术设计 王五
  { word: "视觉设计", role: "art-editor" }, // 视觉设计 王五
  { word: "责编", role: "editor" }, // 责编 张三
  { word: "美编", role: "art-editor" }, // 美编 许辛
  { word: "图编", role: "photo-editor" }, // 图编 李四
  { word: "编辑", role: "editor" }, // 编辑 张三
  { word: "主编", role: "editor", apart: true }, // 主编：张三
  { word: "校对", role: "proofreader" }, // 校对:张 武
  { word: "审校", role: "proofreader" }, // 审校 张武
  { word: "校检", role: "proofreader", apart: true }, // 校检：张武
  { word: "视觉", role: "art-editor", apart: true }, // 视觉：戴 维
  { word: "设计", role: "art-editor", apart: true }, // 设计：王五
  { word: "美术", role: "art-editor", apart: true }, // 美术：叶志伟; `美术馆` is none
  { word: "版式", role: "art-editor" }, // 版式 王五
  { word: "排版", role: "other" }, // 排版 王五
  { word: "组版", role: "other" }, // 组版 王五
  { word: "照排", role: "other", apart: true }, // 照排：王五
  { word: "制图", role: "other" }, // 制图 王五
  { word: "审读", role: "other", apart: true }, // 审读：王五
  { word: "终审", role: "other", apart: true }, // 终审：王五
  { word: "编审", role: "other", apart: true }, // 编审：王五
  // 一审：张三 二审：李四 三审：王五 (the three readings a page passes); `一审判决` is none.
  { word: "一审", role: "other", apart: true },
  { word: "二审", role: "other", apart: true },
  { word: "三审", role: "other", apart: true },
];

/** A role word in the alternation: an `apart` one must be followed by a separator or the end. */
function wordSource(w: StaffWord): string {
  return w.apart ? `${w.word}(?=[\s:/、,|丨]|$)` : w.word;
}

/**
 * Roles a page's foot credits only after 本版 (this page's): `本版策划` (who planned the
 * page, a desk or a person), `本版文字`, `本版撰文` (who wrote its text), `本版统筹`.
 * Alone these are everyday words (`策划方案`, `文字说明`) or an article's credits
 * (`策划：王五`), and are no staff. Their role is `other`: none of the editing roles.
 */
const PAGE_ONLY_WORDS = ["策划", "文字", "撰文", "统筹"];
const PAGE_ONLY_LABEL = new RegExp(`^本版(?:${PAGE_ONLY_WORDS.join("|")})$`, "u");

// Longest first, so that 责任编辑 is read before 编辑 at the same place.
const BY_LENGTH = [...STAFF_WORDS].sort((a, b) => b.word.length - a.word.length);
// 本版编辑, 本版责编: `本版` qualifies the role and belongs to the label.
const STAFF_LABEL_SOURCE = `(?:本版)?(?:${BY_LENGTH.map(wordSource).join("|")})|本版(?:${PAGE_ONLY_WORDS.join("|")})`;
/** Before the first role word only a page code or phone number may stand (`22206803`, `A03`). */
const PREFIX_CHAR = String.raw`[\sA-Za-z0-9#.\-—–·]`;
const PREFIX = new RegExp(`^${PREFIX_CHAR}*$`, "u");
const PREFIX_RUN = new RegExp(`^${PREFIX_CHAR}*`, "u");
const STAFF_START = new RegExp(STAFF_LABEL_SOURCE, "uy");
/**
 * What a staff line starts with: a character of the page code, or the first
 * character of a label (本版, or a role word). Tested on the line's first
 * character alone, folded, it turns away most lines before their head is folded.
 */
const STAFF_FIRST = new RegExp(
  `^(?:${PREFIX_CHAR}|${[...new Set(["本", ...STAFF_WORDS.map((w) => w.word.charAt(0))])].join("|")})`,
  "u",
);
const SEPARATORS = /[\s:\/、,|丨]+/gu;
/**
 * A label the table does not know opening a staff line (`策划：许文涛　　责任编辑：范晓琴`,
 * `社　长：林国栋　主　编：苏明哲`): two to four Han characters, padded to width or
 * not, tied to what follows by a colon or slash. Read at the line's start, after its page code.
 */
const OTHER_OPENING = /(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] +[\u4e00-\u9fff])[\s、,|丨]*[:\/]/uy;
/**
 * Any role word of the table, wherever it stands, a two-character one padded
 * to width too (`主 编`): a line opened by an unknown label must hold one.
 */
const ANY_STAFF_WORD = new RegExp(
  BY_LENGTH.map((w) => (w.word.length === 2 ? `${w.word.charAt(0)} *${w.word.charAt(1)}` : w.word)).join("|"),
  "u",
);
/** A whole label the table knows (`责任编辑`, `本版责编`, `主编` read from a padded `主　编`). */
const KNOWN_LABEL = new RegExp(`^(?:${STAFF_LABEL_SOURCE})$`, "u");
/**
 * Labels that open an article's own credits, not a page's staff (`记者：张三　编辑：李四`,
 * `撰文：王五　责编：李四`): a line they open is left to the credit readers.
 */
const BYLINE_OPENING = /(?:记者|通讯员|实习生|作者|撰文|撰稿|摄影|摄像|文字|图片|文图|图文)$/u;
/** A byline's marker words (`文图`, `绘图`, `综合`): no staff line opens with one. */
const BYLINE_MARKERS: ReadonlySet<string> = new Set(ALL_MARKERS.map((m) => m.word));
/** Whitespace padding a label or a name to width. */
const PADDING = /\s+/gu;
/** A separator that ties a label to what follows: `责任编辑：`, `编辑/`. */
const TIE = /[:\/]/u;
const SPACES_ONLY = /^\s+$/u;
/** What a contact value is written with: `010-65368888`, `yw@example.cn`. */
const CONTACT_VALUE = /^[\w\-.@()+#]+$/u;
/**
 * A desk or a body credited for a page under a 本版 label (`PAGE_ONLY_LABEL`):
 * `临江日报社经济部`, `市委宣传部`, `本报新媒体中心`, `某某工作室`.
 */
const DESK = /^[\u4e00-\u9fff]{2,16}(?:部|社|中心|工作室|编辑室|委员会|办公室|局)$/u;
/**
 * The page's note on its pictures closing a staff line (`本版文字　韩子健　　图片由某某开发区提供`,
 * `图片除署名外均由本报记者摄`): the line ends there; the note names no staff.
 */
const PICTURE_NOTE = /^(?:图片|照片|图)(?:除署名外)?均?由[^\s]{2,30}(?:提供|供图|摄)$/u;
/** A label the table does not know: two to four Han characters (`值班`, `签发`, `电话`). */
const OTHER_LABEL = /^[\u4e00-\u9fff]{2,4}$/u;
/**
 * The label of a contact beside the staff: Han words of any usual length
 * (`电话`, `广告热线`, `广告刊登热线`, `新闻报料热线`, `读者服务邮箱`). Only read
 * before a contact value (`CONTACT_VALUE`): a role's label is short, a
 * contact's may be long.
 */
const CONTACT_LABEL = /^[\u4e00-\u9fff]{2,10}$/u;
/**
 * A mailbox's label in Latin letters, as papers set it among Chinese ones:
 * `E-mail:yw@example.cn`, `Email：…`, `e-mail …`. Only read before a contact
 * value, as `CONTACT_LABEL` is; the colon may be left out, the address says what it is.
 */
const MAIL_LABEL = /^e-?mail$/iu;
/**
 * The page's number closing its staff line (`责任编辑：彭　浩　　校对：田小芳　　第3版`):
 * `第3版`, `第03版`, `第七版`, `A05`, `B12版`, `3版`. Furniture as the staff is; it names no one.
 */
const PAGE_NUMBER = /^(?:第[A-Z]?[\d一二三四五六七八九十〇零]{1,3}版|[A-Z]\d{1,2}版?|\d{1,3}版)$/u;

function roleOf(label: string): StaffRole {
  const core = label.startsWith("本版") ? label.slice(2) : label;
  return STAFF_WORDS.find((w) => w.word === core)?.role ?? "other";
}

/** One word of a staff line between separators; `tie` when a colon or slash follows it. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly tie: boolean;
}

/** The words of `folded` from `from` on, split at separators (a known label glued to a name is cut off). */
function tokensOf(folded: string, from: number): Token[] {
  const tokens: Token[] = [];
  let last = from;
  const push = (start: number, end: number, sep: string): void => {
    STAFF_START.lastIndex = start;
    const label = STAFF_START.exec(folded);
    // 责编张三: the label glued to its name is two words.
    if (label !== null && start + label[0].length < end) {
      tokens.push({ start, end: start + label[0].length, tie: false });
      start += label[0].length;
    }
    tokens.push({ start, end, tie: TIE.test(sep) });
  };
  for (const m of folded.slice(from).matchAll(SEPARATORS)) {
    const at = from + m.index;
    if (at > last) push(last, at, m[0]);
    last = at + m[0].length;
  }
  if (last < folded.length) push(last, folded.length, "");
  return tokens;
}

/**
 * Joins a label padded to width (`社　长：`, `主　编：`) into one token: two
 * one-character Han words with only spaces between them, the second tied to
 * what follows. A padded name before it (`许 辛 社 长：`) keeps its own words.
 */
function joinPaddedLabels(folded: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (
      next !== undefined &&
      next.tie &&
      !t.tie &&
      t.end - t.start === 1 &&
      next.end - next.start === 1 &&
      isHan(folded.slice(t.start, next.end).replace(PADDING, "")) &&
      SPACES_ONLY.test(folded.slice(t.end, next.start))
    ) {
      out.push({ start: t.start, end: next.end, tie: true });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A token's word in `text`, padding taken out (`社 长` → `社长`). */
function wordOf(text: string, t: Token): string {
  return text.slice(t.start, t.end).replace(PADDING, "");
}

/** A known label filling the whole token, or null. */
function knownLabel(folded: string, t: Token): boolean {
  STAFF_START.lastIndex = t.start;
  const m = STAFF_START.exec(folded);
  if (m !== null && t.start + m[0].length === t.end) return true;
  // 主 编: a label padded to width.
  return m === null && KNOWN_LABEL.test(wordOf(folded, t));
}

/**
 * True when a label the table does not know may open the staff line of
 * `tokens` (`策划：许文涛　　责任编辑：范晓琴`): it is tied to its names, is no
 * byline's label, and a later label of the line names an editing role, known
 * (`责任编辑`) or by its ending (`副主编`, `文字编辑`). Alone such labels are
 * an article's credits (`策划：王五　撰文：李四`).
 */
function opensWithOtherLabel(folded: string, tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || !first.tie) return false;
  const label = wordOf(folded, first);
  if (!OTHER_LABEL.test(label) || BYLINE_OPENING.test(label) || BYLINE_MARKERS.has(label)) return false;
  return tokens.some((t, i) => i > 0 && t.tie && (knownLabel(folded, t) || otherRole(wordOf(folded, t)) !== "other"));
}

/** One role and the names after it, as the line is read. */
interface Entry {
  readonly label: Token;
  readonly known: boolean;
  readonly names: string[];
}

/**
 * Reads the tokens of a staff line into entries. `lax` accepts a name whose
 * surname the table does not know (a line set out as `role:name role:name`).
 * Null when a token is neither a label, a name, nor a contact.
 */
function readEntries(original: string, folded: string, tokens: Token[], lax: boolean): Entry[] | null {
  const entries: Entry[] = [];
  const word = (t: Token): string => folded.slice(t.start, t.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = word(t);
    const entry = entries.at(-1);
    if (knownLabel(folded, t)) {
      entries.push({ label: t, known: true, names: [] });
      continue;
    }
    // 策划：许文涛 opening the line (`opensWithOtherLabel` has said it may).
    if (entry === undefined) {
      if (i > 0 || !t.tie || !OTHER_LABEL.test(wordOf(folded, t))) return null;
      entries.push({ label: t, known: false, names: [] });
      continue;
    }
    // `图片由某某开发区提供` last on the line: the page's note on its pictures, no one's name.
    if (i === tokens.length - 1 && entry.names.length > 0 && PICTURE_NOTE.test(w)) break;
    // `本版策划　临江日报社经济部`: a desk credited for the page.
    if (entry.known && DESK.test(w) && PAGE_ONLY_LABEL.test(word(entry.label))) {
      entry.names.push(original.slice(t.start, t.end));
      continue;
    }
    // `第3版` last on the line, after a name: the page's number, no one's name.
    if (i === tokens.length - 1 && entry.names.length > 0 && PAGE_NUMBER.test(w)) break;
    // 电话：010-65368888, 邮箱：yw@example.cn, 广告刊登热线：0730-8223456, E-mail:yw@example.cn: a contact beside the staff, no one's name.
    const next = tokens[i + 1];
    if (isContactLabel(w, t.tie) && next !== undefined && !isHan(word(next)) && CONTACT_VALUE.test(word(next))) {
      i++;
      continue;
    }
    // 值班：李四, 社 长：林国栋 — a role the table does not know, after a known one.
    if (t.tie && OTHER_LABEL.test(wordOf(folded, t)) && entry.names.length > 0) {
      entries.push({ label: t, known: false, names: [] });
      continue;
    }
    const taken = nameAt(folded, tokens, i, lax);
    if (taken > 0) {
      // 许 辛, 欧阳 晨, 贾 文 丽: a name padded to three characters' width is one name.
      entry.names.push(tokens.slice(i, i + taken).map((k) => original.slice(k.start, k.end)).join(""));
      i += taken - 1;
      continue;
    }
    // 签发 李四 — an unknown role set with a space, once a name has been read: the word is no name, a name follows.
    if (OTHER_LABEL.test(w) && entry.names.length > 0 && nameAt(folded, tokens, i + 1, lax) > 0) {
      entries.push({ label: t, known: false, names: [] });
      continue;
    }
    return null;
  }
  return entries;
}

/** True for the label of a contact beside the staff: Han words before a colon (`CONTACT_LABEL`), or `E-mail` (`MAIL_LABEL`). */
function isContactLabel(word: string, tie: boolean): boolean {
  return (tie && CONTACT_LABEL.test(word)) || MAIL_LABEL.test(word);
}

/**
 * How many tokens the name at `tokens[i]` takes: 1 for a name (`刘琪琪`), 2 or
 * 3 for a name padded with spaces (`许 辛`, `欧阳 晨`, `贾 文 丽`:
 * `paddedNameLength`), 0 for no name. A dotted name (`古丽娜尔·沙比提`,
 * `热依拉．买买提`: `isDottedName`) is one always. `lax` accepts a surname the
 * table does not know, and a name of five to eight characters (`哈斯额尔敦`:
 * `isSlotName`).
 */
function nameAt(folded: string, tokens: Token[], i: number, lax: boolean): number {
  const t = tokens[i];
  if (t === undefined) return 0;
  const w = folded.slice(t.start, t.end);
  // 古丽娜尔·沙比提, 热依拉.买买提: a dotted name is a name whatever its surname or length.
  if (isDottedName(w)) return 1;
  // 哈斯额尔敦, 乌日汗其其格: in a line set out as `role:name role:name`, a longer name too.
  if (lax && w.length > 4) return isSlotName(w) && !isLabelWord(w) ? 1 : 0;
  if (!isHan(w) || w.length > 4 || (!lax && surnameOf(w) === null)) return 0;
  if (w.length > 2) return 1;
  const padded = paddedNameLength(paddedWords(folded, tokens, i));
  if (padded > 0) return padded;
  return w.length === 2 ? 1 : 0;
}

/** The words from `tokens[i]` on with only spaces between them (no colon or slash): the pieces a padded name may take. */
function paddedWords(folded: string, tokens: readonly Token[], i: number): string[] {
  const words: string[] = [];
  for (let k = i; k < tokens.length && words.length < MAX_PADDED_RUN; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (k > i && (prev === undefined || prev.tie || !SPACES_ONLY.test(folded.slice(prev.end, t.start)))) break;
    words.push(folded.slice(t.start, t.end));
  }
  return words;
}

/** How far into a line its first role word is looked for. */
const HEAD = 48;

/**
 * False when `parseStaffLine` finds nothing in the line whose folded copy
 * (`normaliseString(line)`) is `folded`: its first tests (a staff line starts
 * with a page code or a label, and its first role word comes right after the
 * page code), made on the copy a caller already holds. (Folding maps one code unit to one,
 * so the folded head is the head of `folded`; and every alternative of
 * `STAFF_FIRST` is one BMP character, so testing it on the whole line, anchored,
 * tests the first character alone.)
 */
export function mayBeStaffLine(folded: string): boolean {
  // A line whose first character is neither a page code's nor a label's
  // opens with no page code: only an unknown label may open it, at its start.
  let from = 0;
  if (STAFF_FIRST.test(folded)) {
    const head = folded.slice(0, HEAD);
    from = PREFIX_RUN.exec(head)?.[0].length ?? 0;
    STAFF_START.lastIndex = from;
    if (STAFF_START.test(head)) return true;
  }
  // 策划：许文涛　　责任编辑：范晓琴 — an unknown label first, a role word later (`opensWithOtherLabel`).
  OTHER_OPENING.lastIndex = from;
  return OTHER_OPENING.test(folded) && ANY_STAFF_WORD.test(folded);
}

/**
 * Reads a page staff line into `{ name, role, label }` entries, in order;
 * names are given without typesetting padding (`许 辛` → `许辛`). Null for a
 * line that is not a staff line: no staff role word, text before the first
 * one other than a page code, or anything after a role word that is not a name.
 */
export function parseStaffLine(line: string): Staff[] | null {
  // The first role word comes right after the page code: look there before
  // reading the whole line (most lines of a page are not staff lines).
  // The first character alone is folded first: it turns most lines away.
  const head = normaliseString(line.charAt(0));
  if (!STAFF_FIRST.test(head) && !isHan(head)) return null;
  const folded = normaliseString(line);
  if (!mayBeStaffLine(folded)) return null;
  const from = PREFIX_RUN.exec(folded)?.[0].length ?? 0;
  const tokens = joinPaddedLabels(folded, tokensOf(folded, from));
  const first = tokens[0];
  if (first === undefined || !PREFIX.test(folded.slice(0, first.start))) return null;
  const known = knownLabel(folded, first);
  if (!known && !opensWithOtherLabel(folded, tokens)) return null;
  // A line set out as `role:name role:name` is a staff line whatever the
  // names: it is read again accepting names the surname table does not know.
  // Only a line of two roles or more is read so: `编辑：好的` is a reply in an interview.
  // Not one an unknown label opens: `主持人：欢迎大家　编辑：李四` names no one in its first cell.
  const lax = known && first.tie;
  const entries = readEntries(line, folded, tokens, false) ?? (lax ? several(readEntries(line, folded, tokens, true)) : null);
  if (entries === null || entries.some((e) => e.names.length === 0)) return null;
  const staff: Staff[] = [];
  for (const e of entries) {
    const label = wordOf(line, e.label);
    const role = e.known ? roleOf(wordOf(folded, e.label)) : otherRole(wordOf(folded, e.label));
    for (const name of e.names) staff.push({ name, role, label });
  }
  return staff;
}

/** The entries when there are two or more, else null. */
function several(entries: Entry[] | null): Entry[] | null {
  return entries !== null && entries.length >= 2 ? entries : null;
}

/** The role of a label the table does not know, by its last word: 文字编辑 edits, 图片设计 designs. */
function otherRole(label: string): StaffRole {
  if (/(?:编辑|主编|责编)$/u.test(label)) return "editor";
  if (/(?:校对|校检|审校)$/u.test(label)) return "proofreader";
  if (/(?:设计|美编)$/u.test(label)) return "art-editor";
  return "other";
}
