/**
 * Column names: the label a paper sets over an opinion piece or a box
 * (`人民时评`, `楚天时评`, `人民论坛`, `记者手记`, `聚焦全国两会`). Such a label
 * is a kicker (引题) over the title, never the title itself.
 */

// A name ending in a column word: `人民时评`, `人民论坛`, `晚报观点`, `记者手记`, `经济观察`, `人民短评`.
const COLUMN_WORD_END = /^[\u4e00-\u9fff]{0,6}(?:时评|论坛|观点|锐评|快评|短评|热评|评论|社论|社评|述评|杂谈|漫谈|随笔|札记|手记|观察|视点|专栏|投书)$/;
// A short name ending in 谈: `人民谈`, `百姓谈`, `经济漫谈`.
const TALK = /^[\u4e00-\u9fff]{1,4}谈$/;
// A topic column: `聚焦全国两会`, `聚焦乡村振兴`, `聚焦·乡村振兴`; with a middle dot, other
// column words too (`关注·城市更新`, `直击·防汛一线`): the dot sets a label, not a title.
const FOCUS = /^聚焦·?[\u4e00-\u9fff]{2,6}$|^(?:关注|直击|走进|探访|追踪|调查|解读|观察|一线)·[\u4e00-\u9fff]{2,8}$/;

/** True when a folded, trimmed line (no brackets) is shaped like a column name. */
export function isColumnName(norm: string): boolean {
  return COLUMN_WORD_END.test(norm) || TALK.test(norm) || FOCUS.test(norm);
}
