// Exact amounts: a cell's number becomes the decimal it shows, once; Russian text is read as a number.
import { decimalFromNumber, decimalPlaces, formatDecimalRu, formatScaledRu, parseRussianNumber, scaledDifference, scaledNumber, toScaled } from '../../src/domain/amount';

describe('decimalFromNumber', () => {
  it.each([
    [345128, '345128'],
    [98100.94, '98100.94'],
    [0, '0'],
    [-0, '0'],
    [-1567.5, '-1567.5'],
    // Exponent notation expanded exactly: a huge number pasted into a cell must not crash a rule.
    [1.5e22, '15000000000000000000000'],
    [-2.5e25, '-25000000000000000000000000'],
    [1e21, '1000000000000000000000'],
    [2.5e-7, '0.00000025'],
  ])('%d → "%s"', (n, decimal) => {
    expect(decimalFromNumber(n)).toBe(decimal);
    expect(() => toScaled(decimal, 1)).not.toThrow();
  });

  it('gives null for what is not a finite number', () => {
    expect(decimalFromNumber(Number.NaN)).toBeNull();
    expect(decimalFromNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('toScaled rounds half away from zero', () => {
  it.each([
    ['98100.94', 981009n],
    ['98100.95', 981010n],
    ['-0.05', -1n],
    ['-0.04', 0n],
    ['423767.8', 4237678n],
  ])('%s → %s', (d, scaled) => expect(toScaled(d, 1)).toBe(scaled));
});

describe('parseRussianNumber', () => {
  it.each([
    ['345 128,0', '345128.0'],
    ['345\u00a0128,0', '345128.0'],
    ['1\u202f567,0', '1567.0'],
    ['0', '0'],
    ['0,0', '0.0'],
    ['-12,5', '-12.5'],
  ])('"%s" is %s', (text, value) => expect(parseRussianNumber(text)).toEqual({ kind: 'number', value }));

  it.each(['', ' ', '-', '–', '—'])('"%s" is empty', (text) => expect(parseRussianNumber(text)).toEqual({ kind: 'empty' }));

  it.each(['12,3 тыс', 'н/д', 'см. примечание', '1,2,3'])('"%s" is not a number', (text) => expect(parseRussianNumber(text).kind).toBe('invalid'));
});

describe('formatScaledRu', () => {
  it.each([
    [4237678n, '423 767,8'],
    [0n, '0,0'],
    [-15670n, '-1 567,0'],
  ])('%s → %s', (scaled, text) => expect(formatScaledRu(scaled, 1)).toBe(text));
});

describe('scaledNumber', () => {
  it.each([
    ['423767.8', 1, 4237678],
    ['-5', 2, -500],
    ['-0', 1, 0],
    ['0.05', 3, 50],
    ['98100.94', 1, NaN], // rounding needed: toScaled's
    ['9007199254740991', 0, 9007199254740991],
    ['9007199254740992', 0, NaN], // past the safe integers
    ['900719925474099.2', 2, NaN],
  ])('("%s", %d) → %d', (d, precision, n) => {
    expect(scaledNumber(d, precision)).toBe(n);
  });

  it('is toScaled wherever it is a number', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const whole = String(Math.floor(next() * 10 ** Math.floor(next() * 18)));
      const frac = next() < 0.5 ? '' : '.' + String(Math.floor(next() * 10 ** 6)).padStart(1 + Math.floor(next() * 5), '0');
      const d = (next() < 0.3 ? '-' : '') + whole + frac;
      const precision = Math.floor(next() * 5);
      const n = scaledNumber(d, precision);
      if (!Number.isNaN(n)) expect(BigInt(n)).toBe(toScaled(d, precision));
    }
  });
});

describe('scaledDifference', () => {
  const amounts = (...list: (string | null)[]) => list.map((amount) => ({ amount }));

  it.each([
    ['10.5', amounts('4.5', null, '6'), 1, 0],
    [null, amounts('1', '-2.25'), 2, 125],
    ['-0.0', amounts(), 1, 0],
    ['1', amounts('0.05'), 1, NaN], // rounding needed
    ['1', amounts('x'), 1, NaN], // not a decimal
    ['9007199254740991', amounts('1'), 0, NaN], // the magnitudes add up past the safe integers
  ])('(%s − %j at %d) → %d', (stated, list, precision, n) => {
    expect(scaledDifference(stated, list, precision)).toBe(n);
  });

  it('is the BigInt difference wherever it is a number', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const decimal = () => (next() < 0.3 ? '-' : '') + String(Math.floor(next() * 10 ** Math.floor(next() * 16))) + (next() < 0.5 ? '' : '.' + String(Math.floor(next() * 100)).padStart(2, '0'));
    for (let i = 0; i < 5_000; i++) {
      const precision = Math.floor(next() * 4);
      const stated = next() < 0.1 ? null : decimal();
      const list = amounts(...Array.from({ length: Math.floor(next() * 6) }, () => (next() < 0.1 ? null : decimal())));
      const n = scaledDifference(stated, list, precision);
      if (Number.isNaN(n)) continue;
      const scaled = (d: string | null) => (d === null ? 0n : toScaled(d, precision));
      expect(BigInt(n)).toBe(list.reduce((acc, a) => acc - scaled(a.amount), scaled(stated)));
      expect(Object.is(n, -0)).toBe(false);
    }
  });
});

describe('formatDecimalRu', () => {
  it.each([
    ['96.68', '96,68'],
    ['1567.0', '1 567,0'],
    ['42124640.0', '42 124 640,0'],
    ['-1234567', '-1 234 567'],
    ['-007.50', '-7,50'],
    ['-0.00', '0,00'],
    ['0', '0'],
    ['100', '100'],
    ['0.05', '0,05'],
  ])('%s → %s', (d, text) => expect(formatDecimalRu(d)).toBe(text));

  it('is formatScaledRu of the decimal at its own decimals, for any digits, signs and zeros', () => {
    const long = (d: string) => formatScaledRu(toScaled(d, decimalPlaces(d)), decimalPlaces(d));
    const digits = ['0', '00', '5', '05', '12', '123', '1234', '001234', '98765432', '1000000', '123456789012345678901234'];
    for (const sign of ['', '-']) {
      for (const whole of digits) {
        expect(formatDecimalRu(sign + whole)).toBe(long(sign + whole));
        for (const frac of ['0', '00', '5', '05', '123', '0000001']) expect(formatDecimalRu(`${sign}${whole}.${frac}`)).toBe(long(`${sign}${whole}.${frac}`));
      }
    }
    // Not decimals as written: the long way, whatever it gives or throws.
    for (const odd of ['5.', '.5', '-.5', '1.2.3', '', '-', '1e5', '12a', '+5']) expect(attempt(() => formatDecimalRu(odd))).toEqual(attempt(() => long(odd)));
  });
});

/** What a call gives or throws, to compare two ways of wording an odd input. */
function attempt(call: () => string): { value: string } | { error: string } {
  try {
    return { value: call() };
  } catch (e) {
    return { error: String(e) };
  }
}
