// One push's database part: check who may push, and store a new version in one write (program binding,
// version row, idempotency key and audit entry together, or nothing): a transaction of its own in
// PostgreSQL, a savepoint of a group commit in SQLite (db/sqlite-group-commit.ts). The body was read and
// re-validated before, without the database (prepare-submission.ts, in a check worker: check-pool.ts).
// A program the same (same sha256) as its program's latest version is not a new version: the answer
// names that version (200, `existing: true`). Who may push: the submitters of the department the
// program is bound to, and admins; an admin's first push binds it to no department (the first
// submitter's push, or an admin's assignment, does).
import type { Kysely } from 'kysely';
import { SubmissionAccepted } from '../../store/contract/submission';
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
import { failureOfData, type PreparedSubmission } from './prepare-submission';

export { sha256Hex, submissionSha256, unexplainedWarnings } from './prepare-submission';

export interface PushRequest {
  holder: TokenHolder;
  /** The body read and checked off the database (prepare-submission.ts: in a worker thread or here). */
  prepared: PreparedSubmission;
  idempotencyKey: string | null;
  from: RequestOrigin;
}

export interface PushOutcome {
  accepted: SubmissionAccepted;
  /** True when this is the answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
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

/** The program's latest version when it is exactly this program (same sha256), as the answer to give. */
async function sameAsLatest(db: Kysely<StoreSchema>, state: ProgramState, programId: string, sha256: string): Promise<SubmissionAccepted | null> {
  const { latest } = state;
  if (!latest || latest.sha256 !== sha256) return null;
  const status = statusOf(await reviewsOf(db, programId, latest.version));
  return { programId, version: latest.version, sha256, status, createdAt: latest.createdAt, basis: latest.basis, existing: true };
}

/** The re-validation's verdict: its refusal, or what the new version stores. */
function checked(prepared: PreparedSubmission): NonNullable<PreparedSubmission['checked']> {
  if (prepared.refusal) throw failureOfData(prepared.refusal);
  if (!prepared.checked) throw new Error('a prepared submission without its check');
  return prepared.checked;
}

export async function pushSubmission(database: StoreDatabase, request: PushRequest): Promise<PushOutcome> {
  const { dialect } = database;
  const { holder, prepared, idempotencyKey, from } = request;
  const { sha256, requestSha, programId } = prepared;
  // Everything is decided inside the write, in the order it always was: an idempotent replay, a program
  // without a name, the department, the same content as the latest version (no check needed: that
  // version passed it), the re-validation's refusal. The check itself was made before (prepared).
  return withConflictRetry(() =>
    database.write(async (trx): Promise<PushOutcome> => {
      if (idempotencyKey) {
        const replay = await replayOf(trx, dialect, holder, idempotencyKey, requestSha);
        if (replay) return replay;
      }
      if (prepared.unnamed) throw failureOfData(prepared.unnamed);
      const createdAt = new Date().toISOString();
      const state = await programState(trx, dialect, programId);
      const { binding } = state;
      checkDepartment(programId, binding, holder);
      const existing = await sameAsLatest(trx, state, programId, sha256);
      let accepted: SubmissionAccepted;
      let stored: NonNullable<PreparedSubmission['checked']> | null = null;
      if (existing) {
        accepted = existing;
      } else {
        stored = checked(prepared);
        await bindProgram(trx, programId, binding, prepared.program, holder, createdAt);
        const version = (state.latest?.version ?? 0) + 1;
        accepted = { programId, version, sha256, status: 'submitted', createdAt, basis: prepared.basis, existing: false };
        await insertVersion.run(trx, dialect, {
          programId,
          version,
          // A view, not a copy: the bytes arrive from a worker as a plain Uint8Array, and pg takes a Buffer.
          payload: Buffer.from(prepared.payload.buffer, prepared.payload.byteOffset, prepared.payload.byteLength),
          sha256,
          explanations: stored.explanations,
          report: stored.report,
          department: holder.department,
          tokenId: holder.tokenId,
          idempotencyKey,
          createdAt,
          basis: prepared.basis,
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
          details: existing ? { sha256 } : { sha256, warnings: stored?.warnings ?? 0, basis: prepared.basis },
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
async function bindProgram(trx: Kysely<StoreSchema>, programId: string, binding: Binding | null, program: PreparedSubmission['program'], holder: TokenHolder, at: string): Promise<void> {
  if (binding === null) {
    await trx
      .insertInto('programs')
      .values({
        program_id: programId,
        municipality: program.municipality,
        title: program.title,
        period_from: program.from,
        period_to: program.to,
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
