// Where the pane finds the store: its address and the person's token. Kept in the browser's
// localStorage — in the preview and inside Excel alike (Office's web view keeps the add-in's own
// localStorage per user and machine). Not in the workbook's settings: a token saved there would travel
// with every copy of the file. (Office's roamingSettings exist only in Outlook.)
export interface StoreSettings {
  /** "https://sverka.example.ru" or "http://127.0.0.1:8787"; empty when not set. */
  url: string;
  token: string;
}

const KEY = 'sverka.store';

export const NO_STORE_SETTINGS: StoreSettings = { url: '', token: '' };

/** What stops the settings from being used: a field left empty, or an address that is not a web address. */
export type StoreSettingsProblem = 'missing' | 'address';

/** Whether the address is a web address the pane can reach: http(s)://host… */
export function storeAddressValid(url: string): boolean {
  const text = url.trim();
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

export function storeSettingsProblem(settings: StoreSettings): StoreSettingsProblem | null {
  if (settings.url.trim() === '' || settings.token.trim() === '') return 'missing';
  return storeAddressValid(settings.url) ? null : 'address';
}

export function storeSettingsComplete(settings: StoreSettings): boolean {
  return storeSettingsProblem(settings) === null;
}

export function storedStoreSettings(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): StoreSettings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return NO_STORE_SETTINGS;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return NO_STORE_SETTINGS;
    const { url, token } = value as Record<string, unknown>;
    return { url: typeof url === 'string' ? url : '', token: typeof token === 'string' ? token : '' };
  } catch {
    return NO_STORE_SETTINGS; // storage off or unreadable: the person types them again
  }
}

export function storeStoreSettings(settings: StoreSettings, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ url: settings.url, token: settings.token }));
  } catch {
    // not remembered; the pane works the same for this session
  }
}
