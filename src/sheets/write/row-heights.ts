// Row heights that show every line of text, the one estimate for every writer: the print annexes set
// them in their layout, and the .xlsx writer uses them for any sheet whose layout gives none (Excel fits a
// row to wrapped text only when it edits the row; LibreOffice keeps the default height).
import type { CellRange } from '../address';
import { cellText, gridWidth, type Grid } from '../grid';

/** Points per line of 11-pt Times New Roman (what the writers' sheets use), and the padding of a row. */
const LINE_HEIGHT = 13.5;
const ROW_PADDING = 3;
/**
 * Width of an average Cyrillic letter of 11-pt Times New Roman in Excel's column-width units (the width of "0"
 * in the default font); bold is wider. Measured on the worked example, rounded up so that a row is a little
 * too tall rather than cut off.
 */
const CHAR_WIDTH = 0.9;
const BOLD_CHAR_WIDTH = 1.0;

/**
 * Row heights that show every line of text: a wrapped cell needs as many lines as its text takes in the width
 * of the columns it spans; a cell merged down several rows spreads what it needs over them.
 */
export function printRowHeights(grid: Grid, columnWidths: readonly number[]): (number | null)[] {
  const width = gridWidth(grid);
  const colWidth = (c: number) => columnWidths[c] ?? 8.43;
  const mergeAt = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    mergeAt.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }

  const heights: (number | null)[] = grid.rows.map(() => null);
  const tall: { top: number; bottom: number; needed: number }[] = [];
  grid.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      if (!cell || covered.has(`${r}:${c}`)) continue;
      const text = cellText(cell);
      if (text === '') continue;
      const merge = mergeAt.get(`${r}:${c}`) ?? { top: r, left: c, bottom: r, right: c };
      let available = 0;
      for (let k = merge.left; k <= merge.right; k++) available += colWidth(k);
      const fontScale = (cell.style?.fontSize ?? 11) / 11;
      const lines = cell.style?.wrap ? textLines(text, available - 1, (cell.style.bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH) * fontScale) : text.split('\n').length;
      const needed = lines * LINE_HEIGHT * fontScale + ROW_PADDING;
      if (merge.top === merge.bottom) heights[r] = Math.max(heights[r] ?? 0, needed);
      else tall.push({ top: merge.top, bottom: merge.bottom, needed });
    }
  });
  // A merged block that needs more than its rows give: the rows it spans share the difference.
  for (const block of tall) {
    const count = block.bottom - block.top + 1;
    let have = 0;
    for (let r = block.top; r <= block.bottom; r++) have += heights[r] ?? LINE_HEIGHT;
    if (have >= block.needed) continue;
    const extra = (block.needed - have) / count;
    for (let r = block.top; r <= block.bottom; r++) heights[r] = (heights[r] ?? LINE_HEIGHT) + extra;
  }
  return heights.map((h) => (h === null || h <= LINE_HEIGHT + ROW_PADDING ? null : Math.ceil(h)));
}

/** How many lines a text takes, wrapped at word boundaries, in `available` width units. */
function textLines(text: string, available: number, charWidth: number): number {
  const perLine = Math.max(1, Math.floor(available / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (used === 0) {
        count += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        count += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}
