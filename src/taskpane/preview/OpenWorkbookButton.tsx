import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Grid } from '../../sheets/grid';
import type { Lang } from '../../domain/finding';
import { NARROW_WINDOW } from './narrow-window';
import { emptyFileProblem, openProblem, type OpenProblem } from './open-problem';
import { PREVIEW_WORDS, type PreviewWords } from './preview-words';
import { gridsFromXlsx } from './xlsx-grids';

const PREVIEW_NO_SHEETS = { ru: PREVIEW_WORDS.ru.noVisibleSheets, en: PREVIEW_WORDS.en.noVisibleSheets };

const useStyles = makeStyles({
  box: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, [NARROW_WINDOW]: { flexWrap: 'wrap', width: '100%' } },
  input: { display: 'none' },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
  // It sits in the green title bar, whose white text it must not inherit. Beside a wide window's pane it floats
  // over the workbook, left of the pane; in a window as narrow as the pane there is no room left of it (it was
  // placed off the screen), so there it takes its own line in the title bar, under the button.
  problem: {
    position: 'absolute',
    top: '52px',
    right: 'calc(var(--sverka-pane-width, 350px) + 16px)',
    maxWidth: '520px',
    zIndex: 10,
    color: tokens.colorNeutralForeground1,
    [NARROW_WINDOW]: { position: 'static', width: '100%', maxWidth: 'none', boxSizing: 'border-box' },
  },
});

/** «Открыть .xlsx»: reads a workbook file into the in-memory book the pane works on. */
export function OpenWorkbookButton({ words, lang, onOpened }: { words: PreviewWords; lang: Lang; onOpened(grids: Grid[], fileName: string): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<OpenProblem | null>(null);

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      if (file.size === 0) {
        setProblem(emptyFileProblem(file.name));
        return;
      }
      const grids = await gridsFromXlsx(await file.arrayBuffer());
      if (grids.length === 0) {
        setProblem({ file: file.name, detail: { ru: PREVIEW_NO_SHEETS.ru, en: PREVIEW_NO_SHEETS.en }, refused: null });
        return;
      }
      onOpened(grids, file.name);
    } catch (error) {
      // A limit passed says itself what and where; a damaged file gets the advice to save it again.
      setProblem(openProblem(file.name, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.box}>
      <input ref={input} className={styles.input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={open} data-testid="open-xlsx-input" tabIndex={-1} aria-hidden="true" />
      <Button appearance="secondary" disabledFocusable={busy} onClick={() => input.current?.click()} title={words.openLabel}>
        {words.open}
      </Button>
      {busy && <Spinner size="tiny" label={words.opening} />}
      {problem && (
        <MessageBar intent="error" layout="multiline" className={styles.problem} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{words.notOpenedTitle}</MessageBarTitle>
            {problem.refused ? (
              words.refused(problem.file, problem.refused)
            ) : (
              <>
                {words.notOpened(problem.file)}
                {problem.detail[lang] !== null && <small className={styles.detail}>{problem.detail[lang]}</small>}
              </>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setProblem(null)}>
              {words.close}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
