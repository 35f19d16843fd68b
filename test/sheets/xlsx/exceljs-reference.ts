// The reader this project used before the streaming one (ExcelJS's workbook model → grids), kept as the
// oracle the streaming reader is compared with: on every workbook both can read, the grids are the same.
import ExcelJS from 'exceljs';
import { parseRange, type CellRange } from '../../../src/sheets/address';
import type { CellStyle, CellValue, Grid, GridCell, ListValidation, SheetLayout } from '../../../src/sheets/grid';
import { parseInlineList, parseListReference, sheetValidations } from '../../../src/sheets/xlsx/validation-lists';

export interface WorkbookReadOptions {
  /** Read fonts, fills, alignment and borders (the preview draws them; the readers do not need them). */
  styles?: boolean;
}

/** The bytes of an .xlsx file → grids. Throws what ExcelJS throws for a file that is not a workbook. */
export async function xlsxToGrids(data: ArrayBuffer | Uint8Array, options: WorkbookReadOptions = {}): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings want its own Buffer type; a Node Buffer or an ArrayBuffer is what it reads.
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbookToGrids(wb, options);
}

export function workbookToGrids(wb: ExcelJS.Workbook, options: WorkbookReadOptions = {}): Grid[] {
  return wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => sheetToGrid(ws, wb, options));
}

interface SheetCell {
  row: number;
  col: number;
  cell: GridCell;
}

export function sheetToGrid(ws: ExcelJS.Worksheet, wb?: ExcelJS.Workbook, options: WorkbookReadOptions = {}): Grid {
  const cells: SheetCell[] = [];
  const mergeAreas = new Map<string, CellRange>();
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const extend = (row: number, col: number): void => {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  };

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        // A covered cell of a merge: it widens its master's area and holds no value of its own.
        const master = cell.master;
        const key = master.address;
        const area = mergeAreas.get(key) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: Number(master.row) - 1, right: Number(master.col) - 1 };
        area.top = Math.min(area.top, r);
        area.left = Math.min(area.left, c);
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
        mergeAreas.set(key, area);
        return;
      }
      const gridCell = readCell(cell, options.styles === true);
      if (gridCell === null) return;
      cells.push({ row: r, col: c, cell: gridCell });
      extend(r, c);
    });
  });
  for (const area of mergeAreas.values()) {
    extend(area.top, area.left);
    extend(area.bottom, area.right);
  }

  if (bottom < 0) return { name: ws.name, rows: [], merges: [], validations: [], layout: readLayout(ws, 0, 0) };

  const rows: (GridCell | null)[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, cell } of cells) {
    const r = rows[row - top];
    while (r.length < col - left) r.push(null);
    r[col - left] = cell;
  }
  const shift = (a: CellRange): CellRange => ({ top: a.top - top, left: a.left - left, bottom: a.bottom - top, right: a.right - left });
  const grid: Grid = {
    name: ws.name,
    rows,
    merges: [...mergeAreas.values()].map(shift),
    validations: readValidations(ws, wb).map((v) => ({ range: shift(v.range), values: v.values })),
    layout: readLayout(ws, top, left),
  };
  if (top !== 0 || left !== 0) grid.origin = { row: top, col: left };
  return grid;
}

function readCell(cell: ExcelJS.Cell, withStyles: boolean): GridCell | null {
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const style = withStyles ? styleOf(cell) : undefined;
  const withFormat = (c: GridCell): GridCell => (numberFormat || style ? { ...c, ...(numberFormat ? { numberFormat } : {}), ...(style ? { style } : {}) } : c);
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      // An empty cell matters only for its look (a bordered blank of a table).
      return style ? { value: null, style } : null;
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula ?? (cell.value as ExcelJS.CellSharedFormulaValue).formula ?? null;
      const result = cell.result as unknown;
      if (isErrorValue(result)) return withFormat({ value: result.error, error: true, formula });
      return withFormat({ value: plainValue(result), formula });
    }
    case ExcelJS.ValueType.Error:
      return withFormat({ value: (cell.value as ExcelJS.CellErrorValue).error, error: true });
    default: {
      // An empty string is an empty cell (some writers leave them where a value was deleted).
      const value = plainValue(cell.value);
      return value === null || value === '' ? null : withFormat({ value });
    }
  }
}

function isErrorValue(v: unknown): v is ExcelJS.CellErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** A cell value as a grid value: rich text and hyperlinks as their text, dates as "31.12.2024". */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return plainValue((v as { text: unknown }).text);
    if ('error' in v) return (v as ExcelJS.CellErrorValue).error;
  }
  return String(v);
}

