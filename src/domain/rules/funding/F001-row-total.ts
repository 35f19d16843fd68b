import type { Decimal } from '../../amount';
import { fundingPrecision } from '../../declared-precision';
import { hasTotalColumn, type FundingColumn, type LocatedFundingRow } from '../../funding-rows';
import { fundingTotals, sumFix, type SumCell } from '../../funding-totals';
import type { Place } from '../../messages/message-data';
import type { Path } from '../../paths';
import { defineRule, type SumAmounts } from '../define-rule';

/**
 * A row's "Общий объем" as the sum of its years. One object per row, its findings worded by its methods and its
 * place made when asked: no closures and no place made per declared sum, which nearly always holds (issue 10).
 */
class RowTotal {
  readonly statement = 'funding';
  constructor(
    private readonly row: LocatedFundingRow,
    readonly path: Path,
    readonly stated: Decimal | null,
    readonly addends: readonly SumCell[],
    readonly precision: number,
    private readonly columns: readonly FundingColumn[],
  ) {}
  get place(): Place {
    return this.row.place('total');
  }
  report({ expected, actual }: SumAmounts) {
    return { messageId: 'rowTotal' as const, path: this.path, data: { row: this.row.place(), expected, actual }, fix: sumFix(this.addends, expected) };
  }
  /** A year amount at odds with every total it is in: that amount is the one to set right. */
  blameAddend(year: Path, { expected, actual }: SumAmounts) {
    const r = this.row;
    const column = this.columns.find((c) => r.cellPath(c.column) === year)?.column;
    return { messageId: 'yearAmount' as const, path: year, data: { cell: r.place(column), expected, actual }, fix: { kind: 'number' as const, value: expected } };
  }
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
      const addends = totals.alongAmounts(r);
      const path = r.cellPath('total');
      // A cell of the row that could not be read: S004/S005 at that cell says it. (The row's cells are its total and
      // its years, the addends: their paths are not made to find that out when no cell was unreadable.)
      if (ctx.unreadable(path) || ctx.anyUnreadable(addends)) continue;
      ctx.sum(new RowTotal(r, path, r.row.total, addends, precision, totals.columns));
    }
  },
});
