import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Lang } from '../domain/finding';
import type { FoldedChange } from '../store/contract/diff';
import { MAX_BASIS_LENGTH } from '../store/contract/submission';
import { ruleTitle } from '../domain/messages/render-message';
import { settingOfFailure, type PaneMessages } from './i18n/messages';
import { sendReadiness, unexplainedWarnings, type PaneState } from './state/pane-state';
import { describeChange } from './state/change-text';
import { storeAddressValid, storeSettingsComplete, type StoreSettings } from './state/store-settings';
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
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
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
  /** The legal basis typed for the next version. */
  onBasis(text: string): void;
  onSend(): void;
  onListPrograms(): void;
  onListVersions(programId: string): void;
  onLoadStored(programId: string, version: number): void;
  /** A link of «Ещё нужно пояснить»: the finding's explanation field, opened, with the keyboard in it. */
  onGoExplain(key: string): void;
}

/** How many changes a version lists before «и ещё N». */
const CHANGES_SHOWN = 5;

/** The store: its settings, «Отправить», the answer, the version history and «Загрузить из хранилища». */
export function StorePanel({ t, lang, state, busy, onSettings, onBasis, onSend, onListPrograms, onListVersions, onLoadStored, onGoExplain }: StorePanelProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const settingsId = useId();
  const sendHintId = useId();
  const [open, setOpen] = useState(() => !storeSettingsComplete(state.storeSettings));
  const readiness = sendReadiness(state);
  // A failure about a setting is told beside its field too (and the settings open to show it).
  const settingsFailure = [...state.problems].reverse().find((p) => p.failure.kind === 'storeSettings' || settingOfFailure(p.failure.kind) !== null)?.failure.kind ?? null;
  useEffect(() => {
    if (settingsFailure !== null) setOpen(true);
  }, [settingsFailure]);
  const { url, token } = state.storeSettings;
  const urlMessage =
    url.trim() !== '' && !storeAddressValid(url)
      ? t.store.urlInvalid
      : settingsFailure === 'storeSettings' && url.trim() === ''
        ? t.store.urlMissing
        : settingsFailure !== null && settingOfFailure(settingsFailure) === 'url'
          ? t.failureHint[settingsFailure]
          : null;
  const tokenMessage =
    settingsFailure === 'storeSettings' && token.trim() === ''
      ? t.store.tokenMissing
      : settingsFailure !== null && settingOfFailure(settingsFailure) === 'token'
        ? t.failureHint[settingsFailure]
        : null;
  const blocked = readiness === 'settings' || readiness === 'validate' || readiness === 'errors';
  const hint =
    readiness === 'settings'
      ? url.trim() !== '' && token.trim() !== '' ? t.store.sendNeedsAddress : t.store.sendNeedsSettings
      : readiness === 'validate'
        ? t.store.sendNeedsValidation
        : readiness === 'errors'
          ? t.store.sendNeedsNoErrors
          : readiness === 'explain'
            ? t.store.sendNeedsExplanations(unexplainedWarnings(state.report, state.explanations).length)
            : null;
  const { submission, programs, history } = state;
  const unexplained = new Set(readiness === 'explain' ? unexplainedWarnings(state.report, state.explanations) : []);
  const toExplain = state.report?.findings.filter((f) => unexplained.has(f.key)) ?? [];
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
      <Field label={t.store.basisField} hint={t.store.basisHint} size="small">
        <Input value={state.basis} maxLength={MAX_BASIS_LENGTH} disabled={busy} onChange={(_, data) => onBasis(data.value)} data-setting="basis" />
      </Field>
      {toExplain.length > 0 && (
        <nav aria-label={t.store.stillToExplain} data-testid="still-to-explain">
          <h3 className={styles.subheading}>{t.store.stillToExplain}</h3>
          <ul className={styles.versions}>
            {toExplain.map((f) => (
              <li key={f.key} data-explain-link={f.key}>
                <Link as="button" onClick={() => onGoExplain(f.key)}>
                  {t.store.goExplain(f.sheet && f.cell ? f.sheet : null, f.sheet && f.cell ? f.cell : null, ruleTitle(f.rule, lang))}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {open && (
        <div className={styles.settings} id={settingsId}>
          <Field label={t.store.url} hint={t.store.urlHint} validationState={urlMessage ? 'error' : 'none'} validationMessage={urlMessage ?? undefined}>
            <Input
              type="url"
              value={state.storeSettings.url}
              onChange={(_, data) => onSettings({ ...state.storeSettings, url: data.value })}
              data-setting="url"
              autoComplete="url"
            />
          </Field>
          <Field label={t.store.token} hint={t.store.tokenHint} validationState={tokenMessage ? 'error' : 'none'} validationMessage={tokenMessage ?? undefined}>
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
        <MessageBar intent={submission.existing ? 'info' : 'success'} data-testid="store-accepted" data-existing={submission.existing ? 'true' : 'false'}>
          <MessageBarBody>
            <MessageBarTitle>{submission.existing ? t.store.alreadyStoredTitle : t.store.acceptedTitle}</MessageBarTitle>
            {submission.existing ? t.store.alreadyStored(submission.version, submission.createdAt) : t.store.accepted(submission.version)}
            {submission.existing && state.basis.trim() !== '' && ` ${t.store.basisNotRecorded}`}
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
                {t.store.programOption(p.title, p.period.from, p.period.to, p.latestVersion)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {history && (
        <ul className={styles.versions} aria-label={t.store.versionsOf(programTitle)} data-testid="store-history">
          {[...history.versions].reverse().map((v) => (
            <li key={v.version} className={styles.version} data-version={v.version}>
              <span className={styles.versionTitle}>{t.store.versionLine(v.version, v.createdAt)}</span>
              <span className={styles.meta}>{t.store.sentBy(v.department)}</span>
              <span className={styles.meta} data-status={v.status}>
                {t.store.decision(v.status)}
                {v.reviews > 0 ? ` · ${t.store.reviews(v.reviews)}` : ''} · {t.store.warnings(v.summary.warning)}
              </span>
              {v.lastReview && v.lastReview.comment !== '' && (
                <span className={styles.meta} data-review-comment>
                  {t.store.reviewComment(v.lastReview.department, v.lastReview.comment)}
                </span>
              )}
              {v.basis && <span className={styles.meta}>{t.store.basis(v.basis)}</span>}
              <VersionChanges t={t} lang={lang} version={v.version} changes={history.changes?.[v.version]} />
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

/** What changed in a version since the one before it, as the store's folded diff says. */
function VersionChanges({ t, lang, version, changes }: { t: PaneMessages; lang: Lang; version: number; changes: FoldedChange[] | null | undefined }) {
  const styles = useStyles();
  if (version === 1) return <span className={styles.meta}>{t.store.firstVersion}</span>;
  // Older than the versions the pane asked about: nothing said.
  if (changes === undefined) return null;
  if (changes === null) return <span className={styles.meta}>{t.store.changesUnavailable}</span>;
  if (changes.length === 0) return <span className={styles.meta} data-changes="0">{t.store.noChanges}</span>;
  const more = changes.length - CHANGES_SHOWN;
  return (
    <div className={styles.meta} data-changes={changes.length}>
      <span>{t.store.changesSince(version - 1)}</span>
      <ul className={styles.changes}>
        {changes.slice(0, CHANGES_SHOWN).map((c, i) => (
          <li key={i} data-change-path={c.path}>
            {describeChange(c, t.store.change, lang)}
          </li>
        ))}
        {more > 0 && <li>{t.store.moreChanges(more)}</li>}
      </ul>
    </div>
  );
}
