// The cells of the annex tables in the .docx: Times New Roman 10, thin borders, text centred in the
// header and the numbers, left in names; merged cells by column and row spans, as in the document.
import { AlignmentType, HeightRule, Paragraph, TableCell, TextRun, VerticalAlignTable, WidthType } from 'docx';

/** Cell padding in twips: 1 mm at the sides, so that narrow year columns keep "2020 год" on one line. */
export const TABLE_CELL_MARGINS = { top: 20, bottom: 20, left: 57, right: 57 };

/** Size of the table text in half-points: 10 pt. */
export const TABLE_FONT_HALF_POINTS = 20;

export interface DocxCellOptions {
  columnSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center';
  bold?: boolean;
  /** Keep the row on the page of the next one (a subprogram row is never the last line of a page). */
  keepNext?: boolean;
  /** Width in twips of the columns the cell spans. */
  width: number;
}

/** One table cell; the text's lines (split at "\n") are paragraphs of their own. */
export function docxCell(text: string, options: DocxCellOptions): TableCell {
  const alignment = options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: options.width, type: WidthType.DXA },
    children: text.split('\n').map(
      (line) => new Paragraph({ alignment, keepNext: options.keepNext, children: [new TextRun({ text: line, bold: options.bold, size: TABLE_FONT_HALF_POINTS })] }),
    ),
  });
}

/** Widths of the table's columns in twips: fixed shares for the named columns, the rest split evenly over the year columns. */
export function columnWidths(tableWidth: number, shares: readonly number[], yearCount: number): number[] {
  const fixed = shares.map((s) => Math.round(tableWidth * s));
  const rest = tableWidth - fixed.reduce((a, b) => a + b, 0);
  const year = yearCount > 0 ? Math.floor(rest / yearCount) : 0;
  return [...fixed, ...new Array<number>(yearCount).fill(year)];
}

/** The width of columns [from, from + span). */
export function spanWidth(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}

/** Twips per line of 10-pt text, and a generous width of an average letter (so that estimates err on the tall side). */
const LINE_TWIPS = 240;
const CHAR_TWIPS = 105;

/** How many lines a text takes in a cell of the given width (twips), wrapped at words. */
export function estimatedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - TABLE_CELL_MARGINS.left - TABLE_CELL_MARGINS.right) / CHAR_TWIPS));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length > perLine) {
        count++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + word.length;
    }
    lines += count;
  }
  return lines;
}

/**
 * The height of the first header row: tall enough for its own cells, and for the cells merged down over the
 * header rows below it (`below` one-line rows), so that they keep every line when the header is repeated on
 * the next page (LibreOffice clips a repeated merged header to the rows' own heights).
 */
export function firstHeaderRowHeight(
  mergedDown: readonly { text: string; width: number }[],
  own: readonly { text: string; width: number }[],
  below: number,
): { value: number; rule: typeof HeightRule.ATLEAST } {
  const lines = Math.max(...mergedDown.map((c) => estimatedLines(c.text, c.width) - below), ...own.map((c) => estimatedLines(c.text, c.width)), 1);
  return { value: lines * LINE_TWIPS + TABLE_CELL_MARGINS.top + TABLE_CELL_MARGINS.bottom, rule: HeightRule.ATLEAST };
}
