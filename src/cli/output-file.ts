// Writing what a command makes: never over the file it was made from (compared by identity — device and
// inode —, so that a symbolic or hard link to the input, or the same file by another path, is refused
// like the input itself), and, where the command says so, never over an existing file without --force.
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-io';

async function identity(file: string): Promise<{ dev: number; ino: number } | null> {
  try {
    const s = await stat(file);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** Refuses `out` (given as option `option`) when it is one of `inputs`, by path or by identity. */
export async function refuseInputAsOutput(option: string, out: string, inputs: readonly string[]): Promise<void> {
  const target = await identity(out);
  for (const input of inputs) {
    const same = resolve(out) === resolve(input) || (target !== null && (await identity(input).then((i) => i !== null && i.dev === target.dev && i.ino === target.ino)));
    if (same) throw new CliError(`${option}: «${out}» — это исходный файл ${input}${resolve(out) === resolve(input) ? '' : ' (ссылка на него)'}; укажите другой файл`);
  }
}

/** Writes `data` to `file`; with `overwrite: false` an existing file is refused (the message names --force). */
export async function writeOutput(file: string, data: Buffer, options: { overwrite: boolean }): Promise<void> {
  try {
    await writeFile(file, data, { flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      // A folder of that name: --force would not help (it is refused as a folder, EISDIR).
      if (await stat(file).then((s) => s.isDirectory(), () => false)) throw writeFailure(file, Object.assign(new Error(), { code: 'EISDIR' }));
      throw new CliError(`${file} уже есть — не перезаписан; укажите другой файл или добавьте --force`);
    }
    throw writeFailure(file, error);
  }
}

/** Why the system would not write: in Russian, by its code (the system's own English words are not shown). */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'такой папки нет — создайте её или укажите другой путь',
  ENOTDIR: 'в пути к файлу есть файл, а не папка — укажите другой путь',
  EISDIR: 'это папка, а не файл — укажите имя файла',
  EACCES: 'нет прав на запись в этот файл или папку',
  EPERM: 'нет прав на запись в этот файл или папку',
  EROFS: 'диск или папка только для чтения',
  ENOSPC: 'на диске нет места',
  EDQUOT: 'превышена квота на диске',
  EBUSY: 'файл занят другой программой (открыт в Excel?) — закройте его и повторите',
  ENAMETOOLONG: 'слишком длинное имя файла',
};

/** The CliError for a file that could not be written: the file and the reason in Russian (with the system's code). */
export function writeFailure(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code !== undefined ? WRITE_REASONS[code] : undefined;
  return new CliError(`не удалось записать ${file}: ${reason ?? 'ошибка записи'}${code ? ` (${code})` : ''}`);
}
