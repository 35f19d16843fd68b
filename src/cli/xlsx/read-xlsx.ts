// Reading the user's .xlsx from disk; the conversion to grids (streamed) is shared with the preview.
import { readFile } from 'node:fs/promises';
import type { Grid } from '../../sheets/grid';
import { readXlsxGrids } from '../../sheets/xlsx/xlsx-grids';

export async function readXlsxBuffer(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return readXlsxGrids(buffer);
}

export async function readXlsxFile(file: string): Promise<Grid[]> {
  return readXlsxGrids(await readFile(file));
}
