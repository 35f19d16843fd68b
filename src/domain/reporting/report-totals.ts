// What each total of form R1 adds up (R002 checks it, R001 and the leaf-line rules lean on it), and which
// lines are leaves — the lines a person types, that no other line of the form adds up. A subprogram's
// «Всего» adds its source lines (or, without them, its activities); an activity's total adds its sources;
// a subprogram's source adds the same source over its activities when they are split by source; ИТОГО adds
// the subprograms' totals; a «в том числе» line adds its source over the subprograms (matched by category).
// A form without subprograms: ИТОГО adds its «в том числе» lines.
import type { Place } from '../messages/message-data';
import { sourceMatchKey } from '../funding-sums';
import { subprogramNumber } from '../funding-rows';
import type { ReportFunding } from './model';
import { reportFundingLines, type LocatedReportLine } from './report-lines';
import type { FundingColumnKey, FundingLineRef } from './report-paths';
import { fundingLinePath } from './report-paths';

/** A line of R1 with its path and its place in the report's terms. */
export interface ReportLine extends LocatedReportLine {
  path: string;
  place(column?: FundingColumnKey): Place;
}

export interface ReportTotal {
  line: ReportLine;
  addends: ReportLine[];
}

export interface ReportTotals {
  lines: ReportLine[];
  totals: ReportTotal[];
  /** Lines no other line adds up: a person types them; the per-line rules (R003–R006) look at these. */
  leaves: ReportLine[];
  /** The numeric columns the form has (plan always; financed and spent when it has them). */
  columns: ('plan' | 'financed' | 'spent')[];
}

const known = new WeakMap<ReportFunding, ReportTotals>();

export function reportTotals(funding: ReportFunding): ReportTotals {
  const cached = known.get(funding);
  if (cached) return cached;
  const numbers = funding.subprograms.map((sp, i) => subprogramNumber(sp.title, i));
  const lines: ReportLine[] = reportFundingLines(funding).map((l) => ({ ...l, path: fundingLinePath(l.ref), place: (column) => placeOf(l, funding, numbers, column) }));
  const find = (pred: (ref: FundingLineRef) => boolean) => lines.filter((l) => pred(l.ref));
  const totals: ReportTotal[] = [];
  const summed = new Set<ReportLine>();
  const add = (line: ReportLine | undefined, addends: ReportLine[]) => {
    if (!line || addends.length === 0) return;
    totals.push({ line, addends });
    summed.add(line);
  };
  const key = (l: ReportLine) => (l.ref.kind === 'source' || l.ref.kind === 'bySource' ? sourceMatchKey(l.ref.key) : '');

  /** The lines that make a subprogram's amount of a source: its own source lines, else its activities'. */
  const subprogramSources: ReportLine[][] = [];
  const subprogramTotal: (ReportLine | null)[] = [];
  funding.subprograms.forEach((sp, sub) => {
    const own = find((r) => r.kind === 'source' && r.sub === sub && r.act === null);
    const activityTotals: ReportLine[] = [];
    const activitySources: ReportLine[] = [];
    sp.activities.forEach((a, act) => {
      const sources = find((r) => r.kind === 'source' && r.sub === sub && r.act === act);
      const total = find((r) => r.kind === 'subtotal' && r.sub === sub && r.act === act)[0];
      add(total, sources);
      activitySources.push(...sources);
      if (total) activityTotals.push(total);
      else activityTotals.push(...sources);
    });
    const total = find((r) => r.kind === 'subtotal' && r.sub === sub && r.act === null)[0];
    if (own.length > 0) {
      add(total, own);
      // Activities split by source add up to the subprogram's line of that source.
      for (const s of own) add(s, activitySources.filter((a) => key(a) === key(s)));
    } else add(total, activityTotals);
    subprogramSources.push(own.length > 0 ? own : activitySources);
    subprogramTotal.push(total ?? null);
  });
  const total = find((r) => r.kind === 'total')[0];
  const bySource = find((r) => r.kind === 'bySource');
  if (funding.subprograms.length > 0) {
    add(
      total,
      funding.subprograms.flatMap((_, sub) => {
        const t = subprogramTotal[sub];
        return t ? [t] : subprogramSources[sub];
      }),
    );
    for (const b of bySource) add(b, subprogramSources.flat().filter((s) => key(s) === key(b)));
  } else add(total, bySource);

  const leaves = lines.filter((l) => !summed.has(l) && !(l.ref.kind === 'total' && funding.subprograms.length > 0) && !(l.ref.kind === 'bySource' && funding.subprograms.length > 0));
  const columns: ReportTotals['columns'] = ['plan'];
  if (funding.columns.financed) columns.push('financed');
  if (funding.columns.spent) columns.push('spent');
  const result = { lines, totals, leaves, columns };
  known.set(funding, result);
  return result;
}

function placeOf(l: LocatedReportLine, funding: ReportFunding, numbers: number[], column?: FundingColumnKey): Place {
  const ref = l.ref;
  const withColumn = column === undefined ? {} : { column };
  switch (ref.kind) {
    case 'source': {
      const sp = funding.subprograms[ref.sub];
      return { kind: 'reportLine', sub: numbers[ref.sub], activity: ref.act === null ? null : sp.activities[ref.act].title, source: l.line.source.trim(), ...withColumn };
    }
    case 'subtotal': {
      const sp = funding.subprograms[ref.sub];
      return { kind: 'reportLine', sub: numbers[ref.sub], activity: ref.act === null ? null : sp.activities[ref.act].title, source: null, ...withColumn };
    }
    case 'total':
      return { kind: 'reportLine', sub: null, activity: null, source: null, ...withColumn };
    case 'bySource':
      return { kind: 'reportLine', sub: null, activity: null, source: l.line.source.trim(), ...withColumn };
  }
}
