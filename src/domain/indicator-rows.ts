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
  const { subprograms } = table;
  for (let sub = 0; sub < subprograms.length; sub++) {
    const subprogram = subprograms[sub];
    for (let act = 0; act < subprogram.activities.length; act++) {
      const activity = subprogram.activities[act];
      for (let ind = 0; ind < activity.indicators.length; ind++) out.push(new IndicatorRow(sub, act, ind, subprogram, activity, activity.indicators[ind]));
    }
  }
  return out;
}

/**
 * An indicator with its indices, its place worded by a method: one object per indicator (2 700 at 100×), not a
 * closure and its scope besides (issue 10).
 */
class IndicatorRow implements LocatedIndicator {
  constructor(
    readonly sub: number,
    readonly act: number,
    readonly ind: number,
    readonly subprogram: IndicatorSubprogram,
    readonly activity: Activity,
    readonly indicator: Indicator,
  ) {}
  place(field?: 'unit' | 'type'): Place {
    const number = collapseSpaces(this.activity.number);
    const name = collapseSpaces(this.indicator.name);
    // Written out with and without the field: a spread of `{ field }` or `{}` made two objects more per place.
    return field ? { kind: 'indicator', number, name, field } : { kind: 'indicator', number, name };
  }
}
