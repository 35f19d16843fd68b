// The unit an amount is written in: the program's tables and paragraphs state it ("тыс. руб." in a title,
// "Всего, тыс.руб." in a header, "млн руб." after a number), and every amount is compared in rubles' exact
// powers of ten: 1 млн руб. = 1 000 тыс. руб. = 1 000 000 руб.
// Their schemas are in unit-schema.ts, apart from these helpers: `sverka validate` loads no zod (amount-schema.ts).
import type { Decimal } from '../amount';
import type { Unit } from './unit-schema';

export type { Unit, UnitSource } from './unit-schema';

export const DEFAULT_UNIT: Unit = 'тыс. руб.';

/** The power of ten of a unit in rubles: руб. 0, тыс. руб. 3, млн руб. 6. */
export function unitExponent(unit: Unit): number {
  return unit === 'руб.' ? 0 : unit === 'тыс. руб.' ? 3 : 6;
}

/**
 * The decimals an amount in this unit is declared with: kopecks in руб. (2), the configured precision in
 * тыс. руб. (one decimal by default), thousands of rubles in млн руб. (3).
 */
export function unitPrecision(unit: Unit, thousandsPrecision: number): number {
  return unit === 'руб.' ? 2 : unit === 'тыс. руб.' ? thousandsPrecision : 3;
}

/** An amount written in `from`, written in `to`, exactly: moving the decimal point ("1.5" млн → "1500" тыс.). */
export function convertAmount(d: Decimal, from: Unit, to: Unit): Decimal {
  const shift = unitExponent(from) - unitExponent(to);
  if (shift === 0) return d;
  const negative = d.startsWith('-');
  const [whole, frac = ''] = (negative ? d.slice(1) : d).split('.');
  let digits = whole + frac;
  let point = whole.length + shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && !/^0(\.0*)?$/.test(body) ? `-${body}` : body;
}

/** The unit as people write it in a sentence: "тыс. руб.". */
export const UNIT_LABEL: Readonly<Record<Unit, { ru: string; en: string }>> = {
  'руб.': { ru: 'руб.', en: 'rubles' },
  'тыс. руб.': { ru: 'тыс. руб.', en: 'thousand rubles' },
  'млн руб.': { ru: 'млн руб.', en: 'million rubles' },
};

/** The unit of a table or paragraph: as stated, else тыс. руб. */
export function unitOf(form: { unit?: Unit } | null | undefined): Unit {
  return form?.unit ?? DEFAULT_UNIT;
}
