/**
 * The words that credits are made of, as plain tables: role words, the
 * modifiers and outlet names that stand before them, and the markers that say
 * what a person contributed (摄 for a picture, 文 for the text).
 *
 * All entries are in the folded spelling (Simplified, ASCII punctuation):
 * recognisers match on `normaliseString(text)` and slice from the original.
 */
import type { BylineRole } from "../../schema.js";

/** A core role word and the byline role it gives. */
export interface RoleWord {
  readonly word: string;
  readonly role: BylineRole;
}

/**
 * Core role words, longest first so that an alternation tries them in order.
 * Modifiers before them (本报, 全媒体, 首席, 见习, 特约, 新华社 …) are part of
 * the label, not of the role word.
 */
export const ROLE_WORDS: readonly RoleWord[] = [
  { word: "通讯员", role: "correspondent" }, // 通讯员/刘晓欢, 特约通讯员 张三
  { word: "实习生", role: "intern" }, // 实习生/朱子煜
  { word: "评论员", role: "author" }, // 本报评论员
  { word: "特派员", role: "reporter" }, // 本报特派员 张三 (Traditional 特派員)
  { word: "记者", role: "reporter" }, // 记者 林可, 全媒体记者陈洲平
  { word: "编辑", role: "editor" }, // 编辑 张三 (inside an article's credit)
  // 〔編譯張三／綜合報導〕: Taiwanese papers' desk writers who compile wire copy.
  // A newsroom title with a role word, so `reporter` (the spec keeps `author`
  // for signatures with no role word and for commentators).
  { word: "编译", role: "reporter" },
];

/** A modifier ending in one of these turns `记者` into an intern (`实习记者 吴可欣`). */
export const INTERN_MODIFIERS: readonly string[] = ["实习"];

/**
 * Words that only ever qualify a role word: glued before it they are part of
 * the label even when a name stands just before them (`记者 张三 本报记者 李四`).
 */
export const LABEL_MODIFIERS: readonly string[] = [
  "本报", "本台", "本刊", "本网", "全媒体", "融媒体", "融媒", "首席", "见习", "特约", "实习",
  "摄影", "文字", "特派", "驻站", "资深", "高级", "主任", "视频", "新媒体",
];

/**
 * Endings of outlet names (`株洲日报`, `新华社`, `中央人民广播电台`, `浙江在线`,
 * `株洲网`, `新华网浙江频道`, news apps such as `极目新闻`, a press trust,
 * `印度报业托拉斯`). Bare `台` is left out: too many places end in it
 * (烟台, 邢台).
 */
export const OUTLET_SUFFIXES: readonly string[] = [
  "都市报", "日报", "晚报", "晨报", "早报", "导报", "商报", "时报", "周报", "报",
  "通讯社", "社", "电视台", "广播电台", "电台", "在线", "网", "频道", "杂志", "客户端", "新闻", "报业托拉斯",
];

/** A credit marker: what the named contributed. */
export interface Marker {
  readonly word: string;
  /** True for a picture credit. */
  readonly photo: boolean;
  /** True for a word that only ever stands before the names it labels (`作者：张三`). */
  readonly leading?: boolean;
  /**
   * True for a newsroom's work word (`整理`, `采写`, `综合报道`): a credit only
   * after a role word (`本报记者 王芳 整理`); without one, `家居整理` is a headline.
   */
  readonly needsRole?: boolean;
  /**
   * True for a word saying its names reported the story (`报道：林慧敏`,
   * `林慧敏报道`): names with no role word of their own are reporters, as
   * under 记者, not signing authors.
   */
  readonly reports?: boolean;
}

/**
 * Markers that may stand glued after a name (`戴明摄`, `企业供图`,
 * `顾新勇摄影报道`, `潘越绘`); longest first.
 */
