// The audit log: who (token id, department, role) did what (action, program, version, status),
// when, and from where (address, user agent). Rows are only ever inserted.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { TokenHolder } from './auth/tokens';
import type { AuditLogTable, StoreSchema } from './db/schema';

export interface RequestOrigin {
  remoteAddress: string | null;
  userAgent: string | null;
}

export interface AuditEntry {
  action: string;
  status: number;
  holder: TokenHolder | null;
  programId?: string | null;
  version?: number | null;
  details?: unknown;
  from: RequestOrigin;
  at?: string;
}

const MAX_USER_AGENT = 500;

export function auditRow(entry: AuditEntry): Selectable<AuditLogTable> {
  return {
    id: randomUUID(),
    at: entry.at ?? new Date().toISOString(),
    token_id: entry.holder?.tokenId ?? null,
    department: entry.holder?.department ?? null,
    role: entry.holder?.role ?? null,
    action: entry.action,
    program_id: entry.programId ?? null,
    version: entry.version ?? null,
    status: entry.status,
    remote_address: entry.from.remoteAddress,
    user_agent: entry.from.userAgent === null ? null : entry.from.userAgent.slice(0, MAX_USER_AGENT),
    details: entry.details === undefined || entry.details === null ? null : JSON.stringify(entry.details),
  };
}

export async function writeAudit(db: Kysely<StoreSchema>, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(entry)).execute();
}
