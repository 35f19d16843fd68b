import { planSync, type PlanSheet } from '../../src/excel/read-plan';

const MB = 1024 * 1024;
const budget = { answerBytes: 5 * MB, requestBytes: 4 * MB };

function sheet(name: string, rows: number, width: number, perCell: number): PlanSheet {
  return { name, used: { top: 0, left: 0, bottom: rows - 1, right: width - 1 }, row: 0, col: 0, perCell };
}

describe('planning one sync of a banded read', () => {
  test('what fits one answer is asked for whole, every sheet in one piece', () => {
    const plan = planSync([sheet('Паспорт', 200, 2, 400), sheet('Приложение 2', 2_900, 11, 100)], budget);
    expect(plan.pieces.map((p) => [p.sheet, p.range.top, p.range.bottom])).toEqual([
      [0, 0, 199],
      [1, 0, 2_899],
    ]);
    expect(plan.answerBytes).toBeLessThanOrEqual(budget.answerBytes);
  });

  test('a larger workbook: the fewest syncs, each sheet advancing by the same share, under the budget', () => {
    const sheets = [sheet('Паспорт', 2_035, 2, 400), sheet('Приложение 1', 8_013, 8, 78), sheet('Приложение 2', 29_010, 11, 101)];
    const total = sheets.reduce((n, s) => n + (s.used!.bottom + 1) * (s.used!.right + 1) * s.perCell, 0);
    const syncs = Math.ceil(total / budget.answerBytes);
    const plan = planSync(sheets, budget);
    expect(plan.answerBytes).toBeLessThanOrEqual(budget.answerBytes);
    expect(plan.answerBytes).toBeGreaterThan((total / syncs) * 0.99);
    expect(plan.pieces.map((p) => p.sheet)).toEqual([0, 1, 2]);
    for (const p of plan.pieces) expect((p.range.bottom + 1) / (sheets[p.sheet].used!.bottom + 1)).toBeCloseTo(1 / syncs, 2);
    // Merged-area tiles cover the rows read, and no more.
    const tiles = plan.pieces[2].tiles;
    expect(tiles[0]).toBe('A1:K84');
    expect(tiles[tiles.length - 1].endsWith(`K${plan.pieces[2].range.bottom + 1}`)).toBe(true);
  });

  test('a row larger than one answer is asked for in parts, its merged areas with the first part', () => {
    const plan = planSync([sheet('Тексты', 3, 48, 120_000)], budget);
    expect(plan.pieces).toHaveLength(1);
    const [piece] = plan.pieces;
    expect(piece.range.top).toBe(0);
    expect(piece.range.bottom).toBe(0);
    expect(piece.range.right).toBeLessThan(47);
    expect(piece.tiles).toEqual(['A1:AV1']);
    expect(plan.answerBytes).toBeLessThanOrEqual(budget.answerBytes);
    expect(plan.cursors[0]).toEqual({ row: 0, col: piece.range.right + 1 });
  });

  test('a single cell over the budget is still asked for alone, so that the read moves on', () => {
    const plan = planSync([sheet('Одна', 1, 1, 6 * MB)], budget);
    expect(plan.pieces.map((p) => p.range)).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
  });
});
