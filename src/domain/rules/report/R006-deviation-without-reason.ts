import { toScaled } from '../../amount';
import { indicatorDirection } from '../../indicator-direction';
import { isAnnual } from '../../reporting/period';
import { executionPercent, isReached } from '../../reporting/percent';
import { programPlanOfIndicator, programPlanOfLine } from '../../reporting/program-plan';
import { ratio, ratioOf, roundRatio } from '../../reporting/ratio';
import { reportIndicatorRows } from '../../reporting/report-lines';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals } from '../../reporting/report-totals';
import { defineRule } from '../define-rule';

/** A reason is written: not empty and not a dash. */
export function hasReason(reason: string | null): boolean {
  return reason !== null && !/^[\s\-‐‑‒–—−.]*$/.test(reason);
}

export const deviationWithoutReason = defineRule({
  meta: {
    id: 'R006',
    title: { ru: 'Отклонение без причины', en: 'A deviation without a reason' },
    description: {
      ru: 'Строка формы R1, отстающая от темпа года (Освоено / План меньше заданной доли прошедших кварталов, по умолчанию половины от кварталов / 4; план — сумма года в Приложении 1, когда план отчёта — программа, а строка с ней расходится, что есть ошибка R001), или показатель формы R2, не достигший плана (значения года в Приложении 2, когда план отчёта с ним расходится — это ошибка R001), требует «Причин отклонения». В квартальном отчёте — предупреждение; в годовом любое отклонение факта от плана без причины — ошибка.',
      en: 'A line of form R1 behind the year\'s pace (spent / plan below a set share of the elapsed quarters, by default half of quarters / 4; the plan being the year\'s amount in Annex 1 where the report\'s plan is the program and the line differs from it, R001\'s error), or an indicator of form R2 that missed its plan (the year\'s value in Annex 2 where the report\'s plan differs from it — R001\'s error), needs a reason for the deviation. A warning in a quarterly report; in the annual report every deviation of a fact from the plan without a reason is an error.',
    },
    messages: {
      behindPace: {
        data: { line: 'place', percent: 'decimal', pace: 'decimal' },
        ru: '{{line}}: освоено {{percent}} % плана года при темпе не ниже {{pace}} %, а причины отклонения не указаны',
        en: '{{line}}: {{percent}}% of the year\'s plan spent, below the pace of {{pace}}%, and no reason is given',
      },
      annualDeviation: {
        data: { line: 'place', plan: 'decimal', actual: 'decimal' },
        ru: '{{line}}: за год освоено {{actual}} при плане {{plan}}, а причины отклонения не указаны',
        en: '{{line}}: {{actual}} spent in the year against the plan of {{plan}}, and no reason is given',
      },
      notReached: {
        data: { indicator: 'place', plan: 'decimal', actual: 'decimal' },
        ru: '{{indicator}}: факт {{actual}} не достигает плана {{plan}}, а причины отклонения не указаны',
        en: '{{indicator}}: the actual value {{actual}} misses the plan of {{plan}}, and no reason is given',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const input = ctx.reporting;
    const period = input?.report.period;
    if (!input || !period) return;
    const annual = isAnnual(period);
    const lowered = annual ? {} : { severity: 'warning' as const };
    const { report } = input;
    const precision = ctx.config.precision;
    if (report.funding?.columns.spent) {
      // The pace: the share of the elapsed quarters a line must have spent, as a percentage.
      const share = ratioOf(ctx.config.reportPace);
      const pace = ratio(share.num * BigInt(period.quarters) * 100n, share.den * 4n);
      for (const l of reportTotals(report.funding).leaves) {
        const { spent, reason } = l.line;
        if (l.line.plan === null || hasReason(reason)) continue;
        // As for indicators: a plan typed off the program's (R001, the report's plan being the program's) is that defect.
        let programPlan = programPlanOfLine(input, l, precision);
        if (programPlan !== null && ctx.unreadable(reportPaths.fundingCell(l.ref, 'plan'))) programPlan = null;
        const plan = programPlan ?? l.line.plan;
        if (toScaled(plan, precision) <= 0n) continue;
        const path = reportPaths.fundingCell(l.ref, 'reason');
        if (annual) {
          const s = spent === null ? 0n : toScaled(spent, precision);
          if (s === toScaled(plan, precision)) continue;
          ctx.report({ messageId: 'annualDeviation', path, data: { line: l.place('reason'), plan, actual: spent ?? '0' } });
          continue;
        }
        const percent = executionPercent(spent, plan);
        if (percent === null || percent.num * pace.den >= pace.num * percent.den) continue;
        ctx.report({ messageId: 'behindPace', path, data: { line: l.place('reason'), percent: roundRatio(percent, 1), pace: roundRatio(pace, 1) }, ...lowered });
      }
    }
    if (report.indicators) {
      for (const row of reportIndicatorRows(report.indicators)) {
        const { fact, reason, name } = row.indicator;
        if (row.indicator.plan === null || fact === null || hasReason(reason)) continue;
        // The deviation a reason explains is from the program's target (Приложение 2): a plan typed off it is R001's
        // defect, and a fact judged against that typed plan would give a warning it alone caused, or hide a real miss.
        let programPlan = programPlanOfIndicator(input, row);
        if (programPlan !== null && ctx.unreadable(reportPaths.indicatorCell(row.sub, row.act, row.ind, 'plan'))) programPlan = null;
        const plan = programPlan ?? row.indicator.plan;
        const direction = plan.bound === 'min' ? 'higher' : plan.bound === 'max' ? 'lower' : indicatorDirection(name, ctx.config);
        if (isReached(fact, plan, direction)) continue;
        ctx.report({
          messageId: 'notReached',
          path: reportPaths.indicatorCell(row.sub, row.act, row.ind, 'reason'),
          data: { indicator: { kind: 'reportIndicator', number: row.activity.number.trim(), name, column: 'reason' }, plan: plan.value, actual: fact },
          ...lowered,
        });
      }
    }
  },
});
