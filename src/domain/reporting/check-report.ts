// Checks a report on a program with the R-rules (docs/design/REPORTS.md): the same runner, finding contract and folding as
// the program's rules (one defect, one finding). The server calls it on a submitted report with the stored
// program version it refers to and the previous period's accepted report; the CLI and the pane with the
// annexes of the same workbook (or `--program FILE`). The signature is stable: options may grow, never move.
import { collectFindings } from '../check-program';
import { DEFAULT_CONFIG, type RulesConfig } from '../config';
import type { Program } from '../model/program';
import type { Provenance } from '../provenance';
import { makeReport, type Report } from '../report';
import type { AnyRule, ReadIssue } from '../rules/define-rule';
import { REPORT_RULES } from '../rules/index';
import type { ProgramReport } from './model';

export interface CheckReportOptions {
  /** The previous period's accepted report of the same year (R005); absent or null: R005 is silent. */
  previous?: ProgramReport | null;
  /** Cells of what was read (report paths, and the program's when it was read from the same workbook). */
  provenance?: Provenance;
  /** What the report's readers could not read (S-rules relay them when the caller runs them). */
  readIssues?: readonly ReadIssue[];
  config?: RulesConfig;
  /** The rules to run; the R-rules by default. */
  rules?: readonly AnyRule[];
}

/** The R-rules' report on a report. `program` null: no program version at hand (R001 is silent). */
export function checkReport(report: ProgramReport, program: Program | null, options: CheckReportOptions = {}): Report {
  return makeReport(reportFindings(report, program, options));
}

/** The findings alone (for a caller that adds them to other findings, as the workbook check does). */
export function reportFindings(report: ProgramReport, program: Program | null, options: CheckReportOptions = {}) {
  return collectFindings({
    // The runner's program is the report's program when there is one; the R-rules read `reporting` only.
    program: program ?? placeholderProgram(report),
    provenance: options.provenance,
    readIssues: options.readIssues,
    config: options.config ?? DEFAULT_CONFIG,
    rules: options.rules ?? REPORT_RULES,
    reporting: { report, program, previous: options.previous ?? null },
  });
}

/** A program with no tables, named as the report names it: what the runner holds when no version is at hand. */
function placeholderProgram(report: ProgramReport): Program {
  const year = report.period?.year ?? report.programPeriod?.from ?? 2000;
  return { municipality: report.municipality, title: report.title, period: report.programPeriod ?? { from: year, to: year }, passport: null, funding: null, indicators: null };
}
