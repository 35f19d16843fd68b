// The pane's actions: each one a short conversation with the workbook through WorkbookHost, its
// progress and outcome dispatched to the reducer. One task at a time. Failures become messages in the
// pane (with what to do and «Повторить»), never only logs. No React here: usePane binds it.
import { DEFAULT_CONFIG } from '../../domain/config';
import { passportParagraphFromAnnex } from '../../domain/passport-funding-from-annex';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import type { CellFix, WorkbookHost } from '../../excel/workbook-host';
import { checkWorkbook, type WorkbookCheck, type WorkbookFinding, type WorkbookReport } from '../../sheets/check-workbook';
import { ANNEX_PRINT_SHEET_NAMES, writeAnnexWorkbook } from '../../sheets/write/annex-workbook';
import { planPassportParagraph } from '../../sheets/write/passport-paragraph-plan';
import { parseA1 } from '../../sheets/address';
import { writeProgramWorkbook } from '../../sheets/write/program-workbook';
import { newIdempotencyKey, StoreClient } from '../../store/client';
import type { PaneTask } from '../i18n/messages';
import { describeFailure, PaneFailure, type Failure } from './failure';
import { cellFixOf, highlightsOf, totalFixes } from './finding-groups';
import { cellAt, type Grid } from '../../sheets/grid';
import { explanationsFor, onlyPassportFundingErrors, unexplainedWarnings, type PaneAction, type PaneState, type ReplaceQuestion, type StoreHistory } from './pane-state';
import { describeStoreFailure } from './store-failure';
import { storeSettingsProblem, type StoreSettings } from './store-settings';
import { holdsEnteredContent } from './entered-content';
import type { TemplateKind, TemplateSource } from './template-grids';
import { periodKey, periodTitle } from '../../domain/reporting/period';
import { reportPaths } from '../../domain/reporting/report-paths';
import { checkReportWorkbook, type ReportWorkbookCheck } from '../../sheets/check-report-workbook';
import { writeReportTemplate } from '../../sheets/write/report/report-workbook';
import type { ReportCheckedAgainst, ReportChoice } from './period-report';
import {
  chosenPeriodOrRefuse,
  chosenStoredVersion,
  deadlineOf,
  refuseOtherPeriod,
  refuseOtherProgram,
  refuseOutsideProgram,
  reportFailure,
  StoredPrograms,
  workbookProgram,
  type ReportProgram,
  type ReportStore,
} from './report-sources';
import { previousAcceptedReport } from '../../store/previous-report';

/** What the pane asks of the store (the store client; in tests the same client over app.inject). */
export type PaneStore = Pick<StoreClient, 'submit' | 'listPrograms' | 'listVersions' | 'getVersion' | 'diff'> & ReportStore;

/** How many of the latest versions the history shows what changed in (one request each). */
export const HISTORY_CHANGES = 10;

/** A program's versions and, for the latest of them, what changed since the version before (the store's folded diff). */
async function historyOf(store: PaneStore, programId: string): Promise<StoreHistory> {
  const list = await store.listVersions(programId);
  const asked = list.versions.map((v) => v.version).filter((v) => v > 1).slice(-HISTORY_CHANGES);
  const diffs = await Promise.all(asked.map((v) => store.diff(programId, v - 1, v).then((d) => d.changes, () => null)));
  return { ...list, changes: Object.fromEntries(asked.map((v, i) => [v, diffs[i]])) };
}

/** Opens the store the settings name. */
export type StoreConnector = (settings: StoreSettings) => PaneStore;

export const connectStore: StoreConnector = (settings) => new StoreClient({ baseUrl: settings.url.trim(), token: settings.token.trim() });

/** Puts text on the clipboard; false when the browser (or Office's web view) does not allow it. */
export type ParagraphClipboard = (text: string) => Promise<boolean>;

export const browserClipboard: ParagraphClipboard = async (text) => {
  try {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard?.writeText) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission or no focus: the pane shows the text selected for Ctrl+C instead
  }
};

function failure(kind: Failure['kind'], keys?: string[]): PaneFailure {
  return new PaneFailure({ kind, detail: null, ...(keys && keys.length > 0 ? { keys } : {}) });
}

/** Empty fields and a wrong address are told apart: each gets its own advice, beside its field. */
function throwOnSettings(settings: StoreSettings): void {
  const problem = storeSettingsProblem(settings);
  if (problem === 'missing') throw failure('storeSettings');
  if (problem === 'address') throw failure('storeAddressInvalid');
}

