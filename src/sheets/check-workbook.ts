// Reads the grids of a workbook and checks the program: the one entry point for the task pane,
// the CLI and the benchmarks.
import { checkProgram } from '../domain/check-program';
import { DEFAULT_CONFIG, type RulesConfig } from '../domain/config';
import type { Program } from '../domain/model/program';
import type { Provenance } from '../domain/provenance';
import type { Report } from '../domain/report';
import type { Grid } from './grid';
import { readWorkbook, type TableSheets } from './read/read-workbook';
import { withTotalFormulas } from './total-formulas';

export interface WorkbookCheck {
  program: Program;
  provenance: Provenance;
  report: Report;
  /** Which worksheet holds which table (null when not found). */
  sheets: TableSheets;
}

export function checkWorkbook(grids: readonly Grid[], config: RulesConfig = DEFAULT_CONFIG): WorkbookCheck {
  const reading = readWorkbook(grids, config);
  const checked = checkProgram({ program: reading.program, provenance: reading.provenance, readIssues: reading.readIssues, config });
  // Where the cells are known, a total is fixed with its sum formula rather than a typed number.
  const report = withTotalFormulas(checked, reading.program.funding, reading.provenance, config.precision);
  return { program: reading.program, provenance: reading.provenance, report, sheets: reading.sheets };
}
