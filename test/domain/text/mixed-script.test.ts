import { mixedScriptWords, respellMixedScript } from '../../../src/domain/text/mixed-script';

describe('words mixing Latin and Cyrillic letters', () => {
  it.each([
    ['Бюджет городского округа Cтупино', [{ word: 'Cтупино', fixed: 'Ступино' }]],
    ['работники OМСУ', [{ word: 'OМСУ', fixed: 'ОМСУ' }]],
    ['сеть Intеrnet', [{ word: 'Intеrnet', fixed: 'Internet' }]],
    ['минутаs', [{ word: 'минутаs', fixed: null }]],
    ['сеть Internet на скорости 1 Мбит/с, D2 и Д6', []],
  ])('%s', (text, words) => {
    expect(mixedScriptWords(text)).toEqual(words);
  });

  it('respells the whole text, or gives null when a word cannot be respelled', () => {
    expect(respellMixedScript('OМСУ городского округа Cтупино')).toBe('ОМСУ городского округа Ступино');
    expect(respellMixedScript('минутаs')).toBeNull();
  });
});
