// Reading a workbook into grids. Everything for every sheet is loaded first and fetched by ONE
// context.sync: the used range's address, values, formulas, number formats and value types, and the
// merged areas. Hidden sheets are not read (a person does not see them; the adapter keeps the lists of
// long drop-downs there). The sheet names must be known to ask for their content, so the adapter remembers
// them (SheetCatalog) and checks them in that same sync; only a first read (or a workbook whose sheets
// changed) costs one more small sync. If the one-sync read fails (a sheet vanished, too many merged
// areas for one call, a response over 5 MB), a careful read follows: sizes first, then the content in
// row bands packed under the limit.
import type { CellRange } from '../sheets/address';
import { parseRange, toA1 } from '../sheets/address';
import type { CellValue, Grid, GridCell } from '../sheets/grid';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelRun, ExcelWorksheet } from './excel-api';
import { SYNC_BUDGET_BYTES } from './request-size';
import { mergeBands, type SheetCatalog } from './sheet-catalog';

const CONTENT = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes'];
/** A generous guess of a cell's share of a response (four properties with JSON punctuation). */
const RESPONSE_BYTES_PER_CELL = 64;
/** In the careful read, merged areas are asked for in bands this tall when their number is unknown. */
const CAREFUL_MERGE_BAND_ROWS = 40;
const SHEET_ROWS = 1_048_576;

interface SheetRead {
  name: string;
  /** Row bands of the content (one band, the used range, in the one-sync read). */
  bands: ExcelRange[];
  merges: ExcelRangeAreas[];
}

export interface ReadOutcome {
  grids: Grid[];
  syncs: number;
}

export async function readWorkbookGrids(run: ExcelRun, catalog: SheetCatalog): Promise<ReadOutcome> {
  return run(async (context) => {
    let syncs = 0;
    try {
      const worksheets = context.workbook.worksheets;
      worksheets.load(['items/name', 'items/visibility']);
      const guessed = catalog.knownVisibleNames();
      let reads = guessed ? guessed.map((name) => queueSheetRead(context, name, catalog)) : [];
      await context.sync();
      syncs += 1;
      const names = learnSheets(worksheets.items, catalog);
      const missing = names.filter((n) => !reads.some((r) => r.name.toLowerCase() === n.toLowerCase()));
      if (missing.length > 0) {
        const more = missing.map((name) => queueSheetRead(context, name, catalog));
        await context.sync();
        syncs += 1;
        reads = reads.concat(more);
      }
      const grids = names.map((name) => {
        const read = reads.find((r) => r.name.toLowerCase() === name.toLowerCase());
        if (!read) throw new Error(`no read queued for sheet ${name}`);
        return gridFromRead(name, read, catalog);
      });
      return { grids, syncs };
    } catch {
      // A vanished sheet, more merged areas than one call returns, or too big a response: read carefully
      // (its own failure, if any, goes to the caller).
      catalog.forget();
      const careful = await readCarefully(context, catalog);
      return { grids: careful.grids, syncs: syncs + 1 + careful.syncs };
    }
  });
}

/** Learns the sheet names (one sync), so that the next read asks for every sheet's content at once. */
export async function learnWorkbookSheets(run: ExcelRun, catalog: SheetCatalog): Promise<{ syncs: number }> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load(['items/name', 'items/visibility']);
    await context.sync();
    learnSheets(worksheets.items, catalog);
    return { syncs: 1 };
  });
}

/** Records every sheet's name and visibility; returns the visible ones, in workbook order (hidden sheets are not read). */
function learnSheets(items: readonly Pick<ExcelWorksheet, 'name' | 'visibility'>[], catalog: SheetCatalog): string[] {
  catalog.setNames(
    items.map((w) => w.name),
    items.filter((w) => w.visibility !== 'Visible').map((w) => w.name),
  );
  return items.filter((w) => w.visibility === 'Visible').map((w) => w.name);
}

function queueSheetRead(context: ExcelContext, name: string, catalog: SheetCatalog): SheetRead {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject();
  used.load(CONTENT);
  const merges = mergeBands(catalog.factsOf(name)).map((band) => {
    const areas = (band === null ? sheet.getRange() : sheet.getRange(band)).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    return areas;
  });
  return { name, bands: [used], merges };
}

