import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { rowTotal } from '../../../../src/domain/rules/funding/F001-row-total';
import { subprogramTotal } from '../../../../src/domain/rules/funding/F002-subprogram-total';
import { programTotal } from '../../../../src/domain/rules/funding/F003-program-total';
import { totalBySource } from '../../../../src/domain/rules/funding/F004-total-by-source';
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
      errors: [{ messageId: 'rowTotal', path: paths.fundingSourceCell(0, 'municipal', 'total') , data: { expected: '224840.0', actual: '224840.1' }, message: { ru: 'Приложение 1, Подпрограмма I, Бюджет городского округа Ступино: «Общий объем» 224 840,1, а сумма по годам 224 840,0', en: 'Annex 1, subprogram I, source "Бюджет городского округа Ступино": the total is 224 840,1, the years add up to 224 840,0' } }],
      fix: { kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' },
    },
    {
      name: 'a year changed: the row total is reported, with the sum as the fix',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].years[1] = '182.8'; }),
      errors: [{ messageId: 'rowTotal', path: paths.fundingSourceCell(1, 'extrabudgetary', 'total'), data: { expected: '532.9', actual: '532.8' }, fix: { kind: 'sum', addends: ['funding/sub/2/src/extrabudgetary/y/2020', 'funding/sub/2/src/extrabudgetary/y/2021', 'funding/sub/2/src/extrabudgetary/y/2022'], value: '532.9' } }],
    },
    {
      name: 'subprogram total, ИТОГО and "в том числе" rows are rows too',
      program: edit(program, (p) => {
        p.funding!.subprograms[1].total!.years[1] = '16050.4';
        p.funding!.total!.total = '0';
        p.funding!.totalBySource[2].years = ['154.8', '182.7', null];
      }),
      errors: [
        { messageId: 'rowTotal', path: paths.fundingSubtotalCell(1, 'total'), data: { expected: '47252.7', actual: '47252.6' }, fix: { kind: 'sum', addends: ['funding/sub/2/total/y/2020', 'funding/sub/2/total/y/2021', 'funding/sub/2/total/y/2022'], value: '47252.7' } },
        { messageId: 'rowTotal', path: paths.fundingTotalCell('total'), data: { expected: '273659.6', actual: '0.0' }, fix: { kind: 'sum', addends: ['funding/total/y/2020', 'funding/total/y/2021', 'funding/total/y/2022'], value: '273659.6' } },
        { messageId: 'rowTotal', path: paths.fundingBySourceCell('extrabudgetary', 'total'), data: { expected: '337.5', actual: '532.8' }, fix: { kind: 'sum', addends: ['funding/bySource/extrabudgetary/y/2020', 'funding/bySource/extrabudgetary/y/2021', 'funding/bySource/extrabudgetary/y/2022'], value: '337.5' } },
      ],
    },
    {
      name: 'one row\'s «Общий объем» raised by 0,1 (issue 9): F001 there, naming the subprogram total and the «в том числе» row it throws off',
      program: edit(program, (p) => { p.funding!.subprograms[0].sources[0].total = '224840.1'; }),
      beside: [subprogramTotal, programTotal, totalBySource],
      errors: [{
        messageId: 'rowTotal', path: paths.fundingSourceCell(0, 'municipal', 'total'), data: { expected: '224840.0', actual: '224840.1' },
        fix: { kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' },
        affects: [paths.fundingSubtotalCell(0, 'total'), paths.fundingBySourceCell('municipal', 'total')],
      }],
    },
    {
      name: 'a year amount that its row total and its column totals all disagree with: that amount is the one error',
      program: edit(program, (p) => { p.funding!.subprograms[1].sources[1].years[1] = '182.8'; }),
      beside: [subprogramTotal, programTotal, totalBySource],
      errors: [{
        messageId: 'yearAmount', path: paths.fundingSourceCell(1, 'extrabudgetary', { from: 2021, to: 2021 }), data: { expected: '182.7', actual: '182.8' },
        fix: { kind: 'number', value: '182.7' },
        affects: [paths.fundingSourceCell(1, 'extrabudgetary', 'total'), paths.fundingSubtotalCell(1, { from: 2021, to: 2021 }), paths.fundingBySourceCell('extrabudgetary', { from: 2021, to: 2021 })],
        message: {
          ru: 'Приложение 1, Подпрограмма II, Внебюджетные источники, 2021 год: 182,8, а итоги строки и столбца, в которые входит эта сумма, дают 182,7',
          en: 'Annex 1, subprogram II, source "Внебюджетные источники", 2021: 182,8, while the row and column totals it is part of give 182,7',
        },
      }],
    },
  ],
});

it('F001 says where in domain terms', () => {
  const p = edit(program, (q) => { q.funding!.subprograms[1].sources[0].years[1] = '15867.7'; });
  const [finding] = collectFindings({ program: p, rules: [rowTotal] });
  expect(renderMessage(finding, 'ru')).toBe('Приложение 1, Подпрограмма II, Бюджет городского округа Ступино: «Общий объем» 46 719,8, а сумма по годам 46 719,9');
});

describe('a row whose year columns repeat a year (S003)', () => {
  // The 2021 column headed «2020»: its cells share the 2020 cells' paths, so a sum formula of paths would name the
  // 2020 cell twice and leave the other column out. The fix is the number — the sum of each column's own amount.
  const repeated = edit(program, (p) => {
    p.funding!.years[1] = { ...p.funding!.years[0] };
    p.funding!.subprograms[0].sources[0].total = '1.0';
  });

  it('is fixed with the number, not a formula of the repeated paths', () => {
    const [f] = collectFindings({ program: repeated, rules: [rowTotal] });
    expect(f.rule).toBe('F001');
    expect(f.path).toBe(paths.fundingSourceCell(0, 'municipal', 'total'));
    expect(f.fix).toEqual({ kind: 'number', value: '224840.0' });
  });

  it('the same row with distinct years is still fixed with the sum formula', () => {
    const distinct = edit(program, (p) => { p.funding!.subprograms[0].sources[0].total = '1.0'; });
    const [f] = collectFindings({ program: distinct, rules: [rowTotal] });
    expect(f.fix).toEqual({ kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2020', 'funding/sub/1/src/municipal/y/2021', 'funding/sub/1/src/municipal/y/2022'], value: '224840.0' });
  });
});
