// Facts into a report laid out from a program (report-from-program.ts): each leaf line's financed and spent
// (and reason), each indicator's fact (and reason); then every total line summed from its lines and every
// percentage computed, exactly, to one decimal — the report a careful officer sends. The worked example's
// reports are built with it from their data file; tests break one thing in what it gives.
import { fromScaled, sumScaled, toScaled, type Decimal } from '../amount';
import type { ProgramReport } from './model';
import { executionPercent, achievementPercent } from './percent';
import { roundRatio } from './ratio';
import { reportIndicatorRows } from './report-lines';
import { reportPaths } from './report-paths';
import { reportTotals } from './report-totals';
import { indicatorDirection } from '../indicator-direction';
import { DEFAULT_CONFIG } from '../config';

export interface LineFacts {
  financed: Decimal;
  spent: Decimal;
  reason?: string | null;
}

export interface IndicatorFacts {
  fact: Decimal | null;
  reason?: string | null;
}

export interface ReportFacts {
  /** By the leaf line's path ("report/funding/sub/1/src/municipal"); a line not given gets zero. */
  lines: Readonly<Record<string, LineFacts>>;
  /** By the indicator's path ("report/indicators/sub/1/act/2/ind/1"); an indicator not given meets its plan. */
  indicators?: Readonly<Record<string, IndicatorFacts>>;
  /** Whether the indicators' percentages are filled (by their direction). */
  indicatorPercents?: boolean;
}

export function fillFacts(report: ProgramReport, facts: ReportFacts, precision = 1): ProgramReport {
  const r = structuredClone(report);
  if (r.funding) {
    const { leaves, totals, lines } = reportTotals(r.funding);
    for (const l of leaves) {
      const f = facts.lines[l.path];
      l.line.financed = f?.financed ?? fromScaled(0n, precision);
      l.line.spent = f?.spent ?? fromScaled(0n, precision);
      l.line.reason = f?.reason ?? null;
    }
    for (const t of totals) {
      for (const column of ['plan', 'financed', 'spent'] as const) {
        t.line.line[column] = fromScaled(sumScaled(t.addends.map((a) => toScaled(a.line[column] ?? '0', precision))), precision);
      }
    }
    for (const l of lines) {
      const p = executionPercent(l.line.spent, l.line.plan);
      l.line.percent = p === null ? null : roundRatio(p, 1);
    }
  }
  if (r.indicators) {
    for (const row of reportIndicatorRows(r.indicators)) {
      const i = row.indicator;
      const f = facts.indicators?.[reportPaths.indicator(row.sub, row.act, row.ind)];
      i.fact = f ? f.fact : (i.plan?.value ?? null);
      i.reason = f?.reason ?? null;
      if (facts.indicatorPercents && i.fact !== null && i.plan !== null) {
        const direction = i.plan.bound === 'min' ? 'higher' : i.plan.bound === 'max' ? 'lower' : indicatorDirection(i.name, DEFAULT_CONFIG);
        const p = achievementPercent(i.fact, i.plan, direction);
        i.percent = p === null ? null : roundRatio(p, 1);
      }
    }
  }
  return r;
}
