// Bearer tokens per department and role. A token is shown once when created; the database keeps only
// its SHA-256, so a stolen database does not give a working token. A token may expire; a revoked token
// is refused from the next request on, in every process that serves the same database (the revocation
// is read with the token on each request, never cached).
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { RUSSIAN_ZOD } from '../../domain/messages/zod-errors';
import { auditRow } from '../audit';
import type { StoreDatabase } from '../db/database';
import { prepareQuery } from '../db/prepared-query';
import type { StoreSchema } from '../db/schema';

export const Role = z.enum(['submitter', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;

/** The roles as the store's Russian messages and the CLI name them. */
export const ROLE_RU: Readonly<Record<Role, string>> = { submitter: 'отправитель', reviewer: 'проверяющий', admin: 'администратор' };

export const Department = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'пустое название отдела').max(200, 'название отдела длиннее 200 символов'));

export interface TokenHolder {
  tokenId: string;
  department: string;
  role: Role;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface CreatedToken extends TokenHolder {
  /** The bearer token: printed once, never stored. */
  token: string;
  expiresAt: string | null;
}

/** Where an administrative action outside HTTP comes from (a CLI command on the server), for the audit log. */
export function cliOrigin(command: string): { remoteAddress: null; userAgent: string } {
  return { remoteAddress: null, userAgent: `sverka store ${command}` };
}

async function inTransaction(db: Kysely<StoreSchema>, work: (trx: Kysely<StoreSchema>) => Promise<void>): Promise<void> {
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

/** Creates a token and its audit entry in one transaction: both are stored or neither. */
export async function createToken(
  db: Kysely<StoreSchema>,
  input: { department: string; role: Role; label?: string | null; expiresAt?: string | null },
): Promise<CreatedToken> {
  const department = Department.safeParse(input.department, RUSSIAN_ZOD);
  if (!department.success) throw new Error(`отдел «${input.department}»: ${department.error.issues.map((issue) => issue.message).join('; ')}`);
  const role = Role.safeParse(input.role);
  if (!role.success) throw new Error(`роль «${String(input.role)}»: ожидается submitter, reviewer или admin`);
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt !== null && Number.isNaN(Date.parse(expiresAt))) throw new Error(`срок действия «${expiresAt}» — не дата`);
  const token = `svk_${randomBytes(32).toString('base64url')}`;
  const holder: TokenHolder = { tokenId: `tok_${randomBytes(6).toString('hex')}`, department: department.data, role: role.data };
  const createdAt = new Date().toISOString();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('tokens')
      .values({ id: holder.tokenId, token_hash: hashToken(token), department: holder.department, role: holder.role, label: input.label ?? null, created_at: createdAt, expires_at: expiresAt })
      .execute();
    await trx
      .insertInto('audit_log')
      .values(auditRow({ action: 'token.created', status: 0, holder, at: createdAt, from: cliOrigin('token create'), details: expiresAt ? { expiresAt } : null }))
      .execute();
  });
  return { token, ...holder, expiresAt };
}

/** Why a bearer token is not accepted. */
export type TokenRefusal = 'unknown' | 'revoked' | 'expired';

export type TokenCheck = { holder: TokenHolder } | { refused: TokenRefusal; tokenId: string | null; at: string | null };

const tokenQuery = prepareQuery<{ tokenHash: string }, { id: string; department: string; role: string; expires_at: string | null; revoked_at: string | null }>((db, slot) =>
  db
    .selectFrom('tokens as t')
    .leftJoin('token_revocations as r', 'r.token_id', 't.id')
    .select(['t.id', 't.department', 't.role', 't.expires_at', 'r.revoked_at'])
    .where('t.token_hash', '=', slot('tokenHash')),
);

/** The holder of a bearer token, or why it is refused: one indexed read per request (revocations are never cached). */
export async function checkToken(database: Pick<StoreDatabase, 'db' | 'dialect'>, token: string, now: Date = new Date()): Promise<TokenCheck> {
  const [row] = await tokenQuery.run(database.db, database.dialect, { tokenHash: hashToken(token) });
  if (!row) return { refused: 'unknown', tokenId: null, at: null };
  if (row.revoked_at) return { refused: 'revoked', tokenId: row.id, at: row.revoked_at };
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return { refused: 'expired', tokenId: row.id, at: row.expires_at };
  const role = Role.safeParse(row.role);
  if (!role.success) return { refused: 'unknown', tokenId: row.id, at: null };
  return { holder: { tokenId: row.id, department: row.department, role: role.data } };
}

export interface TokenInfo {
  tokenId: string;
  department: string;
  role: string;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  status: 'active' | 'revoked' | 'expired';
}

/** Every token (never the token itself), oldest first; or the one with `tokenId`. */
export async function listTokens(db: Kysely<StoreSchema>, options: { tokenId?: string; now?: Date } = {}): Promise<TokenInfo[]> {
  const now = (options.now ?? new Date()).getTime();
  let query = db
    .selectFrom('tokens as t')
    .leftJoin('token_revocations as r', 'r.token_id', 't.id')
    .select(['t.id', 't.department', 't.role', 't.label', 't.created_at', 't.expires_at', 'r.revoked_at', 'r.reason']);
  if (options.tokenId !== undefined) query = query.where('t.id', '=', options.tokenId);
  const rows = await query.orderBy('t.created_at').orderBy('t.id').execute();
  return rows.map((row) => ({
    tokenId: row.id,
    department: row.department,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokeReason: row.reason,
    status: row.revoked_at ? 'revoked' : row.expires_at && Date.parse(row.expires_at) <= now ? 'expired' : 'active',
  }));
}

export type RevokeOutcome = { revoked: TokenInfo } | { alreadyRevoked: TokenInfo } | { unknown: true };

/** Revokes a token by its id, with its audit entry in the same transaction; revoking twice changes nothing. */
export async function revokeToken(
  db: Kysely<StoreSchema>,
  input: { tokenId: string; reason?: string; by?: TokenHolder | null; from?: { remoteAddress: string | null; userAgent: string | null } },
): Promise<RevokeOutcome> {
  let outcome: RevokeOutcome = { unknown: true };
  await inTransaction(db, async (trx) => {
    const token = (await listTokens(trx, { tokenId: input.tokenId }))[0];
    if (!token) return;
    if (token.revokedAt) {
      outcome = { alreadyRevoked: token };
      return;
    }
    const at = new Date().toISOString();
    const reason = input.reason?.trim() ?? '';
    await trx.insertInto('token_revocations').values({ token_id: token.tokenId, revoked_at: at, reason, revoked_by: input.by?.tokenId ?? 'cli' }).execute();
    await trx
      .insertInto('audit_log')
      .values(
        auditRow({
          action: 'token.revoked',
          status: 0,
          holder: input.by ?? null,
          at,
          from: input.from ?? cliOrigin('token revoke'),
          details: { tokenId: token.tokenId, department: token.department, role: token.role, reason },
        }),
      )
      .execute();
    outcome = { revoked: { ...token, revokedAt: at, revokeReason: reason, status: 'revoked' } };
  });
  return outcome;
}
