// One cell, read once: an amount ("345 128,0", 345128, "–") or an indicator value ("не менее 85", "≥ 70").
// A number keeps its decimals as written so that S006 can see 98100.94.
import { decimalFromNumber, parseRussianNumber, type Decimal } from '../../domain/amount';
import type { IndicatorValue } from '../../domain/model/indicators';
import { isErrorText, type GridCell } from '../grid';

export type CellReading<T> =
  | { kind: 'value'; value: T }
  | { kind: 'empty' }
  /** Text that is not a number (S004). */
  | { kind: 'invalid'; text: string }
  /** A spreadsheet error value such as #REF! (S005). */
  | { kind: 'error'; text: string };

const EMPTY = { kind: 'empty' } as const;

export function readAmount(cell: GridCell | null): CellReading<Decimal> {
  if (!cell || cell.value === null || cell.value === undefined) return EMPTY;
  if (cell.error) return { kind: 'error', text: String(cell.value) };
  if (typeof cell.value === 'number') {
    const d = numberDecimal(cell.value, cell.numberFormat);
    return d === null ? { kind: 'invalid', text: String(cell.value) } : { kind: 'value', value: d };
  }
  if (typeof cell.value === 'boolean') return { kind: 'invalid', text: String(cell.value) };
  if (isErrorText(cell.value)) {
    return { kind: 'error', text: cell.value.trim() };
  }
  const parsed = parseRussianNumber(cell.value);
  if (parsed.kind === 'number') return { kind: 'value', value: parsed.value };
  if (parsed.kind === 'empty') return EMPTY;
  return { kind: 'invalid', text: parsed.text };
}

/**
 * A number cell's amount as written: the digits Excel shows, padded to the decimals its format shows; null
 * for a number that is no amount (not finite). An integer of up to 15 digits (most amounts and values) is its
 * own digits: no exponent, no leading zero, no "-0" — what `decimalFromNumber` gives it, with no regex run.
 */
export function numberDecimal(value: number, numberFormat: string | null | undefined): Decimal | null {
  const d = Number.isSafeInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0) ? String(value) : fractionDecimal(value);
  return d === null ? null : padToShownDecimals(d, value, numberFormat);
}

/**
 * `shownDecimal(asExcelShowsIt(n))` of a number that is no such integer. A fraction JavaScript prints with 15
 * significant digits or fewer (98100.94, 0.5) is already what Excel shows: its shortest digits are the nearest
 * 15-digit decimal to it (they are within half a unit in the last place, far less than half a unit of the 15th
 * digit), so `toPrecision(15)` and back gives the same number, and its text is the decimal — one string made.
 */
function fractionDecimal(n: number): Decimal | null {
  if (Number.isFinite(n) && !Number.isInteger(n)) {
    const text = String(n);
    // No exponent: the text has its point, so its digits are its length less the point and the sign.
    if (text.length - (n < 0 ? 2 : 1) <= 15 && !text.includes('e')) return text;
  }
  return shownDecimal(asExcelShowsIt(n));
}

/**
 * `decimalFromNumber` of a number as Excel shows it: JavaScript prints a finite number without an exponent
 * with no leading zero and no "-0" — already the decimal it normalises to, so no expression is run for it.
 */
function shownDecimal(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return text.includes('e') ? decimalFromNumber(n) : text;
}

/** A plain number cell's amount (what `readAmount` reads as its value), else null: read without a reading made. */
export function numberCellDecimal(cell: GridCell | null): Decimal | null {
  return cell && !cell.error && typeof cell.value === 'number' ? numberDecimal(cell.value, cell.numberFormat) : null;
}

/**
 * Excel keeps 15 significant digits: a formula's sum 91316.00000000001 (binary noise) is 91316 in the
 * sheet, while a typed 98100.94 stays 98100.94 (S006 sees its second decimal).
 */
