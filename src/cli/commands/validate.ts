// sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
// Exit 0: no error; 1: at least one error; 2: the input cannot be read.
import type { Lang } from '../../domain/finding';
import { checkWorkbook } from '../../sheets/check-workbook';
import { CliError, type CliIo, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { loadRulesConfig } from '../rules-config-file';
import { reportJson, reportText } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';
import { checkReportWorkbook } from '../../sheets/check-report-workbook';
import { isReportWorkbook, readReportWorkbook, type ReportReading } from '../../sheets/read/report/report-reader';
import { sheetViews } from '../../sheets/read/sheet-view';
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

function programNote(from: 'given' | 'workbook' | null): string {
  if (from === 'workbook') return 'Отчёт проверен против приложений этой же книги.\n';
  return 'Программы нет (ни приложений в книге, ни --program, ни --store): план отчёта с программой не сверялся (R001).\n';
}

/** What a report is checked against: the program version (null: the workbook's annexes) and the previous period's report (R005). */
interface ReportBasis {
  against: { program: Program; words: string } | null;
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
    return { against: { program, words: `программы ${values.program}` }, previous: given };
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
    return { against: { program, words: `программы ${stored.programId} версии ${version} из хранилища ${store}` }, previous };
  } catch (error) {
    throw storeCliError(error);
  }
}

const HELP = `sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
                [--program PROGRAM.xlsx|PROGRAM.json | --store URL [--token T]] [--previous REPORT.xlsx]
  Проверяет паспорт, Приложение 1 и Приложение 2 книги по правилам.
  Книгу отчёта (формы R1/R2 «Выполнение мероприятий…», «Достижение планируемых результатов») узнаёт
  по шапкам и проверяет по правилам R001–R009: против приложений той же книги, программы --program или
  версии из хранилища --store, названной в шапке отчёта строкой «Программа: ID — версия N» (её пишет
  sverka report template); --program не тот файл или не та программа, что в этой строке, — отказ.
  --store URL  адрес хранилища (или SVERKA_STORE_URL, если в шапке есть эта строка); из хранилища берётся и
               принятый отчёт за предыдущий период того же года (R005) — как его возьмёт хранилище при отправке;
               токен — --token или SVERKA_STORE_TOKEN
  --previous   принятый отчёт за предыдущий период того же года (R005) из файла (вместо хранилища).
  Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не прочитать.
`;

const OPTIONS = {
  store: { type: 'string' },
  token: { type: 'string' },
  format: { type: 'string' },
  rules: { type: 'string' },
  lang: { type: 'string' },
  program: { type: 'string' },
  previous: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const validateCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`--format: «${format}» — ожидается text или json`);
  const lang = values.lang ?? 'ru';
  if (lang !== 'ru' && lang !== 'en') throw new CliError(`--lang: «${lang}» — ожидается ru или en`);

  const file = oneFile(positionals, HELP);
  const config = await loadRulesConfig(values.rules);
  const grids = await loadWorkbookFile(file);
  // One set of sheet views for the look at a report's forms and the program's reading (texts folded once).
  const views = sheetViews(grids);
  if (isReportWorkbook(grids, views)) {
    const reading = readReportWorkbook(grids)!;
    const { against, previous } = await reportBasis(reading, values, io);
    const checked = checkReportWorkbook(grids, { config, program: against?.program ?? null, previous })!;
    io.stderr(referenceNote(reading) + (against ? `Отчёт проверен против ${against.words}.\n` : programNote(checked.program?.from ?? null)));
    const { report } = checked;
    io.stdout(format === 'json' ? JSON.stringify(reportJson(report, lang as Lang), null, 2) + '\n' : reportText(report, lang as Lang));
    return report.valid ? 0 : 1;
  }
  if (values.program || values.previous || values.store) throw new CliError('--program, --store и --previous — для книги отчёта, а в этой книге нет форм отчёта R1/R2');
  const { report } = checkWorkbook(grids, config, views);
  io.stdout(format === 'json' ? JSON.stringify(reportJson(report, lang as Lang), null, 2) + '\n' : reportText(report, lang as Lang));
  return report.valid ? 0 : 1;
};
