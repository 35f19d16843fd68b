// A blank report laid out from a program version: the lines of Приложение 1 (subprogram sources, «Всего по
// подпрограмме», ИТОГО, «в том числе») with «План на <год>» from the year's column, and the indicators of
// Приложение 2 with the year's planned value; facts, percentages and reasons empty. The template writer lays
// it out; tests fill in the facts.
import type { FundingRow } from '../model/funding';
import type { Program } from '../model/program';
import { unitOf } from '../model/unit';
import type { ProgramReference, ProgramReport, ReportFundingLine } from './model';
import { periodTitle, type ReportPeriod } from './period';
import { yearIndex } from './program-counterpart';

function planLine(row: FundingRow, y: number): ReportFundingLine {
  return { source: row.source, plan: y < 0 ? null : (row.years[y] ?? null), financed: null, spent: null, percent: null, reason: null };
}

export function reportFromProgram(program: Program, period: ReportPeriod, reference: ProgramReference = { programId: null, version: null }): ProgramReport {
  const funding = program.funding;
  const y = funding ? yearIndex(funding.years, period.year) : -1;
  const iy = program.indicators ? yearIndex(program.indicators.years, period.year) : -1;
  return {
    municipality: program.municipality,
    title: program.title,
    programPeriod: program.period,
    period,
    periodText: periodTitle(period).ru,
    date: null,
    unit: unitOf(funding),
    program: reference,
    funding: funding && {
      title: 'Выполнение мероприятий муниципальной программы',
      plan: 'program',
      planHeader: `План на ${period.year} год`,
      columns: { financed: true, spent: true, percent: true, reason: true },
      spentIncludesObligations: false,
      subprograms: funding.subprograms.map((sp) => ({ title: sp.title, sources: sp.sources.map((s) => planLine(s, y)), total: sp.total && planLine(sp.total, y), activities: [] })),
      total: funding.total && planLine(funding.total, y),
      totalBySource: funding.totalBySource.map((s) => planLine(s, y)),
    },
    indicators: program.indicators && {
      title: 'Достижение планируемых результатов',
      columns: { base: true, percent: true, reason: true },
      subprograms: program.indicators.subprograms.map((sp) => ({
        number: sp.number,
        title: sp.title,
        activities: sp.activities.map((a) => ({
          number: a.number,
          title: a.title,
          indicators: a.indicators.map((i) => ({ name: i.name, unit: i.unit, base: i.base, plan: iy < 0 ? null : (i.plan[iy] ?? null), fact: null, percent: null, reason: null })),
        })),
      })),
    },
  };
}