/** Rounds of «Исправить все итоги»: row totals, subprogram totals, ИТОГО and its «в том числе» rows, and a spare. */
export const MAX_TOTAL_ROUNDS = 5;

type LastFix = { kind: 'cells'; fixes: CellFix[] } | { kind: 'totals' };

type LastStoreCall = { kind: 'programs' } | { kind: 'versions'; programId: string };

/** What the controller works with; `rebind` swaps them without losing a pending key or a running task. */
export interface PaneDependencies {
  host: WorkbookHost;
  templates: TemplateSource;
  connect: StoreConnector;
  clipboard: ParagraphClipboard;
}

/** A load waiting for «Заменить»: its write, the workbook it was asked about, and how to ask again. */
interface AwaitedWrite {
  task: ReplaceQuestion['task'];
  host: WorkbookHost;
  write: () => Promise<void>;
  askAgain: () => Promise<void>;
}

export class PaneController {
  private running = false;
  private lastTemplate: TemplateKind = 'blank';
  private lastFix: LastFix = { kind: 'cells', fixes: [] };
  private lastSelected: WorkbookFinding | null = null;
  private lastStoreCall: LastStoreCall = { kind: 'programs' };
  private lastStored: { programId: string; version: number } | null = null;
  private lastParagraphTask: 'copy' | 'write' | 'undo' = 'copy';
  /** The cells the last paragraph write changed: what they held before and what was written (one step of undo). */
  private paragraphUndo: { sheet: string; range: string; cells: { cell: string; before: CellFix; written: string }[] } | null = null;
  /** The body last sent and its Idempotency-Key: sending the same again (a retry) reuses the key. */
  private pending: { body: string; key: string } | null = null;
  private awaited: AwaitedWrite | null = null;
  /** The sheets this pane last wrote, by lower-case name: one still as written holds nothing a person entered. */
  private readonly written = new Map<string, Grid>();
  /** The report's own: the stored versions fetched, the last push's key, the last fix and store call (for «Повторить»). */
  private readonly storedPrograms = new StoredPrograms();
  private pendingReport: { body: string; key: string } | null = null;
  private lastReportFix: CellFix[] = [];
  private lastReportStoreCall: LastStoreCall = { kind: 'programs' };

  constructor(
    private host: WorkbookHost,
    private templates: TemplateSource,
    private readonly dispatch: (action: PaneAction) => void,
    /** The reducer's state now. */
    private readonly state: () => PaneState,
    private connect: StoreConnector = connectStore,
    private clipboard: ParagraphClipboard = browserClipboard,
  ) {}

  /** New dependencies (a new workbook, new services): the task under way, the pending key and a question stay. */
  rebind(dependencies: PaneDependencies): void {
    this.host = dependencies.host;
    this.templates = dependencies.templates;
    this.connect = dependencies.connect;
    this.clipboard = dependencies.clipboard;
  }

  /** «Заменить»: the load that asked is written now (asked again if the workbook itself changed meanwhile). */
  confirmReplace(): Promise<void> {
    const awaited = this.awaited;
    if (!awaited || this.running) return Promise.resolve();
    this.awaited = null;
    if (awaited.host !== this.host) return awaited.askAgain();
    return this.perform(awaited.task, awaited.write);
  }

  /** «Отмена»: nothing is written. */
  cancelReplace(): void {
    if (!this.awaited || this.running) return;
    this.awaited = null;
    this.dispatch({ type: 'replaceCancelled' });
  }

