// The language a person chose last, kept in the browser's storage (the Office web view's too).
import type { Lang } from '../../domain/finding';

const KEY = 'sverka.lang';

export function storedLanguage(fallback: Lang = 'ru'): Lang {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'en' || value === 'ru' ? value : fallback;
  } catch {
    return fallback; // storage can be off (private mode, locked-down Office): Russian is the default anyway
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // not remembered; the pane works the same
  }
}
