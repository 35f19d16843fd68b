import { decimalPlaces, fromScaled, toScaled, type Decimal } from '../../amount';
import { amountIn, fundingColumns, fundingRows } from '../../funding-rows';
import type { Place } from '../../messages/message-data';
import { paths, type Path } from '../../paths';
import { sourceKeys } from '../../sources';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

interface Amount {
  value: Decimal | null;
  path: Path;
  place: Place;
}

export const excessDecimals = defineRule({
  meta: {
    id: 'S006',
    title: { ru: 'Лишние знаки после запятой', en: 'More decimals than the precision' },
    description: {
      ru: 'Сумма записана с большим числом знаков после запятой, чем установлено (тыс. руб. с одним знаком); в сверке она округляется до установленной точности.',
      en: 'An amount carries more decimals than the declared precision (thousand rubles with one decimal); it is compared after rounding.',
    },
    messages: {
      excessDecimals: {
        data: { cell: 'place', actual: 'decimal', places: 'integer', precision: 'integer', expected: 'decimal' },
        ru: '{{cell}}: сумма {{actual}} записана с {{places}} знаками после запятой, допускается {{precision}}; округлённо {{expected}}',
        en: '{{cell}}: the amount {{actual}} has {{places}} decimals, {{precision}} allowed; rounded: {{expected}}',
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
        for (const c of columns) amounts.push({ value: amountIn(row.row, c), path: row.cellPath(c.column), place: row.place(c.column) });
      }
    }
    const funding = program.passport?.funding;
    if (funding) {
      amounts.push({ value: funding.total, path: paths.passportFundingTotal, place: { kind: 'passportFunding', column: 'total' } });
      for (const y of funding.years) amounts.push({ value: y.amount, path: paths.passportFundingYear(y.year), place: { kind: 'passportFunding', column: y.year } });
      const keys = sourceKeys(funding.sources.map((s) => s.name));
      funding.sources.forEach((s, i) => {
        const source = collapseSpaces(s.name);
        amounts.push({ value: s.total, path: paths.passportSourceCell(keys[i], 'total'), place: { kind: 'passportSource', source, column: 'total' } });
        for (const y of s.years) amounts.push({ value: y.amount, path: paths.passportSourceCell(keys[i], y.year), place: { kind: 'passportSource', source, column: y.year } });
      });
    }
    for (const a of amounts) {
      if (a.value === null || decimalPlaces(a.value) <= config.precision) continue;
      const rounded = fromScaled(toScaled(a.value, config.precision), config.precision);
      ctx.report({
        messageId: 'excessDecimals',
        path: a.path,
        data: { cell: a.place, actual: a.value, places: decimalPlaces(a.value), precision: config.precision, expected: rounded },
        fix: { kind: 'number', value: rounded },
      });
    }
  },
});
