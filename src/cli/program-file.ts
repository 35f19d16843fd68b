// A program from a file, for the commands that take one: a workbook (.xlsx) is read and checked with
// its cells; a .json file is a program model as `sverka export` prints it. Every failure is one line.
import { readFile, stat } from 'node:fs/promises';
import { checkProgram } from '../domain/check-program';
import { DEFAULT_CONFIG, type RulesConfig } from '../domain/config';
import { RUSSIAN_ZOD } from '../domain/messages/zod-errors';
import { Program } from '../domain/model/program';
import type { Report } from '../domain/report';
import { checkWorkbook } from '../sheets/check-workbook';
import { CliError } from './cli-io';
import { parseJsonText } from './json-text';
import { loadWorkbookFile } from './workbook-file';

/** A program model is a few megabytes at 1000× the worked example; past this a .json file is not one. */
export const MAX_PROGRAM_JSON_BYTES = 64 * 1024 * 1024;

/** `config`: the rules the program is checked with (--rules), the defaults by default. */
export async function readProgramFile(file: string, config: RulesConfig = DEFAULT_CONFIG): Promise<{ program: Program; report: Report }> {
  if (!/\.json$/i.test(file)) return checkWorkbook(await loadWorkbookFile(file), config);
  let size: number;
  let folder: boolean;
  try {
    const stats = await stat(file);
    [size, folder] = [stats.size, stats.isDirectory()];
  } catch {
    throw new CliError(`файл не найден: ${file}`);
  }
  // A folder named *.json: said so (as for --rules and a workbook), not the system's «EISDIR … read».
  if (folder) throw new CliError(`${file} — это папка, а не файл; укажите файл модели программы (.json)`);
  if (size > MAX_PROGRAM_JSON_BYTES) throw new CliError(`${file}: ${Math.ceil(size / 1024 / 1024)} МБ — больше, чем бывает модель программы (предел ${MAX_PROGRAM_JSON_BYTES / 1024 / 1024} МБ)`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`не удалось прочитать ${file}: ${(error as Error).message}`);
  }
  const json = parseJsonText(text, file);
  const parsed = Program.safeParse(json, RUSSIAN_ZOD);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file}: не модель программы — ${issue.path.join('.') || '(корень)'}: ${issue.message}`);
  }
  return { program: parsed.data, report: checkProgram({ program: parsed.data, config }) };
}
