// The report reader's look for a form is linear in the cells it looks at: a header-band row full of «Итого»
// (2 rows × 16 384 columns, the width of an Excel sheet) once made every «Итого» re-read the whole row for a
// number. Counted, not timed: the cell reads of isReportWorkbook grow with the cells, not with their square.
import type { Grid } from '../../../src/sheets/grid';
import { SheetView } from '../../../src/sheets/read/sheet-view';
import { isReportWorkbook } from '../../../src/sheets/read/report/report-reader';

/** A view that counts the texts it is asked for. */
class CountingView extends SheetView {
  reads = 0;
  override text(row: number, col: number): string {
    this.reads += 1;
    return super.text(row, col);
  }
}

const totals = (width: number): Grid => ({
  name: 'Лист1',
  rows: [0, 1].map(() => Array.from({ length: width }, () => ({ value: 'Итого' }))),
  merges: [],
});

function readsFor(width: number): { reads: number; found: boolean } {
  const view = new CountingView(totals(width));
  const found = isReportWorkbook([view.grid], [view]);
  return { reads: view.reads, found };
}

describe('isReportWorkbook on rows full of «Итого»', () => {
  it('reads each cell a bounded number of times (2 × 16 384 cells: no form, linear reads)', () => {
    const wide = readsFor(16_384);
    expect(wide.found).toBe(false);
    // Quadratic was ≥ 16 384² ≈ 2.7·10⁸ reads per row; linear is a few reads per cell.
    expect(wide.reads).toBeLessThanOrEqual(40 * 2 * 16_384);
  });

  it('four times the columns, about four times the reads', () => {
    const w = readsFor(1_000).reads;
    const w4 = readsFor(4_000).reads;
    expect(w4).toBeLessThanOrEqual(5 * w);
  });
});
