// `validate --format json` writes its report with writeReportJson, each finding's JSON made as its run is written:
// the text is, byte for byte, JSON.stringify(reportJson(…), null, 2) — for a program's workbook and a report's, in
// both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBuffer } from '../../src/cli/xlsx/read-xlsx';
import { reportJson, writeReportJson } from '../../src/cli/report-output';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import type { Lang } from '../../src/domain/finding';
import { Program } from '../../src/domain/model/program';
import { checkReportWorkbook } from '../../src/sheets/check-report-workbook';
import { checkWorkbook, type WorkbookReport } from '../../src/sheets/check-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { scaleProgram } from '../../bench/scaled-program';
import example from '../../examples/stupino-2020-2024.program.json';

const ROOT = join(__dirname, '..', '..');

function streamed(report: WorkbookReport, lang: Lang): string {
  const pieces: string[] = [];
  writeReportJson(report, lang, (t) => void pieces.push(t));
  return pieces.join('');
}

const whole = (report: WorkbookReport, lang: Lang): string => `${JSON.stringify(reportJson(report, lang), null, 2)}\n`;

it.each(['ru', 'en'] as const)('the worked example and its ×20 (%s): the same text as JSON.stringify of reportJson', async (lang) => {
  const books = [readFileSync(join(ROOT, 'examples', 'stupino-2020-2024.xlsx')), await writeXlsxBuffer(writeProgramWorkbook(scaleProgram(Program.parse(example), 20)))];
  for (const book of books) {
    const { report } = checkWorkbook(await readXlsxBuffer(book));
    expect(report.findings.length).toBeGreaterThan(10);
    expect(streamed(report, lang)).toBe(whole(report, lang));
  }
}, 60_000);

it('a report workbook (forms R1/R2) checked against its program: the same text', async () => {
  const grids = await readXlsxBuffer(readFileSync(join(ROOT, 'examples', 'stupino-2021-Q1.report.xlsx')));
  const checked = checkReportWorkbook(grids, {});
  expect(checked).not.toBeNull();
  const report = checked!.report as WorkbookReport;
  expect(report.findings.length).toBeGreaterThan(0);
  for (const lang of ['ru', 'en'] as const) expect(streamed(report, lang)).toBe(whole(report, lang));
});
