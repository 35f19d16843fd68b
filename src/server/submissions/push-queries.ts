// The queries of a push, each compiled once (db/prepared-query.ts): what the store knows of a program
// (its binding and its latest version, in one query), and the three rows a new version writes.
import { sql, type Expression, type Kysely, type Selectable } from 'kysely';
import type { DialectName } from '../db/migrations';
import { prepareQuery } from '../db/prepared-query';
import type { AuditLogTable, IdempotencyKeysTable, StoreSchema, VersionsTable } from '../db/schema';
import type { Binding } from '../program-lookup';

export interface LatestVersion {
  version: number;
  sha256: string;
  createdAt: string;
  basis: string | null;
}

/** A program as a push needs it: its binding (null: no such program yet) and its latest version. */
export interface ProgramState {
  binding: Binding | null;
  latest: LatestVersion | null;
}

interface StateRow {
  program_department: string;
  seq: number | null;
  assigned_department: string | null;
  version: number | null;
  sha256: string | null;
  created_at: string | null;
  basis: string | null;
}

/**
 * The program's row, its latest assignment (program_departments, highest seq) and its latest version
 * (highest version): the same answer as program-lookup.ts's bindingOf and a read of the latest version.
 */
const stateQuery = prepareQuery<{ programId: string }, StateRow>((db, slot) =>
  db
    .selectFrom('programs as p')
    .leftJoin('program_departments as d', (join) =>
      join.onRef('d.program_id', '=', 'p.program_id').on('d.seq', '=', (eb) => eb.selectFrom('program_departments as dm').select((e) => e.fn.max('dm.seq').as('s')).whereRef('dm.program_id', '=', 'p.program_id')),
    )
    .leftJoin('versions as v', (join) =>
      join.onRef('v.program_id', '=', 'p.program_id').on('v.version', '=', (eb) => eb.selectFrom('versions as vm').select((e) => e.fn.max('vm.version').as('m')).whereRef('vm.program_id', '=', 'p.program_id')),
    )
    .select(['p.department as program_department', 'd.seq', 'd.department as assigned_department', 'v.version', 'v.sha256', 'v.created_at', 'v.basis'])
    .where('p.program_id', '=', slot('programId')),
);

export async function programState(db: Kysely<StoreSchema>, dialect: DialectName, programId: string): Promise<ProgramState> {
  const [row] = await stateQuery.run(db, dialect, { programId });
  if (!row) return { binding: null, latest: null };
  const binding: Binding = row.seq === null ? { department: row.program_department, seq: 0 } : { department: row.assigned_department, seq: Number(row.seq) };
  const latest: LatestVersion | null =
    row.version === null || row.sha256 === null || row.created_at === null ? null : { version: Number(row.version), sha256: row.sha256, createdAt: row.created_at, basis: row.basis ?? null };
  return { binding, latest };
}

/**
 * Text given as its UTF-8 bytes, stored as text: SQLite takes the bytes as they are (a cast of a blob to
 * text reads it as the database's UTF-8), PostgreSQL checks that they are UTF-8. The bytes bound are the
 * ones hashed (the version's sha256), and the store does not encode a payload a second time.
 */
function utf8Text(bytes: Uint8Array, dialect: DialectName): Expression<string> {
  return dialect === 'postgres' ? sql<string>`convert_from(${bytes}, 'UTF8')` : sql<string>`cast(${bytes} as text)`;
}

export const insertVersion = prepareQuery<
  {
    programId: string;
    version: number;
    /** The canonical JSON as UTF-8 (stored as text). */
    payload: Uint8Array;
    sha256: string;
    explanations: string;
    report: string;
    department: string;
    tokenId: string;
    idempotencyKey: string | null;
    createdAt: string;
    basis: string | null;
  },
  Selectable<VersionsTable>
>((db, slot, dialect) =>
  db.insertInto('versions').values({
    program_id: slot('programId'),
    version: slot('version'),
    payload: utf8Text(slot('payload'), dialect),
    sha256: slot('sha256'),
    explanations: slot('explanations'),
    report: slot('report'),
    department: slot('department'),
    token_id: slot('tokenId'),
    idempotency_key: slot('idempotencyKey'),
    created_at: slot('createdAt'),
    basis: slot('basis'),
  }),
);

export const insertKey = prepareQuery<
  { tokenId: string; key: string; requestSha: string; programId: string; version: number; response: string; createdAt: string },
  Selectable<IdempotencyKeysTable>
>((db, slot) =>
  db.insertInto('idempotency_keys').values({
    token_id: slot('tokenId'),
    key: slot('key'),
    request_sha256: slot('requestSha'),
    program_id: slot('programId'),
    version: slot('version'),
    response: slot('response'),
    created_at: slot('createdAt'),
  }),
);

/** An audit row as audit.ts's auditRow makes it (every column given). */
export const insertAudit = prepareQuery<Selectable<AuditLogTable>, Selectable<AuditLogTable>>((db, slot) =>
  db.insertInto('audit_log').values({
    id: slot('id'),
    at: slot('at'),
    token_id: slot('token_id'),
    department: slot('department'),
    role: slot('role'),
    action: slot('action'),
    program_id: slot('program_id'),
    version: slot('version'),
    status: slot('status'),
    remote_address: slot('remote_address'),
    user_agent: slot('user_agent'),
    details: slot('details'),
  }),
);
