import { amountIn } from '../../funding-rows';
import { sourceMatchKey } from '../../funding-sums';
import { fundingPrecision } from '../../declared-precision';
import { fundingTotals, sumFix } from '../../funding-totals';
import { defineRule, type SumAmounts } from '../define-rule';
import { FundingCellSum } from './funding-cell-sum';

/** A "в том числе" row's cell as its source summed over the subprograms: its finding worded, its place made, only when asked. */
class SourceOverSubprograms extends FundingCellSum {
  report({ expected, actual }: SumAmounts) {
    return { messageId: 'totalBySource' as const, path: this.path, data: { row: this.row.place(this.column.column), expected, actual }, fix: sumFix(this.addends, expected) };
  }
}

export const totalBySource = defineRule({
  meta: {
    id: 'F004',
    title: { ru: 'Строка «в том числе» не равна сумме источника по подпрограммам', en: 'An "of which" row under the program total differs from its source summed over the subprograms' },
    description: {
      ru: 'Каждая строка «в том числе:» под «ИТОГО» равна сумме этого источника по всем подпрограммам (источники сопоставляются по виду бюджета), по каждому столбцу; исправление — формула этой суммы.',
      en: 'Each "of which" row under the program total equals that source summed over all subprograms (matched by category), per column; the fix is that sum\'s formula.',
    },
    messages: {
      totalBySource: {
        data: { row: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{row}}: сумма по подпрограммам {{expected}}, в строке {{actual}}',
        en: '{{row}}: the subprograms add up to {{expected}}, the row says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    // A program without subprograms: its source rows are the table, there is nothing to add them up from.
    if (!funding || funding.subprograms.length === 0) return;
    const precision = fundingPrecision(funding, ctx.config);
    const totals = fundingTotals(funding, precision);
    for (const r of totals.rows) {
      // A repeated "в том числе" row is F007's; its first occurrence is compared.
      if (r.kind !== 'bySource' || r.key === null || r.key !== sourceMatchKey(r.key)) continue;
      for (const c of totals.columns) {
        const addends = totals.downAmounts(r, c) ?? [];
        const path = r.cellPath(c.column);
        // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
        if (ctx.unreadable(path) || ctx.anyUnreadable(addends)) continue;
        ctx.sum(new SourceOverSubprograms(r, c, path, amountIn(r.row, c), addends, precision, null));
      }
    }
  },
});
