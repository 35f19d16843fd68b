// Starts the store: opens the database (migrations applied), builds the app and listens. On SIGTERM
// or SIGINT it stops taking requests, lets the ones in flight finish, closes the database and exits.
import type { FastifyInstance } from 'fastify';
import { buildStoreApp, type StoreAppOptions } from './app';
import { openDatabase, type DatabaseTarget } from './db/database';
import { DEFAULT_CHECK_WORKERS } from './submissions/check-pool';

export { DEFAULT_CHECK_WORKERS, MAX_CHECK_WORKERS } from './submissions/check-pool';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export interface StoreServerOptions extends Omit<StoreAppOptions, 'database' | 'ownsDatabase'> {
  target: DatabaseTarget;
  port?: number;
  host?: string;
  /** Install SIGTERM/SIGINT handlers that close gracefully and exit (the CLI does; tests do not). */
  handleSignals?: boolean;
}

export interface RunningStore {
  app: FastifyInstance;
  /** "http://127.0.0.1:8787" */
  url: string;
  close(): Promise<void>;
}

export async function startStoreServer(options: StoreServerOptions): Promise<RunningStore> {
  const { target, port = DEFAULT_PORT, host = DEFAULT_HOST, handleSignals = false, ...appOptions } = options;
  const database = await openDatabase(target);
  let app: FastifyInstance;
  try {
    // Pushed programs are read and re-validated in worker threads unless told otherwise (checkWorkers: 0).
    app = await buildStoreApp({ checkWorkers: DEFAULT_CHECK_WORKERS, ...appOptions, database, ownsDatabase: true });
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  app.log.info({ url, database: database.location, dialect: database.dialect }, 'sverka store listening');
  if (database.guardsRestored.length > 0) {
    app.log.warn({ restored: database.guardsRestored }, 'append-only guards had been dropped from outside the store and were put back (see the audit log)');
  }

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => (closing ??= app.close().then(() => undefined));
  if (handleSignals) {
    const onSignal = (signal: NodeJS.Signals): void => {
      app.log.info({ signal }, 'shutting down');
      const timer = setTimeout(() => process.exit(1), 15_000);
      timer.unref();
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { app, url, close };
}
