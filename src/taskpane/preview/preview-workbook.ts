// The preview's workbook: the Excel stand-in's in-memory book, with a change signal so that the
// rendered grid follows every batch the real adapter runs against it (and the sheet tabs a person clicks).
import type { ExcelRun } from '../../excel/excel-api';
import type { StandInWorkbook } from '../../excel/stand-in/stand-in-workbook';
import { parseRussianNumber } from '../../domain/amount';
import { toA1 } from '../../sheets/address';
import type { Grid } from '../../sheets/grid';

export class PreviewWorkbook {
  private version = 0;
  private readonly listeners = new Set<() => void>();
  /** `Excel.run` over the stand-in, telling the view after each batch (also a failed one). */
  readonly run: ExcelRun;

  constructor(
    readonly book: StandInWorkbook,
    standInRun: ExcelRun,
  ) {
    this.run = (batch) => standInRun(batch).finally(() => this.changed());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the book may have changed (for useSyncExternalStore). */
  snapshot = (): number => this.version;

  /** Shows another sheet, as clicking its tab in Excel does. */
  activate(sheet: string): void {
    this.book.activeSheet = sheet;
    this.changed();
  }

  /** Selects a cell, as clicking it in Excel does. */
  selectCell(sheet: string, row: number, col: number): void {
    this.book.activeSheet = sheet;
    this.book.selection = { sheet, address: toA1(row, col) };
    this.changed();
  }

  /**
   * Types into a cell, as a person does in Excel: "=…" is a formula, a Russian number ("1 567,0") a
   * number, anything else text; an empty entry clears the cell's content (its formatting stays).
   */
  editCell(sheetName: string, row: number, col: number, text: string): void {
    const sheet = this.book.sheet(sheetName);
    if (!sheet) return;
    const cell = sheet.touch(row, col);
    const entry = text.trim();
    delete cell.formula;
    delete cell.error;
    if (entry.startsWith('=') && entry.length > 1) {
      cell.formula = entry.slice(1);
      delete cell.value; // computed when read
    } else {
      const parsed = parseRussianNumber(entry);
      if (parsed.kind === 'number') cell.value = Number(parsed.value);
      else if (entry === '') delete cell.value;
      else cell.value = entry;
    }
    this.recalculate();
    this.selectCell(sheet.name, row, col);
  }

  /** After an edit, formulas the stand-in can compute (sums) show their new result, as Excel recalculates. */
  private recalculate(): void {
    for (const sheet of this.book.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const cached = { value: cell.value, error: cell.error };
        delete cell.value;
        delete cell.error;
        const [row, col] = key.split(',').map(Number);
        const computed = this.book.valueOf(sheet, row, col);
        if (computed.error && computed.value === '#NAME?' && cached.value !== undefined) {
          // Beyond the stand-in's arithmetic: keep the value the file came with.
          cell.value = cached.value;
          if (cached.error) cell.error = cached.error;
        }
      }
    }
  }

  /** Replaces the whole book (an opened .xlsx file). */
  replaceWith(grids: readonly Grid[]): void {
    for (const sheet of [...this.book.sheets]) this.book.deleteSheet(sheet);
    for (const grid of grids) this.book.putGrid(grid);
    if (this.book.sheets.length === 0) this.book.addSheet();
    this.book.activeSheet = this.book.sheets[0].name;
    this.book.selection = null;
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
