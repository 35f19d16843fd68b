import { amountIn, subprogramNumber } from '../../funding-rows';
import { fundingPrecision } from '../../declared-precision';
import { fundingTotals, sumFix } from '../../funding-totals';
import { defineRule, type SumAmounts } from '../define-rule';
import { FundingCellSum } from './funding-cell-sum';

/** A subprogram's "Всего" in one column as the sum of its sources: its finding worded, its place made, only when asked. */
class SubprogramTotal extends FundingCellSum<number> {
  report({ expected, actual }: SumAmounts) {
    const subprogram = { kind: 'subprogram' as const, table: 'funding' as const, sub: this.detail, column: this.column.column };
    return { messageId: 'subprogramTotal' as const, path: this.path, data: { subprogram, expected, actual }, fix: sumFix(this.addends, expected) };
  }
}

export const subprogramTotal = defineRule({
  meta: {
    id: 'F002',
    title: { ru: '«Всего по подпрограмме» не равно сумме источников', en: 'A subprogram total differs from the sum of its sources' },
    description: {
      ru: 'В каждом столбце строка «Всего по подпрограмме» равна сумме строк источников этой подпрограммы; исправление — формула этой суммы.',
      en: 'In every column the subprogram total row equals the sum of that subprogram\'s source rows; the fix is that sum\'s formula.',
    },
    messages: {
      subprogramTotal: {
        data: { subprogram: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{subprogram}}: сумма по источникам {{expected}}, в строке «Всего по подпрограмме» {{actual}}',
        en: '{{subprogram}}: the sources add up to {{expected}}, the subprogram total row says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    const precision = fundingPrecision(funding, ctx.config);
    const totals = fundingTotals(funding, precision);
    for (const r of totals.rows) {
      if (r.kind !== 'subtotal' || r.sub === null) continue;
      const sub = subprogramNumber(funding.subprograms[r.sub].title, r.sub);
      for (const c of totals.columns) {
        const addends = totals.downAmounts(r, c) ?? [];
        const path = r.cellPath(c.column);
        // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
        if (ctx.unreadable(path) || ctx.anyUnreadable(addends)) continue;
        ctx.sum(new SubprogramTotal(r, c, path, amountIn(r.row, c), addends, precision, sub));
      }
    }
  },
});
