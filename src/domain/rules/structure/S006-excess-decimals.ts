import { decimalPlaces, formatDecimalRu, formatScaledRu, fromScaled, toScaled, type Decimal } from '../../amount';
import { amountIn, fundingColumns, fundingRows } from '../../funding-rows';
import { yearSpanLabel } from '../../model/year-span';
import { paths, type Path } from '../../paths';
import { sourceKeys } from '../../sources';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

interface Amount {
  value: Decimal | null;
  path: Path;
  where: string;
}

export const excessDecimals = defineRule({
  meta: {
    id: 'S006',
    title: { ru: 'Лишние знаки после запятой', en: 'More decimals than the precision' },
    description: {
      ru: 'Сумма записана с большим числом знаков после запятой, чем установлено (тыс. руб. с одним знаком); в сверке она округляется до установленной точности.',
      en: 'An amount carries more decimals than the declared precision (тыс. руб. with one decimal); it is compared after rounding.',
    },
    messages: {
      excessDecimals: {
        ru: '{{where}}: сумма {{actual}} записана с {{places}} знаками после запятой, допускается {{precision}}; округлённо {{expected}}',
        en: '{{where}}: the amount {{actual}} has {{places}} decimals, {{precision}} allowed; rounded: {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { program, config } = ctx;
    const amounts: Amount[] = [];
    if (program.funding) {
      const columns = fundingColumns(program.funding.years);
      for (const row of fundingRows(program.funding)) {
        for (const c of columns) amounts.push({ value: amountIn(row.row, c), path: row.cellPath(c.column), where: `Приложение 1, ${row.label.ru}, ${c.label.ru}` });
      }
    }
    const funding = program.passport?.funding;
    if (funding) {
      amounts.push({ value: funding.total, path: paths.passportFundingTotal, where: 'Паспорт, всего' });
      for (const y of funding.years) amounts.push({ value: y.amount, path: paths.passportFundingYear(y.year), where: `Паспорт, ${yearSpanLabel(y.year)}` });
      const keys = sourceKeys(funding.sources.map((s) => s.name));
      funding.sources.forEach((s, i) => {
        const name = collapseSpaces(s.name);
        amounts.push({ value: s.total, path: paths.passportSourceCell(keys[i], 'total'), where: `Паспорт, ${name}, всего` });
        for (const y of s.years) amounts.push({ value: y.amount, path: paths.passportSourceCell(keys[i], y.year), where: `Паспорт, ${name}, ${yearSpanLabel(y.year)}` });
      });
    }
    for (const a of amounts) {
      if (a.value === null || decimalPlaces(a.value) <= config.precision) continue;
      const rounded = toScaled(a.value, config.precision);
      ctx.report({
        messageId: 'excessDecimals',
        path: a.path,
        data: { where: a.where, actual: formatDecimalRu(a.value), places: decimalPlaces(a.value), precision: config.precision, expected: formatScaledRu(rounded, config.precision) },
        expected: formatScaledRu(rounded, config.precision),
        actual: formatDecimalRu(a.value),
        fix: { kind: 'number', value: fromScaled(rounded, config.precision) },
      });
    }
  },
});
