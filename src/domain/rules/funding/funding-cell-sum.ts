// A declared sum of one cell of Приложение 1 (a row in one column) for F002–F004: what the rules' loop reads of
// every sum (its path, stated amount, addends, precision), and its place made only when a finding asks for it
// (issue 10: no closure and no place per sum). Each rule's subclass words its own finding (`report`) from the
// cell and `detail`, what that wording needs besides (a subprogram's number, a row's words).
import type { Decimal } from '../../amount';
import type { FundingColumn, LocatedFundingRow } from '../../funding-rows';
import type { SumCell } from '../../funding-totals';
import type { Place } from '../../messages/message-data';
import type { Path } from '../../paths';

export abstract class FundingCellSum<Detail = null> {
  readonly statement = 'funding';
  constructor(
    protected readonly row: LocatedFundingRow,
    protected readonly column: FundingColumn,
    readonly path: Path,
    readonly stated: Decimal | null,
    readonly addends: readonly SumCell[],
    readonly precision: number,
    protected readonly detail: Detail,
  ) {}
  get place(): Place {
    return this.row.place(this.column.column);
  }
}
