import { renderMessage } from '../../../../src/domain/messages/render-message';
import { collectFindings } from '../../../../src/domain/check-program';
import { headerNotFound } from '../../../../src/domain/rules/structure/S002-header-not-found';
import { buildProgram } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const issue = {
  rule: 'S002' as const, messageId: 'headerNotFound', path: null, sheet: 'Приложение 2', cell: 'A5',
  data: { table: 'Приложение 2', looked: '«Планируемое значение показателя по годам реализации», «Базовое значение показателя»' },
};

ruleTester.run(headerNotFound, {
  valid: [
    { name: 'no reader issues', program },
    { name: 'issues of other rules are not S002\'s', program, readIssues: [{ rule: 'S004', messageId: 'notANumber', path: null, sheet: 'Приложение 1', cell: 'D9', data: { text: 'abc', column: '2020 год' } }] },
  ],
  invalid: [
    {
      name: 'the reader did not recognise the header of Приложение 2: keyed by its cell',
      program,
      readIssues: [issue],
      errors: [{ messageId: 'headerNotFound', path: 'sheet:Приложение 2/A5', sheet: 'Приложение 2', cell: 'A5', message: { ru: 'Лист «Приложение 2», A5: не распознана шапка таблицы «Приложение 2»; искали заголовки: «Планируемое значение показателя по годам реализации», «Базовое значение показателя»', en: 'Sheet "Приложение 2", A5: the header of table "Приложение 2" was not recognised; looked for: «Планируемое значение показателя по годам реализации», «Базовое значение показателя»' } }],
    },
  ],
});

it('S002 says which header texts were looked for', () => {
  const [f] = collectFindings({ program, readIssues: [issue], rules: [headerNotFound] });
  expect(renderMessage(f, 'ru')).toBe('Лист «Приложение 2», A5: не распознана шапка таблицы «Приложение 2»; искали заголовки: «Планируемое значение показателя по годам реализации», «Базовое значение показателя»');
});

it('a reader issue with a message id the rule does not know is a programming error, said plainly', () => {
  expect(() => collectFindings({ program, readIssues: [{ ...issue, messageId: 'noHeader' }], rules: [headerNotFound] })).toThrow('S002: the reader reported an unknown message id "noHeader"');
});
