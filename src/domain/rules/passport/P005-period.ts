import type { YearSpan } from '../../model/year-span';
import { paths } from '../../paths';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

/** "2020-2024 годы", "2020 – 2024 гг.", "на 2020-2024 годы" → {2020, 2024}. */
export function parsePeriodText(text: string): YearSpan | null {
  const m = /((?:19|20|21)\d\d)\s*(?:[-–—]|по|до)\s*((?:19|20|21)\d\d)/.exec(text);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  const one = /^\D*((?:19|20|21)\d\d)\D*$/.exec(text);
  return one ? { from: Number(one[1]), to: Number(one[1]) } : null;
}

function spanOf(years: readonly YearSpan[]): YearSpan | null {
  if (years.length === 0) return null;
  return { from: Math.min(...years.map((y) => y.from)), to: Math.max(...years.map((y) => y.to)) };
}

export const passportPeriod = defineRule({
  meta: {
    id: 'P005',
    title: { ru: 'Срок реализации в паспорте не совпадает со столбцами лет', en: 'The passport period differs from the year columns' },
    description: {
      ru: 'Срок реализации в паспорте («2020-2024 годы») совпадает с годами столбцов Приложения 1 и Приложения 2.',
      en: 'The passport\'s period ("2020-2024 годы") matches the year columns of Annexes 1 and 2.',
    },
    messages: {
      periodMismatch: {
        data: { actual: 'text', expected: 'period', table: { ru: { funding: 'Приложения 1', indicators: 'Приложения 2' }, en: { funding: 'Annex 1', indicators: 'Annex 2' } } },
        ru: 'Паспорт, срок реализации: «{{actual}}», а столбцы лет {{table}} — {{expected}}',
        en: 'Passport, period: "{{actual}}", the year columns of {{table}} cover {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { passport, funding, indicators } = ctx.program;
    if (!passport) return;
    const period = passport.period ?? (passport.periodText ? parsePeriodText(passport.periodText) : null);
    if (!period) return;
    const tables = [
      { table: 'funding', span: funding ? spanOf(funding.years) : null },
      { table: 'indicators', span: indicators ? spanOf(indicators.years) : null },
    ] as const;
    for (const { table, span } of tables) {
      if (!span || (span.from === period.from && span.to === period.to)) continue;
      const actual = passport.periodText ? collapseSpaces(passport.periodText) : `${period.from}-${period.to}`;
      ctx.report({ messageId: 'periodMismatch', path: paths.passportPeriod, data: { actual, expected: span, table } });
      return; // one finding for the one passport cell
    }
  },
});
