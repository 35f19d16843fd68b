// The program a report was laid out from, written into the report (docs/design/REPORTS.md): `sverka report template
// --program FILE` puts «Программа: файл ИМЯ — SHA-256 …» in the forms' title block, in a line of its own
// with a one-value drop-down (a typed change is warned about); the reader reads it back; `sverka validate`
// names it and refuses a --program that is another file; `sverka push` without --program-id says what
// the line names. The stored version's line and push without --program-id: test/server/cli-report.test.ts.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import { readProgramReferenceText, programReferenceText } from '../../src/domain/reporting/program-reference-text';
import { checkReportWorkbook } from '../../src/sheets/check-report-workbook';
import { readReportWorkbook } from '../../src/sheets/read/report/report-reader';
import { cli, correctedWorkbook, EXAMPLE_XLSX } from '../server/cli-store-fixture';

const SHA = createHash('sha256').update(readFileSync(EXAMPLE_XLSX)).digest('hex');

let dir: string;
let template: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-report-reference-'));
  template = join(dir, 'R-2021-Q1.xlsx');
  const made = await cli(['report', 'template', '--program', EXAMPLE_XLSX, '--period', '2021-Q1', '--out', template]);
  expect([made.code, made.stderr]).toEqual([0, '']);
  expect(made.stdout).toContain(`Программа: файл stupino-2020-2024.xlsx — SHA-256 ${SHA.slice(0, 16)}`);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the line is written and read back, in both directions the same reference', () => {
  const stored = { programId: 'gorodskoi-okrug-stupino-cifrovoe-2020-2024', version: 3, file: null };
  expect(programReferenceText(stored)).toBe('Программа: gorodskoi-okrug-stupino-cifrovoe-2020-2024 — версия 3');
  expect(readProgramReferenceText(programReferenceText(stored)!)).toEqual(stored);
  const file = { programId: null, version: null, file: { name: 'программа 2021, ред. 2.xlsx', sha256: SHA } };
  expect(readProgramReferenceText(programReferenceText(file)!)).toEqual({ ...file, file: { ...file.file, sha256: SHA.slice(0, 16) } });
  // Edited out of its shape: not a reference (the CLI says so), and never a guess.
  for (const text of ['Программа: см. письмо', 'Программа: x — версия 0', 'Программа: файл a.xlsx — SHA-256 12ab', 'Программа: ID версия 3']) expect(readProgramReferenceText(text)).toBeNull();
});

test('the template holds the line in its title block, with a drop-down of the one value, and the reader reads it', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  for (const name of ['Форма R1', 'Форма R2']) {
    const cell = wb.getWorksheet(name)!.getCell('A5');
    expect(cell.value).toBe(`Программа: файл stupino-2020-2024.xlsx — SHA-256 ${SHA.slice(0, 16)}`);
    expect(cell.dataValidation).toMatchObject({ type: 'list', formulae: [`"${cell.value as string}"`], showErrorMessage: true });
  }
  const reading = readReportWorkbook(await loadWorkbookFile(template))!;
  expect(reading.report.program).toEqual({ programId: null, version: null, file: { name: 'stupino-2020-2024.xlsx', sha256: SHA.slice(0, 16) } });
  expect(reading.provenance.get('report/program')).toEqual({ sheet: 'Форма R1', cell: 'A5' });
  // The line is not the period, the title or the municipality.
  expect([reading.report.title, reading.report.period, reading.report.municipality]).toEqual(['Цифровое муниципальное образование', { year: 2021, quarters: 1 }, expect.stringMatching(/Ступино/)]);
});

test('sverka validate names the program and checks against the same file; another file is refused, both named', async () => {
  const same = await cli(['validate', template, '--program', EXAMPLE_XLSX]);
  expect(same.stderr).toContain(`Отчёт составлен по программе из файла stupino-2020-2024.xlsx (SHA-256 ${SHA.slice(0, 16)}…) (Форма R1!A5).`);
  expect(same.stderr).toContain(`Отчёт проверен против программы ${EXAMPLE_XLSX}.`);
  expect(same.code).toBe(0);

  const renamed = join(dir, 'та же программа.xlsx');
  copyFileSync(EXAMPLE_XLSX, renamed);
  expect((await cli(['validate', template, '--program', renamed])).code).toBe(0);

  const other = await correctedWorkbook(dir);
  const refused = await cli(['validate', template, '--program', other]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/книга отчёта составлена по программе из файла stupino-2020-2024\.xlsx \(SHA-256 [0-9a-f]{16}…\) \(Форма R1!A5\), а --program — stupino-corrected\.xlsx \(SHA-256 [0-9a-f]{16}…\): другой файл/);

  const none = await cli(['validate', template]);
  expect(none.stderr).toContain('Отчёт составлен по программе из файла stupino-2020-2024.xlsx');
  expect(none.stderr).toContain('план отчёта с программой не сверялся');
}, 60_000);

