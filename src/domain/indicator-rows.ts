// The indicators of Приложение 2 as the rules see them: each with its indices for paths.ts and a short
// label that says in domain terms which one it is ("1.2., «Среднее время ожидания в очереди…»").
import type { Activity, Indicator, IndicatorSubprogram, IndicatorTable } from './model/indicators';
import { collapseSpaces } from './text/fold';

export interface LocatedIndicator {
  sub: number;
  act: number;
  ind: number;
  subprogram: IndicatorSubprogram;
  activity: Activity;
  indicator: Indicator;
  /** "1.2., «Среднее время ожидания в очереди для получения…»". */
  label: string;
}

const SHORT = 60;

/** A name cut to a readable length for a message. */
export function shortName(name: string): string {
  const text = collapseSpaces(name);
  return text.length <= SHORT ? text : text.slice(0, SHORT).replace(/\s+\S*$/, '') + '…';
}

/** Several rules walk the same table: walk it once. */
const walked = new WeakMap<IndicatorTable, LocatedIndicator[]>();

export function indicatorRows(table: IndicatorTable): LocatedIndicator[] {
  const known = walked.get(table);
  if (known) return known;
  const out: LocatedIndicator[] = [];
  walked.set(table, out);
  table.subprograms.forEach((subprogram, sub) =>
    subprogram.activities.forEach((activity, act) =>
      activity.indicators.forEach((indicator, ind) => {
        out.push({
          sub,
          act,
          ind,
          subprogram,
          activity,
          indicator,
          // Only findings need the label: build it when asked.
          get label() {
            const number = collapseSpaces(activity.number);
            return `${number ? number + ' ' : ''}«${shortName(indicator.name)}»`;
          },
        });
      }),
    ),
  );
  return out;
}
