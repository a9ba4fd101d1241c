/**
 * Span finders: one pass over the normalised text with a global regex that stops
 * at every numeral, then sticky regexes at the numeral's end that read what
 * follows it (多/余, a magnitude, a unit, 左右/以上, a range's second bound, a
 * product's second factor). Nothing is rescanned: every regex is driven by
 * `lastIndex`, and the scan resumes where the last figure ended.
 *
 * The result is a list of raw figures — value, unit, where each part stands — that
 * the refiners then judge (is it a date? a rank? an idiom?) and dress (qualifier,
 * subject, change). Spans are half-open `[start, end)` UTF-16 offsets; the
 * normalised text has the length of the original, so they are offsets in both.
 */
import type { FigureKind } from "../../schema.js";
import { compare, type Decimal, multiply, shift } from "./decimal.js";
import { NUMBER, type ParsedNumber, parseNumeral } from "./numbers.js";
import { UNIT_FIRST_CHARS, UNIT_STICKY, type UnitEntry, unitOf } from "./units.js";

/** A figure as found, before the refiners judge it. */
export interface RawFigure {
  /** First character of the number (or of 百分之 / 半). */
  start: number;
  /** After the unit and any 左右/以上 that follows it. */
  end: number;
  value: Decimal;
  max: Decimal | null;
  kind: FigureKind;
  /** The unit row; null for a bare 万/亿 read as money (`总投资5亿`). */
  entry: UnitEntry | null;
  /** Where the unit word stands (`unitStart === unitEnd` when there is none). */
  unitStart: number;
  unitEnd: number;
  /** 多/余/几 → over, 来 → about. */
  vague: "over" | "about" | null;
  /** 左右/上下 → about, 以上 → over, 以下/以内 → under. */
  post: "over" | "about" | "under" | null;
  /** The first number as parsed. */
  number: ParsedNumber;
  /** The first numeral as written (normalised). */
  numeral: string;
  /** True for a range or a product (two numbers). */
  compound: boolean;
}

const MAIN = new RegExp(
  [
    `百分之(?<percent>${NUMBER})`, // 百分之十一点九 · 百分之百
    "(?<![上下前后多])(?<half>半)(?=个?(?:月|年|天|小时|钟头))", // 半年 · 半个月, but not 上半年
    `(?<number>${NUMBER})`, // 80亿 · 4191.26 · 两三千万 · 十几万
  ].join("|"),
  "g",
);
const NUMBER_STICKY = new RegExp(NUMBER, "y");
/** 多/余 over, 几 over, 来 about: 100多个 · 30000余元 · 百来元. */
const VAGUE = /[多余几来]/y;
/** A magnitude after 多/余: 10多万元 · 70余万. */
const VAGUE_MAGNITUDE = /万亿|万|亿/y;
/** After the unit: 20亿元左右 · 90%以上 · 1200亿元以上. */
const POST = /左右|上下|以上|之上|有余|以下|以内|之内/y;
/** Range connectors: 5—10亿元 · 2至3个月 · 1－2个 · 5~10. */
const RANGE = /\s?(?:至|到|——|—|–|-|~|～)\s?/y;
/** Product: 2×100万千瓦. */
const PRODUCT = /\s?[×xX*]\s?/y;

const POST_QUALIFIER: Readonly<Record<string, "over" | "about" | "under">> = {
  左右: "about", 上下: "about", 以上: "over", 之上: "over", 有余: "over", 以下: "under", 以内: "under", 之内: "under",
};

/** What follows a number. */
interface Tail {
  vague: "over" | "about" | null;
  /** Power of ten of a 万/亿 after 多/余. */
  magnitude: number;
  entry: UnitEntry | null;
  unitStart: number;
  unitEnd: number;
  post: "over" | "about" | "under" | null;
  /** After everything read. */
  end: number;
}

