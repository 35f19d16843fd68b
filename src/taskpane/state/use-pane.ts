// The pane's state and actions for React: the reducer, and a PaneController bound to it.
import { useReducer, useRef } from 'react';
import type { Lang } from '../../domain/finding';
import type { WorkbookFinding } from '../../sheets/check-workbook';
import type { WorkbookHost } from '../../excel/workbook-host';
import type { PaneTask } from '../i18n/messages';
import { browserClipboard, connectStore, PaneController, type ParagraphClipboard, type StoreConnector } from './pane-controller';
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from './pane-state';
import { storedStoreSettings, type StoreSettings } from './store-settings';
import type { TemplateKind, TemplateSource } from './template-grids';
import type { ReportChoice } from './period-report';

export interface PaneActions {
  chooseLanguage(lang: Lang): void;
  loadTemplate(kind: TemplateKind): Promise<void>;
  validate(): Promise<void>;
  selectFinding(finding: WorkbookFinding): Promise<void>;
  fixFinding(finding: WorkbookFinding): Promise<void>;
  fixAllTotals(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Runs the failed task again. */
  retry(task: PaneTask): Promise<void>;
  dismissProblem(id: number): void;
  changeStoreSettings(settings: StoreSettings): void;
  explain(key: string, text: string): void;
  /** The legal basis to send with the next version. */
  changeBasis(text: string): void;
  /** «То же для всех таких». */
  explainAll(keys: readonly string[], text: string): void;
  send(): Promise<void>;
  listPrograms(): Promise<void>;
  listVersions(programId: string): Promise<void>;
  loadStored(programId: string, version: number): Promise<void>;
  generateAnnexes(): Promise<void>;
  copyParagraph(): Promise<void>;
  /** «Записать абзац в паспорт»: shows what would change, and asks. */
  writeParagraph(): Promise<void>;
  confirmParagraph(): Promise<void>;
  cancelParagraph(): void;
  undoParagraph(): Promise<void>;
  /** «Заменить»: the load that asked writes its sheets. */
  confirmReplace(): Promise<void>;
  /** «Отмена»: the load that asked writes nothing. */
  cancelReplace(): void;
  /** «Отчёт за период»: the period, the year, where the program version comes from, the version. */
  changeReportChoice(choice: Partial<ReportChoice>): void;
  listReportPrograms(): Promise<void>;
  chooseReportProgram(programId: string): Promise<void>;
  createReportSheets(): Promise<void>;
  checkReport(): Promise<void>;
  fixReportFinding(finding: WorkbookFinding): Promise<void>;
  sendReport(): Promise<void>;
}

export interface PaneServices {
  connect?: StoreConnector;
  clipboard?: ParagraphClipboard;
}

export function usePane(host: WorkbookHost, templates: TemplateSource, initialLang: Lang = 'ru', services: PaneServices = {}): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(paneReducer, initialLang, (lang) => initialPaneState(lang, storedStoreSettings()));
  const connect = services.connect ?? connectStore;
  const clipboard = services.clipboard ?? browserClipboard;
  // The state as of the last render, for the controller (no stale closures).
  const current = useRef(state);
  current.current = state;
  // One controller for the pane's life: its running task and the pending Idempotency-Key must survive a
  // new host, templates or services (a retry after a network failure sends the same key). New
  // dependencies are handed to it instead.
  const bound = useRef<{ controller: PaneController; actions: PaneActions } | null>(null);
  if (bound.current === null) {
    const controller = new PaneController(host, templates, dispatch, () => current.current, connect, clipboard);
    bound.current = { controller, actions: paneActions(controller, dispatch) };
  }
  bound.current.controller.rebind({ host, templates, connect, clipboard });
  const actions = bound.current.actions;
  return [state, actions];
}

function paneActions(controller: PaneController, dispatch: (action: PaneAction) => void): PaneActions {
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
    changeStoreSettings: (settings) => dispatch({ type: 'storeSettingsChanged', settings }),
    explain: (key, text) => dispatch({ type: 'explanationChanged', key, text }),
    changeBasis: (text) => dispatch({ type: 'basisChanged', text }),
    explainAll: (keys, text) => dispatch({ type: 'explanationCopied', keys, text }),
    send: () => controller.send(),
    listPrograms: () => controller.listPrograms(),
    listVersions: (programId) => controller.listVersions(programId),
    loadStored: (programId, version) => controller.loadStored(programId, version),
    generateAnnexes: () => controller.generateAnnexes(),
    copyParagraph: () => controller.copyParagraph(),
    writeParagraph: () => controller.writeParagraph(),
    confirmParagraph: () => controller.confirmParagraph(),
    cancelParagraph: () => controller.cancelParagraph(),
    undoParagraph: () => controller.undoParagraph(),
    confirmReplace: () => controller.confirmReplace(),
    cancelReplace: () => controller.cancelReplace(),
    changeReportChoice: (choice) => dispatch({ type: 'reportChoiceChanged', choice }),
    listReportPrograms: () => controller.listReportPrograms(),
    chooseReportProgram: (programId) => controller.chooseReportProgram(programId),
    createReportSheets: () => controller.createReportSheets(),
    checkReport: () => controller.checkReport(),
    fixReportFinding: (finding) => controller.fixReportFinding(finding),
    sendReport: () => controller.sendReport(),
  };
}
