import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/finding';
import type { WorkbookHost } from '../excel/workbook-host';
import type { WorkbookFinding } from '../sheets/check-workbook';
import { ActionBar } from './ActionBar';
import { AnnexPanel } from './AnnexPanel';
import { CheckResults } from './CheckResults';
import { MESSAGES } from './i18n/messages';
import { storeLanguage } from './i18n/stored-language';
import { PaneTabs } from './PaneTabs';
import { ProblemMessages } from './ProblemMessages';
import { ProgressStatus } from './ProgressStatus';
import { ParagraphDialog } from './ParagraphDialog';
import { ReplaceDialog } from './ReplaceDialog';
import { ReportPanel } from './ReportPanel';
import { scrollIntoPane } from './scroll-into-pane';
import { StorePanel } from './StorePanel';
import { groupFindings, similarWarnings, totalFixes } from './state/finding-groups';
import { showsStartHint } from './state/empty-hint';
import { viewOfTask, type PaneView } from './state/pane-view';
import { programTemplates, type TemplateSource } from './state/template-grids';
import { storeStoreSettings } from './state/store-settings';
import { usePane, type PaneServices } from './state/use-pane';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100%',
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
    // Whatever the input (a long word, an address, a name without spaces), text wraps inside the pane.
    overflowWrap: 'anywhere',
  },
  // The views, the actions, the status line and failure messages stay in view while the findings scroll under them.
  controls: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke2}`,
  },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  against: { color: tokens.colorNeutralForeground3 },
});

export interface TaskPaneProps {
  /** The workbook: Excel (Excel.run) in Office, the in-memory stand-in in the preview and the tests. */
  host: WorkbookHost;
  /** Where the template sheets come from (the writers, by default). */
  templates?: TemplateSource;
  initialLang?: Lang;
  /** The store and the clipboard (the real ones by default). */
  services?: PaneServices;
  /** Told when the person switches the language (the preview's own words follow it). */
  onLanguage?(lang: Lang): void;
}

export function TaskPane({ host, templates = programTemplates, initialLang = 'ru', services, onLanguage }: TaskPaneProps) {
  const styles = useStyles();
  const [state, actions] = usePane(host, templates, initialLang, services);
  const [view, setView] = useState<PaneView>('check');
  const t = MESSAGES[state.lang];
  const busy = state.busy !== null;
  const groups = useMemo(() => (state.report ? groupFindings(state.report.findings) : []), [state.report]);
  const fixCount = useMemo(() => (state.report ? totalFixes(state.report.findings).length : 0), [state.report]);
  const reportFindings = state.periodReport.report;
  const reportGroups = useMemo(() => (reportFindings ? groupFindings(reportFindings.findings) : []), [reportFindings]);
  const reportSimilar = useMemo(() => similarWarnings(reportFindings?.findings ?? []), [reportFindings]);
  const controls = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLElement>(null);
  const reportSummary = useRef<HTMLElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const marked = useMemo(() => new Set(state.problems.map((p) => viewOfTask(p.task))), [state.problems]);
  const similar = useMemo(() => similarWarnings(state.report?.findings ?? []), [state.report]);
  // Explanations on demand: the warnings whose field the person opened, and the one to take the keyboard to.
  const [explaining, setExplaining] = useState<ReadonlySet<string>>(() => new Set());
  const [explainFocus, setExplainFocus] = useState<string | null>(null);
  // A warning of the report is explained in the report's view, one of the program in the check's.
  const openExplanation = useCallback(
    (key: string): void => {
      setExplaining((open) => (open.has(key) ? open : new Set([...open, key])));
      setView(reportFindings?.findings.some((f) => f.key === key) ? 'report' : 'check');
      setExplainFocus(key);
    },
    [reportFindings],
  );
  // The findings' handlers keep their identity from render to render, so that an item whose own props did not
  // change is not drawn again (a keystroke in one explanation redrew every finding of the list).
  const onSelect = useCallback((f: WorkbookFinding) => void actions.selectFinding(f), [actions]);
  const onFix = useCallback((f: WorkbookFinding) => void actions.fixFinding(f), [actions]);
  const onFixReport = useCallback((f: WorkbookFinding) => void actions.fixReportFinding(f), [actions]);
  useEffect(() => {
    if (explainFocus === null || (view !== 'check' && view !== 'report') || !results.current) return;
    const field = [...results.current.querySelectorAll<HTMLTextAreaElement>('textarea[data-explanation]')].find((el) => el.dataset.explanation === explainFocus);
    if (!field) return;
    field.focus({ preventScroll: true });
    scrollIntoPane(field.closest<HTMLElement>('li[data-finding]') ?? field, controls.current?.offsetHeight ?? 0);
    setExplainFocus(null);
  }, [explainFocus, view, explaining]);

  // After «Проверить» the keyboard and the scroll go to the summary: the counts, then the first finding.
  // After a fix the finding (and the button that had focus) is gone: the keyboard stays in the results.
  useEffect(() => {
    const kind = state.notice?.kind;
    const ofReport = kind === 'reportValidated' || kind === 'reportFixed';
    if (kind !== 'validated' && kind !== 'fixed' && !ofReport) return;
    if ((kind === 'fixed' || kind === 'reportFixed') && results.current?.contains(document.activeElement)) return;
    setView(ofReport ? 'report' : 'check');
    const target = ofReport ? reportSummary.current : summary.current;
    if (!target) return;
    target.focus({ preventScroll: true });
    // Scrolled to just under the sticky controls, whatever their height now.
    scrollIntoPane(target, controls.current?.offsetHeight ?? 0);
  }, [state.notice]);

  // Learn the workbook's sheets now, so that «Проверить» reads the whole workbook in one sync. A failure
  // here costs nothing: the first read then learns the names itself.
  useEffect(() => {
    host.prepare().catch(() => undefined);
  }, [host]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    storeLanguage(state.lang);
    onLanguage?.(state.lang);
  }, [state.lang, onLanguage]);

  useEffect(() => storeStoreSettings(state.storeSettings), [state.storeSettings]);

  // A refusal names findings (a warning without explanation, an error): show them (the report's in the
  // report's view) and take the keyboard to the first.
  const flaggedView: PaneView = state.problems.length > 0 && viewOfTask(state.problems[state.problems.length - 1].task) === 'report' ? 'report' : 'check';
  useEffect(() => {
    if (state.flaggedKeys.length > 0) setView(flaggedView);
  }, [state.flaggedKeys, flaggedView]);
  useEffect(() => {
    if (state.flaggedKeys.length === 0 || (view !== 'check' && view !== 'report') || !results.current) return;
    const first =
      results.current.querySelector<HTMLElement>('[data-flagged="true"] textarea') ?? results.current.querySelector<HTMLElement>('[data-flagged="true"] button');
    first?.focus();
  }, [state.flaggedKeys, view]);

  return (
    <main className={styles.pane} lang={state.lang} aria-busy={busy} data-testid="task-pane" data-ready="true">
      <div className={styles.controls} ref={controls}>
        <PaneTabs t={t} lang={state.lang} view={view} marked={marked} onView={setView} onLanguage={actions.chooseLanguage} />
        {view === 'check' && <ActionBar t={t} busy={busy} onTemplate={(kind) => void actions.loadTemplate(kind)} onValidate={() => void actions.validate()} />}
        <ProgressStatus t={t} lang={state.lang} busy={state.busy} notice={state.notice} />
        <ProblemMessages t={t} lang={state.lang} problems={state.problems} busy={busy} onRetry={(task) => void actions.retry(task)} onDismiss={actions.dismissProblem} />
      </div>
      <ReplaceDialog t={t} question={state.question} onConfirm={() => void actions.confirmReplace()} onCancel={actions.cancelReplace} />
      <ParagraphDialog
        t={t}
        plan={state.paragraphPlan}
        replanned={state.paragraphReplanned}
        onConfirm={() => void actions.confirmParagraph()}
        onCancel={actions.cancelParagraph}
      />
      <div className={styles.view} role="tabpanel" id={`sverka-view-${view}`} aria-labelledby={`sverka-tab-${view}`} ref={results}>
        {view === 'check' && (
          <CheckResults
            ref={summary}
            t={t}
            lang={state.lang}
            report={state.report}
            groups={groups}
            busy={busy}
            highlighted={state.highlighted}
            totalFixCount={fixCount}
            selectedKey={state.selectedKey}
            explanations={state.explanations}
            flaggedKeys={state.flaggedKeys}
            onSelect={onSelect}
            onFix={onFix}
            onFixAllTotals={() => void actions.fixAllTotals()}
            onClearHighlights={() => void actions.clearHighlights()}
            onExplain={actions.explain}
            explaining={explaining}
            onOpenExplanation={openExplanation}
            similar={similar}
            onExplainAll={actions.explainAll}
            startHint={showsStartHint(state.notice)}
          />
        )}
        {view === 'report' && (
          <>
            <ReportPanel
              t={t}
              lang={state.lang}
              state={state}
              busy={busy}
              onChoice={actions.changeReportChoice}
              onListPrograms={() => void actions.listReportPrograms()}
              onChooseProgram={(id) => void actions.chooseReportProgram(id)}
              onCreate={() => void actions.createReportSheets()}
              onCheck={() => void actions.checkReport()}
              onSend={() => void actions.sendReport()}
              onOpenStore={() => setView('store')}
            />
            {state.periodReport.against && reportFindings && (
              <Text size={200} className={styles.against} data-testid="report-against">
                {state.periodReport.against.from === 'store' && state.periodReport.against.version !== null
                  ? t.report.checkedAgainstStore(state.periodReport.against.title, state.periodReport.against.version)
                  : t.report.checkedAgainstWorkbook(state.periodReport.against.title)}
              </Text>
            )}
            {reportFindings ? (
              <CheckResults
                ref={reportSummary}
                t={t}
                lang={state.lang}
                report={reportFindings}
                groups={reportGroups}
                busy={busy}
                highlighted={state.highlighted}
                totalFixCount={0}
                selectedKey={state.selectedKey}
                explanations={state.explanations}
                flaggedKeys={state.flaggedKeys}
                onSelect={onSelect}
                onFix={onFixReport}
                onFixAllTotals={() => undefined}
                onClearHighlights={() => void actions.clearHighlights()}
                onExplain={actions.explain}
                explaining={explaining}
                onOpenExplanation={openExplanation}
                similar={reportSimilar}
                onExplainAll={actions.explainAll}
              />
            ) : (
              <Text className={styles.against}>{t.report.notCheckedYet}</Text>
            )}
          </>
        )}
        {view === 'store' && (
          <StorePanel
            t={t}
            lang={state.lang}
            state={state}
            busy={busy}
            onSettings={actions.changeStoreSettings}
            onBasis={actions.changeBasis}
            onSend={() => void actions.send()}
            onListPrograms={() => void actions.listPrograms()}
            onListVersions={(id) => void actions.listVersions(id)}
            onLoadStored={(id, version) => void actions.loadStored(id, version)}
            onGoExplain={openExplanation}
          />
        )}
        {view === 'annexes' && (
          <AnnexPanel
            t={t}
            report={state.report}
            busy={busy}
            paragraph={state.paragraph}
            onGenerate={() => void actions.generateAnnexes()}
            onCopyParagraph={() => void actions.copyParagraph()}
            onWriteParagraph={() => void actions.writeParagraph()}
            paragraphUndo={state.paragraphUndo}
            onUndoParagraph={() => void actions.undoParagraph()}
          />
        )}
      </div>
    </main>
  );
}
