// The annexes for print: Приложение №1 and Приложение №2 as the program document lays them out — the
// writers' official sheets (title block, two-row headers, merged blocks, borders, Russian number formats,
// totals as live formulas) with what a printed page needs on top: A4 landscape, margins, the header rows
// repeated on every page, all columns fitted to the page width, and row heights that show every line of
// wrapped and merged text (Excel does not grow a row for a merged cell). Optionally a third sheet with the
// passport's funding paragraph derived from Приложение 1. Pure: the CLI writes the grids to .xlsx, the
// task pane writes them into the open workbook.
import { DEFAULT_CONFIG, type RulesConfig } from '../../domain/config';
import type { Program } from '../../domain/model/program';
import { passportParagraphFromAnnex } from '../../domain/passport-funding-from-annex';
import type { CellRange } from '../address';
import { cellText, gridWidth, type Grid, type GridCell, type SheetLayout } from '../grid';
import { TEXT_STYLE, TITLE_STYLE } from './cell-styles';
import { FUNDING_SHEET_NAME, writeFundingSheet } from './funding-sheet';
import { INDICATOR_SHEET_NAME, writeIndicatorSheet } from './indicator-sheet';

/** What a printed sheet needs beyond the writers' layout; hosts that know these fields apply them. */
export interface PrintLayout extends SheetLayout {
  orientation: 'landscape';
  fitToWidth: true;
  paperSize: 'A4';
  /** Page margins in inches (what Excel's page setup takes). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Height of each row of the grid in points; null leaves the row at the default height. */
  rowHeights: (number | null)[];
  /** Centre the table between the side margins. */
  horizontalCentered: true;
}

export interface AnnexGrid extends Grid {
  layout: PrintLayout;
}

export const ANNEX_SHEET_NAMES = { funding: FUNDING_SHEET_NAME, indicators: INDICATOR_SHEET_NAME, paragraph: 'Источники финансирования' } as const;

/**
 * Names for the print sheets added to a workbook that holds the input tables (the task pane): other names, so
 * that the input sheets stay as they are; the reader takes the first table of each kind, so a check of the
 * workbook still reads the input sheets when these come after them.
 */
export const ANNEX_PRINT_SHEET_NAMES = { funding: 'Приложение №1 (печать)', indicators: 'Приложение №2 (печать)', paragraph: 'Абзац паспорта (печать)' } as const;

export interface AnnexWorkbookOptions {
  config?: RulesConfig;
  /** Worksheet names; in a workbook that already holds the input tables give others ("Приложение №1 (печать)"). */
  sheetNames?: Partial<Record<keyof typeof ANNEX_SHEET_NAMES, string>>;
  /** Add the sheet with the passport's funding paragraph. */
  paragraph?: boolean;
}

/** Margins of a printed annex, in inches: 20 mm at the binding (left), 10 mm elsewhere. */
const MARGINS = { left: 0.79, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 };

/**
 * The annex sheets of a program (meant for a program without errors: the caller checks first).
 * A missing table gives no sheet.
 */
export function writeAnnexWorkbook(program: Program, options: AnnexWorkbookOptions = {}): AnnexGrid[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const names = { ...ANNEX_SHEET_NAMES, ...options.sheetNames };
  const grids: AnnexGrid[] = [];
  if (program.funding) grids.push(forPrint(writeFundingSheet(program, { config }), names.funding));
  if (program.indicators) grids.push(forPrint(writeIndicatorSheet(program, { config }), names.indicators));
  if (options.paragraph) {
    const paragraph = passportParagraphFromAnnex(program, config.precision);
    if (paragraph !== null) grids.push(paragraphSheet(paragraph, names.paragraph));
  }
  return grids;
}

/** The writers' sheet under its print name, without the drop-down lists of an input form, with the print layout. */
export function forPrint(grid: Grid, name: string): AnnexGrid {
  const columnWidths = grid.layout?.columnWidths ?? [];
  const printed: Grid = { ...grid, name, validations: [] };
  return {
    ...printed,
    layout: {
      ...grid.layout,
      columnWidths,
      orientation: 'landscape',
      fitToWidth: true,
      paperSize: 'A4',
      margins: MARGINS,
      rowHeights: printRowHeights(printed, columnWidths),
      horizontalCentered: true,
    },
  };
}

/**
 * The passport's funding paragraph on a sheet of its own: each of the document's paragraphs in one wrapped cell
 * across the page, so that it can be printed or copied into the passport.
 */
export function paragraphSheet(paragraph: string, name: string): AnnexGrid {
  const widths = [150];
  const rows: GridCell[][] = [
    [{ value: 'Источники финансирования муниципальной программы (паспорт)', style: TITLE_STYLE }],
    ...paragraph.split('\n').map((line): GridCell[] => [{ value: line, style: { ...TEXT_STYLE, border: false, vertical: 'top' } }]),
  ];
  const grid: Grid = { name, rows, merges: [], validations: [] };
  return {
    ...grid,
    layout: {
      columnWidths: widths,
      orientation: 'landscape',
      fitToWidth: true,
      paperSize: 'A4',
      margins: MARGINS,
      rowHeights: printRowHeights(grid, widths),
      horizontalCentered: true,
    },
  };
}

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
