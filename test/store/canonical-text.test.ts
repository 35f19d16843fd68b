// canonicalValueEnd (src/store/canonical-text.ts): a text it vouches for is exactly the canonical JSON of the
// value JSON.parse reads from it; anything else it refuses (the store then writes the canonical JSON itself).
import { canonicalValueEnd } from '../../src/store/canonical-text';
import { canonicalJson } from '../../src/store/canonical-json';
import { correctedExample } from '../server/store-fixture';

function vouched(text: string): boolean {
  return canonicalValueEnd(text, 0) === text.length;
}

describe('canonical JSON text', () => {
  test.each([
    ['the worked example', canonicalJson(correctedExample())],
    ['nested, empty containers', '{"a":[],"b":{},"c":[{"d":[1,-2,3.5,0,-0.25,0.000001,123456789012345]}]}'],
    ['literals', '[true,false,null]'],
    ['escapes JSON.stringify writes', JSON.stringify('кавычки " обратная \\ \b\f\n\r\t')],
    ['keys in code-unit order', canonicalJson({ b: 1, B: 2, 'ä': 3, a: 4, '': 5, '10': 6, '9': 7, '\u{1F3DB}': 8, '\uFFFF': 9 })],
  ])('%s: vouched for, and it is the canonical JSON of its value', (_name, text) => {
    expect(vouched(text)).toBe(true);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  // Each is JSON; the first group is not canonical, the second is but is not vouched for (no shortcut).
  test.each([
    ['unsorted keys', '{"b":1,"a":2}'],
    ['a key twice', '{"a":1,"a":2}'],
    ['whitespace', '{"a": 1}'],
    ['whitespace in an array', '[1, 2]'],
    ['\\/ escape', '"a\\/b"'],
    ['\\u escape of a letter', '"\\u0410"'],
    ['escape in a key', '{"\\u0061":1}'],
    ['1.0', '1.0'],
    ['1.50', '1.50'],
    ['exponent', '1e2'],
    ['exponent E', '1E2'],
    ['-0', '-0'],
    ['leading zero', '01'],
    ['0.0000001 (written 1e-7)', '0.0000001'],
    ['16 digits', '1234567890123456'],
    ['16 digits with a fraction', '1234567890.123456'],
    ['a big integer', '100000000000000000000000'],
    ['control character escaped', JSON.stringify('a\u0001b')],
    ['lone surrogate escaped', JSON.stringify('a\ud800b')],
    ['nothing', ''],
  ])('%s: not vouched for', (_name, text) => {
    expect(vouched(text)).toBe(false);
  });

  test('numbers it vouches for are written so by JSON.stringify', () => {
    const samples = ['0', '-1', '7', '0.1', '0.5', '-0.5', '12.34', '100', '0.000001', '0.00001', '99999999999999.9', '123456789012345', '-98765.4321', '1.1', '2.675', '0.3'];
    for (const text of samples) {
      expect(vouched(text)).toBe(true);
      expect(JSON.stringify(JSON.parse(text))).toBe(text);
    }
  });

  test('random values: what it vouches for is canonical', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const leaf = (): unknown => pick([() => Math.round(random() * 1e6) / pick([1, 10, 100, 1e7]), () => pick(['', 'a', 'Ступино', 'x"y', 'a\\b', 'line\nbreak', '\u2028']), () => pick([true, false, null])])();
    const value = (depth: number): unknown => {
      if (depth > 3 || random() < 0.3) return leaf();
      if (random() < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const out: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 4); i > 0; i--) out[pick(['a', 'b', 'A', 'я', '1', '10', 'ab'])] = value(depth + 1);
      return out;
    };
    let vouchedCount = 0;
    for (let i = 0; i < 2000; i++) {
      const v = value(0);
      for (const text of [JSON.stringify(v), canonicalJson(v)]) {
        if (!vouched(text)) continue;
        vouchedCount++;
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }
    }
    expect(vouchedCount).toBeGreaterThan(2000);
  });
});