  /**
   * «Отправить»: the workbook is read and checked again (what is sent is what is in it now); with an error
   * nothing is sent; a warning without explanation is pointed at; otherwise the program goes to the store
   * with the explanations of its warnings. A network failure is retried by the client with the same
   * Idempotency-Key, and «Повторить» after it sends the same body with the same key again: never two versions.
   */
  send(): Promise<void> {
    return this.perform('send', async () => {
      const settings = this.state().storeSettings;
      throwOnSettings(settings);
      const check = await this.recheck();
      const errors = check.report.findings.filter((f) => f.severity === 'error').map((f) => f.key);
      if (errors.length > 0) throw failure('workbookHasErrors', errors);
      const explanations = this.state().explanations;
      const missing = unexplainedWarnings(check.report, explanations);
      if (missing.length > 0) throw failure('unexplainedWarnings', missing);
      // The basis only when one is given: a push without it is the same body (and hash) as before bases existed.
      const basis = this.state().basis.trim();
      const body = { program: check.program, explanations: explanationsFor(check.report, explanations), ...(basis === '' ? {} : { basis }) };
      const text = JSON.stringify(body);
      if (this.pending?.body !== text) this.pending = { body: text, key: newIdempotencyKey() };
      const store = this.connect(settings);
      const accepted = await this.storeCall(() => store.submit(body, this.pending!.key));
      // Answered: a later «Отправить» is a new request (a fresh key), so the store says whether it has it already.
      this.pending = null;
      this.dispatch({ type: 'submitted', accepted });
      // The history shows the new version; if it cannot be fetched now, the push still stands.
      try {
        const [programs, versions] = await Promise.all([store.listPrograms(), historyOf(store, accepted.programId)]);
        this.dispatch({ type: 'programsListed', programs: programs.programs });
        this.dispatch({ type: 'historyListed', history: versions, quiet: true });
      } catch (error) {
        this.dispatch({ type: 'problemNoted', task: 'history', failure: describeStoreFailure(error) ?? describeFailure(error) });
      }
    });
  }

  /** The programs in the store (for «Загрузить из хранилища»). */
  listPrograms(): Promise<void> {
    this.lastStoreCall = { kind: 'programs' };
    return this.perform('history', async () => {
      const store = this.connectChecked();
      const { programs } = await this.storeCall(() => store.listPrograms());
      this.dispatch({ type: 'programsListed', programs });
    });
  }

  /** A program's versions with their review status. */
  listVersions(programId: string): Promise<void> {
    this.lastStoreCall = { kind: 'versions', programId };
    return this.perform('history', async () => {
      const store = this.connectChecked();
      const history = await this.storeCall(() => historyOf(store, programId));
      this.dispatch({ type: 'historyListed', history });
    });
  }

  /** «Загрузить из хранилища»: the stored program written into the template sheets (replacing them). */
  loadStored(programId: string, version: number): Promise<void> {
    this.lastStored = { programId, version };
    return this.perform('loadStored', async () => {
      const store = this.connectChecked();
      const detail = await this.storeCall(() => store.getVersion(programId, version));
      const grids = writeProgramWorkbook(detail.program);
      await this.writeOrAsk('loadStored', grids, async () => {
        const clearFailure = await this.clearBeforeCheck();
        await this.host.writeGrids(grids);
        await this.showFirstSheet(grids);
        this.dispatch({ type: 'storedLoaded', version: detail.version, explanations: detail.explanations });
        if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
      }, () => this.loadStored(programId, version));
    });
  }

  /** «Сформировать приложения»: from the workbook as it is now, only without errors; print sheets added. */
  generateAnnexes(): Promise<void> {
    return this.perform('annexes', async () => {
      const check = await this.recheck();
      const errors = check.report.findings.filter((f) => f.severity === 'error').map((f) => f.key);
      if (errors.length > 0) throw failure('workbookHasErrors', errors);
      const grids = writeAnnexWorkbook(check.program, { config: DEFAULT_CONFIG, paragraph: true, sheetNames: ANNEX_PRINT_SHEET_NAMES });
      if (grids.length === 0) throw failure('noParagraph');
      await this.host.writeGrids(grids);
      this.dispatch({ type: 'annexesWritten', sheets: grids.map((g) => g.name) });
    });
  }

  /**
   * «Копировать абзац»: the passport paragraph composed from Приложение 1, on the clipboard or shown selected. It goes
   * into the passport's Word document: its amounts' digit groups are joined by no-break spaces, as in the .docx and the
   * paragraph written into the sheet, so that Word never breaks «423 767,8» across two lines.
   */
  copyParagraph(): Promise<void> {
    this.lastParagraphTask = 'copy';
    return this.perform('paragraph', async () => {
      const check = await this.paragraphCheck();
      const composed = passportParagraphFromAnnex(check.program, DEFAULT_CONFIG.precision);
      if (composed === null) throw failure('noParagraph');
      const text = keepDigitGroups(composed);
      const copied = await this.clipboard(text);
      this.dispatch({ type: 'paragraphComposed', paragraph: { text, copied } });
    });
  }

