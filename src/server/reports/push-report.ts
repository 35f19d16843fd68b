// One report push: check who may push, find the program version the report refers to, re-validate the
// report against it (and the previous period's accepted report, for R005), and store a new version of
// the program × period in one write (version row, idempotency key and audit entry together, or nothing).
// A report the same (same sha256, same program version) as that period's latest version is not a new
// version: the answer names that version (200, `existing: true`). Who may push: the submitters of the
// department the program is bound to, and admins.
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/finding';
import { renderMessage } from '../../domain/messages/render-message';
import { Program } from '../../domain/model/program';
import type { Report } from '../../domain/report';
import type { ProgramReport } from '../../domain/reporting/model';
import { periodKey, periodTitle, previousPeriod, samePeriod, type ReportPeriod } from '../../domain/reporting/period';
import { canonicalJson } from '../../store/canonical-json';
import { ReportAccepted, periodOfKey, type ReportBody } from '../../store/contract/reports';
import type { Explanations } from '../../store/contract/submission';
import { ApiFailure } from '../api-failure';
import { auditRow, type RequestOrigin } from '../audit';
import type { TokenHolder } from '../auth/tokens';
import type { StoreDatabase } from '../db/database';
import type { StoreSchema } from '../db/schema';
import { withConflictRetry } from '../db/transient-conflict';
import { assertProgramIdShape, bindingOf, programNotFound, versionNotFound, type Binding } from '../program-lookup';
import { sha256Hex, unexplainedWarnings } from '../submissions/push-submission';
import { latestAcceptedReport, latestReport } from './report-history';
import type { ReportChecker } from './report-check';

export interface ReportPushRequest {
  holder: TokenHolder;
  body: ReportBody;
  idempotencyKey: string | null;
  from: RequestOrigin;
}

export interface ReportPushContext {
  database: StoreDatabase;
  check: ReportChecker;
  /** The store's clock (tests inject it). */
  now: () => Date;
}

export interface ReportPushOutcome {
  accepted: ReportAccepted;
  replayed: boolean;
}

function refuseDepartment(programId: string, binding: Binding, holder: TokenHolder): void {
  if (!binding.department || binding.department === holder.department || holder.role === 'admin') return;
  throw new ApiFailure(
    'forbidden_department',
    `Программа ${programId} закреплена за отделом «${binding.department}»; токен отдела «${holder.department}» не может отправлять отчёты по ней.`,
    `Program ${programId} belongs to department "${binding.department}"; a token of "${holder.department}" may not push its reports.`,
    { programId, department: holder.department, owner: binding.department },
  );
}

function mismatch(ru: string, en: string, details: unknown): ApiFailure {
  return new ApiFailure('invalid_request', ru, en, details);
}

/** The report must be on the program and period it is filed under, inside the program's period. */
function refuseInconsistent(body: ReportBody, period: ReportPeriod, program: Program): void {
  const { report, programId, programVersion } = body;
  if (report.period && !samePeriod(report.period, period)) {
    const written = periodTitle(report.period);
    const filed = periodTitle(period);
    throw mismatch(
      `Отчёт составлен ${written.ru}, а отправлен как отчёт ${filed.ru}.`,
      `The report is ${written.en} but was pushed as the report ${filed.en}.`,
      { field: 'period', report: periodKey(report.period), body: periodKey(period) },
    );
  }
  if (report.program.programId !== null && report.program.programId !== programId) {
    throw mismatch(
      `Отчёт ссылается на программу ${report.program.programId}, а отправлен по программе ${programId}.`,
      `The report refers to program ${report.program.programId} but was pushed for ${programId}.`,
      { field: 'programId', report: report.program.programId, body: programId },
    );
  }
  if (report.program.version !== null && report.program.version !== programVersion) {
    throw mismatch(
      `Отчёт ссылается на версию ${report.program.version} программы, а отправлен по версии ${programVersion}.`,
      `The report refers to program version ${report.program.version} but was pushed for version ${programVersion}.`,
      { field: 'programVersion', report: report.program.version, body: programVersion },
    );
  }
  if (period.year < program.period.from || period.year > program.period.to) {
    throw mismatch(
      `Отчётный ${period.year} год вне периода программы (${program.period.from}–${program.period.to} годы).`,
      `The reporting year ${period.year} is outside the program's period (${program.period.from}–${program.period.to}).`,
      { field: 'period', year: period.year, programPeriod: program.period },
    );
  }
}

function errorList(report: Report, lang: Lang): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, 3).map((f) => `${f.rule}: ${renderMessage(f, lang)}.`);
  const more = errors.length - shown.length;
  return shown.join(' ') + (more > 0 ? (lang === 'ru' ? ` …и ещё ${more}.` : ` …and ${more} more.`) : '');
}

function refusalOf(programId: string, period: string, check: Report, explanations: Explanations): ApiFailure | null {
  if (!check.valid) {
    return new ApiFailure(
      'validation_failed',
      `Отчёт не принят: ошибок — ${check.summary.error}. Исправьте их и отправьте снова. ${errorList(check, 'ru')}`,
      `The report is refused: ${check.summary.error} error(s). Fix them and push again. ${errorList(check, 'en')}`,
      { programId, period, report: check },
    );
  }
  const missing = unexplainedWarnings(check, explanations);
  if (missing.length === 0) return null;
  return new ApiFailure(
    'unexplained_warnings',
    `Нужны пояснения к предупреждениям отчёта (${missing.length}): ${missing.join(', ')}.`,
    `Explanations are needed for ${missing.length} warning(s) of the report: ${missing.join(', ')}.`,
    { programId, period, missing, report: check },
  );
}

