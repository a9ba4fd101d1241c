/**
 * Recognise: turn a segmented article into the fields of an article record —
 * headline parts, dateline, bylines, event date, genre and figures.
 */
import type { ArticleRecord, Byline, Figure } from "../schema.js";
import type { ArticleDraft } from "../segment/segment.js";
import type { Cues } from "../segment/cues.js";
import { splitHeadline } from "./headline.js";
import { decideGenre } from "./genre.js";
import { addParagraphFigures, type FigureOptions } from "./figures/index.js";

export type ArticleFields = Omit<ArticleRecord, "type" | "id" | "source">;

export interface RecogniseOptions {
  issueDate?: string;
  figures?: FigureOptions;
}

/** One entry per person and role: the same name credited twice (headline block and lead) counts once. */
function uniqueBylines(bylines: Byline[]): Byline[] {
  const seen = new Map<string, Byline>();
  for (const b of bylines) {
    const key = `${b.name}/${b.role}`;
    const before = seen.get(key);
    if (!before) seen.set(key, b);
    else if (b.photo && !before.photo) seen.set(key, { ...before, photo: true });
  }
  return [...seen.values()];
}

export function recogniseArticle(draft: ArticleDraft, cues: Cues, options: RecogniseOptions): ArticleFields {
  const headline =
    draft.givenTitle !== null
      ? { title: draft.givenTitle, kicker: null, subtitle: null }
      : splitHeadline(
          draft.headline.map((u) => u.text),
          draft.headline.map((u) => u.norm),
        );
  const paragraphs = draft.paragraphs.map((u) => u.text);
  const normalised = draft.paragraphs.map((u) => u.norm);
  const dateline = draft.lead?.dateline ?? null;
  const bylines = uniqueBylines(draft.bylines);
  let date = dateline?.date ?? null;
  for (let i = 0; date === null && i < paragraphs.length; i++) {
    date = cues.eventDate(paragraphs[i]!, options.issueDate, normalised[i]);
  }
  const figures: Figure[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    addParagraphFigures(figures, paragraph, paragraphs[paragraph]!, options.figures, normalised[paragraph]);
  }
  return {
    genre: decideGenre({ headline, bylines, dateline, signed: draft.signed }),
    headline,
    dateline,
    date,
    bylines,
    subheads: draft.subheads.map((u) => u.text),
    paragraphs,
    figures,
  };
}
