// A list of phrases is tested as one regular expression (formMatches): it must say what asking each phrase
// (hasPhrase) says, for every list of the vocabulary and texts made of their words — whole, cut, joined,
// behind other words, with doubled spaces and the " | " the locator joins a header's texts with.
import {
  FUNDING_COLUMN,
  FUNDING_ROW,
  INDICATOR_COLUMN,
  INDICATOR_ROW,
  INDICATOR_WORDS,
  MONEY_WORDS,
  PASSPORT_ROW,
  PROGRAM_STATUS,
  STATEMENT_WORDS,
  formMatches,
  hasPhrase,
  matches,
  vocabularyForm,
  type Phrases,
} from '../../../src/sheets/read/vocabulary';

const lists: Phrases[] = [
  ...Object.values(FUNDING_COLUMN),
  ...Object.values(FUNDING_ROW),
  ...Object.values(PASSPORT_ROW),
  ...Object.values(INDICATOR_COLUMN),
  ...Object.values(INDICATOR_ROW),
  PROGRAM_STATUS,
  STATEMENT_WORDS,
  MONEY_WORDS,
  INDICATOR_WORDS,
  ['^n п п', 'a+b', '(x)', '^'],
];

function texts(): string[] {
  const phrases = lists.flat().map((p) => vocabularyForm(p.replace(/^\^/, '')));
  const out = new Set<string>(['', ' ', '|', 'прочее']);
  for (const p of phrases) {
    const words = p.split(' ');
    out.add(p);
    out.add(`${p}ы`);
    out.add(`итого ${p}`);
    out.add(`${p} | всего`);
    out.add(`всего | ${p}`);
    out.add(words.join('  '));
    out.add(words.map((w) => w + 'ой').join(' '));
    out.add(words.slice(0, -1).join(' '));
    out.add(words.map((w) => w.slice(0, Math.max(1, w.length - 1))).join(' '));
    out.add(` ${p}`);
    out.add(words.reverse().join(' '));
  }
  return [...out];
}

describe('a list of phrases as one test', () => {
  it('says what asking each of its phrases says', () => {
    const all = texts();
    let held = 0;
    const differ: [Phrases, string][] = [];
    for (const list of lists) {
      for (const form of all) {
        const each = list.some((p) => hasPhrase(form, p));
        if (each) held++;
        if (formMatches(form, list) !== each) differ.push([list, form]);
      }
    }
    expect(differ).toEqual([]);
    // The texts hold the phrases often enough for the comparison to mean something.
    expect(held).toBeGreaterThan(1000);
  });

  it('folds the text first in `matches`', () => {
    expect(matches('ИСТОЧНИК  финансирования:', FUNDING_COLUMN.source)).toBe(true);
    expect(matches('Годы реализации', FUNDING_COLUMN.yearRows)).toBe(true);
    expect(matches('Всего, тыс. руб.', FUNDING_COLUMN.yearRows)).toBe(false);
  });
});