export const SUFFIX_MARKERS: readonly Marker[] = [
  { word: "根据录音整理", photo: false, needsRole: true }, // （本报记者　韩雪松　根据录音整理）: a speech or talk written up
  { word: "据录音整理", photo: false, needsRole: true }, // （本报记者 王芳 据录音整理）
  { word: "摄影报道", photo: true }, // 记者顾新勇摄影报道
  { word: "采访整理", photo: false, needsRole: true }, // （本报记者 王芳 采访整理）
  { word: "参与采写", photo: false, needsRole: true }, // （本报记者 韩冬 参与采写）
  { word: "综合报道", photo: false, needsRole: true }, // （本报记者 刘洋 王静 综合报道）
  { word: "文并摄", photo: true }, // 记者 王五 文并摄: wrote and photographed
  { word: "摄影", photo: true }, // 张三摄影
  { word: "供图", photo: true }, // 企业供图
  { word: "制图", photo: true }, // 张三制图
  { word: "漫画", photo: true }, // 吴雨/漫画
  { word: "报道", photo: false, reports: true }, // 记者周立报道, 报道：林慧敏
  { word: "报导", photo: false, reports: true }, // 記者王小明報導 (Taiwan)
  { word: "采写", photo: false, needsRole: true }, // 本报记者 李四 采写
  { word: "执笔", photo: false, needsRole: true }, // （本报记者 王芳 执笔）: who wrote up a group's text
  { word: "整理", photo: false, needsRole: true }, // 本报记者 王芳 整理
  { word: "提供", photo: false, needsRole: true }, // （记者 王芳 提供）: what she gave (a picture, figures) is not said
  { word: "摄", photo: true }, // 潘越摄
  { word: "绘", photo: true }, // 潘越绘
];

/**
 * Markers that must stand apart, behind or before a separator: as glued
 * endings they would eat names (`范文`, `李图`).
 */
export const SEPARATE_MARKERS: readonly Marker[] = [
  { word: "文图", photo: true }, // 文图 王五
  { word: "图文", photo: true }, // 图文 王五
  { word: "示意图", photo: true }, // 示意图:潘越绘
  // 绘图：张三, 绘图/张三: who drew a chart or a drawing. Glued after a word it is a sentence's (`手工绘图`).
  { word: "绘图", photo: true },
  { word: "综合", photo: false, needsRole: true }, // （本报记者 刘洋 综合）: compiled from several sources
  { word: "文", photo: false }, // 周晓林/文
  { word: "图", photo: true }, // 图/新华社, 文/图 王五
  { word: "发", photo: true }, // 新华社 发
  // 王铎　作, 王铎/作, （王铎　作）: who made a cartoon or a drawing printed over it, a
  // picture credit as 绘 is. Glued it would end words of a sentence (工作, 合作, 创作).
  { word: "作", photo: true },
  { word: "作者", photo: false, leading: true }, // 作者：张三
  { word: "撰文", photo: false, leading: true }, // 撰文：张三 摄影：李四
  { word: "撰稿", photo: false, leading: true }, // 撰稿：张三
  { word: "图片", photo: true, leading: true }, // 图片：李四
  { word: "photo", photo: true }, // IC photo
];

/**
 * Latin-script picture and wire agencies (`图/Reuters`, `IC photo`), folded to
 * lower case: credited as organisations (`source`), not as people.
 */
export const LATIN_AGENCIES: ReadonlySet<string> = new Set([
  "reuters", "ap", "afp", "epa", "dpa", "ansa", "efe", "upi", "kyodo", "yonhap", "xinhua", "bloomberg",
  "getty", "getty images", "ic", "cfp", "vcg", "imaginechina", "tuchong", "sipa", "abaca", "shutterstock",
]);

/**
 * The first characters of outlet names, to tell where an outlet's name starts
 * when a headline is glued before a dateline (`…拾金不昧江苏在线南京9月27日讯`):
 * province-level places and the national outlets' words. Generic knowledge of
 * how outlets are named, not a list of papers.
 */
export const OUTLET_PREFIXES: readonly string[] = [
  "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
  "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
  "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国", "中央", "中新", "中华", "人民",
  "新华", "光明", "经济", "法制", "法治", "工人", "农民", "解放", "南方", "北方", "东方", "环球", "参考",
  "科技", "国际", "联合",
];

