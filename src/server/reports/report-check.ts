// How the store re-validates a report: with the core's report check (the R-rules, src/domain), against the
// stored program version the report refers to and the previous period's accepted report (R005). The
// checker is a function of the app's options, so that the server and the tests give the same one.
import type { Report } from '../../domain/report';
import { checkReport } from '../../domain/reporting/check-report';
import type { Program } from '../../domain/model/program';
import type { ProgramReport } from '../../domain/reporting/model';

export interface ReportCheckOptions {
  /** The latest accepted report of the previous period of the same year (R005), or null. */
  previous: ProgramReport | null;
}

/** The shape of the core's `checkReport(report, program, options)`. */
export type ReportChecker = (report: ProgramReport, program: Program, options: ReportCheckOptions) => Report;

/** The core's R-rules (domain/reporting/check-report.ts) with the previous period's accepted report for R005. */
export const coreReportCheck: ReportChecker = (report, program, options) => checkReport(report, program, { previous: options.previous });
