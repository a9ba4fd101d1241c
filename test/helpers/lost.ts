/**
 * Which lines of a whole page no record holds (see test/pages/no-lost-lines.test.ts).
 *
 * A line is held when, once every record field found whole in it is cut out,
 * each piece left that has a Han character is part of some field (a line
 * that a paragraph wraps over, a lead whose dateline and credit were cut off)
 * or only the words a credit turns into structure (`摄`, `报道`, `文/图`).
 * Lines of a page set in two columns side by side are read cell by cell (a
 * run of three or more spaces parts them). Both sides are folded as the
 * pipeline folds them (`normaliseString`), white space dropped. A line is read
 * as the pipeline reads one: its tags and character references (`&nbsp;`,
 * `&ldquo;`) decoded, zero-width characters gone (`cleanInline`). In SogouCS
 * XML the tags and the `<url>`/`<docno>` lines are no text.
 */
import { readFileSync } from "node:fs";
import { decode } from "../../src/decode/decode.js";
import { extract } from "../../src/extract.js";
import { cleanInline } from "../../src/input/clean.js";
import { normaliseString } from "../../src/normalise/normalise.js";
import type { NewsRecord } from "../../src/schema.js";

const HAN = /\p{Script=Han}/u;
/** Words that a credit turns into a byline's role or photo flag, not text to keep: `摄`, `供图`, `报道`, `文/图`, `根据录音整理`. */
const CREDIT_WORDS = /^(?:[文图摄影和及、·/]|供图|摄影|报道|报导|提供|整理|根据录音|据录音|采访|执笔|通讯员|记者|实习生|编辑)+$/u;
/** Marks at a piece's ends (brackets, colons) that no field need hold. */
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const fold = (s: string): string => normaliseString(s).replace(/\s+/gu, "");

/** The text fields of a record, folded, longest first. */
function fieldsOf(r: NewsRecord): string[] {
  const out: string[] = [];
  if (r.type === "page") out.push(r.text);
  else {
    const { title, kicker, subtitle } = r.headline;
    for (const h of [title, kicker, subtitle]) if (h !== null) out.push(h);
    if (r.dateline !== null) out.push(r.dateline.text);
    for (const b of r.bylines) out.push(b.name, b.label ?? "");
    out.push(...r.subheads, ...r.paragraphs);
  }
  return out.map(fold).filter((s) => s.length > 0);
}

/** True when the folded piece `text` is held by `fields` (see the file's comment); `joined` is every field run together. */
function held(text: string, fields: readonly string[], joined: string): boolean {
  let pieces = [text];
  for (const f of fields) pieces = pieces.flatMap((p) => (p.includes(f) ? p.split(f) : [p]));
  return pieces.map((p) => p.replace(EDGE, "")).every((p) => !HAN.test(p) || joined.includes(p) || CREDIT_WORDS.test(p));
}

/** A line no record holds: its 1-based number and its text. */
export interface LostLine {
  line: number;
  text: string;
}

/** Runs the pipeline on the file at `path` and returns the lines of it that no record holds. */
export function lostLinesOf(path: string, issueDate: string | null): LostLine[] {
  const bytes = readFileSync(path);
  const { records } = extract(bytes, { source: path, ...(issueDate ? { issueDate } : {}) });
  const decoded = decode(bytes);
  const text = decoded.ok ? decoded.text.replace(/^\ufeff/, "") : "";
  const xml = /^\s*<doc>/m.test(text);
  const recs = records.map((r) => ({ r, f: fieldsOf(r) }));
  const lost: LostLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const n = i + 1;
    if (xml && /^\s*<(?:url|docno)>/.test(line)) return;
    const cells = (xml ? line.replace(/<\/?[a-z]+>/g, "") : cleanInline(line)).split(/[ \u3000]{3,}/u).map(fold).filter((c) => HAN.test(c));
    if (cells.length === 0) return;
    // A SogouCS title stands outside its document's lines: any record may hold it.
    const cover = xml ? recs : recs.filter((x) => x.r.source.lineStart <= n && n <= x.r.source.lineEnd);
    const fields = cover.flatMap((x) => x.f).sort((a, b) => b.length - a.length);
    const joined = `${cover.flatMap((x) => x.f).join("\u0001")}\u0001${cover.flatMap((x) => x.f).join("")}`;
    if (!cells.every((c) => held(c, fields, joined))) lost.push({ line: n, text: line.trim() });
  });
  return lost;
}
