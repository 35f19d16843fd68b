import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Lang } from '../domain/finding';
import type { PaneMessages } from './i18n/messages';
import { usePanelStyles } from './panel-styles';
import { chosenPeriod, reportSendReadiness, type ReportChoice } from './state/period-report';
import { unexplainedWarnings, type PaneState } from './state/pane-state';
import { storeSettingsComplete } from './state/store-settings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  period: { flexGrow: 1, minWidth: '130px' },
  year: { width: '88px', minWidth: 0 },
  // Fluent's Input has a width of its own: the year field stays inside the pane at 350 px.
  yearInput: { width: '100%', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  // A long program title must not push the list past the pane's edge.
  select: { width: '100%', minWidth: 0, maxWidth: '100%', '& select': { textOverflow: 'ellipsis' } },
});

const QUARTERS = [1, 2, 3, 4] as const;

/** «05.04.2021» from the store's "2021-04-05". */
function calendarDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  return lang === 'ru' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

export interface ReportPanelProps {
  t: PaneMessages;
  lang: Lang;
  state: PaneState;
  busy: boolean;
  onChoice(choice: Partial<ReportChoice>): void;
  onListPrograms(): void;
  onChooseProgram(programId: string): void;
  onCreate(): void;
  onCheck(): void;
  onSend(): void;
  /** The store tab, with its settings open. */
  onOpenStore(): void;
}

/**
 * «Отчёт за период»: the period and the year, the program version (from the store, or the annexes of this
 * workbook), «Создать листы отчёта», «Проверить отчёт», «Отправить отчёт» and the store's answer. The
 * findings are the check's own list, under this panel.
 */
