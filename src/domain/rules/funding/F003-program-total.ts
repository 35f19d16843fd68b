import { amountIn } from '../../funding-rows';
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
    if (!funding?.total) return;
    const totals = fundingTotals(funding, ctx.config.precision);
    const row = totals.rows.find((r) => r.kind === 'total');
    if (!row) return;
    for (const c of totals.columns) {
      const addends = totals.down(row, c.column) ?? [];
      const path = row.cellPath(c.column);
      // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
      if (ctx.unreadable(path) || addends.some((p) => ctx.unreadable(p))) continue;
      ctx.sum({
        statement: 'funding',
        path,
        place: row.place(c.column),
        stated: amountIn(row.row, c),
        addends: totals.amounts(addends),
        report: ({ expected, actual }) => ({
          messageId: 'programTotal',
          path,
          data: { column: c.column, expected, actual },
          fix: addends.length > 0 ? { kind: 'sum', addends, value: expected } : { kind: 'number', value: expected },
        }),
      });
    }
  },
});
