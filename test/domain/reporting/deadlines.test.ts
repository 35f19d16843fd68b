import fc from 'fast-check';
import { daysBetween, deadlineStatus, deadlineStatusText, DeadlineSettings, dueDate, moscowDate } from '../../../src/domain/reporting/deadlines';

const q1 = { year: 2021, quarters: 1 };

describe('due dates', () => {
  it.each([
    [1, '2021-04-05'],
    [2, '2021-07-05'],
    [3, '2021-10-05'],
    [4, '2022-03-01'],
  ])('the report of %i quarter(s) of 2021 is due on %s', (quarters, due) => {
    expect(dueDate({ year: 2021, quarters })).toBe(due);
  });

  it('the annual due date and the quarterly day are settings', () => {
    const settings = DeadlineSettings.parse({ annualDue: '04-15', quarterlyDay: 10 });
    expect(dueDate({ year: 2021, quarters: 4 }, settings)).toBe('2022-04-15');
    expect(dueDate(q1, settings)).toBe('2021-04-10');
    expect(() => DeadlineSettings.parse({ annualDue: '13-01' })).toThrow();
    expect(() => DeadlineSettings.parse({ quarterlyDay: 31 })).toThrow();
  });
});

describe('Moscow dates', () => {
  it.each([
    ['2021-04-05T20:59:59Z', '2021-04-05'],
    ['2021-04-05T21:00:00Z', '2021-04-06'],
    ['2021-04-04T21:00:00Z', '2021-04-05'],
  ])('%s is %s in Moscow', (iso, date) => {
    expect(moscowDate(new Date(iso))).toBe(date);
  });
});

describe('statuses', () => {
  const now = new Date('2021-04-20T09:00:00+03:00');
  it.each<[string, Date | null, Date, string, object]>([
    ['before the due date, nothing sent', null, new Date('2021-04-05T23:59:00+03:00'), 'срок не наступил', { status: 'notDue', due: '2021-04-05' }],
    ['sent on the due date, late evening Moscow time', new Date('2021-04-05T23:59:00+03:00'), now, 'в срок', { status: 'onTime', submitted: '2021-04-05' }],
    ['sent a minute after midnight Moscow time', new Date('2021-04-06T00:01:00+03:00'), now, 'с опозданием на 1 день', { status: 'late', daysLate: 1 }],
    ['sent three days late', new Date('2021-04-08T10:00:00+03:00'), now, 'с опозданием на 3 дня', { status: 'late', daysLate: 3 }],
    ['sent eleven days late', new Date('2021-04-16T10:00:00+03:00'), now, 'с опозданием на 11 дней', { status: 'late', daysLate: 11 }],
    ['nothing sent, the due date passed', null, new Date('2021-04-06T00:00:00+03:00'), 'нет отчёта', { status: 'missing', daysOverdue: 1 }],
  ])('%s', (_name, submitted, at, text, expected) => {
    const status = deadlineStatus(q1, submitted, at);
    expect(status).toMatchObject(expected);
    expect(deadlineStatusText(status).ru).toBe(text);
  });

  it('on time exactly when sent on or before the due date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 * 60 }), (minutes) => {
        const submitted = new Date(Date.parse('2021-01-01T00:00:00+03:00') + minutes * 60_000);
        const status = deadlineStatus(q1, submitted, new Date('2023-01-01T00:00:00Z'));
        const late = daysBetween('2021-04-05', moscowDate(submitted));
        expect(status.status).toBe(late > 0 ? 'late' : 'onTime');
        if (status.status === 'late') expect(status.daysLate).toBe(late);
      }),
    );
  });
});
