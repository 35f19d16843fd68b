import { mergeTiles, tileShape, tileCount, MERGED_AREAS_PER_CALL } from '../../src/excel/merge-tiles';
import { parseRange } from '../../src/sheets/address';

describe('merged-area tiles', () => {
  test.each([1, 2, 7, 11, 64, 510, 511, 900, 16_384])('a tile over %i columns cannot hold the top-left cells of more than 512 areas', (width) => {
    const { rows, columns } = tileShape(width);
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(columns).toBeLessThanOrEqual(width);
    expect(((rows + 1) * (columns + 1)) / 2).toBeLessThanOrEqual(MERGED_AREAS_PER_CALL);
  });

  test('tiles cover the rows and columns exactly once', () => {
    const area = { top: 4, left: 2, bottom: 1_000, right: 700 };
    const tiles = mergeTiles(area).map(parseRange);
    expect(tiles).toHaveLength(tileCount(area.bottom - area.top + 1, area.right - area.left + 1));
    const cells = tiles.reduce((n, t) => n + (t.bottom - t.top + 1) * (t.right - t.left + 1), 0);
    expect(cells).toBe((area.bottom - area.top + 1) * (area.right - area.left + 1));
    expect(tiles.every((t) => t.top >= area.top && t.bottom <= area.bottom && t.left >= area.left && t.right <= area.right)).toBe(true);
  });

  test('eleven columns (Приложение 2): 84 rows a tile', () => {
    expect(mergeTiles({ top: 0, left: 0, bottom: 199, right: 10 })).toEqual(['A1:K84', 'A85:K168', 'A169:K200']);
  });
});
