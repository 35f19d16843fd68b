// SheetView.isCovered against the merges themselves: rows crossed by one merge, by a few (put in order in place)
// and by many (sorted as pairs, searched by halves), merges in any order, overlapping or not.
import type { Grid } from '../../../src/sheets/grid';
import { SheetView } from '../../../src/sheets/read/sheet-view';

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('SheetView.isCovered', () => {
  it('says what the merges say, however many cross a row', () => {
    const next = random(7);
    for (let g = 0; g < 200; g++) {
      const count = [1, 3, 8, 20, 40][g % 5];
      const merges = Array.from({ length: count }, () => {
        const top = Math.floor(next() * 6);
        const left = Math.floor(next() * 60);
        return { top, left, bottom: top + Math.floor(next() * 3), right: left + Math.floor(next() * 4) };
      });
      const grid: Grid = { name: 'Лист1', rows: Array.from({ length: 9 }, () => []), merges };
      const view = new SheetView(grid);
      for (let row = 0; row < 9; row++) {
        for (let col = 0; col < 66; col++) {
          const expected = merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && !(m.top === row && m.left === col));
          expect(view.isCovered(row, col)).toBe(expected);
        }
      }
    }
  });
});
