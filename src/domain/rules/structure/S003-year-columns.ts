import type { YearSpan } from '../../model/year-span';
import { periodLabel, yearSpanLabel } from '../../model/year-span';
import { paths, type Path } from '../../paths';
import { defineRule } from '../define-rule';

interface YearTable {
  name: string;
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
      en: 'The year columns of Приложения 1 and 2 must be consecutive, without repeats, and cover the program period (a "2026–2030" column covers all its years).',
    },
    messages: {
      noYearColumns: {
        ru: '{{table}}: не найдено ни одного столбца лет (срок программы {{period}})',
        en: '{{table}}: no year columns were found (the program period is {{period}})',
      },
      duplicateYear: {
        ru: '{{table}}: столбец «{{column}}» повторяет {{year}} год',
        en: '{{table}}: the column "{{column}}" repeats the year {{year}}',
      },
      notConsecutive: {
        ru: '{{table}}: после столбца «{{previous}}» идёт «{{column}}» — годы должны идти подряд',
        en: '{{table}}: "{{column}}" follows "{{previous}}": the years must be consecutive',
      },
      periodMismatch: {
        ru: '{{table}}: столбцы лет охватывают {{columns}}, а срок реализации программы — {{period}}',
        en: '{{table}}: the year columns cover {{columns}}, the program period is {{period}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { program } = ctx;
    const tables: YearTable[] = [];
    if (program.funding) tables.push({ name: 'Приложение 1', years: program.funding.years, table: paths.funding, header: paths.fundingYearHeader });
    if (program.indicators) tables.push({ name: 'Приложение 2', years: program.indicators.years, table: paths.indicators, header: paths.indicatorYearHeader });
    const period = periodLabel(program.period);
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
        const repeated = [...range(y)].find((year) => seen.has(year));
        for (const year of range(y)) seen.add(year);
        if (repeated !== undefined) {
          ctx.report({ messageId: 'duplicateYear', path: t.header(i), data: { table: t.name, column: yearSpanLabel(y), year: repeated } });
        } else if (i > 0 && y.from !== t.years[i - 1].to + 1) {
          ctx.report({ messageId: 'notConsecutive', path: t.header(i), data: { table: t.name, previous: yearSpanLabel(t.years[i - 1]), column: yearSpanLabel(y) } });
        }
      });
      const first = Math.min(...t.years.map((y) => y.from));
      const last = Math.max(...t.years.map((y) => y.to));
      if (!passportIsOdd && (first !== program.period.from || last !== program.period.to)) {
        const at = first !== program.period.from ? 0 : t.years.length - 1;
        ctx.report({
          messageId: 'periodMismatch',
          path: t.header(at),
          data: { table: t.name, columns: first === last ? `${first} год` : `${first}–${last} годы`, period },
          expected: period,
          actual: first === last ? `${first} год` : `${first}-${last} годы`,
        });
      }
    }
  },
});

function* range(y: YearSpan): Generator<number> {
  for (let year = y.from; year <= y.to; year++) yield year;
}
