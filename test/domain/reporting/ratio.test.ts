import fc from 'fast-check';
import { add, compareRatios, divide, mean, ratio, ratioOf, ratioText, roundRatio } from '../../../src/domain/reporting/ratio';

describe('exact ratios', () => {
  it.each([
    [ratio(2n, 3n), 4, '0.6667'],
    [ratio(1n, 8n), 2, '0.13'], // 0.125 → half away from zero
    [ratio(-1n, 8n), 2, '-0.13'],
    [ratio(1n, 3n), 0, '0'],
    [ratio(5n, 10n), 0, '1'],
    [ratio(-1n, 1000n), 2, '0.00'],
    [ratio(950000n, 983983n), 4, '0.9655'],
  ])('%o rounds to %i places as %s', (r, places, text) => {
    expect(roundRatio(r, places)).toBe(text);
  });

  it('reads decimals exactly and keeps fractions in lowest terms', () => {
    expect(ratioText(ratioOf('96.68'))).toBe('2417/25');
    expect(ratioText(divide(ratioOf('95000.0'), ratioOf('98398.3')))).toBe('950000/983983');
    expect(ratioText(mean([ratioOf('1'), ratioOf('0.97'), ratioOf('0.95')]) ?? ratio(0n, 1n))).toBe('73/75');
    expect(mean([])).toBeNull();
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
  });

  it('rounding agrees with long division for any fraction (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }), (n, d, places) => {
        const text = roundRatio(ratio(n, d), places);
        // The rounded value is within half a unit of the last place, and a tie goes away from zero.
        const unit = ratio(1n, 10n ** BigInt(places));
        const diff = add(ratioOf(text), ratio(-n, d));
        const twice = add(diff, diff);
        expect(compareRatios(twice, unit)).toBeLessThanOrEqual(0);
        expect(compareRatios(twice, ratio(-unit.num, unit.den))).toBeGreaterThanOrEqual(0);
        if (compareRatios(twice, unit) === 0) expect(n < 0n).toBe(false);
        if (compareRatios(twice, ratio(-unit.num, unit.den)) === 0) expect(n < 0n).toBe(true);
      }),
    );
  });
});
