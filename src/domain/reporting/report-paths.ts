// Domain paths inside a report (see ../paths.ts): where an R-finding is, independent of the layout, so that
// an explanation given for a warning survives re-laying the form. Indices are 0-based here, 1-based in paths.
import type { Path } from '../paths';

/** A column of form R1. */
export type FundingColumnKey = 'plan' | 'financed' | 'spent' | 'percent' | 'reason';
/** A column of form R2. */
export type IndicatorColumnKey = 'name' | 'unit' | 'base' | 'plan' | 'fact' | 'percent' | 'reason';

/** Which row of R1: a source of a subprogram or activity, their totals, ИТОГО, or a «в том числе» row. */
export type FundingLineRef =
  | { kind: 'source'; sub: number; act: number | null; key: string }
  | { kind: 'subtotal'; sub: number; act: number | null }
  | { kind: 'total' }
  | { kind: 'bySource'; key: string };

export function fundingLinePath(ref: FundingLineRef): Path {
  switch (ref.kind) {
    case 'source':
      return `${blockPath(ref.sub, ref.act)}/src/${ref.key}`;
    case 'subtotal':
      return `${blockPath(ref.sub, ref.act)}/total`;
    case 'total':
      return 'report/funding/total';
    case 'bySource':
      return `report/funding/bySource/${ref.key}`;
  }
}

function blockPath(sub: number, act: number | null): Path {
  return act === null ? `report/funding/sub/${sub + 1}` : `report/funding/sub/${sub + 1}/act/${act + 1}`;
}

export const reportPaths = {
  report: 'report',
  period: 'report/period',
  /** i: 0-based position in `otherPeriods`. */
  otherPeriod: (i: number): Path => `report/period/other/${i + 1}`,
  programReference: 'report/program',
  funding: 'report/funding',
  fundingColumn: (column: FundingColumnKey): Path => `report/funding/columns/${column}`,
  fundingSubprogram: (sub: number): Path => `report/funding/sub/${sub + 1}`,
  fundingActivity: (sub: number, act: number): Path => `report/funding/sub/${sub + 1}/act/${act + 1}`,
  fundingLine: fundingLinePath,
  fundingCell: (ref: FundingLineRef, column: FundingColumnKey): Path => `${fundingLinePath(ref)}/${column}`,
  indicators: 'report/indicators',
  indicatorColumn: (column: IndicatorColumnKey): Path => `report/indicators/columns/${column}`,
  indicatorSubprogram: (sub: number): Path => `report/indicators/sub/${sub + 1}`,
  indicatorActivity: (sub: number, act: number): Path => `report/indicators/sub/${sub + 1}/act/${act + 1}`,
  indicator: (sub: number, act: number, ind: number): Path => `report/indicators/sub/${sub + 1}/act/${act + 1}/ind/${ind + 1}`,
  indicatorCell: (sub: number, act: number, ind: number, column: IndicatorColumnKey): Path =>
    `report/indicators/sub/${sub + 1}/act/${act + 1}/ind/${ind + 1}/${column}`,
} as const;
