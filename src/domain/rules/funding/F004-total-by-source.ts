import { formatScaledRu, fromScaled } from '../../amount';
import { amountIn, fundingColumns, fundingRows, scaledAmount } from '../../funding-rows';
import { sourceMatchKey, sumSourcesOverSubprograms } from '../../funding-sums';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';
import { sourceKeys } from '../../sources';
import { paths } from '../../paths';

export const totalBySource = defineRule({
  meta: {
    id: 'F004',
    title: { ru: 'Строка «в том числе» не равна сумме источника по подпрограммам', en: 'An "в том числе" row differs from its source summed over the subprograms' },
    description: {
      ru: 'Каждая строка «в том числе:» под «ИТОГО» равна сумме этого источника по всем подпрограммам (источники сопоставляются по виду бюджета), по каждому столбцу; исправление — эта сумма.',
      en: 'Each "в том числе" row under ИТОГО equals that source summed over all subprograms (matched by category), per column; the fix is that sum.',
    },
    messages: {
      totalBySource: {
        ru: 'Приложение 1, ИТОГО, в том числе «{{source}}», {{column}}: сумма по подпрограммам {{expected}}, в строке {{actual}}',
        en: 'Приложение 1, ИТОГО, of which "{{source}}", {{columnEn}}: the subprograms add up to {{expected}}, the row says {{actual}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    const { precision } = ctx.config;
    if (!funding) return;
    const sums = sumSourcesOverSubprograms(funding, precision);
    const columns = fundingColumns(funding.years);
    for (const r of fundingRows(funding)) {
      // A repeated "в том числе" row is F007's; its first occurrence is compared.
      if (r.kind !== 'bySource' || r.key === null || r.key !== sourceMatchKey(r.key)) continue;
      const sum = sums.get(r.key);
      const key = r.key;
      const addends = (c: (typeof columns)[number]) =>
        funding.subprograms.flatMap((sp, sub) =>
          sourceKeys(sp.sources.map((s) => s.source))
            .filter((k) => sourceMatchKey(k) === key)
            .map((k) => paths.fundingSourceCell(sub, k, c.column)),
        );
      columns.forEach((c, i) => {
        // A cell that could not be read (S004/S005) leaves the sum unknown: that finding says it.
        if (ctx.unreadable(r.cellPath(c.column)) || addends(c).some((p) => ctx.unreadable(p))) return;
        const expectedSum = sum ? sum[i] : 0n;
        const stated = scaledAmount(amountIn(r.row, c), precision);
        if (expectedSum === stated) return;
        const expected = formatScaledRu(expectedSum, precision);
        const actual = formatScaledRu(stated, precision);
        ctx.report({
          messageId: 'totalBySource',
          path: r.cellPath(c.column),
          data: { source: collapseSpaces(r.row.source), column: c.label.ru, columnEn: c.label.en, expected, actual },
          expected,
          actual,
          fix: { kind: 'number', value: fromScaled(expectedSum, precision) },
        });
      });
    }
  },
});
