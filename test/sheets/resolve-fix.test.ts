// A total finding's fix is a sum over paths; the resolver writes it as the formula over those cells, where they are known.
import { checkWorkbook } from '../../src/sheets/check-workbook';
import { resolveFix, resolveWrite } from '../../src/sheets/resolve-fix';
import { buildGrid, type GridSpec } from '../fixtures/grid-builder';
import { stupinoFunding, stupinoIndicators, stupinoPassport } from './read/stupino-workbook';

function findingsOf(funding: GridSpec) {
  const grids = [buildGrid(stupinoPassport()), buildGrid(funding), buildGrid(stupinoIndicators().spec)];
  return checkWorkbook(grids).report.findings;
}

/** The worked example's Приложение 1 (pasted: typed numbers) with one cell changed. */
function fundingWith(address: string, value: string): GridSpec {
  const spec = stupinoFunding();
  const row = Number(address.slice(1)) - 1;
  const col = address.charCodeAt(0) - 65;
  const rows = spec.rows.map((r) => [...r]);
  rows[row][col] = value;
  return { ...spec, rows };
}

describe('fixes of totals are formulas', () => {
  it('a typed total (F009) gets the formula that would keep it right, with its value', () => {
    const f009 = findingsOf(stupinoFunding()).filter((f) => f.rule === 'F009');
    const byCell = new Map(f009.map((f) => [f.cell, f.cellFix?.fix]));
    // Row 10: Бюджет городского округа Ступино of Подпрограмма I — its total is the sum of its years.
    expect(byCell.get('C10')).toEqual({ kind: 'formula', formula: 'SUM(D10:H10)', value: '345128.0' });
    // Row 13: Всего по подпрограмме I, 2020 — the sum of the three source rows above it.
    expect(byCell.get('D13')).toEqual({ kind: 'formula', formula: 'SUM(D10:D12)', value: '82348.0' });
    // Row 18: ИТОГО, 2020 — the two subprogram totals.
    expect(byCell.get('D18')).toEqual({ kind: 'formula', formula: 'D13+D17', value: '99822.7' });
    // Row 19: в том числе Бюджет городского округа Ступино, 2020 — that source in both subprograms.
    expect(byCell.get('D19')).toEqual({ kind: 'formula', formula: 'D10+D14', value: '98100.9' });
  });

  it('a wrong row total (F001) is fixed by the sum of its years', () => {
    const f001 = findingsOf(fundingWith('C10', '345 129,0')).filter((f) => f.rule === 'F001');
    expect(f001.map((f) => [f.cell, f.cellFix?.fix])).toEqual([['C10', { kind: 'formula', formula: 'SUM(D10:H10)', value: '345128.0' }]]);
  });

  it('a wrong subprogram total (F002) is fixed by the sum of its sources', () => {
    const f002 = findingsOf(fundingWith('E17', '16 050,4')).filter((f) => f.rule === 'F002');
    expect(f002.map((f) => [f.cell, f.cellFix?.fix])).toEqual([['E17', { kind: 'formula', formula: 'SUM(E14:E16)', value: '16050.3' }]]);
  });
});

describe('the ИТОГО formula adds what F003 adds', () => {
  it('a subprogram without its "Всего по подпрограмме" row is added by its source cells', () => {
    // Приложение 1 of the worked example without row 13 ("Всего по подпрограмме I") and with a wrong ИТОГО.
    const spec = stupinoFunding();
    const rows = spec.rows.map((r) => [...r]);
    rows[17][3] = '99 822,8'; // ИТОГО, 2020 (D18)
    rows.splice(12, 1);
    const merges = (spec.merges ?? []).filter((m) => m !== 'A13:B13').map((m) => m.replace(/(\d+)/g, (n) => (Number(n) > 13 ? String(Number(n) - 1) : n)));
    const findings = findingsOf({ ...spec, rows, merges });
    const f003 = findings.filter((f) => f.rule === 'F003' && f.cell === 'D17');
    expect(f003).toHaveLength(1);
    expect(f003[0].data.expected).toBe('99822.7');
    expect(f003[0].cellFix?.fix).toEqual({ kind: 'formula', formula: 'D10+D11+D12+D16', value: '99822.7' });
  });
});

describe('the resolver', () => {
  it('writes a sum whose cells are not all known as its value', () => {
    const fix = { kind: 'sum' as const, addends: ['funding/total/y/2020', 'funding/total/y/2021'], value: '12.5' };
    const provenance = new Map([['funding/total/y/2020', { sheet: 'Приложение 1', cell: 'D18' }]]);
    expect(resolveWrite(fix, 'Приложение 1', provenance)).toEqual({ kind: 'number', value: '12.5' });
    // Cells on another sheet cannot be summed by this cell's formula either.
    provenance.set('funding/total/y/2021', { sheet: 'Лист2', cell: 'E18' });
    expect(resolveWrite(fix, 'Приложение 1', provenance)).toEqual({ kind: 'number', value: '12.5' });
    provenance.set('funding/total/y/2021', { sheet: 'Приложение 1', cell: 'E18' });
    expect(resolveWrite(fix, 'Приложение 1', provenance)).toEqual({ kind: 'formula', formula: 'SUM(D18:E18)', value: '12.5' });
  });

  it('gives no write for a finding without a cell', () => {
    expect(resolveFix({ fix: { kind: 'number', value: '1' }, sheet: null, cell: null }, new Map())).toBeNull();
  });
});