/**
 * Words that label a part of a credit or a staff line and never name anyone
 * (`编辑：萧衡倩　美编：李雅雯`, `版式：戴维 校检：王刚`, `策划 王五`): a
 * token that is one of them is no name, even right after a role word.
 */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  "责任编辑", "美术编辑", "图片编辑", "摄影编辑", "值班编辑", "版式设计", "美术设计", "视觉设计",
  "责编", "美编", "图编", "文编", "校对", "审校", "校检", "版式", "排版", "组版", "设计", "策划",
  "统筹", "监制", "出品", "制作", "摄像", "剪辑", "主编", "总编", "审核", "终审", "复审", "初审",
  "编审", "签发", "视觉", "海报", "配音", "翻译", "编导", "导演", "主持", "主播", "出镜", "后期",
  "航拍", "视频", "动画", "插画", "美术", "值班", "总监", "审读", "照排", "编委", "值班编委", "版面设计",
]);
/** `美编`, `校检`, `版式`, `终审`, `统计`: two characters ending in the desk work they name. */
const LABEL_ENDING = /^\p{Script=Han}[编审校检式计]$/u;

/** True when `s` (folded) is a credit's label word, never a name: `美编`, `版式`, `校检`. */
export function isLabelWord(s: string): boolean {
  return LABEL_WORDS.has(s) || LABEL_ENDING.test(s);
}

/** Every marker, longest first. */
export const ALL_MARKERS: readonly Marker[] = [...SUFFIX_MARKERS, ...SEPARATE_MARKERS].sort(
  (a, b) => b.word.length - a.word.length,
);

/**
 * Separators between the parts of a credit: `/`, `／`, `:`, `：`, spaces
 * (folded from U+3000 and NBSP), `、`, `丨`, `|`, `，`.
 */
export const SEPARATOR_CLASS = String.raw`[\/:|丨、，,;；\s]`;

/** The role of a core role word with the modifier written before it. */
export function roleOf(core: RoleWord, modifier: string): BylineRole {
  if (core.word === "记者") {
    for (const m of INTERN_MODIFIERS) if (modifier.endsWith(m)) return "intern";
  }
  return core.role;
}

/** Outlet names are short runs of Han characters; anything longer is a sentence. */
const MAX_OUTLET = 10;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** True when `s`, at most `max` long, ends in one of `suffixes` (and more) and has the `shape` of a name. */
function endsLikeOutlet(s: string, suffixes: readonly string[], max: number, shape: RegExp): boolean {
  if (s.length > max) return false;
  // The suffix first: most words end in none, and the script test is the dearer one.
  for (const x of suffixes) if (s.length > x.length && s.endsWith(x)) return shape.test(s);
  return false;
}

/** True when `s` ends like an outlet's name (`株洲日报`, `新华社`, `株洲网`). */
export function isOutletName(s: string): boolean {
  return endsLikeOutlet(s, OUTLET_SUFFIXES, MAX_OUTLET, HAN_ONLY);
}

/**
 * How the name of a writer's unit ends, as papers print it before the names
 * it sent in (`第77集团军某旅　王　帅　本报特约记者　钱晓虎`) or in brackets
 * after them (`通讯员　王　帅（第77集团军某旅）`): military papers name units
 * by kind without their number (某旅, 某部), and trade and company papers name
 * the writers' company or office.
 */
const UNIT = new RegExp(
  String.raw`^[\p{Script=Han}\d]{0,18}?(?:` +
    [
      String.raw`某(?:旅|团|师|部|营|连|队|舰|艇|站|所|院|基地|中心|医院)`, // 第77集团军某旅, 某部, 火箭军某旅
      "集团军|战区|军区|军分区|警备区|总队|支队|大队|中队|部队|舰队|基地|武装部", // 武警某总队, 65301部队, 联勤保障部队
      "公司|集团|局|厅|医院|学校|大学|学院|研究院|研究所|银行|支行|分行|委员会|办公室|派出所|法院|检察院|街道|政府|工务段|供电所", // 国网某某供电公司, 市人民医院
    ].join("|") +
    ")$",
  "u",
);
/** What no unit's name holds: function words of a sentence (`我们的公司`, `是某部`). */
const NOT_IN_UNIT = /[的了是在这那们就都也把被将和与及或从对向为]/u;

