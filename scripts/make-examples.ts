// npm run examples: the worked example as a workbook. Reads examples/stupino-2020-2024.program.json (the
// published program, defects included), writes examples/stupino-2020-2024.xlsx in the official layout and
// its expected report examples/stupino-2020-2024.report.json (what `sverka validate --format json` prints).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Program } from '../src/domain/model/program';
import { writeFile } from 'node:fs/promises';
import { countLine, reportJson } from '../src/cli/report-output';
import { readXlsxFile } from '../src/cli/xlsx/read-xlsx';
import { writeXlsxFile } from '../src/cli/xlsx/write-xlsx';
import { checkWorkbook } from '../src/sheets/check-workbook';
import { writeProgramWorkbook } from '../src/sheets/write/program-workbook';

const EXAMPLES = join(__dirname, '..', 'examples');

async function main(): Promise<void> {
  const source = join(EXAMPLES, 'stupino-2020-2024.program.json');
  const parsed = Program.safeParse(JSON.parse(await readFile(source, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${source} не соответствует модели программы:\n${issues}`);
  }
  const target = join(EXAMPLES, 'stupino-2020-2024.xlsx');
  const grids = writeProgramWorkbook(parsed.data);
  await writeXlsxFile(grids, target);
  process.stdout.write(`Записано: ${target} (${grids.map((g) => g.name).join(', ')})\n`);
  const reportFile = join(EXAMPLES, 'stupino-2020-2024.report.json');
  const { report } = checkWorkbook(await readXlsxFile(target));
  await writeFile(reportFile, JSON.stringify(reportJson(report, 'ru'), null, 2) + '\n');
  process.stdout.write(`Записано: ${reportFile} (${countLine(report, 'ru')})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
