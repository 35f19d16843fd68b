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
    const rows = fundingRows(funding);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      for (let j = 0; j < columns.length; j++) {
        const c = columns[j];
        const d = amountIn(r.row, c);
        // Only an amount written with a minus can be below zero ("-0.0" is not).
        if (d === null || d.charCodeAt(0) !== 45 /* '-' */ || toScaled(d, decimalPlaces(d)) >= 0n) continue;
        ctx.report({ messageId: 'negativeAmount', path: r.cellPath(c.column), data: { cell: r.place(c.column), actual: d } });
      }
    }
  },
});
