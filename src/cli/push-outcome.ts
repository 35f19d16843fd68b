// What `sverka push` says once the store took what it sent: a new version, or — the store answered `existing: true` —
// the version it already is, with no new version made (as the task pane says it: «уже в хранилище»). Russian line
// first, then the same in English.
import type { ReportAccepted } from '../store/contract/reports';
import type { SubmissionAccepted } from '../store/contract/submission';
import { localTime } from './local-time';

/** The two lines (ru, en) for a pushed program. */
export function programPushLines(accepted: SubmissionAccepted): string {
  const { programId: id, version } = accepted;
  if (!accepted.existing) return `Принято: ${id}, версия ${version}\nAccepted: ${id}, version ${version}\n`;
  const when = localTime(accepted.createdAt);
  return (
    `Уже в хранилище: программа ${id}, версия ${version} от ${when}. Новая версия не создана.\n` +
    `Already in the store: program ${id}, version ${version} of ${when}. No new version was made.\n`
  );
}

/** The two lines (ru, en) for a pushed report. */
export function reportPushLines(accepted: ReportAccepted): string {
  const { programId: id, period, version } = accepted;
  if (!accepted.existing) return `Принято: отчёт ${id} за ${period}, версия ${version}\nAccepted: report ${id} for ${period}, version ${version}\n`;
  const when = localTime(accepted.createdAt);
  return (
    `Уже в хранилище: отчёт ${id} за ${period}, версия ${version} от ${when}. Новая версия не создана.\n` +
    `Already in the store: report ${id} for ${period}, version ${version} of ${when}. No new version was made.\n`
  );
}
