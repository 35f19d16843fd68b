// The Location of a stored submission is the version's address as the contract builds it
// (urls.version, programId URL-encoded), and following it finds the version just stored.
import { SubmissionAccepted } from '../../src/store/contract/submission';
import { urls } from '../../src/store/contract/routes';
import { acceptableBody, bearer, edition, makeTestStore, push, testTargets } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

skippedWithoutPostgres('Location of a submission');
describe.each(testTargets().map((t) => [t.name, t] as const))('Location of a submission on %s', (_name, target) => {
  test('is urls.version(programId, version) for the first and the second version, and leads to them', async () => {
    const store = await makeTestStore(target);
    try {
      const first = acceptableBody();
      const second = acceptableBody(edition(2));
      const seen: string[] = [];
      for (const body of [first, second]) {
        const res = await push(store, body);
        expect(res.statusCode).toBe(201);
        const accepted = SubmissionAccepted.parse(res.json());
        expect(res.headers.location).toBe(urls.version(accepted.programId, accepted.version));
        const stored = await store.app.inject({ method: 'GET', url: String(res.headers.location), headers: bearer(store.tokens.reviewer) });
        expect(stored.statusCode).toBe(200);
        expect(stored.json()).toMatchObject({ programId: accepted.programId, version: accepted.version, sha256: accepted.sha256 });
        seen.push(String(res.headers.location));
      }
      expect(seen.map((url) => url.split('/').pop())).toEqual(['1', '2']);
    } finally {
      await store.close();
    }
  });
});
