import { fromScaled } from '../../amount';
import { fundingTotals } from '../../funding-totals';
import { scaledAmount, yearSum } from '../../funding-rows';
import { defineRule } from '../define-rule';

export const rowTotal = defineRule({
  meta: {
    id: 'F001',
    title: { ru: '«Общий объем» не равен сумме по годам', en: 'A row total differs from the sum of its years' },
    description: {
      ru: 'В каждой строке Приложения 1 «Общий объем финансовых ресурсов» равен сумме столбцов лет; исправление — формула этой суммы.',
      en: 'In every row of Annex 1 the total equals the sum of its year columns; the fix is that sum\'s formula.',
    },
    messages: {
      rowTotal: {
        data: { row: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{row}}: «Общий объем» {{actual}}, а сумма по годам {{expected}}',
        en: '{{row}}: the total is {{actual}}, the years add up to {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding) return;
    const totals = fundingTotals(funding, precision);
    for (const r of totals.rows) {
      if (totals.columns.some((c) => ctx.unreadable(r.cellPath(c.column)))) continue; // S004/S005 at that cell says it
      const total = scaledAmount(r.row.total, precision);
      const sum = yearSum(r.row, precision);
      if (total === sum) continue;
      const expected = fromScaled(sum, precision);
      const addends = totals.along(r);
      ctx.report({
        messageId: 'rowTotal',
        path: r.cellPath('total'),
        data: { row: r.place(), expected, actual: fromScaled(total, precision) },
        fix: addends.length > 0 ? { kind: 'sum', addends, value: expected } : { kind: 'number', value: expected },
      });
    }
  },
});
