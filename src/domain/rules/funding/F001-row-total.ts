import { formatScaledRu, fromScaled } from '../../amount';
import { fundingColumns, fundingRows, scaledAmount, yearSum } from '../../funding-rows';
import { defineRule } from '../define-rule';

export const rowTotal = defineRule({
  meta: {
    id: 'F001',
    title: { ru: '«Общий объем» не равен сумме по годам', en: '"Общий объем" differs from the sum of the years' },
    description: {
      ru: 'В каждой строке Приложения 1 «Общий объем финансовых ресурсов» равен сумме столбцов лет; исправление — эта сумма.',
      en: 'In every row of Приложение 1 the total equals the sum of its year columns; the fix is that sum.',
    },
    messages: {
      rowTotal: {
        ru: 'Приложение 1, {{where}}: «Общий объем» {{actual}}, а сумма по годам {{expected}}',
        en: 'Приложение 1, {{whereEn}}: the total is {{actual}}, the years add up to {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding) return;
    const columns = fundingColumns(funding.years);
    for (const r of fundingRows(funding)) {
      if (columns.some((c) => ctx.unreadable(r.cellPath(c.column)))) continue; // S004/S005 at that cell says it
      const total = scaledAmount(r.row.total, precision);
      const sum = yearSum(r.row, precision);
      if (total === sum) continue;
      const expected = formatScaledRu(sum, precision);
      const actual = formatScaledRu(total, precision);
      ctx.report({
        messageId: 'rowTotal',
        path: r.cellPath('total'),
        data: { where: r.label.ru, whereEn: r.label.en, expected, actual },
        expected,
        actual,
        fix: { kind: 'number', value: fromScaled(sum, precision) },
      });
    }
  },
});
