import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { Lang } from '../domain/finding';
import type { WorkbookHost } from '../excel/workbook-host';
import { ActionBar } from './ActionBar';
import { AnnexPanel } from './AnnexPanel';
import { FindingList } from './FindingList';
import { MESSAGES } from './i18n/messages';
import { storeLanguage } from './i18n/stored-language';
import { PaneHeader } from './PaneHeader';
import { ProblemMessages } from './ProblemMessages';
import { ProgressStatus } from './ProgressStatus';
import { ReplaceDialog } from './ReplaceDialog';
import { ReportSummary } from './ReportSummary';
import { StorePanel } from './StorePanel';
import { groupFindings, totalFixes } from './state/finding-groups';
import { programTemplates, type TemplateSource } from './state/template-grids';
import { storeStoreSettings } from './state/store-settings';
import { usePane, type PaneServices } from './state/use-pane';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100%',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  // The buttons, the status line and failure messages stay in view while the findings scroll under them.
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
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, ':focus': { outline: 'none' } },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface TaskPaneProps {
  /** The workbook: Excel (Excel.run) in Office, the in-memory stand-in in the preview and the tests. */
  host: WorkbookHost;
  /** Where the template sheets come from (the writers, by default). */
  templates?: TemplateSource;
  initialLang?: Lang;
  /** The store and the clipboard (the real ones by default). */
  services?: PaneServices;
}

export function TaskPane({ host, templates = programTemplates, initialLang = 'ru', services }: TaskPaneProps) {
  const styles = useStyles();
  const [state, actions] = usePane(host, templates, initialLang, services);
  const t = MESSAGES[state.lang];
  const busy = state.busy !== null;
  const groups = useMemo(() => (state.report ? groupFindings(state.report.findings) : []), [state.report]);
  const fixCount = useMemo(() => (state.report ? totalFixes(state.report.findings).length : 0), [state.report]);
  const results = useRef<HTMLDivElement>(null);

  // A fix removes the finding (and the button that had focus): keep the keyboard user in the results.
  useEffect(() => {
    if (state.notice?.kind === 'fixed' && results.current && !results.current.contains(document.activeElement)) results.current.focus();
  }, [state.notice]);

  // Learn the workbook's sheets now, so that «Проверить» reads the whole workbook in one sync. A failure
  // here costs nothing: the first read then learns the names itself.
  useEffect(() => {
    host.prepare().catch(() => undefined);
  }, [host]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    storeLanguage(state.lang);
  }, [state.lang]);

  useEffect(() => storeStoreSettings(state.storeSettings), [state.storeSettings]);

  // A refusal names findings (a warning without explanation, an error): take the keyboard to the first of them.
  useEffect(() => {
    if (state.flaggedKeys.length === 0 || !results.current) return;
    const first =
      results.current.querySelector<HTMLElement>('[data-flagged="true"] textarea') ?? results.current.querySelector<HTMLElement>('[data-flagged="true"] button');
    first?.focus();
  }, [state.flaggedKeys]);

  return (
    <main className={styles.pane} lang={state.lang} aria-busy={busy} data-testid="task-pane" data-ready="true">
      <PaneHeader t={t} lang={state.lang} onLanguage={actions.chooseLanguage} />
      <div className={styles.controls}>
        <ActionBar
          t={t}
          busy={busy}
          totalFixCount={fixCount}
          highlighted={state.highlighted}
          onTemplate={(kind) => void actions.loadTemplate(kind)}
          onValidate={() => void actions.validate()}
          onFixAllTotals={() => void actions.fixAllTotals()}
          onClearHighlights={() => void actions.clearHighlights()}
        />
        <ProgressStatus t={t} busy={state.busy} notice={state.notice} />
        <ProblemMessages t={t} lang={state.lang} problems={state.problems} busy={busy} onRetry={(task) => void actions.retry(task)} onDismiss={actions.dismissProblem} />
      </div>
      <ReplaceDialog t={t} question={state.question} onConfirm={() => void actions.confirmReplace()} onCancel={actions.cancelReplace} />
      <StorePanel
        t={t}
        lang={state.lang}
        state={state}
        busy={busy}
        onSettings={actions.changeStoreSettings}
        onSend={() => void actions.send()}
        onListPrograms={() => void actions.listPrograms()}
        onListVersions={(id) => void actions.listVersions(id)}
        onLoadStored={(id, version) => void actions.loadStored(id, version)}
      />
      <AnnexPanel
        t={t}
        report={state.report}
        busy={busy}
        paragraph={state.paragraph}
        onGenerate={() => void actions.generateAnnexes()}
        onCopyParagraph={() => void actions.copyParagraph()}
        onWriteParagraph={() => void actions.writeParagraph()}
      />
      <div className={styles.results} ref={results} tabIndex={-1}>
        {state.report ? (
          <>
            <ReportSummary t={t} report={state.report} />
            <FindingList
              t={t}
              lang={state.lang}
              groups={groups}
              selectedKey={state.selectedKey}
              busy={busy}
              onSelect={(f) => void actions.selectFinding(f)}
              onFix={(f) => void actions.fixFinding(f)}
              explanations={state.explanations}
              flaggedKeys={state.flaggedKeys}
              onExplain={actions.explain}
            />
          </>
        ) : (
          <Text className={styles.hint}>{t.notValidatedYet}</Text>
        )}
      </div>
    </main>
  );
}