function readTail(text: string, at: number): Tail {
  let pos = at;
  let vague: Tail["vague"] = null;
  let magnitude = 0;
  VAGUE.lastIndex = pos;
  const v = "多余几来".includes(text[pos] ?? "x") ? VAGUE.exec(text) : null;
  if (v) {
    vague = v[0] === "来" ? "about" : "over";
    pos += 1;
    VAGUE_MAGNITUDE.lastIndex = pos;
    const mag = VAGUE_MAGNITUDE.exec(text);
    if (mag) {
      magnitude = mag[0] === "万亿" ? 12 : mag[0] === "亿" ? 8 : 4;
      pos += mag[0].length;
    }
  }
  UNIT_STICKY.lastIndex = pos;
  const u = UNIT_FIRST_CHARS.has(text[pos] ?? "") ? UNIT_STICKY.exec(text) : null;
  const entry = u ? (unitOf(u[0]) ?? null) : null;
  const unitStart = pos;
  const unitEnd = entry && u ? pos + u[0].length : pos;
  if (!entry && vague && magnitude === 0 && v?.[0] !== "多" && v?.[0] !== "余") {
    // 几/来 with nothing after is not part of the figure (二十来 … rare, 几 as in 几乎).
    return { vague: null, magnitude: 0, entry: null, unitStart: at, unitEnd: at, post: null, end: at };
  }
  let end = unitEnd;
  let post: Tail["post"] = null;
  if (entry) {
    POST.lastIndex = end;
    const p = POST.exec(text);
    if (p) {
      post = POST_QUALIFIER[p[0]] ?? null;
      end += p[0].length;
    }
  }
  return { vague, magnitude, entry, unitStart, unitEnd, post, end };
}

/** The value a number and its tail state, in the unit's canonical scale. */
function scaled(n: Decimal, tail: Tail): Decimal {
  return shift(n, tail.magnitude + (tail.entry?.exponent ?? 0));
}

function sameUnit(a: UnitEntry, b: UnitEntry): boolean {
  return a.kind === b.kind && (a.unit === b.unit || a.word === b.word);
}

