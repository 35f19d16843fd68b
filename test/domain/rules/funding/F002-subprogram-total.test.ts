import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { subprogramTotal } from '../../../../src/domain/rules/funding/F002-subprogram-total';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const y2021 = { from: 2021, to: 2021 };

ruleTester.run(subprogramTotal, {
  valid: [
    { name: 'each subprogram total is the sum of its sources', program },
    { name: 'a subprogram without its total row is F008\'s, not F002\'s', program: edit(program, (p) => { p.funding!.subprograms[0].total = null; }) },
  ],
  invalid: [
    {
      name: 'the worked example\'s kind of slip: Подпрограмма II, 2021 год, 16 050,3 by sources, 16 050,4 in the row',
      program: edit(program, (p) => { p.funding!.subprograms[1].total!.years[1] = '16050.4'; }),
      errors: [{ messageId: 'subprogramTotal', path: paths.fundingSubtotalCell(1, y2021) , data: { expected: '16050.3', actual: '16050.4' }, message: { ru: 'Приложение 1, Подпрограмма II, 2021 год: сумма по источникам 16 050,3, в строке «Всего по подпрограмме» 16 050,4', en: 'Annex 1, subprogram II, 2021: the sources add up to 16 050,3, the subprogram total row says 16 050,4' } }],
      fix: { kind: 'sum', addends: ['funding/sub/2/src/municipal/y/2021', 'funding/sub/2/src/extrabudgetary/y/2021'], value: '16050.3' },
    },
    {
      name: 'a total row that does not add up by itself (F001) is still compared per column',
      program: edit(program, (p) => { p.funding!.subprograms[0].total!.total = '226407.5'; }),
      errors: [{ messageId: 'subprogramTotal', path: paths.fundingSubtotalCell(0, 'total'), data: { expected: '226407.0', actual: '226407.5' }, fix: { kind: 'sum', addends: ['funding/sub/1/src/municipal/total', 'funding/sub/1/src/regional/total'], value: '226407.0' } }],
    },
    {
      name: 'a source changed: every column it changes is reported once',
      program: edit(program, (p) => { const s = p.funding!.subprograms[1].sources[0]; s.years[0] = '15753.9'; s.total = '46720.8'; }),
      errors: [
        { messageId: 'subprogramTotal', path: paths.fundingSubtotalCell(1, 'total'), data: { expected: '47253.6', actual: '47252.6' }, fix: { kind: 'sum', addends: ['funding/sub/2/src/municipal/total', 'funding/sub/2/src/extrabudgetary/total'], value: '47253.6' } },
        { messageId: 'subprogramTotal', path: paths.fundingSubtotalCell(1, { from: 2020, to: 2020 }), data: { expected: '15908.7', actual: '15907.7' }, fix: { kind: 'sum', addends: ['funding/sub/2/src/municipal/y/2020', 'funding/sub/2/src/extrabudgetary/y/2020'], value: '15908.7' } },
      ],
    },
  ],
});

it('F002 names the subprogram, the source column and both amounts', () => {
  const p = edit(program, (q) => { q.funding!.subprograms[1].total!.years[1] = '16050.4'; });
  const [finding] = collectFindings({ program: p, rules: [subprogramTotal] });
  expect(renderMessage(finding, 'ru')).toBe('Приложение 1, Подпрограмма II, 2021 год: сумма по источникам 16 050,3, в строке «Всего по подпрограмме» 16 050,4');
});
