// The task pane's state and its reducer: pure, so that every transition is testable without a workbook.
import type { Lang } from '../../domain/finding';
import type { Report } from '../../domain/report';
import type { PaneTask } from '../i18n/messages';
import type { Failure } from './failure';

/** What the live region says after a task (rendered in the current language). */
export type PaneNotice =
  | { kind: 'templateBlank' }
  | { kind: 'templateExample' }
  | { kind: 'validated'; summary: Report['summary'] }
  | { kind: 'fixed'; count: number; summary: Report['summary'] }
  | { kind: 'cleared' }
  | { kind: 'selected'; sheet: string; cell: string };

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
  report: Report | null;
  /** Cells are filled by severity in the workbook. */
  highlighted: boolean;
  /** The finding whose cell was selected last (its key). */
  selectedKey: string | null;
  notice: PaneNotice | null;
  problems: PaneProblem[];
  nextProblemId: number;
}

export type PaneAction =
  | { type: 'languageChosen'; lang: Lang }
  | { type: 'taskStarted'; task: PaneTask }
  | { type: 'taskFailed'; task: PaneTask; failure: Failure }
  /** A part of a task failed, the task went on (the old highlights could not be cleared before a new check). */
  | { type: 'problemNoted'; task: PaneTask; failure: Failure }
  | { type: 'templateWritten'; template: 'blank' | 'example' }
  | { type: 'validated'; report: Report; highlighted: boolean; fixedCount?: number }
  | { type: 'highlightsCleared' }
  | { type: 'cellSelected'; key: string; sheet: string; cell: string }
  | { type: 'problemDismissed'; id: number };

export function initialPaneState(lang: Lang = 'ru'): PaneState {
  return { lang, busy: null, report: null, highlighted: false, selectedKey: null, notice: null, problems: [], nextProblemId: 1 };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'languageChosen':
      return { ...state, lang: action.lang };
    case 'taskStarted':
      // A new attempt at a task replaces the message about its last failure.
      return { ...state, busy: action.task, problems: state.problems.filter((p) => p.task !== action.task) };
    case 'taskFailed':
      return {
        ...state,
        busy: null,
        notice: null,
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
  }
}
