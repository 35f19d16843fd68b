import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import { failureAdvice, RETRYABLE, type PaneMessages, type PaneTask } from './i18n/messages';
import type { PaneProblem } from './state/pane-state';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
});

export interface ProblemMessagesProps {
  t: PaneMessages;
  lang: Lang;
  problems: readonly PaneProblem[];
  busy: boolean;
  onRetry(task: PaneTask): void;
  onDismiss(id: number): void;
}

/** Every failure as a message that says what to do, with a way to close it; «Повторить» where trying again can succeed. */
export function ProblemMessages({ t, lang, problems, busy, onRetry, onDismiss }: ProblemMessagesProps) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <div className={styles.list} role="alert">
      {problems.map((p) => (
        <MessageBar key={p.id} intent="error" layout="multiline" data-testid="pane-problem" data-failure={p.failure.kind}>
          <MessageBarBody>
            <MessageBarTitle>{t.failureTitle[p.task]}</MessageBarTitle>
            {failureAdvice(t, p.task, p.failure.kind)}
            {p.failure.detail && <small className={styles.detail}>{p.failure.detail[lang]}</small>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} title={t.dismiss} onClick={() => onDismiss(p.id)}>
                ✕
              </Button>
            }
          >
            {RETRYABLE.has(p.failure.kind) && (
              <Button size="small" disabled={busy} onClick={() => onRetry(p.task)} data-action="retry">
                {t.retry}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