export function asExcelShowsIt(n: number): number {
  // An integer of up to 15 digits is already what Excel shows (most amounts and years): no string made.
  if (Number.isSafeInteger(n) && Math.abs(n) < 1e15 && !Object.is(n, -0)) return n;
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/**
 * The decimals a number format shows: "#,##0.0" → 1, "0.00" → 2, "General" → 0. Zero uses the
 * format's third section when it has one ("#,##0.0;-#,##0.0;0" shows zero as "0").
 */
export function shownDecimals(numberFormat: string | null | undefined, value: number): number {
  if (!numberFormat) return 0;
  // A workbook has a few formats and many cells: each format's decimals (positive, negative, zero) found once;
  // a column's cells share one, so the last format's are at hand with no lookup.
  let known = numberFormat === lastFormat ? lastShown : SHOWN.get(numberFormat);
  if (!known) {
    if (SHOWN.size >= SHOWN_MAX) SHOWN.clear();
    known = [decimalsOf(numberFormat, 1), decimalsOf(numberFormat, -1), decimalsOf(numberFormat, 0)];
    SHOWN.set(numberFormat, known);
  }
  lastFormat = numberFormat;
  lastShown = known;
  return value > 0 ? known[0] : value < 0 ? known[1] : value === 0 ? known[2] : decimalsOf(numberFormat, value);
}

const SHOWN = new Map<string, readonly [number, number, number]>();
const SHOWN_MAX = 1000;
let lastFormat = '';
let lastShown: readonly [number, number, number] | undefined;

function decimalsOf(numberFormat: string, value: number): number {
  const sections = numberFormat.split(';');
  const section = (value === 0 && sections.length >= 3 ? sections[2] : value < 0 && sections.length >= 2 ? sections[1] : sections[0])
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** A number cell shows "345 128,0": keep the decimals it shows, so that 345128 read back is "345128.0" as written. */
function padToShownDecimals(d: Decimal, value: number, numberFormat: string | null | undefined): Decimal {
  const shown = shownDecimals(numberFormat, value);
  const dot = d.indexOf('.');
  const have = dot < 0 ? 0 : d.length - dot - 1;
  if (have >= shown) return d;
  return (dot < 0 ? d + '.' : d) + '0'.repeat(shown - have);
}

const LOWER_BOUND = /^(?:не\s+менее|не\s+ниже|не\s+меньше|≥|>=|>)\s*/i;
const UPPER_BOUND = /^(?:не\s+более|не\s+выше|не\s+больше|≤|<=|<)\s*/i;

/** A base or planned value: a number, or a bound written in words or signs. */
export function readIndicatorValue(cell: GridCell | null): CellReading<IndicatorValue> {
  const number = numberCellDecimal(cell);
  if (number !== null) return { kind: 'value', value: { value: number, bound: null } };
  if (cell && typeof cell.value === 'string' && !cell.error) {
    const text = cell.value.trim();
    const lower = LOWER_BOUND.exec(text);
    const upper = lower ? null : UPPER_BOUND.exec(text);
    const bound = lower ? 'min' : upper ? 'max' : null;
    if (bound) {
      const rest = text.slice((lower ?? upper)![0].length);
      const parsed = parseRussianNumber(rest);
      return parsed.kind === 'number' ? { kind: 'value', value: { value: parsed.value, bound } } : { kind: 'invalid', text };
    }
  }
  const amount = readAmount(cell);
  return amount.kind === 'value' ? { kind: 'value', value: { value: amount.value, bound: null } } : amount;
}

const NUMBER_SHAPE = /^\s*[-−–]?\s*\d[\d \u00a0\u202f']*(?:[.,]\d+)?\s*%?\s*$/;
export const DASH_ONLY = /^\s*[-–—‐−]\s*$/;
const BOUND_START = /^\s*(?:не\s|≥|≤|>|<)/i;

/** Does the cell look like a value of a numeric column (a number, a bound or a dash)? Used to see shifted rows; allocates nothing for most cells. */
export function looksLikeValue(cell: GridCell | null): boolean {
  if (!cell || cell.value === null || cell.value === undefined || cell.value === '') return false;
  if (cell.error || typeof cell.value === 'number') return true;
  if (typeof cell.value !== 'string') return false;
  const text = cell.value;
  if (startsWithWordLetter(text) || startsWithOtherMark(text)) return false;
  if (NUMBER_SHAPE.test(text) || DASH_ONLY.test(text)) return true;
  return BOUND_START.test(text) && readIndicatorValue(cell).kind === 'value';
}

/**
 * Does the text start with a printable ASCII mark that no number, dash or bound starts with — one other than a
 * digit, "-", "<" or ">" ("%", "(", "*", "№" is not ASCII)? Then it is none of them: a unit such as "%" is ruled
 * out with no expression run. (Each of the others starts, after any spaces, with a digit, a sign, a dash or
 * «не»: of those only "-", "<", ">" and the digits are ASCII, and no ASCII mark is a space.)
 */
function startsWithOtherMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return c > 0x20 && c < 0x7f && !(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x3c && c !== 0x3e;
}

/**
 * Does the text start with a Latin letter or a Cyrillic one other than «н»? Then it is no number, dash or
 * bound (each starts with a space, a digit, a sign, a dash or «не»): a name or a unit is ruled out with no
 * expression run.
 */
export function startsWithWordLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return true;
  const u = text.charCodeAt(0);
  return ((u >= 0x0410 && u <= 0x044f) || u === 0x0401 || u === 0x0451) && u !== 0x041d && u !== 0x043d;
}
