// Exact amounts. Money is never added as floats: a cell's number is turned into a decimal string once
// (as written), and arithmetic is done on integers scaled by the declared precision (BigInt).
// The schema of a decimal is in amount-schema.ts, apart from these helpers: `sverka validate` loads no zod.
import type { Decimal } from './amount-schema';

export type { Decimal } from './amount-schema';

/** An amount scaled to the declared precision: 423767.8 at precision 1 is 4237678n. */
export type Scaled = bigint;

export function decimalPlaces(d: Decimal): number {
  const dot = d.indexOf('.');
  return dot < 0 ? 0 : d.length - dot - 1;
}

/** Amounts already scaled, per precision: every rule scales the same amounts of the program again. */
const SCALED: Map<string, Scaled>[] = [];
const SCALED_MAX = 100_000;

/** Rounds half away from zero to `precision` decimals and scales: ("98100.94", 1) → 981009n. */
export function toScaled(d: Decimal, precision: number): Scaled {
  const known = (SCALED[precision] ??= new Map());
  let scaled = known.get(d);
  if (scaled === undefined) {
    if (known.size >= SCALED_MAX) known.clear();
    scaled = scale(d, precision);
    known.set(d, scaled);
  }
  return scaled;
}

function scale(d: Decimal, precision: number): Scaled {
  const negative = d.startsWith('-');
  const body = negative ? d.slice(1) : d;
  const [whole, frac = ''] = body.split('.');
  const kept = (frac + '0'.repeat(precision)).slice(0, precision);
  let scaled = BigInt(whole + kept);
  const next = frac.charCodeAt(precision);
  if (!Number.isNaN(next) && next >= 53 /* '5' */) scaled += 1n;
  return negative ? -scaled : scaled;
}

/**
 * The amount scaled to `precision` as a JavaScript number, when that is exact: no rounding needed (at most
 * `precision` decimals) and at most Number.MAX_SAFE_INTEGER; NaN otherwise (then toScaled, in BigInt).
 */
export function scaledNumber(d: Decimal, precision: number): number {
  return scaledDifference(d, NO_AMOUNTS, precision);
}

const NO_AMOUNTS: readonly { readonly amount: Decimal | null }[] = Object.freeze([]);

/**
 * `stated` minus the amounts (null: zero), scaled to `precision`, as a JavaScript number when that is exact: every
 * amount a decimal of at most `precision` decimals, and the sum of their magnitudes at most
 * Number.MAX_SAFE_INTEGER (then every step is exact); NaN otherwise (then toScaled, in BigInt). Read digit by digit,
 * nothing allocated: the sums of a program are checked by the thousand, nearly all of them in safe integers, where a
 * BigInt per amount and per addition cost more than the rules around them. The digits are read in the loop over the
 * amounts, not by a function per amount: that function ran often enough to be compiled by the optimizing compiler on
 * its own, and again into its caller (at 100×, more instructions than the reading).
 */
export function scaledDifference(stated: Decimal | null, amounts: readonly { readonly amount: Decimal | null }[], precision: number): number {
  let difference = 0;
  let bound = 0;
  for (let k = -1; k < amounts.length; k++) {
    const d = k < 0 ? stated : amounts[k].amount;
    if (d === null) continue;
    let i = 0;
    const negative = d.charCodeAt(0) === 45; /* '-' */
    if (negative) i = 1;
    let value = 0;
    let places = -1;
    for (; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (c === 46 /* '.' */) {
        places = 0;
        continue;
      }
      if (c < 48 || c > 57) return NaN; // not a Decimal: toScaled says so
      value = value * 10 + (c - 48);
      if (places >= 0) places++;
    }
    if (places > precision) return NaN;
    for (let p = Math.max(places, 0); p < precision; p++) value *= 10;
    // Every step was exact when the result is safe: the value only grew on the way to it.
    if (!(value <= Number.MAX_SAFE_INTEGER)) return NaN;
    bound += value;
    if (negative && value !== 0) value = -value;
    difference = k < 0 ? value : difference - value;
  }
  return bound <= Number.MAX_SAFE_INTEGER ? difference : NaN;
}

/** The canonical decimal string of a scaled amount: (4237678n, 1) → "423767.8". */
export function fromScaled(s: Scaled, precision: number): Decimal {
  const negative = s < 0n;
  const digits = (negative ? -s : s).toString().padStart(precision + 1, '0');
  const whole = digits.slice(0, digits.length - precision);
  const frac = digits.slice(digits.length - precision);
  return (negative ? '-' : '') + whole + (precision > 0 ? '.' + frac : '');
}

