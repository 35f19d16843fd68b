// Beyond the worked example's own wording and the three tables: passports worded as other municipalities
// write them, and a subprogram's passport pasted on a sheet of its own. Cases found by hand during the
// acceptance work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { MARKS, pastedWorkbook, pastedWorkbookXlsx, type Defect, type PastedWorkbook } from '../fixtures/pasted-workbook';
import { acceptanceCase } from './known-failures';
import type { JsonFinding } from '../../src/cli/report-output';


const dir = mkdtempSync(join(tmpdir(), 'sverka-beyond-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(buffer: Buffer, name: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const file = join(dir, name);
  writeFileSync(file, buffer);
  let stdout = '';
  const code = await runCli(['validate', file, '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {} });
  return { code, findings: (JSON.parse(stdout) as { findings: JsonFinding[] }).findings };
}

const brief = (f: JsonFinding): string => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}: ${f.message.slice(0, 120)}`;

/** The first seeds (from 1) whose workbook has the passport's funding paragraph in one cell. */
function paragraphWorkbooks(defect: Defect, count: number): PastedWorkbook[] {
  const out: PastedWorkbook[] = [];
  for (let seed = 1; out.length < count; seed++) {
    const wb = pastedWorkbook(seed, defect);
    const k = wb.knobs;
    if (wb.program.passport && !k.passportTable && !k.paragraphRows && !k.spelledParagraph && !k.sourceTotalsOnly) out.push(wb);
  }
  return out;
}

/** Rewrites the passport's funding paragraph (its one cell) and gives the cell's address. */
function reword(wb: PastedWorkbook, change: (text: string) => string): string {
  const passport = wb.sheets.find((s) => s.role === 'passport')!;
  const at = passport.marks.get(MARKS.passportFunding)!;
  const before = String(passport.get(...at));
  const after = change(before);
  if (after === before) throw new Error(`${wb.describe}: the paragraph was not reworded`);
  passport.set(...at, after);
  return passport.address(MARKS.passportFunding);
}

const WORDINGS: { name: string; defect: Defect; change: (text: string) => string }[] = [
  {
    name: '"Общий объем финансирования муниципальной программы составляет X тыс. рублей, в том числе по годам реализации: …"',
    defect: 'P001',
    change: (t) =>
      t
        .replace(/^Всего ([\d ]+,\d) тыс\. руб\., в т\.ч\. по годам реализации:/, 'Общий объем финансирования муниципальной программы составляет $1 тыс. рублей, в том числе по годам реализации:')
        .replace(/Всего ([\d ]+,\d) тыс\. руб\. в т\.ч\. по источникам:/, 'в том числе по источникам финансирования:'),
  },
  { name: 'sources written "Бюджет Московской области – всего X тыс. руб., …" (a dash, not a colon)', defect: 'P003', change: (t) => t.replace(/([а-яё»]): всего /g, '$1 – всего ') },
];

describe('passport paragraphs worded as other municipalities write them', () => {
  for (const w of WORDINGS) {
    for (const wb of paragraphWorkbooks(w.defect, 3)) {
      const name = `${w.defect} (seed ${wb.seed}) with ${w.name}: found at the paragraph`;
      acceptanceCase(name, async () => {
        const cell = reword(wb, w.change);
        const { findings } = await validate(await pastedWorkbookXlsx(wb), `${w.defect}-${wb.seed}.xlsx`);
        const hit = findings.find((f) => f.rule === w.defect && f.sheet === wb.sheetName.passport && f.cell === cell);
        if (!hit) throw new Error(`${wb.describe}\n${w.defect} not at ${wb.sheetName.passport}!${cell}; findings:\n  ${findings.filter((f) => f.severity !== 'info').map(brief).join('\n  ') || 'none'}`);
      });
    }
  }
});

/** A subprogram's passport, as the program's later annexes have one for each subprogram. */
function subprogramPassport(ws: ExcelJS.Worksheet, years: string): void {
  const rows: (string | number)[][] = [
    ['Паспорт подпрограммы I «Обеспечивающая подпрограмма»'],
    [],
    ['Муниципальный заказчик подпрограммы', 'Администрация городского округа'],
    ['Сроки реализации подпрограммы', years],
    ['Источники финансирования подпрограммы по годам реализации и главным распорядителям бюджетных средств, в том числе по годам:', 'Наименование подпрограммы', 'Главный распорядитель бюджетных средств', 'Источник финансирования', 'Расходы (тыс. рублей)'],
    ['', '', '', '', '2021 год', '2022 год', '2023 год', 'Итого'],
    ['', 'Подпрограмма I', 'Администрация', 'Всего:', 100, 200, 300, 600],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== '' && (ws.getCell(i + 1, j + 1).value = v)));
}

describe('a subprogram passport pasted on a sheet of its own', () => {
  for (const seed of [1000, 1074, 1111, 1148]) {
    const name = `clean seed ${seed} with "Паспорт подпрограммы" as the first sheet: no error`;
    acceptanceCase(name, async () => {
      const wb = pastedWorkbook(seed, null);
      const source = new ExcelJS.Workbook();
      await source.xlsx.load((await pastedWorkbookXlsx(wb)) as unknown as ExcelJS.Buffer);
      const book = new ExcelJS.Workbook();
      subprogramPassport(book.addWorksheet('Паспорт подпрограммы'), '2021-2025 годы');
      for (const ws of source.worksheets) {
        const copy = book.addWorksheet(ws.name);
        ws.eachRow({ includeEmpty: false }, (row, r) =>
          row.eachCell({ includeEmpty: false }, (cell, c) => {
            if (cell.type !== ExcelJS.ValueType.Merge) copy.getCell(r, c).value = cell.value;
          }),
        );
        for (const range of (ws.model as { merges?: string[] }).merges ?? []) copy.mergeCells(range);
      }
      const { code, findings } = await validate(Buffer.from(await book.xlsx.writeBuffer()), `subprogram-passport-${seed}.xlsx`);
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) throw new Error(`${wb.describe}\nerrors:\n  ${errors.map(brief).join('\n  ')}`);
      expect(code).toBe(0);
    });
  }
});
