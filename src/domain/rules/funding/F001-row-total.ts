import { fundingPrecision } from '../../declared-precision';
import type { FundingColumn, LocatedFundingRow } from '../../funding-rows';
import type { Path } from '../../paths';
import { fundingTotals, sumFix } from '../../funding-totals';
import { hasTotalColumn } from '../../model/funding';
import { defineRule } from '../define-rule';

/** A cell of the row that could not be read: an indexed loop, no closure made per row as `.some` made. */
function unreadableCell(unreadable: (path: Path) => boolean, r: LocatedFundingRow, columns: readonly FundingColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) if (unreadable(r.cellPath(columns[i].column))) return true;
  return false;
}

export const rowTotal = defineRule({
  meta: {
    id: 'F001',
    title: { ru: '«Общий объем» не равен сумме по годам', en: 'A row total differs from the sum of its years' },
    description: {
      ru: 'В каждой строке Приложения 1 «Общий объем финансовых ресурсов» равен сумме столбцов лет; исправление — формула этой суммы (число, если два столбца названы одним годом: повтор — ошибка S003, и формула не может назвать обе ячейки). Сумма года, с которой не сходятся и «Общий объем» строки, и итоги столбца (а без неё сошлись бы), — одна ошибка в этой ячейке.',
      en: 'In every row of Annex 1 the total equals the sum of its year columns; the fix is that sum\'s formula (the number when two columns are headed with one year: the repeat is S003\'s error, and no formula can name both cells). A year amount that both the row total and the column totals disagree with (and would agree without) is one error, at that cell.',
    },
    messages: {
      rowTotal: {
        data: { row: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{row}}: «Общий объем» {{actual}}, а сумма по годам {{expected}}',
        en: '{{row}}: the total is {{actual}}, the years add up to {{expected}}',
      },
      yearAmount: {
        data: { cell: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{cell}}: {{actual}}, а итоги строки и столбца, в которые входит эта сумма, дают {{expected}}',
        en: '{{cell}}: {{actual}}, while the row and column totals it is part of give {{expected}}',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const { funding } = ctx.program;
    // A table without a column of totals has no row total to check.
    if (!funding || !hasTotalColumn(funding)) return;
    const precision = fundingPrecision(funding, ctx.config);
    const totals = fundingTotals(funding, precision);
    for (const r of totals.rows) {
      if (unreadableCell(ctx.unreadable, r, totals.columns)) continue; // S004/S005 at that cell says it
      const addends = totals.alongAmounts(r);
      const path = r.cellPath('total');
      ctx.sum({
        statement: 'funding',
        path,
        precision,
        place: r.place('total'),
        stated: r.row.total,
        addends,
        report: ({ expected, actual }) => ({
          messageId: 'rowTotal',
          path,
          data: { row: r.place(), expected, actual },
          fix: sumFix(addends, expected),
        }),
        // A year amount at odds with every total it is in: that amount is the one to set right.
        blameAddend: (year, { expected, actual }) => ({
          messageId: 'yearAmount',
          path: year,
          data: { cell: r.place(totals.columns.find((c) => r.cellPath(c.column) === year)?.column), expected, actual },
          fix: { kind: 'number', value: expected },
        }),
      });
    }
  },
});
