// Pushed programs read and re-validated in worker threads (src/server/submissions/check-pool.ts): the
// same answers as in the event loop's thread (accepted, refused, malformed, over budget, idempotent
// replays), a worker that dies answered 503 in Russian for the check it ran only (the checks waiting
// behind it answered by the worker started again), a check that never ends stopped, a worker that cannot
// start again neither restarted in a hot loop nor waited for forever, the pool bounded and each push
// released once, and the workers stopped when the store closes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AHEAD_MAX_BODY_BYTES, CheckPool, WORKER_FAILURES_BEFORE_GIVING_UP, type WorkerScript } from '../../src/server/submissions/check-pool';
import { faultyStartFailsFile, faultyStartStallsFile } from './fixtures/faulty-check-worker';
import { ApiError } from '../../src/store/contract/api-error';
import { SubmissionAccepted } from '../../src/store/contract/submission';
import { acceptableBody, bearer, countRows, edition, makeTestStore, publishedExample, testTargets, type TestStore, type TestTarget } from './store-fixture';

const FAULTY: WorkerScript = { file: join(__dirname, 'fixtures/faulty-check-worker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')] };
const sqlite = testTargets()[0];

function post(store: TestStore, payload: string | object, headers: Record<string, string> = {}) {
  return store.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

/** The body with `text` in its passport's first line (JSON.stringify writes U+0000 and lone surrogates as \\u escapes). */
function withText(body: ReturnType<typeof acceptableBody>, text: string): ReturnType<typeof acceptableBody> {
  body.program.passport!.fields[0].value += text;
  return body;
}

/** Bodies whose answers must not depend on where the check runs. */
function cases(): [string, string | object, Record<string, string>][] {
  const refused = acceptableBody(publishedExample());
  const unexplained = { program: edition(2), explanations: {} };
  return [
    ['accepted', acceptableBody(edition(1)), { 'idempotency-key': 'k-1' }],
    ['replayed', acceptableBody(edition(1)), { 'idempotency-key': 'k-1' }],
    ['idempotency conflict', acceptableBody(edition(3)), { 'idempotency-key': 'k-1' }],
    ['the same as the latest version', acceptableBody(edition(1)), {}],
    ['errors', refused, {}],
    ['unexplained warnings', unexplained, {}],
    ['unnamed', { program: { ...edition(4), title: '' }, explanations: {} }, {}],
    ['malformed JSON', '{"program": ', {}],
    ['__proto__', '{"__proto__": {"x": 1}, "program": {}}', {}],
    ['too deep', '['.repeat(100) + ']'.repeat(100), {}],
    ['not a program', { program: { title: 5 } }, {}],
    ['a bad header after a good body', acceptableBody(edition(5)), { 'idempotency-key': 'ключ' }],
    ['a bad body and a bad header', { program: 1 }, { 'idempotency-key': 'ключ' }],
    ['empty', '', {}],
    ['U+0000 in a text', withText(acceptableBody(edition(6)), 'до\u0000после'), {}],
    ['a lone surrogate in a text', withText(acceptableBody(edition(7)), 'до\ud800после'), {}],
    ['a surrogate pair in a text', withText(acceptableBody(edition(8)), 'до \ud83d\ude00 после'), {}],
  ];
}

/** A body in a buffer of its own, as the route's are: moved to the worker, not copied. */
function own(body: object): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify(body)));
}

const CRASH = () => own({ program: 'WORKER-CRASH' });

/** What each check came to: true/false (its outcome's ok) or its refusal's Russian message. */
function answers(outcomes: PromiseSettledResult<{ ok: boolean }>[]): (boolean | string)[] {
  return outcomes.map((o) => (o.status === 'fulfilled' ? o.value.ok : String((o.reason as { messageRu?: string }).messageRu ?? o.reason)));
}

/**
 * A pool whose workers die loading as often as `failStarts(n)` says (the fixture's counter of starts to
 * fail); `startsFailedLeft()` reads what is left of it.
 */
async function poolFailingStarts(run: (pool: CheckPool, failStarts: (n: number) => void, startsFailedLeft: () => number) => Promise<void>): Promise<void> {
  const counter = faultyStartFailsFile();
  writeFileSync(counter, '0');
  const pool = new CheckPool(1, { script: FAULTY, onWorkerError: () => undefined });
  try {
    await pool.ready();
    await run(
      pool,
      (n) => writeFileSync(counter, String(n)),
      () => Number(readFileSync(counter, 'utf8')),
    );
  } finally {
    await pool.close();
    rmSync(counter, { force: true });
  }
}

