// The reporting period as a title block writes it: «за I квартал 2021 года», «за 1 кв. 2021 г.»,
// «за первое полугодие 2021 года», «за 6 месяцев», «за 9 месяцев 2021 года», «за январь–сентябрь 2021 года»,
// «за 2021 год», «по состоянию на 01.07.2021», «на 1 октября 2021 года». A date or span that is not the end
// of a quarter («по состоянию на 15.05.2021», «за 5 месяцев») is read as such, so that R008 can say so.
import type { ReportPeriod } from './period';

export type PeriodReading =
  | { kind: 'period'; period: ReportPeriod; text: string }
  /** A period was written, but it does not end with a quarter. */
  | { kind: 'notQuarter'; year: number | null; text: string };

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

function form(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[‐‑‒–—−]/g, '-');
}

const QUARTER_WORD: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, перв: 1, втор: 2, трет: 3, четверт: 4 };

function quarterNumber(word: string): number | null {
  const w = word.replace(/-?(?:й|ый|ой|ий)$/, '');
  if (QUARTER_WORD[w] !== undefined) return QUARTER_WORD[w];
  for (const stem of ['перв', 'втор', 'трет', 'четверт']) if (w.startsWith(stem)) return QUARTER_WORD[stem];
  return null;
}

/** A month name's number (1-based), from its stem: "июля" → 7, "мая" → 5. */
function monthNumber(word: string): number | null {
  if (/^ма[йя]$/.test(word)) return 5;
  const i = MONTHS.findIndex((stem, k) => k !== 4 && word.startsWith(stem));
  return i < 0 ? null : i + 1;
}

function period(year: number, quarters: number, text: string): PeriodReading {
  return { kind: 'period', period: { year, quarters }, text };
}

/** The period of a date that ends or follows the end of a quarter: 31.03 / 01.04 → Q1; 31.12 / 01.01 of the next year → the year. */
function periodOfDate(day: number, month: number, year: number, text: string): PeriodReading {
  if (day === 1 && [4, 7, 10].includes(month)) return period(year, (month - 1) / 3, text);
  if (day === 1 && month === 1) return period(year - 1, 4, text);
  const quarterEnds: Record<number, number> = { 3: 31, 6: 30, 9: 30, 12: 31 };
  if (quarterEnds[month] === day) return period(year, month / 3, text);
  return { kind: 'notQuarter', year, text };
}

const YEAR = '(\\d{4})';

/** Reads the first period written in a text (a title block line); null when it names none. */
export function readPeriodText(text: string): PeriodReading | null {
  const f = form(text);
  let m: RegExpExecArray | null;

  m = new RegExp(`(i{1,3}|iv|[1-4]|перв\\S*|втор\\S*|трет\\S*|четверт\\S*)(?:-?[йя])?\\s*(?:квартал\\S*|кв\\.?)\\s*${YEAR}`).exec(f);
  if (m) {
    const q = quarterNumber(m[1]);
    if (q !== null) return period(Number(m[2]), q, m[0]);
  }
  m = new RegExp(`(?:(?:i|1|перв\\S*)(?:-?е)?\\s*)?полугоди\\S*\\s*${YEAR}`).exec(f);
  if (m) return period(Number(m[1]), 2, m[0]);
  m = new RegExp(`(\\d{1,2}|три|шесть|девять|двенадцать)\\s*(?:-?ти\\s*)?месяц\\S*\\s*${YEAR}`).exec(f);
  if (m) {
    const words: Record<string, number> = { три: 3, шесть: 6, девять: 9, двенадцать: 12 };
    const months = words[m[1]] ?? Number(m[1]);
    return months % 3 === 0 && months >= 3 && months <= 12 ? period(Number(m[2]), months / 3, m[0]) : { kind: 'notQuarter', year: Number(m[2]), text: m[0] };
  }
  m = new RegExp(`январ\\S*\\s*-\\s*([а-я]+)\\s*${YEAR}`).exec(f);
  if (m) {
    const month = monthNumber(m[1]);
    if (month !== null) return month % 3 === 0 ? period(Number(m[2]), month / 3, m[0]) : { kind: 'notQuarter', year: Number(m[2]), text: m[0] };
  }
  m = /(?:^|\s|\()на\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(f) ?? /состоянию\s+на\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(f);
  if (m) return periodOfDate(Number(m[1]), Number(m[2]), Number(m[3]), m[0].trim());
  m = new RegExp(`(?:^|\\s|\\()на\\s+(\\d{1,2})\\s+([а-я]+)\\s+${YEAR}`).exec(f);
  if (m) {
    const month = monthNumber(m[2]);
    if (month !== null) return periodOfDate(Number(m[1]), month, Number(m[3]), m[0].trim());
  }
  m = new RegExp(`(?:за|отчетный период:?|период:?)\\s*${YEAR}\\s*(?:год|г\\.?(?:\\s|$|\\)|,))`).exec(f);
  if (m) return period(Number(m[1]), 4, m[0].trim());
  return null;
}
