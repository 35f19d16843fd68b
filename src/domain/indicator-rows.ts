// The indicators of Приложение 2 as the rules see them: each with its indices for paths.ts and its place
// in domain terms (`{kind: 'indicator', number: '1.2.', name}`), which the messages word.
import type { Place } from './messages/message-data';
import type { Activity, Indicator, IndicatorSubprogram, IndicatorTable } from './model/indicators';
import { collapseSpaces } from './text/fold';

export interface LocatedIndicator {
  sub: number;
  act: number;
  ind: number;
  subprogram: IndicatorSubprogram;
  activity: Activity;
  indicator: Indicator;
  /** The indicator (or its unit or type cell) as a place. */
  place(field?: 'unit' | 'type'): Place;
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
          // Written out with and without the field: a spread of `{ field }` or `{}` made two objects more per place.
          place: (field) =>
            field
              ? { kind: 'indicator', number: collapseSpaces(activity.number), name: collapseSpaces(indicator.name), field }
              : { kind: 'indicator', number: collapseSpaces(activity.number), name: collapseSpaces(indicator.name) },
        });
      }),
    ),
  );
  return out;
}
