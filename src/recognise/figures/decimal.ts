/**
 * Exact decimals for figure values: a BigInt mantissa and a power-of-ten scale.
 *
 * Why: `0.07 * 1e8` is `7000000.000000001` in binary floating point. Scaling a
 * digit string by powers of ten is exact; the one rounding happens at the very
 * end, when `toNumber` hands JavaScript a decimal string to parse.
 */

/** `mantissa / 10^scale`; `scale` is never negative. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { mantissa: 0n, scale: 0 };

/** Parses ASCII `123`, `4191.26`, `735,014.5` (commas are thousands separators). */
export function decimalFromDigits(text: string): Decimal {
  const plain = text.replaceAll(",", "");
  const point = plain.indexOf(".");
  if (point < 0) return { mantissa: BigInt(plain), scale: 0 };
  const fraction = plain.slice(point + 1);
  return { mantissa: BigInt(plain.slice(0, point) + fraction), scale: fraction.length };
}

export function decimalFromInt(value: number): Decimal {
  return { mantissa: BigInt(value), scale: 0 };
}

/** Multiplies by `10^exponent` (exponent may be negative: 克 → kg is `-3`). */
export function shift(d: Decimal, exponent: number): Decimal {
  if (exponent >= 0) {
    const take = Math.min(exponent, d.scale);
    return { mantissa: d.mantissa * 10n ** BigInt(exponent - take), scale: d.scale - take };
  }
  return { mantissa: d.mantissa, scale: d.scale - exponent };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.mantissa * 10n ** BigInt(scale - a.scale), b.mantissa * 10n ** BigInt(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { mantissa: x + y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { mantissa: a.mantissa * b.mantissa, scale: a.scale + b.scale };
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Decimal): boolean {
  return d.mantissa === 0n;
}

/** True when the value has no fractional part (`2.0` is an integer, `2.2` is not). */
export function isInteger(d: Decimal): boolean {
  return d.scale === 0 || d.mantissa % 10n ** BigInt(d.scale) === 0n;
}

/** The decimal string (`4191.26`, `7000000`), without trailing fractional zeros. */
export function toDecimalString(d: Decimal): string {
  const negative = d.mantissa < 0n;
  let digits = (negative ? -d.mantissa : d.mantissa).toString();
  if (d.scale > 0) {
    digits = digits.padStart(d.scale + 1, "0");
    const whole = digits.slice(0, digits.length - d.scale);
    const fraction = digits.slice(digits.length - d.scale).replace(/0+$/, "");
    digits = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative ? `-${digits}` : digits;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The nearest double. When the mantissa is a safe integer and 10^scale is exact
 * (scale ≤ 22), one IEEE division of two exact operands is correctly rounded;
 * otherwise JavaScript parses the decimal string, also with one correct rounding.
 */
export function toNumber(d: Decimal): number {
  if (d.scale <= 22 && d.mantissa <= SAFE && d.mantissa >= -SAFE) return Number(d.mantissa) / 10 ** d.scale;
  return Number(toDecimalString(d));
}
