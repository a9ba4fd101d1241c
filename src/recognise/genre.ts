/**
 * Genre: `photo` for photo news (a picture credited to its own photographers,
 * no dateline), `commentary` for a signed opinion piece (a bare signature
 * under the headline, a commentator's byline, or a commentary column word in
 * the headline), else `news`.
 */
import type { Byline, Dateline, Genre, Headline } from "../schema.js";

const COMMENTARY_WORDS = /评论|短评|时评|社论|评论员|观察家|编者按|述评/;

export interface GenreEvidence {
  headline: Headline;
  bylines: Byline[];
  dateline: Dateline | null;
  /** Signed with a bare signature line under the headline. */
  signed: boolean;
}

/** True when a headline part names a commentary column. */
function commentaryWords(part: string | null): boolean {
  // Each part on its own: no word has a space in it, so none spans the parts joined by spaces.
  return part !== null && COMMENTARY_WORDS.test(part);
}

export function decideGenre(e: GenreEvidence): Genre {
  const { kicker, title, subtitle } = e.headline;
  if (
    e.signed ||
    commentaryWords(kicker) ||
    commentaryWords(title) ||
    commentaryWords(subtitle) ||
    e.bylines.some((b) => b.label?.includes("评论员") === true)
  ) {
    return "commentary";
  }
  // Photo news: at least one own byline (not a source), every one of them a photo credit.
  let own = 0;
  for (const b of e.bylines) {
    if (b.role === "source") continue;
    if (!b.photo) return "news";
    own++;
  }
  if (e.dateline === null && own > 0) return "photo";
  return "news";
}
