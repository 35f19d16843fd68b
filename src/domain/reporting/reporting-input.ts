// What the R-rules check: a report, the program version it refers to (null when none is at hand: R001 is then
// silent), and the previous period's accepted report of the same year (R005; null when there is none).
import type { Program } from '../model/program';
import type { ProgramReport } from './model';

export interface ReportingInput {
  report: ProgramReport;
  program: Program | null;
  previous: ProgramReport | null;
}
