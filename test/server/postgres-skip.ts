// The store's tests run on SQLite always and on PostgreSQL when DATABASE_URL is set. Without it the
// PostgreSQL half is not silently left out: it shows as skipped, the reason in its name.
export const POSTGRES_SKIP_REASON = 'skipped: DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test_lane)';

/** Without DATABASE_URL, registers `title` on postgres as a skipped test whose name gives the reason. */
export function skippedWithoutPostgres(title: string): void {
  if (process.env.DATABASE_URL) return;
  describe(`${title} on postgres`, () => {
    test.skip(POSTGRES_SKIP_REASON, () => undefined);
  });
}
