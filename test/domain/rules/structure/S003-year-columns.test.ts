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
      errors: [{ messageId: 'duplicateYear', path: paths.fundingYearHeader(2) }],
    },
    {
      name: 'a gap between the columns',
      program: edit(program, (p) => { p.indicators!.years = [y(2020), y(2022)]; p.period = y(2020, 2022); }),
      errors: [{ messageId: 'notConsecutive', path: paths.indicatorYearHeader(1) }],
    },
    {
      name: 'the columns end before the program period does',
      program: edit(program, (p) => { p.period = y(2020, 2024); p.indicators!.years = [y(2020), y(2021), y(2022), y(2023), y(2024)]; }),
      errors: [{ messageId: 'periodMismatch', path: paths.fundingYearHeader(2), expected: '2020-2024 годы', actual: '2020-2022 годы' }],
    },
    {
      name: 'a table without year columns',
      program: edit(program, (p) => { p.funding!.years = []; }),
      errors: [{ messageId: 'noYearColumns', path: paths.funding }],
    },
  ],
});
