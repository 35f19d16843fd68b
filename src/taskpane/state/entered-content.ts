// Before a load replaces sheets the pane asks «Заменить листы? … всё введённое пропадёт» — only when a sheet holds
// something a person entered. A sheet that is as sverka wrote it (an untouched blank template, report forms just
// made, what this pane last wrote there, or exactly what is about to be written) loses nothing and is replaced
// without a question. Formats alone never count.
import { cellAt, type Grid, type GridCell } from '../../sheets/grid';

/** What a cell holds, as compared: its formula, else its value as text; null when empty. */
function content(cell: GridCell | null | undefined): string | null {
  if (!cell) return null;
  if (cell.formula) return `=${cell.formula.replace(/^=/, '')}`;
  if (cell.value === null || cell.value === undefined || cell.value === '') return null;
  return String(cell.value);
}

/** The cell at a sheet position (rows and columns from 0), whatever the grid's origin. */
function at(grid: Grid, row: number, col: number): GridCell | null {
  return cellAt(grid, row - (grid.origin?.row ?? 0), col - (grid.origin?.col ?? 0));
}

/** Is every non-empty cell of `sheet` the same in `written`? */
function sameAs(sheet: Grid, written: Grid): boolean {
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  return sheet.rows.every((row, r) => (row ?? []).every((cell, c) => {
    const held = content(cell);
    return held === null || held === content(at(written, top + r, left + c));
  }));
}

/** Whether a sheet holds anything a person entered: some content, and not as any of `generated` (same name) has it. */
export function holdsEnteredContent(sheet: Grid, generated: readonly Grid[]): boolean {
  const hasContent = sheet.rows.some((row) => row?.some((cell) => content(cell) !== null));
  if (!hasContent) return false;
  const name = sheet.name.toLowerCase();
  return !generated.some((g) => g.name.toLowerCase() === name && sameAs(sheet, g));
}
