import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { rowTotal } from '../../../../src/domain/rules/funding/F001-row-total';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(rowTotal, {
  valid: [
    { name: 'every row adds up', program },
    { name: 'empty cells and dashes count as zero', program: edit(program, (p) => { p.funding!.subprograms[0].sources[1] = { source: 'Бюджет Московской области', total: '1567.0', years: ['1567.0', null, null] }; }) },
    { name: 'a total with more decimals is compared after rounding (98 100,94 → 98 100,9)', program: edit(program, (p) => { p.funding!.totalBySource[0].total = '271559.84'; }) },
  ],
  invalid: [
    {
      name: 'a source row whose total differs from its years',
      program: edit(program, (p) => { p.funding!.subprograms[0].sources[0].total = '224840.1'; }),
      errors: [{ messageId: 'rowTotal', path: paths.fundingSourceCell(0, 'municipal', 'total'), expected: '224 840,0', actual: '224 840,1' }],
      fix: { kind: 'number', value: '224840.0' },
    },
    {
      name: 'a year changed: the row total is reported, with the sum as the fix',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].years[1] = '182.8'; }),
      errors: [{ messageId: 'rowTotal', path: paths.fundingSourceCell(1, 'extrabudgetary', 'total'), expected: '532,9', actual: '532,8', fix: { kind: 'number', value: '532.9' } }],
    },
    {
      name: 'subprogram total, ИТОГО and "в том числе" rows are rows too',
      program: edit(program, (p) => {
        p.funding!.subprograms[1].total!.years[1] = '16050.4';
        p.funding!.total!.total = '0';
        p.funding!.totalBySource[2].years = ['154.8', '182.7', null];
      }),
      errors: [
        { messageId: 'rowTotal', path: paths.fundingSubtotalCell(1, 'total'), expected: '47 252,7', actual: '47 252,6', fix: { kind: 'number', value: '47252.7' } },
        { messageId: 'rowTotal', path: paths.fundingTotalCell('total'), expected: '273 659,6', actual: '0,0', fix: { kind: 'number', value: '273659.6' } },
        { messageId: 'rowTotal', path: paths.fundingBySourceCell('extrabudgetary', 'total'), expected: '337,5', actual: '532,8', fix: { kind: 'number', value: '337.5' } },
      ],
    },
  ],
});

it('F001 says where in domain terms', () => {
  const p = edit(program, (q) => { q.funding!.subprograms[1].sources[0].years[1] = '15867.7'; });
  const [finding] = collectFindings({ program: p, rules: [rowTotal] });
  expect(finding.message.ru).toBe('Приложение 1, Подпрограмма II, Бюджет городского округа Ступино: «Общий объем» 46 719,8, а сумма по годам 46 719,9');
});
