import { paths } from '../../../../src/domain/paths';
import { parsePeriodText, passportPeriod } from '../../../../src/domain/rules/passport/P005-period';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(passportPeriod, {
  valid: [
    { name: 'the passport period is the year columns', program },
    { name: 'only the text "2020 – 2022 гг." is read', program: edit(program, (p) => { p.passport!.period = null; p.passport!.periodText = '2020 – 2022 гг.'; }) },
    { name: 'no period in the passport', program: edit(program, (p) => { p.passport!.period = null; p.passport!.periodText = null; }) },
  ],
  invalid: [
    {
      name: 'the passport says 2020-2024, the columns are 2020–2022',
      program: edit(program, (p) => { p.passport!.period = { from: 2020, to: 2024 }; p.passport!.periodText = '2020-2024 годы'; }),
      errors: [{ messageId: 'periodMismatch', path: paths.passportPeriod , data: { expected: { from: 2020, to: 2022 }, actual: '2020-2024 годы' }, message: { ru: 'Паспорт, срок реализации: «2020-2024 годы», а столбцы лет Приложения 1 — 2020-2022 годы', en: 'Passport, period: "2020-2024 годы", the year columns of Annex 1 cover 2020-2022' } }],
    },
    {
      name: 'Приложение 2 has one column more',
      program: edit(program, (p) => { p.indicators!.years.push({ from: 2023, to: 2023 }); }),
      errors: [{ messageId: 'periodMismatch', path: paths.passportPeriod , data: { expected: { from: 2020, to: 2023 } }}],
    },
  ],
});

it.each([
  ['2020-2024 годы', { from: 2020, to: 2024 }],
  ['на 2020 – 2024 гг.', { from: 2020, to: 2024 }],
  ['с 2020 по 2024 год', { from: 2020, to: 2024 }],
  ['2021 год', { from: 2021, to: 2021 }],
  ['бессрочно', null],
])('reads the period text %s', (text, period) => {
  expect(parsePeriodText(text)).toEqual(period);
});
