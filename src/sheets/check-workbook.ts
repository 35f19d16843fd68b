// Reads the grids of a workbook and checks the program: the one entry point for the task pane,
// the CLI and the benchmarks. Each finding's fix is resolved to its cell's write here, once.
import { checkProgram } from '../domain/check-program';
import { DEFAULT_CONFIG, type RulesConfig } from '../domain/config';
import type { Finding } from '../domain/finding';
import type { Program } from '../domain/model/program';
import type { Provenance } from '../domain/provenance';
import type { Report } from '../domain/report';
import type { Grid } from './grid';
import { readWorkbook, type TableSheets } from './read/read-workbook';
import { resolveFix, type CellFix } from './resolve-fix';
import type { SheetView } from './read/sheet-view';

/** A finding of a workbook: the finding, and what its fix writes into its cell (null: no fix there). */
export type WorkbookFinding = Finding & { cellFix: CellFix | null };

export interface WorkbookReport extends Report {
  findings: WorkbookFinding[];
}

export interface WorkbookCheck {
  program: Program;
  provenance: Provenance;
  report: WorkbookReport;
  /** Which worksheet holds which table (null when not found). */
  sheets: TableSheets;
}

/** `views`: the grids' views when the caller has them (see readWorkbook). */
export function checkWorkbook(grids: readonly Grid[], config: RulesConfig = DEFAULT_CONFIG, views?: readonly SheetView[]): WorkbookCheck {
  const reading = readWorkbook(grids, views);
  const checked = checkProgram({ program: reading.program, provenance: reading.provenance, readIssues: reading.readIssues, config });
  // What was read per table (rows, sources, years, indicators, unit): the report says it, never silently.
  // Each finding is given its cell's write in place: the findings are this call's own, and a copy of each (a spread
  // per finding) would make as many objects again as the report has findings.
  const findings = checked.findings as WorkbookFinding[];
  for (let i = 0; i < findings.length; i++) findings[i].cellFix = resolveFix(findings[i], reading.provenance);
  const report: WorkbookReport = { ...checked, findings, read: reading.read };
  return { program: reading.program, provenance: reading.provenance, report, sheets: reading.sheets };
}
