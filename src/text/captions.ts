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
