// Migrations, applied at start. The tables are built with Kysely's schema builder (one definition for
// SQLite and PostgreSQL); only the append-only guards are written per dialect, since triggers are.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { guardAgainstReplace, guardAppendOnly, guardUpdateAndDelete } from './append-only-guards';

export type DialectName = 'sqlite' | 'postgres';

function initial(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('programs')
        .addColumn('program_id', 'text', (c) => c.primaryKey())
        .addColumn('municipality', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('period_from', 'integer', (c) => c.notNull())
        .addColumn('period_to', 'integer', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('versions')
        .addColumn('program_id', 'text', (c) => c.notNull().references('programs.program_id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('explanations', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('versions_pk', ['program_id', 'version'])
        .execute();
      await db.schema
        .createTable('reviews')
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('review', 'integer', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reviews_pk', ['program_id', 'version', 'review'])
        .addForeignKeyConstraint('reviews_version_fk', ['program_id', 'version'], 'versions', ['program_id', 'version'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text')
        .addColumn('department', 'text')
        .addColumn('role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('program_id', 'text')
        .addColumn('version', 'integer')
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('remote_address', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('details', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_sha256', 'text', (c) => c.notNull())
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['token_id', 'key'])
        .execute();
    },
  };
}

/** The tables of the first migration: their guards are made by the second (later tables guard themselves). */
const INITIAL_TABLES = ['tokens', 'programs', 'versions', 'reviews', 'audit_log', 'idempotency_keys'] as const;

/** Triggers that refuse UPDATE and DELETE on every table: append-only is enforced by the database itself. */
function appendOnly(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`CREATE OR REPLACE FUNCTION sverka_append_only() RETURNS trigger AS $$
          BEGIN RAISE EXCEPTION 'sverka: % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001'; END;
          $$ LANGUAGE plpgsql`.execute(db);
      }
      await guardUpdateAndDelete(db, dialect, INITIAL_TABLES);
    },
  };
}

/**
 * The life of a program: a version's legal basis, tokens that expire or are revoked (a revocation is a
 * row of its own: tokens stay append-only), and the department a program is bound to as a history of
 * assignments (the first push's binding stays in `programs`; a later assignment, or an admin's first
 * push that binds no department, is a row here).
 */
function programLife(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('versions').addColumn('basis', 'text').execute();
      await db.schema.alterTable('tokens').addColumn('expires_at', 'text').execute();
      await db.schema
        .createTable('token_revocations')
        .addColumn('token_id', 'text', (c) => c.primaryKey().references('tokens.id'))
        .addColumn('revoked_at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('revoked_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('program_departments')
        .addColumn('program_id', 'text', (c) => c.notNull().references('programs.program_id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('department', 'text')
        .addColumn('token_id', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('program_departments_pk', ['program_id', 'seq'])
        .execute();
      await guardUpdateAndDelete(db, dialect, ['token_revocations', 'program_departments']);
    },
  };
}

/**
 * SQLite: INSERT OR REPLACE, REPLACE INTO and upserts cannot take a row back either, nor DROP COLUMN cut
 * a column out of the rows (see append-only-guards.ts). PostgreSQL needs nothing more.
 */
function noReplace(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite') await guardAgainstReplace(db, [...INITIAL_TABLES, 'token_revocations', 'program_departments']);
    },
  };
}

/**
 * Reports on the program's implementation (docs/design/REPORTS.md): versions of a program × period, their reviews and
 * the idempotency keys of their pushes, append-only like the program's own tables (every guard at once).
 */
function reports(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('program_id', 'text', (c) => c.notNull().references('programs.program_id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('quarters', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('program_version', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('explanations', 'text', (c) => c.notNull())
        .addColumn('check_result', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reports_pk', ['program_id', 'period', 'version'])
        .addForeignKeyConstraint('reports_program_version_fk', ['program_id', 'program_version'], 'versions', ['program_id', 'version'])
        .execute();
      await db.schema.createIndex('reports_year').on('reports').columns(['year', 'program_id']).execute();
      await db.schema
        .createTable('report_reviews')
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('review', 'integer', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_reviews_pk', ['program_id', 'period', 'version', 'review'])
        .addForeignKeyConstraint('report_reviews_report_fk', ['program_id', 'period', 'version'], 'reports', ['program_id', 'period', 'version'])
        .execute();
      await db.schema
        .createTable('report_idempotency_keys')
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_sha256', 'text', (c) => c.notNull())
        .addColumn('program_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_idempotency_keys_pk', ['token_id', 'key'])
        .execute();
      await guardAppendOnly(db, dialect, ['reports', 'report_reviews', 'report_idempotency_keys']);
    },
  };
}

export function storeMigrations(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      return { '0001_initial': initial(), '0002_append_only': appendOnly(dialect), '0003_program_life': programLife(dialect), '0004_no_replace': noReplace(dialect), '0005_reports': reports(dialect) };
    },
  };
}

/**
 * `schema` (PostgreSQL): where Kysely keeps its migration tables — the store's own schema, so that another
 * schema of the same database with tables of the same names (another application's Kysely) is not read.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: storeMigrations(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`Не удалось применить миграции хранилища: ${reason}`);
  }
}
