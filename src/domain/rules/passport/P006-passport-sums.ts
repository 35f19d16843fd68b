import type { Decimal } from '../../amount';
import { scaledAmount } from '../../funding-rows';
import type { Place } from '../../messages/message-data';
import { yearSpanKey } from '../../model/year-span';
import { passportSources } from '../../passport-funding';
import { paths, type Path } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule, type SumAmounts } from '../define-rule';

export const passportSums = defineRule({
  meta: {
    id: 'P006',
    title: { ru: 'Паспорт не сходится сам с собой', en: 'The passport does not add up' },
    description: {
      ru: 'В разделе паспорта «Источники финансирования» «всего» каждого источника равно сумме его лет, «Всего» — сумме лет, а источники в сумме дают «Всего» и суммы по годам (по годам — только когда каждый источник с ненулевым «всего» расписан по годам). Сумма, с которой не сходятся все итоги паспорта, в которые она входит (а без неё сошлись бы), — одна ошибка в этой ячейке.',
      en: 'In the passport\'s funding section each source\'s total equals the sum of its years, the total equals the sum of the years, and the sources add up to the total and the years (by year only when every source with a non-zero total gives its years). An amount that every passport total it is part of disagrees with (and would agree without) is one error, at that amount.',
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
      amount: {
        data: { cell: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{cell}}: {{actual}} тыс. руб., а итоги паспорта, в которые входит эта сумма, дают {{expected}}',
        en: '{{cell}}: {{actual}} thousand rubles, while the passport totals it is part of give {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const funding = ctx.program.passport?.funding;
    if (!funding) return;
    const { precision } = ctx.config;
    const sources = passportSources(funding);
    // Every amount of the section, by path: what a sum names when one of its addends is the cell at fault.
    const places = new Map<Path, Place>();
    const cell = (path: Path, place: Place, amount: Decimal | null) => {
      places.set(path, place);
      return { path, amount };
    };
    const blameAddend = (path: Path, amounts: SumAmounts) => ({ messageId: 'amount' as const, path, data: { cell: places.get(path) ?? { kind: 'passportFunding' as const }, ...amounts } });
    const years = funding.years.map((y) => cell(paths.passportFundingYear(y.year), { kind: 'passportFunding', column: y.year }, y.amount));
    const sourceCells = sources.map(({ source, key }) => {
      const name = collapseSpaces(source.name);
      return {
        total: cell(paths.passportSourceCell(key, 'total'), { kind: 'passportSource', source: name, column: 'total' }, source.total),
        years: source.years.map((y) => ({ key: yearSpanKey(y.year), ...cell(paths.passportSourceCell(key, y.year), { kind: 'passportSource', source: name, column: y.year }, y.amount) })),
      };
    });
    const totalPlace: Place = { kind: 'passportFunding', column: 'total' };

    if (funding.total !== null && funding.years.length > 0) {
      ctx.sum({
        statement: 'passport', path: paths.passportFundingTotal, place: totalPlace, stated: funding.total, addends: years, blameAddend,
        report: (amounts) => ({ messageId: 'yearsTotal', path: paths.passportFundingTotal, data: amounts }),
      });
    }
    sources.forEach(({ source }, i) => {
      if (source.total === null || source.years.length === 0) return;
      const { total } = sourceCells[i];
      ctx.sum({
        statement: 'passport', path: total.path, place: places.get(total.path)!, stated: source.total, addends: sourceCells[i].years, blameAddend,
        report: (amounts) => ({ messageId: 'sourceTotal', path: total.path, data: { source: { kind: 'passportSource', source: collapseSpaces(source.name) }, ...amounts } }),
      });
    });
    if (sources.length === 0) return;

    if (funding.total !== null) {
      ctx.sum({
        statement: 'passport', path: paths.passportFundingTotal, place: totalPlace, stated: funding.total, addends: sourceCells.map((s) => s.total), blameAddend,
        report: (amounts) => ({ messageId: 'sourcesTotal', path: paths.passportFundingTotal, data: { column: 'total', ...amounts } }),
      });
    }
    // A source given only by its "всего" says nothing of its years (unless it is zero: then it is zero every year).
    const yearsKnown = sources.every((s) => s.source.years.length > 0 || (s.source.total !== null && scaledAmount(s.source.total, precision) === 0n));
    if (!yearsKnown) return;
    funding.years.forEach((y, j) => {
      const key = yearSpanKey(y.year);
      const path = years[j].path;
      ctx.sum({
        statement: 'passport', path, place: places.get(path)!, stated: y.amount, addends: sourceCells.flatMap((s) => s.years.filter((sy) => sy.key === key)), blameAddend,
        report: (amounts) => ({ messageId: 'sourcesTotal', path, data: { column: y.year, ...amounts } }),
      });
    });
  },
});
