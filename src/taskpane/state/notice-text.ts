// The sentence the live region reads out for a notice, in the pane's language.
import type { PaneMessages } from '../i18n/messages';
import type { PaneNotice } from './pane-state';

export function noticeText(t: PaneMessages, notice: PaneNotice): string {
  switch (notice.kind) {
    case 'templateBlank':
      return t.done.templateBlank;
    case 'templateExample':
      return t.done.templateExample;
    case 'validated':
      return notice.summary.error + notice.summary.warning + notice.summary.info === 0 ? t.done.valid : t.done.validated(notice.summary);
    case 'fixed':
      return `${t.done.fixed(notice.count)} ${t.done.validated(notice.summary)}`;
    case 'cleared':
      return t.done.cleared;
    case 'selected':
      return t.done.selected(notice.sheet, notice.cell);
  }
}
