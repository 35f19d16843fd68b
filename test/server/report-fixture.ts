// Reports for the store's tests: a report of a stored program for a period, laid out from the program
// (domain/reporting/report-from-program.ts) and filled as fully executed — clean under the R-rules — or
// with a shortfall on one source that every total it enters carries too; and a checker that stands in for
// the core's report check where a test needs findings of its own choosing.
import { fromScaled, toScaled } from '../../src/domain/amount';
import type { Finding } from '../../src/domain/finding';
import type { Program } from '../../src/domain/model/program';
import { makeReport } from '../../src/domain/report';
import type { ProgramReport, ReportFundingLine } from '../../src/domain/reporting/model';
import { parsePeriodKey } from '../../src/domain/reporting/period';
import { reportFromProgram } from '../../src/domain/reporting/report-from-program';
import type { ReportCheckOptions, ReportChecker } from '../../src/server/reports/report-check';
import type { ReportBodyInput } from '../../src/store/contract/reports';
import { correctedExample } from './store-fixture';

const CITY_BUDGET = 'Бюджет городского округа Ступино';

/**
 * The program's report for the period ("2021-Q1" … "2021") with every fact equal to the plan (cumulative:
 * the whole year's plan spent, which no R-rule objects to); `date` (the title block's date) makes another
 * content of the same report.
 */
export function executedReport(period = '2021-Q1', options: { program?: Program; date?: string | null } = {}): ProgramReport {
  const p = parsePeriodKey(period);
  if (!p) throw new Error(`not a period: ${period}`);
  const report = reportFromProgram(options.program ?? correctedExample(), p);
  report.date = options.date ?? null;
  const fill = (line: ReportFundingLine | null): void => {
    if (line) {
      line.financed = line.plan;
      line.spent = line.plan;
    }
  };
  for (const sp of report.funding?.subprograms ?? []) {
    sp.sources.forEach(fill);
    fill(sp.total);
  }
  fill(report.funding?.total ?? null);
  report.funding?.totalBySource.forEach(fill);
  for (const sp of report.indicators?.subprograms ?? []) for (const a of sp.activities) for (const i of a.indicators) i.fact = i.plan?.value ?? null;
  return report;
}

/**
 * The first subprogram's city budget spent (and financed) `amount` less than its plan, and so its total,
 * ИТОГО and ИТОГО's city budget line, each with the reason.
 */
export function withShortfall(report: ProgramReport, amount: string, reason = 'Экономия по результатам конкурсных процедур'): ProgramReport {
  const funding = report.funding;
  if (!funding) throw new Error('the report has no funding form');
  const sub = funding.subprograms[0];
  const lines = [sub.sources.find((s) => s.source === CITY_BUDGET), sub.total, funding.total, funding.totalBySource.find((s) => s.source === CITY_BUDGET)];
  for (const line of lines) {
    if (!line?.spent) throw new Error('the report has no city budget line to cut');
    line.spent = fromScaled(toScaled(line.spent, 1) - toScaled(amount, 1), 1);
    line.financed = line.spent;
    line.reason = reason;
  }
  return report;
}

export function reportBody(
  programId: string,
  options: { period?: string; programVersion?: number; date?: string; program?: Program; report?: ProgramReport; explanations?: Record<string, string> } = {},
): ReportBodyInput {
  const period = options.period ?? '2021-Q1';
  return {
    programId,
    programVersion: options.programVersion ?? 1,
    period,
    report: options.report ?? executedReport(period, { program: options.program, date: options.date }),
    explanations: options.explanations ?? {},
  };
}

export function finding(rule: string, severity: Finding['severity'], path: string): Finding {
  return { rule, severity, messageId: 'test', data: {}, path, key: `${rule}:${path}`, sheet: null, cell: null, fix: null };
}

/** A checker that gives the findings in its `findings` (a test changes them between pushes) and records what it was called with. */
export function recordingChecker(findings: Finding[] = []): ReportChecker & { calls: { report: ProgramReport; options: ReportCheckOptions }[]; findings: Finding[] } {
  const calls: { report: ProgramReport; options: ReportCheckOptions }[] = [];
  const check: ReportChecker = (report, _program, options) => {
    calls.push({ report, options });
    return makeReport(findings);
  };
  return Object.assign(check, { calls, findings });
}
