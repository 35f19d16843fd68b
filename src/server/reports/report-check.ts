// How the store re-validates a report: with the core's report check (the R-rules, src/domain), against the
// stored program version the report refers to and the previous period's accepted report (R005). The
// checker is a function of the app's options, so that the server and the tests give the same one.
import { makeReport, type Report } from '../../domain/report';
import type { Program } from '../../domain/model/program';
import type { ProgramReport } from '../../domain/reporting/model';

export interface ReportCheckOptions {
  /** The latest accepted report of the previous period of the same year (R005), or null. */
  previous: ProgramReport | null;
}

/** The shape of the core's `checkReport(report, program, options)`. */
export type ReportChecker = (report: ProgramReport, program: Program, options: ReportCheckOptions) => Report;

/**
 * Until the R-rules are in the core, a report is checked for its structure only: the body's zod schema
 * (ProgramReport) and the store's own checks (the program version exists, the period is the body's and
 * lies inside the program's period, see push-report.ts). No finding is made up here.
 */
export const structureOnly: ReportChecker = () => makeReport([]);
