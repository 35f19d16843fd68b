import { toScaled } from '../../amount';
import { programPlanOfLine } from '../../reporting/program-plan';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals } from '../../reporting/report-totals';
import { defineRule } from '../define-rule';

export const overExecution = defineRule({
  meta: {
    id: 'R004',
    title: { ru: 'Факт больше плана на год', en: 'A fact above the year\'s plan' },
    description: {
      ru: 'В форме R1 профинансировано или освоено с начала года больше, чем «План на год» той же строки (перевыполнение; когда план отчёта — программа, а строка с ней расходится, что есть ошибка R001, — больше суммы года в Приложении 1): так бывает, но обычно это опечатка или изменение бюджета, не внесённое в программу.',
      en: 'In form R1, financed or spent since the start of the year is above the same line\'s plan for the year (over-execution; where the report\'s plan is the program and the line differs from it, R001\'s error, above the year\'s amount in Annex 1): it happens, but is usually a typo or a budget change not yet made in the program.',
    },
    messages: {
      aboveTheYear: {
        data: { line: 'place', plan: 'decimal', actual: 'decimal' },
        ru: '{{line}}: {{actual}} — больше плана на год ({{plan}})',
        en: '{{line}}: {{actual}} is above the plan for the year ({{plan}})',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const input = ctx.reporting;
    const funding = input?.report.funding;
    if (!input || !funding) return;
    const precision = ctx.config.precision;
    for (const l of reportTotals(funding).leaves) {
      // A plan typed off the program's (R001's finding there, the report's plan being the program's) is that one
      // defect: the facts are judged against the program's plan, which R001's fix puts in the cell.
      let programPlan = programPlanOfLine(input, l, precision);
      if (programPlan !== null && ctx.unreadable(reportPaths.fundingCell(l.ref, 'plan'))) programPlan = null;
      const shown = programPlan ?? l.line.plan ?? '0';
      const plan = toScaled(shown, precision);
      // Spent above the plan says it; financed above the plan only when spent does not.
      for (const column of ['spent', 'financed'] as const) {
        const d = l.line[column];
        if (!funding.columns[column] || d === null || toScaled(d, precision) <= plan) continue;
        ctx.report({ messageId: 'aboveTheYear', path: reportPaths.fundingCell(l.ref, column), data: { line: l.place(column), plan: shown, actual: d } });
        break;
      }
    }
  },
});
