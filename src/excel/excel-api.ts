// The part of the Excel JavaScript API that sverka uses, cut out of @types/office-js with Pick, so
// that the adapter cannot call anything the in-memory stand-in lacks, and the stand-in cannot drift
// from the real shapes (the stand-in's classes implement these types; the check at the bottom makes
// the compiler prove that the real Excel.RequestContext still fits them).

/** A property name or names for load(): "values", "items/name", "areas/items/address", … */
export type LoadNames = string | string[];

export type ExcelClientResult<T> = Pick<OfficeExtension.ClientResult<T>, 'value'>;

export type ExcelRangeFill = Pick<Excel.RangeFill, 'color' | 'clear'>;
export type ExcelRangeFont = Pick<Excel.RangeFont, 'bold' | 'italic' | 'size'>;
export type ExcelRangeBorder = Pick<Excel.RangeBorder, 'style' | 'weight'>;

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface ExcelRangeBorderCollection {
  getItem(index: BorderEdge): ExcelRangeBorder;
}

export type ExcelRangeFormat = Pick<Excel.RangeFormat, 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'columnWidth' | 'rowHeight'> & {
  readonly fill: ExcelRangeFill;
  readonly font: ExcelRangeFont;
  readonly borders: ExcelRangeBorderCollection;
};

export type ExcelDataValidation = Pick<Excel.DataValidation, 'rule' | 'clear'>;

export type ExcelRange = Pick<
  Excel.Range,
  'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'address' | 'rowCount' | 'columnCount' | 'isNullObject' | 'merge' | 'select'
> & {
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** The used cells within this range (ExcelApi 1.4); a null object when it has none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  getCellProperties(options: Excel.CellPropertiesLoadOptions): ExcelClientResult<Excel.CellProperties[][]>;
  load(names: LoadNames): unknown;
};

export interface ExcelRangeCollection {
  readonly items: Pick<Excel.Range, 'address'>[];
}

export type ExcelRangeAreas = Pick<Excel.RangeAreas, 'isNullObject'> & {
  readonly areas: ExcelRangeCollection;
  readonly format: { readonly fill: ExcelRangeFill };
  load(names: LoadNames): unknown;
};

export type ExcelPageLayout = Pick<
  Excel.PageLayout,
  | 'orientation'
  | 'zoom'
  | 'paperSize'
  | 'centerHorizontally'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'headerMargin'
  | 'footerMargin'
> & {
  setPrintTitleRows(rows: string): void;
};

export type ExcelWorksheet = Pick<Excel.Worksheet, 'id' | 'name' | 'visibility' | 'isNullObject' | 'activate' | 'delete'> & {
  readonly pageLayout: ExcelPageLayout;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** The whole sheet without an address. */
  getRange(address?: string): ExcelRange;
  /** Several rectangles at once: "B3,D3:D9,F12" (ExcelApi 1.9). */
  getRanges(address: string): ExcelRangeAreas;
  load(names: LoadNames): unknown;
};

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
  load(names: LoadNames): unknown;
}

export type ExcelSetting = Pick<Excel.Setting, 'value' | 'isNullObject'> & {
  load(names: LoadNames): unknown;
};

export interface ExcelSettingCollection {
  add(key: string, value: unknown): ExcelSetting;
  getItemOrNullObject(key: string): ExcelSetting;
}

/** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6): no recalculation until the next sync. */
export type ExcelApplication = Pick<Excel.Application, 'suspendApiCalculationUntilNextSync'>;

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly settings: ExcelSettingCollection;
  readonly application: ExcelApplication;
}

/** What a batch gets: in Office an Excel.RequestContext, in the preview and the tests the stand-in's context. */
export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` in Office; the stand-in's `run` in the preview and the tests. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

// Compile-time proof that the real API fits the subset: Excel.run is an ExcelRun and Excel.RequestContext
// an ExcelContext. Never called (Excel exists only inside Office); exported so that nothing strips them.
export function _officeExcelRunFits(): ExcelRun {
  return Excel.run;
}
export const _realContextFits = (context: Excel.RequestContext): ExcelContext => context;
