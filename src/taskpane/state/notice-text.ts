// The sentence the live region reads out for a notice, in the pane's language.
import type { Lang } from '../../domain/finding';
import type { PaneMessages } from '../i18n/messages';
import type { PaneNotice } from './pane-state';

export function noticeText(t: PaneMessages, notice: PaneNotice, lang: Lang): string {
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
    case 'sent':
      if (!notice.existing) return t.done.sent(notice.version);
      return notice.basisNotRecorded ? `${t.store.alreadyStored(notice.version, notice.createdAt)} ${t.store.basisNotRecorded}` : t.store.alreadyStored(notice.version, notice.createdAt);
    case 'historyLoaded':
      return t.done.historyLoaded(notice.count);
    case 'storedLoaded':
      return t.done.storedLoaded(notice.version);
    case 'annexesWritten':
      return t.done.annexesWritten(notice.sheets);
    case 'paragraphCopied':
      return t.done.paragraphCopied;
    case 'paragraphShown':
      return t.done.paragraphShown;
    case 'paragraphWritten':
      return `${t.done.paragraphWritten} ${t.done.validated(notice.summary)}`;
    case 'paragraphUnchanged':
      return t.done.paragraphUnchanged;
    case 'paragraphCancelled':
      return t.done.paragraphCancelled;
    case 'paragraphUndone':
      return `${t.done.paragraphUndone} ${t.done.validated(notice.summary)}`;
    case 'replaceCancelled':
      return t.done.replaceCancelled;
    case 'explanationsCopied':
      return t.done.explanationsCopied(notice.count);
    case 'reportSheetsWritten':
      return t.done.reportSheetsWritten(notice.sheets, notice.period[lang]);
    case 'reportValidated':
      return t.done.reportValidated(notice.summary);
    case 'reportFixed':
      return `${t.done.reportFixed(notice.count)} ${t.done.reportValidated(notice.summary)}`;
    case 'reportSent':
      return notice.existing ? t.report.existing(notice.version, notice.createdAt) : t.done.reportSent(notice.version, notice.period[lang]);
    case 'reportVersionsLoaded':
      return t.done.reportVersionsLoaded(notice.count);
  }
}
