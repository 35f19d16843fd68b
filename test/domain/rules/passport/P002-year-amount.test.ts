import { paths } from '../../../../src/domain/paths';
import { passportYearAmount } from '../../../../src/domain/rules/passport/P002-year-amount';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(passportYearAmount, {
  valid: [
    { name: 'each passport year is the ИТОГО year', program },
    { name: 'a year outside the annex\'s columns is P005\'s', program: edit(program, (p) => { p.passport!.funding!.years.push({ year: { from: 2023, to: 2023 }, amount: '5.0' }); }) },
  ],
  invalid: [
    {
      name: 'the passport\'s 2021 amount differs',
      program: edit(program, (p) => { p.passport!.funding!.years[1].amount = '98389.3'; }),
      errors: [{ messageId: 'yearAmount', path: paths.passportFundingYear({ from: 2021, to: 2021 }), expected: '98 398,3', actual: '98 389,3' }],
    },
    {
      name: 'an empty year amount counts as zero',
      program: edit(program, (p) => { p.passport!.funding!.years[2].amount = null; }),
      errors: [{ messageId: 'yearAmount', path: paths.passportFundingYear({ from: 2022, to: 2022 }), expected: '75 438,6', actual: '0,0' }],
    },
  ],
});
