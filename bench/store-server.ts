// The store as a child process for the load and crash benchmarks: the target database comes as JSON
// in SVERKA_STORE_TARGET; it prints one line {"listening": URL} on stdout when ready, logs warnings
// only, and shuts down gracefully on SIGTERM (SIGKILL is what the crash test sends).
import type { DatabaseTarget } from '../src/server/db/database';
import { startStoreServer } from '../src/server/server';

async function main(): Promise<void> {
  const target = JSON.parse(process.env.SVERKA_STORE_TARGET ?? '') as DatabaseTarget;
  const running = await startStoreServer({
    target,
    port: Number(process.env.SVERKA_STORE_PORT ?? 0),
    host: '127.0.0.1',
    handleSignals: true,
    logger: { level: process.env.SVERKA_STORE_LOG ?? 'warn' },
    // The store's default unless SVERKA_STORE_CHECK_WORKERS says how many check workers (0: none).
    ...(process.env.SVERKA_STORE_CHECK_WORKERS ? { checkWorkers: Number(process.env.SVERKA_STORE_CHECK_WORKERS) } : {}),
  });
  process.stdout.write(JSON.stringify({ listening: running.url }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`store-server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
