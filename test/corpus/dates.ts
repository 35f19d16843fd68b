// Dates as acts print them, read into ISO form: «08.02.2017», «4.06.2012», «10.02.17», «8 декабря 2015 г.»,
// «5 июня 2023 года». The corpus checks with it that the words it quotes for a fragment's date give that date.

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Every date the text prints, ISO, in order. */
export function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\.(\d{2})\.(\d{4}|\d{2})(?!\d)/g)) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = iso(year, Number(m[2]), Number(m[1]));
    if (date) out.push(date);
  }
  for (const m of text.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'g'))) {
    const date = iso(Number(m[3]), MONTHS.indexOf(m[2]) + 1, Number(m[1]));
    if (date) out.push(date);
  }
  return out;
}
