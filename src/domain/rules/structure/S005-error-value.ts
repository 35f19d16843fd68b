import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const messages = {
  errorValue: {
    data: { sheet: 'text', cell: 'text', value: 'errorValue' },
    ru: 'Лист «{{sheet}}», {{cell}}: ячейка содержит ошибку {{value}}',
    en: 'Sheet "{{sheet}}", {{cell}}: the cell holds the error value {{value}}',
  },
} as const;

export const errorValue = defineRule({
  meta: {
    id: 'S005',
    title: { ru: 'Ошибка в ячейке', en: 'Error value in a cell' },
    description: {
      ru: 'Ячейка содержит значение ошибки электронной таблицы (#ССЫЛКА!/#REF!, #ДЕЛ/0!, #ЗНАЧ!, #Н/Д …).',
      en: 'A cell holds a spreadsheet error value (#REF!, #DIV/0!, #VALUE!, #N/A, …).',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S005', messages);
  },
});
