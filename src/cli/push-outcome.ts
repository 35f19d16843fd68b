// What `sverka push` says once the store took what it sent: a new version, or — the store answered `existing: true` —
// the version it already is, with no new version made (as the task pane says it: «уже в хранилище»). Russian line
// first, then the same in English.
import type { ReportAccepted } from '../store/contract/reports';
import type { SubmissionAccepted } from '../store/contract/submission';
import { localTime } from './local-time';

/**
 * The lines (ru, en) for a pushed program. `sentBasis` is the --basis sent (null: none): when the store already held
 * this version it keeps that version's basis, so the sent one was not recorded — said in the pane's words, with the
 * basis the store holds, so nobody believes their basis is on record when it is not.
 */
export function programPushLines(accepted: SubmissionAccepted, sentBasis: string | null = null): string {
  const { programId: id, version } = accepted;
  if (!accepted.existing) return `Принято: ${id}, версия ${version}\nAccepted: ${id}, version ${version}\n`;
  const when = localTime(accepted.createdAt);
  return (
    `Уже в хранилище: программа ${id}, версия ${version} от ${when}. Новая версия не создана.\n` +
    `Already in the store: program ${id}, version ${version} of ${when}. No new version was made.\n` +
    (sentBasis === null ? '' : basisNotRecordedLines(accepted.basis))
  );
}

/** The sent basis was not recorded (the pane's words), and the basis the store holds with that version, if any. */
function basisNotRecordedLines(stored: string | null): string {
  const ru = 'Основание не записано: оно хранится с новой версией, а эта уже была в хранилище.';
  const en = 'The basis was not recorded: a basis is kept with a new version, and this one was already in the store.';
  if (stored === null) return `${ru} У этой версии основания нет.\n${en} This version has no basis.\n`;
  return `${ru} Основание этой версии: ${stored}\n${en} This version's basis: ${stored}\n`;
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
