import { paths } from '../../../../src/domain/paths';
import type { CellRef, Provenance } from '../../../../src/domain/provenance';
import { typedTotal } from '../../../../src/domain/rules/funding/F009-typed-total';
import { collectFindings } from '../../../../src/domain/check-program';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const sheet = 'Приложение 1';
const cell = (a1: string, formula: string | null = null): CellRef => ({ sheet, cell: a1, formula });

ruleTester.run(typedTotal, {
  valid: [
    { name: 'a program not read from a sheet (no provenance)', program },
    {
      name: 'totals with formulas, typed source years (not totals)',
      program,
      provenance: new Map([
        [paths.fundingTotalCell('total'), cell('C20', 'SUM(D20:H20)')],
        [paths.fundingSubtotalCell(0, { from: 2020, to: 2020 }), cell('D12', 'SUM(D9:D11)')],
        [paths.fundingSourceCell(0, 'municipal', { from: 2020, to: 2020 }), cell('D9')],
      ]) as Provenance,
    },
  ],
  invalid: [
    {
      name: 'typed totals: the "Общий объем" of a source row and a cell of ИТОГО',
      program,
      provenance: new Map([
        [paths.fundingSourceCell(0, 'municipal', 'total'), cell('C9')],
        [paths.fundingTotalCell({ from: 2021, to: 2021 }), cell('E20', '')],
      ]) as Provenance,
      errors: [
        { messageId: 'typedTotal', path: paths.fundingSourceCell(0, 'municipal', 'total'), sheet, cell: 'C9', severity: 'info',
          fix: { kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' },
          message: { ru: 'Приложение 1, Подпрограмма I, Бюджет городского округа Ступино, Общий объем: итог 224 840,0 введён числом; формула суммы сохранит его верным при правках', en: 'Annex 1, subprogram I, source "Бюджет городского округа Ступино", total: the total 224 840,0 is a typed number; a sum formula would keep it right' } },
        {
          messageId: 'typedTotal', path: paths.fundingTotalCell({ from: 2021, to: 2021 }), sheet, cell: 'E20',
          // A year cell of ИТОГО adds the subprograms' "Всего" rows in that column.
          fix: { kind: 'sum', addends: ['funding/sub/1/total/y/2021', 'funding/sub/2/total/y/2021'], value: '98398.3' },
        },
      ],
    },
  ],
});

it('a typed "Общий объем" of a row whose year columns repeat a year (S003) is reported without a formula that would name one cell twice', () => {
  const repeated = edit(program, (p) => { p.funding!.years[1] = { ...p.funding!.years[0] }; });
  const provenance = new Map([[paths.fundingSourceCell(0, 'municipal', 'total'), cell('C9')]]) as Provenance;
  const findings = collectFindings({ program: repeated, provenance, rules: [typedTotal] });
  expect(findings.map((f) => [f.rule, f.path, f.fix])).toEqual([['F009', paths.fundingSourceCell(0, 'municipal', 'total'), null]]);
  // With distinct years the same cell gets its sum formula.
  const [plain] = collectFindings({ program, provenance, rules: [typedTotal] });
  expect(plain.fix).toEqual({ kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' });
});
