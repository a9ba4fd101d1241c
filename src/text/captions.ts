/**
 * How a caption names its picture as it opens (folded): `图：…` (圖：), `图为…`,
 * `图中…`, `上图为…`, `下图：…`, `左图，…`, `图片为…`, `照片为…`
 * (`上图书馆` is none). Segmentation asks it of a caption line (is it a
 * picture's of the article above?), the credit readers of the sentences
 * before a picture credit inside running text (where does the caption start?).
 */
const CAPTION_OPENER = /^(?:图为|图中|[上下左右]图[为:,]|图片为|照片为|图:)/;

/** True when a (folded) text opens as a picture's caption (`CAPTION_OPENER`). */
export function opensAsCaption(folded: string): boolean {
  return CAPTION_OPENER.test(folded);
}

/**
 * A text marker joined to a picture marker, as one word (folded): `文/图`,
 * `文图`, `图/文`, `文/摄`, `摄/文`, `文并摄`. The credit readers build on it
 * (`TEXT_AND_PICTURE` here, a spaced lead credit's closing word in `lead.ts`).
 */
export const TEXT_AND_PICTURE_MARK = String.raw`(?:文\/?[图摄]|[图摄]\/?文|文并摄)`;

/**
 * The marker (`TEXT_AND_PICTURE_MARK`), standing apart in a credit: the
 * named wrote the text and took its pictures (`本报记者 张华 文/图`, `文/图 王五`,
 * `韩冰 文/摄`, `图/文`, `文图`, `文并摄`). Apart markers (`周晓林/文 吴雨/图`)
 * name two people and are none; so is `图文` inside a word (`图文编辑`).
 */
const TEXT_AND_PICTURE = new RegExp(String.raw`(?:^|[\s(])${TEXT_AND_PICTURE_MARK}(?=$|[\s)])`);

/**
 * True when a (folded) credit says its names wrote the text and took the
 * pictures (`TEXT_AND_PICTURE`): the text under such a credit is a report
 * with pictures more often than a picture's caption (see `decideGenre`).
 */
export function creditsTextAndPicture(folded: string): boolean {
  // Cheap pre-test: every joined marker holds 文.
  return folded.includes("文") && TEXT_AND_PICTURE.test(folded);
}
