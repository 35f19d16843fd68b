// Reading the user's .xlsx from disk; the conversion to grids (streamed) is shared with the preview.
// Parts are inflated by Node's zlib (native: no cold JavaScript inflater to warm up on every run).
import { readFileSync } from 'node:fs';
import type { Grid } from '../../sheets/grid';
import { readXlsxGrids } from '../../sheets/xlsx/xlsx-grids';
import { zlibInflate } from './zlib-inflate';

export async function readXlsxBuffer(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return readXlsxGrids(buffer, { inflate: zlibInflate });
}

export async function readXlsxFile(file: string): Promise<Grid[]> {
  return readXlsxGrids(readFileSync(file), { inflate: zlibInflate });
}
