// writeJsonDocument writes what `JSON.stringify(value, null, 2) + '\n'` is, byte for byte, in pieces.
import fc from 'fast-check';
import { writeJsonDocument } from '../../src/cli/json-output';

function written(value: unknown): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  writeJsonDocument(value, (t) => void pieces.push(t));
  return { text: pieces.join(''), pieces };
}

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

test('any JSON value, and any object of them (arrays of objects, nested, empty, Cyrillic, escapes): the same text', () => {
  const top = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))));
  fc.assert(
    fc.property(fc.oneof(top, fc.jsonValue()), (value) => {
      expect(written(value).text).toBe(expected(value));
    }),
    { numRuns: 3000 },
  );
});

test('what JSON.stringify leaves out or turns into null: undefined, functions, symbols, toJSON, Dates', () => {
  const value = {
    a: undefined,
    b: () => 1,
    c: Symbol('s'),
    d: [undefined, () => 1, Symbol('s'), new Date(0), { toJSON: () => 'x' }],
    e: new Date(86_400_000),
    f: { toJSON: () => ({ g: [1, 2] }) },
    [Symbol('k')]: 1,
    h: [],
    i: {},
    j: 'строка «в кавычках»\n\t\u2028',
  };
  expect(written(value).text).toBe(expected(value));
  expect(written({}).text).toBe('{}\n');
  expect(written({ a: undefined }).text).toBe('{}\n');
  expect(written([1, { a: [2] }]).text).toBe(expected([1, { a: [2] }]));
  expect(written({ toJSON: () => [1] }).text).toBe(expected({ toJSON: () => [1] }));
});

test('a large report is written in pieces of about 32 K characters, never as one string', () => {
  const findings = Array.from({ length: 3000 }, (_, i) => ({ rule: 'I006', message: `Показатель ${i}: плановое значение хуже базового`, data: { year: 2020 + (i % 5), values: [i, i + 1] } }));
  const value = { valid: false, summary: { error: 3000 }, findings, read: [{ table: 'funding' }] };
  const { text, pieces } = written(value);
  expect(text).toBe(expected(value));
  expect(pieces.length).toBeGreaterThan(5);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 15) + 1000);
});
