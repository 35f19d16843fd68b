// Where a table ends: at the title block of the next table ("Приложение №2", "Планируемые результаты…",
// "МУНИЦИПАЛЬНАЯ ПРОГРАММА") when several tables share a sheet.
import { ANNEX_TITLE, FUNDING_CAPTION, INDICATOR_CAPTION, headerForm } from './header-text';
import type { SheetView } from './sheet-view';

const PROGRAM_TITLE = /^муниципальная программа(?![а-яё])/;

export function isTitleRow(view: SheetView, row: number): boolean {
  const n = view.rowLength(row);
  let first = -1;
  let filled = 0;
  for (let col = 0; col < n; col++) {
    if (view.text(row, col) === '') continue;
    if (++filled > 2) return false;
    if (first < 0) first = col;
  }
  if (first < 0) return false;
  const form = headerForm(view.text(row, first).slice(0, 120));
  if (ANNEX_TITLE.test(form) || PROGRAM_TITLE.test(form)) return true;
  return filled === 1 && (FUNDING_CAPTION.test(form) || INDICATOR_CAPTION.test(form));
}
