// The unit of a report's amounts (docs/design/REPORTS.md): as its form states it («тыс. руб.», «руб.», «млн руб.»), and
// the program's Приложение 1 and a previous report in the report's unit, converted exactly (moving the decimal
// point, as the program's readers do: model/unit.ts), so that every amount, message and fix of the report's
// check is in the unit its cells are written in.
import type { Decimal } from '../amount';
import type { FundingRow, FundingTable } from '../model/funding';
import type { Program } from '../model/program';
import { DEFAULT_UNIT, convertAmount, unitOf } from '../model/unit';
import { Unit } from '../model/unit-schema';
import type { ProgramReport, ReportFundingLine } from './model';

/** The report's unit: as written when it is one of the units, else тыс. руб. (the forms' default). */
export function reportUnit(report: Pick<ProgramReport, 'unit'>): Unit {
  const parsed = Unit.safeParse(report.unit);
  return parsed.success ? parsed.data : DEFAULT_UNIT;
}

function lineIn(line: ReportFundingLine, from: Unit, to: Unit): ReportFundingLine {
  const c = (d: Decimal | null) => (d === null ? null : convertAmount(d, from, to));
  return { ...line, plan: c(line.plan), financed: c(line.financed), spent: c(line.spent) };
}

/** The report with every amount of form R1 written in `to` (percentages, indicators and texts as they are). */
export function reportInUnit(report: ProgramReport, to: Unit): ProgramReport {
  const from = reportUnit(report);
  if (from === to || !report.funding) return from === to ? report : { ...report, unit: to };
  const f = report.funding;
  const line = (l: ReportFundingLine | null) => (l === null ? null : lineIn(l, from, to));
  return {
    ...report,
    unit: to,
    funding: {
      ...f,
      subprograms: f.subprograms.map((sp) => ({
        ...sp,
        sources: sp.sources.map((s) => lineIn(s, from, to)),
        total: line(sp.total),
        activities: sp.activities.map((a) => ({ ...a, sources: a.sources.map((s) => lineIn(s, from, to)), total: line(a.total) })),
      })),
      total: line(f.total),
      totalBySource: f.totalBySource.map((s) => lineIn(s, from, to)),
    },
  };
}

function rowIn<R extends FundingRow>(row: R, from: Unit, to: Unit): R {
  const c = (d: Decimal | null) => (d === null ? null : convertAmount(d, from, to));
  return { ...row, total: c(row.total), years: row.years.map(c) };
}

/** The program with Приложение 1 written in `to`, exactly (the report's plan is compared in the report's unit). */
export function programInUnit(program: Program, to: Unit): Program {
  const table = program.funding;
  if (!table) return program;
  const from = unitOf(table);
  if (from === to) return program;
  const row = <R extends FundingRow>(r: R | null) => (r === null ? null : rowIn(r, from, to));
  const funding: FundingTable = {
    ...table,
    unit: to,
    subprograms: table.subprograms.map((sp) => ({ ...sp, sources: sp.sources.map((s) => rowIn(s, from, to)), total: row(sp.total) })),
    total: row(table.total),
    totalBySource: table.totalBySource.map((s) => rowIn(s, from, to)),
    ...(table.ofWhich ? { ofWhich: table.ofWhich.map((p) => rowIn(p, from, to)) } : {}),
    ...(table.totalRepeats ? { totalRepeats: table.totalRepeats.map((r) => rowIn(r, from, to)) } : {}),
  };
  return { ...program, funding };
}
