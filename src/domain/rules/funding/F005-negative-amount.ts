import { decimalPlaces, toScaled } from '../../amount';
import { amountIn, fundingRows, tableColumns } from '../../funding-rows';
import { defineRule } from '../define-rule';

export const negativeAmount = defineRule({
  meta: {
    id: 'F005',
    title: { ru: 'Отрицательная сумма', en: 'Negative amount' },
    description: { ru: 'Суммы финансирования в Приложении 1 не бывают отрицательными.', en: 'Funding amounts in Annex 1 are never negative.' },
    messages: {
      negativeAmount: {
        data: { cell: 'place', actual: 'decimal' },
        ru: '{{cell}}: отрицательная сумма {{actual}}',
        en: '{{cell}}: negative amount {{actual}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    const columns = tableColumns(funding);
    for (const r of fundingRows(funding)) {
      for (const c of columns) {
        const d = amountIn(r.row, c);
        if (d === null || toScaled(d, decimalPlaces(d)) >= 0n) continue;
        ctx.report({ messageId: 'negativeAmount', path: r.cellPath(c.column), data: { cell: r.place(c.column), actual: d } });
      }
    }
  },
});
