// Where a line of a report is in the program version it refers to: a line of R1 → the cells of Приложение 1 in
// the report's year that give its amount (a subprogram by its number, a source by its category); an indicator of
// R2 → its indicator in Приложение 2 (a subprogram by its number, an activity by its number, an indicator by its
// name, else by position). R001 compares with these; the template pre-fills the plan from them.
import type { Decimal } from '../amount';
import { sourceMatchKey } from '../funding-sums';
import { subprogramNumber } from '../funding-rows';
import type { FundingRow, FundingTable } from '../model/funding';
import type { Indicator, IndicatorTable, IndicatorValue } from '../model/indicators';
import { paths, type Path } from '../paths';
import { sourceKeys } from '../sources';
import { parseSubprogramTitle } from '../subprogram-title';
import { foldName } from '../text/fold';
import type { ReportFunding } from './model';
import type { FundingLineRef } from './report-paths';

export interface ProgramCell {
  path: Path;
  amount: Decimal | null;
}

/** The column of a year in Приложение 1 (a single-year column; a span of years is no plan for one year). */
export function yearIndex(years: readonly { from: number; to: number }[], year: number): number {
  return years.findIndex((y) => y.from === year && y.to === year);
}

/** The program's cells that make a report line's plan for the year; null when the program has no such line. */
export function programCellsOf(ref: FundingLineRef, report: ReportFunding, program: FundingTable, year: number): ProgramCell[] | null {
  const y = yearIndex(program.years, year);
  if (y < 0) return null;
  const span = program.years[y];
  const cell = (row: FundingRow, path: Path): ProgramCell => ({ path, amount: row.years[y] ?? null });
  const programSub = (sub: number): number => {
    const n = subprogramNumber(report.subprograms[sub].title, sub);
    return program.subprograms.findIndex((sp, i) => subprogramNumber(sp.title, i) === n);
  };
  const sourcesOf = (ps: number): ProgramCell[] => {
    const sp = program.subprograms[ps];
    const keys = sourceKeys(sp.sources.map((s) => s.source));
    return sp.sources.map((s, i) => cell(s, paths.fundingSourceCell(ps, keys[i], span)));
  };
  switch (ref.kind) {
    case 'source': {
      if (ref.act !== null) return null; // Приложение 1 has no activity lines
      const ps = programSub(ref.sub);
      if (ps < 0) return null;
      const sp = program.subprograms[ps];
      const keys = sourceKeys(sp.sources.map((s) => s.source));
      const i = keys.findIndex((k) => sourceMatchKey(k) === sourceMatchKey(ref.key));
      return i < 0 ? null : [cell(sp.sources[i], paths.fundingSourceCell(ps, keys[i], span))];
    }
    case 'subtotal': {
      if (ref.act !== null) return null;
      const ps = programSub(ref.sub);
      if (ps < 0) return null;
      const total = program.subprograms[ps].total;
      return total ? [cell(total, paths.fundingSubtotalCell(ps, span))] : sourcesOf(ps);
    }
    case 'total':
      if (program.total) return [cell(program.total, paths.fundingTotalCell(span))];
      return program.subprograms.flatMap((sp, ps) => (sp.total ? [cell(sp.total, paths.fundingSubtotalCell(ps, span))] : sourcesOf(ps)));
    case 'bySource': {
      const keys = sourceKeys(program.totalBySource.map((s) => s.source));
      const i = keys.findIndex((k) => sourceMatchKey(k) === sourceMatchKey(ref.key));
      if (i >= 0) return [cell(program.totalBySource[i], paths.fundingBySourceCell(keys[i], span))];
      const cells = program.subprograms.flatMap((sp, ps) => {
        const k = sourceKeys(sp.sources.map((s) => s.source));
        return sp.sources.flatMap((s, j) => (sourceMatchKey(k[j]) === sourceMatchKey(ref.key) ? [cell(s, paths.fundingSourceCell(ps, k[j], span))] : []));
      });
      return cells.length > 0 ? cells : null;
    }
  }
}

export interface ProgramIndicator {
  sub: number;
  act: number;
  ind: number;
  indicator: Indicator;
  /** The planned value for the year; null when the program gives none. */
  plan: IndicatorValue | null;
  path: Path;
}

function numberKey(text: string): string {
  return text.replace(/[^\dA-Za-zА-Яа-я]+/g, '.').replace(/^\.+|\.+$/g, '');
}

/** The indicator of Приложение 2 a report's indicator is about. */
export function programIndicatorOf(
  table: IndicatorTable,
  year: number,
  at: { sub: number; subTitle: string; subNumber: string; act: number; actNumber: string; ind: number; name: string },
): ProgramIndicator | null {
  const y = yearIndex(table.years, year);
  if (y < 0) return null;
  const wanted = parseSubprogramTitle(at.subTitle).number ?? (Number(numberKey(at.subNumber)) || at.sub + 1);
  let sub = table.subprograms.findIndex((sp, i) => (parseSubprogramTitle(sp.title).number ?? (Number(numberKey(sp.number)) || i + 1)) === wanted);
  if (sub < 0) sub = at.sub < table.subprograms.length ? at.sub : -1;
  if (sub < 0) return null;
  const activities = table.subprograms[sub].activities;
  let act = at.actNumber.trim() ? activities.findIndex((a) => numberKey(a.number) === numberKey(at.actNumber)) : -1;
  if (act < 0) act = at.act < activities.length ? at.act : -1;
  if (act < 0) return null;
  const indicators = activities[act].indicators;
  let ind = indicators.findIndex((i) => foldName(i.name) === foldName(at.name));
  if (ind < 0) ind = at.ind < indicators.length ? at.ind : -1;
  if (ind < 0) return null;
  return { sub, act, ind, indicator: indicators[ind], plan: indicators[ind].plan[y] ?? null, path: paths.indicatorPlan(sub, act, ind, table.years[y]) };
}
