import { fromScaled } from '../../amount';
import { amountIn, scaledAmount } from '../../funding-rows';
import { fundingTotals } from '../../funding-totals';
import { defineRule } from '../define-rule';

export const programTotal = defineRule({
  meta: {
    id: 'F003',
    title: { ru: '«ИТОГО» не равно сумме подпрограмм', en: 'The program total differs from the sum of the subprograms' },
    description: {
      ru: 'В каждом столбце строка «ИТОГО по муниципальной программе» равна сумме строк «Всего по подпрограмме» (подпрограмма без такой строки — суммой её источников); исправление — формула этой суммы.',
      en: 'In every column the program total row equals the sum of the subprogram totals (or of the sources of a subprogram without one); the fix is that sum\'s formula.',
    },
    messages: {
      programTotal: {
        data: { column: 'column', expected: 'decimal', actual: 'decimal' },
        ru: 'Приложение 1, {{column}}: сумма подпрограмм {{expected}}, в строке «ИТОГО по муниципальной программе» {{actual}}',
        en: 'Annex 1, {{column}}: the subprograms add up to {{expected}}, the program total row says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding?.total) return;
    const totals = fundingTotals(funding, precision);
    const row = totals.rows.find((r) => r.kind === 'total');
    if (!row) return;
    for (const c of totals.columns) {
      const addends = totals.down(row, c.column) ?? [];
      // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
      if (ctx.unreadable(row.cellPath(c.column)) || addends.some((p) => ctx.unreadable(p))) continue;
      const expected = totals.sum(addends);
      const stated = scaledAmount(amountIn(funding.total, c), precision);
      if (scaledAmount(expected, precision) === stated) continue;
      ctx.report({
        messageId: 'programTotal',
        path: row.cellPath(c.column),
        data: { column: c.column, expected, actual: fromScaled(stated, precision) },
        fix: addends.length > 0 ? { kind: 'sum', addends, value: expected } : { kind: 'number', value: expected },
      });
    }
  },
});
