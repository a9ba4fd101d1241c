/**
 * Lines that are nothing but a credit: a byline above the body
 * (`株洲日报全媒体记者/邹怡敏`, `通讯员/刘晓欢 刘艺锋`), a picture credit
 * (`新华社记者吕全成摄`, `企业供图`, `瞿明斌摄（影像中国）`), or the bare
 * signature under a commentary headline (`尹二荣 邹怡敏`).
 */
import { normaliseString } from "../../normalise/normalise.js";
import type { Byline } from "../../schema.js";
import { parseCredit, type CreditParse } from "./credit.js";
import { isLikelySignatureName } from "./names.js";

/** A credit line read alone. */
export interface CreditLineMatch {
  bylines: Byline[];
  /** `byline`: role words and names; `photo`: a picture credit; `signature`: bare personal names. */
  kind: "byline" | "photo" | "signature";
}

/** Longer lines are text, not credits. */
const MAX_LINE = 48;
/** A signature names at most this many people. */
const MAX_SIGNERS = 4;
/** A trailing bracketed tag after a picture credit: `（影像中国）`, `（新华社发）`. */
const TRAILING_TAG = /^(?<credit>.+?)[ \t]*\((?<tag>[^()]{1,10})\)$/u;

interface LineCredit {
  credit: CreditParse;
  kind: CreditLineMatch["kind"];
}

function readLine(line: string): LineCredit | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return null;
  const offset = line.indexOf(trimmed);
  const folded = normaliseString(line).slice(offset, offset + trimmed.length);
  let body = trimmed;
  if (/^\([^()]+\)$/u.test(folded)) {
    body = trimmed.slice(1, -1); // （新华社记者吕全成摄）
  } else {
    const tagged = TRAILING_TAG.exec(folded);
    const head = tagged?.groups?.credit;
    if (head !== undefined) {
      // 瞿明斌摄（影像中国）: a column tag after a picture credit is not part of it.
      const credit = parseCredit(trimmed.slice(0, head.length));
      if (credit && credit.endsWithPhotoMarker) return { credit, kind: "photo" };
      return null;
    }
  }
  const credit = parseCredit(body);
  if (!credit) return null;
  if (credit.bylines.some((b) => b.photo)) return { credit, kind: "photo" };
  if (credit.hasRole || credit.hasMarker) return { credit, kind: "byline" };
  const signers = credit.bylines;
  if (signers.length <= MAX_SIGNERS && signers.every((b) => isLikelySignatureName(normaliseString(b.name)))) {
    return { credit, kind: "signature" };
  }
  return null;
}

/**
 * Reads a whole line as a credit; null for any ordinary sentence or headline.
 *
 * A bare signature (no role word, no marker) is accepted only when every
 * token is a plausible personal name: a surname from the table, two to four
 * characters, not an everyday word (`项目为王`, `今天下午`, `安静` are refused).
 */
export function parseCreditLine(line: string): CreditLineMatch | null {
  const read = readLine(line);
  return read ? { bylines: read.credit.bylines, kind: read.kind } : null;
}

/**
 * Reads a block of credit lines that belong together (the lines under a
 * picture: `株洲日报全媒体记者/刘毅` / `通讯员/曲宏 易溪 摄`). When the last
 * line ends in a picture marker (摄, 摄影, 供图 …), every byline of the block
 * is a picture credit. Lines that are not credits are left out.
 */
export function parseCreditBlock(lines: string[]): Byline[] {
  const read = lines.map(readLine).filter((r): r is LineCredit => r !== null);
  const last = read[read.length - 1];
  const photo = last !== undefined && last.credit.endsWithPhotoMarker;
  return read.flatMap((r) => r.credit.bylines.map((b) => (photo ? { ...b, photo: true } : { ...b })));
}
