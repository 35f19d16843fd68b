// Domain paths: where a finding is, in the program's own terms, independent of the sheet layout.
// Readers record the cell of every path they read (provenance); rules report paths; the report
// turns a path into its cell. A finding's key is its rule id plus its path, so that the
// explanation a user gave for a warning survives moving the table.
import type { YearSpan } from './model/year-span';
import { yearSpanKey } from './model/year-span';

export type Path = string;

/** A column of a row: "Общий объем" or a year column. */
export type Column = 'total' | YearSpan;

function column(c: Column): string {
  return c === 'total' ? 'total' : `y/${yearSpanKey(c)}`;
}

export const paths = {
  // Паспорт
  passport: 'passport',
  passportTitle: 'passport/title',
  passportPeriod: 'passport/period',
  /** i: 0-based position in `passport.fields` (a row of the passport kept as written; its value cell). */
  passportField: (i: number): Path => `passport/field/${i + 1}`,
  /** i: 0-based position in "Перечень подпрограмм". */
  passportSubprogram: (i: number): Path => `passport/sub/${i + 1}`,
  passportFunding: 'passport/funding',
  passportFundingTotal: 'passport/funding/total',
  /** i: 0-based line (cell) of a funding paragraph spread over several cells, as pasted from Word. */
  passportFundingLine: (i: number): Path => `passport/funding/line/${i + 1}`,
  passportFundingYear: (y: YearSpan): Path => `passport/funding/${column(y)}`,
  /** source: a key from `sourceKeys`. */
  passportSource: (source: string): Path => `passport/funding/src/${source}`,
  passportSourceCell: (source: string, c: Column): Path => `passport/funding/src/${source}/${column(c)}`,
  /** i: 0-based position in the source's `stages` ("I этап (2014–2015 годы) – …"). */
  passportSourceStage: (source: string, i: number): Path => `passport/funding/src/${source}/stage/${i + 1}`,

  // Приложение 1
  funding: 'funding',
  fundingYearHeader: (i: number): Path => `funding/years/${i + 1}`,
  /** sub: 0-based index of the subprogram block. */
  fundingSubprogram: (sub: number): Path => `funding/sub/${sub + 1}`,
  fundingSource: (sub: number, source: string): Path => `funding/sub/${sub + 1}/src/${source}`,
  fundingSourceCell: (sub: number, source: string, c: Column): Path => `funding/sub/${sub + 1}/src/${source}/${column(c)}`,
  fundingSubtotal: (sub: number): Path => `funding/sub/${sub + 1}/total`,
  fundingSubtotalCell: (sub: number, c: Column): Path => `funding/sub/${sub + 1}/total/${column(c)}`,
  fundingTotal: 'funding/total',
  fundingTotalCell: (c: Column): Path => `funding/total/${column(c)}`,
  fundingBySource: (source: string): Path => `funding/bySource/${source}`,
  fundingBySourceCell: (source: string, c: Column): Path => `funding/bySource/${source}/${column(c)}`,
  /** i: 0-based position in `ofWhich` ("из них …" rows). */
  fundingPart: (i: number): Path => `funding/part/${i + 1}`,
  fundingPartCell: (i: number, c: Column): Path => `funding/part/${i + 1}/${column(c)}`,
  /** i: 0-based position in `totalRepeats`. */
  fundingTotalRepeat: (i: number): Path => `funding/totalAgain/${i + 1}`,
  fundingTotalRepeatCell: (i: number, c: Column): Path => `funding/totalAgain/${i + 1}/${column(c)}`,

  // Приложение 2 (indices 0-based, paths 1-based)
  indicators: 'indicators',
  indicatorYearHeader: (i: number): Path => `indicators/years/${i + 1}`,
  indicatorSubprogram: (sub: number): Path => `indicators/sub/${sub + 1}`,
  activity: (sub: number, act: number): Path => `indicators/sub/${sub + 1}/act/${act + 1}`,
  /** field: 'number' (the "1.2." cell) or 'title' (the activity's name cell). */
  activityField: (sub: number, act: number, field: 'number' | 'title'): Path => `indicators/sub/${sub + 1}/act/${act + 1}/${field}`,
  indicator: (sub: number, act: number, ind: number): Path => `indicators/sub/${sub + 1}/act/${act + 1}/ind/${ind + 1}`,
  indicatorField: (sub: number, act: number, ind: number, field: 'name' | 'unit' | 'type' | 'base'): Path =>
    `indicators/sub/${sub + 1}/act/${act + 1}/ind/${ind + 1}/${field}`,
  indicatorPlan: (sub: number, act: number, ind: number, y: YearSpan): Path =>
    `indicators/sub/${sub + 1}/act/${act + 1}/ind/${ind + 1}/${column(y)}`,
} as const;

/** Path segments from the longest to the shortest: "a/b/c" → ["a/b/c", "a/b", "a"]. */
export function pathAncestors(path: Path): Path[] {
  const parts = path.split('/');
  const out: Path[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('/'));
  return out;
}
