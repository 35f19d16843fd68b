import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Lang } from '../domain/finding';
import type { PaneMessages } from './i18n/messages';
import { sendReadiness, unexplainedWarnings, type PaneState } from './state/pane-state';
import { shortSha } from './state/notice-text';
import { storeSettingsComplete, type StoreSettings } from './state/store-settings';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  versions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  version: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  versionTitle: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // A long program title must not push the list past the pane's edge.
  select: { width: '100%', minWidth: 0, maxWidth: '100%', '& select': { textOverflow: 'ellipsis' } },
});

export interface StorePanelProps {
  t: PaneMessages;
  lang: Lang;
  state: PaneState;
  busy: boolean;
  onSettings(settings: StoreSettings): void;
  onSend(): void;
  onListPrograms(): void;
  onListVersions(programId: string): void;
  onLoadStored(programId: string, version: number): void;
}

function when(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** The store: its settings, «Отправить», the answer, the version history and «Загрузить из хранилища». */
export function StorePanel({ t, lang, state, busy, onSettings, onSend, onListPrograms, onListVersions, onLoadStored }: StorePanelProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const settingsId = useId();
  const sendHintId = useId();
  const [open, setOpen] = useState(() => !storeSettingsComplete(state.storeSettings));
  const readiness = sendReadiness(state);
  const blocked = readiness === 'settings' || readiness === 'validate' || readiness === 'errors';
  const hint =
    readiness === 'settings'
      ? t.store.sendNeedsSettings
      : readiness === 'validate'
        ? t.store.sendNeedsValidation
        : readiness === 'errors'
          ? t.store.sendNeedsNoErrors
          : readiness === 'explain'
            ? t.store.sendNeedsExplanations(unexplainedWarnings(state.report, state.explanations).length)
            : null;
  const { submission, programs, history } = state;
  const selected = history?.programId ?? '';
  const programTitle = programs?.find((p) => p.programId === selected)?.title ?? selected;

  return (
    <section className={panel.panel} aria-label={t.store.heading} data-testid="store-panel">
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy || blocked}
          title={t.store.sendLabel}
          aria-describedby={hint ? sendHintId : undefined}
          onClick={onSend}
          data-action="send"
        >
          {t.store.send}
        </Button>
        <Button appearance="subtle" aria-expanded={open} aria-controls={settingsId} title={t.store.settingsLabel} onClick={() => setOpen((o) => !o)} data-action="store-settings">
          {t.store.settings}
        </Button>
      </div>
      {hint && (
        <Text size={200} className={styles.hint} id={sendHintId} data-testid="send-hint">
          {hint}
        </Text>
      )}
      {open && (
        <div className={styles.settings} id={settingsId}>
          <Field label={t.store.url} hint={t.store.urlHint}>
            <Input
              type="url"
              value={state.storeSettings.url}
              onChange={(_, data) => onSettings({ ...state.storeSettings, url: data.value })}
              data-setting="url"
              autoComplete="url"
            />
          </Field>
          <Field label={t.store.token} hint={t.store.tokenHint}>
            <Input
              type="password"
              value={state.storeSettings.token}
              onChange={(_, data) => onSettings({ ...state.storeSettings, token: data.value })}
              data-setting="token"
              autoComplete="off"
            />
          </Field>
          <Text size={200} className={styles.hint}>
            {t.store.settingsKept}
          </Text>
        </div>
      )}
      {submission && (
        <MessageBar intent="success" data-testid="store-accepted">
          <MessageBarBody>
            <MessageBarTitle>{t.store.acceptedTitle}</MessageBarTitle>
            {t.store.accepted(submission.version, shortSha(submission.sha256))}
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 className={styles.subheading}>{t.store.history}</h3>
      <div className={styles.row}>
        <Button size="small" disabledFocusable={busy || !storeSettingsComplete(state.storeSettings)} onClick={onListPrograms} data-action="list-programs">
          {t.store.refreshPrograms}
        </Button>
      </div>
      {programs && programs.length === 0 && <Text className={styles.hint}>{t.store.noPrograms}</Text>}
      {programs && programs.length > 0 && (
        <Field label={t.store.program}>
          <Select
            className={styles.select}
            value={selected}
            disabled={busy}
            onChange={(_, data) => {
              if (data.value) onListVersions(data.value);
            }}
            data-testid="store-program"
          >
            <option value="">{t.store.choose}</option>
            {programs.map((p) => (
              <option key={p.programId} value={p.programId}>
                {`${p.title} (${p.period.from}–${p.period.to}) — v${p.latestVersion}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {history && (
        <ul className={styles.versions} aria-label={t.store.versionsOf(programTitle)} data-testid="store-history">
          {[...history.versions].reverse().map((v) => (
            <li key={v.version} className={styles.version} data-version={v.version}>
              <span className={styles.versionTitle}>{t.store.versionLine(v.version, when(v.createdAt, lang), shortSha(v.sha256))}</span>
              <span className={styles.meta} data-status={v.status}>
                {t.store.status[v.status]} · {t.store.reviews(v.reviews)} · {t.store.warnings(v.summary.warning)} · {v.department}
              </span>
              <span>
                <Button
                  size="small"
                  disabledFocusable={busy}
                  aria-label={t.store.loadVersionLabel(v.version)}
                  title={t.store.loadVersionLabel(v.version)}
                  onClick={() => onLoadStored(history.programId, v.version)}
                  data-action="load-stored"
                >
                  {t.store.loadVersion}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