export function ReportPanel({ t, lang, state, busy, onChoice, onListPrograms, onChooseProgram, onCreate, onCheck, onSend, onOpenStore }: ReportPanelProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const hintId = useId();
  const { choice, versions, submission } = state.periodReport;
  const [yearText, setYearText] = useState(String(choice.year));
  useEffect(() => setYearText((text) => (Number(text) === choice.year ? text : String(choice.year))), [choice.year]);
  const yearValid = chosenPeriod(choice) !== null;
  const settingsReady = storeSettingsComplete(state.storeSettings);
  const readiness = reportSendReadiness(state.storeSettings, state.periodReport, state.explanations);
  const blocked = readiness !== 'ready' && readiness !== 'explain';
  const r = t.report;
  const hint =
    readiness === 'settings'
      ? r.sendNeedsSettings
      : readiness === 'program'
        ? r.sendNeedsStoreProgram
        : readiness === 'validate'
          ? r.sendNeedsCheck
          : readiness === 'errors'
            ? r.sendNeedsNoErrors
            : readiness === 'explain'
              ? r.sendNeedsExplanations(unexplainedWarnings(state.periodReport.report, state.explanations).length)
              : null;
  const programs = state.programs;
  const shownVersions = versions && versions.programId === choice.programId ? versions.versions : null;

  return (
    <section className={panel.panel} aria-label={r.heading} data-testid="report-panel">
      <h2 className={panel.heading}>{r.heading}</h2>
      <Text size={200} className={styles.hint}>
        {r.intro}
      </Text>
      <div className={styles.row}>
        <Field label={r.period} className={styles.period}>
          <Select value={String(choice.quarters)} disabled={busy} onChange={(_, data) => onChoice({ quarters: Number(data.value) })} data-testid="report-quarters">
            {QUARTERS.map((q) => (
              <option key={q} value={q}>
                {r.periodOption(q)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={r.year} className={styles.year} validationState={yearValid ? 'none' : 'error'}>
          <Input
            className={styles.yearInput}
            value={yearText}
            inputMode="numeric"
            maxLength={4}
            disabled={busy}
            onChange={(_, data) => {
              setYearText(data.value);
              onChoice({ year: /^\d{4}$/.test(data.value.trim()) ? Number(data.value.trim()) : 0 });
            }}
            data-testid="report-year"
          />
        </Field>
      </div>
      {!yearValid && (
        <Text size={200} role="alert" data-testid="report-year-invalid">
          {r.yearInvalid}
        </Text>
      )}
      <Field label={r.program}>
        <RadioGroup value={choice.source} disabled={busy} onChange={(_, data) => onChoice({ source: data.value === 'workbook' ? 'workbook' : 'store' })}>
          <Radio value="store" label={r.fromStore} data-report-source="store" />
          <Radio value="workbook" label={r.fromWorkbook} data-report-source="workbook" />
        </RadioGroup>
      </Field>
      {choice.source === 'workbook' && (
        <Text size={200} className={styles.hint}>
          {r.fromWorkbookHint}
        </Text>
      )}
      {choice.source === 'store' && !settingsReady && (
        <Text size={200}>
          {r.storeNeedsSettings}{' '}
          <Link as="button" onClick={onOpenStore} data-action="report-open-store">
            {r.openStoreSettings}
          </Link>
        </Text>
      )}
      {choice.source === 'store' && settingsReady && (
        <>
          <div className={styles.row}>
            <Button size="small" disabledFocusable={busy} onClick={onListPrograms} data-action="report-list-programs">
              {r.listPrograms}
            </Button>
          </div>
          {programs && programs.length === 0 && <Text className={styles.hint}>{r.noPrograms}</Text>}
          {programs && programs.length > 0 && (
            <Field label={t.store.program}>
              <Select
                className={styles.select}
                value={choice.programId ?? ''}
                disabled={busy}
                onChange={(_, data) => {
                  if (data.value) onChooseProgram(data.value);
                }}
                data-testid="report-program"
              >
                <option value="">{r.chooseProgram}</option>
                {programs.map((p) => (
                  <option key={p.programId} value={p.programId}>
                    {`${p.title} (${p.period.from}–${p.period.to})`}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {shownVersions && shownVersions.length > 0 && (
            <Field label={r.version}>
              <Select
                className={styles.select}
                value={choice.version === null ? '' : String(choice.version)}
                disabled={busy}
                onChange={(_, data) => onChoice({ version: Number(data.value) })}
                data-testid="report-version"
              >
                {[...shownVersions].reverse().map((v) => (
                  <option key={v.version} value={v.version}>
                    {r.versionOption(v.version, v.createdAt, v.status)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </>
      )}
      <div className={styles.row}>
        <Button disabledFocusable={busy || !yearValid} title={r.createLabel} onClick={onCreate} data-action="report-create">
          {r.create}
        </Button>
        <Button appearance="primary" disabledFocusable={busy} title={r.checkLabel} onClick={onCheck} data-action="report-check">
          {r.check}
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={busy || blocked}
          title={r.sendLabel}
          aria-describedby={hint ? hintId : undefined}
          onClick={onSend}
          data-action="report-send"
        >
          {r.send}
        </Button>
      </div>
      {hint && (
        <Text size={200} className={styles.hint} id={hintId} data-testid="report-send-hint">
          {hint}
        </Text>
      )}
      {submission && (
        <MessageBar intent={submission.accepted.existing ? 'info' : 'success'} data-testid="report-accepted" data-existing={submission.accepted.existing ? 'true' : 'false'}>
          <MessageBarBody>
            <MessageBarTitle>{submission.accepted.existing ? r.existingTitle : r.acceptedTitle}</MessageBarTitle>
            {submission.accepted.existing
              ? r.existing(submission.accepted.version, submission.accepted.createdAt)
              : r.accepted(submission.accepted.version, submission.period[lang])}{' '}
            <span data-testid="report-deadline" data-status={submission.deadline?.status.status ?? 'unknown'}>
              {submission.deadline ? r.deadline(calendarDate(submission.deadline.status.due, lang), submission.deadline.text[lang]) : r.deadlineUnavailable}
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
