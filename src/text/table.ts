/**
 * Tables as page text gives them. PDF and e-paper text set a table's columns
 * apart by a tab or a run of spaces (ideographic spaces, folded to ASCII ones
 * by normalising), one row a line: `宗地编号\t位置\t面积（平方米）\t用途`,
 * `YZ2025-009   迎丰路以西   42316.5   城镇住宅用地   25390`,
 * `营业收入（元）　　8,635,214,306.52　　7,102,385,917.40　　21.58%`.
 * Running text never holds such gaps twice: one gap parts a post from a name
 * or a headline's two halves (`主任　王志刚`, `城北新桥通车　日均车流3万辆`),
 * and a name padded to width has single spaces inside (`黄　瓜`, `王　五`).
 */
import { charSet, has } from "./chars.js";

/** Fewest column gaps of a table's row: three cells or more. */
const ROW_GAPS = 2;

/** A sentence's end (folded): no cell of a table holds one, running text does. */
const SENTENCE_MARKS = charSet("。!?");
/** What a paragraph cut at a line end stops on (folded): a row ends on a cell's last word. */
const OPEN_CLAUSE_MARKS = charSet(",、;:");

/**
 * True for a line (folded, trimmed) set as a table's row: two column gaps or
 * more (a tab, or two spaces or more), outside brackets, with no sentence
 * mark in it and no clause mark at its end. Gaps inside brackets are a
 * credit's padding (`（记者　王五　　通讯员　李四　　赵六）`), which a lead
 * paragraph opens with. Such a line is a row of its own: no piece of a
 * paragraph that a break cut, and no paragraph goes on in it.
 */
export function isGappedRow(norm: string): boolean {
  // Most lines have no gap at all: two native searches turn them away.
  if (norm.indexOf("\t") < 0 && norm.indexOf("  ") < 0) return false;
  if (has(OPEN_CLAUSE_MARKS, norm, norm.length - 1)) return false;
  let gaps = 0;
  let depth = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x28) depth++; // (
    else if (c === 0x29) depth = Math.max(0, depth - 1); // )
    else if (has(SENTENCE_MARKS, norm, i)) return false;
    else if (c === 0x20 || c === 0x09) {
      let end = i + 1;
      let tab = c === 0x09;
      for (; end < norm.length; end++) {
        const d = norm.charCodeAt(end);
        if (d === 0x09) tab = true;
        else if (d !== 0x20) break;
      }
      if (depth === 0 && (tab || end - i >= 2)) gaps++;
      i = end - 1;
    }
  }
  return gaps >= ROW_GAPS;
}
