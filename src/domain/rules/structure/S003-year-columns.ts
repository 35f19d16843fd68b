import type { Place } from '../../messages/message-data';
import type { YearSpan } from '../../model/year-span';
import { paths, type Path } from '../../paths';
import { defineRule } from '../define-rule';

interface YearTable {
  name: Place;
  years: readonly YearSpan[];
  table: Path;
  header(i: number): Path;
}

export const yearColumns = defineRule({
  meta: {
    id: 'S003',
    title: { ru: 'Столбцы лет не совпадают со сроком программы', en: 'Year columns do not match the program period' },
    description: {
      ru: 'Столбцы лет Приложений 1 и 2 должны идти подряд, без повторов и покрывать срок реализации программы (столбец «2026–2030 годы» покрывает все свои годы).',
      en: 'The year columns of Annexes 1 and 2 must be consecutive, without repeats, and cover the program period (a "2026–2030" column covers all its years).',
    },
    messages: {
      noYearColumns: {
        data: { table: 'place', period: 'period' },
        ru: '{{table}}: не найдено ни одного столбца лет (срок программы {{period}})',
        en: '{{table}}: no year columns were found (the program period is {{period}})',
      },
      duplicateYear: {
        data: { table: 'place', column: 'year', year: 'integer' },
        ru: '{{table}}: столбец «{{column}}» повторяет {{year}} год',
        en: '{{table}}: the column for {{column}} repeats the year {{year}}',
      },
      notConsecutive: {
        data: { table: 'place', previous: 'year', column: 'year' },
        ru: '{{table}}: после столбца «{{previous}}» идёт «{{column}}» — годы должны идти подряд',
        en: '{{table}}: the column for {{column}} follows the one for {{previous}}: the years must be consecutive',
      },
      periodMismatch: {
        data: { table: 'place', expected: 'period', actual: 'period' },
        ru: '{{table}}: столбцы лет охватывают {{actual}}, а срок реализации программы — {{expected}}',
        en: '{{table}}: the year columns cover {{actual}}, the program period is {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { program } = ctx;
    const tables: YearTable[] = [];
    if (program.funding) tables.push({ name: { kind: 'table', table: 'funding' }, years: program.funding.years, table: paths.funding, header: paths.fundingYearHeader });
    if (program.indicators) tables.push({ name: { kind: 'table', table: 'indicators' }, years: program.indicators.years, table: paths.indicators, header: paths.indicatorYearHeader });
    const period = program.period;
    // When the annexes agree on their years and only the passport's period differs, that is one defect
    // of the passport (P005 at its cell), not of both annexes.
    const spans = tables.filter((t) => t.years.length > 0).map((t) => `${Math.min(...t.years.map((y) => y.from))}-${Math.max(...t.years.map((y) => y.to))}`);
    const passportIsOdd = program.passport?.period != null && spans.length > 0 && spans.every((s) => s === spans[0]);
    for (const t of tables) {
      if (t.years.length === 0) {
        ctx.report({ messageId: 'noYearColumns', path: t.table, data: { table: t.name, period } });
        continue;
      }
      const seen = new Set<number>();
      t.years.forEach((y, i) => {
        // The first year of the column seen before, then its years marked seen (no list or generator per column).
        let repeated: number | undefined;
        for (let year = y.from; year <= y.to && repeated === undefined; year++) if (seen.has(year)) repeated = year;
        for (let year = y.from; year <= y.to; year++) seen.add(year);
        if (repeated !== undefined) {
          ctx.report({ messageId: 'duplicateYear', path: t.header(i), data: { table: t.name, column: y, year: repeated } });
        } else if (i > 0 && y.from !== t.years[i - 1].to + 1) {
          ctx.report({ messageId: 'notConsecutive', path: t.header(i), data: { table: t.name, previous: t.years[i - 1], column: y } });
        }
      });
      const first = Math.min(...t.years.map((y) => y.from));
      const last = Math.max(...t.years.map((y) => y.to));
      if (!passportIsOdd && (first !== program.period.from || last !== program.period.to)) {
        const at = first !== program.period.from ? 0 : t.years.length - 1;
        ctx.report({
          messageId: 'periodMismatch',
          path: t.header(at),
          data: { table: t.name, expected: period, actual: { from: first, to: last } },
        });
      }
    }
  },
});
