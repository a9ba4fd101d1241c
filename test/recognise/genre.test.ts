/**
 * `decideGenre` on evidence written for each case: which signs make a
 * commentary, and which do not (a dateline outweighs them; a report that
 * mentions commentators is news).
 */
import { describe, expect, it } from "vitest";
import { decideGenre, type GenreEvidence } from "../../src/recognise/genre.js";
import type { Byline, Dateline, Genre } from "../../src/schema.js";

const title = (t: string) => ({ title: t, kicker: null, subtitle: null });
const by = (name: string, role: Byline["role"], label: string | null, photo = false): Byline => ({ name, role, label, photo });
const datelined: Dateline = { text: "本报讯", agency: "本报", place: null, date: null };
const body = ["培养新农人，需要在土地、金融、技术等方面给予更多支持，让他们留得下、干得好。".repeat(8)];
const evidence = (e: Partial<GenreEvidence>): GenreEvidence => ({
  headline: title("乡村振兴需要更多新农人"),
  bylines: [],
  dateline: null,
  signed: false,
  paragraphs: body,
  ...e,
});

describe("decideGenre", () => {
  it.each<[string, Partial<GenreEvidence>, Genre]>([
    ["a closing author note signs an opinion piece", { authorNote: true, bylines: [by("方明", "author", "文")] }, "commentary"],
    ["a closing author note with no byline", { authorNote: true }, "commentary"],
    ["an author note under a dateline is a report's", { authorNote: true, dateline: datelined, bylines: [by("王五", "reporter", "记者")] }, "news"],
    ["a signature labelled 文 alone says nothing", { bylines: [by("方明", "author", "文")] }, "news"],
    ["a named commentator, by the label", { bylines: [by("孔亮", "author", "本报评论员")] }, "commentary"],
    ["the commentator's pen name alone, by the name", { bylines: [by("本报评论员", "author", null)] }, "commentary"],
    [
      "a report about commentators is news",
      { dateline: datelined, bylines: [by("刘洋", "reporter", "记者")], paragraphs: ["来自各地的120名评论员参加培训，作者为本报特约评论员的文章获奖。"] },
      "news",
    ],
    ["a reporter's byline is news", { bylines: [by("王五", "reporter", "本报记者")] }, "news"],
  ])("%s", (_t, e, expected) => {
    expect(decideGenre(evidence(e))).toBe(expected);
  });
});
