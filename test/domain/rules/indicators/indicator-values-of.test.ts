// someValue answers for an indicator without listing its values: what valuesOf's list answers.
import fc from 'fast-check';
import type { LocatedIndicator } from '../../../../src/domain/indicator-rows';
import type { IndicatorValue } from '../../../../src/domain/model/indicators';
import { someValue, valuesOf } from '../../../../src/domain/rules/indicators/indicator-values-of';

const value = fc.option(fc.record({ value: fc.constantFrom('-1', '0', '5', '100', '100.5', '42'), bound: fc.constantFrom(null, 'min' as const, 'max' as const) }), { nil: null });

describe('whether some value of an indicator passes a test', () => {
  it('is whether one of valuesOf’s values does, for plans longer and shorter than the years', () => {
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 7 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('-1', '0', '100', '5'), (base, plan, n, at) => {
        const r = { sub: 0, act: 0, ind: 0, indicator: { name: '', unit: '', type: '', base, plan } } as unknown as LocatedIndicator;
        const years = Array.from({ length: n }, (_, i) => ({ from: 2020 + i, to: 2020 + i }));
        const test = (v: IndicatorValue) => v.value === at;
        expect(someValue(r, years, test)).toBe(valuesOf(r, years).some((v) => test(v.value)));
      }),
      { numRuns: 3000 },
    );
  });
});
