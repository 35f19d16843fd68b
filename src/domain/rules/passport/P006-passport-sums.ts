import { formatScaledRu } from '../../amount';
import { scaledAmount } from '../../funding-rows';
import { yearSpanKey, yearSpanLabel } from '../../model/year-span';
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
        ru: 'Паспорт, {{source}}: всего {{actual}} тыс. руб., а сумма по годам {{expected}}',
        en: 'Passport, {{source}}: total {{actual}} thousand rubles, the years add up to {{expected}}',
      },
      yearsTotal: {
        ru: 'Паспорт, источники финансирования: всего {{actual}} тыс. руб., а сумма по годам {{expected}}',
        en: 'Passport, funding: total {{actual}} thousand rubles, the years add up to {{expected}}',
      },
      sourcesTotal: {
        ru: 'Паспорт, источники финансирования, {{column}}: сумма источников {{expected}} тыс. руб., а указано {{actual}}',
        en: 'Passport, funding, {{columnEn}}: the sources add up to {{expected}} thousand rubles, the passport says {{actual}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const funding = ctx.program.passport?.funding;
    if (!funding) return;
    const { precision } = ctx.config;
    const sum = (values: (string | null)[]): bigint => values.reduce((s, d) => s + scaledAmount(d, precision), 0n);
    const report = (messageId: 'sourceTotal' | 'yearsTotal' | 'sourcesTotal', path: string, e: bigint, a: bigint, data: Record<string, string>): void => {
      const expected = formatScaledRu(e, precision);
      const actual = formatScaledRu(a, precision);
      ctx.report({ messageId, path, data: { ...data, expected, actual }, expected, actual });
    };

    if (funding.total !== null && funding.years.length > 0) {
      const years = sum(funding.years.map((y) => y.amount));
      const total = scaledAmount(funding.total, precision);
      if (years !== total) report('yearsTotal', paths.passportFundingTotal, years, total, {});
    }

    const sources = passportSources(funding);
    let selfConsistent = true;
    for (const { source, key } of sources) {
      if (source.total === null || source.years.length === 0) continue;
      const years = sum(source.years.map((y) => y.amount));
      const total = scaledAmount(source.total, precision);
      if (years === total) continue;
      selfConsistent = false;
      report('sourceTotal', paths.passportSourceCell(key, 'total'), years, total, { source: collapseSpaces(source.name) });
    }
    if (!selfConsistent || sources.length === 0) return;

    if (funding.total !== null) {
      const bySources = sum(sources.map((s) => s.source.total));
      const total = scaledAmount(funding.total, precision);
      if (bySources !== total) report('sourcesTotal', paths.passportFundingTotal, bySources, total, { column: 'всего', columnEn: 'total' });
    }
    // A source given only by its "всего" says nothing of its years (unless it is zero: then it is zero every year).
    const yearsKnown = sources.every((s) => s.source.years.length > 0 || (s.source.total !== null && scaledAmount(s.source.total, precision) === 0n));
    if (!yearsKnown) return;
    for (const y of funding.years) {
      const key = yearSpanKey(y.year);
      const bySources = sum(sources.map((s) => s.source.years.find((sy) => yearSpanKey(sy.year) === key)?.amount ?? null));
      const stated = scaledAmount(y.amount, precision);
      const label = yearSpanLabel(y.year);
      if (bySources !== stated) report('sourcesTotal', paths.passportFundingYear(y.year), bySources, stated, { column: label, columnEn: label.replace(/ год(ы)?$/, '') });
    }
  },
});
