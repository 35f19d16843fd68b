// Reports for the store's tests: a report of the worked example's program for a period, and a checker
// that stands in for the core's report check where a test needs findings of its own choosing.
import { makeReport } from '../../src/domain/report';
import type { Finding } from '../../src/domain/finding';
import type { ProgramReport } from '../../src/domain/reporting/model';
import { parsePeriodKey } from '../../src/domain/reporting/period';
import type { ReportCheckOptions, ReportChecker } from '../../src/server/reports/report-check';
import type { ReportBodyInput } from '../../src/store/contract/reports';
import { buildReport } from '../fixtures/report-builder';

/** A report for the period ("2021-Q1" … "2021"); `spent` sets the one line's fact (cumulative). */
export function sampleReport(period = '2021-Q1', spent = '100.0'): ProgramReport {
  const p = parsePeriodKey(period);
  if (!p) throw new Error(`not a period: ${period}`);
  return buildReport({
    year: p.year,
    quarters: p.quarters,
    subprograms: [{ title: 'Подпрограмма I «Снижение административных барьеров»', sources: [{ source: 'Бюджет городского округа Ступино', plan: '1000.0', spent }] }],
    total: { plan: '1000.0', spent },
  });
}

export function reportBody(programId: string, options: { period?: string; programVersion?: number; spent?: string; report?: ProgramReport; explanations?: Record<string, string> } = {}): ReportBodyInput {
  const period = options.period ?? '2021-Q1';
  return {
    programId,
    programVersion: options.programVersion ?? 1,
    period,
    report: options.report ?? sampleReport(period, options.spent),
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
