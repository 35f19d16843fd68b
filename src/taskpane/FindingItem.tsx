import { Button, Field, Textarea, makeStyles, shorthands, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Lang } from '../domain/finding';
import { rawText, renderAffects, renderField, renderMessage, renderValueLabels, ruleTitle } from '../domain/messages/render-message';
import { markedWordDiff, type MarkedRun } from '../domain/text/word-diff';
import type { WorkbookFinding } from '../sheets/check-workbook';
import type { PaneMessages } from './i18n/messages';
import { SeverityBadge } from './SeverityBadge';
import { fixText } from './state/fix-text';
import { sameItemProps } from './state/same-item-props';
import { REPORT_RULES } from '../domain/rules/index';

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
  // Two long texts (P004's names): each on its own lines, the differing words marked.
  text: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground1 },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderRadius: tokens.borderRadiusSmall },
  explainRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fixRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  affects: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // The value takes what is left of the row. The button keeps its width: with the pane's «wrap anywhere» it
  // shrank to one letter's width and broke «Исправить» in two beside a long value.
  fixValue: { flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  fixButton: { flexShrink: 0 },
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
  /** The explanation field is open (the person pressed «Пояснить», or it has text, or the store asked for it). */
  explaining: boolean;
  onOpenExplanation(key: string): void;
  /** The other warnings of the same rule and message: «то же для всех таких». */
  similar: readonly string[];
  onExplainAll(keys: readonly string[], text: string): void;
}

function Runs({ runs, className }: { runs: readonly MarkedRun[]; className: string }) {
  return (
    <>
      {runs.map((run, i) =>
        run.differs ? (
          <mark key={i} className={className}>
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

/** The R-rules' ids: a finding of theirs is about a report, and the store refuses the report for it. */
const REPORT_RULE_IDS: ReadonlySet<string> = new Set(REPORT_RULES.map((r) => r.meta.id));

function FindingItemView(props: FindingItemProps) {
  const { t, lang, finding, selected, busy, onSelect, onFix, explanation, flagged, onExplain, similar } = props;
  const styles = useStyles();
  const ofReport = REPORT_RULE_IDS.has(finding.rule);
  const { sheet, cell } = finding;
  const located = sheet !== null && cell !== null;
  const fix = located ? fixText(finding, t) : null;
  const message = renderMessage(finding, lang);
  const expected = renderField(finding, 'expected', lang);
  const actual = renderField(finding, 'actual', lang);
  // The rule's own terms for its values ("не хуже базового значения"), else "Ожидается" / "Указано".
  const labels = renderValueLabels(finding, lang);
  const expectedText = rawText(finding, 'expected');
  const actualText = rawText(finding, 'actual');
  const marked = labels?.markWords && expectedText !== null && actualText !== null ? markedWordDiff(expectedText, actualText) : null;
  const affects = renderAffects(finding, lang);
  const open = props.explaining || explanation !== '' || flagged;
  const fieldLabel = t.store.explanationFor(sheet, cell, finding.rule);
  const body = (
    <>
      <span className={styles.top}>
        <SeverityBadge severity={finding.severity} />
        {located && <span className={mergeClasses(styles.where, 'sverka-where')}>{cell}</span>}
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span className={styles.message}>{message}</span>
      {marked !== null && labels !== null ? (
        <span className={mergeClasses(styles.values, styles.longValues)} data-values="words">
          <span data-value="expected">
            {labels.expected}:{' '}
            <span className={styles.text}>
              <Runs runs={marked[0]} className={styles.differs} />
            </span>
          </span>
          <span data-value="actual">
            {labels.actual}:{' '}
            <span className={styles.text}>
              <Runs runs={marked[1]} className={styles.differs} />
            </span>
          </span>
        </span>
      ) : (
        (expected !== null || actual !== null) && (
          <span className={mergeClasses(styles.values, (expected ?? '').length + (actual ?? '').length > 40 && styles.longValues)}>
            {expected !== null && (
              <span data-value="expected">
                {labels?.expected ?? t.expected}: <span className={styles.value}>{expected}</span>
              </span>
            )}
            {actual !== null && (
              <span data-value="actual">
                {labels?.actual ?? t.actual}: <span className={styles.value}>{actual}</span>
              </span>
            )}
          </span>
        )
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
          <Button
            size="small"
            appearance="primary"
            className={styles.fixButton}
            disabledFocusable={busy}
            aria-label={t.fixLabel(cell)}
            onClick={() => onFix(finding)}
            data-action="fix"
          >
            {t.fix}
          </Button>
        </div>
      )}
      {finding.severity === 'warning' && !open && (
        <span className={styles.explainRow}>
          <Button size="small" appearance="secondary" aria-label={t.explainLabel(fieldLabel)} onClick={() => props.onOpenExplanation(finding.key)} data-action="explain">
            {t.explain}
          </Button>
        </span>
      )}
      {finding.severity === 'warning' && open && (
        <Field
          label={fieldLabel}
          hint={flagged ? undefined : t.store.explanationHint}
          validationState={flagged ? 'error' : 'none'}
          validationMessage={flagged ? t.store.explanationMissing(ofReport) : undefined}
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
      {finding.severity === 'warning' && open && similar.length > 0 && explanation.trim() !== '' && (
        <span className={styles.explainRow}>
          <Button
            size="small"
            appearance="subtle"
            aria-label={t.sameForAllLabel(similar.length, ruleTitle(finding.rule, lang))}
            onClick={() => props.onExplainAll(similar, explanation)}
            data-action="explain-all"
          >
            {t.sameForAll(similar.length)}
          </Button>
        </span>
      )}
      {flagged && finding.severity === 'error' && <span className={styles.refused}>{t.store.refusedBecause(ofReport)}</span>}
    </li>
  );
}

/** One finding of the list; drawn again only when its own props change (state/same-item-props.ts). */
export const FindingItem = memo(FindingItemView, sameItemProps);
