import { describe, expect, it } from "vitest";
import { duringEnd } from "../../src/recognise/figures/refiners.js";

/** The scan `duringEnd` replaced (one test per character), kept as the reference it must equal. */
function reference(w: string, offset: number): number {
  const to = Math.min(offset + 6, w.length - 3);
  for (let i = offset + 1; i <= to; i++) {
    const c = w.charCodeAt(i - 1);
    if (!(c >= 0x4e00 && c <= 0x9fff)) return offset;
    if (w.charCodeAt(i) === 0x671f && w.charCodeAt(i + 1) === 0x95f4) return i + 2;
  }
  return offset;
}

describe("duringEnd equals the per-character scan", () => {
  const phrases = [
    "赛事期间全市餐饮消费", "春节期间", "春节期间消费", "在春节假期期间全市", "在春节假期长期间全市",
    "期间全市消费", "今年赛事期间全市", "A赛事期间全市", "赛事A期间全市", "赛事期间期间全市",
    "活动期间a", "活动期间ab", "活动期间abc", "", "期", "期间", "x期间yyy", "春节假期期间期间消费额",
  ];
  for (const w of phrases) {
    it(w || "(empty)", () => {
      for (let offset = 0; offset <= w.length; offset++) expect(duringEnd(w, offset)).toBe(reference(w, offset));
    });
  }
});
