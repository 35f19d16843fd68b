// The program's plan for a report's line or indicator whose own plan is typed off it: R001's finding there. The rules
// that judge facts against the plan (R004 over-execution, R006 a missed plan, R007 a percentage) judge them against the
// program's plan then: the typed plan is the one defect and R001 says it; a finding made from the typed plan would be a
// second, derived one — and a warning the user must explain before the report can be sent (one defect, one finding).
import { fromScaled, sumScaled, toScaled, type Decimal } from '../amount';
import type { IndicatorValue } from '../model/indicators';
import type { ReportFundingLine, ReportIndicator } from './model';
import { programCellsOf, programIndicatorOf, type ProgramCell, type ProgramIndicator } from './program-counterpart';
import type { LocatedReportIndicator, LocatedReportLine } from './report-lines';
import type { ReportingInput } from './reporting-input';

// A line's program cells, looked up once per check (R001 and R004 both ask for every line). The key is the input
// checkReport makes for one run, so nothing outlives the report it was found for.
const lineCells = new WeakMap<ReportingInput, Map<ReportFundingLine, ProgramCell[] | null>>();

/** The program's cells that make a report line's plan for the year (programCellsOf); null without a program. */
export function programCellsFor(input: ReportingInput, l: LocatedReportLine): ProgramCell[] | null {
  const funding = input.report.funding;
  const program = input.program?.funding;
  const year = input.report.period?.year;
  if (!funding || !program || year === undefined) return null;
  let known = lineCells.get(input);
  if (!known) lineCells.set(input, (known = new Map()));
  let cells = known.get(l.line);
  if (cells === undefined) known.set(l.line, (cells = programCellsOf(l.ref, funding, program, year)));
  return cells;
}

/**
 * A leaf line's plan for the year in the program, when R001 compares the line with it (the report's plan is the
 * program's, not the budget allocation) and the line states another; null otherwise (the line's own plan stands).
 */
export function programPlanOfLine(input: ReportingInput, l: LocatedReportLine, precision: number): Decimal | null {
  if (input.report.funding?.plan !== 'program') return null;
  const cells = programCellsFor(input, l);
  if (cells === null) return null;
  const amount = sumScaled(cells.map((c) => (c.amount === null ? 0n : toScaled(c.amount, precision))));
  if (amount === (l.line.plan === null ? 0n : toScaled(l.line.plan, precision))) return null;
  return fromScaled(amount, precision);
}

// An indicator's counterpart, looked up once per check (R001, R006 and R007 all ask for every indicator); keyed as above.
const counterparts = new WeakMap<ReportingInput, Map<ReportIndicator, ProgramIndicator | null>>();

/** The indicator of Приложение 2 a report's indicator is about (see programIndicatorOf); null without a program. */
export function programIndicatorFor(input: ReportingInput, row: LocatedReportIndicator): ProgramIndicator | null {
  const table = input.program?.indicators;
  const year = input.report.period?.year;
  if (!table || year === undefined) return null;
  let known = counterparts.get(input);
  if (!known) counterparts.set(input, (known = new Map()));
  let found = known.get(row.indicator);
  if (found === undefined) {
    found = programIndicatorOf(table, year, {
      sub: row.sub,
      subTitle: row.subprogram.title,
      subNumber: row.subprogram.number,
      act: row.act,
      actNumber: row.activity.number,
      ind: row.ind,
      name: row.indicator.name,
    });
    known.set(row.indicator, found);
  }
  return found;
}

/** An indicator's plan for the year in Приложение 2 when the report states another (R001's `target`); else null. */
export function programPlanOfIndicator(input: ReportingInput, row: LocatedReportIndicator): IndicatorValue | null {
  const plan = row.indicator.plan;
  if (plan === null) return null;
  const counterpart = programIndicatorFor(input, row);
  if (!counterpart?.plan) return null;
  const places = Math.max(decimals(plan.value), decimals(counterpart.plan.value));
  return toScaled(plan.value, places) === toScaled(counterpart.plan.value, places) ? null : counterpart.plan;
}

function decimals(d: string): number {
  const i = d.indexOf('.');
  return i < 0 ? 0 : d.length - i - 1;
}
