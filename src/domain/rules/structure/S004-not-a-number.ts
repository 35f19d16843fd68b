import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const messages = {
  notANumber: {
    data: { sheet: 'text', cell: 'text', column: 'text', text: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: в числовом столбце «{{column}}» записан текст «{{text}}», а не число',
    en: 'Sheet "{{sheet}}", {{cell}}: the numeric column "{{column}}" holds the text "{{text}}", not a number',
  },
} as const;

export const notANumber = defineRule({
  meta: {
    id: 'S004',
    title: { ru: 'Текст вместо числа', en: 'Text instead of a number' },
    description: {
      ru: 'Числовая ячейка содержит текст, который не читается как число («345 128,0», «-», «0,0» читаются).',
      en: 'A numeric cell holds text that is not a number ("345 128,0", "-" and "0,0" are read as numbers).',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S004', messages);
  },
});
