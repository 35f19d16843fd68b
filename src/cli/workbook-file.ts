// Opening the user's .xlsx: every way it can fail becomes one line that says what and where.
// Synchronous node:fs: the workbook is read whole before anything else happens, and node:fs/promises would
// bring eight more of Node's own modules (readline, watchers) into every run of validate.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Grid } from '../sheets/grid';
import { CliError } from './cli-io';
import { XlsxReadError } from '../sheets/xlsx/xlsx-limits';
import { readXlsxBuffer } from './xlsx/read-xlsx';

/**
 * The most bytes read from a device or a pipe, whose size is not known before it is read: a workbook's XML
 * may not pass 100 MB decompressed (XLSX_LIMITS). A device that never ends (/dev/zero) is refused before it
 * fills the memory. A regular file is read whole whatever its size up to Node's own 2 GB (pictures add
 * to a workbook's file, and they are not read), so that a real workbook is never refused for its size.
 */
export const MAX_STREAMED_WORKBOOK_BYTES = 256 * 1024 * 1024;

/** An .xlsx is a zip archive: "PK\x03\x04". */
const ZIP_MAGIC = 0x504b0304;

export async function loadWorkbookFile(file: string, maxStreamed = MAX_STREAMED_WORKBOOK_BYTES): Promise<Grid[]> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    throw new CliError(`файл не найден: ${file}`);
  }
  if (isDirectory) throw new CliError(`${file} — это папка, а не файл; укажите файл книги Excel (.xlsx)`);
  let buffer: Buffer;
  try {
    buffer = readWhole(file, maxStreamed);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`не удалось прочитать ${file}: ${readFailure(error)}`);
  }
  if (!isZip(buffer)) throw new CliError(`${file} — не книга Excel (.xlsx)${buffer.length === 0 ? ': файл пуст' : ''}`);
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

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === ZIP_MAGIC;
}

function tooBig(file: string, maxBytes: number): CliError {
  return new CliError(`${file}: поток длиннее ${megabytes(maxBytes)} МБ — это не книга программы; дальше он не читается`);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('ru-RU', { maximumFractionDigits: 1 });
}

/**
 * The file's bytes. A regular file's size is known before it is read, and it is read at once; a device or
 * a pipe is read a piece at a time, and given up as soon as its first bytes are not a zip's or it runs
 * past maxStreamed. (A named pipe nothing writes to is waited for, as any program reading it waits.)
 */
function readWhole(file: string, maxStreamed: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).isFile()) return readFileSync(fd);
    const pieces: Buffer[] = [];
    let total = 0;
    let looked = false;
    const piece = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const n = readSync(fd, piece, 0, piece.length, null);
      if (n === 0) break;
      // A copy of what was read: a pipe that gives a byte at a time holds a byte a read, not a piece of 64 KB.
      pieces.push(Buffer.from(piece.subarray(0, n)));
      total += n;
      if (!looked && total >= 4) {
        looked = true;
        // Not a zip: what was read is enough for the message, the rest is not read.
        if (!isZip(Buffer.concat(pieces, total))) break;
      }
      if (total > maxStreamed) throw tooBig(file, maxStreamed);
    }
    return Buffer.concat(pieces, total);
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, in Russian for the errors a user can fix; Node's message otherwise. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'нет прав на чтение файла';
  if (code === 'EISDIR') return 'это папка, а не файл';
  if (code === 'EBUSY') return 'файл занят другой программой; закройте его и повторите';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'файл больше 2 ГБ — это не книга программы';
  return (error as Error).message;
}
