/**
 * Characters that copying text out of a PDF puts in place of ordinary ones.
 *
 * A PDF names each glyph of its fonts, and a font whose glyph for 月 is also
 * its glyph for the Kangxi radical MOON often names it by the radical: the
 * copied text reads `5⽉15⽇` (U+2F49, U+2F47), `增⻓` (U+2ED3 CJK RADICAL
 * C-SIMPLIFIED LONG), `⻩⼩燕`. The page showed 月, 日, 长, 黄, and a reader
 * (or an annotator) reads those; a rule that looks for 月 or 增长 does not
 * find the radicals. So they are read as the characters they show, in the
 * text that is output too, as a zero-width space is dropped from it: what
 * copying put there was never written.
 *
 * - Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs
 *   (U+F900–U+FAFF: `豈` U+F900 for 豈 U+8C48) → their NFKC form, one
 *   ideograph each;
 * - the CJK radicals supplement (U+2E80–U+2EFF), which NFKC leaves but for
 *   two, → the ideograph whose whole form each radical is, by its Unicode
 *   name (`RADICAL_IDEOGRAPHS`); a radical that is only part of characters
 *   (⺡ WATER ONE, 氵) has none and stays;
 * - Latin ligatures (U+FB00–U+FB06: `wiﬁ`) → their letters.
 *
 * A Kangxi radical or a compatibility ideograph becomes one UTF-16 unit, as
 * it was; a ligature becomes two or three.
 */

/**
 * The supplement's radicals that are a whole ideograph, with that ideograph.
 * Each checked against its Unicode name: U+2ED3 CJK RADICAL C-SIMPLIFIED
 * LONG is 长, U+2EC4 CJK RADICAL WEST TWO is 西. The J-SIMPLIFIED forms
 * (⻫ ⻭ ⻯ ⻲) are Japanese shapes with no Chinese counterpart of that form
 * and stay.
 */
export const RADICAL_IDEOGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["\u2e9f", "母"], // MOTHER (NFKC too)
  ["\u2ec1", "虎"], // TIGER
  ["\u2ec4", "西"], // WEST TWO
  ["\u2ec5", "见"], // C-SIMPLIFIED SEE
  ["\u2ec6", "角"], // SIMPLIFIED HORN
  ["\u2ec8", "讠"], // C-SIMPLIFIED SPEECH
  ["\u2ec9", "贝"], // C-SIMPLIFIED SHELL
  ["\u2ecb", "车"], // C-SIMPLIFIED CART
  ["\u2ed0", "钅"], // C-SIMPLIFIED GOLD
  ["\u2ed1", "長"], // LONG ONE
  ["\u2ed3", "长"], // C-SIMPLIFIED LONG
  ["\u2ed4", "门"], // C-SIMPLIFIED GATE
  ["\u2ed8", "青"], // BLUE
  ["\u2ed9", "韦"], // C-SIMPLIFIED TANNED LEATHER
  ["\u2eda", "页"], // C-SIMPLIFIED LEAF
  ["\u2edb", "风"], // C-SIMPLIFIED WIND
  ["\u2edc", "飞"], // C-SIMPLIFIED FLY
  ["\u2edd", "食"], // EAT ONE
  ["\u2ee0", "饣"], // C-SIMPLIFIED EAT
  ["\u2ee2", "马"], // C-SIMPLIFIED HORSE
  ["\u2ee3", "骨"], // BONE
  ["\u2ee4", "鬼"], // GHOST
  ["\u2ee5", "鱼"], // C-SIMPLIFIED FISH
  ["\u2ee6", "鸟"], // C-SIMPLIFIED BIRD
  ["\u2ee7", "卤"], // C-SIMPLIFIED SALT
  ["\u2ee8", "麦"], // SIMPLIFIED WHEAT
  ["\u2ee9", "黄"], // SIMPLIFIED YELLOW
  ["\u2eea", "黾"], // C-SIMPLIFIED FROG
  ["\u2eec", "齐"], // C-SIMPLIFIED EVEN
  ["\u2eee", "齿"], // C-SIMPLIFIED TOOTH
  ["\u2ef0", "龙"], // C-SIMPLIFIED DRAGON
  ["\u2ef3", "龟"], // C-SIMPLIFIED TURTLE (NFKC too)
];

/** Each character that `foldGlyphForms` replaces, with what it becomes. */
const GLYPH_FORMS: ReadonlyMap<string, string> = buildGlyphForms();

function buildGlyphForms(): Map<string, string> {
  const forms = new Map<string, string>();
  const byNfkc = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const folded = ch.normalize("NFKC");
      if (folded !== ch) forms.set(ch, folded);
    }
  };
  byNfkc(0x2f00, 0x2fd5);
  byNfkc(0xf900, 0xfaff);
  byNfkc(0xfb00, 0xfb06);
  for (const [radical, ideograph] of RADICAL_IDEOGRAPHS) forms.set(radical, ideograph);
  return forms;
}

/**
 * The blocks `foldGlyphForms` reads from: the radicals supplement, the
 * Kangxi radicals, the compatibility ideographs, the Latin ligatures (the
 * last two adjoin: U+F900–U+FB06). A
 * character of them that has no ordinary form (⺡, 﨎) stays.
 */
// 增⻓, 5⽉15⽇, 豈, wiﬁ
export const GLYPH_FORM_CHARS = /[\u2e80-\u2fd5\uf900-\ufb06]/;
const GLYPH_FORMS_ALL = new RegExp(GLYPH_FORM_CHARS.source, "g");

/** `text` with each radical, compatibility ideograph and ligature read as the ordinary character(s) it shows. */
export function foldGlyphForms(text: string): string {
  if (!GLYPH_FORM_CHARS.test(text)) return text;
  return text.replace(GLYPH_FORMS_ALL, (ch) => GLYPH_FORMS.get(ch) ?? ch);
}
