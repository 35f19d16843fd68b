// What the task pane needs from the workbook it runs in. The Excel adapter implements it with the
// Excel JavaScript API (also over the in-memory stand-in in the preview and the tests).
import type { Severity } from '../domain/severity';
import type { Grid } from '../sheets/grid';
import type { CellFix } from '../sheets/resolve-fix';

export type { CellFix } from '../sheets/resolve-fix';

export interface CellHighlight {
  sheet: string;
  cell: string;
  severity: Severity;
}

export interface WorkbookHost {
  /**
   * Learns the workbook's sheets, their used ranges and what their cells cost (two small syncs), so that
   * the next `readGrids` is one sync while the workbook fits one answer, and the fewest its size allows
   * when it does not. The pane calls it when it opens; without it the first read costs a sync more.
   */
  prepare(): Promise<void>;
  /** Every worksheet's used range as a grid (values, formulas, number formats, types, merges): one sync. */
  readGrids(): Promise<Grid[]>;
  /**
   * Writes sheets (creating or replacing them by name) in one sync, split only beyond the request-size limit.
   * A replaced sheet is deleted only once its replacement is complete; a failed write leaves it as it was.
   */
  writeGrids(grids: readonly Grid[]): Promise<void>;
  /** Fills the cells by severity, remembering each cell's own fill: one sync. */
  highlight(cells: readonly CellHighlight[]): Promise<void>;
  /** Restores the fills that `highlight` replaced. */
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell (or a range, "B30:B35"). */
  select(sheet: string, cell: string): Promise<void>;
  /** Shows the sheet (Excel's worksheet.activate), as clicking its tab does: one sync. */
  activate(sheet: string): Promise<void>;
  /** Writes the fixes into their cells: one sync for all. */
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
}
