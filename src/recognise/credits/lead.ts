/**
 * The opening of an article's first paragraph: a dateline and/or the credit
 * that follows it, before the body text starts.
 *
 *   株洲日报讯(全媒体记者/言静) “刚刚…
 *   浙江在线杭州4月25日讯（记者 施宇翔 通讯员 方英）毒贩…
 *   本报北京１月２５日讯新华社记者王言彬、本报记者何加正报道：中共中央…
 *   新华社太原10月22日电  （记者朱超、吕梦琦）中共中央…
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline, Dateline } from "../../schema.js";
import { parseCredit } from "./credit.js";
import { matchDateline } from "./dateline.js";
import { isLikelySignatureName } from "./names.js";

/** What `matchLead` found at the start of a paragraph. */
export interface LeadMatch {
  dateline: Dateline | null;
  bylines: Byline[];
  /** UTF-16 offset in the paragraph where the body starts (after the credit and following spaces). */
  bodyStart: number;
}

/** The longest credit in brackets we accept: longer brackets are body text. */
const MAX_BRACKETED = 80;
/** An unbracketed credit ends in 报道 (`记者艾笑报道：`); it may not cross a sentence. */
const REPORTED = /^(?<credit>[^。！？!?“”"()]{2,60}?)(?<verb>报道)[ \t]*[:,，]?/u;

function skipSpaces(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && /\s/u.test(folded.charAt(i))) i++;
  return i;
}

interface CreditAt {
  bylines: Byline[];
  end: number;
}

/** A credit at `at`: bracketed `(记者 张三)`, or unbracketed ending in 报道. */
function creditAt(paragraph: string, folded: string, at: number, afterDateline: boolean): CreditAt | null {
  if (folded.charAt(at) === "(") {
    const close = folded.indexOf(")", at + 1);
    if (close < 0 || close - at > MAX_BRACKETED) return null;
    const inner = folded.slice(at + 1, close);
    if (inner.includes("(")) return null;
    const credit = parseCredit(paragraph.slice(at + 1, close));
    if (!credit) return null;
    // Bare names in brackets are a credit only right after a dateline: `新华社电（张三 李四）`.
    const names = credit.bylines.every((b) => isLikelySignatureName(normaliseString(b.name)));
    if (!credit.hasRole && !credit.hasMarker && !(afterDateline && names)) return null;
    return { bylines: credit.bylines, end: close + 1 };
  }
  const m = REPORTED.exec(folded.slice(at));
  if (m?.groups?.credit === undefined) return null;
  const raw = m.groups.credit;
  const credit = parseCredit(paragraph.slice(at, at + raw.length));
  if (!credit || !credit.hasRole) return null;
  return { bylines: credit.bylines, end: at + m[0].length };
}

/**
 * Reads the dateline and/or credit that open an article's first paragraph.
 * Returns the dateline (or null), the bylines of the credit (and of a
 * reporter named inside the dateline), and where the body starts; null when
 * the paragraph starts with neither a dateline nor a credit.
 */
export function matchLead(paragraph: string, options: { issueDate?: string } = {}): LeadMatch | null {
  const folded = normaliseString(paragraph);
  const dl = matchDateline(paragraph, options);
  const bylines: Byline[] = [];
  let at = skipSpaces(folded, 0);
  if (dl) {
    at = skipSpaces(folded, dl.end);
    if (dl.reporter) bylines.push(dl.reporter);
  }
  const credit = creditAt(paragraph, folded, at, dl !== null);
  if (!dl && !credit) return null;
  if (credit) {
    bylines.push(...credit.bylines);
    at = credit.end;
  } else if (/^[:：]/u.test(folded.charAt(at))) {
    at += 1; // 本报讯：…
  }
  return { dateline: dl?.dateline ?? null, bylines, bodyStart: skipSpaces(folded, at) };
}
