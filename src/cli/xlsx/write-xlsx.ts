// Grids → an .xlsx workbook (ExcelJS): values, formulas with their cached results, number formats,
// styles, merges, drop-down lists and the print setup (A4, orientation, rows repeated on each page,
// fit to the page width).
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { rangeToA1 } from '../../sheets/address';
import { placeLists } from '../../sheets/list-sheets';
import { printRowHeights } from '../../sheets/write/row-heights';
import type { CellStyle, Grid, GridCell } from '../../sheets/grid';
import { sheetValidations } from '../../sheets/xlsx/validation-lists';

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);
const A4 = 9;
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

export function gridsToWorkbook(grids: readonly Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'sverka';
  // All table sheets first, then each table's hidden sheet of long lists (when a list needs one), named
  // and filled as the Excel adapter does it (src/sheets/list-sheets.ts).
  const sheets = grids.map((g) => wb.addWorksheet(g.name));
  const taken = grids.map((g) => g.name);
  grids.forEach((grid, i) => {
    const { sources, lists } = placeLists(grid, taken);
    writeSheet(sheets[i], grid, sources);
    if (lists) {
      taken.push(lists.name);
      writeSheet(wb.addWorksheet(lists.name, { state: 'hidden' }), lists, []);
    }
  });
  return wb;
}

export async function writeXlsxBuffer(grids: readonly Grid[]): Promise<Buffer> {
  return Buffer.from(await gridsToWorkbook(grids).xlsx.writeBuffer());
}

export async function writeXlsxFile(grids: readonly Grid[], file: string): Promise<void> {
  await writeFile(file, await writeXlsxBuffer(grids));
}

/** `sources`: each validation's source as placeLists gives it (a typed list, or "='…'!$A$1:$A$5"). */
function writeSheet(ws: ExcelJS.Worksheet, grid: Grid, sources: readonly string[]): void {
  const rowOffset = grid.origin?.row ?? 0;
  const colOffset = grid.origin?.col ?? 0;
  grid.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell) return;
      writeCell(ws.getCell(r + rowOffset + 1, c + colOffset + 1), cell);
    });
  });
  // Heights the layout gives (the print annexes) win; else the same estimate made here (row-heights.ts).
  (grid.layout?.rowHeights ?? printRowHeights(grid, grid.layout?.columnWidths ?? [])).forEach((height, r) => {
    if (height !== null) ws.getRow(r + rowOffset + 1).height = height;
  });
  for (const m of grid.merges) ws.mergeCells(m.top + rowOffset + 1, m.left + colOffset + 1, m.bottom + rowOffset + 1, m.right + colOffset + 1);

  const validations = sheetValidations(ws);
  for (const [i, v] of (grid.validations ?? []).entries()) {
    const source = sources[i];
    const range = { top: v.range.top + rowOffset, left: v.range.left + colOffset, bottom: v.range.bottom + rowOffset, right: v.range.right + colOffset };
    validations.add(rangeToA1(range), {
      type: 'list',
      allowBlank: true,
      formulae: [source.startsWith('=') ? source.slice(1) : `"${source}"`],
      // A warning, not a stop: a name outside the dictionary ("Бюджет городского округа Ступино") may stay.
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Значение не из списка',
      error: 'Значение не из справочника. Оставить его? / The value is not in the list. Keep it?',
    });
  }

  const layout = grid.layout;
  if (!layout) return;
  layout.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + colOffset + 1).width = width;
  });
  const pageSetup: Partial<ExcelJS.PageSetup> = { paperSize: A4, orientation: layout.orientation ?? 'portrait' };
  if (layout.fitToWidth) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (layout.printTitleRows) pageSetup.printTitlesRow = `${layout.printTitleRows[0] + rowOffset + 1}:${layout.printTitleRows[1] + rowOffset + 1}`;
  if (layout.margins) pageSetup.margins = layout.margins;
  if (layout.horizontalCentered) pageSetup.horizontalCentered = true;
  ws.pageSetup = { ...ws.pageSetup, ...pageSetup };
}

function writeCell(target: ExcelJS.Cell, cell: GridCell): void {
  const isError = cell.error === true && typeof cell.value === 'string' && ERROR_VALUES.has(cell.value);
  if (cell.formula) {
    const result = isError ? { error: cell.value as ExcelJS.CellErrorValue['error'] } : (cell.value ?? undefined);
    target.value = { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  } else if (isError) {
    target.value = { error: cell.value as ExcelJS.CellErrorValue['error'] };
  } else {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.style) applyStyle(target, cell.style);
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.fontSize) {
    target.font = { name: 'Times New Roman', size: style.fontSize ?? 11, bold: style.bold === true, italic: style.italic === true };
  } else {
    target.font = { name: 'Times New Roman', size: 11 };
  }
  if (style.wrap || style.horizontal || style.vertical) {
    target.alignment = { wrapText: style.wrap === true, horizontal: style.horizontal, vertical: style.vertical };
  }
  if (style.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.replace('#', '').toUpperCase()}` } };
}