  /**
   * «Записать абзац в паспорт», first step: what the paragraph composed from Приложение 1 would change in
   * the passport's funding section, cell by cell, shown before anything is written; the workbook shows the
   * section meanwhile. Nothing to change: the pane says so.
   */
  writeParagraph(): Promise<void> {
    this.lastParagraphTask = 'write';
    return this.perform('paragraph', async () => {
      const check = await this.paragraphCheck();
      const plan = planPassportParagraph(check.program, check.provenance, check.grids, DEFAULT_CONFIG.precision);
      if (plan === null) throw failure('noParagraph');
      await this.showSection(plan);
      this.dispatch({ type: 'paragraphProposed', plan });
    });
  }

  /**
   * «Записать»: the plan is written if the workbook still gives the plan the person was shown (else the
   * new plan is shown instead); the cells' previous contents are kept for «Отменить запись»; the workbook
   * is checked again.
   */
  confirmParagraph(): Promise<void> {
    const shown = this.state().paragraphPlan;
    if (!shown || this.running) return Promise.resolve();
    return this.perform('paragraph', async () => {
      const grids = await this.host.readGrids();
      const check = checkWorkbook(grids);
      // Приложение 1 may have been changed meanwhile: the paragraph is composed only from one without errors.
      if (!onlyPassportFundingErrors(check.report)) throw failure('workbookHasErrors', check.report.findings.filter((f) => f.severity === 'error').map((f) => f.key));
      const plan = planPassportParagraph(check.program, check.provenance, grids, DEFAULT_CONFIG.precision);
      if (plan === null) throw failure('noParagraph');
      const sheet = grids.find((g) => g.name === plan.sheet);
      if (!sheet || JSON.stringify(plan) !== JSON.stringify(shown)) {
        this.dispatch({ type: 'paragraphProposed', plan, replanned: true });
        return;
      }
      const cells = plan.changes.map((c) => ({ cell: c.cell, before: contentOf(sheet, plan.sheet, c.cell), written: c.after }));
      await this.host.applyFixes(plan.changes.map((c): CellFix => ({ sheet: plan.sheet, cell: c.cell, fix: { kind: 'text', value: c.after } })));
      this.paragraphUndo = { sheet: plan.sheet, range: plan.range, cells };
      await this.showSection(plan);
      const clearFailure = await this.clearBeforeCheck();
      const report = await this.readAndCheck();
      const highlights = highlightsOf(report.findings);
      if (highlights.length > 0) await this.host.highlight(highlights);
      this.dispatch({ type: 'paragraphWritten', report, highlighted: highlights.length > 0, undo: { sheet: plan.sheet, range: plan.range } });
      if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
    });
  }

  /** «Отмена» in the paragraph's question: nothing is written. */
  cancelParagraph(): void {
    if (this.state().paragraphPlan && !this.running) this.dispatch({ type: 'paragraphCancelled' });
  }

  /**
   * «Отменить запись абзаца»: the cells get back what they held before the last write, unless someone has
   * changed them since (then the undo would overwrite that work: it is refused, with a message).
   */
  undoParagraph(): Promise<void> {
    this.lastParagraphTask = 'undo';
    return this.perform('paragraph', async () => {
      const undo = this.paragraphUndo;
      if (!undo || !this.state().paragraphUndo) throw failure('paragraphChangedSince');
      const sheet = (await this.host.readGrids()).find((g) => g.name === undo.sheet);
      if (!sheet || undo.cells.some((c) => textAt(sheet, c.cell) !== c.written)) {
        this.paragraphUndo = null;
        throw failure('paragraphChangedSince');
      }
      await this.host.applyFixes(undo.cells.map((c) => c.before));
      this.paragraphUndo = null;
      await this.showSection(undo);
      const clearFailure = await this.clearBeforeCheck();
      const report = await this.readAndCheck();
      const highlights = highlightsOf(report.findings);
      if (highlights.length > 0) await this.host.highlight(highlights);
      this.dispatch({ type: 'paragraphUndone', report, highlighted: highlights.length > 0 });
      if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
    });
  }

  /** «Список программ» of «Отчёт за период»: the store's programs. */
  listReportPrograms(): Promise<void> {
    this.lastReportStoreCall = { kind: 'programs' };
    return this.perform('reportPrograms', async () => {
      const store = this.connectChecked();
      const { programs } = await this.storeCall(() => store.listPrograms());
      this.dispatch({ type: 'programsListed', programs });
    });
  }

  /** A stored program chosen for the report: its versions, the latest accepted one chosen. */
  chooseReportProgram(programId: string): Promise<void> {
    if (this.running) return Promise.resolve();
    this.lastReportStoreCall = { kind: 'versions', programId };
    this.dispatch({ type: 'reportChoiceChanged', choice: { source: 'store', programId, version: null } });
    return this.perform('reportPrograms', async () => {
      const store = this.connectChecked();
      const { versions } = await this.storeCall(() => store.listVersions(programId));
      this.dispatch({ type: 'reportVersionsListed', programId, versions });
    });
  }

