// The reporting period. Reports are cumulative from the start of the year, so a period is the year and
// how many quarters it covers: 1 — «за I квартал», 2 — «за I полугодие», 3 — «за 9 месяцев»,
// 4 — «за <год> год», the annual report (the Q4 report is the annual one).
// Its schema is in period-schema.ts, apart from these helpers: `sverka validate` loads no zod (amount-schema.ts).
import type { Localized } from '../finding';
import type { ReportPeriod } from './period-schema';

export type { ReportPeriod } from './period-schema';

export function isAnnual(period: ReportPeriod): boolean {
  return period.quarters === 4;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** «за I квартал 2021 года», «за I полугодие 2021 года», «за 9 месяцев 2021 года», «за 2021 год». */
export function periodTitle(period: ReportPeriod): Localized {
  const { year } = period;
  switch (period.quarters) {
    case 1:
      return { ru: `за I квартал ${year} года`, en: `for Q1 ${year}` };
    case 2:
      return { ru: `за I полугодие ${year} года`, en: `for H1 ${year}` };
    case 3:
      return { ru: `за 9 месяцев ${year} года`, en: `for the 9 months of ${year}` };
    default:
      return { ru: `за ${year} год`, en: `for the year ${year}` };
  }
}

/** A short name for tables: «I кв. 2021», «2021 год». */
export function periodShort(period: ReportPeriod): Localized {
  return isAnnual(period)
    ? { ru: `${period.year} год`, en: `${period.year}` }
    : { ru: `${ROMAN[period.quarters - 1]} кв. ${period.year}`, en: `Q${period.quarters} ${period.year}` };
}

/** "2021-Q1", "2021-Q2", "2021-Q3", "2021" (annual): the key in paths, URLs and the CLI. */
export function periodKey(period: ReportPeriod): string {
  return isAnnual(period) ? String(period.year) : `${period.year}-Q${period.quarters}`;
}

/**
 * Reads a period key as typed on the command line: "2021-Q1" … "2021-Q4", "2021-H1" (= Q2), "2021-9M" (= Q3),
 * "2021" or "2021-Y" (annual). Null when it is none of these.
 */
export function parsePeriodKey(text: string): ReportPeriod | null {
  const m = /^\s*(\d{4})(?:-(Q[1-4]|H1|9M|Y|year))?\s*$/i.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const part = (m[2] ?? 'Y').toUpperCase();
  const quarters = part.startsWith('Q') ? Number(part[1]) : part === 'H1' ? 2 : part === '9M' ? 3 : 4;
  // The years ReportPeriod accepts (period-schema.ts), checked here without zod.
  return year >= 1900 && year <= 2200 ? { year, quarters } : null;
}

/** The periods of a year, in order. */
export function periodsOf(year: number): ReportPeriod[] {
  return [1, 2, 3, 4].map((quarters) => ({ year, quarters }));
}

/** The period before this one in the same year (R005 compares with it), or null for the first quarter. */
export function previousPeriod(period: ReportPeriod): ReportPeriod | null {
  return period.quarters > 1 ? { year: period.year, quarters: period.quarters - 1 } : null;
}

export function samePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  return a.year === b.year && a.quarters === b.quarters;
}

/** The share of the year elapsed at the period's end: quarters / 4. */
export function elapsedShare(period: ReportPeriod): { num: number; den: number } {
  return { num: period.quarters, den: 4 };
}
