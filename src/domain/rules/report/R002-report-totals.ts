import { sumScaled, toScaled } from '../../amount';
import { programCellsOf, yearIndex } from '../../reporting/program-counterpart';
import { reportTotals, type ReportLine, type ReportTotal } from '../../reporting/report-totals';
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
  programStatedTwice: {
    data: { sheet: 'text', cell: 'text', first: 'text', expected: 'decimal', actual: 'decimal' },
    ru: 'Лист «{{sheet}}», {{cell}}: итог программы указан дважды и не совпадает — здесь {{actual}}, а в {{first}} {{expected}}; оставьте одно значение',
    en: 'Sheet "{{sheet}}", {{cell}}: the program\'s total is stated twice and the two disagree — {{actual}} here, {{expected}} in {{first}}; keep one value',
  },
  activityStatedTwice: {
    data: { sheet: 'text', cell: 'text', first: 'text', expected: 'decimal', actual: 'decimal' },
    ru: 'Лист «{{sheet}}», {{cell}}: итог мероприятия указан дважды и не совпадает — здесь {{actual}}, а в {{first}} {{expected}}; оставьте одно значение',
    en: 'Sheet "{{sheet}}", {{cell}}: the activity\'s total is stated twice and the two disagree — {{actual}} here, {{expected}} in {{first}}; keep one value',
  },
} as const;

export const reportTotalsAddUp = defineRule({
  meta: {
    id: 'R002',
    title: { ru: 'Итоги отчёта не сходятся', en: 'The report\'s totals do not add up' },
    description: {
      ru: 'В форме R1 в каждом числовом столбце («План на год», «Профинансировано», «Освоено») строка «Всего по подпрограмме» равна сумме её строк, итог мероприятия — сумме его источников, «ИТОГО» — сумме подпрограмм, строка «в том числе» — сумме источника по подпрограммам; исправление — формула суммы. Строка, с которой не сходятся два итога, — одна ошибка в этой строке; строка подпрограммы, расходящаяся с программой вместе с итогами, которые её складывают, при «ИТОГО» как в программе — одна ошибка R001 в этой строке, а не ещё и ошибка «ИТОГО»; итог, не равный сумме своих строк, — ошибка R002 у итога, а не ещё и R001 там (расхождение строки с программой — у строки). Итог, указанный дважды (в строке подпрограммы и в «Итого по подпрограмме», в строке мероприятия и в «Итого по мероприятию», «ИТОГО» над таблицей и под ней, две строки «всего» одной программы, подпрограммы или мероприятия в форме со «Статусом») с разными суммами, — ошибка у второго, с адресом первого; читается первый.',
      en: 'In form R1, in every numeric column (plan, financed, spent), a subprogram\'s total equals the sum of its lines, an activity\'s total the sum of its sources, the program total the sum of the subprograms, an "of which" line the sum of its source over the subprograms; the fix is the sum\'s formula. A line two totals disagree with is one error, at that line; a subprogram\'s line off the program together with the totals that add it up, under a program total as in the program, is one R001 error at that line, not another at the program total; a total that is not the sum of its lines is R002\'s error at the total, not R001\'s there too (a line\'s gap to the program is at the line). A total stated twice with different amounts (a subprogram\'s row and «Итого по подпрограмме», an activity\'s row and «Итого по мероприятию», the program total above the table and under it, two «всего» rows of one program, subprogram or activity in a form with «Статус») is an error at the second, naming the first; the first is read.',
    },
    messages,
    fixable: true,
  },
  check(ctx) {
    // A total stated twice that disagrees (a subprogram's row and «Итого по подпрограмме», ИТОГО twice, two «всего» of one owner …): found by the reader.
    relayReadIssues(ctx, 'R002', messages);
    const funding = ctx.reporting?.report.funding;
    if (!funding) return;
    const { totals, columns } = reportTotals(funding);
    const precision = ctx.config.precision;
    const totalOf = new Map(totals.map((t) => [t.line, t]));
    // The lines R001 compares with the program (as it does): their «План на год» has a counterpart in the program's year.
    const input = ctx.reporting!;
    const year = input.report.period?.year;
    const programFunding = input.program?.funding;
    const comparedLines = new Map<ReportLine, boolean>();
    const compared =
      funding.plan === 'program' && programFunding && year !== undefined && yearIndex(programFunding.years, year) >= 0
        ? (l: ReportLine): boolean => {
            let known = comparedLines.get(l);
            if (known === undefined) {
              known = !ctx.unreadable(reportPaths.fundingCell(l.ref, 'plan')) && programCellsOf(l.ref, funding, programFunding, year) !== null;
              comparedLines.set(l, known);
            }
            return known;
          }
        : null;
    for (const column of columns) {
      const cellOf = (l: ReportLine) => reportPaths.fundingCell(l.ref, column);
      const checkable = (t: ReportTotal) => !ctx.unreadable(cellOf(t.line)) && !t.addends.some((a) => ctx.unreadable(cellOf(a)));
      const scaled = (l: ReportLine) => (l.line[column] === null ? 0n : toScaled(l.line[column]!, precision));
      // A total that adds up may be a formula that followed its lines (the template's totals are). In «План на год», where
      // R001 compares each of its lines with the program, such a total is seen through — a total it is part of adds its
      // lines instead — and not declared: a line changed with the totals that followed it (a subprogram's row, its source
      // and its «Всего») is then the one cell that explains the totals that did not follow (ИТОГО, «в том числе»), and
      // R001 at that line is the one finding (one defect, one finding). Elsewhere nothing tells such a row from another
      // that adds up the same, and a total that adds up stays a sum that holds.
      const holds = (t: ReportTotal) => checkable(t) && sumScaled(t.addends.map(scaled)) === scaled(t.line);
      const follows = new Set<ReportLine>();
      if (column === 'plan' && compared) {
        const leaves = (l: ReportLine): ReportLine[] => { const t = totalOf.get(l); return t ? t.addends.flatMap(leaves) : [l]; };
        for (const t of totals) if (holds(t) && leaves(t.line).every(compared)) follows.add(t.line);
      }
      const through = (l: ReportLine): ReportLine[] => (follows.has(l) ? totalOf.get(l)!.addends.flatMap(through) : [l]);
      for (const t of totals) {
        if (follows.has(t.line) || !checkable(t)) continue;
        const path = cellOf(t.line);
        // The fix sums the total's own lines; the folding sees through the lines that are totals adding up.
        const own = t.addends.map(cellOf);
        const seen = t.addends.flatMap(through);
        const addends = seen.map((a) => ({ path: cellOf(a), amount: a.line[column] }));
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
            fix: { kind: 'sum', addends: own, value: expected },
          }),
          blameAddend: (at, { expected, actual }) => {
            const line = seen.find((a) => cellOf(a) === at) ?? t.line;
            return { messageId: 'lineAmount', path: at, data: { line: line.place(column), expected, actual }, fix: { kind: 'number', value: expected } };
          },
        });
      }
    }
  },
});
