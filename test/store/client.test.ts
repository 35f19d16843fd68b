// The client with a scripted fetch: retries with the same Idempotency-Key, errors as StoreApiError
// with the server's body, answers checked against the contract.
import { canonicalJson } from '../../src/store/canonical-json';
import { StoreApiError, StoreClient, StoreNetworkError, submissionText } from '../../src/store/client';
import type { LatestReview } from '../../src/store/contract/review';

const ACCEPTED = { programId: 'p-2020-2024', version: 3, sha256: 'a'.repeat(64), status: 'submitted', createdAt: '2026-11-29T06:00:00.000Z' };

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function scripted(steps: (() => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method ?? 'GET', headers: { ...(init?.headers as Record<string, string>) }, body: init?.body as string | undefined });
    const step = steps[calls.length - 1];
    if (!step) throw new Error('no more scripted answers');
    return step();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const networkDown = () => {
  throw new TypeError('fetch failed');
};
const program = { municipality: 'м', title: 'т', period: { from: 2020, to: 2024 }, passport: null, funding: null, indicators: null };

describe('StoreClient', () => {
  test('a push that meets network failures is retried with the same Idempotency-Key and body', async () => {
    const { calls, fetchImpl } = scripted([networkDown, networkDown, () => json(201, ACCEPTED)]);
    const client = new StoreClient({ baseUrl: 'http://store.local:8787/', token: 'svk_x', fetch: fetchImpl, retryDelayMs: 1 });
    // An answer without basis and existing (a store older than them) reads as a new version without a basis.
    await expect(client.submit({ program, explanations: {} }, 'key-1')).resolves.toEqual({ ...ACCEPTED, basis: null, existing: false });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set(['key-1']));
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect(calls[0]).toMatchObject({ url: 'http://store.local:8787/api/v1/submissions', method: 'POST' });
    expect(calls[0].headers.authorization).toBe('Bearer svk_x');
  });

  test('without a key of its own, a push gets a fresh key used by all its retries', async () => {
    const { calls, fetchImpl } = scripted([() => new Response('bad gateway', { status: 502 }), () => json(201, ACCEPTED)]);
    const client = new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl, retryDelayMs: 1 });
    await client.submit({ program, explanations: {} });
    expect(calls[0].headers['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(calls[1].headers['idempotency-key']).toBe(calls[0].headers['idempotency-key']);
  });

  test('a replay (Idempotent-Replayed) is told only when it answers the first attempt: after a lost answer it is this push\'s own', async () => {
    const replay = () => new Response(JSON.stringify(ACCEPTED), { status: 201, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' } });
    const first = scripted([replay]);
    const told = await new StoreClient({ baseUrl: 'http://s', fetch: first.fetchImpl, retryDelayMs: 1 }).submitTold({ program, explanations: {} }, 'k');
    expect(told.replayed).toBe(true);
    // The first attempt reached the store and was stored, its answer lost: the retry's replay is this push's answer.
    const lost = scripted([networkDown, replay]);
    const retried = await new StoreClient({ baseUrl: 'http://s', fetch: lost.fetchImpl, retryDelayMs: 1 }).submitTold({ program, explanations: {} }, 'k');
    expect([retried.replayed, lost.calls.length]).toEqual([false, 2]);
    // The same for a report, after a gateway timeout.
    const reportAccepted = { programId: 'p-2020-2024', period: '2021-Q1', version: 1, programVersion: 3, sha256: 'b'.repeat(64), status: 'submitted', createdAt: ACCEPTED.createdAt, existing: false };
    const reportReplay = () => new Response(JSON.stringify(reportAccepted), { status: 201, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' } });
    const report = {} as Parameters<StoreClient['pushReportTold']>[0];
    const gateway = scripted([() => new Response('gateway timeout', { status: 504 }), reportReplay]);
    expect(await new StoreClient({ baseUrl: 'http://s', fetch: gateway.fetchImpl, retryDelayMs: 1 }).pushReportTold(report, 'k')).toEqual({ accepted: reportAccepted, replayed: false });
    expect((await new StoreClient({ baseUrl: 'http://s', fetch: scripted([reportReplay]).fetchImpl }).pushReportTold(report, 'k')).replayed).toBe(true);
    const plain = scripted([() => json(201, ACCEPTED)]);
    expect((await new StoreClient({ baseUrl: 'http://s', fetch: plain.fetchImpl }).submitTold({ program, explanations: {} }, 'k')).replayed).toBe(false);
  });

  test('after the last retry the failure is a StoreNetworkError saying the store cannot be reached', async () => {
    const { calls, fetchImpl } = scripted([networkDown, networkDown]);
    const client = new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl, retries: 1, retryDelayMs: 1 });
    await expect(client.submit({ program, explanations: {} })).rejects.toThrow(StoreNetworkError);
    expect(calls).toHaveLength(2);
  });

  test('a refusal is not retried and comes as StoreApiError with the store’s body', async () => {
    const refusal = { error: 'unexplained_warnings', message: 'Нужны пояснения', messageEn: 'Explanations needed', details: { programId: 'p', missing: ['I006:x'] } };
    const { calls, fetchImpl } = scripted([() => json(422, refusal)]);
    const client = new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl });
    const error = await client.submit({ program, explanations: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreApiError);
    expect((error as StoreApiError).status).toBe(422);
    expect((error as StoreApiError).body).toEqual(refusal);
    expect(calls).toHaveLength(1);
  });

  test('an error answer that is not API JSON still becomes a StoreApiError with the status', async () => {
    const { fetchImpl } = scripted([() => new Response('<html>502</html>', { status: 500 })]);
    const error = (await new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl }).listPrograms().catch((e: unknown) => e)) as StoreApiError;
    expect(error.status).toBe(500);
    expect(error.body.error).toBe('internal_error');
  });

  test('an answer outside the contract is refused', async () => {
    const { fetchImpl } = scripted([() => json(201, { programId: 'p', version: 'three' })]);
    await expect(new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl }).submit({ program, explanations: {} })).rejects.toThrow(/API v1/);
  });

  test('a review is sent once, never retried', async () => {
    const { calls, fetchImpl } = scripted([networkDown]);
    const client = new StoreClient({ baseUrl: 'http://s', token: 't', fetch: fetchImpl, retryDelayMs: 1 });
    await expect(client.review('p', 1, { decision: 'accepted', comment: '' })).rejects.toThrow(StoreNetworkError);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('http://s/api/v1/programs/p/versions/1/review');
  });

  test('version lists of a store one release older (no lastReview) are read with lastReview null', async () => {
    const summary = { version: 1, sha256: 'b'.repeat(64), createdAt: '2026-11-29T06:00:00.000Z', department: 'Финансовое управление', tokenId: 'tok_1', summary: { error: 0, warning: 1, info: 0 }, status: 'submitted', reviews: 0 };
    const { fetchImpl } = scripted([
      () => json(200, { programId: 'p', versions: [{ ...summary, basis: null }] }),
      () => json(200, { programId: 'p', period: '2021-Q1', versions: [{ ...summary, programVersion: 1 }] }),
    ]);
    const client = new StoreClient({ baseUrl: 'http://s', fetch: fetchImpl });
    const programs = await client.listVersions('p');
    expect(programs.versions).toEqual([{ ...summary, basis: null, lastReview: null }]);
    const reports = await client.listReportVersions('p', '2021-Q1');
    expect(reports.versions).toEqual([{ ...summary, programVersion: 1, lastReview: null }]);
    // The type the pane reads stays «a review or null» (not optional).
    const lastReview: LatestReview | null = programs.versions[0].lastReview;
    expect(lastReview).toBeNull();
  });
});

describe('submissionText', () => {
  test('the program first, in canonical JSON; the same value as JSON.stringify of the body', () => {
    const body = { explanations: { 'I006:x': 'пояснение' }, program: { ...program, period: { to: 2024, from: 2020 } }, basis: 'Постановление' };
    const text = submissionText(body);
    expect(text.startsWith(`{"program":${canonicalJson(body.program)},`)).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(body)));
  });

  test('a body of the program alone; what JSON.stringify leaves out or converts, left out or converted', () => {
    const odd = { ...program, title: undefined, when: new Date(0), list: [undefined, 1] };
    const text = submissionText({ program: odd } as never);
    expect(text).toBe(`{"program":${canonicalJson(JSON.parse(JSON.stringify(odd)))}}`);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ program: odd })));
  });

  test('submit sends it', async () => {
    const { calls, fetchImpl } = scripted([() => json(201, ACCEPTED)]);
    const client = new StoreClient({ baseUrl: 'http://store', token: 't', fetch: fetchImpl });
    const body = { program, explanations: {} };
    await client.submit(body, 'key-1');
    expect(calls[0].body).toBe(submissionText(body));
  });
});
