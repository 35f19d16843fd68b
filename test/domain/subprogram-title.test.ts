import fc from 'fast-check';
import { parseActivityTitle } from '../../src/domain/activity-code';
import { numberToRoman, parseSubprogramTitle, romanToNumber } from '../../src/domain/subprogram-title';
import { foldName } from '../../src/domain/text/fold';

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

describe('long titles (not kept by the parsers\' caches)', () => {
  it('are read as short ones are, every time', () => {
    const name = 'Развитие '.repeat(300).trim();
    for (let round = 0; round < 2; round++) {
      expect(parseSubprogramTitle(`Подпрограмма II «${name}»`)).toEqual({ numeral: 'II', number: 2, name });
      expect(parseActivityTitle(`Основное мероприятие 01. ${name}`)).toEqual({ code: '01', name });
      expect(foldName(`  «${name}»  `)).toBe(foldName(`«${name}»`));
    }
  });
});
