// The task pane's state and its reducer: pure, so that every transition is testable without a workbook.
import type { Lang, Localized } from '../../domain/finding';
import { periodTitle } from '../../domain/reporting/period';
import type { Report } from '../../domain/report';
import type { WorkbookReport } from '../../sheets/check-workbook';
import type { PaneTask } from '../i18n/messages';
import type { FoldedChange } from '../../store/contract/diff';
import type { ProgramSummary, VersionSummary } from '../../store/contract/programs';
import type { SubmissionAccepted } from '../../store/contract/submission';
import type { PassportParagraphPlan } from '../../sheets/write/passport-paragraph-plan';
import type { Failure } from './failure';
import { unexplainedWarnings } from './explanations';
import { initialPeriodReport, periodReportReducer, type PeriodReportAction, type PeriodReportState } from './period-report';
import { NO_STORE_SETTINGS, storeSettingsComplete, type StoreSettings } from './store-settings';

/** What the live region says after a task (rendered in the current language). */
export type PaneNotice =
  | { kind: 'templateBlank' }
  | { kind: 'templateExample' }
  | { kind: 'validated'; summary: Report['summary'] }
  | { kind: 'fixed'; count: number; summary: Report['summary'] }
  | { kind: 'cleared' }
  | { kind: 'selected'; sheet: string; cell: string }
  /**
   * `existing`: the store had this program already as that version (no new version was made); `basisNotRecorded`: a
   * basis was typed for it, and is not recorded (a basis goes with a new version: said, not left for the person to assume).
   */
  | { kind: 'sent'; version: number; existing: boolean; createdAt: string; basisNotRecorded: boolean }
  | { kind: 'historyLoaded'; count: number }
  | { kind: 'storedLoaded'; version: number }
  | { kind: 'annexesWritten'; sheets: string[] }
  | { kind: 'paragraphCopied' }
  | { kind: 'paragraphShown' }
  | { kind: 'paragraphWritten'; summary: Report['summary'] }
  | { kind: 'paragraphUnchanged' }
  | { kind: 'paragraphCancelled' }
  | { kind: 'paragraphUndone'; summary: Report['summary'] }
  | { kind: 'replaceCancelled' }
  | { kind: 'explanationsCopied'; count: number }
  | { kind: 'reportSheetsWritten'; sheets: string[]; period: Localized }
  | { kind: 'reportValidated'; summary: Report['summary'] }
  | { kind: 'reportFixed'; count: number; summary: Report['summary'] }
  | { kind: 'reportSent'; version: number; existing: boolean; createdAt: string; period: Localized }
  | { kind: 'reportVersionsLoaded'; count: number };

/** A program's versions in the store, as last fetched. */
export interface StoreHistory {
  programId: string;
  versions: VersionSummary[];
  /**
   * What changed in a version since the one before it (the store's folded diff), by version; null where it
   * could not be fetched; absent for the first version and for versions older than the ones asked about.
   */
  changes?: Readonly<Record<number, FoldedChange[] | null>>;
}

/** The passport paragraph the pane composed; `copied` false: shown selected for Ctrl+C. */
export interface ComposedParagraph {
  text: string;
  copied: boolean;
}

/** Loading a template or a stored version would replace sheets that have content: the pane asks first. */
export interface ReplaceQuestion {
  task: 'template' | 'loadStored' | 'reportSheets';
  /** The sheets with content that would be replaced, in the workbook's spelling. */
  sheets: string[];
}

export interface PaneProblem {
  id: number;
  task: PaneTask;
  failure: Failure;
}

