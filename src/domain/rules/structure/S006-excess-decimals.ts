import { decimalPlaces, fromScaled, toScaled, type Decimal } from '../../amount';
import { fundingPrecision, passportPrecision } from '../../declared-precision';
import { amountIn, fundingRows, tableColumns } from '../../funding-rows';
import type { Place } from '../../messages/message-data';
import { paths, type Path } from '../../paths';
import { sourceKeys } from '../../sources';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

interface Amount {
  value: Decimal | null;
  path: Path;
  place: Place;
  /** The precision of its form: its unit's (3 decimals in млн руб.) or what the document writes throughout. */
  precision: number;
}

export const excessDecimals = defineRule({
  meta: {
    id: 'S006',
    title: { ru: 'Лишние знаки после запятой', en: 'More decimals than the precision' },
    description: {
      ru: 'Сумма записана с большим числом знаков после запятой, чем установлено для её единицы (тыс. руб. — с одним знаком, млн руб. — с тремя, руб. — с двумя; документ, который пишет больше знаков во всех суммах, задаёт свою точность); в сверке она округляется до установленной точности.',
      en: 'An amount carries more decimals than declared for its unit (thousand rubles: one decimal, million rubles: three, rubles: two; a document that writes more decimals throughout sets its own); it is compared after rounding.',
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
    // Most amounts have no more decimals than allowed: a finding's path and place are made only for the rest.
    const excess = (value: Decimal | null, precision: number): value is Decimal => value !== null && decimalPlaces(value) > precision;
    const report = (a: Amount): void => {
      const value = a.value as Decimal;
      const rounded = fromScaled(toScaled(value, a.precision), a.precision);
      ctx.report({
        messageId: 'excessDecimals',
        path: a.path,
        data: { cell: a.place, actual: value, places: decimalPlaces(value), precision: a.precision, expected: rounded },
        fix: { kind: 'number', value: rounded },
      });
    };
    if (program.funding) {
      const precision = fundingPrecision(program.funding, config);
      const columns = tableColumns(program.funding);
      const rows = fundingRows(program.funding);
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        for (let j = 0; j < columns.length; j++) {
          const c = columns[j];
          const value = amountIn(row.row, c);
          if (excess(value, precision)) report({ value, path: row.cellPath(c.column), place: row.place(c.column), precision });
        }
      }
    }
    const funding = program.passport?.funding;
    if (funding) {
      const precision = passportPrecision(funding, config);
      if (excess(funding.total, precision)) report({ value: funding.total, path: paths.passportFundingTotal, place: { kind: 'passportFunding', column: 'total' }, precision });
      for (const y of funding.years) {
        if (excess(y.amount, precision)) report({ value: y.amount, path: paths.passportFundingYear(y.year), place: { kind: 'passportFunding', column: y.year }, precision });
      }
      const keys = sourceKeys(funding.sources.map((s) => s.name));
      funding.sources.forEach((s, i) => {
        const source = collapseSpaces(s.name);
        if (excess(s.total, precision)) report({ value: s.total, path: paths.passportSourceCell(keys[i], 'total'), place: { kind: 'passportSource', source, column: 'total' }, precision });
        for (const y of s.years) {
          if (excess(y.amount, precision)) report({ value: y.amount, path: paths.passportSourceCell(keys[i], y.year), place: { kind: 'passportSource', source, column: y.year }, precision });
        }
      });
    }
  },
});
