// writeJsonDocument writes what `JSON.stringify(value, null, 2) + '\n'` is, byte for byte, in pieces.
import fc from 'fast-check';
import { writeJsonDocument } from '../../src/cli/json-output';

function written(value: unknown, maps?: Parameters<typeof writeJsonDocument>[2]): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  writeJsonDocument(value, (t) => void pieces.push(t), maps);
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

test('toJSON as JSON.stringify calls it: with the member\'s key or the element\'s index, and undefined leaves a member out', () => {
  const keyed = { toJSON: (key: string) => `key «${key}»` };
  const value = { a: 1, b: { toJSON: () => undefined }, c: keyed, d: [keyed, { toJSON: () => undefined }, keyed], e: { f: keyed } };
  expect(written(value).text).toBe(expected(value));
  expect(written({ b: { toJSON: () => undefined } }).text).toBe('{}\n');
});

test('not a plain object at the top (boxed primitives, class instances, Maps, arrays, primitives): as JSON.stringify', () => {
  class Finding {
    rule = 'I006';
    list = [1, 2];
  }
  for (const value of [new String('ab'), new Number(3), new Boolean(false), new Finding(), new Map([[1, 2]]), [1, [2]], 'строка', 42, null, true, Object.assign(Object.create(null), { a: [1] })]) {
    expect(written(value).text).toBe(expected(value));
  }
});

test('nested objects with toJSON and getters inside the arrays of the top level, fast-checked', () => {
  const withToJson = fc.jsonValue().map((v) => ({ toJSON: (key: string) => ({ key, v }) }));
  const element = fc.oneof(fc.jsonValue(), withToJson, fc.constant(undefined), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), withToJson, fc.constant(undefined))));
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.oneof(element, fc.array(element))), (value) => {
      expect(written(value).text).toBe(expected(value));
    }),
    { numRuns: 2000 },
  );
});

test('long arrays: toJSON gets each element\'s own index, element by element and a run at a time (an identity map), fast-checked', () => {
  const withToJson = fc.jsonValue().map((v) => ({ toJSON: (key: string) => ({ key, v }) }));
  const plain = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()), fc.constant(undefined));
  const element = fc.oneof({ arbitrary: plain, weight: 9 }, { arbitrary: withToJson, weight: 1 });
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.array(element, { minLength: 17, maxLength: 120 })), (value) => {
      expect(written(value).text).toBe(expected(value));
      const identity = Object.fromEntries(Object.keys(value).map((key) => [key, (e: unknown) => e]));
      expect(written(value, identity).text).toBe(expected(value));
    }),
    { numRuns: 300 },
  );
});

test('a primitive\'s toJSON (BigInt.prototype.toJSON, as some code sets it) is called with the element\'s index', () => {
  const proto = BigInt.prototype as unknown as { toJSON?: (this: bigint, key: string) => string };
  proto.toJSON = function (key) {
    return `${this.toString()}@${key}`;
  };
  try {
    const value = { list: Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? BigInt(i) : { i })) };
    expect(written(value).text).toBe(expected(value));
    expect(written(value).text).toContain('"24@24"');
    // The same through runs (an identity map): the BigInt still alone, with its index.
    expect(written(value, { list: (e) => e }).text).toBe(expected(value));
  } finally {
    delete proto.toJSON;
  }
});

test('elements are read as JSON.stringify reads them, one by one: a getter that changes an element before it gives the same text', () => {
  const list: unknown[] = [{ v: 1 }, 0];
  Object.defineProperty(list, 1, {
    get() {
      (list[0] as { v: number }).v += 1;
      return 2;
    },
    enumerable: true,
  });
  const text = written({ list }).text;
  (list[0] as { v: number }).v = 1;
  expect(text).toBe(expected({ list }));
  expect(text).toContain('"v": 1');
});

test('the length of an array is read once, as JSON.stringify and Array.prototype.map read it: what an element changes in it later is not written', () => {
  const growing: unknown[] = [1, { toJSON: () => (growing.push(9), 2) }];
  const expectedGrowing = expected({ list: [1, 2] });
  expect(written({ list: growing }).text).toBe(expectedGrowing);
  const shrinking: unknown[] = [0, 1];
  Object.defineProperty(shrinking, 0, {
    get() {
      shrinking.length = 1;
      return 1;
    },
    enumerable: true,
    configurable: true,
  });
  expect(written({ list: shrinking }).text).toBe(expected({ list: [1, null] }));
  const pushedByMap = [1, 2];
  const text = written({ list: pushedByMap }, { list: (e, _i, array) => ((array as number[]).push(3), e) }).text;
  expect(text).toBe(expected({ list: [1, 2] }));
});

test('a large report is written in pieces of about 32 K characters, never as one string', () => {
  const findings = Array.from({ length: 3000 }, (_, i) => ({ rule: 'I006', message: `Показатель ${i}: плановое значение хуже базового`, data: { year: 2020 + (i % 5), values: [i, i + 1] } }));
  const value = { valid: false, summary: { error: 3000 }, findings, read: [{ table: 'funding' }] };
  const { text, pieces } = written(value);
  expect(text).toBe(expected(value));
  expect(pieces.length).toBeGreaterThan(5);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 15) + 1000);
});

describe('elements made as they are written (maps)', () => {
  const element = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.dictionary(fc.string(), fc.jsonValue()));
  /** A map of the kinds a caller may give: a wrap with the index, nothing (a hole's null), an element with toJSON now and then. */
  const wrap = (e: unknown, i: number): unknown => (i % 11 === 5 ? undefined : i % 13 === 7 ? { toJSON: (k: string) => ({ k, e }) } : { i, e });

  it('the text is that of the value with value[key].map(map) there, fast-checked; each element made once', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(element, fc.array(element, { maxLength: 60 }))), fc.array(element, { minLength: 0, maxLength: 120 }), (rest, list) => {
        const value = { ...rest, list };
        let calls = 0;
        const counted = (e: unknown, i: number): unknown => {
          calls += 1;
          return wrap(e, i);
        };
        expect(written(value, { list: counted }).text).toBe(expected({ ...rest, list: list.map(wrap) }));
        expect(calls).toBe(list.length);
      }),
      { numRuns: 500 },
    );
  });

  it('holes stay holes (null), as Array.prototype.map leaves them; a member not named is as it is; the map gets (element, index, array)', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    const value = { list: [1, , 3], other: [4], plain: 'текст', empty: [] as number[] };
    const seen: unknown[] = [];
    const double = (e: unknown, i: number, array: readonly unknown[]): unknown => {
      seen.push([i, array === value.list || array === value.empty]);
      return (e as number) * 2;
    };
    // eslint-disable-next-line no-sparse-arrays -- the hole, mapped
    expect(written(value, { list: double, empty: double }).text).toBe(expected({ list: [2, , 6], other: [4], plain: 'текст', empty: [] }));
    expect(seen).toEqual([
      [0, true],
      [2, true],
    ]);
  });

  it('a member given a map that is not an array: refused, not written unmapped', () => {
    expect(() => written({ plain: 'текст' }, { plain: (e) => e })).toThrow('the member "plain" given a map is not an array');
  });

  it('a value that is not a plain object with maps: refused, not written unmapped', () => {
    expect(() => written([1, 2], { list: (e) => e })).toThrow('element maps apply to the arrays of a plain object only');
  });
});
