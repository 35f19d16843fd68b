// Who is asking: the bearer token of the request, checked against the hashes in the database.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { ApiFailure } from '../api-failure';
import type { StoreSchema } from '../db/schema';
import { findTokenHolder, type Role, type TokenHolder } from './tokens';

const BEARER = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i;

/** The holders of requests already authenticated, for the audit log of refusals. */
const holders = new WeakMap<FastifyRequest, TokenHolder>();

export function holderOf(request: FastifyRequest): TokenHolder | null {
  return holders.get(request) ?? null;
}

export async function authenticate(request: FastifyRequest, db: Kysely<StoreSchema>): Promise<TokenHolder> {
  const header = request.headers.authorization;
  if (!header) {
    throw new ApiFailure('unauthorized', 'Нужен токен доступа: заголовок Authorization: Bearer <токен>.', 'A token is required: Authorization: Bearer <token>.', {
      reason: 'missing',
    });
  }
  const match = BEARER.exec(header);
  const holder = match ? await findTokenHolder(db, match[1]) : null;
  if (!holder) {
    throw new ApiFailure('unauthorized', 'Токен доступа не принят: неизвестный или неверно записанный токен.', 'The token is unknown or malformed.', {
      reason: match ? 'unknown' : 'malformed',
    });
  }
  holders.set(request, holder);
  return holder;
}

const ROLE_RU: Record<Role, string> = { submitter: 'отправитель', reviewer: 'проверяющий', admin: 'администратор' };

export function requireRole(holder: TokenHolder, allowed: readonly Role[], actionRu: string, actionEn: string): void {
  if (!allowed.includes(holder.role)) {
    throw new ApiFailure(
      'forbidden_role',
      `Роль «${ROLE_RU[holder.role]}» не может ${actionRu}; нужна роль: ${allowed.map((r) => ROLE_RU[r]).join(' или ')}.`,
      `Role "${holder.role}" may not ${actionEn}; needed: ${allowed.join(' or ')}.`,
      { role: holder.role, allowed },
    );
  }
}