function keptExplanations(check: Report, explanations: Explanations): Explanations {
  const kept: Explanations = {};
  for (const f of check.findings) if (f.severity === 'warning' && explanations[f.key] !== undefined) kept[f.key] = explanations[f.key];
  return kept;
}

async function replayOf(db: Kysely<StoreSchema>, holder: TokenHolder, key: string, requestSha: string): Promise<ReportPushOutcome | null> {
  const row = await db.selectFrom('report_idempotency_keys').select(['request_sha256', 'response']).where('token_id', '=', holder.tokenId).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.request_sha256 !== requestSha) {
    throw new ApiFailure(
      'idempotency_conflict',
      'Этот Idempotency-Key уже использован с другим содержимым. Для новой отправки нужен новый ключ.',
      'This Idempotency-Key was already used with a different body; use a new key for a new push.',
      { idempotencyKey: key },
    );
  }
  return { accepted: ReportAccepted.parse(JSON.parse(row.response)), replayed: true };
}

async function programOf(db: Kysely<StoreSchema>, programId: string, version: number): Promise<Program> {
  const row = await db.selectFrom('versions').select('payload').where('program_id', '=', programId).where('version', '=', version).executeTakeFirst();
  if (!row) throw versionNotFound(programId, version);
  return Program.parse(JSON.parse(row.payload));
}

/** The period's latest version when it is exactly this report on the same program version. */
async function sameAsLatest(db: Kysely<StoreSchema>, programId: string, period: string, sha256: string, programVersion: number): Promise<ReportAccepted | null> {
  const latest = await latestReport(db, programId, period);
  if (!latest || latest.sha256 !== sha256 || latest.programVersion !== programVersion) return null;
  return { programId, period, version: latest.version, programVersion, sha256, status: latest.status, createdAt: latest.createdAt, existing: true };
}

interface Checked {
  explanations: string;
  check: string;
  warnings: number;
}

export async function pushReport(context: ReportPushContext, request: ReportPushRequest): Promise<ReportPushOutcome> {
  const { database, now } = context;
  const { db } = database;
  const { holder, body, idempotencyKey, from } = request;
  const { programId, programVersion } = body;
  const period = periodOfKey(body.period);
  const key = periodKey(period);

  const payload = canonicalJson(body.report);
  const sha256 = sha256Hex(payload);
  const requestSha = sha256Hex(canonicalJson({ explanations: body.explanations, period: key, programId, programVersion, report: body.report }));
  if (idempotencyKey) {
    const replay = await replayOf(db, holder, idempotencyKey, requestSha);
    if (replay) return replay;
  }

  assertProgramIdShape(programId);
  const binding = await bindingOf(db, programId);
  if (!binding) throw programNotFound(programId);
  refuseDepartment(programId, binding, holder);
  const program = await programOf(db, programId, programVersion);
  refuseInconsistent(body, period, program);

  const runCheck = async (): Promise<Checked> => {
    const before = previousPeriod(period);
    const previous: ProgramReport | null = before ? ((await latestAcceptedReport(db, programId, periodKey(before)))?.report ?? null) : null;
    const check = context.check(body.report, program, { previous });
    const refusal = refusalOf(programId, key, check, body.explanations);
    if (refusal) throw refusal;
    return { explanations: JSON.stringify(keptExplanations(check, body.explanations)), check: JSON.stringify(check), warnings: check.summary.warning };
  };
  // The same report as the latest version needs no check: that version passed it.
  let stored: Checked | null = (await sameAsLatest(db, programId, key, sha256, programVersion)) ? null : await runCheck();

  return withConflictRetry(() =>
    database.write(async (trx): Promise<ReportPushOutcome> => {
      if (idempotencyKey) {
        const replay = await replayOf(trx, holder, idempotencyKey, requestSha);
        if (replay) return replay;
      }
      const createdAt = now().toISOString();
      const existing = await sameAsLatest(trx, programId, key, sha256, programVersion);
      let accepted: ReportAccepted;
      if (existing) {
        accepted = existing;
      } else {
        stored ??= await runCheck();
        const last = await trx
          .selectFrom('reports')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('program_id', '=', programId)
          .where('period', '=', key)
          .executeTakeFirst();
        const version = Number(last?.v ?? 0) + 1;
        accepted = { programId, period: key, version, programVersion, sha256, status: 'submitted', createdAt, existing: false };
        await trx
          .insertInto('reports')
          .values({
            program_id: programId,
            period: key,
            year: period.year,
            quarters: period.quarters,
            version,
            program_version: programVersion,
            payload,
            sha256,
            explanations: stored.explanations,
            check_result: stored.check,
            department: holder.department,
            token_id: holder.tokenId,
            idempotency_key: idempotencyKey,
            created_at: createdAt,
          })
          .execute();
      }
      if (idempotencyKey) {
        await trx
          .insertInto('report_idempotency_keys')
          .values({ token_id: holder.tokenId, key: idempotencyKey, request_sha256: requestSha, program_id: programId, period: key, version: accepted.version, response: JSON.stringify(accepted), created_at: createdAt })
          .execute();
      }
      await trx
        .insertInto('audit_log')
        .values(
          auditRow({
            action: existing ? 'report.unchanged' : 'report.accepted',
            status: existing ? 200 : 201,
            holder,
            programId,
            version: accepted.version,
            from,
            at: createdAt,
            details: { period: key, programVersion, sha256, ...(existing ? {} : { warnings: stored?.warnings ?? 0 }) },
          }),
        )
        .execute();
      return { accepted, replayed: false };
    }),
  );
}