/** Finds the raw figures of a normalised text, in order, without overlaps. */
export function findFigures(text: string): RawFigure[] {
  const found: RawFigure[] = [];
  MAIN.lastIndex = 0;
  for (let m = MAIN.exec(text); m !== null; m = MAIN.exec(text)) {
    const start = m.index;
    const afterMatch = start + m[0].length;
    const groups = m.groups ?? {};

    if (groups.percent !== undefined) {
      const n = parseNumeral(groups.percent);
      if (!n || n.max !== null) continue;
      POST.lastIndex = afterMatch;
      const p = POST.exec(text);
      const end = p ? afterMatch + p[0].length : afterMatch;
      found.push({
        start, end, value: n.value, max: null, kind: "percent", entry: unitOf("%") ?? null,
        unitStart: start, unitEnd: start + 3, vague: n.vague ? "over" : null,
        post: p ? (POST_QUALIFIER[p[0]] ?? null) : null,
        number: n, numeral: groups.percent, compound: false,
      });
      MAIN.lastIndex = end;
      continue;
    }

    if (groups.half !== undefined) {
      const tail = readTail(text, afterMatch);
      if (!tail.entry || (tail.entry.kind !== "duration" && tail.entry.kind !== "count")) continue;
      const half: ParsedNumber = {
        value: { mantissa: 5n, scale: 1 }, max: null, vague: false, trailingMagnitude: 0, lone: false,
        digitByDigit: false,
      };
      found.push({
        start, end: tail.end, value: scaled(half.value, tail), max: null, kind: tail.entry.kind, entry: tail.entry,
        unitStart: tail.unitStart, unitEnd: tail.unitEnd, vague: null, post: tail.post, number: half, numeral: "半",
        compound: false,
      });
      MAIN.lastIndex = tail.end;
      continue;
    }

    const numeral = groups.number ?? "";
    // Most numerals in running text are words (统一, 一些, 进一步): look at what follows
    // before paying for a parse. Only a unit, a range, a product or a closing 万/亿 can
    // make a figure.
    PRODUCT.lastIndex = afterMatch;
    RANGE.lastIndex = afterMatch;
    const lastChar = numeral[numeral.length - 1];
    const tail = readTail(text, afterMatch);
    const maybe = tail.entry !== null || tail.magnitude > 0 || lastChar === "万" || lastChar === "亿";
    if (!maybe && !PRODUCT.test(text) && !RANGE.test(text)) continue;
    // 零件, 零售, 〇 alone: a zero by itself is never a stated quantity.
    const n = numeral === "零" || numeral === "〇" ? null : parseNumeral(numeral);
    if (!n) continue;

    // 2×100万千瓦: one figure, the product. (296×32.8)为9708.8元: no unit after the
    // product, so neither factor is a figure and the scan goes on after them.
    PRODUCT.lastIndex = afterMatch;
    const times = PRODUCT.exec(text);
    if (times && n.max === null) {
      NUMBER_STICKY.lastIndex = afterMatch + times[0].length;
      const second = NUMBER_STICKY.exec(text);
      const factor = second ? parseNumeral(second[0]) : null;
      if (second && factor && factor.max === null) {
        const secondEnd = NUMBER_STICKY.lastIndex;
        const productTail = readTail(text, secondEnd);
        MAIN.lastIndex = secondEnd;
        if (productTail.entry) {
          found.push({
            start, end: productTail.end, value: scaled(multiply(n.value, factor.value), productTail), max: null,
            kind: productTail.entry.kind, entry: productTail.entry, unitStart: productTail.unitStart,
            unitEnd: productTail.unitEnd, vague: productTail.vague, post: productTail.post, number: n, numeral,
            compound: true,
          });
          MAIN.lastIndex = productTail.end;
        }
        continue;
      }
    }

    let figure: RawFigure | null = null;
    if (tail.entry) {
      figure = {
        start, end: tail.end, value: scaled(n.value, tail), max: n.max ? scaled(n.max, tail) : null,
        kind: tail.entry.kind, entry: tail.entry, unitStart: tail.unitStart, unitEnd: tail.unitEnd,
        vague: n.vague ? "over" : tail.vague, post: tail.post, number: n, numeral, compound: n.max !== null,
       
      };
    }

    // A range: the second bound lends the first its unit and magnitude (5—10亿元, 两到三万港元).
    if (!tail.post && n.max === null) {
      RANGE.lastIndex = tail.entry ? tail.unitEnd : afterMatch;
      const connector = RANGE.exec(text);
      if (connector) {
        const secondStart = RANGE.lastIndex;
        NUMBER_STICKY.lastIndex = secondStart;
        const second = NUMBER_STICKY.exec(text);
        const upper = second ? parseNumeral(second[0]) : null;
        if (second && upper && upper.max === null) {
          const upperTail = readTail(text, secondStart + second[0].length);
          const entry = upperTail.entry;
          if (entry && (!tail.entry || sameUnit(tail.entry, entry)) && !(tail.entry && tail.vague)) {
            let low = tail.entry ? scaled(n.value, tail) : scaled(n.value, upperTail);
            const high = scaled(upper.value, upperTail);
            const lend = upper.trailingMagnitude + upperTail.magnitude;
            if (!tail.entry && n.trailingMagnitude === 0 && lend > 0) {
              const lent = shift(low, lend);
              if (compare(lent, high) <= 0) low = lent;
            }
            figure = {
              start, end: upperTail.end, value: low, max: high, kind: entry.kind, entry,
              unitStart: upperTail.unitStart, unitEnd: upperTail.unitEnd, vague: upperTail.vague ?? tail.vague,
              post: upperTail.post, number: n, numeral, compound: true,
            };
          } else {
            // Not a range of one unit: the scan resumes at the second number.
            MAIN.lastIndex = secondStart;
          }
        }
      }
    }

    if (!figure && n.trailingMagnitude + tail.magnitude >= 4) {
      // 总投资5亿 · 已募集善款70余万: a bare 万/亿 is money only after a money word.
      figure = {
        start, end: tail.end, value: shift(n.value, tail.magnitude), max: n.max ? shift(n.max, tail.magnitude) : null,
        kind: "money", entry: null, unitStart: tail.end, unitEnd: tail.end, vague: n.vague ? "over" : tail.vague,
        post: null, number: n, numeral, compound: false,
      };
    }
    if (figure) {
      found.push(figure);
      if (MAIN.lastIndex < figure.end) MAIN.lastIndex = figure.end;
    }
  }
  return found;
}
