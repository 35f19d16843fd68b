// A moment from the store (ISO 8601, UTC) as the CLI's user reads it: local time «ДД.ММ.ГГГГ ЧЧ:ММ», the same in both
// languages (the English side keeps the day-first order the documents use).

const two = (n: number): string => String(n).padStart(2, '0');

/** «07.12.2026 09:31» in the machine's time zone; text that is not a date is shown as it came. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
