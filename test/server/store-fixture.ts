// A store for tests: SQLite in a fresh temp folder always, PostgreSQL in a fresh schema when
// DATABASE_URL is set; tokens for two departments and each role; the worked example as published
// and as corrected (the passport's city budget total 421 246,1 instead of 421 246,4).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { checkProgram } from '../../src/domain/check-program';
import { Program } from '../../src/domain/model/program';
import type { Report } from '../../src/domain/report';
import { buildStoreApp, type StoreAppOptions } from '../../src/server/app';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase, type DatabaseTarget, type StoreDatabase } from '../../src/server/db/database';

export const EXAMPLE_FILE = join(__dirname, '../../examples/stupino-2020-2024.program.json');

export function publishedExample(): Program {
  return Program.parse(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')));
}

/** The worked example with the passport's one defect corrected: no errors, warnings only. */
export function correctedExample(): Program {
  const program = publishedExample();
  const municipal = program.passport?.funding?.sources.find((s) => /городского округа/.test(s.name));
  if (!municipal || municipal.total !== '421246.4') throw new Error('the worked example changed: the passport city budget total is not 421246.4');
  municipal.total = '421246.1';
  return program;
}

/**
 * The corrected example as its n-th edition: the last passport line carries "Редакция n.", so that each
 * edition is another program content (another sha256) of the same program, with the same findings.
 */
export function edition(n: number, base: Program = correctedExample()): Program {
  const program = structuredClone(base);
  const fields = program.passport!.fields;
  fields[fields.length - 1] = { ...fields[fields.length - 1], value: `${fields[fields.length - 1].value} Редакция ${n}.` };
  return program;
}

/** An explanation for every warning of the program's report (as the task pane asks a person to type). */
export function explainAll(report: Report, text = 'Пояснение: значение согласовано с министерством'): Record<string, string> {
  return Object.fromEntries(report.findings.filter((f) => f.severity === 'warning').map((f) => [f.key, `${text} (${f.rule})`]));
}

export function acceptableBody(program: Program = correctedExample()): { program: Program; explanations: Record<string, string> } {
  return { program, explanations: explainAll(checkProgram({ program })) };
}

export interface TestTarget {
  name: 'sqlite' | 'postgres';
  make(): { target: DatabaseTarget; cleanup(): Promise<void> };
}

let counter = 0;

export function testTargets(): TestTarget[] {
  const targets: TestTarget[] = [
    {
      name: 'sqlite',
      make() {
        const dataDir = mkdtempSync(join(tmpdir(), 'sverka-store-'));
        return { target: { kind: 'sqlite', dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    targets.push({
      name: 'postgres',
      make() {
        const schema = `sverka_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
        return {
          target: { kind: 'postgres', url, schema },
          async cleanup() {
            const pool = new Pool({ connectionString: url, max: 1 });
            try {
              await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            } finally {
              await pool.end();
            }
          },
        };
      },
    });
  }
  return targets;
}

export interface TestStore {
  app: FastifyInstance;
  database: StoreDatabase;
  /** Where the database is (to open a second connection, as the CLI on the server would). */
  target: DatabaseTarget;
  tokens: { submitter: string; otherSubmitter: string; reviewer: string; admin: string };
  tokenIds: { submitter: string; otherSubmitter: string; reviewer: string; admin: string };
  close(): Promise<void>;
}

export const DEPARTMENT = 'Управление информационных технологий';
export const OTHER_DEPARTMENT = 'Управление образования';

export async function makeTestStore(testTarget: TestTarget, options: Partial<Omit<StoreAppOptions, 'database'>> = {}): Promise<TestStore> {
  const { target, cleanup } = testTarget.make();
  const database = await openDatabase(target);
  // SVERKA_TEST_CHECK_WORKERS=N runs the suites with pushes read and checked in N worker threads (as served).
  const checkWorkers = Number(process.env.SVERKA_TEST_CHECK_WORKERS ?? 0);
  let app: FastifyInstance;
  try {
    app = await buildStoreApp({ logger: false, origins: ['https://addin.example.ru'], checkWorkers, ...options, database });
  } catch (error) {
    // A store that does not start (its check workers cannot load): its database closed and removed all the same.
    await database.close();
    await cleanup();
    throw error;
  }
  const submitter = await createToken(database.db, { department: DEPARTMENT, role: 'submitter' });
  const otherSubmitter = await createToken(database.db, { department: OTHER_DEPARTMENT, role: 'submitter' });
  const reviewer = await createToken(database.db, { department: 'Финансовое управление', role: 'reviewer' });
  const admin = await createToken(database.db, { department: 'Администрация', role: 'admin' });
  return {
    app,
    database,
    target,
    tokens: { submitter: submitter.token, otherSubmitter: otherSubmitter.token, reviewer: reviewer.token, admin: admin.token },
    tokenIds: { submitter: submitter.tokenId, otherSubmitter: otherSubmitter.tokenId, reviewer: reviewer.tokenId, admin: admin.tokenId },
    async close() {
      await app.close();
      await database.close();
      await cleanup();
    },
  };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

export async function countRows(database: StoreDatabase, table: 'tokens' | 'programs' | 'versions' | 'reviews' | 'audit_log' | 'idempotency_keys'): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countAll(database: StoreDatabase): Promise<Record<string, number>> {
  const tables = ['programs', 'versions', 'reviews', 'idempotency_keys'] as const;
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await countRows(database, t);
  return out;
}

export const SUBMISSIONS = '/api/v1/submissions';

/** POST /api/v1/submissions through app.inject. */
export function push(store: TestStore, body: unknown, headers: Record<string, string> = {}, token: string | null = store.tokens.submitter) {
  return store.app.inject({
    method: 'POST',
    url: SUBMISSIONS,
    headers: { ...(token ? bearer(token) : {}), ...headers },
    payload: body as object,
  });
}
