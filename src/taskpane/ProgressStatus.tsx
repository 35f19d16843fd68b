import { ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import type { PaneMessages, PaneTask } from './i18n/messages';
import type { PaneNotice } from './state/pane-state';
import { noticeText } from './state/notice-text';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minHeight: '28px' },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface ProgressStatusProps {
  t: PaneMessages;
  lang: Lang;
  busy: PaneTask | null;
  notice: PaneNotice | null;
}

/** The progress of the running task and the outcome of the last one, in a polite live region. */
export function ProgressStatus({ t, lang, busy, notice }: ProgressStatusProps) {
  const styles = useStyles();
  const text = busy ? t.working[busy] : notice ? noticeText(t, notice, lang) : '';
  return (
    <div className={styles.box}>
      {busy && <ProgressBar thickness="medium" aria-label={t.working[busy]} />}
      <div className={styles.line} role="status" aria-live="polite" aria-atomic="true" data-testid="pane-status">
        {busy && <Spinner size="extra-tiny" aria-hidden="true" />}
        <Text size={300}>{text}</Text>
      </div>
    </div>
  );
}
