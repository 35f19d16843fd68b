// The funding paragraph's expressions name letters as BMP_LETTERS for a text without characters beyond the
// BMP: it must be \p{L} of the engine there, and an expression written with it must match what the one with
// \p{L} matches, case folded or not, inside a class or out, negated or not.
import { BMP_LETTERS } from '../../../src/sheets/read/bmp-letters';
import { COMMON_CHARACTERS, NARROW_CHARACTERS, NOT_NARROW, UNCOMMON, lettersWithin, withLetters } from '../../../src/sheets/read/passport-funding-paragraph';

/** \p{L} below U+10000 as class contents, the way bmp-letters.ts writes it. */
function lettersOfTheEngine(): string {
  let all = '';
  for (let c = 0; c <= 0xffff; c += 4096) all += String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => c + i));
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (const m of all.matchAll(/\p{L}+/gu)) out += m[0].length === 1 ? hex(m.index) : `${hex(m.index)}-${hex(m.index + m[0].length - 1)}`;
  return out;
}

describe('the letters of the BMP', () => {
  it('are \\p{L} below U+10000', () => {
    expect(BMP_LETTERS).toBe(lettersOfTheEngine());
  });

  it('match in an expression what \\p{L} matches, for every character of the BMP', () => {
    expect(differences(BMP_LETTERS, [[0, 0xffff]])).toEqual([]);
  });

  it('cut to the common characters match what \\p{L} matches for each of those', () => {
    const letters = lettersWithin(BMP_LETTERS, COMMON_CHARACTERS);
    expect(letters.length).toBeLessThan(BMP_LETTERS.length / 4);
    expect(differences(letters, COMMON_CHARACTERS)).toEqual([]);
  });

  it('cut to the narrow characters match what \\p{L} matches for each of those', () => {
    const letters = lettersWithin(BMP_LETTERS, NARROW_CHARACTERS);
    expect(letters.length).toBeLessThan(lettersWithin(BMP_LETTERS, COMMON_CHARACTERS).length / 3);
    expect(differences(letters, NARROW_CHARACTERS)).toEqual([]);
  });

  // Which letters a text's expressions use is told by one test of the text against what is outside each set: a
  // character wrongly taken for one of the set would have its text read with letters that do not include it.
  it.each([
    ['NOT_NARROW', NOT_NARROW, NARROW_CHARACTERS],
    ['UNCOMMON', UNCOMMON, COMMON_CHARACTERS],
  ])('%s matches exactly the characters of the BMP outside its set', (_, outside, set) => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const inSet = set.some(([from, to]) => c >= from && c <= to);
      if (outside.test(String.fromCharCode(c)) === inSet) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  /** The characters of `within` that an expression with `letters` for \p{L} matches otherwise than with \p{L}. */
  function differences(letters: string, within: readonly (readonly [number, number])[]): string[] {
    const sources = [String.raw`^\p{L}$`, String.raw`^[^\p{L}]$`, String.raw`^[\p{L}\d.,]$`, String.raw`^\p{L}*x`, String.raw`(?<![\p{L}-])x(?!\p{L})`];
    const pairs = sources.flatMap((source) => ['u', 'iu'].map((flags) => [new RegExp(source, flags), new RegExp(withLetters(source, letters), flags)] as const));
    const differ: string[] = [];
    for (const [lo, hi] of within) {
      for (let c = lo; c <= hi; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        for (const [full, cut] of pairs) {
          const text = full.source.includes('x') ? `${ch}x${ch}` : ch;
          if (full.test(text) !== cut.test(text)) differ.push(`${c.toString(16)} ${full}`);
        }
      }
    }
    return differ;
  }

  it('are written in a class of their own outside a class, as they are inside one', () => {
    expect(withLetters(String.raw`a\p{L}*[\p{L}\d][^\p{L}]\[\p{L}`, 'A-Z')).toBe(String.raw`a[A-Z]*[A-Z\d][^A-Z]\[[A-Z]`);
  });
});
