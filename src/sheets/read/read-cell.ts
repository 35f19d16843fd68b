// A value read from its cell, kept with the cell's reference until its domain path is known
// (a funding source's path needs the keys of the whole block), then recorded once.
import type { Path } from '../../domain/paths';
import type { CellRef } from '../../domain/provenance';
import { numberCellDecimal, readAmount, type CellReading } from './cell-value';
import type { Decimal } from '../../domain/amount';
import type { ReadLog } from './read-log';
import type { SheetView } from './sheet-view';
import { isErrorText } from '../grid';

export interface ReadCell<T> {
  value: T | null;
  readonly ref: CellRef;
  /** What was wrong with the cell, if anything. */
  problem: { kind: 'invalid' | 'error'; text: string } | null;
}

/** A cell read, its reference made when it is recorded or asked for (most amounts' never are). */
class LazyReadCell<T> implements ReadCell<T> {
  private made: CellRef | null = null;
  constructor(
    readonly value: T | null,
    readonly problem: ReadCell<T>['problem'],
    private readonly view: SheetView,
    private readonly row: number,
    private readonly col: number,
  ) {}
  get ref(): CellRef {
    return (this.made ??= this.view.ref(this.row, this.col));
  }
  /** `ref.formula ?? null`, the reference not made for it (see CellAt). */
  formula(): string | null {
    return this.made !== null ? (this.made.formula ?? null) : this.view.formula(this.row, this.col);
  }
}

export function readCell<T>(view: SheetView, row: number, col: number, read: (cell: ReturnType<SheetView['cell']>) => CellReading<T>): ReadCell<T> {
  const at = Math.max(col, 0);
  if (col < 0) return new LazyReadCell<T>(null, null, view, row, at);
  const reading = read(view.cell(row, col));
  switch (reading.kind) {
    case 'value':
      return new LazyReadCell(reading.value, null, view, row, at);
    case 'empty':
      return new LazyReadCell<T>(null, null, view, row, at);
    default:
      return new LazyReadCell<T>(null, { kind: reading.kind, text: reading.text }, view, row, at);
  }
}

/**
 * An amount's cell: `readCell(view, row, col, readAmount)`, with a number (nearly every amount) read as its
 * decimal straight away — no reading made for it.
 */
export function readAmountCell(view: SheetView, row: number, col: number): ReadCell<Decimal> {
  if (col >= 0) {
    const number = numberCellDecimal(view.cell(row, col));
    if (number !== null) return new LazyReadCell(number, null, view, row, col);
  }
  return readCell(view, row, col, readAmount);
}

/** Records the cell of `path`, and S004/S005 when the cell held text or an error value. `column` names the column for the message. */
export function recordCell<T>(log: ReadLog, path: Path, cell: ReadCell<T>, column: string): T | null {
  log.record(path, cell.ref);
  if (cell.problem?.kind === 'error') log.issue('S005', 'errorValue', cell.ref, path, { value: cell.problem.text });
  if (cell.problem?.kind === 'invalid') log.issue('S004', 'notANumber', cell.ref, path, { text: cell.problem.text, column });
  return cell.value;
}

export interface TextCell {
  text: string;
  readonly ref: CellRef;
}

/** A text cell whose reference is made only when it is recorded (most rows' cells never are). */
class LazyTextCell implements TextCell {
  private made: CellRef | null = null;
  constructor(
    public text: string,
    private readonly view: SheetView,
    private readonly row: number,
    private readonly col: number,
  ) {}
  get ref(): CellRef {
    return (this.made ??= this.view.ref(this.row, this.col));
  }
  /** `ref.formula ?? null`, the reference not made for it (see CellAt). */
  formula(): string | null {
    return this.made !== null ? (this.made.formula ?? null) : this.view.formula(this.row, this.col);
  }
  copy(): LazyTextCell {
    const copy = new LazyTextCell(this.text, this.view, this.row, this.col);
    copy.made = this.made;
    return copy;
  }
}

export function textCell(view: SheetView, row: number, col: number): TextCell {
  return new LazyTextCell(col < 0 ? '' : view.text(row, col), view, row, Math.max(col, 0));
}

/** A text cell of its own (its text may be joined with the next row's) at the same cell, its reference still made when asked for. */
export function copyTextCell(cell: TextCell): TextCell {
  return cell instanceof LazyTextCell ? cell.copy() : { text: cell.text, ref: cell.ref };
}

/** Joins a text continued on the next row (a table cut by a page break). */
export function joinText(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  return `${above} ${below}`;
}

/** S005 for a text column's cell (a name, a source, a unit) that holds a spreadsheet error value. */
export function reportErrorInText(view: SheetView, row: number, col: number, log: ReadLog): void {
  if (col < 0) return;
  const cell = view.cell(row, col);
  if (!cell || cell.value === null) return;
  // An error text has a "#" (a number or a boolean never has): most cells are let go without a string made.
  if (!cell.error && (typeof cell.value !== 'string' || !cell.value.includes('#'))) return;
  const text = String(cell.value).trim();
  if (cell.error || isErrorText(text)) log.issue('S005', 'errorValue', view.ref(row, col), null, { value: text });
}
