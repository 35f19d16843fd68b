// The pane's actions: each one a short conversation with the workbook through WorkbookHost, its
// progress and outcome dispatched to the reducer. One task at a time. Failures become messages in the
// pane (with what to do and «Повторить»), never only logs. No React here: usePane binds it.
import type { Finding } from '../../domain/finding';
import type { Report } from '../../domain/report';
import type { CellFix, WorkbookHost } from '../../excel/workbook-host';
import { checkWorkbook } from '../../sheets/check-workbook';
import type { PaneTask } from '../i18n/messages';
import { describeFailure, type Failure } from './failure';
import { cellFixOf, highlightsOf, totalFixes } from './finding-groups';
import type { PaneAction, PaneState } from './pane-state';
import type { TemplateKind, TemplateSource } from './template-grids';

/** Rounds of «Исправить все итоги»: row totals, subprogram totals, ИТОГО and its «в том числе» rows, and a spare. */
export const MAX_TOTAL_ROUNDS = 5;

type LastFix = { kind: 'cells'; fixes: CellFix[] } | { kind: 'totals' };

export class PaneController {
  private running = false;
  private lastTemplate: TemplateKind = 'blank';
  private lastFix: LastFix = { kind: 'cells', fixes: [] };
  private lastSelected: Finding | null = null;

  constructor(
    private readonly host: WorkbookHost,
    private readonly templates: TemplateSource,
    private readonly dispatch: (action: PaneAction) => void,
    /** The reducer's state now. */
    private readonly state: () => PaneState,
  ) {}

  loadTemplate(kind: TemplateKind): Promise<void> {
    this.lastTemplate = kind;
    return this.perform('template', async () => {
      const grids = await this.templates(kind);
      const clearFailure = await this.clearBeforeCheck();
      await this.host.writeGrids(grids);
      this.dispatch({ type: 'templateWritten', template: kind });
      if (clearFailure) this.dispatch({ type: 'problemNoted', task: 'clear', failure: clearFailure });
    });
  }

  validate(): Promise<void> {
    return this.perform('validate', () => this.revalidate(), 'readFailed');
  }

  selectFinding(finding: Finding): Promise<void> {
    const { sheet, cell } = finding;
    if (!sheet || !cell) return Promise.resolve();
    this.lastSelected = finding;
    return this.perform('select', async () => {
      await this.host.select(sheet, cell);
      this.dispatch({ type: 'cellSelected', key: finding.key, sheet, cell });
    });
  }

  fixFinding(finding: Finding): Promise<void> {
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
    }
  }

  /** One task at a time: a click while one runs is ignored (the buttons say so too). */
  private async perform(task: PaneTask, work: () => Promise<void>, fallback: Failure['kind'] = 'unknown'): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.dispatch({ type: 'taskStarted', task });
    try {
      await work();
    } catch (error) {
      this.dispatch({ type: 'taskFailed', task, failure: describeFailure(error, fallback) });
    } finally {
      this.running = false;
    }
  }

  /** Reads the workbook (one sync) and checks it. */
  private async readAndCheck(): Promise<Report> {
    return checkWorkbook(await this.host.readGrids()).report;
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
  private async showReport(report: Report, clearFailure: Failure | null, fixedCount?: number): Promise<void> {
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
