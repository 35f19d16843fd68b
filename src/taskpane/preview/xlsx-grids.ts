// Opening an .xlsx in the preview: the shared ExcelJS conversion (with cell styles, to draw the sheet),
// fetched only when a person opens a file, so that ExcelJS (about 1 MB) never weighs on the task pane.
import type { Grid } from '../../sheets/grid';

export async function gridsFromXlsx(data: ArrayBuffer): Promise<Grid[]> {
  const { xlsxToGrids } = await import(/* webpackChunkName: "preview-exceljs" */ '../../sheets/xlsx/workbook-grids');
  return xlsxToGrids(data, { styles: true });
}
