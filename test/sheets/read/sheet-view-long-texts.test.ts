// SheetView.text collapses a long text once per view, however many cells hold it (a few long shared strings in a
// great many cells), and gives every cell what collapseSpaces gives its own value: texts short and long, spaced
// or not, repeated or not, more distinct long ones than the view keeps.
import { collapseSpaces } from '../../../src/domain/text/fold';
import type { Grid } from '../../../src/sheets/grid';
import { SheetView } from '../../../src/sheets/read/sheet-view';

function longText(k: number, spaced: boolean): string {
  const gap = spaced ? '  \u00a0 ' : ' ';
  let text = spaced ? ' ' : '';
  for (let i = 0; text.length < 300 + (k % 50); i++) text += `заголовок${k}${gap}столбца${i}${gap}`;
  return text;
}

describe('SheetView.text of long texts', () => {
  it('is collapseSpaces of each cell’s own value, for repeated texts and for more distinct ones than are kept', () => {
    const shared = [longText(1, true), longText(2, false), 'короткий  текст ', longText(3, true)];
    const rows = Array.from({ length: 60 }, (_, r) =>
      Array.from({ length: 50 }, (_, c) => {
        // Half the cells share four strings; the rest hold a long text of their own (3 000 distinct: past what the view keeps).
        const value = (r + c) % 2 === 0 ? shared[(r * 50 + c) % shared.length] : longText(r * 50 + c, c % 3 === 0);
        return { value };
      }),
    );
    const grid: Grid = { name: 'Лист1', rows, merges: [] };
    const view = new SheetView(grid);
    for (let pass = 0; pass < 2; pass++) {
      for (let r = 0; r < rows.length; r++) {
        for (let c = 0; c < rows[r].length; c++) expect(view.text(r, c)).toBe(collapseSpaces(rows[r][c].value));
      }
    }
  });
});
