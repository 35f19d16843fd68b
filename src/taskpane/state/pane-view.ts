// The pane's views, one tab each: the check (actions, summary, findings), the report for a period, the
// store, the annexes. A failure is shown in the view of the task that failed, where the person pressed the button.
import type { PaneTask } from '../i18n/messages';

export type PaneView = 'check' | 'report' | 'store' | 'annexes';

export const PANE_VIEWS: readonly PaneView[] = ['check', 'report', 'store', 'annexes'];

const VIEW_OF_TASK: Readonly<Record<PaneTask, PaneView>> = {
  template: 'check',
  validate: 'check',
  fix: 'check',
  clear: 'check',
  select: 'check',
  send: 'store',
  history: 'store',
  loadStored: 'store',
  annexes: 'annexes',
  paragraph: 'annexes',
  reportPrograms: 'report',
  reportSheets: 'report',
  reportCheck: 'report',
  reportFix: 'report',
  reportSend: 'report',
};

export function viewOfTask(task: PaneTask): PaneView {
  return VIEW_OF_TASK[task];
}
