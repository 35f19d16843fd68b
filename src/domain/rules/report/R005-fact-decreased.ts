import { toScaled } from '../../amount';
import { samePeriod } from '../../reporting/period';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals } from '../../reporting/report-totals';
import { defineRule } from '../define-rule';

export const factDecreased = defineRule({
  meta: {
    id: 'R005',
    title: { ru: 'Факт с начала года меньше, чем в прошлом отчёте', en: 'A cumulative fact below the previous report\'s' },
    description: {
      ru: 'Суммы отчёта — нарастающим итогом с начала года, поэтому «Профинансировано» и «Освоено» строки не меньше, чем в принятом отчёте за предыдущий период того же года (когда он есть в хранилище или передан проверке).',
      en: 'A report\'s amounts are cumulative from the start of the year, so a line\'s financed and spent are not below the accepted report of the previous period of the same year (when the store has it or it is given to the check).',
    },
    messages: {
      decreased: {
        data: { line: 'place', previous: 'reportPeriod', expected: 'decimal', actual: 'decimal' },
        ru: '{{line}}: {{actual}} с начала года, а в отчёте {{previous}} было уже {{expected}}',
        en: '{{line}}: {{actual}} since the start of the year, while the report {{previous}} already had {{expected}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const input = ctx.reporting;
    const funding = input?.report.funding;
    const previous = input?.previous;
    if (!input || !funding || !previous?.funding || !previous.period || !input.report.period) return;
    const { period } = input.report;
    // Only an earlier period of the same year is a floor for a cumulative amount.
    if (previous.period.year !== period.year || previous.period.quarters >= period.quarters || samePeriod(previous.period, period)) return;
    const precision = ctx.config.precision;
    const before = new Map(reportTotals(previous.funding).lines.map((l) => [l.path, l]));
    for (const l of reportTotals(funding).leaves) {
      const was = before.get(l.path);
      if (!was) continue;
      for (const column of ['financed', 'spent'] as const) {
        const now = l.line[column];
        const then = was.line[column];
        if (!funding.columns[column] || !previous.funding.columns[column] || then === null) continue;
        if ((now === null ? 0n : toScaled(now, precision)) >= toScaled(then, precision)) continue;
        ctx.report({ messageId: 'decreased', path: reportPaths.fundingCell(l.ref, column), data: { line: l.place(column), previous: previous.period, expected: then, actual: now ?? '0' } });
      }
    }
  },
});
