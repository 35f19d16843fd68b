import { formatScaledRu, fromScaled } from '../../amount';
import { amountIn, fundingColumns, scaledAmount, subprogramLabel } from '../../funding-rows';
import { paths } from '../../paths';
import { sourceKeys } from '../../sources';
import { defineRule } from '../define-rule';

export const subprogramTotal = defineRule({
  meta: {
    id: 'F002',
    title: { ru: '«Всего по подпрограмме» не равно сумме источников', en: 'Subprogram total differs from the sum of its sources' },
    description: {
      ru: 'В каждом столбце строка «Всего по подпрограмме» равна сумме строк источников этой подпрограммы; исправление — эта сумма.',
      en: 'In every column the subprogram total row equals the sum of that subprogram\'s source rows; the fix is that sum.',
    },
    messages: {
      subprogramTotal: {
        ru: 'Приложение 1, {{subprogram}}, {{column}}: сумма по источникам {{expected}}, в строке «Всего по подпрограмме» {{actual}}',
        en: 'Приложение 1, {{subprogramEn}}, {{columnEn}}: the sources add up to {{expected}}, the row "Всего по подпрограмме" says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding) return;
    const columns = fundingColumns(funding.years);
    funding.subprograms.forEach((sp, sub) => {
      if (!sp.total) return;
      const label = subprogramLabel(sp.title, sub);
      const keys = sourceKeys(sp.sources.map((s) => s.source));
      for (const c of columns) {
        // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
        if (ctx.unreadable(paths.fundingSubtotalCell(sub, c.column)) || keys.some((key) => ctx.unreadable(paths.fundingSourceCell(sub, key, c.column)))) continue;
        let sum = 0n;
        for (const row of sp.sources) sum += scaledAmount(amountIn(row, c), precision);
        const stated = scaledAmount(amountIn(sp.total, c), precision);
        if (sum === stated) continue;
        const expected = formatScaledRu(sum, precision);
        const actual = formatScaledRu(stated, precision);
        ctx.report({
          messageId: 'subprogramTotal',
          path: paths.fundingSubtotalCell(sub, c.column),
          data: { subprogram: label.ru, subprogramEn: label.en, column: c.label.ru, columnEn: c.label.en, expected, actual },
          expected,
          actual,
          fix: { kind: 'number', value: fromScaled(sum, precision) },
        });
      }
    });
  },
});
