// Opening the user's .xlsx: every way it can fail becomes one line that says what and where.
// Synchronous node:fs: the workbook is read whole before anything else happens, and node:fs/promises would
// bring eight more of Node's own modules (readline, watchers) into every run of validate.
import { readFileSync, statSync } from 'node:fs';
import type { Grid } from '../sheets/grid';
import { CliError } from './cli-io';
import { XlsxReadError } from '../sheets/xlsx/xlsx-limits';
import { readXlsxBuffer } from './xlsx/read-xlsx';

export async function loadWorkbookFile(file: string): Promise<Grid[]> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    throw new CliError(`файл не найден: ${file}`);
  }
  if (isDirectory) throw new CliError(`${file} — это папка, а не файл; укажите файл книги Excel (.xlsx)`);
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw new CliError(`не удалось прочитать ${file}: ${readFailure(error)}`);
  }
  // An .xlsx is a zip archive: "PK\x03\x04".
  if (buffer.length < 4 || buffer.readUInt32BE(0) !== 0x504b0304) {
    throw new CliError(`${file} — не книга Excel (.xlsx)${buffer.length === 0 ? ': файл пуст' : ''}`);
  }
  let grids: Grid[];
  try {
    grids = await readXlsxBuffer(buffer);
  } catch (error) {
    // A refusal (a limit, a damaged part) says what and where itself.
    if (error instanceof XlsxReadError) throw new CliError(`${file}: ${error.message}`);
    throw new CliError(`${file} — не удалось прочитать как книгу Excel (.xlsx): ${(error as Error).message}`);
  }
  // Every workbook has a sheet; a zip without one is some other archive renamed .xlsx.
  if (grids.length === 0) throw new CliError(`${file} — не книга Excel (.xlsx): в архиве нет листов`);
  return grids;
}

/** Why a file could not be read, in Russian for the errors a user can fix; Node's message otherwise. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'нет прав на чтение файла';
  if (code === 'EISDIR') return 'это папка, а не файл';
  if (code === 'EBUSY') return 'файл занят другой программой; закройте его и повторите';
  return (error as Error).message;
}
