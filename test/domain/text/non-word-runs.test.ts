import { NARROW_WORD_CHARS, spaceNonWordRuns } from '../../../src/domain/text/non-word-runs';

describe('spaceNonWordRuns', () => {
  it('lists exactly the letters and digits of the property classes below U+0500', () => {
    const narrow = new RegExp(`^[${NARROW_WORD_CHARS}]$`);
    const property = /^[\p{L}\p{N}]$/u;
    const differ: string[] = [];
    for (let c = 0; c < 0x500; c++) {
      const ch = String.fromCharCode(c);
      if (narrow.test(ch) !== property.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it.each([
    'доля отказов — в «МФЦ» (%), 2020 г.',
    '  Уровень   удовлетворенности:  граждан ',
    'Ελληνικά και ¼ ª µ ² ҂҃ ӿ',
    '',
    ' - ',
    'Ԁ Ա 中文 ١٢ 𝐀𝐁 😀 x', // past U+0500 and past the basic plane: the property class itself
    'тест\ud800лишний',
  ])('is the property class replace of %j', (text) => {
    expect(spaceNonWordRuns(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
  });
});
