// The part of a push prepared without the database (src/server/submissions/prepare-submission.ts): the
// payload it hands over is the canonical JSON's UTF-8, in an ArrayBuffer of its own whatever its length
// (so that a check worker moves it to the database thread instead of copying Node's shared buffer pool).
import { createHash } from 'node:crypto';
import { prepareSubmission } from '../../src/server/submissions/prepare-submission';
import { ReportCache } from '../../src/server/submissions/report-cache';
import { canonicalJson } from '../../src/store/canonical-json';
import { acceptableBody } from './store-fixture';

function prepared(body: unknown) {
  const outcome = prepareSubmission({ json: Buffer.from(JSON.stringify(body), 'utf8') }, new ReportCache());
  if (!outcome.ok) throw new Error(outcome.failure.en);
  return outcome.prepared;
}

describe('prepared payload', () => {
  test.each([
    // A few hundred bytes: Buffer.from would cut them from the shared pool.
    ['short', { program: { municipality: 'городского округа Ступино', title: 'Тест', period: { from: 2020, to: 2024 }, passport: null, funding: null, indicators: null } }],
    // Characters of 1, 2, 3 and 4 bytes in UTF-8 (the last a surrogate pair: 2 UTF-16 units).
    ['of every UTF-8 length', { program: { municipality: 'городского округа Ступино', title: 'Test Тест № 1 🏛', period: { from: 2020, to: 2024 }, passport: null, funding: null, indicators: null } }],
    ['the worked example', acceptableBody()],
  ])('%s: the canonical JSON as UTF-8, alone in its buffer, hashed as the version sha256', (_name, body) => {
    const { payload, sha256 } = prepared(body);
    // At the start of a buffer no other bytes share (not Node's pool), so that a worker can hand it over.
    expect(payload.byteOffset).toBe(0);
    expect(payload.buffer).not.toBe(Buffer.from('a short text from the pool').buffer);
    const handedOver = structuredClone(payload, { transfer: [payload.buffer as ArrayBuffer] });
    expect(payload.byteLength).toBe(0);
    const received = Buffer.from(handedOver.buffer, handedOver.byteOffset, handedOver.byteLength);
    const text = canonicalJson((body as { program: unknown }).program);
    expect(received.toString('utf8')).toBe(text);
    expect(sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
