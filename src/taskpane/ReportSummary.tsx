import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Report } from '../domain/report';
import type { PaneMessages } from './i18n/messages';
import { SEVERITY_ORDER } from '../domain/severity';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none', flexWrap: 'wrap' },
  // One line per count, «2 ошибки», as wide as its words: three fit in a 320 px pane.
  count: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    overflowWrap: 'normal',
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  info: { backgroundColor: tokens.colorBrandBackground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  none: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3 },
  number: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
});

export function ReportSummary({ t, report }: { t: PaneMessages; report: Report }) {
  const styles = useStyles();
  const total = report.summary.error + report.summary.warning + report.summary.info;
  if (total === 0) {
    return (
      <MessageBar intent="success" data-testid="no-findings">
        <MessageBarBody>
          <MessageBarTitle>{t.noFindingsTitle}</MessageBarTitle>
          {t.noFindingsBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={styles.counts} aria-label={t.summaryLabel} data-testid="report-summary">
      {SEVERITY_ORDER.map((severity) => (
        <li key={severity} className={mergeClasses(styles.count, report.summary[severity] > 0 ? styles[severity] : styles.none)} data-severity={severity}>
          <span className={styles.number}>{report.summary[severity]}</span>{' '}
          <span className={styles.label}>{t.severityCount(severity, report.summary[severity])}</span>
        </li>
      ))}
    </ul>
  );
}
