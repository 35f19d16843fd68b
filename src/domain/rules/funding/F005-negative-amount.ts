import { decimalPlaces, formatDecimalRu, toScaled } from '../../amount';
import { amountIn, fundingColumns, fundingRows } from '../../funding-rows';
import { defineRule } from '../define-rule';

export const negativeAmount = defineRule({
  meta: {
    id: 'F005',
    title: { ru: 'Отрицательная сумма', en: 'Negative amount' },
    description: { ru: 'Суммы финансирования в Приложении 1 не бывают отрицательными.', en: 'Funding amounts in Приложение 1 are never negative.' },
    messages: {
      negativeAmount: {
        ru: 'Приложение 1, {{where}}, {{column}}: отрицательная сумма {{actual}}',
        en: 'Приложение 1, {{whereEn}}, {{columnEn}}: negative amount {{actual}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    const columns = fundingColumns(funding.years);
    for (const r of fundingRows(funding)) {
      for (const c of columns) {
        const d = amountIn(r.row, c);
        if (d === null || toScaled(d, decimalPlaces(d)) >= 0n) continue;
        const actual = formatDecimalRu(d);
        ctx.report({
          messageId: 'negativeAmount',
          path: r.cellPath(c.column),
          data: { where: r.label.ru, whereEn: r.label.en, column: c.label.ru, columnEn: c.label.en, actual },
          actual,
        });
      }
    }
  },
});
