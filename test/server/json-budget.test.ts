// Bodies past the JSON shape budget are refused before schema validation: nesting past 64 levels (found
// in the text, before JSON.parse), an array or object past 10 000 items, more than 300 000 values; each
// 400 invalid_request in our shape naming the limit. Prototype keys stay refused, and a real push passes.
import { budgetFailure, JSON_BUDGET, nestsDeeperThan } from '../../src/server/json-body';
import { acceptableBody, countRows, makeTestStore, push, SUBMISSIONS, bearer, testTargets } from './store-fixture';

const [sqlite] = testTargets();

describe('the JSON shape budget', () => {
  test('nesting is found in the text, strings and escapes included', () => {
    expect(nestsDeeperThan('['.repeat(65) + ']'.repeat(65), 64)).toBe(true);
    expect(nestsDeeperThan('['.repeat(64) + ']'.repeat(64), 64)).toBe(false);
    expect(nestsDeeperThan(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 64)).toBe(false);
    expect(budgetFailure(Array(JSON_BUDGET.width + 1).fill(0))?.details).toEqual({ maxWidth: JSON_BUDGET.width });
    expect(budgetFailure(Array(JSON_BUDGET.width).fill(0))).toBeNull();
    expect(budgetFailure(Array.from({ length: 40 }, () => Array(9_000).fill(0)))?.details).toEqual({ maxValues: JSON_BUDGET.nodes });
  });

  test('over the store: 400 invalid_request naming the limit, nothing stored; prototype keys refused; a program passes', async () => {
    const store = await makeTestStore(sqlite);
    try {
      const raw = (payload: string) =>
        store.app.inject({ method: 'POST', url: SUBMISSIONS, payload, headers: { ...bearer(store.tokens.submitter), 'content-type': 'application/json', 'idempotency-key': `k-${Math.random()}` } });
      const deep = await raw('['.repeat(1_000_000) + ']'.repeat(1_000_000));
      expect([deep.statusCode, deep.json().error, deep.json().details]).toEqual([400, 'invalid_request', { maxDepth: 64 }]);
      const body = acceptableBody();
      const wide = await raw(JSON.stringify({ ...body, explanations: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`K${i}`, 'x'])) }));
      expect([wide.statusCode, wide.json().error, wide.json().details]).toEqual([400, 'invalid_request', { maxWidth: JSON_BUDGET.width }]);
      expect(wide.json().message).toMatch(/^Тело запроса не похоже на программу: объект из 20000 элементов, предел — 10000\.$/);
      // Hundreds of thousands of wrong items within the budget: described by the arrays' first items.
      const many = await raw(JSON.stringify({ ...body, program: { ...body.program, funding: { ...body.program.funding!, subprograms: Array.from({ length: 29 }, () => ({ title: 'x', sources: Array.from({ length: 10_000 }, () => ({})) })) } } }));
      expect([many.statusCode, many.json().error]).toEqual([400, 'invalid_request']);
      const paths: string[] = many.json().details.issues.map((i: { path: string }) => i.path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => /^\/program\/funding\/subprograms\/(1?\d)(\/|$)/.test(p))).toBe(true);
      // Wrong only past the first 20 items of an array: one issue saying so.
      const late = structuredClone(body);
      late.explanations = {};
      const subs = late.program.funding!.subprograms;
      const filler = Array.from({ length: 9_000 }, (_, i) => `x${i}`);
      const lateBody = {
        ...late,
        program: { ...late.program, passport: { ...late.program.passport!, subprograms: filler } },
        explanations: Object.fromEntries(filler.map((k) => [k, 'пояснение'])),
        basis: null,
      };
      lateBody.program.passport.fields = [...lateBody.program.passport.fields, ...filler.slice(0, 3_000).map((label) => ({ label, value: label }))];
      (lateBody.program.funding!.subprograms as unknown[]) = [...subs, ...Array(21).fill(subs[0]), 7];
      const farther = await raw(JSON.stringify(lateBody));
      expect([farther.statusCode, farther.json().error]).toEqual([400, 'invalid_request']);
      expect(farther.json().message).toMatch(/дальше первых 20 элементов/);
      const proto = await raw('{"program": {}, "__proto__": {"admin": true}}');
      expect([proto.statusCode, proto.json().error]).toEqual([400, 'malformed_json']);
      expect(await countRows(store.database, 'versions')).toBe(0);
      expect((await push(store, body)).statusCode).toBe(201);
    } finally {
      await store.close();
    }
  });
});
