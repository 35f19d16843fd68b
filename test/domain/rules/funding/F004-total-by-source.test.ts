import { paths } from '../../../../src/domain/paths';
import { totalBySource } from '../../../../src/domain/rules/funding/F004-total-by-source';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(totalBySource, {
  valid: [
    { name: 'each "в том числе" row is its source summed over the subprograms', program },
    { name: 'a table without "в том числе" rows', program: edit(program, (p) => { p.funding!.totalBySource = []; }) },
    {
      name: 'sources match by category: a Latin C in "Cтупино" and "Средства бюджета…" are the same source',
      program: edit(program, (p) => {
        p.funding!.subprograms[0].sources[0].source = 'Бюджет городского округа Cтупино';
        p.funding!.subprograms[1].sources[0].source = 'Средства бюджета городского округа Ступино';
      }),
    },
  ],
  invalid: [
    {
      name: 'a "в том числе" year cell differs from the sum over the subprograms',
      program: edit(program, (p) => { p.funding!.totalBySource[0].years[1] = '98215.5'; }),
      errors: [{ messageId: 'totalBySource', path: paths.fundingBySourceCell('municipal', { from: 2021, to: 2021 }) , data: { expected: '98215.6', actual: '98215.5' }, message: { ru: 'Приложение 1, ИТОГО, в том числе: Бюджет городского округа Ступино, 2021 год: сумма по подпрограммам 98 215,6, в строке 98 215,5', en: 'Annex 1, program total, of which "Бюджет городского округа Ступино", 2021: the subprograms add up to 98 215,6, the row says 98 215,5' } }],
      fix: { kind: 'sum', addends: ['funding/sub/1/src/municipal/y/2021', 'funding/sub/2/src/municipal/y/2021'], value: '98215.6' },
    },
    {
      name: 'a "в том числе" row of a source no subprogram has is compared with zero',
      program: edit(program, (p) => { p.funding!.totalBySource.push({ source: 'Федеральный бюджет', total: '10.0', years: ['10.0', null, null] }); }),
      errors: [
        { messageId: 'totalBySource', path: paths.fundingBySourceCell('federal', 'total'), data: { expected: '0.0', actual: '10.0' }, fix: { kind: 'number', value: '0.0' } },
        { messageId: 'totalBySource', path: paths.fundingBySourceCell('federal', { from: 2020, to: 2020 }), data: { expected: '0.0', actual: '10.0' }, fix: { kind: 'number', value: '0.0' } },
      ],
    },
  ],
});
