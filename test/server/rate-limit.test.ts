// The rate limit counts requests per client address, whatever token they carry: made-up tokens do not
// each get a budget (and, refused at the limit, do not each write an audit row). The 429 tells a
// person, in Russian, how many seconds to wait, the same number as Retry-After.
import { ApiError } from '../../src/store/contract/api-error';
import { DEFAULT_RATE_LIMIT } from '../../src/server/app';
import { bearer, countRows, makeTestStore, testTargets } from './store-fixture';

const PROGRAMS = '/api/v1/programs';

describe('the rate limit, per client address', () => {
  test('seven requests with seven made-up tokens from one address: the 6th and 7th get 429; the five refusals are one audit row and one summary', async () => {
    const store = await makeTestStore(testTargets()[0], { rateLimit: 5 });
    try {
      const auditBefore = await countRows(store.database, 'audit_log');
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await store.app.inject({ method: 'GET', url: PROGRAMS, headers: bearer(`svk_made-up-token-${'x'.repeat(24)}-${i}`) });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      // Changed with issue 11: the first refusal of an address in a minute is written at once, the rest summed up after the minute.
      expect((await countRows(store.database, 'audit_log')) - auditBefore).toBe(1);
      await store.app.auditThrottle.flush();
      const rows = await store.database.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'auth.denied').orderBy('at').execute();
      expect(rows).toHaveLength(2);
      expect(JSON.parse(rows[1].details!)).toMatchObject({ repeats: 4, kinds: { unauthorized: 4 } });
    } finally {
      await store.close();
    }
  });

  test('real tokens of one address share its budget; another address has its own', async () => {
    const store = await makeTestStore(testTargets()[0], { rateLimit: 3 });
    try {
      const from = (remoteAddress: string, token: string) => store.app.inject({ method: 'GET', url: PROGRAMS, headers: bearer(token), remoteAddress });
      const first = [];
      for (const token of [store.tokens.reviewer, store.tokens.submitter, store.tokens.admin, store.tokens.otherSubmitter]) first.push((await from('10.0.0.7', token)).statusCode);
      expect(first).toEqual([200, 200, 200, 429]);
      expect((await from('10.0.0.8', store.tokens.reviewer)).statusCode).toBe(200);
    } finally {
      await store.close();
    }
  });

  test('the 429 says in Russian how many seconds to wait, the same number as Retry-After', async () => {
    const store = await makeTestStore(testTargets()[0], { rateLimit: 1 });
    try {
      await store.app.inject({ method: 'GET', url: PROGRAMS, headers: bearer(store.tokens.reviewer) });
      const res = await store.app.inject({ method: 'GET', url: PROGRAMS, headers: bearer(store.tokens.reviewer) });
      expect(res.statusCode).toBe(429);
      const error = ApiError.parse(res.json());
      const seconds = Number(res.headers['retry-after']);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(error).toEqual({
        error: 'rate_limited',
        message: `Слишком много запросов (не более 1 в минуту); повторите через ${seconds} с.`,
        messageEn: `Too many requests (at most 1 a minute); retry in ${seconds} s.`,
        details: { max: 1, retryAfter: seconds },
      });
    } finally {
      await store.close();
    }
  });

  test('the default leaves room for the documented benchmark: 16 clients on one loopback address at ~800 submissions/s', () => {
    expect(DEFAULT_RATE_LIMIT).toBeGreaterThanOrEqual(800 * 60 * 2);
  });
});
