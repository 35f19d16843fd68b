// Migrations, applied at start. The tables are built with Kysely's schema builder (one definition for
// SQLite and PostgreSQL); only the append-only guards are written per dialect, since triggers are.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { APPEND_ONLY_TABLES } from './schema';

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

/** Triggers that refuse UPDATE and DELETE on every table: append-only is enforced by the database itself. */
function appendOnly(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`CREATE OR REPLACE FUNCTION sverka_append_only() RETURNS trigger AS $$
          BEGIN RAISE EXCEPTION 'sverka: % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001'; END;
          $$ LANGUAGE plpgsql`.execute(db);
      }
      for (const table of APPEND_ONLY_TABLES) {
        if (dialect === 'sqlite') {
          for (const op of ['UPDATE', 'DELETE']) {
            await sql
              .raw(`CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, 'sverka: ${table} is append-only'); END`)
              .execute(db);
          }
        } else {
          await sql.raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION sverka_append_only()`).execute(db);
          await sql.raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION sverka_append_only()`).execute(db);
        }
      }
    },
  };
}

export function storeMigrations(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      return { '0001_initial': initial(), '0002_append_only': appendOnly(dialect) };
    },
  };
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: storeMigrations(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`Не удалось применить миграции хранилища: ${reason}`);
  }
}
