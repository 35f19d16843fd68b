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
      errors: [{ messageId: 'yearAmount', path: paths.passportFundingYear({ from: 2021, to: 2021 }) , data: { expected: '98398.3', actual: '98389.3' }, message: { ru: 'Паспорт, источники финансирования, 2021 год: 98 389,3 тыс. руб., а в Приложении 1 «ИТОГО по муниципальной программе» 98 398,3', en: 'Passport, funding, 2021: 98 389,3 thousand rubles, the program total of Annex 1 says 98 398,3' } }],
    },
    {
      name: 'an empty year amount counts as zero',
      program: edit(program, (p) => { p.passport!.funding!.years[2].amount = null; }),
      errors: [{ messageId: 'yearAmount', path: paths.passportFundingYear({ from: 2022, to: 2022 }) , data: { expected: '75438.6', actual: '0.0' }}],
    },
  ],
});
