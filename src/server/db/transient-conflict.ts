// Errors after which a transaction is simply run again: a unique key taken by a concurrent push
// (two pushes that both read version n and both insert n+1), a busy SQLite file, a serialization
// failure or deadlock in PostgreSQL.
const SQLITE_RETRIED = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']);
const POSTGRES_RETRIED = new Set(['23505', '40001', '40P01']);

export function isTransientConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String((error as { code: unknown }).code);
  return SQLITE_RETRIED.has(code) || POSTGRES_RETRIED.has(code);
}

/** Runs `work` again on a transient conflict, a bounded number of times with a short random pause. */
export async function withConflictRetry<T>(work: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
