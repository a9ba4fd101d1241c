/**
 * Arrows pointing at a picture, as posts set them: a line of them stands for
 * the picture (`▼`, `▼▼▼`, `↓`, `👇`), and a paragraph may close on them
 * (`…确保春耕生产需要。👇`). Neither is text.
 */

/** A line of arrows only: `▼`, `▼▼▼`, `↓`, `👇`, `⬇️` (with spaces between). */
const PLACEHOLDER = /^(?:[▼▽↓⬇⇩︾]|\u{1F447})(?:[\s▼▽↓⬇⇩︾\uFE0F]|\u{1F447})*$/u;

/** True for an image placeholder, a line of arrows only (`PLACEHOLDER`). */
export function isImagePlaceholder(norm: string): boolean {
  return PLACEHOLDER.test(norm);
}

/** Arrows closing a paragraph, after a sentence's end (`…生产需要。👇`, `…现场。▼`). */
const TRAILING_ARROWS = /(?<=[。!?”"])\s*(?:[▼↓⬇]|\u{1F447})(?:[▼↓⬇\uFE0F]|\u{1F447})*$/u;

/**
 * True when `code` may be the last code unit of trailing arrows: ▼, ↓, ⬇,
 * the variation selector after ⬇, or the low surrogate of 👇 (U+1F447).
 */
const mayEndArrows = (code: number): boolean => code === 0x25bc || code === 0x2193 || code === 0x2b07 || code === 0xfe0f || code === 0xdc47;

/** Where the arrows closing a paragraph start (`TRAILING_ARROWS`); -1 for none. The last character decides almost every text alone. */
export function trailingArrowsAt(norm: string): number {
  if (!mayEndArrows(norm.charCodeAt(norm.length - 1))) return -1;
  return TRAILING_ARROWS.exec(norm)?.index ?? -1;
}