  /**
   * «Создать листы отчёта»: forms R1 and R2 laid out from the chosen program version for the chosen period
   * (the writers of `sverka report template`), written into the workbook; sheets of those names with content
   * are not replaced before «Заменить».
   */
  createReportSheets(): Promise<void> {
    return this.perform('reportSheets', async () => {
      const choice = this.state().periodReport.choice;
      const period = chosenPeriodOrRefuse(choice);
      const source = choice.source === 'store' ? await this.storedReportProgram(choice) : workbookProgram(await this.host.readGrids());
      refuseOutsideProgram(period, source.program);
      const grids = writeReportTemplate(source.program, period, { reference: source.reference });
      await this.writeOrAsk(
        'reportSheets',
        grids,
        async () => {
          const clearFailure = await this.clearBeforeCheck();
          await this.host.writeGrids(grids);
          await this.showFirstSheet(grids);
          this.dispatch({ type: 'reportSheetsWritten', sheets: grids.map((g) => g.name), period });
          if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
        },
        () => this.createReportSheets(),
      );
    });
  }

  /** «Проверить отчёт»: the report sheets read and checked with the R-rules against the chosen program version. */
  checkReport(): Promise<void> {
    return this.perform('reportCheck', async () => {
      await this.recheckReport();
    });
  }

  /** «Исправить» on a finding of the report: its value written, the report checked again. */
  fixReportFinding(finding: WorkbookFinding): Promise<void> {
    const fix = cellFixOf(finding);
    return fix ? this.applyReportFixes([fix]) : Promise.resolve();
  }

  /**
   * «Отправить отчёт»: the sheets are read and checked again against the stored version (and the previous
   * period's accepted report); with an error nothing is sent, a warning without explanation is pointed at;
   * otherwise the report goes to the store under the period its sheets name, with the explanations. The
   * answer says the version and, from the store's overview, whether it came in time.
   */
  sendReport(): Promise<void> {
    return this.perform('reportSend', async () => {
      throwOnSettings(this.state().storeSettings);
      if (this.state().periodReport.choice.source !== 'store') throw reportFailure('reportNeedsStoreProgram');
      const { check, stored } = await this.recheckReport({ quiet: true });
      if (!stored) throw reportFailure('reportNeedsStoreProgram');
      const errors = check.report.findings.filter((f) => f.severity === 'error').map((f) => f.key);
      if (errors.length > 0) throw failure('workbookHasErrors', errors);
      const period = check.reading.report.period;
      if (!period) throw reportFailure('reportNoPeriod');
      const explanations = this.state().explanations;
      const missing = unexplainedWarnings(check.report, explanations);
      if (missing.length > 0) throw failure('unexplainedWarnings', missing);
      const { programId, version } = stored.id;
      const body = {
        programId,
        programVersion: version,
        period: periodKey(period),
        report: { ...check.reading.report, program: { programId, version } },
        explanations: explanationsFor(check.report, explanations),
      };
      const text = JSON.stringify(body);
      if (this.pendingReport?.body !== text) this.pendingReport = { body: text, key: newIdempotencyKey() };
      const key = this.pendingReport.key;
      const accepted = await this.storeCall(() => stored.store.pushReport(body, key));
      // Answered: a later «Отправить» is a new request (a fresh key), so the store says whether it has it already.
      this.pendingReport = null;
      const deadline = await deadlineOf(stored.store, accepted, period.year);
      this.dispatch({ type: 'reportSubmitted', submission: { accepted, period: periodTitle(period), deadline } });
    });
  }

  loadTemplate(kind: TemplateKind): Promise<void> {
    this.lastTemplate = kind;
    return this.perform('template', async () => {
      const grids = await this.templates(kind);
      await this.writeOrAsk('template', grids, async () => {
        const clearFailure = await this.clearBeforeCheck();
        await this.host.writeGrids(grids);
        await this.showFirstSheet(grids);
        this.dispatch({ type: 'templateWritten', template: kind });
        if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
      }, () => this.loadTemplate(kind));
    });
  }

  validate(): Promise<void> {
    return this.perform('validate', () => this.revalidate(), 'readFailed');
  }

