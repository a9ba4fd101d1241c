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

export function decideGenre(e: GenreEvidence): Genre {
  const heading = [e.headline.kicker, e.headline.title, e.headline.subtitle].filter(Boolean).join(" ");
  if (e.signed || COMMENTARY_WORDS.test(heading) || e.bylines.some((b) => /评论员/.test(b.label ?? ""))) {
    return "commentary";
  }
  const own = e.bylines.filter((b) => b.role !== "source");
  if (e.dateline === null && own.length > 0 && own.every((b) => b.photo)) return "photo";
  return "news";
}
