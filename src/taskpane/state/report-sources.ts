// Where the pane's «Отчёт за период» gets what it checks against: the program version (a stored one, or the
// annexes of this workbook), the previous period's accepted report (R005: src/store/previous-report.ts), and,
// after a push, the period's deadline status from the store's overview. Failures are the pane's own, with
// what to do; the store's refusals go through describeStoreFailure at the caller.
import type { Program } from '../../domain/model/program';
import type { ProgramReference } from '../../domain/reporting/model';
import { periodKey, periodTitle, type ReportPeriod } from '../../domain/reporting/period';
import type { Grid } from '../../sheets/grid';
import { readWorkbook } from '../../sheets/read/read-workbook';
import { readReportWorkbook } from '../../sheets/read/report/report-reader';
import { FUNDING_FORM_SHEET, INDICATOR_FORM_SHEET } from '../../sheets/write/report/report-workbook';
import type { StoreClient } from '../../store/client';
import type { ReportAccepted } from '../../store/contract/reports';
import { PaneFailure } from './failure';
import type { Localized } from '../../domain/finding';
import { MESSAGES, type PaneMessages } from '../i18n/messages';
import { chosenPeriod, type ReportCheckedAgainst, type ReportChoice, type ReportSubmission } from './period-report';

/** What the report pane asks of the store (the store client; in tests the same client over app.inject). */
export type ReportStore = Pick<StoreClient, 'listPrograms' | 'listVersions' | 'getVersion' | 'pushReport' | 'listReports' | 'listReportVersions' | 'getReportVersion'>;

export interface ReportProgram {
  program: Program;
  against: ReportCheckedAgainst;
  /** What the report sheets say they refer to. */
  reference: ProgramReference;
}

export function reportFailure(
  kind: 'noReportSheets' | 'reportNoProgram' | 'reportNoAnnexes' | 'reportPeriodOutside' | 'reportNeedsStoreProgram' | 'reportNoPeriod' | 'reportOtherProgram' | 'reportOtherPeriod' | 'reportNotAYear',
  detail: PaneFailure['failure']['detail'] = null,
): PaneFailure {
  return new PaneFailure({ kind, detail });
}

/** The stored version chosen, or the failure that says to choose one. */
export function chosenStoredVersion(choice: ReportChoice): { programId: string; version: number } {
  if (choice.programId === null || choice.version === null) throw reportFailure('reportNoProgram');
  return { programId: choice.programId, version: choice.version };
}

/**
 * Versions are append-only: a fetched one never changes, so the pane keeps what it fetched for its life —
 * per store: the same program id and version in another store (a test one, then the real one) is another program.
 */
export class StoredPrograms {
  private readonly fetched = new Map<string, Program>();

  async get(store: ReportStore, storeUrl: string, programId: string, version: number): Promise<ReportProgram> {
    const key = `${storeUrl}\u0000${programId}\u0000${version}`;
    let program = this.fetched.get(key);
    if (!program) {
      program = (await store.getVersion(programId, version)).program;
      this.fetched.set(key, program);
    }
    return { program, against: { from: 'store', programId, version, title: program.title }, reference: { programId, version } };
  }
}

/** The sheets of a report in the workbook: those the reader finds by content, and the template's own names. */
function reportSheetNames(grids: readonly Grid[]): Set<string> {
  const reading = readReportWorkbook(grids);
  const names = new Set([FUNDING_FORM_SHEET, INDICATOR_FORM_SHEET].map((n) => n.toLowerCase()));
  if (reading?.sheets.funding) names.add(reading.sheets.funding.toLowerCase());
  if (reading?.sheets.indicators) names.add(reading.sheets.indicators.toLowerCase());
  return names;
}

/** The program of this workbook's annexes (the sheets that are not the report's), or «no annexes». */
export function workbookProgram(grids: readonly Grid[]): ReportProgram {
  const reportSheets = reportSheetNames(grids);
  const { program } = readWorkbook(grids.filter((g) => !reportSheets.has(g.name.toLowerCase())));
  if (!program.funding && !program.indicators) throw reportFailure('reportNoAnnexes');
  return { program, against: { from: 'workbook', programId: null, version: null, title: program.title }, reference: { programId: null, version: null } };
}

/**
 * The sheets name the stored version they were laid out from (their title block's «Программа: ID — версия N»):
 * checked or sent against another one, the plan would be compared with the wrong program. Refused with both
 * named, as `sverka push` does, never a silent choice.
 */
export function refuseOtherProgram(line: ProgramReference, chosen: { programId: string; version: number }, where: { sheet: string; cell: string } | null): void {
  if (line.programId === null) return;
  if (line.programId === chosen.programId && (line.version === null || line.version === chosen.version)) return;
  const sheets = { programId: line.programId, version: line.version };
  throw reportFailure('reportOtherProgram', worded((m) => m.report.otherProgramDetail(sheets, atCell(where), chosen)));
}

/**
 * The sheets' own period («за I квартал 2021 года» in their title) must be the period chosen: a report is
 * checked and sent under the period its sheets name, so a different choice would be a silent switch.
 */
export function refuseOtherPeriod(sheets: ReportPeriod | null, chosen: ReportPeriod | null, where: { sheet: string; cell: string } | null): void {
  if (sheets === null || chosen === null || periodKey(sheets) === periodKey(chosen)) return;
  const [inSheets, choice] = [periodTitle(sheets), periodTitle(chosen)];
  throw reportFailure('reportOtherPeriod', { ru: MESSAGES.ru.report.otherPeriodDetail(inSheets.ru, atCell(where), choice.ru), en: MESSAGES.en.report.otherPeriodDetail(inSheets.en, atCell(where), choice.en) });
}

/** The period must lie inside the program's years: a report outside them has no plan to copy. */
export function refuseOutsideProgram(period: ReportPeriod, program: Program): void {
  if (period.year >= program.period.from && period.year <= program.period.to) return;
  throw reportFailure('reportPeriodOutside', worded((m) => m.report.outsideProgramDetail(period.year, program.period.from, program.period.to)));
}

/** The chosen period, or the refusal that says the year field holds no year. */
export function chosenPeriodOrRefuse(choice: ReportChoice): ReportPeriod {
  const period = chosenPeriod(choice);
  if (!period) throw reportFailure('reportNotAYear', worded((m) => m.report.notAYearDetail(String(choice.year))));
  return period;
}

/** A detail in both languages, from the message maps. */
function worded(say: (messages: PaneMessages) => string): Localized {
  return { ru: say(MESSAGES.ru), en: say(MESSAGES.en) };
}

/** « (Форма R1!A5)», or nothing when the cell is not known. */
function atCell(where: { sheet: string; cell: string } | null): string {
  return where ? ` (${where.sheet}!${where.cell})` : '';
}

/** The pushed period's deadline status in the store's overview of its year; null when the overview cannot be had. */
export async function deadlineOf(store: ReportStore, accepted: ReportAccepted, year: number): Promise<ReportSubmission['deadline']> {
  try {
    const overview = await store.listReports(year);
    const cell = overview.programs.find((p) => p.programId === accepted.programId)?.periods.find((p) => p.period === accepted.period);
    return cell ? { status: cell.deadline, text: cell.text } : null;
  } catch {
    return null; // the push stands; the pane says the deadline was not given
  }
}
