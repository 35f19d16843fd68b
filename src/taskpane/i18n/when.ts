// A moment from the store (ISO 8601) as finance staff read it: «05.12.2026, 23:10» / "05/12/2026, 23:10".
import type { Lang } from '../../domain/finding';

export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}
