// sverka validate on a report workbook (forms R1/R2): what it is checked against (the workbook's annexes,
// --program, or the store's version named in its title block) and the report. Loaded only when the workbook
// is a report's, so that validating a program's workbook loads no store client, no hashing.
import type { Lang, Localized } from '../../domain/finding';
import type { RulesConfig } from '../../domain/config';
import { checkReportWorkbook } from '../../sheets/check-report-workbook';
import type { Grid } from '../../sheets/grid';
import { CliError, type CliIo } from '../cli-io';
import { reportText, writeReportJson } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';
import { readReportWorkbook, type ReportReading } from '../../sheets/read/report/report-reader';
import type { Program } from '../../domain/model/program';
import { programIdOf } from '../../store/program-id';
import { StoreClient } from '../../store/client';
import { defaultVersion } from '../../store/default-version';
import { previousAcceptedReport } from '../../store/previous-report';
import { checkGivenProgram, programFileReference, referenceNote, storedReference } from '../report-reference';
import { storeAddressOf, storeTokenOf } from '../store-address';
import { storeCliError } from '../store-error';
import type { ProgramReport } from '../../domain/reporting/model';
import { readProgramFile } from '../program-file';

/** --previous: the previous period's report, read from its workbook. */
async function readPreviousReport(file: string): Promise<ProgramReport> {
  const reading = readReportWorkbook(await loadWorkbookFile(file));
  if (!reading) throw new CliError(`--previous: в ${file} нет форм отчёта R1/R2`);
  return reading.report;
}

function programNote(from: 'given' | 'workbook' | null, lang: Lang): string {
  if (lang === 'en') {
    if (from === 'workbook') return 'The report was checked against the annexes of the same workbook.\n';
    return 'No program (no annexes in the workbook, no --program, no --store): the report\'s plan was not compared with a program (R001).\n';
  }
  if (from === 'workbook') return 'Отчёт проверен против приложений этой же книги.\n';
  return 'Программы нет (ни приложений в книге, ни --program, ни --store): план отчёта с программой не сверялся (R001).\n';
}

/** What a report is checked against: the program version (null: the workbook's annexes) and the previous period's report (R005). */
interface ReportBasis {
  against: { program: Program; words: Localized } | null;
  previous: ProgramReport | null;
}

/**
 * What a report is checked against. --program FILE (refused when the report's line names another file or
 * program), or --store URL (or SVERKA_STORE_URL when the report has the line): the stored version the report's
 * line names, and the previous period's accepted report from the store, as the store takes both when the
 * report is pushed (R005). Neither: the workbook's annexes. --previous REPORT.xlsx is the previous period's report in place of the store's.
 */
async function reportBasis(reading: ReportReading, values: { program?: string; store?: string; token?: string; previous?: string }, io: CliIo): Promise<ReportBasis> {
  if (values.program && values.store) throw new CliError('укажите одно: --program FILE или --store URL');
  const given = values.previous ? await readPreviousReport(values.previous) : null;
  if (values.program) {
    const { program } = await readProgramFile(values.program);
    const file = await programFileReference(values.program);
    checkGivenProgram(reading, { file: values.program, sha256: file.sha256, programId: programIdOf(program) });
    return { against: { program, words: { ru: `программы ${values.program}`, en: `the program ${values.program}` } }, previous: given };
  }
  const store = storeAddressOf(values.store, io);
  if (!store) return { against: null, previous: given };
  const stored = storedReference(reading);
  // SVERKA_STORE_URL alone does not make a report without the line one of the store's.
  if (!stored && values.store === undefined) return { against: null, previous: given };
  if (!stored) throw new CliError('--store: в шапке отчёта нет строки «Программа: ID — версия N» (её пишет sverka report template --store) — какую версию брать, неизвестно; укажите --program FILE');
  const client = new StoreClient({ baseUrl: store, token: storeTokenOf(values.token, io) });
  try {
    const version = stored.version ?? defaultVersion((await client.listVersions(stored.programId)).versions);
    if (version === null) throw new CliError(`в хранилище нет версий программы ${stored.programId}`);
    const { program } = await client.getVersion(stored.programId, version);
    const previous = given ?? (await previousAcceptedReport(client, stored.programId, reading.report.period));
    return { against: { program, words: { ru: `программы ${stored.programId} версии ${version} из хранилища ${store}`, en: `the program ${stored.programId} version ${version} from the store ${store}` } }, previous };
  } catch (error) {
    throw storeCliError(error);
  }
}

/** Checks a report workbook and prints its report; the exit code. */
export async function validateReportWorkbook(
  grids: Grid[],
  options: { config: RulesConfig; format: 'text' | 'json'; lang: Lang; values: { program?: string; store?: string; token?: string; previous?: string } },
  io: CliIo,
): Promise<number> {
  const { config, format, lang, values } = options;
  const reading = readReportWorkbook(grids)!;
  const { against, previous } = await reportBasis(reading, values, io);
  const checked = checkReportWorkbook(grids, { config, program: against?.program ?? null, previous })!;
  const checkedAgainst = against ? (lang === 'en' ? `The report was checked against ${against.words.en}.\n` : `Отчёт проверен против ${against.words.ru}.\n`) : programNote(checked.program?.from ?? null, lang);
  io.stderr(referenceNote(reading, lang) + checkedAgainst);
  const { report } = checked;
  if (format === 'json') writeReportJson(report, lang, io.stdout);
  else io.stdout(reportText(report, lang));
  return report.valid ? 0 : 1;
}
