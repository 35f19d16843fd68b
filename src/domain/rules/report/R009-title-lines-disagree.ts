// The report's own lines that say what it is (docs/design/REPORTS.md): the program version in the title blocks of
// forms R1 and R2, and the unit of its amounts over the form and in its header. The reader takes the first of
// each; one that names another is found by the reader and relayed here, at the other's cell, naming both.
import { defineRule } from '../define-rule';
import { relayReadIssues } from '../structure/relay-read-issues';

const messages = {
  programDisagrees: {
    data: { sheet: 'text', cell: 'text', written: 'text', firstSheet: 'text', firstCell: 'text', first: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: здесь отчёт составлен по программе «{{written}}», а на листе «{{firstSheet}}», {{firstCell}} — по «{{first}}»; отчёт составляется по одной версии программы, проверен по второй из них не будет — исправьте одну из строк',
    en: 'Sheet "{{sheet}}", {{cell}}: this names the program "{{written}}", while sheet "{{firstSheet}}", {{firstCell}} names "{{first}}"; a report is laid out from one program version, and it is not checked against the second — correct one of the lines',
  },
  unitDisagrees: {
    data: { sheet: 'text', cell: 'text', unit: 'unit', firstSheet: 'text', firstCell: 'text', firstUnit: 'unit' },
    ru: 'Лист «{{sheet}}», {{cell}}: суммы здесь в «{{unit}}», а на листе «{{firstSheet}}», {{firstCell}} — в «{{firstUnit}}»; суммы прочитаны в «{{firstUnit}}» — укажите одну единицу',
    en: 'Sheet "{{sheet}}", {{cell}}: the amounts here are in "{{unit}}", while sheet "{{firstSheet}}", {{firstCell}} says "{{firstUnit}}"; the amounts are read in "{{firstUnit}}" — state one unit',
  },
} as const;

export const titleLinesDisagree = defineRule({
  meta: {
    id: 'R009',
    title: { ru: 'Шапки отчёта называют разные программы или единицы', en: 'The report\'s title lines name different programs or units' },
    description: {
      ru: 'Строки «Программа: ID — версия N» над формами R1 и R2 называют одну и ту же версию программы, а единица измерения над формой («(тыс. рублей)») — ту же, что в заголовках её столбцов («…, руб.»). Отчёт читается по первой из них; каждая другая, что с ней не совпадает, — ошибка у её ячейки с адресом первой, а не молчаливый выбор.',
      en: 'The lines «Программа: ID — версия N» over forms R1 and R2 name the same program version, and the unit over the form («(тыс. рублей)») is the one its column headers state («…, руб.»). The report is read by the first of them; every other one that disagrees is an error at its cell, naming the first — never a silent choice.',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'R009', messages);
  },
});