test('sverka validate --lang en says on stderr in English what the report was laid out from and checked against', async () => {
  const same = await cli(['validate', template, '--program', EXAMPLE_XLSX, '--lang', 'en']);
  expect(same.code).toBe(0);
  expect(same.stderr).toBe(
    `The report was laid out from the program in file stupino-2020-2024.xlsx (SHA-256 ${SHA.slice(0, 16)}…) (Форма R1!A5).\n` +
      `The report was checked against the program ${EXAMPLE_XLSX}.\n`,
  );
  const none = await cli(['validate', template, '--lang', 'en']);
  expect(none.stderr).toContain('No program (no annexes in the workbook, no --program, no --store): the report\'s plan was not compared with a program (R001).');
  expect(none.stderr.replace(/Форма R1/g, '')).not.toMatch(/[А-Яа-яЁё]/);
});

test('sverka push of a report laid out from a file asks for the stored program, naming the file', async () => {
  const pushed = await cli(['push', template, '--store', 'http://127.0.0.1:9', '--token', 'svk_x']);
  expect(pushed.code).toBe(2);
  expect(pushed.stderr).toContain(`книга отчёта составлена по программе из файла stupino-2020-2024.xlsx (SHA-256 ${SHA.slice(0, 16)}…) (Форма R1!A5), а не по версии в хранилище: укажите --program-id ID`);
});

test('a line edited out of its shape is said to be unread, with its cell, not taken for a reference', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  wb.getWorksheet('Форма R1')!.getCell('A5').value = 'Программа: та, что утверждена в марте';
  wb.getWorksheet('Форма R2')!.getCell('A5').value = null;
  const edited = join(dir, 'R-edited.xlsx');
  await wb.xlsx.writeFile(edited);
  const reading = readReportWorkbook(await loadWorkbookFile(edited))!;
  expect(reading.report.program).toEqual({ programId: null, version: null, file: null });
  expect(reading.unreadProgramLine).toEqual({ text: 'Программа: та, что утверждена в марте', ref: { sheet: 'Форма R1', cell: 'A5' } });
  const validated = await cli(['validate', edited]);
  expect(validated.stderr).toContain('Строка программы в шапке (Форма R1!A5) не читается: «Программа: та, что утверждена в марте».');
  const pushed = await cli(['push', edited, '--store', 'http://127.0.0.1:9', '--token', 'svk_x']);
  expect(pushed.code).toBe(2);
  expect(pushed.stderr).toContain('строка программы в шапке отчёта (Форма R1!A5) не читается: «Программа: та, что утверждена в марте» — ожидается «Программа: ID — версия N»');
});

test('forms R1 and R2 naming different programs: the first is read, R009 at the second naming both (never a silent choice)', async () => {
  const clean = readReportWorkbook(await loadWorkbookFile(template))!;
  expect(clean.readIssues.filter((i) => i.rule === 'R009')).toEqual([]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  wb.getWorksheet('Форма R2')!.getCell('A5').value = 'Программа: gorodskoi-okrug-stupino-cifrovoe-2020-2024 — версия 3';
  const other = join(dir, 'две программы.xlsx');
  await wb.xlsx.writeFile(other);
  const grids = await loadWorkbookFile(other);
  const reading = readReportWorkbook(grids)!;
  expect(reading.report.program.file?.name).toBe('stupino-2020-2024.xlsx');
  const findings = checkReportWorkbook(grids)!.report.findings.filter((f) => f.rule === 'R009');
  expect(findings.map((f) => [f.severity, f.sheet, f.cell, f.data.firstSheet, f.data.firstCell, f.data.written])).toEqual([
    ['error', 'Форма R2', 'A5', 'Форма R1', 'A5', 'Программа: gorodskoi-okrug-stupino-cifrovoe-2020-2024 — версия 3'],
  ]);
});
