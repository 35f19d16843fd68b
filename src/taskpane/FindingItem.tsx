import { Button, Field, Textarea, makeStyles, shorthands, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import { formatDecimalRu } from '../domain/amount';
import { renderAffects, renderField, renderMessage } from '../domain/messages/render-message';
import type { WorkbookFinding } from '../sheets/check-workbook';
import type { PaneMessages } from './i18n/messages';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: { ...shorthands.border(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  go: {
    ...shorthands.borderStyle('none'),
    ...shorthands.padding(0),
    margin: 0,
    backgroundColor: 'transparent',
    color: 'inherit',
    fontFamily: 'inherit',
    textAlign: 'start',
    boxSizing: 'border-box',
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    borderRadius: tokens.borderRadiusSmall,
    // Focus scrolls it into view clear of the sticky buttons above the list.
    scrollMarginTop: '200px',
    ':hover .sverka-where': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  static: { cursor: 'default' },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  where: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  rule: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  values: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  longValues: { flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  value: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  fixRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  affects: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  fixValue: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  flagged: { ...shorthands.border(tokens.strokeWidthThick, 'solid', tokens.colorPaletteRedBorder2) },
  refused: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingItemProps {
  t: PaneMessages;
  lang: Lang;
  finding: WorkbookFinding;
  selected: boolean;
  busy: boolean;
  onSelect(finding: WorkbookFinding): void;
  onFix(finding: WorkbookFinding): void;
  /** For a warning: the explanation the store gets with it. */
  explanation: string;
  /** The last failure was about this finding (a warning without explanation, an error the store found). */
  flagged: boolean;
  onExplain(key: string, text: string): void;
}

function fixText(finding: WorkbookFinding): string | null {
  const fix = finding.cellFix?.fix;
  if (!fix) return null;
  if (fix.kind === 'text') return `«${fix.value}»`;
  if (fix.kind === 'formula') return `=${fix.formula} (${formatDecimalRu(fix.value)})`;
  return formatDecimalRu(fix.value);
}

export function FindingItem({ t, lang, finding, selected, busy, onSelect, onFix, explanation, flagged, onExplain }: FindingItemProps) {
  const styles = useStyles();
  const { sheet, cell } = finding;
  const located = sheet !== null && cell !== null;
  const fix = located ? fixText(finding) : null;
  const message = renderMessage(finding, lang);
  const expected = renderField(finding, 'expected', lang);
  const actual = renderField(finding, 'actual', lang);
  const affects = renderAffects(finding, lang);
  const body = (
    <>
      <span className={styles.top}>
        <SeverityBadge severity={finding.severity} />
        {located && <span className={mergeClasses(styles.where, 'sverka-where')}>{cell}</span>}
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span className={styles.message}>{message}</span>
      {(expected !== null || actual !== null) && (
        <span className={mergeClasses(styles.values, (expected ?? '').length + (actual ?? '').length > 40 && styles.longValues)}>
          {expected !== null && (
            <span>
              {t.expected}: <span className={styles.value}>{expected}</span>
            </span>
          )}
          {actual !== null && (
            <span>
              {t.actual}: <span className={styles.value}>{actual}</span>
            </span>
          )}
        </span>
      )}
      {affects !== null && <span className={styles.affects}>{affects}</span>}
    </>
  );
  return (
    <li
      className={mergeClasses(styles.item, selected && styles.selected, flagged && styles.flagged)}
      data-finding={finding.key}
      data-rule={finding.rule}
      data-cell={cell ?? ''}
      data-flagged={flagged ? 'true' : undefined}
    >
      {located ? (
        <button
          type="button"
          className={styles.go}
          aria-current={selected ? 'true' : undefined}
          aria-label={`${t.severityOne[finding.severity]}. ${t.goToCell(sheet, cell)}. ${message}`}
          onClick={() => onSelect(finding)}
        >
          {body}
        </button>
      ) : (
        <div className={mergeClasses(styles.go, styles.static)}>{body}</div>
      )}
      {fix !== null && cell !== null && (
        <div className={styles.fixRow}>
          <span className={styles.fixValue}>{t.fixValue(fix)}</span>
          <Button size="small" appearance="primary" disabledFocusable={busy} aria-label={t.fixLabel(cell)} onClick={() => onFix(finding)} data-action="fix">
            {t.fix}
          </Button>
        </div>
      )}
      {finding.severity === 'warning' && (
        <Field
          label={t.store.explanation}
          hint={flagged ? undefined : t.store.explanationHint}
          validationState={flagged ? 'error' : 'none'}
          validationMessage={flagged ? t.store.explanationMissing : undefined}
          size="small"
        >
          <Textarea
            value={explanation}
            resize="vertical"
            maxLength={4000}
            onChange={(_, data) => onExplain(finding.key, data.value)}
            data-explanation={finding.key}
          />
        </Field>
      )}
      {flagged && finding.severity === 'error' && <span className={styles.refused}>{t.store.refusedBecause}</span>}
    </li>
  );
}
