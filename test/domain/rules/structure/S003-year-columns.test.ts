import { paths } from '../../../../src/domain/paths';
import { yearColumns } from '../../../../src/domain/rules/structure/S003-year-columns';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const y = (from: number, to = from) => ({ from, to });

ruleTester.run(yearColumns, {
  valid: [
    { name: 'one column per year of the period', program },
    {
      name: 'a span column ("2022–2024 годы") counts for all its years',
      program: edit(program, (p) => { p.period = y(2020, 2024); p.funding!.years = [y(2020), y(2021), y(2022, 2024)]; p.indicators!.years = [y(2020), y(2021), y(2022, 2024)]; }),
    },
    {
      name: 'both annexes agree and only the passport says another period: that is P005\'s one finding',
      program: edit(program, (p) => { p.period = y(2020, 2024); p.passport!.period = y(2020, 2024); p.passport!.periodText = '2020-2024 годы'; }),
    },
  ],
  invalid: [
    {
      name: 'a repeated year column',
      program: edit(program, (p) => { p.funding!.years = [y(2020), y(2021), y(2021), y(2022)]; }),
      errors: [{ messageId: 'duplicateYear', path: paths.fundingYearHeader(2), message: { ru: 'Приложение 1: столбец «2021 год» повторяет 2021 год', en: 'Annex 1: the column for 2021 repeats the year 2021' } }],
    },
    {
      name: 'a gap between the columns',
      program: edit(program, (p) => { p.indicators!.years = [y(2020), y(2022)]; p.period = y(2020, 2022); }),
      errors: [{ messageId: 'notConsecutive', path: paths.indicatorYearHeader(1), message: { ru: 'Приложение 2: после столбца «2020 год» идёт «2022 год» — годы должны идти подряд', en: 'Annex 2: the column for 2022 follows the one for 2020: the years must be consecutive' } }],
    },
    {
      name: 'the columns end before the program period does',
      program: edit(program, (p) => { p.period = y(2020, 2024); p.indicators!.years = [y(2020), y(2021), y(2022), y(2023), y(2024)]; }),
      errors: [{ messageId: 'periodMismatch', path: paths.fundingYearHeader(2) , data: { expected: { from: 2020, to: 2024 }, actual: { from: 2020, to: 2022 } }, message: { ru: 'Приложение 1: столбцы лет охватывают 2020-2022 годы, а срок реализации программы — 2020-2024 годы', en: 'Annex 1: the year columns cover 2020-2022, the program period is 2020-2024' } }],
    },
    {
      name: 'a table without year columns',
      program: edit(program, (p) => { p.funding!.years = []; }),
      errors: [{ messageId: 'noYearColumns', path: paths.funding, message: { ru: 'Приложение 1: не найдено ни одного столбца лет (срок программы 2020-2022 годы)', en: 'Annex 1: no year columns were found (the program period is 2020-2022)' } }],
    },
  ],
});
