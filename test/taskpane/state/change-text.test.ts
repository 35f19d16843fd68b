// A line of «Что изменилось после версии N» for the fix of a federal project code: «Е4» (Cyrillic) to «E4»
// (Latin) read «… Е4 … → … E4 …» — the same text twice to the eye. The line now says which letters changed.
import type { FoldedChange } from '../../../src/store/contract/diff';
import { MESSAGES } from '../../../src/taskpane/i18n/messages';
import { describeChange, respelledAs } from '../../../src/taskpane/state/change-text';

function titleChange(old: string, now: string): FoldedChange {
  return {
    change: 'changed',
    path: 'indicators/sub/2/act/7/title',
    table: 'indicators',
    subprogram: 'Подпрограмма II «Развитие информационной и технологической инфраструктуры»',
    source: null,
    activity: now,
    indicator: null,
    field: 'title',
    year: null,
    old,
    new: now,
    totals: [],
  };
}

describe('a change of letters only', () => {
  test('«Е4» → «E4»: said in words, in both languages', () => {
    const change = titleChange('Основное мероприятие Е4. Федеральный проект', 'Основное мероприятие E4. Федеральный проект');
    expect(describeChange(change, MESSAGES.ru.store.change, 'ru')).toMatch(/Е4\. Федеральный проект → .*E4\. Федеральный проект \(русские буквы заменены латинскими\)$/);
    expect(describeChange(change, MESSAGES.en.store.change, 'en')).toMatch(/\(Cyrillic letters replaced by Latin ones\)$/);
  });

  test('which way, and nothing said for any other change', () => {
    expect(respelledAs('Д6', 'D6')).toBe('latin');
    expect(respelledAs('E4', 'Е4')).toBe('cyrillic');
    expect(respelledAs('Е4', 'E5')).toBeNull();
    expect(respelledAs('421246.4', '421246.1')).toBeNull();
    expect(respelledAs('Е4', 'Е4')).toBeNull();
    expect(describeChange(titleChange('Основное мероприятие 01', 'Основное мероприятие 02'), MESSAGES.ru.store.change, 'ru')).not.toMatch(/буквы/);
  });
});
