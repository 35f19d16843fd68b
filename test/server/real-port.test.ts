// The real client against the store listening on a real port (SQLite, and PostgreSQL with DATABASE_URL):
// an answer lost on the way back is retried with the same Idempotency-Key and makes no second version.
import { request } from 'node:http';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase } from '../../src/server/db/database';
import { startStoreServer, type RunningStore } from '../../src/server/server';
import { StoreApiError, StoreClient } from '../../src/store/client';
import { acceptableBody, countRows, publishedExample, testTargets } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

skippedWithoutPostgres('the real client over a real port');
describe.each(testTargets().map((t) => [t.name, t] as const))('the real client over a real port on %s', (_name, testTarget) => {
  let running: RunningStore;
  let token: string;
  let cleanup: () => Promise<void>;
  let target: ReturnType<typeof testTarget.make>['target'];

  beforeAll(async () => {
    const made = testTarget.make();
    target = made.target;
    cleanup = made.cleanup;
    const database = await openDatabase(target);
    token = (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
    await database.close();
    running = await startStoreServer({ target, port: 0, logger: false });
  });
  afterAll(async () => {
    await running.close();
    await cleanup();
  });

  test('health, push, a lost answer retried with the same key, history', async () => {
    let dropped = 0;
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && dropped === 0) {
        dropped++;
        await response.text();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const client = new StoreClient({ baseUrl: running.url, token, fetch: lossyFetch, retryDelayMs: 10 });
    expect(await client.health()).toEqual({ status: 'ok', database: testTarget.name });

    const accepted = await client.submit(acceptableBody());
    expect(dropped).toBe(1);
    expect(accepted.version).toBe(1);
    const { versions } = await client.listVersions(accepted.programId);
    expect(versions.map((v) => v.version)).toEqual([1]);

    const refused = await client.submit({ program: publishedExample(), explanations: {} }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreApiError);
    expect((refused as StoreApiError).body.error).toBe('validation_failed');

    const database = await openDatabase(target);
    try {
      expect(await countRows(database, 'versions')).toBe(1);
    } finally {
      await database.close();
    }
  });
});

describe('graceful shutdown', () => {
  test('a push in flight when the store is asked to stop is finished and answered', async () => {
    const made = testTargets()[0].make();
    const database = await openDatabase(made.target);
    const { token } = await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' });
    await database.close();
    const running = await startStoreServer({ target: made.target, port: 0, logger: false });
    const url = new URL(running.url);
    const body = JSON.stringify(acceptableBody());
    // Send the headers and half of the body, so that the push is surely in flight when close() is called.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, method: 'POST', path: '/api/v1/submissions', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 1000));
      setTimeout(() => req.end(body.slice(1000)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = running.close();
    const { status, text } = await answer;
    expect(status).toBe(201);
    expect(JSON.parse(text).version).toBe(1);
    await closing;
    const reopened = await openDatabase(made.target);
    try {
      expect(await countRows(reopened, 'versions')).toBe(1);
    } finally {
      await reopened.close();
      await made.cleanup();
    }
  });
});
