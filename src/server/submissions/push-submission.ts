// One push: check who may push, re-validate with the core, and store a new version in one write
// (program binding, version row, idempotency key and audit entry together, or nothing): a transaction
// of its own in PostgreSQL, a savepoint of a group commit in SQLite (db/sqlite-group-commit.ts).
// A program the same (same sha256) as its program's latest version is not a new version: the answer
// names that version (200, `existing: true`). Who may push: the submitters of the department the
// program is bound to, and admins; an admin's first push binds it to no department (the first
// submitter's push, or an admin's assignment, does).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/finding';
import { renderMessage } from '../../domain/messages/render-message';
import type { Report } from '../../domain/report';
import { canonicalJson, canonicalSubmission } from '../../store/canonical-json';
import { SubmissionAccepted, type Explanations, type SubmissionBody } from '../../store/contract/submission';
import { missingIdentity, programIdOf } from '../../store/program-id';
import { ApiFailure } from '../api-failure';
import { auditRow, type RequestOrigin } from '../audit';
import type { TokenHolder } from '../auth/tokens';
import type { StoreDatabase } from '../db/database';
import type { DialectName } from '../db/migrations';
import { prepareQuery } from '../db/prepared-query';
import type { StoreSchema } from '../db/schema';
import { withConflictRetry } from '../db/transient-conflict';
import { statusOf, reviewsOf } from '../history';
import type { Binding } from '../program-lookup';
import { insertAudit, insertKey, insertVersion, programState, type ProgramState } from './push-queries';
import { ReportCache } from './report-cache';

export interface PushRequest {
  holder: TokenHolder;
  body: SubmissionBody;
  idempotencyKey: string | null;
  from: RequestOrigin;
}

export interface PushOutcome {
  accepted: SubmissionAccepted;
  /** True when this is the answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * sha256Hex(canonicalSubmission(payload, explanations, basis)) from the payload's UTF-8 bytes, without
 * making that text (it holds the whole payload again): its head, the payload, its closing brace.
 */
export function submissionSha256(payloadBytes: Buffer, explanations: Explanations, basis: string | null): string {
  const head = canonicalSubmission('', explanations, basis);
  return createHash('sha256').update(head.slice(0, -1), 'utf8').update(payloadBytes).update('}', 'utf8').digest('hex');
}

function idempotencyConflict(key: string): ApiFailure {
  return new ApiFailure(
    'idempotency_conflict',
    'Этот Idempotency-Key уже использован с другим содержимым. Для новой отправки нужен новый ключ.',
    'This Idempotency-Key was already used with a different body; use a new key for a new push.',
    { idempotencyKey: key },
  );
}

function wrongDepartment(programId: string, owner: string, holder: TokenHolder): ApiFailure {
  return new ApiFailure(
    'forbidden_department',
    `Программа ${programId} закреплена за отделом «${owner}»; токен отдела «${holder.department}» не может отправлять её версии.`,
    `Program ${programId} belongs to department "${owner}"; a token of "${holder.department}" may not push it.`,
    { programId, department: holder.department, owner },
  );
}

/** Refuses a holder whose department the program is not bound to (admins push any program). */
function checkDepartment(programId: string, binding: Binding | null, holder: TokenHolder): void {
  if (binding?.department && binding.department !== holder.department && holder.role !== 'admin') throw wrongDepartment(programId, binding.department, holder);
}

const replayQuery = prepareQuery<{ tokenId: string; key: string }, { request_sha256: string; response: string }>((db, slot) =>
  db.selectFrom('idempotency_keys').select(['request_sha256', 'response']).where('token_id', '=', slot('tokenId')).where('key', '=', slot('key')),
);

async function replayOf(db: Kysely<StoreSchema>, dialect: DialectName, holder: TokenHolder, key: string, requestSha: string): Promise<PushOutcome | null> {
  const [row] = await replayQuery.run(db, dialect, { tokenId: holder.tokenId, key });
  if (!row) return null;
  if (row.request_sha256 !== requestSha) throw idempotencyConflict(key);
  return { accepted: SubmissionAccepted.parse(JSON.parse(row.response)), replayed: true };
}

/** The first errors of a refused program, worded by the message maps (details.report has them all, as data). */
function errorList(report: Report, lang: Lang): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, 3).map((f) => `${f.rule}: ${renderMessage(f, lang)}.`);
  const more = errors.length - shown.length;
  return shown.join(' ') + (more > 0 ? (lang === 'ru' ? ` …и ещё ${more}.` : ` …and ${more} more.`) : '');
}

