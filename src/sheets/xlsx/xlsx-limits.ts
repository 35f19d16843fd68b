// What the .xlsx reader agrees to read. A workbook a person works on is far below every limit (the
// worked example ×1000 — 27 000 indicators — has 390 000 cells, 14 000 merged areas and 19 MB of XML);
// a file past one is refused with a message that says which limit and where, never read for minutes or
// until memory runs out. The cell limits are Excel's own (a file past them did not come from Excel).

export const XLSX_LIMITS = {
  /**
   * The XML read from the archive, all parts together, decompressed: five times the 1000× book. Parsing
   * this much stays within seconds and a few hundred megabytes (a text node is held whole while parsed).
   */
  decompressedBytes: 100 * 1024 * 1024,
  /** Parts (files) in the archive; a workbook of 1 000 sheets has about 3 000. */
  parts: 50_000,
  /** Elements open inside one another in a part (a worksheet needs about 6; rich text a few more). */
  xmlDepth: 100,
  /** Texts in the shared strings part: no more than the cells that could refer to them. */
  sharedStrings: 2_000_000,
  /** Cells that hold something, in the whole workbook. */
  cells: 2_000_000,
  /** Places in the grids (a row is as long as its last cell): what the readers walk. */
  gridCells: 10_000_000,
  /** Merged areas on one sheet. */
  mergesPerSheet: 100_000,
  /** Cells of all merged areas of a sheet together (a merge over the whole sheet has 17 billion). */
  mergedCells: 2_000_000,
  /** Cells of drop-down lists on a sheet, after clamping to the used range. */
  validationCells: 2_000_000,
  /** Values of the drop-down lists of a workbook, read from the sheets they refer to. */
  listValues: 1_000_000,
  /** Characters of a cell's text: Excel's limit. */
  textChars: 32_767,
  /**
   * Characters of a formula. Excel's own limit is 8 192, but the totals written for a program of
   * thousands of subprograms ("C10+C24+…") are longer, and they must read.
   */
  formulaChars: 100_000,
  rows: 1_048_576,
  columns: 16_384,
} as const;

/**
 * A workbook the reader refuses or cannot read: one line, Russian and English, saying what and where.
 * `limit`: past a limit of this file (the workbook may be sound); `damaged`: not a readable workbook.
 */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
  constructor(
    readonly text: { ru: string; en: string },
    readonly kind: 'limit' | 'damaged' = 'damaged',
  ) {
    super(text.ru);
  }
}

/** A refusal for a limit passed. */
export function limitPassed(ru: string, en: string): XlsxReadError {
  return new XlsxReadError({ ru, en }, 'limit');
}

/** "1 048 576": numbers in messages grouped as a Russian reader writes them. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
