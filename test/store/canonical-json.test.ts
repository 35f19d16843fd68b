import { canonicalJson, canonicalSubmission } from '../../src/store/canonical-json';

describe('canonical JSON', () => {
  test.each([
    [{ b: 1, a: [3, { d: null, c: 'x' }] }, '{"a":[3,{"c":"x","d":null}],"b":1}'],
    [{ a: undefined, b: 'в "кавычках"' }, '{"b":"в \\"кавычках\\""}'],
    [[undefined, 1], '[null,1]'],
    ['Ступино', '"Ступино"'],
    [{ '': 0, ' ': 1 }, '{"":0," ":1}'],
  ])('%j → %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  test('the same object written in another key order gives the same text', () => {
    expect(canonicalJson({ x: { q: 1, p: 2 }, y: [1] })).toBe(canonicalJson({ y: [1], x: { p: 2, q: 1 } }));
  });
});

test('a submission’s canonical JSON can be built from its program’s', () => {
  const program = { title: 'Т', period: { to: 2024, from: 2020 } };
  const explanations = { 'I006:x': 'пояснение', 'A:b': 'ещё' };
  expect(canonicalSubmission(canonicalJson(program), explanations)).toBe(canonicalJson({ program, explanations }));
});

test('keys holding U+0000 are not confused with two keys', () => {
  expect(canonicalJson({ a: 1, b: 2 })).toBe('{"a":1,"b":2}');
  expect(canonicalJson({ 'a\u0000b': 3 })).toBe('{"a\\u0000b":3}');
  expect(canonicalJson({ a: 1, b: 2 })).toBe('{"a":1,"b":2}');
});

test('many key sequences sharing a first key are each written in their own order', () => {
  // More sequences than are kept per first key: those past the bound are sorted each time, still right.
  for (let n = 0; n < 80; n++) {
    const value: Record<string, number> = { a: 0 };
    for (let k = n; k >= 0; k--) value[`k${String(k).padStart(3, '0')}`] = k;
    const expected = `{"a":0,${Array.from({ length: n + 1 }, (_, k) => `"k${String(k).padStart(3, '0')}":${k}`).join(',')}}`;
    expect(canonicalJson(value)).toBe(expected);
    expect(canonicalJson(value)).toBe(expected);
  }
  // A sequence that extends a kept one is not taken for it.
  expect(canonicalJson({ z: 1, y: 2 })).toBe('{"y":2,"z":1}');
  expect(canonicalJson({ z: 1, y: 2, x: 3 })).toBe('{"x":3,"y":2,"z":1}');
  expect(canonicalJson({ z: 1 })).toBe('{"z":1}');
});
