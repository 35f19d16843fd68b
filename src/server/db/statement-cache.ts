// Prepared statements reused: Kysely's SQLite driver asks the connection to prepare every query it runs,
// and the store runs the same few queries for every push. better-sqlite3 is synchronous — a statement
// runs to completion before the next query starts — so one statement per SQL text serves them all.
// (Only a streamed query keeps its statement busy between calls; the store streams none.)
import type Database from 'better-sqlite3';

/** Distinct SQL texts kept; the store has a few dozen, a query built with varying IN lists more. */
const CAPACITY = 512;

/** Makes `db.prepare` return the statement already prepared for the same SQL text. */
export function reusePreparedStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Database.Statement;
  const statements = new Map<string, Database.Statement>();
  const cached = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size >= CAPACITY) statements.clear();
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  Object.defineProperty(db, 'prepare', { value: cached, configurable: true, writable: true });
}