/** Sizes first (one small sync), then the content in row bands, as many syncs as the response limit needs. */
async function readCarefully(context: ExcelContext, catalog: SheetCatalog): Promise<ReadOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  await context.sync();
  const names = learnSheets(worksheets.items, catalog);
  const usedRanges = names.map((name) => {
    const used = worksheets.getItem(name).getUsedRangeOrNullObject();
    used.load(['address', 'rowCount', 'columnCount']);
    return used;
  });
  await context.sync();
  let syncs = 2;

  const reads: SheetRead[] = [];
  let budgetLeft = SYNC_BUDGET_BYTES;
  let queued = 0;
  const flushIfFull = async (bytes: number): Promise<void> => {
    if (queued > 0 && bytes > budgetLeft) {
      await context.sync();
      syncs += 1;
      budgetLeft = SYNC_BUDGET_BYTES;
      queued = 0;
    }
    budgetLeft -= bytes;
    queued += 1;
  };

  for (let i = 0; i < names.length; i++) {
    const sheet = worksheets.getItem(names[i]);
    const used = usedRanges[i];
    const read: SheetRead = { name: names[i], bands: [], merges: [] };
    reads.push(read);
    if (used.isNullObject) continue;
    const area = parseRange(used.address);
    const rowsPerBand = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / (used.columnCount * RESPONSE_BYTES_PER_CELL)));
    for (let top = area.top; top <= area.bottom; top += rowsPerBand) {
      const bottom = Math.min(area.bottom, top + rowsPerBand - 1);
      await flushIfFull((bottom - top + 1) * used.columnCount * RESPONSE_BYTES_PER_CELL);
      const band = sheet.getRange(`${toA1(top, area.left)}:${toA1(bottom, area.right)}`);
      band.load(CONTENT);
      read.bands.push(band);
    }
    for (let top = 1; top <= area.bottom + 1; top += CAREFUL_MERGE_BAND_ROWS) {
      const last = top + CAREFUL_MERGE_BAND_ROWS > area.bottom + 1 ? SHEET_ROWS : top + CAREFUL_MERGE_BAND_ROWS - 1;
      await flushIfFull(200);
      const merged = sheet.getRange(`${top}:${last}`).getMergedAreasOrNullObject();
      merged.load('areas/items/address');
      read.merges.push(merged);
    }
  }
  if (queued > 0) {
    await context.sync();
    syncs += 1;
  }
  return { grids: reads.map((read) => gridFromRead(read.name, read, catalog)), syncs };
}

function gridFromRead(name: string, read: SheetRead, catalog: SheetCatalog): Grid {
  const grid: Grid = { name, rows: [], merges: [] };
  const bands = read.bands.filter((b) => !b.isNullObject);
  if (bands.length === 0) {
    catalog.setFacts(name, { rows: 0, mergedAreas: 0 });
    return grid;
  }
  const first = parseRange(bands[0].address);
  let bottom = first.bottom;
  for (const band of bands) {
    const values = band.values;
    const formulas = band.formulas;
    const formats = band.numberFormat;
    const types = band.valueTypes;
    bottom = Math.max(bottom, parseRange(band.address).bottom);
    for (let r = 0; r < values.length; r++) {
      grid.rows.push(values[r].map((value, c) => cellFrom(value, formulas[r][c], formats[r][c], types[r][c])));
    }
  }
  if (first.top !== 0 || first.left !== 0) grid.origin = { row: first.top, col: first.left };
  let mergedAreas = 0;
  const seen = new Set<string>();
  for (const areas of read.merges) {
    if (areas.isNullObject) continue;
    for (const item of areas.areas.items) {
      const area = parseRange(item.address);
      const key = `${area.top},${area.left},${area.bottom},${area.right}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mergedAreas += 1;
      const local: CellRange = { top: area.top - first.top, left: area.left - first.left, bottom: area.bottom - first.top, right: area.right - first.left };
      if (local.top >= 0 && local.left >= 0) grid.merges.push(local);
    }
  }
  grid.merges.sort((a, b) => a.top - b.top || a.left - b.left);
  catalog.setFacts(name, { rows: bottom + 1, mergedAreas });
  return grid;
}

/** One cell from what Excel returned; null for an empty, unformatted cell. */
function cellFrom(value: unknown, formula: unknown, numberFormat: unknown, type: unknown): GridCell | null {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=') && formula.length > 1;
  const format = typeof numberFormat === 'string' && numberFormat !== 'General' ? numberFormat : null;
  if (type === 'Empty' && !hasFormula) return format ? { value: null, numberFormat: format } : null;
  const cell: GridCell = { value: cellValue(value, type) };
  if (type === 'Error') cell.error = true;
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (format) cell.numberFormat = format;
  return cell;
}

function cellValue(value: unknown, type: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
