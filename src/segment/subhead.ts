/**
 * Subhead or new article? A headline-like line inside a running article.
 *
 * Subheads (小标题) look like headlines but start no article: no byline or
 * dateline follows them, they sit between body paragraphs, and they echo the
 * article's own words (`该区聚焦责任落实…` → `聚焦责任落实 专班专人推项目`) or
 * the form of the subheads before them. In pages that indent paragraphs, a
 * subhead is indented like the body while headlines stand at the margin.
 */
import type { Unit } from "../reflow/reflow.js";
import type { Classified } from "./classify.js";
import type { ArticleDraft, SegmentOptions } from "./segment.js";

const CJK = /[\u3400-\u9fff]/;

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (CJK.test(a) && CJK.test(b)) out.add(a + b);
  }
  return out;
}

/** Share of the line's CJK bigrams that also occur in `text`. */
export function echo(line: string, text: string): number {
  return echoIn(line, [text]);
}

/**
 * `echo` on `texts` joined by line breaks, without joining them: a bigram is
 * two CJK characters, so none spans the break between two texts.
 */
function echoIn(line: string, texts: readonly string[]): number {
  const own = bigrams(line);
  if (own.size === 0) return 0;
  let hits = 0;
  for (const pair of own) if (texts.some((text) => text.includes(pair))) hits++;
  return hits / own.size;
}

// Numbered or bulleted subheads: `一、…`, `（二）…`, `3.…`, `■…`, `◆…`.
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.](?!\d)|[■◆▲●★□◇△○▶►])/;

/**
 * Two headings of one series: both split in two by a space (`聚焦… 专班…`),
 * both opening with the same word (`聚焦…`, `聚焦…`), or both a phrase, a
 * comma and a phrase whose first halves have one length (`经历阵痛，…`,
 * `突破瓶颈，…`).
 */
export function parallel(a: string, b: string): boolean {
  const halves = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (halves(a) === 2 && halves(b) === 2) return true;
  if (a.length >= 4 && b.length >= 4 && a.slice(0, 2) === b.slice(0, 2)) return true;
  const head = (s: string) => /^([^,，]{2,8})[,，][^,，]+$/.exec(s)?.[1]?.length ?? -1;
  return head(a) > 0 && head(a) === head(b);
}

/** True when the section that starts at `from` runs into a photo credit before the next headline. */
function endsInPhotoCredit(items: Classified[], from: number, trailing: (text: string) => boolean): boolean {
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "headline" || item.kind === "furniture") return false;
    if (item.kind === "credit") return item.credit?.kind === "photo" || item.credit?.bylines.some((b) => b.photo) === true;
    if (item.kind === "body" && trailing(item.unit.text)) return true;
  }
  return false;
}

export interface SubheadContext {
  article: ArticleDraft;
  next: Classified | undefined;
  items: Classified[];
  nextIndex: number;
  options: SegmentOptions;
  trailingPhotoCredit(text: string): boolean;
  /** Nearly every headline on this page is followed by a byline or dateline. */
  signedPage: boolean;
}

/** Why a line was or was not taken for a subhead; `weak` decisions are reported as diagnostics. */
export interface SubheadDecision {
  subhead: boolean;
  weak: boolean;
}

const strong = (subhead: boolean): SubheadDecision => ({ subhead, weak: false });

/** True for a numbered or bulleted heading (`一、…`, `（二）…`, `■…`). */
export function isNumbered(norm: string): boolean {
  return NUMBERED.test(norm);
}

/** Decides whether a one-line headline-like unit inside `article` is one of its subheads. */
export function decideSubhead(unit: Unit, ctx: SubheadContext): SubheadDecision {
  const { article, next } = ctx;
  if (article.paragraphs.length === 0) return strong(false);
  if (!next || next.kind !== "body" || next.lead) return strong(false);
  if (ctx.options.indentedParagraphs) return strong(unit.indented);
  if (endsInPhotoCredit(ctx.items, ctx.nextIndex, ctx.trailingPhotoCredit)) return strong(false);
  if (NUMBERED.test(unit.norm)) return strong(true);
  const own = [...article.headline, ...article.subheads, ...article.paragraphs].map((u) => u.norm);
  const score = echoIn(unit.norm, own);
  const previous = article.subheads.at(-1);
  if (previous && (score >= 0.15 || parallel(previous.norm, unit.norm))) return strong(true);
  if (!previous && score >= 0.3) return strong(true);
  // No evidence either way: on a page whose articles are signed, an unsigned
  // heading is more likely a subhead; elsewhere, a new article.
  return { subhead: ctx.signedPage, weak: true };
}

/** True when a one-line headline-like unit inside `article` is one of its subheads. */
export function isSubhead(unit: Unit, ctx: SubheadContext): boolean {
  return decideSubhead(unit, ctx).subhead;
}
