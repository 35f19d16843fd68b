import { formatScaledRu, fromScaled } from '../../amount';
import { amountIn, fundingColumns, scaledAmount } from '../../funding-rows';
import { paths } from '../../paths';
import { sourceKeys } from '../../sources';
import { defineRule } from '../define-rule';

export const programTotal = defineRule({
  meta: {
    id: 'F003',
    title: { ru: '«ИТОГО» не равно сумме подпрограмм', en: 'The program total differs from the sum of the subprograms' },
    description: {
      ru: 'В каждом столбце строка «ИТОГО по муниципальной программе» равна сумме строк «Всего по подпрограмме» (подпрограмма без такой строки — суммой её источников); исправление — эта сумма.',
      en: 'In every column the ИТОГО row equals the sum of the subprogram totals (or of the sources of a subprogram without one); the fix is that sum.',
    },
    messages: {
      programTotal: {
        ru: 'Приложение 1, {{column}}: сумма подпрограмм {{expected}}, в строке «ИТОГО по муниципальной программе» {{actual}}',
        en: 'Приложение 1, {{columnEn}}: the subprograms add up to {{expected}}, the row "ИТОГО по муниципальной программе" says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding?.total) return;
    for (const c of fundingColumns(funding.years)) {
      // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
      const added = funding.subprograms.flatMap((sp, sub) =>
        sp.total ? [paths.fundingSubtotalCell(sub, c.column)] : sourceKeys(sp.sources.map((s) => s.source)).map((key) => paths.fundingSourceCell(sub, key, c.column)),
      );
      if (ctx.unreadable(paths.fundingTotalCell(c.column)) || added.some((p) => ctx.unreadable(p))) continue;
      let sum = 0n;
      for (const sp of funding.subprograms) {
        const rows = sp.total ? [sp.total] : sp.sources;
        for (const row of rows) sum += scaledAmount(amountIn(row, c), precision);
      }
      const stated = scaledAmount(amountIn(funding.total, c), precision);
      if (sum === stated) continue;
      const expected = formatScaledRu(sum, precision);
      const actual = formatScaledRu(stated, precision);
      ctx.report({
        messageId: 'programTotal',
        path: paths.fundingTotalCell(c.column),
        data: { column: c.label.ru, columnEn: c.label.en, expected, actual },
        expected,
        actual,
        fix: { kind: 'number', value: fromScaled(sum, precision) },
      });
    }
  },
});
