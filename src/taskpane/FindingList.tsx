import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import type { WorkbookFinding } from '../sheets/check-workbook';
import type { PaneMessages } from './i18n/messages';
import { FindingItem } from './FindingItem';
import { SeverityBadge } from './SeverityBadge';
import { SEVERITY_ORDER } from '../domain/severity';
import type { SheetGroup } from './state/finding-groups';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  sheetHeading: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS },
  severityHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

export interface FindingListProps {
  t: PaneMessages;
  lang: Lang;
  groups: readonly SheetGroup<WorkbookFinding>[];
  selectedKey: string | null;
  busy: boolean;
  onSelect(finding: WorkbookFinding): void;
  onFix(finding: WorkbookFinding): void;
  /** Explanations of warnings for the store, by finding key. */
  explanations: Readonly<Record<string, string>>;
  /** Findings the last failure was about. */
  flaggedKeys: readonly string[];
  onExplain(key: string, text: string): void;
  /** Warnings whose explanation field is open. */
  explaining: ReadonlySet<string>;
  onOpenExplanation(key: string): void;
  /** Per warning, the other warnings of its rule and message. */
  similar: ReadonlyMap<string, readonly string[]>;
  onExplainAll(keys: readonly string[], text: string): void;
}

/** Findings by sheet, then by severity, each heading with its count. */
export function FindingList(props: FindingListProps) {
  const { t, lang, groups, selectedKey, busy, onSelect, onFix, explanations, flaggedKeys, onExplain } = props;
  const styles = useStyles();
  const flagged = new Set(flaggedKeys);
  return (
    <section aria-label={t.findingsHeading} data-testid="findings">
      {groups.map((group) => {
        const name = group.sheet ?? t.noSheet;
        const countText = SEVERITY_ORDER.filter((s) => group.counts[s] > 0)
          .map((s) => `${t.severityPlural[s]}: ${group.counts[s]}`)
          .join(', ');
        return (
          <section key={name} className={styles.sheet} data-sheet-group={group.sheet ?? ''} aria-label={`${name}. ${countText}`}>
            <h2 className={styles.sheetHeading}>
              <span>{name}</span>
              <span className={styles.counts} aria-label={countText}>
                {SEVERITY_ORDER.filter((s) => group.counts[s] > 0).map((s) => (
                  <SeverityBadge key={s} severity={s} count={group.counts[s]} />
                ))}
              </span>
            </h2>
            {group.severities.map(({ severity, findings }) => (
              <div key={severity}>
                <h3 className={styles.severityHeading}>
                  {t.severityPlural[severity]} ({findings.length})
                </h3>
                <ul className={styles.list}>
                  {findings.map((f) => (
                    <FindingItem
                      key={f.key}
                      t={t}
                      lang={lang}
                      finding={f}
                      selected={f.key === selectedKey}
                      busy={busy}
                      onSelect={onSelect}
                      onFix={onFix}
                      explanation={explanations[f.key] ?? ''}
                      flagged={flagged.has(f.key)}
                      onExplain={onExplain}
                      explaining={props.explaining.has(f.key)}
                      onOpenExplanation={props.onOpenExplanation}
                      similar={(props.similar.get(f.key) ?? []).filter((k) => !(explanations[k] ?? '').trim())}
                      onExplainAll={props.onExplainAll}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
