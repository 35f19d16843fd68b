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
import type { Finding } from '../finding';
import { unitPrecision } from '../model/unit';
import type { ProgramReport } from './model';
import { programInUnit, reportInUnit, reportUnit } from './report-unit';

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

/**
 * The findings alone (for a caller that adds them to other findings, as the workbook check does). Amounts are
 * checked in the report's own unit, at that unit's precision (руб.: kopecks, тыс. руб.: the configured
 * decimals, млн руб.: 3): the program's Приложение 1 and the previous report are converted exactly into it,
 * so that every message and fix speaks of the amounts as the cells hold them.
 */
export function reportFindings(report: ProgramReport, program: Program | null, options: CheckReportOptions = {}): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const unit = reportUnit(report);
  const inUnit = program ? programInUnit(program, unit) : null;
  return collectFindings({
    // The runner's program is the report's program when there is one; the R-rules read `reporting` only.
    program: inUnit ?? placeholderProgram(report),
    provenance: options.provenance,
    readIssues: options.readIssues,
    config: { ...config, precision: unitPrecision(unit, config.precision) },
    rules: options.rules ?? REPORT_RULES,
    reporting: { report, program: inUnit, previous: options.previous ? reportInUnit(options.previous, unit) : null },
  });
}

/** A program with no tables, named as the report names it: what the runner holds when no version is at hand. */
function placeholderProgram(report: ProgramReport): Program {
  const year = report.period?.year ?? report.programPeriod?.from ?? 2000;
  return { municipality: report.municipality, title: report.title, period: report.programPeriod ?? { from: year, to: year }, passport: null, funding: null, indicators: null };
}
