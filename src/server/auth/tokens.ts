// Bearer tokens per department and role. A token is shown once when created; the database keeps only
// its SHA-256, so a stolen database does not give a working token.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { auditRow } from '../audit';
import type { StoreSchema } from '../db/schema';

export const Role = z.enum(['submitter', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;

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
}

/** Creates a token and its audit entry in one transaction: both are stored or neither. */
export async function createToken(db: Kysely<StoreSchema>, input: { department: string; role: Role; label?: string | null }): Promise<CreatedToken> {
  const department = Department.safeParse(input.department);
  if (!department.success) throw new Error(`отдел «${input.department}»: ${department.error.issues.map((issue) => issue.message).join('; ')}`);
  const role = Role.safeParse(input.role);
  if (!role.success) throw new Error(`роль «${String(input.role)}»: ожидается submitter, reviewer или admin`);
  const token = `svk_${randomBytes(32).toString('base64url')}`;
  const holder: TokenHolder = { tokenId: `tok_${randomBytes(6).toString('hex')}`, department: department.data, role: role.data };
  const createdAt = new Date().toISOString();
  const insert = async (trx: Kysely<StoreSchema>): Promise<void> => {
    await trx
      .insertInto('tokens')
      .values({ id: holder.tokenId, token_hash: hashToken(token), department: holder.department, role: holder.role, label: input.label ?? null, created_at: createdAt })
      .execute();
    await trx
      .insertInto('audit_log')
      .values(auditRow({ action: 'token.created', status: 0, holder, at: createdAt, from: { remoteAddress: null, userAgent: 'sverka store token create' } }))
      .execute();
  };
  if (db.isTransaction) await insert(db);
  else await db.transaction().execute(insert);
  return { token, ...holder };
}

/**
 * Known holders per database, by token hash. Token rows are append-only (never updated or deleted),
 * so a holder once found stays right; unknown tokens are not remembered (one may be created later).
 */
const KNOWN = new WeakMap<Kysely<StoreSchema>, Map<string, TokenHolder>>();
const KNOWN_MAX = 10_000;

/** The holder of a bearer token, or null when the token is unknown. */
export async function findTokenHolder(db: Kysely<StoreSchema>, token: string): Promise<TokenHolder | null> {
  const hash = hashToken(token);
  let known = KNOWN.get(db);
  const cached = known?.get(hash);
  if (cached) return cached;
  const row = await db.selectFrom('tokens').select(['id', 'department', 'role']).where('token_hash', '=', hash).executeTakeFirst();
  if (!row) return null;
  const role = Role.safeParse(row.role);
  if (!role.success) return null;
  const holder: TokenHolder = { tokenId: row.id, department: row.department, role: role.data };
  if (!known) KNOWN.set(db, (known = new Map()));
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(hash, holder);
  return holder;
}
