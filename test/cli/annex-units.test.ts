// Issue 8, units: a program written in млн руб. keeps its unit through `sverka annex` — the annexes'
// headers say «млн руб.», the amounts keep three decimals, and the passport's paragraph is in млн руб.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sverka } from './captured-cli';
import { loadWorkbookFile } from '../../src/cli/workbook-file';
import type { Program } from '../../src/domain/model/program';
import { readWorkbook } from '../../src/sheets/read/read-workbook';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { writeXlsxFile } from '../../src/cli/xlsx/write-xlsx';
import { buildProgram, edit } from '../fixtures/program-builder';

const tmp = mkdtempSync(join(tmpdir(), 'sverka-annex-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** "15752.9" → "157.529": every amount scaled alike (sums still hold), three decimals as in млн руб. */
const millions = (d: string | null): string | null => {
  if (d === null) return null;
  const digits = d.replace('.', '').padStart(4, '0');
  return `${digits.slice(0, -3).replace(/^0+(?=\d)/, '')}.${digits.slice(-3)}`;
};

function inMillions(program: Program): Program {
  return edit(program, (p) => {
    const f = p.funding!;
    f.unit = 'млн руб.';
    for (const row of [...f.subprograms.flatMap((s) => [...s.sources, ...(s.total ? [s.total] : [])]), ...(f.total ? [f.total] : []), ...f.totalBySource]) {
      row.total = millions(row.total);
      row.years = row.years.map(millions);
    }
    p.passport = null; // written from Приложение 1, in its unit
  });
}

describe('sverka annex on a program in млн руб.', () => {
  const book = join(tmp, 'millions.xlsx');
  beforeAll(async () => {
    await writeXlsxFile(writeProgramWorkbook(inMillions(buildProgram())), book);
  });

  it('validates: the unit read from the header, no error', async () => {
    const { code, stdout } = await sverka('validate', book, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(report.read.filter((t: { table: string }) => t.table !== 'indicators').map((t: { table: string; unit: string }) => [t.table, t.unit])).toEqual([
      ['passport', 'млн руб.'],
      ['funding', 'млн руб.'],
    ]);
  });

  it('writes the paragraph and the annexes in млн руб., three decimals', async () => {
    const annexes = join(tmp, 'annexes.xlsx');
    const { code, stdout, stderr } = await sverka('annex', book, '--xlsx', annexes);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(stdout).toMatch(/^Всего \d[\d ]*,\d{3} млн руб\., в т\.ч\. по годам реализации: 2020 год – \d[\d ]*,\d{3} млн руб\./);
    expect(stdout).not.toContain('тыс. руб.');
    const grids = await loadWorkbookFile(annexes);
    const texts = grids.flatMap((g) => g.rows.flatMap((r) => r.map((c) => (c && typeof c.value === 'string' ? c.value : ''))));
    expect(texts).toContain('Общий объем финансовых ресурсов, млн руб.');
    expect(texts.some((t) => t.includes('тыс. руб.'))).toBe(false);
    // Read back, the annex is the same table in the same unit.
    const original = readWorkbook(await loadWorkbookFile(book)).program.funding!;
    const again = readWorkbook(grids).program.funding!;
    expect(again.unit).toBe('млн руб.');
    expect(again.total).toEqual(original.total);
  });
});
