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

/** Decimals of the integers below 10000, made once each: most numbers in news are small. */
const SMALL_INTEGERS: Decimal[] = [];

/** An integer; below 10000 the same (immutable) object every time. */
export function decimalFromInt(value: number): Decimal {
  if (value >= 0 && value < 10000 && Number.isInteger(value)) {
    return (SMALL_INTEGERS[value] ??= { mantissa: BigInt(value), scale: 0 });
  }
  return { mantissa: BigInt(value), scale: 0 };
}

/** 10^k as BigInt for small k: `10n ** BigInt(k)` allocates twice on every call. */
const POWERS: bigint[] = Array.from({ length: 40 }, (_, k) => 10n ** BigInt(k));
const pow10 = (k: number): bigint => POWERS[k] ?? 10n ** BigInt(k);

/** Multiplies by `10^exponent` (exponent may be negative: 克 → kg is `-3`). */
export function shift(d: Decimal, exponent: number): Decimal {
  if (exponent === 0) return d;
  if (exponent > 0) {
    const take = Math.min(exponent, d.scale);
    return { mantissa: d.mantissa * pow10(exponent - take), scale: d.scale - take };
  }
  return { mantissa: d.mantissa, scale: d.scale - exponent };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.mantissa * pow10(scale - a.scale), b.mantissa * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  if (b.mantissa === 0n) return a;
  if (a.mantissa === 0n) return b;
  if (a.scale === b.scale) return { mantissa: a.mantissa + b.mantissa, scale: a.scale };
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
  return d.scale === 0 || d.mantissa % pow10(d.scale) === 0n;
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

/** The decimal that prints as `x` (`0.3333333333333333`, `1e-7`): a finite double, exactly. */
export function decimalFromNumber(x: number): Decimal {
  const [digits = "0", exponent = "0"] = String(x).split("e");
  return shift(decimalFromDigits(digits), Number(exponent));
}

/**
 * `d × numerator / denominator`: exact when the quotient is a finite decimal (2周 → 14 天,
 * 30分钟 → 0.5 小时); otherwise the nearest double (20分钟 → 0.3333333333333333 小时,
 * 三分之二 → 66.66666666666667 %), which one IEEE division of two exact integers gives.
 */
export function ratio(d: Decimal, numerator: number, denominator: number): Decimal {
  const product = multiply(d, decimalFromInt(numerator));
  if (denominator === 1) return product;
  let rest = denominator;
  let exponent = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    exponent++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    exponent++;
  }
  if (rest === 1) {
    // denominator = 2^a·5^b divides 10^max(a,b): scale up, divide exactly.
    const up = pow10(exponent);
    return { mantissa: (product.mantissa * up) / BigInt(denominator), scale: product.scale + exponent };
  }
  const top = product.mantissa;
  const bottom = pow10(product.scale) * BigInt(denominator);
  const quotient = top <= SAFE && bottom <= SAFE ? Number(top) / Number(bottom) : toNumber(product) / denominator;
  return decimalFromNumber(quotient);
}

