import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const messages = {
  unclassifiedRow: {
    data: { sheet: 'text', cell: 'text', text: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: строка «{{text}}» не распознана (это не подпрограмма, не источник, не итог и не показатель)',
    en: 'Sheet "{{sheet}}", {{cell}}: the row "{{text}}" is not recognised (not a subprogram, source, total or indicator row)',
  },
  shiftedRow: {
    data: { sheet: 'text', cell: 'text', column: 'text', expectedColumn: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: значение найдено в столбце {{column}}, а по шапке должно быть в столбце {{expectedColumn}} — ячейки строки сдвинуты',
    en: 'Sheet "{{sheet}}", {{cell}}: the value is in column {{column}}, the header puts it in column {{expectedColumn}}: the row is shifted',
  },
} as const;

export const unclassifiedRow = defineRule({
  meta: {
    id: 'S008',
    title: { ru: 'Строка не распознана или сдвинута', en: 'Unrecognised or shifted row' },
    description: {
      ru: 'Строка внутри таблицы не относится ни к подпрограмме, ни к источнику, ни к итогу, ни к показателю, или её ячейки сдвинуты относительно шапки.',
      en: 'A row inside a table is neither a subprogram, a source, a total nor an indicator row, or its cells are shifted against the header.',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S008', messages);
  },
});
