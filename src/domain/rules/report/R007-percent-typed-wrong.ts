import type { IndicatorValue } from '../../model/indicators';
import { decimalPlaces, fromScaled, sumScaled, toScaled } from '../../amount';
import { programCellsOf } from '../../reporting/program-counterpart';
import { programPlanOfIndicator } from '../../reporting/program-plan';
import { indicatorDirection } from '../../indicator-direction';
import { achievementPercent, executionPercent } from '../../reporting/percent';
import { roundRatio } from '../../reporting/ratio';
import { reportIndicatorRows } from '../../reporting/report-lines';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals, type ReportLine, type ReportTotal } from '../../reporting/report-totals';
import { defineRule } from '../define-rule';

/** Decimals a typed percentage is compared at: as shown, at most 4 (a formula's value carries a float's tail). */
function shownDecimals(typed: string): number {
  return Math.min(decimalPlaces(typed), 4);
}

export const percentTypedWrong = defineRule({
  meta: {
    id: 'R007',
    title: { ru: 'Процент указан неверно', en: 'A percentage is typed wrong' },
    description: {
      ru: '«Процент исполнения» формы R1 равен Освоено / План × 100, «Процент достижения» формы R2 — факт / план × 100 (или план / факт × 100, когда лучше меньше), округлённым до показанных знаков (половина — от нуля); исправление — верное значение. Процент, верный для плана программы там, где план отчёта с ней расходится (R001), или для сумм, которые должен показывать итог (R002), ошибкой не считается.',
      en: 'The percent of execution of form R1 equals spent / plan × 100, the percent of achievement of form R2 fact / plan × 100 (or plan / fact × 100 where less is better), rounded to the decimals shown (half away from zero); the fix is the right value. A percentage right for the program\'s plan where the report\'s plan differs from it (R001), or for the amounts a total should state (R002), is not an error.',
    },
    messages: {
      execution: {
        data: { line: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{line}}: указано {{actual}}, а Освоено / План × 100 = {{expected}}',
        en: '{{line}}: {{actual}} is typed, spent / plan × 100 = {{expected}}',
      },
      achievement: {
        data: { indicator: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}}: указано {{actual}}, а по факту и плану выходит {{expected}}',
        en: '{{indicator}}: {{actual}} is typed, the fact and the plan give {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const reporting = ctx.reporting;
    const report = reporting?.report;
    if (!report) return;
    if (report.funding?.columns.percent) {
      const funding = report.funding;
      const { lines, totals } = reportTotals(funding);
      const totalOf = new Map(totals.map((t) => [t.line, t]));
      // The totals each line is an addend of: the amount they imply for it (the total less the other addends).
      // Made on the first percentage that is off (a clean report never needs it).
      let partOf: Map<ReportLine, ReportTotal[]> | null = null;
      const totalsWith = (line: ReportLine): ReportTotal[] => {
        if (partOf === null) {
          const made = new Map<ReportLine, ReportTotal[]>();
          for (const t of totals) for (const a of t.addends) {
            const list = made.get(a);
            if (list) list.push(t);
            else made.set(a, [t]);
          }
          partOf = made;
        }
        return partOf.get(line) ?? [];
      };
      const precision = ctx.config.precision;
      const scaledOf = (d: string | null) => (d === null ? 0n : toScaled(d, precision));
      const program = ctx.reporting?.program?.funding ?? null;
      const year = report.period?.year ?? null;
      for (const l of lines) {
        const typed = l.line.percent;
        const path = reportPaths.fundingCell(l.ref, 'percent');
        if (typed === null || ctx.unreadable(path)) continue;
        const computed = executionPercent(l.line.spent, l.line.plan);
        if (computed === null) continue;
        const d = shownDecimals(typed);
        const expected = roundRatio(computed, d);
        if (toScaled(expected, d) === toScaled(typed, d)) continue;
        // A percentage right for the amounts the line should state (its lines' sum, the program's plan, what the totals it is part of leave for it) is not
        // the defect: the total (R002) or the plan (R001) is, and its finding says so — one defect, one finding.
        const t = totalOf.get(l);
        const sum = (column: 'plan' | 'spent') => (t ? fromScaled(sumScaled(t.addends.map((a) => (a.line[column] === null ? 0n : toScaled(a.line[column]!, precision)))), precision) : null);
        const cells = program && year !== null ? programCellsOf(l.ref, funding, program, year) : null;
        const programPlan = cells ? fromScaled(sumScaled(cells.map((c) => (c.amount === null ? 0n : toScaled(c.amount, precision)))), precision) : null;
        const implied = (column: 'plan' | 'spent') =>
          totalsWith(l).map((p) => fromScaled(scaledOf(p.line.line[column]) - sumScaled(p.addends.filter((a) => a !== l).map((a) => scaledOf(a.line[column]))), precision));
        const plans = [l.line.plan, sum('plan'), programPlan, ...implied('plan')].filter((x): x is string => x !== null);
        const spents = [l.line.spent, sum('spent'), ...implied('spent')];
        const consistent = plans.some((plan) => spents.some((spent) => {
          const p = executionPercent(spent, plan);
          return p !== null && toScaled(roundRatio(p, d), d) === toScaled(typed, d);
        }));
        if (consistent) continue;
        ctx.report({ messageId: 'execution', path, data: { line: l.place('percent'), expected, actual: typed }, fix: { kind: 'number', value: expected } });
      }
    }
    if (report.indicators?.columns.percent) {
      for (const row of reportIndicatorRows(report.indicators)) {
        const { percent: typed, fact, plan, name } = row.indicator;
        const path = reportPaths.indicatorCell(row.sub, row.act, row.ind, 'percent');
        if (typed === null || fact === null || plan === null || ctx.unreadable(path)) continue;
        const directionOf = (p: IndicatorValue) => (p.bound === 'min' ? 'higher' : p.bound === 'max' ? 'lower' : indicatorDirection(name, ctx.config));
        const computed = achievementPercent(fact, plan, directionOf(plan));
        if (computed === null) continue;
        const d = shownDecimals(typed);
        const expected = roundRatio(computed, d);
        if (toScaled(expected, d) === toScaled(typed, d)) continue;
        // A percentage right for the program's plan where the plan is typed off it is R001's defect, as in form R1.
        const programPlan = reporting && !ctx.unreadable(reportPaths.indicatorCell(row.sub, row.act, row.ind, 'plan')) ? programPlanOfIndicator(reporting, row) : null;
        const byProgram = programPlan === null ? null : achievementPercent(fact, programPlan, directionOf(programPlan));
        if (byProgram !== null && toScaled(roundRatio(byProgram, d), d) === toScaled(typed, d)) continue;
        ctx.report({
          messageId: 'achievement',
          path,
          data: { indicator: { kind: 'reportIndicator', number: row.activity.number.trim(), name, column: 'percent' }, expected, actual: typed },
          fix: { kind: 'number', value: expected },
        });
      }
    }
  },
});
