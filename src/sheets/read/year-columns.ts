// The year columns of a two-row header: the merged "в том числе по годам…" cell over "2020 год … 2024 год".
// They are looked for in the header row and the two rows below it, right of the given column.
import type { YearSpan } from '../../domain/model/year-span';
import type { SheetView } from './sheet-view';
import { readYearHeader, type YearTag } from './year-header';

export interface YearColumn {
  year: YearSpan;
  col: number;
  /** "(факт)", "(оценка)", "(план)" when the header says so. */
  tag?: YearTag | null;
}

export interface YearHeader {
  /** The row holding the years (the header row itself or one below it). */
  row: number;
  columns: YearColumn[];
}

export function findYearColumns(view: SheetView, headerRow: number, afterCol: number, rowsBelow = 2): YearHeader | null {
  let best: YearHeader | null = null;
  for (let row = headerRow; row <= Math.min(headerRow + rowsBelow, view.height - 1); row++) {
    const columns: YearColumn[] = [];
    const n = view.rowLength(row);
    for (let col = afterCol + 1; col < n; col++) {
      const read = readYearHeader(view.cell(row, col));
      if (read) columns.push({ year: read.year, col, ...(read.tag ? { tag: read.tag } : {}) });
    }
    if (columns.length > (best?.columns.length ?? 0)) best = { row, columns };
  }
  return best;
}

/** The row of column numbers under the header of Приложение 2 ("1 2 3 … 11"). */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const filled = view.filledColumns(row);
  if (filled.length < 3) return false;
  let expected = Number(view.text(row, filled[0]).replace(/\.$/, ''));
  if (!Number.isInteger(expected) || expected > 2) return false;
  for (const col of filled) {
    if (Number(view.text(row, col).replace(/\.$/, '')) !== expected) return false;
    expected++;
  }
  return true;
}
