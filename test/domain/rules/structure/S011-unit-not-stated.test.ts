import { readXlsxBuffer } from '../../../../src/cli/xlsx/read-xlsx';
import { unitNotStated } from '../../../../src/domain/rules/structure/S011-unit-not-stated';
import { checkWorkbook } from '../../../../src/sheets/check-workbook';
import { buildProgram } from '../../../fixtures/program-builder';
import { pasteWorkbook } from '../../../corpus/paste-workbook';
import { m, paragraphRows } from '../../../corpus/fragment';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(unitNotStated, {
  valid: [{ name: 'every form states its unit, or both write in one', program }],
  invalid: [
    {
      name: 'a table without a unit beside a passport in млн руб.',
      program,
      readIssues: [{ rule: 'S011', messageId: 'unitNotStated', path: null, sheet: 'Лист1', cell: 'A6', data: { table: 'funding', assumed: 'тыс. руб.', other: 'passport', otherUnit: 'млн руб.' } }],
      errors: [
        {
          messageId: 'unitNotStated',
          path: 'sheet:Лист1/A6',
          severity: 'warning',
          message: {
            ru: 'Лист «Лист1», A6: единица измерения сумм в Приложении 1 не указана — принята «тыс. руб.», а в паспорте суммы в «млн руб.»; укажите единицу, иначе суммы сравнены как «тыс. руб.»',
            en: 'Sheet "Лист1", A6: Annex 1 does not state the unit of its amounts — "thousand rubles" is assumed, while the passport writes in "million rubles"; state the unit, or the amounts are compared as "thousand rubles"',
          },
        },
      ],
    },
  ],
});

/** A funding paragraph in млн руб. over a table of the same money that names no unit. */
async function pasted(tableUnit: string) {
  const sheets = [
    {
      name: 'Лист1',
      numbers: 'number' as const,
      rows: [
        ...paragraphRows(['Общий объем финансирования программы составляет 1,500 млн руб., в том числе: 2025 год - 0,700 млн руб.; 2026 год - 0,800 млн руб.']),
        [null],
        [m('Источник финансирования', 1, 2), m(`Объем финансирования${tableUnit}`, 3)],
        [null, 'Всего', '2025', '2026'],
        ['Местный бюджет', '1500,0', '700,0', '800,0'],
      ],
    },
  ];
  const book = await pasteWorkbook(sheets);
  return checkWorkbook(await readXlsxBuffer(book.buffer));
}

describe('S011 from the reader', () => {
  it('is given at a table that states no unit beside a paragraph in млн руб.', async () => {
    const { report } = await pasted('');
    expect(report.findings.filter((f) => f.rule === 'S011').map((f) => [f.sheet, f.cell, f.data.table, f.data.otherUnit])).toEqual([['Лист1', 'A3', 'funding', 'млн руб.']]);
  });

  it('is not given when the table says «тыс. руб.»: the amounts are converted exactly, and agree', async () => {
    const { report } = await pasted(', тыс. руб.');
    expect(report.findings.filter((f) => f.rule === 'S011' || f.severity === 'error').map((f) => f.rule)).toEqual(report.findings.filter((f) => f.rule === 'S001').map((f) => f.rule));
  });
});
