// A shared formula, written once in its first cell, given to another cell of its range: relative
// references move by the distance between the cells, absolute ones ($) stay. The same replacement
// ExcelJS makes (so that a workbook reads as it always did), on the formula text.
import { columnIndex, columnLetters } from '../address';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string | undefined, address: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(address);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    // Past XFD it is a name, not a column.
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    const col = columnIndex(letters) + (m[1] ? 0 : cols);
    const row = Number(m[4]) + (m[3] ? 0 : rows);
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(col)}${m[3] ?? ''}${row}`;
  });
}
