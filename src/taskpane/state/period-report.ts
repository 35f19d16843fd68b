// The pane's «Отчёт за период» (docs/design/REPORTS.md): what the person chose (the period, the year, the program
// version: from the store or the annexes of this workbook), the last check of the report sheets, and the
// store's answer to the last push. Pure, like the rest of the pane's state: the reducer's report cases live here.
import type { Localized } from '../../domain/finding';
import { periodTitle, type ReportPeriod } from '../../domain/reporting/period';
import type { WorkbookReport } from '../../sheets/check-workbook';
import type { VersionSummary } from '../../store/contract/programs';
import type { DeadlineStatusView, ReportAccepted } from '../../store/contract/reports';
import { defaultVersion } from '../../store/default-version';
import { storeSettingsComplete, type StoreSettings } from './store-settings';
import { unexplainedWarnings } from './explanations';

/** Where the program version the report is on comes from. */
export type ReportProgramSource = 'store' | 'workbook';

export interface ReportChoice {
  /** 1 — I квартал, 2 — I полугодие, 3 — 9 месяцев, 4 — год (reports are cumulative from the year's start). */
  quarters: number;
  year: number;
  source: ReportProgramSource;
  /** The stored program and version (source 'store'); null until chosen. */
  programId: string | null;
  version: number | null;
}

/** What the last check was made against: the stored version, or the annexes of this workbook. */
export interface ReportCheckedAgainst {
  from: ReportProgramSource;
  programId: string | null;
  version: number | null;
  title: string;
}

/** The store's answer to a push, with the period's deadline status as the store's overview gives it. */
export interface ReportSubmission {
  accepted: ReportAccepted;
  /** The period as its title says it («за I квартал 2021 года»). */
  period: Localized;
  /** Null when the store's overview could not be had just now (the push stands). */
  deadline: { status: DeadlineStatusView; text: Localized } | null;
}

export interface PeriodReportState {
  choice: ReportChoice;
  /** The chosen stored program's versions, once asked for. */
  versions: { programId: string; versions: VersionSummary[] } | null;
  /** The last check of the report sheets; null before the first or after new sheets. */
  report: WorkbookReport | null;
  /** The check describes the sheets and the choice as they are now. */
  reportCurrent: boolean;
  against: ReportCheckedAgainst | null;
  /** The period the sheets name (their title block); null when they name none. */
  period: ReportPeriod | null;
  submission: ReportSubmission | null;
}

/** The quarter that ended last before `today` (the report due next), in its year: what a person reports on most days. */
export function defaultReportChoice(today: Date = new Date()): ReportChoice {
  const month = today.getMonth();
  const quarters = Math.floor(month / 3);
  return quarters === 0
    ? { quarters: 4, year: today.getFullYear() - 1, source: 'store', programId: null, version: null }
    : { quarters, year: today.getFullYear(), source: 'store', programId: null, version: null };
}

export function initialPeriodReport(today?: Date): PeriodReportState {
  return { choice: defaultReportChoice(today), versions: null, report: null, reportCurrent: false, against: null, period: null, submission: null };
}

/** The chosen period, or null when the year is not one (a field typed half-way). */
export function chosenPeriod(choice: ReportChoice): ReportPeriod | null {
  if (!Number.isInteger(choice.year) || choice.year < 1900 || choice.year > 2200) return null;
  if (!Number.isInteger(choice.quarters) || choice.quarters < 1 || choice.quarters > 4) return null;
  return { year: choice.year, quarters: choice.quarters };
}

export function chosenPeriodTitle(choice: ReportChoice): Localized | null {
  const period = chosenPeriod(choice);
  return period ? periodTitle(period) : null;
}

/**
 * Whether «Отправить отчёт» may be pressed and, if not, why: the store is not set up; the program is not a
 * stored one (the store checks the report against its own version); no current check; errors. Unexplained
 * warnings do not stop the button (pressing it points at them).
 */
export type ReportSendReadiness = 'settings' | 'program' | 'validate' | 'errors' | 'explain' | 'ready';

export function reportSendReadiness(storeSettings: StoreSettings, report: PeriodReportState, explanations: Readonly<Record<string, string>>): ReportSendReadiness {
  if (!storeSettingsComplete(storeSettings)) return 'settings';
  if (report.choice.source !== 'store' || report.choice.programId === null || report.choice.version === null) return 'program';
  if (!report.report || !report.reportCurrent) return 'validate';
  if (report.report.summary.error > 0) return 'errors';
  return unexplainedWarnings(report.report, explanations).length > 0 ? 'explain' : 'ready';
}

/** The report's actions on the pane's state. */
export type PeriodReportAction =
  | { type: 'reportChoiceChanged'; choice: Partial<ReportChoice> }
  | { type: 'reportVersionsListed'; programId: string; versions: VersionSummary[] }
  | { type: 'reportSheetsWritten'; sheets: string[]; period: ReportPeriod }
  /** A check of the report sheets; `quiet`: in the middle of a push (the task goes on). */
  | { type: 'reportChecked'; report: WorkbookReport; against: ReportCheckedAgainst; period: ReportPeriod | null; highlighted: boolean; fixedCount?: number; quiet?: boolean }
  | { type: 'reportSubmitted'; submission: ReportSubmission };

/** The report part's new state for one of its actions. */
export function periodReportReducer(state: PeriodReportState, action: PeriodReportAction): PeriodReportState {
  switch (action.type) {
    case 'reportChoiceChanged': {
      const choice = { ...state.choice, ...action.choice };
      // Another program, version or source: the check was against something else.
      const moved = choice.source !== state.choice.source || choice.programId !== state.choice.programId || choice.version !== state.choice.version;
      const versions = choice.programId !== state.choice.programId ? null : state.versions;
      return { ...state, choice, versions, reportCurrent: moved ? false : state.reportCurrent };
    }
    case 'reportVersionsListed': {
      const keep = state.choice.programId === action.programId && action.versions.some((v) => v.version === state.choice.version);
      const version = keep ? state.choice.version : defaultVersion(action.versions);
      return {
        ...state,
        versions: { programId: action.programId, versions: action.versions },
        choice: { ...state.choice, source: 'store', programId: action.programId, version },
        reportCurrent: keep ? state.reportCurrent : false,
      };
    }
    case 'reportSheetsWritten':
      return { ...state, report: null, reportCurrent: false, against: null, period: action.period, submission: null };
    case 'reportChecked':
      return { ...state, report: action.report, reportCurrent: true, against: action.against, period: action.period };
    case 'reportSubmitted':
      return { ...state, submission: action.submission };
  }
}
