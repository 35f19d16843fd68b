// What the annexes' view says under its buttons when some of them cannot be pressed. Before any check it told
// «Доступно, когда в Приложении 1 нет ошибок» — about errors nobody had looked for yet; the step missing is
// «Проверить», as the store's view says too.
import type { Report } from '../../domain/report';
import { onlyPassportFundingErrors } from './pane-state';

export type AnnexHint = 'validate' | 'noErrors' | 'annexErrors' | null;

/** Why the annexes (or the paragraph) wait, from the last check: none yet, errors, errors beyond the passport's paragraph. */
export function annexHint(report: Report | null): AnnexHint {
  if (report === null) return 'validate';
  if (report.summary.error === 0) return null;
  return onlyPassportFundingErrors(report) ? 'noErrors' : 'annexErrors';
}
