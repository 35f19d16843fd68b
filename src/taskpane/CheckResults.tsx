import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Lang } from '../domain/finding';
import type { WorkbookFinding, WorkbookReport } from '../sheets/check-workbook';
import type { PaneMessages } from './i18n/messages';
import { FindingList } from './FindingList';
import { ReportSummary } from './ReportSummary';
import type { SheetGroup } from './state/finding-groups';

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface CheckResultsProps {
  t: PaneMessages;
  lang: Lang;
  report: WorkbookReport | null;
  groups: readonly SheetGroup<WorkbookFinding>[];
  busy: boolean;
  highlighted: boolean;
  totalFixCount: number;
  selectedKey: string | null;
  explanations: Readonly<Record<string, string>>;
  flaggedKeys: readonly string[];
  onSelect(finding: WorkbookFinding): void;
  onFix(finding: WorkbookFinding): void;
  onFixAllTotals(): void;
  onClearHighlights(): void;
  onExplain(key: string, text: string): void;
  explaining: ReadonlySet<string>;
  onOpenExplanation(key: string): void;
  similar: ReadonlyMap<string, readonly string[]>;
  onExplainAll(keys: readonly string[], text: string): void;
  /** False: no «load a template …» hint before results (a template was just written: the status says what next). */
  startHint?: boolean;
}

/**
 * The check's results: the summary (counts, and what to do with all findings at once), then the findings.
 * The summary is where a check takes the keyboard (the ref), so the first finding is one or two Tab presses on.
 */
export const CheckResults = forwardRef<HTMLElement, CheckResultsProps>(function CheckResults(props, summaryRef) {
  const { t, lang, report, groups, busy, highlighted, totalFixCount } = props;
  const styles = useStyles();
  if (!report) return props.startHint === false ? null : <Text className={styles.hint}>{t.notValidatedYet}</Text>;
  return (
    <div className={styles.results}>
      <section ref={summaryRef} className={styles.summary} tabIndex={-1} aria-label={t.summaryLabel} data-testid="summary">
        <ReportSummary t={t} report={report} />
        {report.findings.length > 0 && (
          <div className={styles.toolbar}>
            {totalFixCount > 0 && (
              <Button appearance="primary" disabledFocusable={busy} title={t.fixAllTotalsLabel} onClick={props.onFixAllTotals} data-action="fix-all-totals">
                {t.fixAllTotals(totalFixCount)}
              </Button>
            )}
            <Button disabledFocusable={busy || !highlighted} title={t.clearHighlightsLabel} onClick={props.onClearHighlights} data-action="clear-highlights">
              {t.clearHighlights}
            </Button>
          </div>
        )}
      </section>
      <FindingList
        t={t}
        lang={lang}
        groups={groups}
        selectedKey={props.selectedKey}
        busy={busy}
        onSelect={props.onSelect}
        onFix={props.onFix}
        explanations={props.explanations}
        flaggedKeys={props.flaggedKeys}
        onExplain={props.onExplain}
        explaining={props.explaining}
        onOpenExplanation={props.onOpenExplanation}
        similar={props.similar}
        onExplainAll={props.onExplainAll}
      />
    </div>
  );
});
