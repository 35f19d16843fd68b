// An unreachable store as the CLI says it: one Russian line with the address, the reason in Russian and the
// system's code — not Node's "fetch failed" nor the client's English half ("/ The store cannot be reached").
import { createServer } from 'node:net';
import { CliError } from '../../src/cli/cli-io';
import { storeCliError } from '../../src/cli/store-error';
import { StoreClient, StoreNetworkError } from '../../src/store/client';
import { startInProcessStore, STORE_URL } from '../taskpane/state/in-process-store';

function lineOf(error: unknown): string {
  const e = storeCliError(error);
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exitCode).toBe(2);
  return (e as CliError).message;
}

function failedFetch(code: string): StoreNetworkError {
  const cause = new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:8787`), { code }) });
  return new StoreNetworkError('Хранилище недоступно (http://127.0.0.1:8787): fetch failed. / The store cannot be reached.', cause, 'http://127.0.0.1:8787');
}

describe('an unreachable store in the CLI', () => {
  it('a refused connection (nothing listens there): Russian reason, the address, the code', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    const client = new StoreClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'svk_x', retries: 0 });
    const error = await client.listPrograms().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreNetworkError);
    expect(lineOf(error)).toBe(
      `Хранилище недоступно (http://127.0.0.1:${port}): соединение отклонено — по этому адресу хранилище не запущено (sverka store serve) или порт не тот (ECONNREFUSED)`,
    );
  });

  it('a port fetch refuses to connect to (1, 6000 …) is named as such, not as "bad port"', async () => {
    const client = new StoreClient({ baseUrl: 'http://127.0.0.1:1', token: 'svk_x', retries: 0 });
    const line = lineOf(await client.listPrograms().catch((e: unknown) => e));
    expect(line).toContain('Хранилище недоступно (http://127.0.0.1:1): к этому порту программы не подключаются');
    expect(line).not.toMatch(/bad port|fetch failed/);
  });

  it.each([
    ['ENOTFOUND', 'сервер с таким именем не найден'],
    ['EHOSTUNREACH', 'сервер недоступен по сети'],
    ['ECONNRESET', 'соединение прервано'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'сертификат или протокол https'],
  ])('%s is said in Russian', (code, words) => {
    const line = lineOf(failedFetch(code));
    expect(line).toContain(words);
    expect(line).toContain(`(${code})`);
    expect(line).not.toMatch(/fetch failed|cannot be reached|connect /);
  });

  it('a code found under an AggregateError (IPv4 and IPv6 both refused)', () => {
    const both = new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'x');
    const line = lineOf(new StoreNetworkError('…', new TypeError('fetch failed', { cause: both }), 'http://localhost:8787'));
    expect(line).toContain('соединение отклонено');
  });

  it('a store that did not answer in time, and a failure without a code', () => {
    expect(lineOf(new StoreNetworkError('…', new Error('The operation was aborted due to timeout'), 'http://x', true))).toBe(
      'Хранилище недоступно (http://x): не ответило вовремя — проверьте, что оно работает, и повторите',
    );
    const bare = lineOf(new StoreNetworkError('…', new TypeError('fetch failed'), 'http://x'));
    expect(bare).toContain('нет соединения — проверьте адрес (--store или SVERKA_STORE_URL)');
    expect(bare).not.toContain('fetch failed');
  });
});

describe('a store asked without a token', () => {
  it('is told as the CLI’s options, not as an HTTP header', async () => {
    const store = await startInProcessStore();
    try {
      const client = new StoreClient({ baseUrl: STORE_URL, fetch: store.fetch, retries: 0 });
      const line = lineOf(await client.listPrograms().catch((e: unknown) => e));
      expect(line).toBe('хранилище требует токен: укажите --token TOKEN или переменную SVERKA_STORE_TOKEN (токен выдаёт администратор хранилища: sverka store token create)');
      expect(line).not.toMatch(/Authorization|Bearer/);
      // A token given and not known stays the store's words.
      const wrong = new StoreClient({ baseUrl: STORE_URL, token: 'svk_' + 'x'.repeat(43), fetch: store.fetch, retries: 0 });
      expect(lineOf(await wrong.listPrograms().catch((e: unknown) => e))).toMatch(/^хранилище отказало \(401 unauthorized\): Токен доступа не принят/);
    } finally {
      await store.close();
    }
  });
});
