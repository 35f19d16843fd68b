// Bearer tokens per department and role. A token is shown once when created; the database keeps only
// its SHA-256, so a stolen database does not give a working token.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
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

export async function createToken(db: Kysely<StoreSchema>, input: { department: string; role: Role; label?: string | null }): Promise<CreatedToken> {
  const department = Department.parse(input.department);
  const role = Role.parse(input.role);
  const token = `svk_${randomBytes(32).toString('base64url')}`;
  const tokenId = `tok_${randomBytes(6).toString('hex')}`;
  const createdAt = new Date().toISOString();
  await db
    .insertInto('tokens')
    .values({ id: tokenId, token_hash: hashToken(token), department, role, label: input.label ?? null, created_at: createdAt })
    .execute();
  await db
    .insertInto('audit_log')
    .values({
      id: randomBytes(12).toString('hex'),
      at: createdAt,
      token_id: tokenId,
      department,
      role,
      action: 'token.created',
      program_id: null,
      version: null,
      status: 0,
      remote_address: null,
      user_agent: 'sverka store token create',
      details: null,
    })
    .execute();
  return { token, tokenId, department, role };
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
