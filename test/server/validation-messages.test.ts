// A 400 invalid_request names what is wrong in Russian: zod's own messages (wrong type, missing
// field) as well as the schemas' custom ones, in the message and in details.issues alike.
import { ApiError } from '../../src/store/contract/api-error';
import { acceptableBody, makeTestStore, push, testTargets, type TestStore } from './store-fixture';

let store: TestStore;
beforeAll(async () => {
  store = await makeTestStore(testTargets()[0]);
});
afterAll(async () => {
  await store.close();
});

const body = acceptableBody();

describe('400 invalid_request details are in Russian', () => {
  test.each([
    ['no program', {}, '/program', /ожидается объект, получено: ничего/],
    ['program null', { program: null }, '/program', /ожидается объект, получено: null/],
    ['an explanation that is a number', { ...body, explanations: { key: 42 } }, '/explanations/key', /ожидается строка, получено: число/],
    ['an array instead of an object', [body], '/', /ожидается объект, получено: массив/],
    ['a period that ends before it starts', { program: { ...body.program, period: { from: 2024, to: 2020 } } }, '/program/period', /конец периода раньше начала/],
  ])('%s', async (_what, payload, path, wording) => {
    const res = await push(store, payload);
    expect(res.statusCode).toBe(400);
    const error = ApiError.parse(res.json());
    expect(error.error).toBe('invalid_request');
    const issues = (error.details as { issues: { where: string; path: string; message: string }[] }).issues;
    expect(issues).toContainEqual({ where: 'body', path, message: expect.stringMatching(wording) });
    expect(error.message).toContain(`${path} — `);
    expect(error.message).toMatch(wording);
    for (const issue of issues) expect(issue.message).not.toMatch(/Invalid|expected|received/i);
  });
});

describe('zod for the rest of the process', () => {
  test('keeps its own (English) messages: the store asks for Russian per call, not with z.config', async () => {
    const res = await push(store, {});
    expect(res.statusCode).toBe(400);
    const { z } = await import('zod');
    expect(z.string().safeParse(1).error!.issues[0].message).toBe('Invalid input: expected string, received number');
  });
});
