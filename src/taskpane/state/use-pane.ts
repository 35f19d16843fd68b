// The pane's state and actions for React: the reducer, and a PaneController bound to it.
import { useMemo, useReducer, useRef } from 'react';
import type { Finding, Lang } from '../../domain/finding';
import type { WorkbookHost } from '../../excel/workbook-host';
import type { PaneTask } from '../i18n/messages';
import { PaneController } from './pane-controller';
import { initialPaneState, paneReducer, type PaneState } from './pane-state';
import type { TemplateKind, TemplateSource } from './template-grids';

export interface PaneActions {
  chooseLanguage(lang: Lang): void;
  loadTemplate(kind: TemplateKind): Promise<void>;
  validate(): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  fixFinding(finding: Finding): Promise<void>;
  fixAllTotals(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Runs the failed task again. */
  retry(task: PaneTask): Promise<void>;
  dismissProblem(id: number): void;
}

export function usePane(host: WorkbookHost, templates: TemplateSource, initialLang: Lang = 'ru'): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(paneReducer, initialLang, initialPaneState);
  // The state as of the last render, for the controller (no stale closures).
  const current = useRef(state);
  current.current = state;
  const actions = useMemo<PaneActions>(() => {
    const controller = new PaneController(host, templates, dispatch, () => current.current);
    return {
      chooseLanguage: (lang) => dispatch({ type: 'languageChosen', lang }),
      loadTemplate: (kind) => controller.loadTemplate(kind),
      validate: () => controller.validate(),
      selectFinding: (finding) => controller.selectFinding(finding),
      fixFinding: (finding) => controller.fixFinding(finding),
      fixAllTotals: () => controller.fixAllTotals(),
      clearHighlights: () => controller.clearHighlights(),
      retry: (task) => controller.retry(task),
      dismissProblem: (id) => dispatch({ type: 'problemDismissed', id }),
    };
  }, [host, templates]);
  return [state, actions];
}
