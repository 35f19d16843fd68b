import { toScaled } from '../../amount';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals } from '../../reporting/report-totals';
import { defineRule } from '../define-rule';

export const factInvalid = defineRule({
  meta: {
    id: 'R003',
    title: { ru: 'Отрицательный факт или освоено больше профинансированного', en: 'A negative fact, or spent above financed' },
    description: {
      ru: 'В форме R1 «Профинансировано» и «Освоено» не бывают отрицательными, и освоено не больше профинансированного. Когда фактические расходы включают кредиторскую задолженность, освоено сверх профинансированного — предупреждение. Проверяются строки, которые вводит человек; итоги проверяет R002.',
      en: 'In form R1, financed and spent are never negative, and spent is not above financed. When actual expenses include unpaid obligations, spent above financed is a warning. The lines a person types are checked; the totals are R002\'s.',
    },
    messages: {
      negative: {
        data: { line: 'place', actual: 'decimal' },
        ru: '{{line}}: отрицательная сумма {{actual}}',
        en: '{{line}}: negative amount {{actual}}',
      },
      spentAboveFinanced: {
        data: { line: 'place', financed: 'decimal', actual: 'decimal' },
        ru: '{{line}}: освоено {{actual}} — больше, чем профинансировано ({{financed}})',
        en: '{{line}}: spent {{actual}} is more than financed ({{financed}})',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const funding = ctx.reporting?.report.funding;
    if (!funding) return;
    const precision = ctx.config.precision;
    for (const l of reportTotals(funding).leaves) {
      let negative = false;
      for (const column of ['financed', 'spent'] as const) {
        const d = l.line[column];
        if (!funding.columns[column] || d === null || toScaled(d, precision) >= 0n) continue;
        negative = true;
        ctx.report({ messageId: 'negative', path: reportPaths.fundingCell(l.ref, column), data: { line: l.place(column), actual: d } });
      }
      const { financed, spent } = l.line;
      if (negative || !funding.columns.financed || !funding.columns.spent || spent === null) continue;
      if (toScaled(spent, precision) <= (financed === null ? 0n : toScaled(financed, precision))) continue;
      ctx.report({
        messageId: 'spentAboveFinanced',
        path: reportPaths.fundingCell(l.ref, 'spent'),
        data: { line: l.place('spent'), financed: financed ?? '0', actual: spent },
        ...(funding.spentIncludesObligations ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