export function sumScaled(values: Iterable<Scaled>): Scaled {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** A JavaScript number as an exact decimal string of its shortest representation (what the cell shows at full precision). */
export function decimalFromNumber(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return /e/i.test(text) ? expandExponent(text) : normalizeDecimal(text);
}

/** "1.5e+22" → "15000000000000000000000", "-2.5e-7" → "-0.00000025": the digits JavaScript printed, exactly. */
function expandExponent(text: string): Decimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!m) throw new Error(`not a number in exponent form: ${text}`);
  const [, sign, whole, frac = '', exp] = m;
  const digits = whole + frac;
  const point = whole.length + Number(exp); // where the decimal point goes in `digits`
  let body: string;
  if (point <= 0) body = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = digits.slice(0, point) + '.' + digits.slice(point);
  return normalizeDecimal(sign + body.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
const DASHES = /^[-–—‐−]$/;

export type ParsedNumber =
  | { kind: 'number'; value: Decimal }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

/**
 * Reads a number written the Russian way: "345 128,0", NBSP or narrow NBSP as thousands separators,
 * "–"/"-" or "" meaning empty, "0" and "0,0". A trailing "%" is allowed. Anything else is invalid.
 */
export function parseRussianNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '' || DASHES.test(trimmed)) return { kind: 'empty' };
  const compact = trimmed.replace(SPACES, '').replace(/%$/, '').replace(/^[−–]/, '-').replace(',', '.');
  if (/^-?\d+(\.\d+)?$/.test(compact)) return { kind: 'number', value: normalizeDecimal(compact) };
  if (/^-?\.\d+$/.test(compact)) return { kind: 'number', value: normalizeDecimal(compact.replace('.', '0.')) };
  return { kind: 'invalid', text: trimmed };
}

/** "-0" → "0", "007.5" → "7.5"; keeps trailing zeros of the fraction as written. */
export function normalizeDecimal(d: string): Decimal {
  const negative = d.startsWith('-');
  let body = negative ? d.slice(1) : d;
  body = body.replace(/^0+(?=\d)/, '');
  const isZero = /^0(\.0+)?$/.test(body);
  return (negative && !isZero ? '-' : '') + body;
}

/** "423 767,8": Russian grouping with spaces and a decimal comma, always `precision` decimals. */
export function formatScaledRu(s: Scaled, precision: number): string {
  const [whole, frac] = fromScaled(s, precision).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (negative ? '-' : '') + grouped + (frac !== undefined ? ',' + frac : '');
}

/**
 * A decimal as written, in Russian form without changing its precision: "96.68" → "96,68", "1567.0" → "1 567,0",
 * "-007.50" → "-7,50", "-0.0" → "0,0" (what formatScaledRu of it at its own decimals gives). Read by code unit:
 * every amount of a message is worded so, by the thousand at 100×, and a BigInt, its string, a split and a regex
 * each — and the amount kept in toScaled's cache — cost more than the message. Anything but a decimal as
 * written ("-", "1.", "1e5") goes the long way, as before.
 */
export function formatDecimalRu(d: Decimal): string {
  let worded = WORDED.get(d);
  if (worded === undefined) {
    if (WORDED.size >= WORDED_MAX) WORDED.clear();
    worded = wordDecimal(d);
    WORDED.set(d, worded);
  }
  return worded;
}

/**
 * Amounts worded already: a finding's amounts are worded in its message and again beside it (expected, actual), and
 * a table repeats its amounts. Kept, the wording runs seldom enough not to be compiled by the optimizing compiler
 * (at 100× that compile cost more instructions than the wording). Bounded, as the other caches of texts.
 */
const WORDED = new Map<string, string>();
const WORDED_MAX = 10_000;

function wordDecimal(d: Decimal): string {
  const negative = d.charCodeAt(0) === 45; /* '-' */
  const start = negative ? 1 : 0;
  let dot = -1;
  let zero = true;
  for (let i = start; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c === 46 /* '.' */ && dot < 0 && i > start && i < d.length - 1) dot = i;
    else if (c < 48 || c > 57) return formatScaledRu(toScaled(d, decimalPlaces(d)), decimalPlaces(d));
    else if (c !== 48) zero = false;
  }
  if (start === d.length) return formatScaledRu(toScaled(d, decimalPlaces(d)), decimalPlaces(d));
  const end = dot < 0 ? d.length : dot;
  let first = start;
  while (first < end - 1 && d.charCodeAt(first) === 48) first++; // leading zeros, as the scaled number drops them
  // Groups of three from the right, the first as long as the rest leave.
  const lead = first + ((end - first) % 3 || 3);
  let out = (negative && !zero ? '-' : '') + d.slice(first, lead);
  for (let i = lead; i < end; i += 3) out += ' ' + d.slice(i, i + 3);
  return dot < 0 ? out : out + ',' + d.slice(dot + 1);
}
