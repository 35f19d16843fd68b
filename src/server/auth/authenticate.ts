// Who is asking: the bearer token of the request, checked in an onRequest hook — before the body is
// read or validated — for every route whose config names the roles it admits. A refused token is
// answered 401 with its reason (unauthorized, token_revoked, token_expired) and counted per client
// address: each address's failures are audited through the throttle (two rows a minute at most), and
// past AUTH_FAILURES_PER_MINUTE the address is answered 429 until the minute is over.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiFailure } from '../api-failure';
import type { AuditThrottle } from '../audit-throttle';
import type { StoreDatabase } from '../db/database';
import { originOf } from '../request-origin';
import { checkToken, ROLE_RU, type Role, type TokenHolder, type TokenRefusal } from './tokens';

/** Who may use a route, and what the route does in words (for the 403). */
export interface RouteAccess {
  roles: readonly Role[];
  ru: string;
  en: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route does, for the audit log ("submission", "review" …). */
    action?: string;
    /** Set on every route that needs a token. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The token's holder, once the onRequest hook accepted it; null on routes that need none. */
    holder: TokenHolder | null;
  }
}

/** Failed authentications per client address and minute before the address gets 429 instead of 401. */
export const AUTH_FAILURES_PER_MINUTE = 60;

const BEARER = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i;

/** The holder of the request; the hook has run on every route with `access`, so this is never null there. */
export function holderOf(request: FastifyRequest): TokenHolder {
  if (!request.holder) throw new Error(`no token holder on ${request.routeOptions.url ?? request.url}: the route has no access config`);
  return request.holder;
}

export function requireRole(holder: TokenHolder, access: RouteAccess): void {
  if (!access.roles.includes(holder.role)) {
    throw new ApiFailure(
      'forbidden_role',
      `Роль «${ROLE_RU[holder.role]}» не может ${access.ru}; нужна роль: ${access.roles.map((r) => ROLE_RU[r]).join(' или ')}.`,
      `Role "${holder.role}" may not ${access.en}; needed: ${access.roles.join(' or ')}.`,
      { role: holder.role, allowed: access.roles },
    );
  }
}

function refusal(reason: 'missing' | 'malformed' | TokenRefusal, at: string | null): ApiFailure {
  switch (reason) {
    case 'missing':
      return new ApiFailure('unauthorized', 'Нужен токен доступа: заголовок Authorization: Bearer <токен>.', 'A token is required: Authorization: Bearer <token>.', { reason });
    case 'revoked':
      return new ApiFailure(
        'token_revoked',
        `Токен отозван${at ? ` (${at})` : ''}; попросите администратора выдать новый.`,
        `The token was revoked${at ? ` (${at})` : ''}; ask the administrator for a new one.`,
        { reason, revokedAt: at },
      );
    case 'expired':
      return new ApiFailure(
        'token_expired',
        `Срок действия токена истёк${at ? ` (${at})` : ''}; попросите администратора выдать новый.`,
        `The token expired${at ? ` (${at})` : ''}; ask the administrator for a new one.`,
        { reason, expiredAt: at },
      );
    default:
      return new ApiFailure('unauthorized', 'Токен доступа не принят: неизвестный или неверно записанный токен.', 'The token is unknown or malformed.', { reason });
  }
}

export function tokenGuard(database: Pick<StoreDatabase, 'db' | 'dialect'>, throttle: AuditThrottle, failuresPerMinute = AUTH_FAILURES_PER_MINUTE) {
  return async function checkBearerToken(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    request.holder = null;
    const access = request.routeOptions.config.access;
    if (!access) return;
    const header = request.headers.authorization;
    const match = header ? BEARER.exec(header) : null;
    const check = match ? await checkToken(database, match[1]) : null;
    if (check && 'holder' in check) {
      request.holder = check.holder;
      requireRole(check.holder, access);
      return;
    }
    const failure = refusal(!header ? 'missing' : !check ? 'malformed' : check.refused, check && !('holder' in check) ? check.at : null);
    const tokenId = check && !('holder' in check) ? check.tokenId : null;
    const { count, written } = throttle.note(
      `auth|${request.ip}`,
      {
        action: 'auth.denied',
        status: 401,
        holder: null,
        from: originOf(request),
        details: { error: failure.code, tokenId, method: request.method, url: request.url.slice(0, 300) },
      },
      failure.code,
    );
    await written;
    if (count > failuresPerMinute) {
      const seconds = Math.max(1, Math.ceil(throttle.msLeftInWindow() / 1000));
      throw new ApiFailure(
        'rate_limited',
        `Слишком много запросов с неверным токеном с этого адреса; повторите через ${seconds} с.`,
        `Too many requests with a bad token from this address; retry in ${seconds} s.`,
        { retryAfter: seconds },
        { 'retry-after': String(seconds) },
      ).markAudited();
    }
    throw failure.markAudited();
  };
}
