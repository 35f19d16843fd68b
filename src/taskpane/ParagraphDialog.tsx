import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { PaneMessages } from './i18n/messages';
import type { PassportParagraphPlan } from '../sheets/write/passport-paragraph-plan';
import { differingWords, type TextRun } from './state/differing-words';

const useStyles = makeStyles({
  // The passport's lines are long: the list scrolls inside the dialog, the buttons stay in view.
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '60vh', overflowY: 'auto', overflowWrap: 'anywhere' },
  changes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  change: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  text: { margin: 0, whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2, textDecorationLine: 'line-through' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface ParagraphDialogProps {
  t: PaneMessages;
  plan: PassportParagraphPlan | null;
  replanned: boolean;
  onConfirm(): void;
  onCancel(): void;
}

function Runs({ runs, mark }: { runs: readonly TextRun[]; mark: string }) {
  return (
    <>
      {runs.map((run, i) =>
        run.differs ? (
          <mark key={i} className={mark}>
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

/**
 * What «Записать абзац в паспорт» would change, cell by cell (now / will be, the differing words marked),
 * and «Записать» or «Отмена». The passport is a legal text: nothing is written before the answer.
 */
export function ParagraphDialog({ t, plan, replanned, onConfirm, onCancel }: ParagraphDialogProps) {
  const styles = useStyles();
  const bodyId = useId('paragraph-body');
  const q = t.paragraphQuestion;
  return (
    <Dialog open={plan !== null} modalType="modal" onOpenChange={(_, data) => void (!data.open && onCancel())}>
      <DialogSurface aria-describedby={bodyId} data-testid="paragraph-dialog">
        <DialogBody>
          <DialogTitle>{q.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {plan && (
              <>
                <span id={bodyId}>
                  {replanned && <span className={styles.note}>{q.replanned} </span>}
                  {q.body(plan.sheet, plan.range, plan.changes.length)}
                </span>
                <ul className={styles.changes}>
                  {plan.changes.map((change) => {
                    const [before, after] = differingWords(change.before, change.after);
                    return (
                      <li key={change.cell} className={styles.change} data-change={change.cell}>
                        <span className={styles.cell}>{q.cell(change.cell)}</span>
                        <span className={styles.label}>{q.before}</span>
                        <p className={styles.text} data-before={change.cell}>
                          {change.before === '' ? q.empty : <Runs runs={before} mark={styles.removed} />}
                        </p>
                        <span className={styles.label}>{q.after}</span>
                        <p className={styles.text} data-after={change.cell}>
                          {change.after === '' ? q.empty : <Runs runs={after} mark={styles.added} />}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-action="paragraph-confirm" onClick={onConfirm}>
              {q.confirm}
            </Button>
            <Button appearance="secondary" data-action="paragraph-cancel" onClick={onCancel}>
              {q.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
