// The program a report workbook refers to (its title block's line «Программа: …», program-reference-text.ts)
// against what the command line says: `sverka push` takes the stored program from the line when no
// --program-id is given, `sverka validate` names the version it checks against; a line and an option that
// disagree are refused with both named, never a silent choice.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ProgramFileReference, ProgramReference } from '../domain/reporting/model';
import { programReferenceWords, sameProgramFile } from '../domain/reporting/program-reference-text';
import type { ReportReading } from '../sheets/read/report/report-reader';
import { CliError } from './cli-io';

/** A program file's identity: its name and the SHA-256 of its bytes. */
export async function programFileReference(file: string): Promise<ProgramFileReference> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliError(`файл не найден: ${file}`);
  }
  return { name: basename(file), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Where the line is: «Форма R1!A5». */
function at(reading: ReportReading): string {
  const ref = reading.provenance.get('report/program') ?? reading.unreadProgramLine?.ref;
  return ref ? ` (${ref.sheet}!${ref.cell})` : '';
}

/** The workbook's line, or null when it has none. A line edited out of its shape is an error of its own. */
function lineOf(reading: ReportReading): ProgramReference | null {
  const ref = reading.report.program;
  if (ref.programId !== null || ref.file) return ref;
  return null;
}

function unreadLine(reading: ReportReading, what: string): CliError | null {
  const unread = reading.unreadProgramLine;
  if (!unread) return null;
  return new CliError(
    `строка программы в шапке отчёта${at(reading)} не читается: «${unread.text.slice(0, 200)}» — ожидается «Программа: ID — версия N» или «Программа: файл ИМЯ — SHA-256 …» (как её пишет sverka report template); ${what}`,
  );
}

/**
 * The stored program and version a report is pushed against: --program-id/--program-version, else the
 * workbook's line; both given and different — refused. `version` null: the latest accepted (the caller's choice).
 */
export function pushTarget(reading: ReportReading, options: { programId?: string; version?: number | null }): { programId: string; version: number | null; from: 'line' | 'option' } {
  const line = lineOf(reading);
  const given = options.programId;
  if (line?.programId && given !== undefined && given !== line.programId) {
    throw new CliError(`книга отчёта составлена по программе ${line.programId}${at(reading)}, а --program-id — ${given}: не совпадают. Уберите --program-id или составьте отчёт заново (sverka report template)`);
  }
  if (line?.programId && line.version !== null && options.version != null && options.version !== line.version) {
    throw new CliError(`книга отчёта составлена по версии ${line.version} программы ${line.programId}${at(reading)}, а --program-version — ${options.version}: не совпадают. Уберите --program-version или составьте отчёт заново`);
  }
  if (given !== undefined) return { programId: given, version: options.version ?? (line?.programId === given ? line.version : null), from: 'option' };
  if (line?.programId) return { programId: line.programId, version: options.version ?? line.version, from: 'line' };
  const unread = unreadLine(reading, 'укажите --program-id ID');
  if (unread) throw unread;
  if (line?.file) throw new CliError(`книга отчёта составлена по программе ${programReferenceWords(line)}${at(reading)}, а не по версии в хранилище: укажите --program-id ID (программа в хранилище)`);
  throw new CliError('в книге отчёта нет строки «Программа: …» (её пишет sverka report template --store): укажите --program-id ID (программа в хранилище, к которой относится отчёт)');
}

/** The program given by --program FILE against the workbook's line: the same file (by SHA-256) or the same stored program (by its id). */
export function checkGivenProgram(reading: ReportReading, given: { file: string; sha256: string; programId: string }): void {
  const line = lineOf(reading);
  if (line?.file && !sameProgramFile(line, given.sha256)) {
    throw new CliError(
      `книга отчёта составлена по программе ${programReferenceWords(line)}${at(reading)}, а --program — ${basename(given.file)} (SHA-256 ${given.sha256.slice(0, 16)}…): другой файл. Укажите тот файл или составьте отчёт заново (sverka report template --program)`,
    );
  }
  if (line?.programId && line.programId !== given.programId) {
    throw new CliError(`книга отчёта составлена по программе ${line.programId}${at(reading)}, а --program — программа ${given.programId}: другая программа`);
  }
}

/** What the report is checked against, for the line on stderr (validate --lang). */
export function referenceNote(reading: ReportReading, lang: 'ru' | 'en' = 'ru'): string {
  const line = lineOf(reading);
  const unread = reading.unreadProgramLine;
  const en = lang === 'en';
  if (line) return en ? `The report was laid out from the program ${programReferenceWords(line, 'en')}${at(reading)}.\n` : `Отчёт составлен по программе ${programReferenceWords(line)}${at(reading)}.\n`;
  if (unread) return en ? `The program line in the header${at(reading)} cannot be read: “${unread.text.slice(0, 200)}”.\n` : `Строка программы в шапке${at(reading)} не читается: «${unread.text.slice(0, 200)}».\n`;
  return '';
}

/** The stored version the line names, for validate --store: null when the line names a file or nothing. */
export function storedReference(reading: ReportReading): { programId: string; version: number | null } | null {
  const line = lineOf(reading);
  return line?.programId ? { programId: line.programId, version: line.version } : null;
}
