// sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
// Exit 0: no error; 1: at least one error; 2: the input cannot be read.
import type { Lang } from '../../domain/finding';
import { checkWorkbook } from '../../sheets/check-workbook';
import { CliError, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { loadRulesConfig } from '../rules-config-file';
import { reportText, writeReportJson } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';
import { isReportWorkbook } from '../../sheets/read/report/report-reader';
import { sheetViews } from '../../sheets/read/sheet-view';

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
  // A report workbook's checking (and the store it may ask) is loaded only for a report workbook.
  if (isReportWorkbook(grids, views)) return (await import('./validate-report')).validateReportWorkbook(grids, { config, format, lang: lang as Lang, values }, io);
  if (values.program || values.previous || values.store) throw new CliError('--program, --store и --previous — для книги отчёта, а в этой книге нет форм отчёта R1/R2');
  const { report } = checkWorkbook(grids, config, views);
  if (format === 'json') writeReportJson(report, lang as Lang, io.stdout);
  else io.stdout(reportText(report, lang as Lang));
  return report.valid ? 0 : 1;
};
