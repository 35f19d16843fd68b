import { fromScaled } from '../../amount';
import { scaledAmount } from '../../funding-rows';
import { yearSpanKey } from '../../model/year-span';
import { passportSources } from '../../passport-funding';
import { paths } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

export const passportSums = defineRule({
  meta: {
    id: 'P006',
    title: { ru: 'Паспорт не сходится сам с собой', en: 'The passport does not add up' },
    description: {
      ru: 'В разделе паспорта «Источники финансирования» «всего» каждого источника равно сумме его лет, «Всего» — сумме лет, а источники в сумме дают «Всего» и суммы по годам. Сумма источников сверяется, только когда каждый источник сходится сам; по годам — только когда каждый источник с ненулевым «всего» расписан по годам.',
      en: 'In the passport\'s funding section each source\'s total equals the sum of its years, the total equals the sum of the years, and the sources add up to the total and the years (checked only when every source adds up by itself; by year only when every source with a non-zero total gives its years).',
    },
    messages: {
      sourceTotal: {
        data: { source: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{source}}: всего {{actual}} тыс. руб., а сумма по годам {{expected}}',
        en: '{{source}}: total {{actual}} thousand rubles, the years add up to {{expected}}',
      },
      yearsTotal: {
        data: { expected: 'decimal', actual: 'decimal' },
        ru: 'Паспорт, источники финансирования: всего {{actual}} тыс. руб., а сумма по годам {{expected}}',
        en: 'Passport, funding: total {{actual}} thousand rubles, the years add up to {{expected}}',
      },
      sourcesTotal: {
        data: { column: 'passportColumn', expected: 'decimal', actual: 'decimal' },
        ru: 'Паспорт, источники финансирования, {{column}}: сумма источников {{expected}} тыс. руб., а указано {{actual}}',
        en: 'Passport, funding, {{column}}: the sources add up to {{expected}} thousand rubles, the passport says {{actual}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const funding = ctx.program.passport?.funding;
    if (!funding) return;
    const { precision } = ctx.config;
    const sum = (values: (string | null)[]): bigint => values.reduce((s, d) => s + scaledAmount(d, precision), 0n);
    const amounts = (e: bigint, a: bigint) => ({ expected: fromScaled(e, precision), actual: fromScaled(a, precision) });

    if (funding.total !== null && funding.years.length > 0) {
      const years = sum(funding.years.map((y) => y.amount));
      const total = scaledAmount(funding.total, precision);
      if (years !== total) ctx.report({ messageId: 'yearsTotal', path: paths.passportFundingTotal, data: amounts(years, total) });
    }

    const sources = passportSources(funding);
    let selfConsistent = true;
    for (const { source, key } of sources) {
      if (source.total === null || source.years.length === 0) continue;
      const years = sum(source.years.map((y) => y.amount));
      const total = scaledAmount(source.total, precision);
      if (years === total) continue;
      selfConsistent = false;
      ctx.report({ messageId: 'sourceTotal', path: paths.passportSourceCell(key, 'total'), data: { source: { kind: 'passportSource', source: collapseSpaces(source.name) }, ...amounts(years, total) } });
    }
    if (!selfConsistent || sources.length === 0) return;

    if (funding.total !== null) {
      const bySources = sum(sources.map((s) => s.source.total));
      const total = scaledAmount(funding.total, precision);
      if (bySources !== total) ctx.report({ messageId: 'sourcesTotal', path: paths.passportFundingTotal, data: { column: 'total', ...amounts(bySources, total) } });
    }
    // A source given only by its "всего" says nothing of its years (unless it is zero: then it is zero every year).
    const yearsKnown = sources.every((s) => s.source.years.length > 0 || (s.source.total !== null && scaledAmount(s.source.total, precision) === 0n));
    if (!yearsKnown) return;
    for (const y of funding.years) {
      const key = yearSpanKey(y.year);
      const bySources = sum(sources.map((s) => s.source.years.find((sy) => yearSpanKey(sy.year) === key)?.amount ?? null));
      const stated = scaledAmount(y.amount, precision);
      if (bySources !== stated) ctx.report({ messageId: 'sourcesTotal', path: paths.passportFundingYear(y.year), data: { column: y.year, ...amounts(bySources, stated) } });
    }
  },
});
