import { titleLinesDisagree } from '../../../../src/domain/rules/report/R009-title-lines-disagree';
import { onStupino, stupinoProgram, stupinoQ1 } from '../../../fixtures/report-builder';
import { ruleTester } from '../../rule-tester';

const program = stupinoProgram();
const reporting = onStupino(stupinoQ1());

ruleTester.run(titleLinesDisagree, {
  valid: [{ name: 'the reader found the forms\' lines in agreement (no issue)', program, reporting }],
  invalid: [
    {
      name: 'form R2\'s title block names another program version than form R1\'s',
      program,
      reporting,
      readIssues: [
        {
          rule: 'R009',
          messageId: 'programDisagrees',
          path: null,
          sheet: 'Форма R2',
          cell: 'A5',
          data: { sheet: 'Форма R2', cell: 'A5', written: 'Программа: stupino — версия 4', firstSheet: 'Форма R1', firstCell: 'A5', first: 'Программа: stupino — версия 3' },
        },
      ],
      errors: [
        {
          messageId: 'programDisagrees',
          path: 'sheet:Форма R2/A5',
          severity: 'error',
          message: {
            ru: 'Лист «Форма R2», A5: здесь отчёт составлен по программе «Программа: stupino — версия 4», а на листе «Форма R1», A5 — по «Программа: stupino — версия 3»; отчёт составляется по одной версии программы, проверен по второй из них не будет — исправьте одну из строк',
            en: 'Sheet "Форма R2", A5: this names the program "Программа: stupino — версия 4", while sheet "Форма R1", A5 names "Программа: stupino — версия 3"; a report is laid out from one program version, and it is not checked against the second — correct one of the lines',
          },
        },
      ],
    },
    {
      name: 'a column header in руб. under «(тыс. рублей)» over the form',
      program,
      reporting,
      readIssues: [
        { rule: 'R009', messageId: 'unitDisagrees', path: null, sheet: 'Отчет', cell: 'D3', data: { sheet: 'Отчет', cell: 'D3', unit: 'руб.', firstSheet: 'Отчет', firstCell: 'A2', firstUnit: 'тыс. руб.' } },
      ],
      errors: [
        {
          messageId: 'unitDisagrees',
          path: 'sheet:Отчет/D3',
          severity: 'error',
          message: {
            ru: 'Лист «Отчет», D3: суммы здесь в «руб.», а на листе «Отчет», A2 — в «тыс. руб.»; суммы прочитаны в «тыс. руб.» — укажите одну единицу',
            en: 'Sheet "Отчет", D3: the amounts here are in "rubles", while sheet "Отчет", A2 says "thousand rubles"; the amounts are read in "thousand rubles" — state one unit',
          },
        },
      ],
    },
  ],
});
