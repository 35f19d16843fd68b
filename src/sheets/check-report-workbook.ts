// Reads and checks a report workbook (docs/design/REPORTS.md): the forms R1/R2 found by content, the R-rules run against
// the program version the report refers to — given (`--program FILE`, the store), or read from the annexes in
// the same workbook (the sheets that are not the report's). The S-rules that relay what could not be read
// (S004, S005, S008) run beside them. Each finding's fix is resolved to its cell's write here, once.
import { DEFAULT_CONFIG, type RulesConfig } from '../domain/config';
import type { Program } from '../domain/model/program';
import { makeReport } from '../domain/report';
import { reportFindings } from '../domain/reporting/check-report';
import type { ProgramReport } from '../domain/reporting/model';
import { REPORT_RULES } from '../domain/rules/index';
import { notANumber } from '../domain/rules/structure/S004-not-a-number';
import { errorValue } from '../domain/rules/structure/S005-error-value';
import { unclassifiedRow } from '../domain/rules/structure/S008-unclassified-row';
import type { WorkbookReport } from './check-workbook';
import type { Grid } from './grid';
import { readReportWorkbook, type ReportReading } from './read/report/report-reader';
import { readWorkbook } from './read/read-workbook';
import { resolveFix } from './resolve-fix';

export interface ReportWorkbookCheck {
  reading: ReportReading;
  /** The program the report was checked against, and where it came from; null: none at hand (R001 silent). */
  program: { program: Program; from: 'given' | 'workbook' } | null;
  report: WorkbookReport;
}

export interface ReportWorkbookOptions {
  config?: RulesConfig;
  /** The program version the report refers to; absent: the annexes of the same workbook, when it has them. */
  program?: Program | null;
  /** The previous period's report of the same year (R005). */
  previous?: ProgramReport | null;
}

/** Null when the workbook holds no report form (then it is a program workbook: checkWorkbook). */
export function checkReportWorkbook(grids: readonly Grid[], options: ReportWorkbookOptions = {}): ReportWorkbookCheck | null {
  const reading = readReportWorkbook(grids);
  if (!reading) return null;
  const config = options.config ?? DEFAULT_CONFIG;
  const provenance = new Map(reading.provenance);
  let program: ReportWorkbookCheck['program'] = options.program ? { program: options.program, from: 'given' } : null;
  if (!program) {
    const reportSheets = new Set([reading.sheets.funding, reading.sheets.indicators]);
    const annexes = readWorkbook(grids.filter((g) => !reportSheets.has(g.name)));
    if (annexes.program.funding || annexes.program.indicators) {
      program = { program: annexes.program, from: 'workbook' };
      for (const [path, ref] of annexes.provenance) if (!provenance.has(path)) provenance.set(path, ref);
    }
  }
  const findings = reportFindings(reading.report, program?.program ?? null, {
    previous: options.previous ?? null,
    provenance,
    readIssues: reading.readIssues,
    config,
    rules: [notANumber, errorValue, unclassifiedRow, ...REPORT_RULES],
  });
  const checked = makeReport(findings);
  const report: WorkbookReport = { ...checked, findings: checked.findings.map((f) => ({ ...f, cellFix: resolveFix(f, provenance) })) };
  return { reading, program, report };
}