/**
 * True when `s` (folded) names a writer's unit (`UNIT`): `第77集团军某旅`,
 * `武警新疆总队某支队`, `某部`, `国网某某供电公司`, `市第一人民医院`. Three
 * characters at least but for `某` and one (`某部`, `某旅`), at most twenty.
 */
export function isUnitName(s: string): boolean {
  if (s.length < 2 || s.length > 20 || (s.length === 2 && !s.startsWith("某"))) return false;
  return UNIT.test(s) && !NOT_IN_UNIT.test(s);
}

/** True when `s` is made only of label modifiers (`本报`, `全媒体`, `本报首席`). */
export function isModifierRun(s: string): boolean {
  if (s.length === 0) return false;
  // Read by offset: no slice of what is left after each modifier.
  let at = 0;
  outer: while (at < s.length) {
    for (const m of LABEL_MODIFIERS) {
      if (s.startsWith(m, at)) {
        at += m.length;
        continue outer;
      }
    }
    // 驻柏林, 驻东京, 驻联合国: a correspondent's post, the place of a few characters.
    return POSTED.test(at === 0 ? s : s.slice(at));
  }
  return true;
}

const POSTED = /^驻[\u4e00-\u9fff]{1,5}$/u;

/**
 * Endings of the outlet names that stand in a label before a role word:
 * besides `OUTLET_SUFFIXES` (news apps among them: `封面新闻记者`,
 * `极目新闻记者`), media centres (`某某融媒记者`, `某某传媒记者`).
 */
const LABEL_OUTLET_SUFFIXES: readonly string[] = [...OUTLET_SUFFIXES, "融媒体中心", "融媒", "传媒"];
/** Two outlets joined, the paper and its app (`华西都市报-封面新闻`), are at most this long. */
const MAX_LABEL_OUTLET = 20;
/**
 * An outlet in a label: Han words, joined by `·` or `-` where a paper names
 * its app (`华西都市报-封面新闻`, `钱江晚报·小时新闻`) or glued (`楚天都市报极目新闻`).
 */
const LABEL_OUTLET = /^\p{Script=Han}+(?:[·\-]\p{Script=Han}+)*$/u;

/** True when `s` is an outlet's name as it stands in a label before a role word. */
function isLabelOutlet(s: string): boolean {
  return endsLikeOutlet(s, LABEL_OUTLET_SUFFIXES, MAX_LABEL_OUTLET, LABEL_OUTLET);
}

/** True when `s` can stand before a role word as (part of) its label. */
export function isLabelPrefix(s: string): boolean {
  if (isModifierRun(s)) return true;
  // An outlet, possibly followed by modifiers: 株洲日报全媒体, 新华社, 株洲晚报, 封面新闻.
  // A head longer than any outlet's name is none: those cuts are not tried.
  for (let cut = Math.min(s.length, MAX_LABEL_OUTLET); cut >= 2; cut--) {
    if (isLabelOutlet(s.slice(0, cut)) && (cut === s.length || isModifierRun(s.slice(cut)))) return true;
  }
  return false;
}

/** Where a special correspondent is posted, glued into the label: two to five Han characters (`柔佛`, `东京`, `里约热内卢`). */
const POSTED_PLACE = /^\p{Script=Han}{2,5}$/u;

/**
 * True when `s` (folded), glued before the role word `core`, is the label of
 * a special correspondent with the place he is posted to and no 驻 before it:
 * `本报柔佛` before 特派员 (`本报柔佛特派员`), `本报东京特派` before 记者
 * (`本报东京特派记者`). An outlet or 本报 first (`isLabelPrefix`), then the
 * place. With 驻 (`本报驻柔佛特派员`) `isModifierRun` reads it already.
 */
export function isPostedLabel(s: string, core: string): boolean {
  let head = s;
  if (core === "记者") {
    if (!s.endsWith("特派")) return false;
    head = s.slice(0, -2);
  } else if (core !== "特派员") {
    return false;
  }
  for (let cut = 2; cut <= head.length - 2; cut++) {
    if (POSTED_PLACE.test(head.slice(cut)) && isLabelPrefix(head.slice(0, cut))) return true;
  }
  return false;
}
