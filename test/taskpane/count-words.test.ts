// Counts in the pane's Russian messages agree with their number: «Исправлено 4 значения», «3 версии»,
// «2 предупреждения» — not «Исправлено значения: 4» (a nominative plural before a colon and the number, which
// no Russian writes; «значений: 4» or «4 значения» are Russian).
import { MESSAGES } from '../../src/taskpane/i18n/messages';

const ru = MESSAGES.ru;
/** A nominative plural (2–4 form) right before «: N» or « — N». */
const WRONG = /(значения|версии|изменения|решения|предупреждения)(: | — )\d/;

describe('Russian counts agree with their number', () => {
  it.each([1, 2, 3, 4, 5, 11, 21, 22, 25])('%i', (n) => {
    const messages = [ru.done.fixed(n), ru.done.reportFixed(n), ru.done.historyLoaded(n), ru.store.moreChanges(n), ru.store.reviews(n), ru.store.warnings(n)];
    for (const m of messages) expect(m).not.toMatch(WRONG);
  });

  it('as a person writes them', () => {
    expect(ru.done.fixed(1)).toBe('Исправлено 1 значение. Книга проверена заново.');
    expect(ru.done.fixed(4)).toBe('Исправлено 4 значения. Книга проверена заново.');
    expect(ru.done.fixed(5)).toBe('Исправлено 5 значений. Книга проверена заново.');
    expect(ru.done.reportFixed(21)).toBe('Исправлено 21 значение. Отчёт проверен заново.');
    expect(ru.done.historyLoaded(3)).toBe('История получена: 3 версии.');
    expect(ru.store.moreChanges(2)).toBe('и ещё 2 изменения');
    expect(ru.store.reviews(2)).toBe('2 решения');
    expect(ru.store.warnings(2)).toBe('2 предупреждения');
    expect(ru.store.warnings(5)).toBe('5 предупреждений');
  });
});
