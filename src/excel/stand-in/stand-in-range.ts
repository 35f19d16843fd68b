// The stand-in's ranges: values, formulas, number formats and value types, merging, selecting, merged
// areas (with Excel's limit of 512 a call), cell properties (fills), and multi-area ranges.
import type { CellRange } from '../../sheets/address';
import { rangeToA1 } from '../../sheets/address';
import type { ExcelClientResult, ExcelRange, ExcelRangeAreas, ExcelRangeCollection } from '../excel-api';
import { StandInObject, type StandInContext } from './stand-in-context';
import { StandInError, invalidArgument, propertyNotLoaded } from './stand-in-error';
import { StandInDataValidation, StandInRangeFill, StandInRangeFormat } from './stand-in-format';
import { overlaps, sheetAddress } from './stand-in-geometry';
import type { StandInCell, StandInSheet } from './stand-in-workbook';

/** Excel refuses to return more merged areas than this from one getMergedAreasOrNullObject. */
export const MERGED_AREAS_LIMIT = 512;

export interface RangeTarget {
  sheet: StandInSheet;
  range: CellRange;
}


type Matrix = unknown[][];

function checkShape(matrix: unknown, range: CellRange, property: string): Matrix {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw invalidArgument(`${property}: the array's dimensions do not match the range's (${rows}×${cols})`);
  }
  return matrix as Matrix;
}

/** Writes one entry of `values` or `formulas`: null leaves the cell, "" empties it, "=…" is a formula. */
function writeEntry(cell: StandInCell, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  delete cell.error;
  delete cell.formula;
  if (entry === '') {
    delete cell.value;
    return;
  }
  if (typeof entry === 'string' && entry.startsWith('=') && entry.length > 1) {
    cell.formula = entry.slice(1);
    delete cell.value; // computed when read
    return;
  }
  if (typeof entry === 'string' && entry.startsWith("'")) {
    cell.value = entry.slice(1);
    return;
  }
  if (typeof entry === 'string' && /^-?\d+(\.\d+)?$/.test(entry.trim())) {
    cell.value = Number(entry); // Excel turns numeric text into numbers
    return;
  }
  if (typeof entry === 'number' || typeof entry === 'boolean' || typeof entry === 'string') {
    cell.value = entry;
    return;
  }
  throw invalidArgument(`a cell value of type ${typeof entry}`);
}

