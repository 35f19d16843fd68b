// The print annexes as an .xlsx: the writers' grids → ExcelJS (values, formulas, formats, merges, A4,
// orientation, header rows repeated, fit to width), then what the print layout adds on top: margins,
// centring on the page, and the row heights that show every line of wrapped and merged text.
import type ExcelJS from 'exceljs';
import type { AnnexGrid, PrintLayout } from '../../sheets/write/annex-workbook';
import { gridsToWorkbook } from '../xlsx/write-xlsx';

export function annexWorkbook(grids: readonly AnnexGrid[]): ExcelJS.Workbook {
  const wb = gridsToWorkbook(grids);
  for (const grid of grids) {
    const ws = wb.getWorksheet(grid.name);
    if (ws) applyPrintLayout(ws, grid.layout, grid.origin?.row ?? 0);
  }
  return wb;
}

export async function annexXlsx(grids: readonly AnnexGrid[]): Promise<Buffer> {
  return Buffer.from(await annexWorkbook(grids).xlsx.writeBuffer());
}

function applyPrintLayout(ws: ExcelJS.Worksheet, layout: PrintLayout, rowOffset: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: layout.orientation,
    fitToPage: layout.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: layout.horizontalCentered,
    margins: layout.margins,
  };
  layout.rowHeights.forEach((height, r) => {
    if (height !== null) ws.getRow(r + rowOffset + 1).height = height;
  });
}
