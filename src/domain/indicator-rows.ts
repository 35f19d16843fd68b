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

export function indicatorRows(table: IndicatorTable): LocatedIndicator[] {
  const out: LocatedIndicator[] = [];
  table.subprograms.forEach((subprogram, sub) =>
    subprogram.activities.forEach((activity, act) =>
      activity.indicators.forEach((indicator, ind) => {
        const number = collapseSpaces(activity.number);
        out.push({ sub, act, ind, subprogram, activity, indicator, label: `${number ? number + ' ' : ''}«${shortName(indicator.name)}»` });
      }),
    ),
  );
  return out;
}
