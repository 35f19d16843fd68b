import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { Report } from '../domain/report';
import type { PaneMessages } from './i18n/messages';
import { annexHint } from './state/annex-hint';
import { onlyPassportFundingErrors, type ComposedParagraph } from './state/pane-state';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  paragraph: { minHeight: '160px' },
});

export interface AnnexPanelProps {
  t: PaneMessages;
  report: Report | null;
  busy: boolean;
  paragraph: ComposedParagraph | null;
  onGenerate(): void;
  onCopyParagraph(): void;
  onWriteParagraph(): void;
  /** The last paragraph write, while it can be undone. */
  paragraphUndo: { sheet: string; range: string } | null;
  onUndoParagraph(): void;
}

/**
 * «Сформировать приложения» (only without errors), and the passport paragraph composed from Приложение 1:
 * copied, or written into the passport (also when the passport's own paragraph is what is wrong).
 */
export function AnnexPanel({ t, report, busy, paragraph, onGenerate, onCopyParagraph, onWriteParagraph, paragraphUndo, onUndoParagraph }: AnnexPanelProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const hintId = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const annexesReady = report !== null && report.summary.error === 0;
  const paragraphReady = report !== null && onlyPassportFundingErrors(report);
  const why = annexHint(report);
  const hint = why === 'validate' ? t.annex.needsValidation : why === 'noErrors' ? t.annex.needsNoErrors : why === 'annexErrors' ? t.annex.paragraphNeedsAnnex : null;

  // Copying was not allowed: the text is shown selected, so that Ctrl+C copies it.
  useEffect(() => {
    if (paragraph && !paragraph.copied && text.current) {
      text.current.focus();
      text.current.select();
    }
  }, [paragraph]);

  return (
    <section className={panel.panel} aria-label={t.annex.heading} data-testid="annex-panel">
      <div className={styles.row}>
        <Button disabledFocusable={busy || !annexesReady} title={t.annex.generateLabel} aria-describedby={hint ? hintId : undefined} onClick={onGenerate} data-action="generate-annexes">
          {t.annex.generate}
        </Button>
        <Button disabledFocusable={busy || !paragraphReady} title={t.annex.copyParagraphLabel} onClick={onCopyParagraph} data-action="copy-paragraph">
          {t.annex.copyParagraph}
        </Button>
        <Button disabledFocusable={busy || !paragraphReady} title={t.annex.writeParagraphLabel} onClick={onWriteParagraph} data-action="write-paragraph">
          {t.annex.writeParagraph}
        </Button>
      </div>
      {hint && (
        <Text size={200} className={styles.hint} id={hintId}>
          {hint}
        </Text>
      )}
      {paragraphUndo && (
        <MessageBar intent="success" layout="multiline" data-testid="paragraph-written">
          <MessageBarBody>
            <MessageBarTitle>{t.annex.writtenTitle}</MessageBarTitle>
            {t.annex.written(paragraphUndo.sheet, paragraphUndo.range)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={busy} title={t.annex.undoLabel} onClick={onUndoParagraph} data-action="undo-paragraph">
              {t.annex.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {paragraph && (
        <Field label={t.annex.paragraphText} hint={paragraph.copied ? undefined : t.annex.paragraphCopyHint}>
          <Textarea ref={text} className={styles.paragraph} value={paragraph.text} readOnly resize="vertical" data-testid="paragraph-text" />
        </Field>
      )}
    </section>
  );
}
