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
  { word: "记者", role: "reporter" }, // 记者 施宇翔, 全媒体记者陈洲平
  { word: "编辑", role: "editor" }, // 编辑 张三 (inside an article's credit)
];

/** A modifier ending in one of these turns `记者` into an intern (`实习记者 靳鸽`). */
export const INTERN_MODIFIERS: readonly string[] = ["实习"];

/**
 * Words that only ever qualify a role word: glued before it they are part of
 * the label even when a name stands just before them (`记者 张三 本报记者 李四`).
 */
export const LABEL_MODIFIERS: readonly string[] = [
  "本报", "本台", "本刊", "本网", "全媒体", "融媒体", "首席", "见习", "特约", "实习",
  "摄影", "文字", "特派", "驻站", "资深", "高级", "主任", "视频", "新媒体",
];

/**
 * Endings of outlet names (`株洲日报`, `新华社`, `中央人民广播电台`, `浙江在线`,
 * `株洲网`, `新华网浙江频道`). Bare `台` is left out: too many places end in it
 * (烟台, 邢台).
 */
export const OUTLET_SUFFIXES: readonly string[] = [
  "都市报", "日报", "晚报", "晨报", "早报", "导报", "商报", "时报", "周报", "报",
  "通讯社", "社", "电视台", "广播电台", "电台", "在线", "网", "频道", "杂志", "客户端",
];

/** A credit marker: what the named contributed. */
export interface Marker {
  readonly word: string;
  /** True for a picture credit. */
  readonly photo: boolean;
}

/**
 * Markers that may stand glued after a name (`李舸摄`, `企业供图`,
 * `顾新勇摄影报道`, `孙伟绘`); longest first.
 */
export const SUFFIX_MARKERS: readonly Marker[] = [
  { word: "摄影报道", photo: true }, // 记者顾新勇摄影报道
  { word: "摄影", photo: true }, // 张三摄影
  { word: "供图", photo: true }, // 企业供图
  { word: "制图", photo: true }, // 张三制图
  { word: "漫画", photo: true }, // 黄昕/漫画
  { word: "报道", photo: false }, // 记者艾笑报道
  { word: "摄", photo: true }, // 孙伟摄
  { word: "绘", photo: true }, // 孙伟绘
];

/**
 * Markers that must stand apart, behind or before a separator: as glued
 * endings they would eat names (`范文`, `李图`).
 */
export const SEPARATE_MARKERS: readonly Marker[] = [
  { word: "文图", photo: true }, // 文图 王五
  { word: "图文", photo: true }, // 图文 王五
  { word: "示意图", photo: true }, // 示意图:孙伟绘
  { word: "文", photo: false }, // 黄轶涵/文
  { word: "图", photo: true }, // 图/新华社, 文/图 王五
  { word: "发", photo: true }, // 新华社 发
];

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
  if (core.word === "记者" && INTERN_MODIFIERS.some((m) => modifier.endsWith(m))) return "intern";
  return core.role;
}

/** True when `s` ends like an outlet's name (`株洲日报`, `新华社`, `株洲网`). */
export function isOutletName(s: string): boolean {
  return OUTLET_SUFFIXES.some((x) => s.endsWith(x) && s.length > x.length);
}

/** True when `s` is made only of label modifiers (`本报`, `全媒体`, `本报首席`). */
export function isModifierRun(s: string): boolean {
  if (s.length === 0) return false;
  let rest = s;
  outer: while (rest.length > 0) {
    for (const m of LABEL_MODIFIERS) {
      if (rest.startsWith(m)) {
        rest = rest.slice(m.length);
        continue outer;
      }
    }
    return false;
  }
  return true;
}

/** True when `s` can stand before a role word as (part of) its label. */
export function isLabelPrefix(s: string): boolean {
  if (isModifierRun(s)) return true;
  // An outlet, possibly followed by modifiers: 株洲日报全媒体, 新华社, 株洲晚报.
  for (let cut = s.length; cut >= 2; cut--) {
    const head = s.slice(0, cut);
    const tail = s.slice(cut);
    if ((tail.length === 0 || isModifierRun(tail)) && isOutletName(head)) return true;
  }
  return false;
}
