import fc from 'fast-check';
import { groupIntoRectangles, multiAreaAddresses, readingBlocks, type CellPosition } from '../../src/excel/cell-blocks';
import { parseRange } from '../../src/sheets/address';

const cellSet = fc.uniqueArray(fc.record({ row: fc.nat(60), col: fc.nat(12) }), { selector: (c) => `${c.row},${c.col}`, maxLength: 300 });
const key = (c: CellPosition): string => `${c.row},${c.col}`;

function covered(ranges: { top: number; left: number; bottom: number; right: number }[]): string[] {
  const out: string[] = [];
  for (const r of ranges) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(key({ row, col }));
  return out;
}

describe('grouping cells into rectangles', () => {
  test('a column of totals and a row of amounts become two rectangles', () => {
    const column = [3, 4, 5, 6].map((row) => ({ row, col: 1 }));
    const row = [2, 3, 4, 5, 6].map((col) => ({ row: 10, col }));
    expect(groupIntoRectangles([...column, ...row])).toEqual([
      { top: 3, left: 1, bottom: 6, right: 1 },
      { top: 10, left: 2, bottom: 10, right: 6 },
    ]);
  });

  test('the rectangles cover exactly the given cells, each once', () => {
    fc.assert(
      fc.property(cellSet, (cells) => {
        const cover = covered(groupIntoRectangles(cells));
        expect(cover.sort()).toEqual(cells.map(key).sort());
      }),
    );
  });
});

describe('blocks to read fills in', () => {
  test('cover every wanted cell, and at least a quarter of each block is wanted (one-row blocks aside)', () => {
    fc.assert(
      fc.property(cellSet, (cells) => {
        const blocks = readingBlocks(cells);
        const cover = new Set(covered(blocks));
        for (const c of cells) expect(cover.has(key(c))).toBe(true);
        const wanted = new Set(cells.map(key));
        for (const b of blocks) {
          if (b.top === b.bottom) continue;
          const inside = covered([b]).filter((k) => wanted.has(k)).length;
          expect(inside).toBeGreaterThanOrEqual(covered([b]).length / 4);
        }
      }),
    );
  });

  test('every other cell of a tall table is read as one block', () => {
    const cells: CellPosition[] = [];
    for (let row = 2; row < 1000; row++) for (let col = 1 + (row % 2); col < 7; col += 2) cells.push({ row, col });
    expect(readingBlocks(cells)).toEqual([{ top: 2, left: 1, bottom: 999, right: 6 }]);
  });
});

describe('multi-area addresses', () => {
  test('stay under 200 areas and 2 000 characters, and keep every rectangle', () => {
    const rectangles = Array.from({ length: 1000 }, (_, i) => ({ top: i * 2, left: 3, bottom: i * 2, right: 3 }));
    const addresses = multiAreaAddresses(rectangles);
    for (const a of addresses) {
      expect(a.length).toBeLessThanOrEqual(2000);
      expect(a.split(',').length).toBeLessThanOrEqual(200);
    }
    expect(addresses.flatMap((a) => a.split(',')).map((a) => parseRange(a))).toEqual(rectangles);
  });
});
