// Cells grouped into rectangles, so that one range action covers many cells: vertical runs in each
// column first, then runs with the same rows in neighbouring columns joined. The rectangles cover
// exactly the given cells (never a cell more).
import { rangeToA1, type CellRange } from '../sheets/address';

export interface CellPosition {
  row: number;
  col: number;
}

export function groupIntoRectangles(cells: Iterable<CellPosition>): CellRange[] {
  const unique = new Map<string, CellPosition>();
  for (const c of cells) unique.set(`${c.col},${c.row}`, c);
  const sorted = [...unique.values()].sort((a, b) => a.col - b.col || a.row - b.row);

  // Vertical runs per column.
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }

  // Join a run with the open rectangle that has the same rows and ends in the previous column.
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rect = open.get(key);
    if (rect && rect.right === run.left - 1) {
      rect.right = run.left;
    } else {
      if (rect) done.push(rect);
      const fresh = { ...run };
      open.set(key, fresh);
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Excel refuses long multi-area addresses (reports put the edge near 8 000 characters or 500 areas): keep well under. */
const MAX_AREAS_PER_ADDRESS = 200;
const MAX_ADDRESS_CHARACTERS = 2_000;

/** Rectangles as multi-area addresses ("B3,D3:D9,F12") for Worksheet.getRanges, each within Excel's limits. */
export function multiAreaAddresses(rectangles: readonly CellRange[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const r of rectangles) {
    const a = rangeToA1(r);
    if (current.length > 0 && (current.length >= MAX_AREAS_PER_ADDRESS || length + a.length + 1 > MAX_ADDRESS_CHARACTERS)) {
      out.push(current.join(','));
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length > 0) out.push(current.join(','));
  return out;
}

/** Largest block read at once (cells), and how sparse a block may get: at least one wanted cell in four. */
const MAX_BLOCK_CELLS = 20_000;
const MIN_DENSITY = 0.25;

/**
 * Blocks to read the given cells in: neighbouring rows are joined into one rectangle while at least a
 * quarter of its cells are wanted, so a read costs few ranges and not much more response than needed.
 */
export function readingBlocks(cells: Iterable<CellPosition>): CellRange[] {
  const byRow = new Map<number, { left: number; right: number; count: number }>();
  for (const { row, col } of cells) {
    const r = byRow.get(row);
    if (!r) byRow.set(row, { left: col, right: col, count: 1 });
    else {
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
      r.count += 1;
    }
  }
  const blocks: CellRange[] = [];
  let block: (CellRange & { count: number }) | null = null;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const r = byRow.get(row) as { left: number; right: number; count: number };
    if (block) {
      const left = Math.min(block.left, r.left);
      const right = Math.max(block.right, r.right);
      const area = (row - block.top + 1) * (right - left + 1);
      const count = block.count + r.count;
      if (area <= MAX_BLOCK_CELLS && count >= area * MIN_DENSITY) {
        Object.assign(block, { left, right, bottom: row, count });
        continue;
      }
      blocks.push({ top: block.top, left: block.left, bottom: block.bottom, right: block.right });
    }
    block = { top: row, bottom: row, left: r.left, right: r.right, count: r.count };
  }
  if (block) blocks.push({ top: block.top, left: block.left, bottom: block.bottom, right: block.right });
  return blocks;
}
