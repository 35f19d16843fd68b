// The real store (Fastify app, SQLite in a temp folder, tokens made by the server's token code) reached by
// the real store client through app.inject instead of a port: the pane's store tests run without networking.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildStoreApp } from '../../../src/server/app';
import { createToken } from '../../../src/server/auth/tokens';
import { openDatabase, type StoreDatabase } from '../../../src/server/db/database';

export const STORE_URL = 'http://store.test';
export const DEPARTMENT = 'Управление информационных технологий';

export interface InProcessStore {
  app: FastifyInstance;
  database: StoreDatabase;
  tokens: { submitter: string; otherSubmitter: string; reviewer: string };
  /** A fetch that answers from the app: what the client sends is what the server gets. */
  fetch: typeof fetch;
  close(): Promise<void>;
}

/** `now`: the store's clock for reports (their deadlines), as `sverka store serve` takes the real one. */
export async function startInProcessStore(options: { now?: () => Date } = {}): Promise<InProcessStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-pane-store-'));
  const database: StoreDatabase = await openDatabase({ kind: 'sqlite', dataDir });
  const app = await buildStoreApp({ database, logger: false, origins: ['https://localhost:3000'], ...(options.now ? { now: options.now } : {}) });
  const submitter = await createToken(database.db, { department: DEPARTMENT, role: 'submitter' });
  const otherSubmitter = await createToken(database.db, { department: 'Управление образования', role: 'submitter' });
  const reviewer = await createToken(database.db, { department: 'Финансовое управление', role: 'reviewer' });
  const injected: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    const answer = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers: init.headers as Record<string, string>,
      payload: typeof init.body === 'string' ? init.body : undefined,
    });
    return new Response(answer.statusCode === 204 ? null : answer.body, { status: answer.statusCode, headers: { 'content-type': 'application/json' } });
  };
  return {
    app,
    database,
    tokens: { submitter: submitter.token, otherSubmitter: otherSubmitter.token, reviewer: reviewer.token },
    fetch: injected,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
