// someOutside answers for an indicator without listing its values: what valuesOf's list answers; outside orders a
// value against the range's bounds as compareDecimals does, whatever its length.
import fc from 'fast-check';
import type { LocatedIndicator } from '../../../../src/domain/indicator-rows';
import { compareDecimals } from '../../../../src/domain/indicator-values';
import { outside, someOutside, valuesOf } from '../../../../src/domain/rules/indicators/indicator-values-of';

const value = fc.option(fc.record({ value: fc.constantFrom('-1', '0', '5', '100', '100.5', '42', '-0.0'), bound: fc.constantFrom(null, 'min' as const, 'max' as const) }), { nil: null });
const range = fc.constantFrom<[string, string | null]>(['0', '100'], ['0', null], ['5', '42'], ['-1', '0']);

describe('whether some value of an indicator is outside a range', () => {
  it('is whether one of valuesOf’s values is, for plans longer and shorter than the years', () => {
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 7 }), fc.integer({ min: 0, max: 6 }), range, (base, plan, n, [low, high]) => {
        const r = { sub: 0, act: 0, ind: 0, indicator: { name: '', unit: '', type: '', base, plan } } as unknown as LocatedIndicator;
        const years = Array.from({ length: n }, (_, i) => ({ from: 2020 + i, to: 2020 + i }));
        expect(someOutside(r, years, low, high)).toBe(valuesOf(r, years).some((v) => outside(v.value, low, high)));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders a value against the bounds as compareDecimals does, short or long', () => {
    const digits = fc.stringMatching(/^-?\d{1,20}(\.\d{1,6})?$/);
    fc.assert(
      fc.property(fc.oneof(digits, fc.constantFrom('', 'x', '1e3', ' 7')), range, (d, [low, high]) => {
        const expected = compareDecimals(d, low) < 0 || (high !== null && compareDecimals(d, high) > 0);
        expect(outside({ value: d, bound: null }, low, high)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