  selectFinding(finding: WorkbookFinding): Promise<void> {
    const { sheet, cell } = finding;
    if (!sheet || !cell) return Promise.resolve();
    this.lastSelected = finding;
    return this.perform('select', async () => {
      await this.host.select(sheet, cell);
      this.dispatch({ type: 'cellSelected', key: finding.key, sheet, cell });
    });
  }

  fixFinding(finding: WorkbookFinding): Promise<void> {
    const fix = cellFixOf(finding);
    return fix ? this.applyFixes([fix]) : Promise.resolve();
  }

  applyFixes(fixes: CellFix[]): Promise<void> {
    if (fixes.length === 0) return Promise.resolve();
    this.lastFix = { kind: 'cells', fixes };
    return this.perform('fix', async () => {
      await this.host.applyFixes(fixes);
      await this.revalidate(fixes.length);
    });
  }

  /**
   * A total's fix is computed from the cells as they are; when the cells it adds up are wrong totals
   * themselves, it is wrong until they are fixed. So: fix, check again, until no total is wrong.
   */
  fixAllTotals(): Promise<void> {
    if (totalFixes(this.state().report?.findings ?? []).length === 0) return Promise.resolve();
    this.lastFix = { kind: 'totals' };
    return this.perform('fix', async () => {
      const clearFailure = await this.clearBeforeCheck();
      // Read afresh: the workbook may have changed since the list was made.
      let report = await this.readAndCheck();
      let fixes = totalFixes(report.findings);
      const written = new Set<string>();
      for (let round = 0; round < MAX_TOTAL_ROUNDS && fixes.length > 0; round++) {
        await this.host.applyFixes(fixes);
        for (const f of fixes) written.add(`${f.sheet}!${f.cell}`);
        report = await this.readAndCheck();
        fixes = totalFixes(report.findings);
      }
      await this.showReport(report, clearFailure, written.size);
    });
  }

  clearHighlights(): Promise<void> {
    return this.perform('clear', async () => {
      await this.host.clearHighlights();
      this.dispatch({ type: 'highlightsCleared' });
    });
  }

  /** Runs the failed task again, as it was asked for. */
  retry(task: PaneTask): Promise<void> {
    switch (task) {
      case 'template':
        return this.loadTemplate(this.lastTemplate);
      case 'validate':
        return this.validate();
      case 'fix':
        return this.lastFix.kind === 'totals' ? this.fixAllTotals() : this.applyFixes(this.lastFix.fixes);
      case 'clear':
        return this.clearHighlights();
      case 'select':
        return this.lastSelected ? this.selectFinding(this.lastSelected) : Promise.resolve();
      case 'send':
        return this.send();
      case 'history':
        return this.lastStoreCall.kind === 'versions' ? this.listVersions(this.lastStoreCall.programId) : this.listPrograms();
      case 'loadStored':
        return this.lastStored ? this.loadStored(this.lastStored.programId, this.lastStored.version) : Promise.resolve();
      case 'annexes':
        return this.generateAnnexes();
      case 'paragraph':
        return this.lastParagraphTask === 'write' ? this.writeParagraph() : this.lastParagraphTask === 'undo' ? this.undoParagraph() : this.copyParagraph();
      case 'reportPrograms':
        return this.lastReportStoreCall.kind === 'versions' ? this.chooseReportProgram(this.lastReportStoreCall.programId) : this.listReportPrograms();
      case 'reportSheets':
        return this.createReportSheets();
      case 'reportCheck':
        return this.checkReport();
      case 'reportFix':
        return this.applyReportFixes(this.lastReportFix);
      case 'reportSend':
        return this.sendReport();
    }
  }

  private applyReportFixes(fixes: CellFix[]): Promise<void> {
    if (fixes.length === 0) return Promise.resolve();
    this.lastReportFix = fixes;
    return this.perform('reportFix', async () => {
      await this.host.applyFixes(fixes);
      await this.recheckReport({ fixedCount: fixes.length });
    });
  }

  /** The chosen stored version (fetched once for the pane's life: versions never change) and the store it is in. */
  private async storedReportProgram(choice: ReportChoice): Promise<ReportProgram & { store: PaneStore; id: { programId: string; version: number } }> {
    const id = chosenStoredVersion(choice);
    const store = this.connectChecked();
    const url = this.state().storeSettings.url;
    const source = await this.storeCall(() => this.storedPrograms.get(store, url, id.programId, id.version));
    return { ...source, store, id };
  }