function valueType(value: unknown, error: boolean, empty: boolean): Excel.RangeValueType {
  if (error) return 'Error' as Excel.RangeValueType;
  if (empty) return 'Empty' as Excel.RangeValueType;
  if (typeof value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

export class StandInRange extends StandInObject<RangeTarget> implements ExcelRange {
  readonly format: StandInRangeFormat;
  readonly dataValidation: StandInDataValidation;

  constructor(context: StandInContext, path: string, locate: () => RangeTarget | null) {
    super(context, path, locate);
    this.format = new StandInRangeFormat(context, this);
    this.dataValidation = new StandInDataValidation(context, this);
  }

  /** @internal */
  at(): RangeTarget {
    return this.existing();
  }

  /** @internal */
  trackNullnessNow(): void {
    this.trackNullness();
  }

  /** @internal */
  rememberAddress(address: string): void {
    this.remember('address', address);
    this.remember('isNullObject', false);
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): Matrix {
    return this.read('values');
  }
  set values(matrix: Matrix) {
    this.writeMatrix('values', matrix, writeEntry);
  }
  get formulas(): Matrix {
    return this.read('formulas');
  }
  set formulas(matrix: Matrix) {
    this.writeMatrix('formulas', matrix, writeEntry);
  }
  get numberFormat(): Matrix {
    return this.read('numberFormat');
  }
  set numberFormat(matrix: Matrix) {
    this.writeMatrix('numberFormat', matrix, (cell, entry) => {
      if (entry === null || entry === undefined) return;
      if (typeof entry !== 'string') throw invalidArgument('numberFormat entries are strings');
      if (entry === 'General' || entry === '') delete cell.numberFormat; // "" resets to General, as in Excel
      else cell.numberFormat = entry;
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read('valueTypes');
  }

  private writeMatrix(property: string, matrix: Matrix, write: (cell: StandInCell, entry: unknown) => void): void {
    this.queue(property, matrix, () => {
      const { sheet, range } = this.existing();
      const rows = checkShape(matrix, range, property);
      rows.forEach((row, r) =>
        row.forEach((entry, c) => {
          if (entry === null || entry === undefined) return;
          write(sheet.touch(range.top + r, range.left + c), entry);
        }),
      );
    });
  }

  merge(across?: boolean): void {
    this.queue('merge', [across ?? false], () => {
      const { sheet, range } = this.existing();
      const areas = across
        ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => ({ ...range, top: range.top + i, bottom: range.top + i }))
        : [range];
      for (const area of areas) {
        if (area.top === area.bottom && area.left === area.right) continue;
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
        sheet.merges.push(area);
      }
    });
  }

  select(): void {
    this.queue('select', null, () => {
      const { sheet, range } = this.existing();
      if (this.book.activeSheet?.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new StandInError('InvalidSelection', 'The current selection is invalid for this operation: the worksheet is not active.');
      }
      this.book.selection = { sheet: sheet.name, address: rangeToA1(range) };
    });
  }

  getMergedAreasOrNullObject(): StandInRangeAreas {
    const areas = new StandInRangeAreas(this.context, `${this.path}.mergedAreas`, () => {
      const { sheet, range } = this.existing();
      // Excel returns the merged areas whose top-left cell lies in the range.
      const found = sheet.merges.filter((m) => m.top >= range.top && m.top <= range.bottom && m.left >= range.left && m.left <= range.right);
      if (found.length > MERGED_AREAS_LIMIT) {
        throw new StandInError('GeneralException', `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`);
      }
      return found.length === 0 ? null : { sheet, areas: found };
    });
    areas.trackNullnessNow();
    return areas;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandInRange {
    const used = new StandInRange(this.context, `${this.path}.usedRange`, () => {
      const { sheet, range } = this.existing();
      const box = sheet.usedRangeWithin(range, valuesOnly ?? false);
      return box ? { sheet, range: box } : null;
    });
    used.trackNullnessNow();
    return used;
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): ExcelClientResult<Excel.CellProperties[][]> {
    const result = new StandInClientResult<Excel.CellProperties[][]>();
    this.queue('getCellProperties', options, () => {
      const { sheet, range } = this.existing();
      const rows: Excel.CellProperties[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(cellProperties(sheet, r, c, options));
        rows.push(row);
      }
      this.context.countResponse(rows);
      result.resolve(rows);
    });
    return result;
  }

  protected snapshot({ sheet, range }: RangeTarget, name: string): unknown {
    const book = this.book;
    const each = <V>(pick: (cell: StandInCell | undefined, row: number, col: number) => V): V[][] => {
      if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 5_000_000) throw invalidArgument('the range is too large to load');
      const rows: V[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: V[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(pick(sheet.cell(r, c), r, c));
        rows.push(row);
      }
      return rows;
    };
    let value: unknown;
    switch (name) {
      case 'address':
        value = sheetAddress(sheet.name, range);
        break;
      case 'rowCount':
        value = range.bottom - range.top + 1;
        break;
      case 'columnCount':
        value = range.right - range.left + 1;
        break;
      case 'values':
        value = each((cell, r, c) => {
          const v = cell ? book.valueOf(sheet, r, c).value : null;
          return v === null ? '' : v;
        });
        break;
      case 'formulas':
        value = each((cell, r, c) => {
          if (cell?.formula !== undefined) return `=${cell.formula}`;
          const v = cell ? book.valueOf(sheet, r, c).value : null;
          return v === null ? '' : v;
        });
        break;
      case 'numberFormat':
        value = each((cell) => cell?.numberFormat ?? 'General');
        break;
      case 'valueTypes':
        value = each((cell, r, c) => {
          if (!cell) return valueType(null, false, true);
          const { value: v, error } = book.valueOf(sheet, r, c);
          return valueType(v, error, v === null || v === '');
        });
        break;
      default:
        return undefined;
    }
    this.context.countResponse(value);
    return value;
  }
}

function cellProperties(sheet: StandInSheet, row: number, col: number, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties {
  const out: Excel.CellProperties = {};
  if (options.address) out.address = sheetAddress(sheet.name, { top: row, left: col, bottom: row, right: col });
  const fillOptions = options.format?.fill;
  if (fillOptions) {
    const cell = sheet.cell(row, col);
    const fill: Excel.CellPropertiesFill = {};
    // Excel reports an unfilled cell as white with no pattern.
    if (fillOptions.color) fill.color = cell?.fill ?? '#FFFFFF';
    if (fillOptions.pattern) fill.pattern = cell?.fill ? 'Solid' : 'None';
    out.format = { fill };
  }
  return out;
}

export class StandInClientResult<T> implements ExcelClientResult<T> {
  private resolved = false;
  private result: T | undefined;

  /** @internal */
  resolve(value: T): void {
    this.result = value;
    this.resolved = true;
  }

  get value(): T {
    if (!this.resolved) throw propertyNotLoaded('value');
    return this.result as T;
  }
}

interface AreasTarget {
  sheet: StandInSheet;
  areas: CellRange[];
}

export class StandInRangeAreas extends StandInObject<AreasTarget> implements ExcelRangeAreas {
  readonly format: { readonly fill: StandInRangeFill };

  constructor(context: StandInContext, path: string, locate: () => AreasTarget | null) {
    super(context, path, locate);
    this.format = {
      fill: new StandInRangeFill(context, `${path}.format.fill`, () => {
        const { sheet, areas } = this.existing();
        return { sheet, ranges: areas };
      }),
    };
  }

  /** @internal */
  trackNullnessNow(): void {
    this.trackNullness();
  }

  get areas(): ExcelRangeCollection {
    const items = this.read<StandInRange[] | null>('areas');
    return { items: items ?? [] };
  }

  protected snapshot(target: AreasTarget, name: string): unknown {
    if (name !== 'areas' && name !== 'areas/items' && name !== 'areas/items/address') return undefined;
    return target.areas.map((area) => {
      const range = new StandInRange(this.context, `${this.path}[${rangeToA1(area)}]`, () => ({ sheet: target.sheet, range: area }));
      const address = sheetAddress(target.sheet.name, area);
      range.rememberAddress(address);
      this.context.countResponse(address);
      return range;
    });
  }
}
