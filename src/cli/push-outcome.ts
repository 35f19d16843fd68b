// What `sverka push` says once the store took what it sent: a new version, or — the store answered `existing: true` —
// the version it already is, with no new version made (as the task pane says it: «уже в хранилище»), or — the store
// replayed its answer to an earlier push under the same Idempotency-Key (push derives the key from the content) —
// that this content was accepted before, as that version, and nothing was stored now. Russian line first, then the
// same in English.
import type { ReportAccepted } from '../store/contract/reports';
import type { SubmissionAccepted } from '../store/contract/submission';
import { localTime } from './local-time';

/**
 * The lines (ru, en) for a pushed program. `sentBasis` is the --basis sent (null: none): when the store already held
 * this version it keeps that version's basis, so the sent one was not recorded — said in the pane's words, with the
 * basis the store holds, so nobody believes their basis is on record when it is not.
 */
export function programPushLines(accepted: SubmissionAccepted, sentBasis: string | null = null, replayed = false): string {
  const { programId: id, version } = accepted;
  if (replayed) {
    // The basis is part of the content, so it was sent then as now; whether the store recorded it is what that first
    // answer says: the version's basis is another (or none) when the version was already stored then.
    const lines = replayLines(`программа ${id}, версия ${version}`, `program ${id}, version ${version}`, accepted.createdAt);
    return sentBasis !== null && accepted.basis !== sentBasis ? lines + basisNotRecordedLines(accepted.basis) : lines;
  }
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
export function reportPushLines(accepted: ReportAccepted, replayed = false): string {
  const { programId: id, period, version } = accepted;
  if (replayed) return replayLines(`отчёт ${id} за ${period}, версия ${version}`, `report ${id} for ${period}, version ${version}`, accepted.createdAt);
  if (!accepted.existing) return `Принято: отчёт ${id} за ${period}, версия ${version}\nAccepted: report ${id} for ${period}, version ${version}\n`;
  const when = localTime(accepted.createdAt);
  return (
    `Уже в хранилище: отчёт ${id} за ${period}, версия ${version} от ${when}. Новая версия не создана.\n` +
    `Already in the store: report ${id} for ${period}, version ${version} of ${when}. No new version was made.\n`
  );
}

/**
 * The lines for a replayed answer: the same content was pushed before under the same key and the store gave its first
 * answer again — no «Принято» (nothing was accepted now), and how to make it a new version when versions were accepted
 * after it (A, then B, then A again: the store's latest is still B). A basis, being part of the content, was sent then
 * as now: what was said of it then holds.
 */
function replayLines(ru: string, en: string, createdAt: string): string {
  const when = localTime(createdAt);
  return (
    `Повторная отправка: это содержимое уже было принято по тому же ключу идемпотентности — ${ru} от ${when}. ` +
    'Хранилище вернуло прежний ответ; новая версия не создана. Если после этой версии принимались другие, а последней должна стать эта, ' +
    'отправьте её с новым ключом: --idempotency-key НОВЫЙ-КЛЮЧ.\n' +
    `Sent again: this content was already accepted under the same idempotency key — ${en} of ${when}. ` +
    'The store gave its earlier answer; no new version was made. If other versions were accepted after this one and it must become the latest, ' +
    'send it with a new key: --idempotency-key NEW-KEY.\n'
  );
}
