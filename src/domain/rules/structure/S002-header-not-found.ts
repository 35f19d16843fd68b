import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const messages = {
  headerNotFound: {
    data: { sheet: 'text', cell: 'text', table: 'text', looked: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: не распознана шапка таблицы «{{table}}»; искали заголовки: {{looked}}',
    en: 'Sheet "{{sheet}}", {{cell}}: the header of table "{{table}}" was not recognised; looked for: {{looked}}',
  },
} as const;

export const headerNotFound = defineRule({
  meta: {
    id: 'S002',
    title: { ru: 'Шапка таблицы не распознана', en: 'Table header not recognised' },
    description: {
      ru: 'Строка заголовков таблицы не найдена по ожидаемым текстам; сообщение называет, какие заголовки искались.',
      en: 'The header row of a table was not found by its expected texts; the message lists the texts looked for.',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S002', messages);
  },
});
