// The store's real refusals (from the real store and client) turned into what the pane tells a person.
import { checkProgram } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { StoreClient } from '../../../src/store/client';
import { describeStoreFailure } from '../../../src/taskpane/state/store-failure';
import example from '../../../examples/stupino-2020-2024.program.json';
import { createToken, revokeToken } from '../../../src/server/auth/tokens';
import { MESSAGES, RETRYABLE } from '../../../src/taskpane/i18n/messages';
import { DEPARTMENT, startInProcessStore, STORE_URL, type InProcessStore } from './in-process-store';

let store: InProcessStore;
beforeAll(async () => {
  store = await startInProcessStore();
});
afterAll(async () => {
  await store.close();
});

function corrected(title: string): Program {
  const program = Program.parse(example);
  program.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
  return { ...program, title };
}

async function refusal(call: (client: StoreClient) => Promise<unknown>, token: string | null = store.tokens.submitter, baseUrl = STORE_URL): Promise<unknown> {
  const client = new StoreClient({ baseUrl, token: token ?? undefined, fetch: baseUrl === STORE_URL ? store.fetch : undefined, retries: 0 });
  try {
    await call(client);
  } catch (error) {
    return error;
  }
  throw new Error('the store accepted what it should refuse');
}

describe('the store\'s refusals, as the pane tells them', () => {
  test('422 validation_failed points at the errors of the store\'s report', async () => {
    const error = await refusal((c) => c.submit({ program: Program.parse(example), explanations: {} }));
    const failure = describeStoreFailure(error)!;
    expect(failure.kind).toBe('storeFoundErrors');
    expect(failure.keys!.map((k) => k.split(':')[0]).sort()).toEqual(['P003', 'P006']);
    expect(failure.detail!.ru).toMatch(/[а-я]/i);
  });

  test('422 unexplained_warnings points at the warnings it names', async () => {
    const program = corrected('Без пояснений');
    const warnings = checkProgram({ program }).findings.filter((f) => f.severity === 'warning').map((f) => f.key);
    const failure = describeStoreFailure(await refusal((c) => c.submit({ program, explanations: {} })))!;
    expect(failure.kind).toBe('unexplainedWarnings');
    expect([...failure.keys!].sort()).toEqual([...warnings].sort());
  });

  test.each([
    ['no token', null, 'storeUnauthorized'],
    ['an unknown token', 'svk_unknown', 'storeUnauthorized'],
  ])('401 with %s: check the token', async (_, token, kind) => {
    const failure = describeStoreFailure(await refusal((c) => c.listPrograms(), token))!;
    expect(failure).toMatchObject({ kind });
    expect(failure.keys).toBeUndefined();
  });

  test('403 for a reviewer pushing: a token of the right role is needed', async () => {
    const failure = describeStoreFailure(await refusal((c) => c.submit({ program: corrected('Проверяющий'), explanations: {} }), store.tokens.reviewer))!;
    expect(failure.kind).toBe('storeForbidden');
  });

  test('404 for a program the store does not have', async () => {
    expect(describeStoreFailure(await refusal((c) => c.listVersions('net-takoy-programmy')))!.kind).toBe('storeNotFound');
  });

  test('an unreachable store: the network message, with the address, in each language, without the browser\'s words', async () => {
    const failure = describeStoreFailure(await refusal((c) => c.listPrograms(), store.tokens.submitter, 'http://127.0.0.1:9'))!;
    expect(failure.kind).toBe('storeNetwork');
    expect(failure.detail).toEqual({ ru: 'Адрес хранилища: http://127.0.0.1:9', en: 'Store address: http://127.0.0.1:9' });
    expect(RETRYABLE.has('storeNetwork')).toBe(true);
  });

  test('a store that does not answer in time: its own message, and «Повторить»', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
    const client = new StoreClient({ baseUrl: 'http://store.slow', token: 'svk_x', fetch: never, retries: 0, timeoutMs: 20 });
    const failure = describeStoreFailure(await client.listPrograms().catch((e: unknown) => e))!;
    expect(failure.kind).toBe('storeTimeout');
    expect(RETRYABLE.has('storeTimeout')).toBe(true);
  });

  test.each([
    ['revoked', 'storeTokenRevoked'],
    ['expired', 'storeTokenExpired'],
  ] as const)('401 for a token %s: says so and whom to ask, without the store\'s details or a command line', async (reason, kind) => {
    const made = await createToken(store.database.db, { department: DEPARTMENT, role: 'submitter', expiresAt: reason === 'expired' ? '2020-01-01T00:00:00Z' : null });
    if (reason === 'revoked') await revokeToken(store.database.db, { tokenId: made.tokenId });
    const failure = describeStoreFailure(await refusal((c) => c.listPrograms(), made.token))!;
    expect(failure).toEqual({ kind, detail: null });
    for (const lang of ['ru', 'en'] as const) expect(MESSAGES[lang].failureHint[kind]).not.toMatch(/sverka|store token|command/i);
    expect(MESSAGES.ru.failureHint[kind]).toMatch(reason === 'revoked' ? /отозван/ : /истёк/);
    expect(MESSAGES.ru.failureHint[kind]).toMatch(/администратор/);
    expect(RETRYABLE.has(kind)).toBe(false);
  });

  test('«Повторить» only where a retry can succeed: not for missing explanations, errors, a refused token or settings', () => {
    for (const kind of ['unexplainedWarnings', 'storeFoundErrors', 'storeUnauthorized', 'storeForbidden', 'storeSettings', 'storeAddressInvalid', 'workbookHasErrors', 'storeConflict'] as const) {
      expect(RETRYABLE.has(kind)).toBe(false);
    }
  });

  test('an error that is not the store\'s is left to the workbook\'s advice', () => {
    expect(describeStoreFailure(new Error('The operation is not allowed in cell edit mode'))).toBeNull();
  });
});
