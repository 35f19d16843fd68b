import { defineRule } from '../define-rule';
import { relayReadIssues } from './relay-read-issues';

const messages = {
  unattributedAmount: {
    data: { sheet: 'text', cell: 'text', amounts: 'text' },
    ru: 'Лист «{{sheet}}», {{cell}}: в тексте о финансировании суммы «{{amounts}}» не отнесены ни к итогу, ни к году, ни к источнику — они не проверены',
    en: 'Sheet "{{sheet}}", {{cell}}: the funding text holds "{{amounts}}", which belong to no total, year or source: they were not checked',
  },
} as const;

export const unattributedAmount = defineRule({
  meta: {
    id: 'S010',
    title: { ru: 'Сумма в тексте о финансировании не прочитана', en: 'An amount of the funding text was not read' },
    description: {
      ru: 'В разделе о финансировании (абзац паспорта, текст раздела, строка таблицы) есть сумма, которую нельзя отнести ни к итогу, ни к году, ни к источнику (или она противоречит уже прочитанной): она не проверяется, и отчёт говорит об этом, а не молчит.',
      en: 'The funding section (the passport paragraph, a section\'s text, a table row) holds an amount that belongs to no total, year or source (or contradicts one read already): it is not checked, and the report says so rather than keep silent.',
    },
    messages,
    fixable: false,
  },
  check(ctx) {
    relayReadIssues(ctx, 'S010', messages);
  },
});
