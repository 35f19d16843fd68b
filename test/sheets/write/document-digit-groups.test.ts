// Amounts in generated documents never break between their digit groups: the passport's funding paragraph written
// into a sheet for printing (the passport, the annexes' «Источники финансирования», «Записать абзац в паспорт») and
// the evaluation .docx join the groups with a no-break space (U+00A0) — "1 567,0" broke as "1 / 567,0". What the
// CLI prints and the JSON keep the plain space; the sheets read back to the same amounts.
import { join } from 'node:path';
import JSZip from 'jszip';
import { evaluationDocx } from '../../../src/cli/evaluation-docx';
import { loadWorkbookFile } from '../../../src/cli/workbook-file';
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { Program } from '../../../src/domain/model/program';
import { passportParagraphFromAnnex } from '../../../src/domain/passport-funding-from-annex';
import { evaluateReport } from '../../../src/domain/reporting/evaluate';
import { DEFAULT_EVALUATION_METHOD } from '../../../src/domain/reporting/evaluation-method';
import { parseA1 } from '../../../src/sheets/address';
import type { Grid } from '../../../src/sheets/grid';
import { readReportWorkbook } from '../../../src/sheets/read/report/report-reader';
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { ANNEX_SHEET_NAMES, writeAnnexWorkbook } from '../../../src/sheets/write/annex-workbook';
import { planPassportParagraph } from '../../../src/sheets/write/passport-paragraph-plan';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { canonicalJson } from '../../../src/store/canonical-json';
import example from '../../../examples/stupino-2020-2024.program.json';

const program = Program.parse(example);
/** Two digit groups split by a plain space: what may break across lines. */
const BREAKABLE = /\d (?=\d{3}(?!\d))/;

function texts(grid: Grid): string[] {
  return grid.rows.flatMap((row) => (row ?? []).map((c) => (typeof c?.value === 'string' ? c.value : ''))).filter((t) => t !== '');
}

test('the passport sheet: the funding paragraph with no-break spaces in its amounts, read back the same', () => {
  const grids = writeProgramWorkbook(program);
  const passport = texts(grids.find((g) => g.name === 'Паспорт')!);
  const lead = passport.find((t) => t.startsWith('Всего 423'))!;
  expect(lead).toContain('Всего 423\u00a0767,8 тыс. руб.');
  expect(passport.filter((t) => BREAKABLE.test(t))).toEqual([]);
  // Read back, the program is the program: the no-break spaces are the sheet's, none of them reach the model.
  const back = readWorkbook(grids).program;
  expect(JSON.stringify(back)).not.toContain('\u00a0');
  expect(canonicalJson(back)).toBe(canonicalJson(program));
});

test('the annexes\' sheet «Источники финансирования» and the paragraph written into the passport: no-break spaces', () => {
  const sheet = writeAnnexWorkbook(program, { paragraph: true }).find((g) => g.name === ANNEX_SHEET_NAMES.paragraph)!;
  expect(texts(sheet).filter((t) => BREAKABLE.test(t))).toEqual([]);
  expect(texts(sheet).join('\n')).toContain('423\u00a0767,8');

  const grids = writeProgramWorkbook(program);
  const reading = readWorkbook(grids);
  const planned = planPassportParagraph(reading.program, reading.provenance, grids, 1)!;
  expect(planned.changes.map((c) => c.cell)).toEqual(['B34']);
  expect(planned.changes[0].after).toContain('421\u00a0246,1');
  expect(planned.changes.filter((c) => BREAKABLE.test(c.after))).toEqual([]);
});

test('a passport that says what Приложение 1 does with plain spaces is not rewritten for its spaces', () => {
  const grids = writeProgramWorkbook(program).map((g) => {
    if (g.name !== 'Паспорт') return g;
    return { ...g, rows: g.rows.map((row) => (row ?? []).map((c) => (c && typeof c.value === 'string' ? { ...c, value: c.value.replace(/\u00a0/g, ' ') } : c))) };
  });
  const reading = readWorkbook(grids);
  const planned = planPassportParagraph(reading.program, reading.provenance, grids, 1)!;
  // Only the city budget's line differs in its amount (421 246,4 as published → 421 246,1).
  expect(planned.changes.map((c) => c.cell)).toEqual(['B34']);
  const { row, col } = parseA1('B34');
  expect(planned.changes[0].before).toBe(grids.find((g) => g.name === 'Паспорт')!.rows[row]![col]!.value);
});

test('the CLI\'s paragraph (sverka annex prints it) keeps plain spaces', () => {
  expect(passportParagraphFromAnnex(program, 1)).toContain('Всего 423 767,8 тыс. руб.');
});

test('the evaluation .docx: amounts with no-break spaces', async () => {
  const reading = readReportWorkbook(await loadWorkbookFile(join(__dirname, '../../../examples/stupino-2021.report.xlsx')))!;
  const evaluation = evaluateReport(reading.report, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
  const zip = await JSZip.loadAsync(await evaluationDocx(evaluation, 'ru'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  expect(words.join('\n')).toContain('96\u00a0252,9 / 98\u00a0398,3');
  expect(words.filter((w) => BREAKABLE.test(w))).toEqual([]);
});
