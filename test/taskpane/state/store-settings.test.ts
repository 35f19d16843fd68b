import { NO_STORE_SETTINGS, storeSettingsComplete, storedStoreSettings, storeStoreSettings } from '../../../src/taskpane/state/store-settings';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the store settings kept in the browser', () => {
  test('what is stored comes back', () => {
    const storage = memoryStorage();
    storeStoreSettings({ url: 'https://sverka.example.ru', token: 'svk_abc' }, storage);
    expect(storedStoreSettings(storage)).toEqual({ url: 'https://sverka.example.ru', token: 'svk_abc' });
  });

  test.each([
    ['nothing stored', {}],
    ['not JSON', { 'sverka.store': '{oops' }],
    ['JSON of another shape', { 'sverka.store': '[1,2]' }],
  ])('%s: empty settings', (_, initial) => {
    expect(storedStoreSettings(memoryStorage(initial))).toEqual(NO_STORE_SETTINGS);
  });

  test('storage that refuses (locked down) is not a failure', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => storeStoreSettings({ url: 'http://127.0.0.1:8787', token: 't' }, refusing)).not.toThrow();
    expect(storedStoreSettings(refusing)).toEqual(NO_STORE_SETTINGS);
  });

  test.each([
    [{ url: 'http://127.0.0.1:8787', token: 'svk_1' }, true],
    [{ url: 'https://sverka.example.ru/', token: 'svk_1' }, true],
    [{ url: '127.0.0.1:8787', token: 'svk_1' }, false],
    [{ url: 'http://127.0.0.1:8787', token: '   ' }, false],
    [{ url: '', token: '' }, false],
  ])('%o complete: %s', (settings, complete) => {
    expect(storeSettingsComplete(settings)).toBe(complete);
  });
});
