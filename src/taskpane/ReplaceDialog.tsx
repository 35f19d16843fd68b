import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, useId } from '@fluentui/react-components';
import type { PaneMessages } from './i18n/messages';
import type { ReplaceQuestion } from './state/pane-state';

export interface ReplaceDialogProps {
  t: PaneMessages;
  question: ReplaceQuestion | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The question before a load replaces sheets that have content: «Заменить» or «Отмена». An alert dialog
 * (role alertdialog, focus kept inside, Escape is «Отмена»); the title and the sheets' names are read out.
 */
export function ReplaceDialog({ t, question, onConfirm, onCancel }: ReplaceDialogProps) {
  const bodyId = useId('replace-body');
  return (
    <Dialog open={question !== null} modalType="alert" onOpenChange={(_, data) => void (!data.open && onCancel())}>
      <DialogSurface aria-describedby={bodyId} data-testid="replace-dialog">
        <DialogBody>
          <DialogTitle>{t.replace.title}</DialogTitle>
          <DialogContent id={bodyId}>{question ? t.replace.body(question.sheets, question.task) : null}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-action="replace-confirm" onClick={onConfirm}>
              {t.replace.confirm}
            </Button>
            <Button appearance="secondary" data-action="replace-cancel" onClick={onCancel}>
              {t.replace.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
