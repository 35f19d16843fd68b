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
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import type { Grid, GridCell, SheetLayout } from '../grid';
import { TEXT_STYLE, TITLE_STYLE } from './cell-styles';
import { printRowHeights } from './row-heights';
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
    ...paragraph.split('\n').map((line): GridCell[] => [{ value: keepDigitGroups(line), style: { ...TEXT_STYLE, border: false, vertical: 'top' } }]),
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

