// Row heights for wrapped text. Excel fits a row to its wrapped text when it edits the row, but not every
// program that opens a generated file does (LibreOffice keeps the default height), so the writer sets a
// height estimated from the text length and the column widths.
import type { Grid } from '../../sheets/grid';

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** A Cyrillic letter in Times New Roman 11 is about as wide as the "0" that column widths count. */
const CHAR_WIDTH = 1.0;
const POINTS_PER_LINE = 15;

/** The estimated height in points of each row (0-based in the grid) that needs more than one line. */
export function wrappedRowHeights(grid: Grid): Map<number, number> {
  const widths = grid.layout?.columnWidths ?? [];
  const widthOf = (col: number) => widths[col] ?? DEFAULT_WIDTH;
  const mergeAt = new Map<string, { right: number; rows: number }>();
  for (const m of grid.merges) mergeAt.set(`${m.top},${m.left}`, { right: m.right, rows: m.bottom - m.top + 1 });

  const heights = new Map<number, number>();
  const tall: { top: number; rows: number; height: number }[] = [];
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell?.style?.wrap || typeof cell.value !== 'string' || cell.value === '') return;
      const merge = mergeAt.get(`${r},${c}`);
      let width = 0;
      for (let k = c; k <= (merge?.right ?? c); k++) width += widthOf(k);
      const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
      const lines = cell.value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
      const height = Math.ceil(lines * ((cell.style.fontSize ?? 11) / 11) * POINTS_PER_LINE);
      // A cell merged down several rows is fitted after the rows' own heights are known.
      if (merge && merge.rows > 1) tall.push({ top: r, rows: merge.rows, height });
      else if (lines > 1) heights.set(r, Math.max(heights.get(r) ?? 0, height));
    });
  });
  for (const t of tall) {
    let current = 0;
    for (let r = t.top; r < t.top + t.rows; r++) current += heights.get(r) ?? POINTS_PER_LINE;
    if (current >= t.height) continue;
    const extra = Math.ceil((t.height - current) / t.rows);
    for (let r = t.top; r < t.top + t.rows; r++) heights.set(r, (heights.get(r) ?? POINTS_PER_LINE) + extra);
  }
  return heights;
}
