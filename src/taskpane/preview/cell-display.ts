// What a cell shows in the preview grid: numbers in Russian format with the decimals their number
// format asks for ("# ##0.0" → "423 767,8"), percentages, text as is.
import type { GridCell } from '../../sheets/grid';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number, percent: boolean): Intl.NumberFormat {
  const id = `${decimals}${percent ? '%' : ''}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat('ru-RU', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      style: percent ? 'percent' : 'decimal',
    });
    formats.set(id, f);
  }
  return f;
}

/**
 * Decimals written in an Excel number format's first section: "#,##0.0" → 1, "0.00%" → 2, "0" → 0,
 * "General" → null. In a format code "." is always the decimal point and "," the thousands separator.
 */
export function formatDecimals(format: string | null | undefined, value = 1): number | null {
  if (!format || format === 'General' || format === '@') return null;
  // Sections: positive; negative; zero.
  const sections = format.split(';');
  const chosen = (value < 0 ? sections[1] : value === 0 ? sections[2] : undefined) ?? sections[0];
  const section = chosen.replace(/"[^"]*"|\\./g, '');
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

export function displayText(cell: GridCell | null | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  const { value } = cell;
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof value === 'string') return value;
  const decimals = formatDecimals(cell.numberFormat, value);
  const percent = (cell.numberFormat ?? '').includes('%');
  if (decimals !== null) return numberFormat(decimals, percent).format(value);
  // General: up to ten significant decimals, Russian comma.
  return String(Math.round(value * 1e10) / 1e10).replace('.', ',');
}

export function isNumeric(cell: GridCell | null | undefined): boolean {
  return typeof cell?.value === 'number';
}