/** ExcelJS gives dates in UTC: "31.12.2024", with the time when there is one. */
export function dateText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? date : `${date} ${two(h)}:${two(m)}`;
}

/** List validations: ExcelJS gives one entry per cell; cells that share an entry are put back into rectangles. */
function readValidations(ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook | undefined): ListValidation[] {
  const model = sheetValidations(ws)?.model ?? {};
  const groups = new Map<ExcelJS.DataValidation, Set<string>>();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation || validation.type !== 'list') continue;
    // A file gives one key per cell; a workbook built in code may hold range keys ("B10:B16").
    const r = parseRange(address);
    const set = groups.get(validation) ?? new Set<string>();
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) set.add(`${row},${col}`);
    groups.set(validation, set);
  }
  const out: ListValidation[] = [];
  for (const [validation, cellKeys] of groups) {
    const values = listValues(String(validation.formulae?.[0] ?? ''), wb);
    if (values === null) continue;
    for (const range of rectangles(cellKeys)) out.push({ range, values });
  }
  return out.sort((a, b) => a.range.left - b.range.left || a.range.top - b.range.top);
}

function listValues(formula: string, wb: ExcelJS.Workbook | undefined): string[] | null {
  const inline = parseInlineList(formula);
  if (inline) return inline;
  const ref = parseListReference(formula);
  const sheet = ref && wb ? wb.getWorksheet(ref.sheet) : undefined;
  if (!ref || !sheet) return null;
  const r = parseRange(ref.range);
  const values: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const v = plainValue(sheet.getCell(row + 1, col + 1).value);
      if (v !== null && String(v).trim() !== '') values.push(String(v));
    }
  }
  return values;
}

/** Cells ("row,col") into rectangles: from each free top-left cell, down as far as it goes, then right. */
function rectangles(cellKeys: Set<string>): CellRange[] {
  const cells = [...cellKeys].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const used = new Set<string>();
  const out: CellRange[] = [];
  for (const [row, col] of cells) {
    if (used.has(`${row},${col}`)) continue;
    let bottom = row;
    while (cellKeys.has(`${bottom + 1},${col}`) && !used.has(`${bottom + 1},${col}`)) bottom++;
    let right = col;
    const columnFree = (c: number): boolean => {
      for (let r = row; r <= bottom; r++) if (!cellKeys.has(`${r},${c}`) || used.has(`${r},${c}`)) return false;
      return true;
    };
    while (columnFree(right + 1)) right++;
    for (let r = row; r <= bottom; r++) for (let c = col; c <= right; c++) used.add(`${r},${c}`);
    out.push({ top: row, left: col, bottom, right });
  }
  return out;
}

function readLayout(ws: ExcelJS.Worksheet, top: number, left: number): SheetLayout {
  const layout: SheetLayout = {};
  const setup = ws.pageSetup ?? {};
  if (setup.orientation === 'landscape' || setup.orientation === 'portrait') layout.orientation = setup.orientation;
  if (setup.fitToPage && setup.fitToWidth === 1) layout.fitToWidth = true;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  if (titles) layout.printTitleRows = [Number(titles[1]) - 1 - top, Number(titles[2]) - 1 - top];
  const widths: number[] = [];
  const count = ws.columnCount;
  for (let c = left; c < count; c++) widths.push(ws.getColumn(c + 1).width ?? 0);
  if (widths.some((w) => w > 0)) layout.columnWidths = widths.map((w) => (w > 0 ? w : 8.43));
  return layout;
}

/** The look of a cell, as far as the grid keeps it. */
function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  const s: CellStyle = {};
  if (cell.font?.bold) s.bold = true;
  if (cell.font?.italic) s.italic = true;
  if (cell.font?.size && cell.font.size !== 11) s.fontSize = cell.font.size;
  const a = cell.alignment;
  if (a?.wrapText) s.wrap = true;
  if (a?.horizontal === 'left' || a?.horizontal === 'center' || a?.horizontal === 'right') s.horizontal = a.horizontal;
  if (a?.vertical === 'top' || a?.vertical === 'middle' || a?.vertical === 'bottom') s.vertical = a.vertical;
  const fill = cell.fill;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  if (argb && argb.length === 8) s.fill = `#${argb.slice(2).toUpperCase()}`;
  const b = cell.border;
  if (b?.top?.style && b.bottom?.style && b.left?.style && b.right?.style) s.border = true;
  return Object.keys(s).length > 0 ? s : undefined;
}
