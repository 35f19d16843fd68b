import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { paths } from '../../../../src/domain/paths';
import { passportSourceAmounts } from '../../../../src/domain/rules/passport/P003-source-amounts';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const y2020 = { from: 2020, to: 2020 };

ruleTester.run(passportSourceAmounts, {
  valid: [
    { name: '"Бюджет городского округа Ступино Московской области" in the passport is the annex\'s "Бюджет городского округа Ступино"', program },
    {
      name: '"Федеральный бюджет: всего 0" with no federal row in Приложение 1',
      program: edit(program, (p) => { p.passport!.funding!.sources.unshift({ name: 'Федеральный бюджет', total: '0', years: [] }); }),
    },
    { name: 'no "в том числе" rows: the sums over the subprograms', program: edit(program, (p) => { p.funding!.totalBySource = []; }) },
  ],
  invalid: [
    {
      name: 'the worked example: the city budget "всего" differs from Приложение 1',
      program: edit(program, (p) => { p.passport!.funding!.sources[0].total = '271560.1'; }),
      errors: [{ messageId: 'sourceAmount', path: paths.passportSourceCell('municipal', 'total') , data: { expected: '271559.8', actual: '271560.1' }, message: { ru: 'Паспорт, Бюджет городского округа Ступино Московской области, всего: 271 560,1 тыс. руб., а в Приложении 1 271 559,8', en: 'Passport, source "Бюджет городского округа Ступино Московской области", total: 271 560,1 thousand rubles, Annex 1 says 271 559,8' } }],
    },
    {
      name: 'a source-year amount differs, compared with the subprogram sums when there are no "в том числе" rows',
      program: edit(program, (p) => { p.funding!.totalBySource = []; p.passport!.funding!.sources[2].years[0].amount = '145.8'; }),
      errors: [{ messageId: 'sourceAmount', path: paths.passportSourceCell('extrabudgetary', y2020) , data: { expected: '154.8', actual: '145.8' }}],
    },
    {
      name: 'a source of Приложение 1 missing from the passport',
      program: edit(program, (p) => { p.passport!.funding!.sources.splice(2, 1); }),
      errors: [{ messageId: 'sourceMissing', path: paths.passportSource('extrabudgetary') , data: { expected: '532.8' }, message: { ru: 'Паспорт, источники финансирования: нет источника «Внебюджетные источники», а в Приложении 1 по нему 532,8 тыс. руб.', en: 'Passport, funding: the source "Extra-budgetary sources" is missing, Annex 1 gives it 532,8 thousand rubles' } }],
    },
    {
      name: 'a source of the passport that Приложение 1 does not have (issue 8: the passport\'s list against the annex\'s)',
      program: edit(program, (p) => { p.passport!.funding!.sources.splice(1, 0, { name: 'Федеральный бюджет', total: '500.0', years: [] }); }),
      errors: [{ messageId: 'sourceAmount', path: paths.passportSourceCell('federal', 'total'), data: { expected: '0.0', actual: '500.0' } }],
    },
  ],
});

it('P003 names the source and both amounts', () => {
  const p = edit(program, (q) => { q.passport!.funding!.sources[0].total = '271560.1'; });
  const [f] = collectFindings({ program: p, rules: [passportSourceAmounts] });
  expect(renderMessage(f, 'ru')).toBe('Паспорт, Бюджет городского округа Ступино Московской области, всего: 271 560,1 тыс. руб., а в Приложении 1 271 559,8');
});