/** The program's latest version when it is exactly this program (same sha256), as the answer to give. */
async function sameAsLatest(db: Kysely<StoreSchema>, state: ProgramState, programId: string, sha256: string): Promise<SubmissionAccepted | null> {
  const { latest } = state;
  if (!latest || latest.sha256 !== sha256) return null;
  const status = statusOf(await reviewsOf(db, programId, latest.version));
  return { programId, version: latest.version, sha256, status, createdAt: latest.createdAt, basis: latest.basis, existing: true };
}

/** The warnings that need an explanation and have none (blank text is none). */
export function unexplainedWarnings(report: Report, explanations: Explanations): string[] {
  return report.findings.filter((f) => f.severity === 'warning' && !(explanations[f.key] ?? '').trim()).map((f) => f.key);
}

/** Only the explanations of this report's warnings are kept with the version. */
function keptExplanations(report: Report, explanations: Explanations): Explanations {
  const kept: Explanations = {};
  for (const f of report.findings) if (f.severity === 'warning' && explanations[f.key] !== undefined) kept[f.key] = explanations[f.key];
  return kept;
}

function refusalOf(programId: string, report: Report, explanations: Explanations): ApiFailure | null {
  if (!report.valid) {
    return new ApiFailure(
      'validation_failed',
      `Программа не принята: ошибок — ${report.summary.error}. Исправьте их и отправьте снова. ${errorList(report, 'ru')}`,
      `The program is refused: ${report.summary.error} error(s). Fix them and push again. ${errorList(report, 'en')}`,
      { programId, report },
    );
  }
  const missing = unexplainedWarnings(report, explanations);
  if (missing.length === 0) return null;
  return new ApiFailure(
    'unexplained_warnings',
    `Нужны пояснения к предупреждениям (${missing.length}): ${missing.join(', ')}.`,
    `Explanations are needed for ${missing.length} warning(s): ${missing.join(', ')}.`,
    { programId, missing, report },
  );
}

const sharedReports = new ReportCache();

interface Checked {
  explanations: string;
  report: string;
  warnings: number;
}

/** Re-validates the program (the report cache spares a repeat) and refuses it with errors or unexplained warnings. */
function checked(programId: string, body: SubmissionBody, sha256: string, reports: ReportCache): Checked {
  const report = reports.reportOf(body.program, sha256);
  const refusal = refusalOf(programId, report, body.explanations);
  if (refusal) throw refusal;
  return { explanations: JSON.stringify(keptExplanations(report, body.explanations)), report: JSON.stringify(report), warnings: report.summary.warning };
}

