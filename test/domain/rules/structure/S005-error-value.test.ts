import { renderMessage } from '../../../../src/domain/messages/render-message';
import { paths } from '../../../../src/domain/paths';
import { errorValue } from '../../../../src/domain/rules/structure/S005-error-value';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();

ruleTester.run(errorValue, {
  valid: [{ name: 'no reader issues', program }],
  invalid: [
    {
      name: '#REF! in a total cell and #N/A outside any value: two findings',
      program,
      readIssues: [
        { rule: 'S005', messageId: 'errorValue', path: paths.fundingTotalCell('total'), sheet: 'Приложение 1', cell: 'C20', data: { value: '#REF!' } },
        { rule: 'S005', messageId: 'errorValue', path: null, sheet: 'Приложение 1', cell: 'K3', data: { value: '#N/A' } },
      ],
      errors: [
        { messageId: 'errorValue', path: paths.fundingTotalCell('total'), cell: 'C20', message: { ru: 'Лист «Приложение 1», C20: ячейка содержит ошибку #ССЫЛКА!', en: 'Sheet "Приложение 1", C20: the cell holds the error value #REF!' } },
        { messageId: 'errorValue', path: 'sheet:Приложение 1/K3', cell: 'K3' },
      ],
    },
  ],
});

// Russian Excel shows the error values by Russian names: the Russian message names them so; the English keeps the
// code; the data keeps the code as stored. A value that is no standard code (or is already Russian) is shown as it is.
test.each([
  ['#NULL!', '#ПУСТО!'],
  ['#DIV/0!', '#ДЕЛ/0!'],
  ['#VALUE!', '#ЗНАЧ!'],
  ['#REF!', '#ССЫЛКА!'],
  ['#NAME?', '#ИМЯ?'],
  ['#NUM!', '#ЧИСЛО!'],
  ['#N/A', '#Н/Д'],
  ['#ЗНАЧ!', '#ЗНАЧ!'],
  ['#SPILL!', '#ПЕРЕНОС!'],
  ['#CALC!', '#ВЫЧИСЛ!'],
  ['#GETTING_DATA', '#ПОЛУЧЕНИЕ_ДАННЫХ'],
  ['#BUSY!', '#BUSY!'],
])('S005 %s: «%s» in Russian, the code in English', (code, russian) => {
  const finding = { rule: 'S005', messageId: 'errorValue', data: { sheet: 'Приложение 1', cell: 'C20', value: code } };
  expect(renderMessage(finding, 'ru')).toBe(`Лист «Приложение 1», C20: ячейка содержит ошибку ${russian}`);
  expect(renderMessage(finding, 'en')).toBe(`Sheet "Приложение 1", C20: the cell holds the error value ${code}`);
});
