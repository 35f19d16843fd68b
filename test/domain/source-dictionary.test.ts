import { DEFAULT_SOURCES } from '../../src/domain/config';
import { isDictionarySource, nearestDictionarySource } from '../../src/domain/source-dictionary';

describe('the dictionary of funding sources', () => {
  it.each([
    ['Бюджет городского округа Ступино', true],
    ['Средства бюджета городского округа Ступино', true],
    ['БЮДЖЕТ  Московской области', true],
    ['Внебюджетные источники', true],
    ['Бюджет городского округа', true],
    ['Бюджет Московсой области', false],
    ['Прочие источники', false],
  ])('%s → %s', (name, known) => {
    expect(isDictionarySource(name, DEFAULT_SOURCES)).toBe(known);
  });

  it.each([
    ['Бюджет Московсой области', 'Бюджет Московской области'],
    ['Федеральный бюджт', 'Федеральный бюджет'],
    ['Внебюджетные истчники', 'Внебюджетные источники'],
  ])('suggests for %s the entry %s', (name, nearest) => {
    expect(nearestDictionarySource(name, DEFAULT_SOURCES)).toBe(nearest);
  });
});
