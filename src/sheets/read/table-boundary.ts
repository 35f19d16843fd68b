// Where a table ends: at the title block of the next table ("Приложение №2", "Планируемые результаты…",
// "МУНИЦИПАЛЬНАЯ ПРОГРАММА") when several tables share a sheet.
import { ANNEX_TITLE, FUNDING_CAPTION, INDICATOR_CAPTION, headerForm } from './header-text';
import { looksLikeValue } from './cell-value';
import type { SheetView } from './sheet-view';

const PROGRAM_TITLE = /^муниципальная программа(?![а-яё])/;

export function isTitleRow(view: SheetView, row: number): boolean {
  // The row's filled columns are found once and shared with the other readers.
  const columns = view.filledColumns(row);
  const filled = columns.length;
  if (filled === 0 || filled > 2) return false;
  const first = columns[0];
  const form = headerForm(view.text(row, first).slice(0, 120));
  if (ANNEX_TITLE.test(form)) return true;
  // "Муниципальная программа «…» на 2014 - 2025 годы" spanning a table, its indicators under it, is the table's caption.
  if (PROGRAM_TITLE.test(form)) return !dataFollows(view, row);
  return filled === 1 && (FUNDING_CAPTION.test(form) || INDICATOR_CAPTION.test(form));
}

/** Do the next rows hold values (two numbers or more on a row)? */
function dataFollows(view: SheetView, row: number): boolean {
  for (let r = row + 1; r < Math.min(view.height, row + 4); r++) {
    let values = 0;
    const n = view.rowLength(r);
    for (let col = 0; col < n && values < 2; col++) if (view.text(r, col) !== '' && looksLikeValue(view.cell(r, col))) values++;
    if (values >= 2) return true;
  }
  return false;
}
