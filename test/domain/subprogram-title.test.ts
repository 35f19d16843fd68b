import fc from 'fast-check';
import { numberToRoman, parseSubprogramTitle, romanToNumber } from '../../src/domain/subprogram-title';

describe('roman numerals of subprograms', () => {
  it('reads and writes the numerals a large program uses (past C: CD, M, MMD)', () => {
    expect([numberToRoman(1), numberToRoman(4), numberToRoman(99), numberToRoman(400), numberToRoman(1994), numberToRoman(5000)]).toEqual(['I', 'IV', 'XCIX', 'CD', 'MCMXCIV', 'MMMMM']);
    expect([romanToNumber('CD'), romanToNumber('MCMXCIV'), romanToNumber('DCCCLXXXVIII'), romanToNumber('MMMMM')]).toEqual([400, 1994, 888, 5000]);
    expect(parseSubprogramTitle('Подпрограмма CDXLIV «Архивы»')).toEqual({ numeral: 'CDXLIV', number: 444, name: 'Архивы' });
    expect(parseSubprogramTitle('Подпрограмма 1205 «Архивы»').number).toBe(1205);
  });

  it('reads back every number it writes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20000 }), (n) => romanToNumber(numberToRoman(n)) === n));
  });

  it('takes Cyrillic look-alikes for Latin numerals', () => {
    expect(romanToNumber('ХІV')).toBe(14);
    expect(romanToNumber('МС')).toBe(1100);
  });
});