  /**
   * Clear, read, check the report sheets against the chosen program version, highlight: how every report
   * check ends. The program is had first (a wrong choice is told before the workbook is read); with a stored
   * one, the previous period's accepted report is asked for too (R005), as the store will check it.
   */
  private async recheckReport(options: { fixedCount?: number; quiet?: boolean } = {}): Promise<{
    check: ReportWorkbookCheck;
    stored: (ReportProgram & { store: PaneStore; id: { programId: string; version: number } }) | null;
  }> {
    const choice = this.state().periodReport.choice;
    let stored = choice.source === 'store' && choice.programId !== null ? await this.storedReportProgram(choice) : null;
    const clearFailure = await this.clearBeforeCheck();
    const grids = await this.host.readGrids();
    let check = checkReportWorkbook(grids, stored ? { program: stored.program } : {});
    if (!check) throw reportFailure('noReportSheets');
    if (choice.source === 'workbook' && !check.program) throw reportFailure('reportNoAnnexes');
    // A year typed half-way is no period: nothing is checked or sent under the sheets' period instead.
    refuseOtherPeriod(check.reading.report.period, chosenPeriodOrRefuse(choice), check.reading.provenance.get(reportPaths.period) ?? null);
    if (choice.source === 'store') {
      const line = check.reading.report.program;
      if (stored) refuseOtherProgram(line, stored.id, check.reading.provenance.get('report/program') ?? null);
      else {
        // No program chosen: the stored version the sheets were laid out from (their «Программа: ID — версия N»).
        if (line.programId === null || line.version === null) throw reportFailure('reportNoProgram');
        this.dispatch({ type: 'reportChoiceChanged', choice: { programId: line.programId, version: line.version } });
        stored = await this.storedReportProgram({ ...choice, programId: line.programId, version: line.version });
        check = checkReportWorkbook(grids, { program: stored.program }) ?? check;
      }
    }
    if (stored) {
      const period = check.reading.report.period;
      const previous = await this.storeCall(() => previousAcceptedReport(stored.store, stored.id.programId, period));
      if (previous) check = checkReportWorkbook(grids, { program: stored.program, previous }) ?? check;
    }
    const against: ReportCheckedAgainst = stored ? stored.against : { from: 'workbook', programId: null, version: null, title: check.program?.program.title ?? '' };
    const cells = highlightsOf(check.report.findings);
    if (cells.length > 0) await this.host.highlight(cells);
    this.dispatch({ type: 'reportChecked', report: check.report, against, period: check.reading.report.period, highlighted: cells.length > 0, ...options });
    if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
    return { check, stored };
  }