describe('the check pool', () => {
  test('answers every body as the event loop thread does, status, headers and body alike', async () => {
    const inline = await makeTestStore(sqlite, { checkWorkers: 0 });
    const pooled = await makeTestStore(sqlite, { checkWorkers: 2 });
    try {
      for (const [name, payload, headers] of cases()) {
        const a = await post(inline, payload, headers);
        const b = await post(pooled, payload, headers);
        const strip = (body: string) => body.replace(/"createdAt":"[^"]+"/g, '"createdAt":"…"');
        expect({ name, status: b.statusCode, body: strip(b.body) }).toEqual({ name, status: a.statusCode, body: strip(a.body) });
        expect({ name, replayed: b.headers['idempotent-replayed'], location: b.headers.location }).toEqual({ name, replayed: a.headers['idempotent-replayed'], location: a.headers.location });
        if (a.statusCode >= 400) expect(ApiError.parse(b.json()).error).toBe(ApiError.parse(a.json()).error);
      }
      for (const table of ['programs', 'versions', 'idempotency_keys', 'audit_log'] as const) expect(await countRows(pooled.database, table)).toBe(await countRows(inline.database, table));
    } finally {
      await inline.close();
      await pooled.close();
    }
  }, 120_000);

  test('a worker that dies: its push is answered 503 in Russian, nothing is stored, and the next push is checked by a new worker', async () => {
    const store = await makeTestStore(sqlite, { checkWorkers: 1, checkWorkerScript: FAULTY });
    try {
      const crash = withText(acceptableBody(edition(1)), ' WORKER-CRASH');
      const res = await post(store, crash);
      expect(res.statusCode).toBe(503);
      const body = ApiError.parse(res.json());
      expect(body.error).toBe('unavailable');
      expect(body.message).toMatch(/сбой проверяющего потока/);
      expect(res.headers['retry-after']).toBe('1');
      expect(await countRows(store.database, 'versions')).toBe(0);

      const next = await post(store, acceptableBody(edition(2)));
      expect(next.statusCode).toBe(201);
      expect(SubmissionAccepted.parse(next.json()).version).toBe(1);
    } finally {
      await store.close();
    }
  }, 120_000);

  test('a worker that dies on a check fails that check only: the checks waiting behind it go to the new worker and are answered', async () => {
    const errors: unknown[] = [];
    const pool = new CheckPool(1, { script: FAULTY, onWorkerError: (error) => errors.push(error) });
    try {
      await pool.ready();
      const [before] = pool.threadIds();
      // The last one too large to be sent ahead of its turn: padded with whitespace past AHEAD_MAX_BODY_BYTES.
      const large = new Uint8Array(Buffer.from(JSON.stringify(acceptableBody(edition(3))) + ' '.repeat(AHEAD_MAX_BODY_BYTES)));
      const bodies = [CRASH(), own(acceptableBody(edition(1))), own(acceptableBody(edition(2))), own({ program: 1 }), large];
      const outcomes = await Promise.allSettled(bodies.map((json) => pool.prepare({ json })));
      expect(answers(outcomes)).toEqual([expect.stringMatching(/сбой проверяющего потока/), true, true, false, true]);
      expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'unavailable', status: 503 } });
      // The crash's body was moved to the worker, the next three sent ahead (copies). Of these the first was sent
      // again to the new worker (moved), the other two ahead again (copies); the large one was moved in its turn.
      expect(bodies.map((b) => b.byteLength > 0)).toEqual([false, false, true, true, false]);
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
      expect(pool.threadIds()[0]).not.toBe(before);
      expect(errors.map(String)).toEqual([expect.stringMatching(/exited \(70\)/)]);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('through the route: one push that crashes the worker is answered 503, the pushes sent with it are stored', async () => {
    const store = await makeTestStore(sqlite, { checkWorkers: 1, checkWorkerScript: FAULTY });
    try {
      const crash = withText(acceptableBody(edition(1)), ' WORKER-CRASH');
      const sent = await Promise.all([post(store, crash), post(store, acceptableBody(edition(2))), post(store, acceptableBody(edition(3)))]);
      expect(sent.map((r) => r.statusCode)).toEqual([503, 201, 201]);
      expect(ApiError.parse(sent[0].json()).message).toMatch(/сбой проверяющего потока/);
      expect(await countRows(store.database, 'versions')).toBe(2);
    } finally {
      await store.close();
    }
  }, 120_000);

  test('a check that never ends is stopped after the job timeout (503), and the pool goes on', async () => {
    const pool = new CheckPool(1, { script: FAULTY, jobTimeoutMs: 3000 });
    try {
      await pool.ready();
      const [before] = pool.threadIds();
      const hang = Buffer.from(JSON.stringify(acceptableBody(edition(1))).replace('Редакция 1.', 'WORKER-HANG'));
      await expect(pool.prepare({ json: hang })).rejects.toMatchObject({ code: 'unavailable', status: 503, messageRu: expect.stringMatching(/дольше 3 с/) });
      // The new worker loads its code (through tsx here) before the next check's clock starts.
      await pool.ready();
      const ok = await pool.prepare({ json: Buffer.from(JSON.stringify(acceptableBody(edition(2)))) });
      expect(ok.ok).toBe(true);
      expect(pool.threadIds()[0]).not.toBe(before);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a check stopped for time fails alone: the checks waiting behind it go to the new worker and are answered', async () => {
    const pool = new CheckPool(1, { script: FAULTY, jobTimeoutMs: 2000, onWorkerError: () => undefined });
    try {
      await pool.ready();
      const bodies = [own({ program: 'WORKER-HANG' }), own(acceptableBody(edition(1))), own(acceptableBody(edition(2)))];
      const outcomes = await Promise.allSettled(bodies.map((json) => pool.prepare({ json })));
      expect(answers(outcomes)).toEqual([expect.stringMatching(/дольше 2 с/), true, true]);
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a worker started again that dies loading: the checks that waited are answered once one loads', async () => {
    await poolFailingStarts(async (pool, failStarts, startsFailedLeft) => {
      // The crash's restart dies loading; the one after it (started after a pause) loads.
      failStarts(1);
      const outcomes = await Promise.allSettled([CRASH(), own(acceptableBody(edition(1))), own(acceptableBody(edition(2)))].map((json) => pool.prepare({ json })));
      expect(answers(outcomes)).toEqual([expect.stringMatching(/сбой проверяющего потока/), true, true]);
      expect(startsFailedLeft()).toBe(0);
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
    });
  }, 120_000);

  test('a worker started again whose load stalls (never ready, never exits) is given up after the time limit: the check waiting is answered by the next one', async () => {
    const stalls = faultyStartStallsFile();
    writeFileSync(stalls, '0');
    const errors: unknown[] = [];
    const pool = new CheckPool(1, { script: FAULTY, jobTimeoutMs: 1500, onWorkerError: (error) => errors.push(error) });
    try {
      await pool.ready();
      // The crash's restart stalls as it loads; the one after it loads.
      writeFileSync(stalls, '1');
      await expect(pool.prepare({ json: CRASH() })).rejects.toMatchObject({ code: 'unavailable', messageRu: expect.stringMatching(/сбой проверяющего потока/) });
      const started = Date.now();
      const outcome = await pool.prepare({ json: own(acceptableBody(edition(1))) });
      expect(outcome.ok).toBe(true);
      // Answered after the stalled load's time limit and a restart, not after a stalled check's one only.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
      expect(Number(readFileSync(stalls, 'utf8'))).toBe(0);
      expect(errors.map(String)).toEqual([expect.stringMatching(/exited/), expect.stringMatching(/did not load in 1500 ms/)]);
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
    } finally {
      await pool.close();
      rmSync(stalls, { force: true });
    }
  }, 60_000);

  test('a worker that cannot start again: the checks waiting are answered 503 after a few tries, restarts slow down, closing answers the last ones', async () => {
    await poolFailingStarts(async (pool, failStarts, startsFailedLeft) => {
      failStarts(1000);
      const outcomes = await Promise.allSettled([CRASH(), own(acceptableBody(edition(1))), own(acceptableBody(edition(2)))].map((json) => pool.prepare({ json })));
      const unusable = expect.stringMatching(/падает раз за разом/);
      expect(answers(outcomes)).toEqual([expect.stringMatching(/сбой проверяющего потока/), unusable, unusable]);
      // The crash, then starts that died loading, up to the limit: that many workers tried, no more.
      expect(1000 - startsFailedLeft()).toBe(WORKER_FAILURES_BEFORE_GIVING_UP - 1);
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });

      // A check sent now waits for the next start, which dies too: it is answered, not left waiting.
      await expect(pool.prepare({ json: own(acceptableBody(edition(3))) })).rejects.toMatchObject({ code: 'unavailable', status: 503, messageRu: unusable });
      // Not a hot loop: restarts wait 0.8, 1.6, 3.2, 5 s now.
      const tried = 1000 - startsFailedLeft();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(1000 - startsFailedLeft() - tried).toBeLessThanOrEqual(2);

      const waiting = pool.prepare({ json: own(acceptableBody(edition(4))) });
      await pool.close();
      await expect(waiting).rejects.toMatchObject({ code: 'unavailable', messageRu: expect.stringMatching(/останавливается/) });
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
    });
  }, 120_000);

  test('pushes that come one by one are moved to the worker, never copied', async () => {
    const pool = new CheckPool(1, { script: FAULTY });
    try {
      await pool.ready();
      for (const n of [1, 2, 3]) {
        const json = own(acceptableBody(edition(n)));
        expect((await pool.prepare({ json })).ok).toBe(true);
        expect(json.byteLength).toBe(0);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('the time limit is a check\'s own: checks that wait behind long ones are not stopped, nor is their worker', async () => {
    // Three checks of 1.5 s each sent at once to one worker with a 2.5 s limit: each runs 1.5 s, the last ends at 4.5 s.
    const pool = new CheckPool(1, { script: FAULTY, jobTimeoutMs: 2500 });
    try {
      await pool.ready();
      const [before] = pool.threadIds();
      const slow = (n: number) => Buffer.from(JSON.stringify(acceptableBody(edition(n))).replace(`Редакция ${n}.`, 'WORKER-SLOW-1500'));
      const outcomes = await Promise.allSettled([1, 2, 3].map((n) => pool.prepare({ json: slow(n) })));
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.ok : (o.reason as Error).message))).toEqual([true, true, true]);
      expect(pool.threadIds()).toEqual([before]);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a worker waiting to be started again (after crashes) is not given new checks while another runs', async () => {
    const pool = new CheckPool(2, { script: FAULTY });
    try {
      await pool.ready();
      const running = pool.threadIds()[1];
      const crash = Buffer.from(JSON.stringify({ program: 'WORKER-CRASH' }));
      // Two crashes in a row (both taken by the first slot, the least busy and first): its restart now waits.
      for (let i = 0; i < 2; i++) await expect(pool.prepare({ json: crash })).rejects.toMatchObject({ code: 'unavailable' });
      const who = await pool.prepare({ json: Buffer.from(JSON.stringify({ program: 'WORKER-WHO' })) });
      expect(who).toMatchObject({ ok: false, failure: { ru: String(running) } });
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('checks waiting for a worker whose restart waits (after two failures) go to another slot whose worker runs', async () => {
    const pool = new CheckPool(2, { script: FAULTY, onWorkerError: () => undefined });
    try {
      await pool.ready();
      const [, other] = pool.threadIds();
      const slow = (n: number) => Buffer.from(JSON.stringify(acceptableBody(edition(n))).replace(`Редакция ${n}.`, 'WORKER-SLOW-1000'));
      // Each to the least busy slot, the first on ties: the first slot gets two crashes and, behind them, WORKER-WHO.
      const sent = [CRASH(), slow(1), CRASH(), slow(2), own({ program: 'WORKER-WHO' })].map((json) => pool.prepare({ json }));
      const outcomes = await Promise.allSettled(sent);
      const crashed = expect.stringMatching(/сбой проверяющего потока/);
      expect(answers(outcomes)).toEqual([crashed, true, crashed, true, false]);
      // Answered by the second slot's worker, not by the first's, which starts again only 200 ms after its second crash.
      expect(await sent[4]).toMatchObject({ ok: false, failure: { ru: String(other) } });
      expect(pool.held()).toEqual({ pending: 0, bytes: 0 });
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('bounded: past its pending limit a push is refused 503 at once; closing answers what waits and stops the workers', async () => {
    const pool = new CheckPool(1, { script: FAULTY, maxPending: 1 });
    await pool.ready();
    const hang = Buffer.from(JSON.stringify({ program: 'WORKER-HANG' }));
    const waiting = pool.prepare({ json: hang }).then(
      () => null,
      (error: unknown) => error,
    );
    await expect(pool.prepare({ json: Buffer.from('{}') })).rejects.toMatchObject({ code: 'unavailable', messageRu: expect.stringMatching(/перегружено/) });
    await pool.close();
    expect(await waiting).toMatchObject({ code: 'unavailable', messageRu: expect.stringMatching(/останавливается/) });
    await expect(pool.prepare({ json: Buffer.from('{}') })).rejects.toMatchObject({ code: 'unavailable' });
  }, 60_000);

  test('a worker whose code cannot load keeps the store from starting, with the reason; its database is closed and removed', async () => {
    const missing: WorkerScript = { file: join(__dirname, 'fixtures/no-such-worker.js'), execArgv: [] };
    let dataDir = '';
    const watched: TestTarget = {
      name: sqlite.name,
      make() {
        const made = sqlite.make();
        if (made.target.kind === 'sqlite') dataDir = made.target.dataDir;
        return made;
      },
    };
    await expect(makeTestStore(watched, { checkWorkers: 1, checkWorkerScript: missing })).rejects.toThrow(/no-such-worker|Cannot find module/);
    expect(dataDir).not.toBe('');
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});
