// npm run examples:reports — the worked report: Ступино «за I квартал 2021 года» and «за 2021 год», built from
// examples/stupino-2021.report-data.json (the facts) and the worked example's program. Writes each report
// workbook (forms R1, R2), its expected findings (what `sverka validate R.xlsx --program P.json --format json`
// prints) and, for the annual report, the evaluation by the default method (every figure with its inputs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { reportJson } from '../src/cli/report-output';
import { readXlsxFile } from '../src/cli/xlsx/read-xlsx';
import { writeXlsxFile } from '../src/cli/xlsx/write-xlsx';
import { DEFAULT_CONFIG } from '../src/domain/config';
import { Program } from '../src/domain/model/program';
import { evaluateReport } from '../src/domain/reporting/evaluate';
import { DEFAULT_EVALUATION_METHOD } from '../src/domain/reporting/evaluation-method';
import { fillFacts } from '../src/domain/reporting/fill-facts';
import { isAnnual, parsePeriodKey } from '../src/domain/reporting/period';
import { reportFromProgram } from '../src/domain/reporting/report-from-program';
import { checkReportWorkbook } from '../src/sheets/check-report-workbook';
import { writeReportWorkbook } from '../src/sheets/write/report/report-workbook';

const EXAMPLES = join(__dirname, '..', 'examples');

const Facts = z.object({ financed: z.string(), spent: z.string(), reason: z.string().nullable().optional() });
const DataFile = z.object({
  about: z.string(),
  program: z.string(),
  reports: z.array(
    z.object({
      period: z.string(),
      file: z.string(),
      lines: z.record(z.string(), Facts),
      indicators: z.record(z.string(), z.object({ fact: z.string().nullable(), reason: z.string().nullable().optional() })).default({}),
    }),
  ),
});

async function main(): Promise<void> {
  const data = DataFile.parse(JSON.parse(await readFile(join(EXAMPLES, 'stupino-2021.report-data.json'), 'utf8')));
  const program = Program.parse(JSON.parse(await readFile(join(EXAMPLES, data.program), 'utf8')));
  for (const r of data.reports) {
    const period = parsePeriodKey(r.period);
    if (!period) throw new Error(`${r.period}: not a period`);
    const report = fillFacts(reportFromProgram(program, period), { lines: r.lines, indicators: r.indicators, indicatorPercents: true });
    const file = join(EXAMPLES, r.file);
    await writeXlsxFile(writeReportWorkbook(report), file);
    const checked = checkReportWorkbook(await readXlsxFile(file), { program })!;
    const findingsFile = file.replace(/\.report\.xlsx$/, '.findings.json');
    await writeFile(findingsFile, JSON.stringify(reportJson(checked.report, 'ru'), null, 2) + '\n');
    process.stdout.write(`Записано: ${file}, ${findingsFile}\n`);
    if (isAnnual(period)) {
      const evaluation = evaluateReport(checked.reading.report, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
      const evaluationFile = file.replace(/\.report\.xlsx$/, '.evaluation.json');
      await writeFile(evaluationFile, JSON.stringify(evaluation, null, 2) + '\n');
      process.stdout.write(`Записано: ${evaluationFile}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