export interface PaneState {
  lang: Lang;
  /** The task running now; the buttons wait while it runs. */
  busy: PaneTask | null;
  /** The last validation; null before the first or after a new template. */
  report: WorkbookReport | null;
  /** Cells are filled by severity in the workbook. */
  highlighted: boolean;
  /** The finding whose cell was selected last (its key). */
  selectedKey: string | null;
  notice: PaneNotice | null;
  problems: PaneProblem[];
  nextProblemId: number;
  /** The last report describes the workbook as the pane last wrote or read it (false after writing sheets). */
  reportCurrent: boolean;
  storeSettings: StoreSettings;
  /** What the person wrote for each warning, by Finding.key; kept across checks (a key is stable). */
  explanations: Record<string, string>;
  /**
   * The legal basis to send with the next version («постановление от 12.03.2021 № 715-п»; optional): the store
   * keeps it and the history shows it. Emptied once a new version took it, so that the next one does not inherit it.
   */
  basis: string;
  /** Findings the last failure was about (a warning without explanation, an error the store found). */
  flaggedKeys: string[];
  /** The store's answer to the last accepted push. */
  submission: SubmissionAccepted | null;
  /** The store's programs, once asked for. */
  programs: ProgramSummary[] | null;
  history: StoreHistory | null;
  paragraph: ComposedParagraph | null;
  /** «Записать абзац в паспорт» waiting for «Записать» or «Отмена»: what would change. */
  paragraphPlan: PassportParagraphPlan | null;
  /** The plan was made again because the passport changed while the person looked at the first one. */
  paragraphReplanned: boolean;
  /** The last paragraph write can be undone (its cells' previous contents are kept): where it went. */
  paragraphUndo: { sheet: string; range: string } | null;
  /** Waiting for «Заменить» or «Отмена»; nothing is written before the answer. */
  question: ReplaceQuestion | null;
  /** «Отчёт за период»: the choice, the last check of the report sheets, the store's answer. */
  periodReport: PeriodReportState;
}

export type PaneAction =
  | { type: 'languageChosen'; lang: Lang }
  | { type: 'taskStarted'; task: PaneTask }
  | { type: 'taskFailed'; task: PaneTask; failure: Failure }
  /** A part of a task failed, the task went on (the old highlights could not be cleared before a new check). */
  | { type: 'problemNoted'; task: PaneTask; failure: Failure }
  | { type: 'templateWritten'; template: 'blank' | 'example' }
  | { type: 'validated'; report: WorkbookReport; highlighted: boolean; fixedCount?: number }
  | { type: 'highlightsCleared' }
  | { type: 'cellSelected'; key: string; sheet: string; cell: string }
  | { type: 'problemDismissed'; id: number }
  /** A check made in the middle of a longer task (sending, the annexes): the report changes, the task goes on. */
  | { type: 'checked'; report: WorkbookReport; highlighted: boolean }
  | { type: 'storeSettingsChanged'; settings: StoreSettings }
  | { type: 'explanationChanged'; key: string; text: string }
  | { type: 'basisChanged'; text: string }
  /** «То же для всех таких»: the text given to the other warnings of the rule and message that have none. */
  | { type: 'explanationCopied'; keys: readonly string[]; text: string }
  | { type: 'submitted'; accepted: SubmissionAccepted }
  | { type: 'programsListed'; programs: ProgramSummary[] }
  | { type: 'historyListed'; history: StoreHistory; quiet?: boolean }
  | { type: 'storedLoaded'; version: number; explanations: Record<string, string> }
  | { type: 'annexesWritten'; sheets: string[] }
  | { type: 'paragraphComposed'; paragraph: ComposedParagraph }
  | { type: 'paragraphProposed'; plan: PassportParagraphPlan; replanned?: boolean }
  | { type: 'paragraphCancelled' }
  | { type: 'paragraphWritten'; report: WorkbookReport; highlighted: boolean; undo: { sheet: string; range: string } }
  | { type: 'paragraphUndone'; report: WorkbookReport; highlighted: boolean }
  /** The sheets a load would replace have content: the task stops and the pane asks. */
  | { type: 'replaceAsked'; question: ReplaceQuestion }
  /** «Отмена»: nothing was written. */
  | { type: 'replaceCancelled' }
  | PeriodReportAction;

export function initialPaneState(lang: Lang = 'ru', storeSettings: StoreSettings = NO_STORE_SETTINGS, today?: Date): PaneState {
  return {
    lang,
    busy: null,
    report: null,
    highlighted: false,
    selectedKey: null,
    notice: null,
    problems: [],
    nextProblemId: 1,
    reportCurrent: false,
    storeSettings,
    explanations: {},
    basis: '',
    flaggedKeys: [],
    submission: null,
    programs: null,
    history: null,
    paragraph: null,
    paragraphPlan: null,
    paragraphReplanned: false,
    paragraphUndo: null,
    question: null,
    periodReport: initialPeriodReport(today),
  };
}

export { explanationsFor, unexplainedWarnings } from './explanations';

/**
 * Whether «Отправить» may be pressed, and if not, why: the store is not set up, there is no current check,
 * the check has errors. Unexplained warnings do not stop the button (pressing it points at them).
 */
export type SendReadiness = 'settings' | 'validate' | 'errors' | 'explain' | 'ready';

