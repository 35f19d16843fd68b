// sverka evaluate --report R.xlsx --program P.xlsx|P.json [--method METHOD.json] [--out E.xlsx|E.docx] [--lang ru|en]
// The annual effectiveness evaluation (docs/design/REPORTS.md): printed, and written as .xlsx or .docx; every figure
// with the inputs it came from. The method is a JSON file (a preset and overrides), checked by zod.
import { DEFAULT_CONFIG } from '../../domain/config';
import type { Lang } from '../../domain/finding';
import { checkReport } from '../../domain/reporting/check-report';
import { evaluateReport } from '../../domain/reporting/evaluate';
import { isAnnual } from '../../domain/reporting/period';
import { readReportWorkbook } from '../../sheets/read/report/report-reader';
import { evaluationText } from '../../sheets/write/report/evaluation-rows';
import { writeEvaluationSheet } from '../../sheets/write/report/evaluation-sheet';
import { CliError, type Command } from '../cli-io';
import { parseCommandOptions } from '../command-options';
import { evaluationDocx } from '../evaluation-docx';
import { loadMethod } from '../method-file';
import { refuseInputAsOutput, writeOutput } from '../output-file';
import { readProgramFile } from '../program-file';
import { countLine } from '../report-output';
import { loadWorkbookFile } from '../workbook-file';
import { writeXlsxBuffer } from '../xlsx/write-xlsx';

const HELP = `sverka evaluate --report R.xlsx [--program P.xlsx|P.json] [--method METHOD.json] [--out E.xlsx|E.docx] [--lang ru|en]
  Оценка эффективности по годовому отчёту: СД каждого показателя, СДЦ, УФ, Э и оценка — по программе
  и по подпрограммам, каждая цифра с исходными данными. --method — методика (JSON): {"preset": "default" |
  "product" | "indicators" | "activities", и любые поля методики: "capAchievement", "percent", "decimals",
  "thresholds": [{"min": "0.9", "rating": {"ru": "высокая", "en": "high"}}, …], "below"}.
  --program — программа, против которой отчёт проверяется перед оценкой (R001–R009).
  --out — в .xlsx или .docx; не поверх отчёта, программы или методики.
  Код выхода: 0 — оценка готова (отчёт с ошибками тоже оценивается — stderr их называет), 2 — неверные аргументы,
  отчёт не годовой, файл не прочитать или не записать.
`;

const OPTIONS = {
  report: { type: 'string' },
  program: { type: 'string' },
  method: { type: 'string' },
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const evaluateCommand: Command = async (args, io) => {
  const { values } = parseCommandOptions(args, OPTIONS, HELP);
  if (values.help) {
    io.stderr(HELP);
    return 0;
  }
  const lang = (values.lang ?? 'ru') as Lang;
  if (lang !== 'ru' && lang !== 'en') throw new CliError(`--lang: «${values.lang}» — ожидается ru или en`);
  if (!values.report) throw new CliError(`укажите --report R.xlsx (годовой отчёт)\n${HELP}`);
  if (values.out && !/\.(xlsx|docx)$/i.test(values.out)) throw new CliError(`--out: «${values.out}» — ожидается файл .xlsx или .docx`);
  // The evaluation is written over an older one, never over the report, the program or the method it is made from.
  if (values.out) await refuseInputAsOutput('--out', values.out, [values.report, values.program, values.method].filter((f): f is string => f !== undefined));
  const method = await loadMethod(values.method);
  const reading = readReportWorkbook(await loadWorkbookFile(values.report));
  if (!reading) throw new CliError(`${values.report}: нет форм отчёта R1/R2`);
  const { report } = reading;
  if (!report.period || !isAnnual(report.period)) throw new CliError(`${values.report}: оценка эффективности — по годовому отчёту («за 2021 год»), а это ${report.periodText ? `«${report.periodText}»` : 'отчёт без периода'}`);
  const program = values.program ? (await readProgramFile(values.program)).program : null;
  const checked = checkReport(report, program, { provenance: reading.provenance, readIssues: reading.readIssues });
  io.stderr(
    lang === 'en'
      ? `Report checked${program ? ' against the program' : ''}: ${countLine(checked, 'en')}${checked.valid ? '' : ' — evaluated with its errors (sverka validate shows them)'}\n`
      : `Проверка отчёта${program ? ' против программы' : ''}: ${countLine(checked, 'ru')}${checked.valid ? '' : ' — оценка по отчёту с ошибками (sverka validate покажет их)'}\n`,
  );
  const evaluation = evaluateReport(report, method, DEFAULT_CONFIG);
  io.stdout(evaluationText(evaluation, lang));
  if (values.out) {
    const program = { title: report.title, municipality: report.municipality };
    const buffer = /\.docx$/i.test(values.out) ? await evaluationDocx(evaluation, lang, program) : await writeXlsxBuffer([writeEvaluationSheet(evaluation, lang, program)]);
    await writeOutput(values.out, buffer, { overwrite: true });
    io.stderr(lang === 'en' ? `Written: ${values.out}\n` : `Записано: ${values.out}\n`);
  }
  return 0;
};
