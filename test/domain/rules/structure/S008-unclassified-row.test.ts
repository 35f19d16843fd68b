import { unclassifiedRow } from '../../../../src/domain/rules/structure/S008-unclassified-row';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(unclassifiedRow, {
  valid: [{ name: 'no reader issues', program }],
  invalid: [
    {
      name: 'a row the reader could not classify and a shifted row',
      program,
      readIssues: [
        { rule: 'S008', messageId: 'unclassifiedRow', path: null, sheet: 'Приложение 1', cell: 'A15', data: { text: 'Примечание: суммы уточняются' } },
        { rule: 'S008', messageId: 'shiftedRow', path: 'funding/sub/2/src/extrabudgetary', sheet: 'Приложение 1', cell: 'E17', data: { column: 'E', expectedColumn: 'D' } },
      ],
      errors: [
        { messageId: 'unclassifiedRow', path: 'sheet:Приложение 1/A15', sheet: 'Приложение 1', cell: 'A15', message: { ru: 'Лист «Приложение 1», A15: строка «Примечание: суммы уточняются» не распознана (это не подпрограмма, не источник, не итог и не показатель)', en: 'Sheet "Приложение 1", A15: the row "Примечание: суммы уточняются" is not recognised (not a subprogram, source, total or indicator row)' } },
        { messageId: 'shiftedRow', path: 'funding/sub/2/src/extrabudgetary', cell: 'E17', message: { ru: 'Лист «Приложение 1», E17: значение найдено в столбце E, а по шапке должно быть в столбце D — ячейки строки сдвинуты', en: 'Sheet "Приложение 1", E17: the value is in column E, the header puts it in column D: the row is shifted' } },
      ],
    },
  ],
});
