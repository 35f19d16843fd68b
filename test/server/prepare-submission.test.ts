// The part of a push prepared without the database (src/server/submissions/prepare-submission.ts): the
// payload it hands over is the canonical JSON's UTF-8, in an ArrayBuffer of its own whatever its length
// (so that a check worker moves it to the database thread instead of copying Node's shared buffer pool);
// when the body brings the program in canonical JSON (the store's client: submissionText), the payload is
// those bytes of the body, and only when they are certainly what the store would write.
import { createHash } from 'node:crypto';
import { JSON_BUDGET, nestsDeeperThan } from '../../src/server/json-body';
import { parseSubmissionBody, prepareSubmission } from '../../src/server/submissions/prepare-submission';
import { ReportCache } from '../../src/server/submissions/report-cache';
import { canonicalJson } from '../../src/store/canonical-json';
import { submissionText } from '../../src/store/client';
import { Program } from '../../src/domain/model/program';
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

describe('a program sent in canonical JSON', () => {
  const body = acceptableBody();

  function preparedFrom(text: string | Buffer) {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    // A buffer of its own, as a worker receives it.
    const input = new Uint8Array(bytes.byteLength);
    input.set(bytes);
    const outcome = prepareSubmission({ json: input }, new ReportCache());
    if (!outcome.ok) throw new Error(outcome.failure.en);
    return { prepared: outcome.prepared, asSent: outcome.prepared.payload.buffer === input.buffer };
  }

  /** What the store keeps whatever way the body came: the canonical JSON of the program zod reads. */
  function expectStored(prepared: ReturnType<typeof preparedFrom>['prepared'], program: unknown) {
    const text = canonicalJson(Program.parse(program));
    expect(Buffer.from(prepared.payload.buffer, prepared.payload.byteOffset, prepared.payload.byteLength).toString('utf8')).toBe(text);
    expect(prepared.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  }

  test('the client’s body: the program’s bytes as they came, the same version and request hashes as JSON.stringify’s body', () => {
    const text = submissionText(body);
    expect(text.startsWith(`{"program":${canonicalJson(body.program)},`)).toBe(true);
    const fast = preparedFrom(text);
    const slow = preparedFrom(JSON.stringify(body));
    expect(fast.asSent).toBe(true);
    expect(slow.asSent).toBe(false);
    expectStored(fast.prepared, body.program);
    expect(fast.prepared.sha256).toBe(slow.prepared.sha256);
    expect(fast.prepared.requestSha).toBe(slow.prepared.requestSha);
    expect(fast.prepared.checked).toEqual(slow.prepared.checked);
    // Handed over as a worker does: the body's whole buffer moves, the view says where the program is.
    const { payload } = fast.prepared;
    const handedOver = structuredClone(payload, { transfer: [payload.buffer as ArrayBuffer] });
    expect(Buffer.from(handedOver.buffer, handedOver.byteOffset, handedOver.byteLength).toString('utf8')).toBe(canonicalJson(body.program));
  });

  test('characters of 1-4 UTF-8 bytes before and after the program', () => {
    const program = { ...body.program, title: `${body.program.title} № 1 🏛` };
    const text = submissionText({ program, explanations: { ...body.explanations, 'X:🏛': 'пояснение 🏛 №' }, basis: 'Постановление № 5 🏛' });
    const { prepared, asSent } = preparedFrom(text);
    expect(asSent).toBe(true);
    expectStored(prepared, program);
  });

  const canonical = canonicalJson(body.program);
  const rest = JSON.stringify({ explanations: body.explanations }).slice(1);
  test.each([
    ['the program not first', `{"explanations":${JSON.stringify(body.explanations)},"program":${canonical}}`, body.program],
    ['a second "program" key (the last counts)', `{"program":${canonical},"program":${JSON.stringify(body.program)},${rest}`, body.program],
    [
      'a second "program" key written with an escape',
      `{"program":${canonicalJson({ ...body.program, title: 'первая' })},"progr\u0061m":${canonical},${rest}`,
      body.program,
    ],
    ['a key zod leaves out', `{"program":${canonicalJson({ ...body.program, zzz: 1 })},${rest}`, body.program],
    ['a key zod leaves out, deeper', `{"program":${canonicalJson({ ...body.program, period: { ...body.program.period, extra: true } })},${rest}`, body.program],
    ['a number not written canonically', `{"program":${canonical.replace(/"from":(\d+)/, '"from":$1.0')},${rest}`, body.program],
    ['whitespace', `{"program": ${canonical},${rest}`, body.program],
  ])('%s: the store writes the canonical JSON itself', (_name, text, program) => {
    const { prepared, asSent } = preparedFrom(text);
    expect(asSent).toBe(false);
    expectStored(prepared, program);
  });

  test('a U+FFFD written as UTF-8 in the program (not a bad byte): the bytes as they came, as the store writes them', () => {
    const program = { ...body.program, title: `${body.program.title} \uFFFD` };
    const { prepared, asSent } = preparedFrom(submissionText({ ...body, program }));
    expect(asSent).toBe(true);
    expectStored(prepared, program);
  });

  test('a backslash before "u0000" in the program’s text is no escape: kept as sent; a \\u0000 escape after the program is refused as before', () => {
    const program = { ...body.program, title: `${body.program.title} \\u0000 \\uD800` };
    const { prepared, asSent } = preparedFrom(submissionText({ ...body, program }));
    expect(asSent).toBe(true);
    expectStored(prepared, program);
    const escaped = { ...body, explanations: { ...body.explanations, 'X:y': 'a\u0000b' } };
    const fast = parseSubmissionBody({ json: Buffer.from(submissionText(escaped), 'utf8') });
    const slow = parseSubmissionBody({ json: Buffer.from(JSON.stringify(escaped), 'utf8') });
    expect(fast.ok).toBe(false);
    expect(!fast.ok && !slow.ok && [fast.failure.code, fast.failure.details]).toEqual(!slow.ok && [slow.failure.code, slow.failure.details]);
  });

  test('bytes that are not UTF-8 in an explanation: the canonical JSON written, not the bytes cut', () => {
    const head = Buffer.from(`{"program":${canonical},"explanations":{"X:y":"a`, 'utf8');
    const tail = Buffer.from(`b"}}`, 'utf8');
    const { prepared, asSent } = preparedFrom(Buffer.concat([head, Buffer.from([0xff, 0xd0]), tail]));
    expect(asSent).toBe(false);
    expectStored(prepared, body.program);
  });
});

describe('nesting of a body whose program is scanned first', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
  test.each([
    ['in the program, at the limit', `{"program":{"a":${nested(62)}}}`, false],
    ['in the program, past the limit', `{"program":{"a":${nested(63)}}}`, true],
    ['after the program, at the limit', `{"program":{"a":1},"explanations":${nested(63)}}`, false],
    ['after the program, past the limit', `{"program":{"a":1},"explanations":${nested(64)}}`, true],
    ['in a program not canonical, past the limit', `{"program":{"b":1,"a":${nested(63)}}}`, true],
  ])('%s: refused for depth exactly when the whole text nests deeper than the budget', (_name, text, deep) => {
    const outcome = parseSubmissionBody({ json: Buffer.from(text, 'utf8') });
    expect(nestsDeeperThan(text, JSON_BUDGET.depth)).toBe(deep);
    const refusedForDepth = !outcome.ok && outcome.failure.code === 'invalid_request' && JSON.stringify(outcome.failure.details).includes('maxDepth');
    expect(refusedForDepth).toBe(deep);
  });
});