  /** One task at a time: a click while one runs is ignored (the buttons say so too). */
  private async perform(task: PaneTask, work: () => Promise<void>, fallback: Failure['kind'] = 'unknown'): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.awaited = null;
    this.dispatch({ type: 'taskStarted', task });
    try {
      await work();
    } catch (error) {
      this.dispatch({ type: 'taskFailed', task, failure: describeFailure(error, fallback) });
    } finally {
      this.running = false;
    }
  }

  /**
   * A load replaces the sheets it writes. When any of them has content, nothing is written: the pane asks
   * (one sync to read the workbook) and the write waits for «Заменить». A workbook without them writes at once.
   */
  private async writeOrAsk(task: ReplaceQuestion['task'], grids: readonly Grid[], write: () => Promise<void>, askAgain: () => Promise<void>): Promise<void> {
    const targets = new Set(grids.map((g) => g.name.toLowerCase()));
    const existing = (await this.host.readGrids()).filter((g) => targets.has(g.name.toLowerCase()));
    // What sverka writes is no one's input: what is about to be written, the blank template, what this pane wrote.
    const generated = existing.length === 0 ? [] : [...grids, ...(await this.templates('blank')), ...this.written.values()];
    const sheets = existing.filter((g) => holdsEnteredContent(g, generated)).map((g) => g.name);
    const writeAndRemember = async (): Promise<void> => {
      await write();
      for (const g of grids) this.written.set(g.name.toLowerCase(), g);
    };
    if (sheets.length === 0) return writeAndRemember();
    this.awaited = { task, host: this.host, write: writeAndRemember, askAgain };
    this.dispatch({ type: 'replaceAsked', question: { task, sheets } });
  }

  /**
   * After a load the workbook shows the first sheet written (the passport), not the sheet it happened to
   * be on (an empty «Лист1»). The sheets are written either way: a sheet that cannot be shown is no failure.
   */
  private async showFirstSheet(grids: readonly Grid[]): Promise<void> {
    if (grids.length === 0) return;
    try {
      await this.host.activate(grids[0].name);
    } catch {
      // the workbook stays on the sheet it shows; nothing was lost
    }
  }

  /** Reads the workbook (one sync) and checks it. */
  private async readAndCheck(): Promise<WorkbookReport> {
    return checkWorkbook(await this.host.readGrids()).report;
  }

  /**
   * The check at the start of a task that uses the program (sending, the annexes): the workbook may have
   * changed since «Проверить», so it is read again; the findings and highlights follow.
   */
  private async recheck(): Promise<WorkbookCheck & { grids: Grid[] }> {
    const clearFailure = await this.clearBeforeCheck();
    const grids = await this.host.readGrids();
    const check = { ...checkWorkbook(grids), grids };
    const cells = highlightsOf(check.report.findings);
    if (cells.length > 0) await this.host.highlight(cells);
    this.dispatch({ type: 'checked', report: check.report, highlighted: cells.length > 0 });
    if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
    return check;
  }

  /** The workbook shows the passport's funding section (a sheet that cannot be shown is no failure). */
  private async showSection(where: { sheet: string; range: string }): Promise<void> {
    try {
      await this.host.select(where.sheet, where.range);
    } catch {
      // the workbook stays where it is; the pane names the cells
    }
  }

  /** The paragraph is composed from Приложение 1: errors elsewhere than in the passport's paragraph stop it. */
  private async paragraphCheck(): Promise<WorkbookCheck & { grids: Grid[] }> {
    const check = await this.recheck();
    if (!onlyPassportFundingErrors(check.report)) {
      throw failure(
        'workbookHasErrors',
        check.report.findings.filter((f) => f.severity === 'error').map((f) => f.key),
      );
    }
    return check;
  }

  private connectChecked(): PaneStore {
    const settings = this.state().storeSettings;
    throwOnSettings(settings);
    return this.connect(settings);
  }

  /** A store call whose refusal becomes a failure a person can act on (401 → the token, 422 → the findings …). */
  private async storeCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const described = describeStoreFailure(error);
      throw described ? new PaneFailure(described) : error;
    }
  }

  /**
   * Clears the old highlights before the workbook changes or is checked again. If that fails (the sheet
   * was renamed or deleted since), the work still goes on and the failure is shown beside its outcome:
   * a stale fill is a nuisance, a check that cannot run is a dead end.
   */
  private async clearBeforeCheck(): Promise<Failure | null> {
    if (!this.state().highlighted) return null;
    try {
      await this.host.clearHighlights();
      return null;
    } catch (error) {
      return describeFailure(error);
    }
  }

  /** Highlights the findings' cells and shows the report. */
  private async showReport(report: WorkbookReport, clearFailure: Failure | null, fixedCount?: number): Promise<void> {
    const cells = highlightsOf(report.findings);
    if (cells.length > 0) await this.host.highlight(cells);
    this.dispatch({ type: 'validated', report, highlighted: cells.length > 0, fixedCount });
    if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
  }

  /** Clear, read, check, highlight: how every check ends. */
  private async revalidate(fixedCount?: number): Promise<void> {
    const clearFailure = await this.clearBeforeCheck();
    await this.showReport(await this.readAndCheck(), clearFailure, fixedCount);
  }
}

/** A sheet cell's text as the paragraph plan reads it ("" when empty). */
function textAt(grid: Grid, address: string): string {
  const { row, col } = parseA1(address);
  const value = cellAt(grid, row - (grid.origin?.row ?? 0), col - (grid.origin?.col ?? 0))?.value;
  return value === null || value === undefined ? '' : String(value);
}

/** What a cell holds, as a fix that puts it back: its formula, its number or its text. */
function contentOf(grid: Grid, sheet: string, address: string): CellFix {
  const { row, col } = parseA1(address);
  const cell = cellAt(grid, row - (grid.origin?.row ?? 0), col - (grid.origin?.col ?? 0));
  if (cell?.formula) return { sheet, cell: address, fix: { kind: 'formula', formula: cell.formula, value: typeof cell.value === 'number' ? String(cell.value) : '0' } };
  if (typeof cell?.value === 'number') return { sheet, cell: address, fix: { kind: 'number', value: String(cell.value) } };
  return { sheet, cell: address, fix: { kind: 'text', value: cell?.value === null || cell?.value === undefined ? '' : String(cell.value) } };
}