export async function pushSubmission(database: StoreDatabase, request: PushRequest, reports: ReportCache = sharedReports): Promise<PushOutcome> {
  const { db, dialect } = database;
  const { holder, body, idempotencyKey, from } = request;

  const payload = canonicalJson(body.program);
  const payloadBytes = Buffer.from(payload, 'utf8');
  const sha256 = sha256Hex(payloadBytes);
  const requestSha = submissionSha256(payloadBytes, body.explanations, body.basis);
  if (idempotencyKey) {
    const replay = await replayOf(db, dialect, holder, idempotencyKey, requestSha);
    if (replay) return replay;
  }

  const unnamed = missingIdentity(body.program);
  if (unnamed) {
    // No id to file it under; its errors (the blank template's "no program data") are said first.
    const report = reports.reportOf(body.program, sha256);
    const refusal = report.valid ? null : refusalOf('', report, body.explanations);
    if (refusal) throw refusal;
    const ru = unnamed.map((m) => (m === 'title' ? 'наименование программы' : 'муниципальное образование')).join(' и ');
    const en = unnamed.map((m) => (m === 'title' ? 'the program\'s name' : 'the municipality')).join(' and ');
    throw new ApiFailure(
      'program_unnamed',
      `Программа не принята: не указано ${ru} (заголовок паспорта «МУНИЦИПАЛЬНАЯ ПРОГРАММА … «…»»), а по ним хранилище узнаёт программу. Заполните паспорт и отправьте снова.`,
      `The program is refused: ${en} is missing (the passport's title block); the store knows a program by them. Fill in the passport and push again.`,
      { missing: unnamed },
    );
  }
  const programId = programIdOf(body.program);
  const before = await programState(db, dialect, programId);
  checkDepartment(programId, before.binding, holder);

  // The same program as the latest version needs no check: that version passed it.
  let stored: Checked | null = before.latest?.sha256 === sha256 ? null : checked(programId, body, sha256, reports);

  return withConflictRetry(() =>
    database.write(async (trx): Promise<PushOutcome> => {
      if (idempotencyKey) {
        const replay = await replayOf(trx, dialect, holder, idempotencyKey, requestSha);
        if (replay) return replay;
      }
      const createdAt = new Date().toISOString();
      const state = await programState(trx, dialect, programId);
      const { binding } = state;
      checkDepartment(programId, binding, holder);
      const existing = await sameAsLatest(trx, state, programId, sha256);
      let accepted: SubmissionAccepted;
      if (existing) {
        accepted = existing;
      } else {
        // Checked above unless the program was the latest version then and is not now (a push in between).
        stored ??= checked(programId, body, sha256, reports);
        await bindProgram(trx, programId, binding, body, holder, createdAt);
        const version = (state.latest?.version ?? 0) + 1;
        accepted = { programId, version, sha256, status: 'submitted', createdAt, basis: body.basis, existing: false };
        await insertVersion.run(trx, dialect, {
          programId,
          version,
          payload,
          sha256,
          explanations: stored.explanations,
          report: stored.report,
          department: holder.department,
          tokenId: holder.tokenId,
          idempotencyKey,
          createdAt,
          basis: body.basis,
        });
      }
      if (idempotencyKey) {
        await insertKey.run(trx, dialect, {
          tokenId: holder.tokenId,
          key: idempotencyKey,
          requestSha,
          programId,
          version: accepted.version,
          response: JSON.stringify(accepted),
          createdAt,
        });
      }
      await insertAudit.run(
        trx,
        dialect,
        auditRow({
          action: existing ? 'submission.unchanged' : 'submission.accepted',
          status: existing ? 200 : 201,
          holder,
          programId,
          version: accepted.version,
          from,
          at: createdAt,
          details: existing ? { sha256 } : { sha256, warnings: stored?.warnings ?? 0, basis: body.basis },
        }),
      );
      return { accepted, replayed: false };
    }),
  );
}

/**
 * The first push creates the program, bound to the pusher's department — or, when an admin pushes it,
 * to none (a row saying so), so that an admin's push does not hand the program to the admin's
 * department for good. A program bound to none is bound by the first submitter who pushes it.
 */
async function bindProgram(trx: Kysely<StoreSchema>, programId: string, binding: Binding | null, body: SubmissionBody, holder: TokenHolder, at: string): Promise<void> {
  if (binding === null) {
    await trx
      .insertInto('programs')
      .values({
        program_id: programId,
        municipality: body.program.municipality,
        title: body.program.title,
        period_from: body.program.period.from,
        period_to: body.program.period.to,
        department: holder.department,
        created_by: holder.tokenId,
        created_at: at,
      })
      .execute();
    if (holder.role === 'admin') {
      await trx
        .insertInto('program_departments')
        .values({ program_id: programId, seq: 1, department: null, token_id: holder.tokenId, reason: 'первая версия отправлена администратором', assigned_at: at })
        .execute();
    }
    return;
  }
  if (binding.department === null && holder.role !== 'admin') {
    await trx
      .insertInto('program_departments')
      .values({ program_id: programId, seq: binding.seq + 1, department: holder.department, token_id: holder.tokenId, reason: 'первая версия отдела', assigned_at: at })
      .execute();
  }
}
