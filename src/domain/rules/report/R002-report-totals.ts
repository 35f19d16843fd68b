import { reportTotals } from '../../reporting/report-totals';
import { reportPaths } from '../../reporting/report-paths';
import { defineRule } from '../define-rule';
import { relayReadIssues } from '../structure/relay-read-issues';

const messages = {
  total: {
    data: { line: 'place', expected: 'decimal', actual: 'decimal' },
    ru: '{{line}}: сумма строк {{expected}}, в строке указано {{actual}}',
    en: '{{line}}: the lines add up to {{expected}}, the row says {{actual}}',
  },
  lineAmount: {
    data: { line: 'place', expected: 'decimal', actual: 'decimal' },
    ru: '{{line}}: {{actual}}, а итоги, в которые входит эта строка, дают {{expected}}',
    en: '{{line}}: {{actual}}, while the totals this line is part of give {{expected}}',
  },
  statedTwice: {
    data: { sheet: 'text', cell: 'text', first: 'text', expected: 'decimal', actual: 'decimal' },
    ru: 'Лист «{{sheet}}», {{cell}}: итог подпрограммы указан дважды и не совпадает — здесь {{actual}}, а в {{first}} {{expected}}; оставьте одно значение',
    en: 'Sheet "{{sheet}}", {{cell}}: the subprogram\'s total is stated twice and the two disagree — {{actual}} here, {{expected}} in {{first}}; keep one value',
  },
} as const;

export const reportTotalsAddUp = defineRule({
  meta: {
    id: 'R002',
    title: { ru: 'Итоги отчёта не сходятся', en: 'The report\'s totals do not add up' },
    description: {
      ru: 'В форме R1 в каждом числовом столбце («План на год», «Профинансировано», «Освоено») строка «Всего по подпрограмме» равна сумме её строк, итог мероприятия — сумме его источников, «ИТОГО» — сумме подпрограмм, строка «в том числе» — сумме источника по подпрограммам; исправление — формула суммы. Строка, с которой не сходятся два итога, — одна ошибка в этой строке. Итог подпрограммы, указанный дважды (в её строке и в строке «Итого по подпрограмме») с разными суммами, — ошибка у второго, с адресом первого.',
      en: 'In form R1, in every numeric column (plan, financed, spent), a subprogram\'s total equals the sum of its lines, an activity\'s total the sum of its sources, the program total the sum of the subprograms, an "of which" line the sum of its source over the subprograms; the fix is the sum\'s formula. A line two totals disagree with is one error, at that line. A subprogram\'s total stated twice (on its own row and on «Итого по подпрограмме») with different amounts is an error at the second, naming the first.',
    },
    messages,
    fixable: true,
  },
  check(ctx) {
    // A subprogram's total stated twice (its heading row and «Итого по подпрограмме») that disagrees: found by the reader.
    relayReadIssues(ctx, 'R002', messages);
    const funding = ctx.reporting?.report.funding;
    if (!funding) return;
    const { totals, columns } = reportTotals(funding);
    for (const t of totals) {
      for (const column of columns) {
        const path = reportPaths.fundingCell(t.line.ref, column);
        const addends = t.addends.map((a) => ({ path: reportPaths.fundingCell(a.ref, column), amount: a.line[column] }));
        if (ctx.unreadable(path) || addends.some((a) => ctx.unreadable(a.path))) continue;
        ctx.sum({
          statement: 'report',
          path,
          place: t.line.place(column),
          stated: t.line.line[column],
          addends,
          report: ({ expected, actual }) => ({
            messageId: 'total',
            path,
            data: { line: t.line.place(column), expected, actual },
            fix: { kind: 'sum', addends: addends.map((a) => a.path), value: expected },
          }),
          blameAddend: (at, { expected, actual }) => {
            const line = t.addends.find((a) => reportPaths.fundingCell(a.ref, column) === at) ?? t.line;
            return { messageId: 'lineAmount', path: at, data: { line: line.place(column), expected, actual }, fix: { kind: 'number', value: expected } };
          },
        });
      }
    }
  },
});
