// One push: check who may push, re-validate with the core, and store a new version in one write
// (program binding, version row, idempotency key and audit entry together, or nothing): a transaction
// of its own in PostgreSQL, a savepoint of a group commit in SQLite (db/sqlite-group-commit.ts).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/finding';
import { renderMessage } from '../../domain/messages/render-message';
import type { Report } from '../../domain/report';
import { canonicalJson, canonicalSubmission } from '../../store/canonical-json';
import { SubmissionAccepted, type Explanations, type SubmissionBody } from '../../store/contract/submission';
import { programIdOf } from '../../store/program-id';
import { ApiFailure } from '../api-failure';
import { auditRow, type RequestOrigin } from '../audit';
import { requireRole } from '../auth/authenticate';
import type { TokenHolder } from '../auth/tokens';
import type { StoreDatabase } from '../db/database';
import type { StoreSchema } from '../db/schema';
import { withConflictRetry } from '../db/transient-conflict';
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

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
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

async function replayOf(db: Kysely<StoreSchema>, holder: TokenHolder, key: string, requestSha: string): Promise<PushOutcome | null> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_sha256', 'response'])
    .where('token_id', '=', holder.tokenId)
    .where('key', '=', key)
    .executeTakeFirst();
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

const sharedReports = new ReportCache();

/** Program → department bindings already seen, per database: a binding is never changed (append-only). */
const BINDINGS = new WeakMap<Kysely<StoreSchema>, Map<string, string>>();

/** Inside a write, `remember` is false: what the write sees may still be rolled back. */
async function boundDepartment(db: Kysely<StoreSchema>, cacheOf: Kysely<StoreSchema>, programId: string, remember: boolean): Promise<string | null> {
  let known = BINDINGS.get(cacheOf);
  const cached = known?.get(programId);
  if (cached !== undefined) return cached;
  const row = await db.selectFrom('programs').select('department').where('program_id', '=', programId).executeTakeFirst();
  if (!row || !remember) return row?.department ?? null;
  if (!known) BINDINGS.set(cacheOf, (known = new Map()));
  if (known.size >= 100_000) known.clear();
  known.set(programId, row.department);
  return row.department;
}

export async function pushSubmission(database: StoreDatabase, request: PushRequest, reports: ReportCache = sharedReports): Promise<PushOutcome> {
  const { db } = database;
  const { holder, body, idempotencyKey, from } = request;
  requireRole(holder, ['submitter', 'admin'], 'отправлять программы', 'push programs');

  const payload = canonicalJson(body.program);
  const sha256 = sha256Hex(payload);
  const requestSha = sha256Hex(canonicalSubmission(payload, body.explanations));
  if (idempotencyKey) {
    const replay = await replayOf(db, holder, idempotencyKey, requestSha);
    if (replay) return replay;
  }

  const programId = programIdOf(body.program);
  const owner = await boundDepartment(db, db, programId, true);
  if (owner !== null && owner !== holder.department && holder.role !== 'admin') throw wrongDepartment(programId, owner, holder);

  const report = reports.reportOf(body.program, sha256);
  if (!report.valid) {
    throw new ApiFailure(
      'validation_failed',
      `Программа не принята: ошибок — ${report.summary.error}. Исправьте их и отправьте снова. ${errorList(report, 'ru')}`,
      `The program is refused: ${report.summary.error} error(s). Fix them and push again. ${errorList(report, 'en')}`,
      { programId, report },
    );
  }
  const missing = unexplainedWarnings(report, body.explanations);
  if (missing.length > 0) {
    throw new ApiFailure(
      'unexplained_warnings',
      `Нужны пояснения к предупреждениям (${missing.length}): ${missing.join(', ')}.`,
      `Explanations are needed for ${missing.length} warning(s): ${missing.join(', ')}.`,
      { programId, missing, report },
    );
  }
  const explanations = JSON.stringify(keptExplanations(report, body.explanations));
  const reportJson = JSON.stringify(report);

  return withConflictRetry(() =>
    database.write(async (trx): Promise<PushOutcome> => {
      if (idempotencyKey) {
        const replay = await replayOf(trx, holder, idempotencyKey, requestSha);
        if (replay) return replay;
      }
      const createdAt = new Date().toISOString();
      const bound = await boundDepartment(trx, db, programId, false);
      if (bound === null) {
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
            created_at: createdAt,
          })
          .execute();
      } else if (bound !== holder.department && holder.role !== 'admin') {
        throw wrongDepartment(programId, bound, holder);
      }
      const last = await trx.selectFrom('versions').select((eb) => eb.fn.max('version').as('v')).where('program_id', '=', programId).executeTakeFirst();
      const version = Number(last?.v ?? 0) + 1;
      const accepted: SubmissionAccepted = { programId, version, sha256, status: 'submitted', createdAt };
      await trx
        .insertInto('versions')
        .values({
          program_id: programId,
          version,
          payload,
          sha256,
          explanations,
          report: reportJson,
          department: holder.department,
          token_id: holder.tokenId,
          idempotency_key: idempotencyKey,
          created_at: createdAt,
        })
        .execute();
      if (idempotencyKey) {
        await trx
          .insertInto('idempotency_keys')
          .values({ token_id: holder.tokenId, key: idempotencyKey, request_sha256: requestSha, program_id: programId, version, response: JSON.stringify(accepted), created_at: createdAt })
          .execute();
      }
      await trx
        .insertInto('audit_log')
        .values(auditRow({ action: 'submission.accepted', status: 201, holder, programId, version, from, at: createdAt, details: { sha256, warnings: report.summary.warning } }))
        .execute();
      return { accepted, replayed: false };
    }),
  );
}
