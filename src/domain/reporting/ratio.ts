// Exact fractions for percentages and the evaluation: a share of two amounts is kept as a fraction of
// integers (BigInt) and rounded once, for display, half away from zero — never a float in between.
import { decimalPlaces, type Decimal } from '../amount';

/** num / den, den > 0, in lowest terms. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num / den; throws on a zero denominator: callers say "cannot be computed" before dividing. */
export function ratio(num: bigint, den: bigint): Ratio {
  if (den === 0n) throw new RangeError('division by zero');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Ratio = { num: 0n, den: 1n };
export const ONE: Ratio = { num: 1n, den: 1n };

/** A decimal as written, exactly: "96.68" → 2417/25. */
export function ratioOf(d: Decimal): Ratio {
  const places = decimalPlaces(d);
  return ratio(BigInt(d.replace('.', '')), 10n ** BigInt(places));
}

export function divide(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function isZero(a: Ratio): boolean {
  return a.num === 0n;
}

/** -1, 0, 1. */
export function compareRatios(a: Ratio, b: Ratio): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function minRatio(a: Ratio, b: Ratio): Ratio {
  return compareRatios(a, b) <= 0 ? a : b;
}

/** The arithmetic mean; null for no values. */
export function mean(values: readonly Ratio[]): Ratio | null {
  if (values.length === 0) return null;
  let sum = ZERO;
  for (const v of values) sum = add(sum, v);
  return ratio(sum.num, sum.den * BigInt(values.length));
}

/** Rounded half away from zero to `decimals` places, as a decimal string: (2/3, 4) → "0.6667". */
export function roundRatio(a: Ratio, decimals: number): Decimal {
  const scale = 10n ** BigInt(decimals);
  const negative = a.num < 0n;
  const n = (negative ? -a.num : a.num) * scale;
  let q = n / a.den;
  if ((n % a.den) * 2n >= a.den) q += 1n;
  const digits = q.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  const text = whole + (decimals > 0 ? '.' + frac : '');
  return negative && q !== 0n ? '-' + text : text;
}

/** "2417/25" (or "7" when whole): the exact value, so that a person can check the rounding. */
export function ratioText(a: Ratio): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}
