// sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
// Exit 0: no error; 1: at least one error; 2: the input cannot be read.
import type { Lang } from '../../domain/finding';
import { checkWorkbook } from '../../sheets/check-workbook';
import { CliError, type Command } from '../cli-io';
import { oneFile, parseCommandOptions } from '../command-options';
import { loadRulesConfig } from '../rules-config-file';
import { reportJson, reportText } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';
import { checkReportWorkbook } from '../../sheets/check-report-workbook';
import { isReportWorkbook, readReportWorkbook } from '../../sheets/read/report/report-reader';
import type { ProgramReport } from '../../domain/reporting/model';
import { readProgramFile } from '../program-file';

/** --previous: the previous period's report, read from its workbook. */
async function readPreviousReport(file: string): Promise<ProgramReport> {
  const reading = readReportWorkbook(await loadWorkbookFile(file));
  if (!reading) throw new CliError(`--previous: в ${file} нет форм отчёта R1/R2`);
  return reading.report;
}

function programNote(from: 'given' | 'workbook' | null, file: string | null): string {
  if (from === 'given') return `Отчёт проверен против программы ${file}.\n`;
  if (from === 'workbook') return 'Отчёт проверен против приложений этой же книги.\n';
  return 'Программы нет (ни приложений в книге, ни --program): план отчёта с программой не сверялся (R001).\n';
}

const HELP = `sverka validate FILE.xlsx [--format text|json] [--rules RULES.json] [--lang ru|en]
                [--program PROGRAM.xlsx|PROGRAM.json] [--previous REPORT.xlsx]
  Проверяет паспорт, Приложение 1 и Приложение 2 книги по правилам.
  Книгу отчёта (формы R1/R2 «Выполнение мероприятий…», «Достижение планируемых результатов») узнаёт
  по шапкам и проверяет по правилам R001–R008: против приложений той же книги или программы --program;
  --previous — принятый отчёт за предыдущий период того же года (R005).
  Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не прочитать.
`;

const OPTIONS = {
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
  if (isReportWorkbook(grids)) {
    const program = values.program ? (await readProgramFile(values.program)).program : null;
    const previous = values.previous ? await readPreviousReport(values.previous) : null;
    const checked = checkReportWorkbook(grids, { config, program, previous })!;
    io.stderr(programNote(checked.program?.from ?? null, values.program ?? null));
    const { report } = checked;
    io.stdout(format === 'json' ? JSON.stringify(reportJson(report, lang as Lang), null, 2) + '\n' : reportText(report, lang as Lang));
    return report.valid ? 0 : 1;
  }
  if (values.program || values.previous) throw new CliError('--program и --previous — для книги отчёта, а в этой книге нет форм отчёта R1/R2');
  const { report } = checkWorkbook(grids, config);
  io.stdout(format === 'json' ? JSON.stringify(reportJson(report, lang as Lang), null, 2) + '\n' : reportText(report, lang as Lang));
  return report.valid ? 0 : 1;
};
