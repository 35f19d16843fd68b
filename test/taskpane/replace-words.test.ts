// «Заменить листы?» named a load as what replaces the sheets also when «Создать листы отчёта» asked —
// nothing is loaded there: the new report sheets replace the old ones.
import { MESSAGES } from '../../src/taskpane/i18n/messages';

describe('the question before sheets are replaced', () => {
  test('a template or a stored version: the load replaces them', () => {
    expect(MESSAGES.ru.replace.body(['Паспорт', 'Приложение 1'], 'template')).toBe(
      'Листы «Паспорт», «Приложение 1» уже заполнены. Загрузка заменит их целиком, всё введённое на них пропадёт.',
    );
    expect(MESSAGES.en.replace.body(['Паспорт'], 'loadStored')).toMatch(/^Sheet “Паспорт” already has content\. Loading replaces it entirely/);
  });

  test('«Создать листы отчёта»: the new report sheets replace them, no word of loading', () => {
    const ru = MESSAGES.ru.replace.body(['Форма R1', 'Форма R2'], 'reportSheets');
    expect(ru).toBe('Листы «Форма R1», «Форма R2» уже заполнены. Новые листы отчёта заменят их целиком, всё введённое на них пропадёт.');
    expect(MESSAGES.en.replace.body(['Форма R1'], 'reportSheets')).toMatch(/The new report sheets replace it entirely/);
    expect(ru).not.toMatch(/Загрузка/);
  });
});
