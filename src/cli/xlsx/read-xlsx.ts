// Reading the user's .xlsx from disk; the conversion to grids is shared with the preview.
import { readFile } from 'node:fs/promises';
import type { Grid } from '../../sheets/grid';
import { xlsxToGrids } from '../../sheets/xlsx/workbook-grids';

export async function readXlsxBuffer(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return xlsxToGrids(buffer);
}

export async function readXlsxFile(file: string): Promise<Grid[]> {
  return xlsxToGrids(await readFile(file));
}
