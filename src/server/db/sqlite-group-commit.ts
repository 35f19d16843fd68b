// Group commit for SQLite. With synchronous=FULL every COMMIT waits for the disk (fsync), and
// better-sqlite3 waits on the event loop's thread; one commit per push would cap the store at one
// disk flush per push. Writes are therefore queued and run in batches: one BEGIN IMMEDIATE … COMMIT
// per batch, each write inside its own SAVEPOINT, so that a failing write is rolled back alone and
// every write is still all-or-nothing. A write's promise settles only after its batch is committed
// (durable), so nothing is acknowledged that a crash could take back.
import { CompiledQuery, type Kysely } from 'kysely';
import type { StoreSchema } from './schema';

export type Write<T> = (db: Kysely<StoreSchema>) => Promise<T>;

interface Queued {
  work: Write<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The statements around the writes, made once (the connection prepares each text once: statement-cache.ts). */
const STATEMENT = {
  begin: CompiledQuery.raw('BEGIN IMMEDIATE'),
  savepoint: CompiledQuery.raw('SAVEPOINT sverka_write'),
  release: CompiledQuery.raw('RELEASE sverka_write'),
  rollbackTo: CompiledQuery.raw('ROLLBACK TO sverka_write'),
  commit: CompiledQuery.raw('COMMIT'),
  rollback: CompiledQuery.raw('ROLLBACK'),
};

/** A batch never holds more writes than this (bounds the time other readers wait for the connection). */
const MAX_BATCH = 64;

export class SqliteGroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly db: Kysely<StoreSchema>) {}

  run<T>(work: Write<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work: work as Write<unknown>, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the requests read in this turn of the event loop have queued their writes.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      if (batch.length > 0) await this.commit(batch);
    } finally {
      this.scheduled = false;
      if (this.queue.length > 0) this.schedule();
    }
  }

  private async commit(batch: Queued[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.db.connection().execute(async (conn) => {
        await conn.executeQuery(STATEMENT.begin);
        try {
          for (const item of batch) {
            await conn.executeQuery(STATEMENT.savepoint);
            try {
              outcomes.push({ ok: true, value: await item.work(conn) });
              await conn.executeQuery(STATEMENT.release);
            } catch (error) {
              await conn.executeQuery(STATEMENT.rollbackTo);
              await conn.executeQuery(STATEMENT.release);
              outcomes.push({ ok: false, error });
            }
          }
          await conn.executeQuery(STATEMENT.commit);
        } catch (error) {
          await conn.executeQuery(STATEMENT.rollback).catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
