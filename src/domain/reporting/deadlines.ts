// When a report is due and what its status is for the coordinator. Dates are calendar dates in Moscow
// time (UTC+3, no daylight saving since 2014); the clock is whatever the caller passes (the store's,
// injectable in tests). Quarterly reports are due on the 5th day of the month after the quarter
// (Q1 → 5 April, Q2 → 5 July, Q3 → 5 October); the annual one on a set date of the next year (default 1 March).
import { z } from 'zod';
import { russianPlural } from '../text/russian-plural';
import { isAnnual, type ReportPeriod } from './period';

/** "2021-04-05": a calendar date. */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'дата вида 2021-04-05');
export type CalendarDate = z.infer<typeof CalendarDate>;

export const DeadlineSettings = z
  .object({
    /** The day of the month after the quarter when a quarterly report is due. */
    quarterlyDay: z.number().int().min(1).max(28).default(5),
    /** The annual report's due date in the next year, "MM-DD". */
    annualDue: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'месяц и день вида 03-01').default('03-01'),
  })
  .strict();
export type DeadlineSettings = z.infer<typeof DeadlineSettings>;
export const DEFAULT_DEADLINES: DeadlineSettings = DeadlineSettings.parse({});

/** Moscow is UTC+3 all year. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Moscow calendar date of an instant. */
export function moscowDate(instant: Date): CalendarDate {
  return new Date(instant.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dueDate(period: ReportPeriod, settings: DeadlineSettings = DEFAULT_DEADLINES): CalendarDate {
  if (isAnnual(period)) return `${period.year + 1}-${settings.annualDue}`;
  return `${period.year}-${pad(period.quarters * 3 + 1)}-${pad(settings.quarterlyDay)}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export type DeadlineStatus =
  | { status: 'notDue'; due: CalendarDate }
  | { status: 'onTime'; due: CalendarDate; submitted: CalendarDate }
  | { status: 'late'; due: CalendarDate; submitted: CalendarDate; daysLate: number }
  | { status: 'missing'; due: CalendarDate; daysOverdue: number };

/**
 * The status of one period's report. `submittedAt` is when the report was first sent in a version that
 * counts (accepted, or not yet reviewed; a returned version does not count), null when there is none.
 * Submitted on the due date is on time; the day after is one day late. Nothing that counts after the
 * due date is missing; before it, not yet due.
 */
export function deadlineStatus(period: ReportPeriod, submittedAt: Date | null, now: Date, settings: DeadlineSettings = DEFAULT_DEADLINES): DeadlineStatus {
  const due = dueDate(period, settings);
  if (submittedAt) {
    const submitted = moscowDate(submittedAt);
    const late = daysBetween(due, submitted);
    return late > 0 ? { status: 'late', due, submitted, daysLate: late } : { status: 'onTime', due, submitted };
  }
  const today = moscowDate(now);
  const overdue = daysBetween(due, today);
  return overdue > 0 ? { status: 'missing', due, daysOverdue: overdue } : { status: 'notDue', due };
}

/** What the coordinator reads: «не наступил срок», «в срок», «с опозданием на 3 дня», «нет отчёта». */
export function deadlineStatusText(s: DeadlineStatus): { ru: string; en: string } {
  switch (s.status) {
    case 'notDue':
      return { ru: 'срок не наступил', en: 'not yet due' };
    case 'onTime':
      return { ru: 'в срок', en: 'on time' };
    case 'late':
      return { ru: `с опозданием на ${s.daysLate} ${russianPlural(s.daysLate, 'день', 'дня', 'дней')}`, en: `late by ${s.daysLate} day${s.daysLate === 1 ? '' : 's'}` };
    case 'missing':
      return { ru: 'нет отчёта', en: 'missing' };
  }
}

