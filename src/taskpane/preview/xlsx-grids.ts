// Opening an .xlsx in the preview: the streaming reader the CLI uses (with cell styles, to draw the
// sheet), fetched only when a person opens a file, so that it never weighs on the task pane.
import type { Grid } from '../../sheets/grid';

export async function gridsFromXlsx(data: ArrayBuffer): Promise<Grid[]> {
  const { readXlsxGrids } = await import(/* webpackChunkName: "preview-xlsx" */ '../../sheets/xlsx/xlsx-grids');
  return readXlsxGrids(data, { styles: true });
}
