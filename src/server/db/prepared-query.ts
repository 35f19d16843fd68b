// Queries of the hot path written once with Kysely's builder and compiled once per dialect, then run
// with new values: building and compiling the same query on every push cost more than running it
// (a push runs the same handful of queries every time). The values a query takes are
// named slots; every other value stays as compiled. In SQLite the statement itself is prepared once
// too (statement-cache.ts); PostgreSQL gets the same SQL text each time.
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DialectName } from './migrations';
import type { StoreSchema } from './schema';

/** A place for a value in a query being compiled; replaced by the value of that name on each run. */
class Slot {
  constructor(readonly name: string) {}
}

interface Compiled {
  sql: string;
  parameters: readonly unknown[];
}

export interface PreparedQuery<Args, Row> {
  /** The rows of the query for these values, on `db` (the database or a transaction of it). */
  run(db: Kysely<StoreSchema>, dialect: DialectName, args: Args): Promise<Row[]>;
}

/**
 * `build(db, slot, dialect)` writes the query, using `slot(name)` wherever a value of `Args` goes; it runs
 * once per dialect (and may write what differs between them). A slot must stand for a value only (a compared or inserted value), never for a
 * name or a piece of SQL: the builder keeps values as parameters, so a slot can never become SQL.
 */
export function prepareQuery<Args extends Record<string, unknown>, Row>(
  build: (db: Kysely<StoreSchema>, slot: <K extends keyof Args & string>(name: K) => Args[K], dialect: DialectName) => Compilable<Row>,
): PreparedQuery<Args, Row> {
  const compiled = new Map<DialectName, Compiled>();
  const compile = (db: Kysely<StoreSchema>, dialect: DialectName): Compiled => {
    let known = compiled.get(dialect);
    if (!known) {
      const query = build(db, (name) => new Slot(name) as never, dialect).compile();
      known = { sql: query.sql, parameters: query.parameters };
      compiled.set(dialect, known);
    }
    return known;
  };
  return {
    async run(db, dialect, args) {
      const { sql, parameters } = compile(db, dialect);
      const values = parameters.map((p) => {
        if (!(p instanceof Slot)) return p;
        if (!(p.name in args)) throw new Error(`prepared query: no value for «${p.name}»`);
        return args[p.name];
      });
      return (await db.executeQuery<Row>(CompiledQuery.raw(sql, values))).rows;
    },
  };
}