export function sendReadiness(state: Pick<PaneState, 'storeSettings' | 'report' | 'reportCurrent' | 'explanations'>): SendReadiness {
  if (!storeSettingsComplete(state.storeSettings)) return 'settings';
  if (!state.report || !state.reportCurrent) return 'validate';
  if (state.report.summary.error > 0) return 'errors';
  return unexplainedWarnings(state.report, state.explanations).length > 0 ? 'explain' : 'ready';
}

/** Errors that writing the paragraph would set right are the passport's funding paragraph's own. */
export function onlyPassportFundingErrors(report: Report): boolean {
  return report.findings.every((f) => f.severity !== 'error' || f.path === 'passport/funding' || f.path.startsWith('passport/funding/'));
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'languageChosen':
      return { ...state, lang: action.lang };
    case 'taskStarted':
      // A new attempt at a task replaces the message about its last failure.
      // Any task (also «Заменить» itself) settles an open question.
      return { ...state, busy: action.task, question: null, paragraphPlan: null, problems: state.problems.filter((p) => p.task !== action.task) };
    case 'taskFailed':
      return {
        ...state,
        busy: null,
        notice: null,
        flaggedKeys: action.failure.keys ?? [],
        problems: [...state.problems, { id: state.nextProblemId, task: action.task, failure: action.failure }],
        nextProblemId: state.nextProblemId + 1,
      };
    case 'problemNoted':
      return {
        ...state,
        problems: [...state.problems, { id: state.nextProblemId, task: action.task, failure: action.failure }],
        nextProblemId: state.nextProblemId + 1,
      };
    // A fresh template or validation makes earlier failures moot: their messages go.
    case 'templateWritten':
      return {
        ...state,
        busy: null,
        problems: [],
        report: null,
        reportCurrent: false,
        flaggedKeys: [],
        paragraph: null,
        paragraphUndo: null,
        highlighted: false,
        selectedKey: null,
        notice: { kind: action.template === 'blank' ? 'templateBlank' : 'templateExample' },
      };
    case 'validated': {
      const stillThere = state.selectedKey !== null && action.report.findings.some((f) => f.key === state.selectedKey);
      return {
        ...state,
        busy: null,
        problems: [],
        report: action.report,
        reportCurrent: true,
        flaggedKeys: [],
        highlighted: action.highlighted,
        selectedKey: stillThere ? state.selectedKey : null,
        notice:
          action.fixedCount !== undefined
            ? { kind: 'fixed', count: action.fixedCount, summary: action.report.summary }
            : { kind: 'validated', summary: action.report.summary },
      };
    }
    case 'highlightsCleared':
      return { ...state, busy: null, highlighted: false, notice: { kind: 'cleared' } };
    case 'cellSelected':
      return { ...state, busy: null, selectedKey: action.key, notice: { kind: 'selected', sheet: action.sheet, cell: action.cell } };
    case 'problemDismissed':
      return { ...state, problems: state.problems.filter((p) => p.id !== action.id) };
    case 'checked': {
      const stillThere = state.selectedKey !== null && action.report.findings.some((f) => f.key === state.selectedKey);
      return { ...state, report: action.report, reportCurrent: true, highlighted: action.highlighted, selectedKey: stillThere ? state.selectedKey : null };
    }
    case 'storeSettingsChanged':
      // Another store: the versions listed from the one before are not this store's.
      return action.settings.url === state.storeSettings.url
        ? { ...state, storeSettings: action.settings }
        : { ...state, storeSettings: action.settings, periodReport: { ...state.periodReport, versions: null } };
    case 'explanationChanged': {
      const explanations = { ...state.explanations };
      if (action.text === '') delete explanations[action.key];
      else explanations[action.key] = action.text;
      return { ...state, explanations, flaggedKeys: action.text.trim() ? state.flaggedKeys.filter((k) => k !== action.key) : state.flaggedKeys };
    }
    case 'basisChanged':
      return { ...state, basis: action.text };
    case 'explanationCopied': {
      const text = action.text.trim();
      const keys = action.keys.filter((k) => !(state.explanations[k] ?? '').trim());
      if (!text || keys.length === 0) return state;
      const explanations = { ...state.explanations };
      for (const k of keys) explanations[k] = text;
      return { ...state, explanations, flaggedKeys: state.flaggedKeys.filter((k) => !keys.includes(k)), notice: { kind: 'explanationsCopied', count: keys.length } };
    }
    case 'submitted':
      return {
        ...state,
        busy: null,
        problems: [],
        flaggedKeys: [],
        submission: action.accepted,
        basis: action.accepted.existing ? state.basis : '',
        notice: {
          kind: 'sent',
          version: action.accepted.version,
          existing: action.accepted.existing,
          createdAt: action.accepted.createdAt,
          basisNotRecorded: action.accepted.existing && state.basis.trim() !== '',
        },
      };
    case 'programsListed':
      return { ...state, busy: null, programs: action.programs };
    case 'historyListed':
      return {
        ...state,
        busy: null,
        history: action.history,
        notice: action.quiet ? state.notice : { kind: 'historyLoaded', count: action.history.versions.length },
      };
    case 'storedLoaded':
      return {
        ...state,
        busy: null,
        problems: [],
        report: null,
        reportCurrent: false,
        highlighted: false,
        selectedKey: null,
        flaggedKeys: [],
        paragraph: null,
        paragraphUndo: null,
        // The version's explanations come back with it; what the person typed since stays where the store has none.
        explanations: { ...state.explanations, ...action.explanations },
        notice: { kind: 'storedLoaded', version: action.version },
      };
    case 'annexesWritten':
      return { ...state, busy: null, problems: [], notice: { kind: 'annexesWritten', sheets: action.sheets } };
    case 'paragraphComposed':
      return { ...state, busy: null, paragraph: action.paragraph, notice: { kind: action.paragraph.copied ? 'paragraphCopied' : 'paragraphShown' } };
    case 'paragraphProposed':
      return action.plan.changes.length === 0
        ? { ...state, busy: null, paragraphPlan: null, notice: { kind: 'paragraphUnchanged' } }
        : { ...state, busy: null, paragraphPlan: action.plan, paragraphReplanned: action.replanned ?? false };
    case 'paragraphCancelled':
      return { ...state, paragraphPlan: null, notice: { kind: 'paragraphCancelled' } };
    case 'paragraphWritten':
      return {
        ...state,
        busy: null,
        problems: [],
        report: action.report,
        reportCurrent: true,
        flaggedKeys: [],
        highlighted: action.highlighted,
        paragraphUndo: action.undo,
        notice: { kind: 'paragraphWritten', summary: action.report.summary },
      };
    case 'paragraphUndone':
      return {
        ...state,
        busy: null,
        problems: [],
        report: action.report,
        reportCurrent: true,
        flaggedKeys: [],
        highlighted: action.highlighted,
        paragraphUndo: null,
        notice: { kind: 'paragraphUndone', summary: action.report.summary },
      };
    case 'replaceAsked':
      return { ...state, busy: null, question: action.question };
    case 'replaceCancelled':
      return { ...state, busy: null, question: null, notice: { kind: 'replaceCancelled' } };
    case 'reportChoiceChanged':
      return { ...state, periodReport: periodReportReducer(state.periodReport, action) };
    case 'reportVersionsListed':
      return {
        ...state,
        busy: null,
        periodReport: periodReportReducer(state.periodReport, action),
        notice: { kind: 'reportVersionsLoaded', count: action.versions.length },
      };
    case 'reportSheetsWritten':
      return {
        ...state,
        busy: null,
        problems: [],
        flaggedKeys: [],
        highlighted: false,
        selectedKey: null,
        periodReport: periodReportReducer(state.periodReport, action),
        notice: { kind: 'reportSheetsWritten', sheets: action.sheets, period: periodTitle(action.period) },
      };
    case 'reportChecked': {
      const stillThere = state.selectedKey !== null && action.report.findings.some((f) => f.key === state.selectedKey);
      const checked = { ...state, periodReport: periodReportReducer(state.periodReport, action), highlighted: action.highlighted, selectedKey: stillThere ? state.selectedKey : null };
      if (action.quiet) return checked;
      return {
        ...checked,
        busy: null,
        problems: [],
        flaggedKeys: [],
        notice:
          action.fixedCount !== undefined
            ? { kind: 'reportFixed', count: action.fixedCount, summary: action.report.summary }
            : { kind: 'reportValidated', summary: action.report.summary },
      };
    }
    case 'reportSubmitted': {
      const { accepted, period } = action.submission;
      return {
        ...state,
        busy: null,
        problems: [],
        flaggedKeys: [],
        periodReport: periodReportReducer(state.periodReport, action),
        notice: { kind: 'reportSent', version: accepted.version, existing: accepted.existing, createdAt: accepted.createdAt, period },
      };
    }
  }
}
