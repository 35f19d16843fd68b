// The look of the official tables: header cells, text cells, amounts and indicator values.
import { decimalPlaces, formatDecimalRu, type Decimal } from '../../domain/amount';
import type { IndicatorValue } from '../../domain/model/indicators';
import type { CellStyle, GridCell } from '../grid';

export const HEADER_STYLE: CellStyle = { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', border: true, fill: '#F2F2F2' };
export const TEXT_STYLE: CellStyle = { wrap: true, horizontal: 'left', vertical: 'top', border: true };
export const CENTER_STYLE: CellStyle = { wrap: true, horizontal: 'center', vertical: 'top', border: true };
export const NUMBER_STYLE: CellStyle = { horizontal: 'right', vertical: 'top', border: true };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 12, wrap: true, horizontal: 'center', vertical: 'middle' };
export const ANNEX_NOTE_STYLE: CellStyle = { horizontal: 'right', vertical: 'middle' };

export function bold(style: CellStyle): CellStyle {
  return { ...style, bold: true };
}

/**
 * "# ##0,0" with the locale's thousands separator, zero shown as "0" as the published tables write it.
 * `precision` decimals (1 for тыс. руб.).
 */
export function amountFormat(precision: number): string {
  const body = precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
  return `${body};-${body};0`;
}

/** A number format that shows a value with as many decimals as it was written with ("100,0", "96,68", "95"). */
export function writtenDecimalsFormat(d: Decimal): string {
  const places = decimalPlaces(d);
  return places > 0 ? `0.${'0'.repeat(places)}` : '0';
}

export function textCell(text: string, style: CellStyle = TEXT_STYLE): GridCell {
  return { value: text === '' ? null : text, style };
}

/** An amount cell: the number as written (null: empty), in the amount format. */
export function amountCell(amount: Decimal | null, precision: number, style: CellStyle = NUMBER_STYLE): GridCell {
  return { value: amount === null ? null : Number(amount), numberFormat: amountFormat(precision), style };
}

/** A total cell: the formula and, as its cached result, the amount the table states. */
export function formulaCell(formula: string, cached: Decimal, precision: number, style: CellStyle = bold(NUMBER_STYLE)): GridCell {
  return { value: Number(cached), formula, numberFormat: amountFormat(precision), style };
}

/**
 * A base or planned value: a number shown with its written decimals, a bound as the text
 * "не менее 85" / "не более 5", or `empty` ("-" for a missing base value, "" for a missing plan).
 */
export function indicatorValueCell(v: IndicatorValue | null, empty: string): GridCell {
  if (v === null) return { value: empty === '' ? null : empty, style: CENTER_STYLE };
  if (v.bound !== null) return { value: `${v.bound === 'min' ? 'не менее' : 'не более'} ${formatDecimalRu(v.value)}`, style: CENTER_STYLE };
  return { value: Number(v.value), numberFormat: writtenDecimalsFormat(v.value), style: { ...NUMBER_STYLE, horizontal: 'center' } };
}
