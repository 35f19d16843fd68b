// Reading a workbook into grids: the used range's address, values, formulas, number formats and value
// types of every visible sheet, and its merged areas. Hidden sheets are not read (a person does not see
// them; the adapter keeps the lists of long drop-downs there).
//
// As few syncs as Excel's 5 MB answer allows. While the workbook fits one answer, everything is asked for
// in ONE sync (the sheet names must be known to ask for their content: the adapter remembers them in its
// SheetCatalog and checks them in that same sync; only a first read, or a workbook whose sheets changed,
// costs one more small sync). Every read measures what each sheet's rows cost in the answer (the JSON of
// what was loaded, as Excel counts it), so a workbook known to be larger is read straight away in row
// bands that fill each answer up to the limit — as many syncs as its size needs, no failed attempt. A
// first read of a large workbook fails once for size, learns the sizes of the used ranges (one sync) and
// reads in bands, the first sized by a generous guess, the rest by what the first ones measured. Only
// Excel's size errors, a vanished sheet or too many merged areas for one call lead to the careful read
// (excel-error-codes.ts); every other Excel error reaches the person.
import type { CellRange } from '../sheets/address';
import { parseRange, toA1 } from '../sheets/address';
import type { CellValue, Grid, GridCell } from '../sheets/grid';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelRun, ExcelWorksheet } from './excel-api';
import { calledForCarefulRead, excelErrorCode } from './excel-error-codes';
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, jsonSize } from './request-size';
import { mergeBands, type SheetCatalog } from './sheet-catalog';

const CONTENT = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes'];
/**
 * What the measured content of one sync may add up to: the limit less 2 % for what the measure cannot
 * see (the answer's own structure; the measure is the JSON of the loaded properties, as Excel sends them).
 * An answer that still passes the limit is asked again in smaller bands.
 */
const ANSWER_BUDGET_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT_BYTES * 0.98);
/** A cell's share of an answer before anything of its sheet was measured: generous (real cells ≈ 95 bytes). */
const FIRST_GUESS_BYTES_PER_CELL = 160;
/** A merged area's share of an answer (its address with the sheet name). */
const MERGED_AREA_BYTES = 64;
/** Excel returns at most 512 merged areas from one call. */
const MERGED_AREAS_PER_CALL = 512;
/** When their number is unknown, merged areas are asked for in bands this tall. */
const CAREFUL_MERGE_BAND_ROWS = 40;
const SHEET_ROWS = 1_048_576;

interface SheetRead {
  name: string;
  /** Row bands of the content, top to bottom (one band, the used range, in the one-sync read). */
  bands: ExcelRange[];
  merges: ExcelRangeAreas[];
}

export interface ReadOutcome {
  grids: Grid[];
  syncs: number;
}

export async function readWorkbookGrids(run: ExcelRun, catalog: SheetCatalog): Promise<ReadOutcome> {
  return run(async (context) => {
    const known = catalog.knownVisibleNames();
    let syncs = 0;
    try {
      if (known && !fitsOneAnswer(known, catalog)) {
        const banded = await readKnownInBands(context, catalog, known);
        if (banded) return banded;
        // The workbook changed since it was measured: its sizes are now known, read them in bands.
        catalog.forget();
        const careful = await readCarefully(context, catalog);
        return { grids: careful.grids, syncs: 1 + careful.syncs };
      }
      const worksheets = context.workbook.worksheets;
      worksheets.load(['items/name', 'items/visibility']);
      let reads = known ? known.map((name) => queueSheetRead(context, name, catalog)) : [];
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
    } catch (error) {
      if (!calledForCarefulRead(error)) throw error;
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

/** Would the sheets, as last measured, fit one answer? True when one of them was never measured. */
function fitsOneAnswer(names: readonly string[], catalog: SheetCatalog): boolean {
  let bytes = 0;
  for (const name of names) {
    const facts = catalog.factsOf(name);
    if (!facts || facts.bytesPerRow === undefined) return true;
    bytes += facts.rows * facts.bytesPerRow + facts.mergedAreas * MERGED_AREA_BYTES;
  }
  return bytes <= ANSWER_BUDGET_BYTES;
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

/** A sheet to read in bands: its used range (null when empty) and what a row of it costs in an answer. */
interface BandedSheet {
  name: string;
  used: CellRange | null;
  bytesPerRow: number;
  /** The merged-area bands ("1:40", …) with what each may cost, or null for the whole sheet in one call. */
  mergeBands: { band: string | null; bytes: number }[];
}

/**
 * A workbook measured before, read in bands planned from what was measured: the first sync also checks
 * the sheet names and used ranges; if they changed, null (the caller reads carefully).
 */
async function readKnownInBands(context: ExcelContext, catalog: SheetCatalog, names: readonly string[]): Promise<ReadOutcome | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  const checks = names.map((name) => {
    const used = worksheets.getItem(name).getUsedRangeOrNullObject();
    used.load('address');
    return used;
  });
  const sheets: BandedSheet[] = names.map((name) => {
    const facts = catalog.factsOf(name)!;
    return { name, used: facts.used ? parseRange(facts.used) : null, bytesPerRow: facts.bytesPerRow!, mergeBands: knownMergeBands(catalog, name) };
  });
  let changed = false;
  const verify = (): boolean => {
    const now = learnSheets(worksheets.items, catalog);
    const usedNow = checks.map((c) => (c.isNullObject ? null : parseRange(c.address)));
    const same = (i: number): boolean => {
      const before = sheets[i].used;
      const after = usedNow[i];
      return before === null || after === null ? before === after : sameRange(before, after);
    };
    changed = now.length !== names.length || now.some((n, i) => n !== names[i]) || names.some((_, i) => !same(i));
    return !changed;
  };
  const outcome = await readInBands(context, catalog, sheets, verify);
  return changed ? null : outcome;
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function knownMergeBands(catalog: SheetCatalog, name: string): { band: string | null; bytes: number }[] {
  const facts = catalog.factsOf(name);
  const bands = mergeBands(facts);
  const perBand = facts && bands.length > 0 ? Math.min(MERGED_AREAS_PER_CALL, Math.ceil(facts.mergedAreas / bands.length)) : MERGED_AREAS_PER_CALL;
  return bands.map((band) => ({ band, bytes: perBand * MERGED_AREA_BYTES }));
}

/** Sizes first (one small sync, after the names), then the content in row bands, as few syncs as the answers allow. */
async function readCarefully(context: ExcelContext, catalog: SheetCatalog): Promise<ReadOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  await context.sync();
  const names = learnSheets(worksheets.items, catalog);
  const usedRanges = names.map((name) => {
    const used = worksheets.getItem(name).getUsedRangeOrNullObject();
    used.load('address');
    return used;
  });
  await context.sync();
  const sheets: BandedSheet[] = names.map((name, i) => {
    const used = usedRanges[i].isNullObject ? null : parseRange(usedRanges[i].address);
    const bands: { band: string | null; bytes: number }[] = [];
    if (used) {
      for (let top = 1; top <= used.bottom + 1; top += CAREFUL_MERGE_BAND_ROWS) {
        const last = top + CAREFUL_MERGE_BAND_ROWS > used.bottom + 1 ? SHEET_ROWS : top + CAREFUL_MERGE_BAND_ROWS - 1;
        bands.push({ band: `${top}:${last}`, bytes: 4096 });
      }
    }
    return { name, used, bytesPerRow: used ? (used.right - used.left + 1) * FIRST_GUESS_BYTES_PER_CELL : 0, mergeBands: bands };
  });
  const outcome = await readInBands(context, catalog, sheets, null);
  return { grids: outcome.grids, syncs: 2 + outcome.syncs };
}

/** One queued piece of a banded read: content rows of a sheet, or one call for merged areas. */
interface Piece {
  sheet: number;
  /** Content rows (sheet rows, 0-based, inclusive), or a merged-area band. */
  rows?: [number, number];
  mergeBand?: string | null;
  range?: ExcelRange;
  areas?: ExcelRangeAreas;
}

/**
 * Reads the sheets' content in row bands and their merged areas, packing each sync up to the answer
 * budget by what a row is expected to cost; after each sync the cost is measured and the rest planned
 * with it. A sync refused for its size is made again with its bands halved. `verify`, when given, runs
 * after the first sync (it may stop the read by returning false).
 */
async function readInBands(context: ExcelContext, catalog: SheetCatalog, sheets: BandedSheet[], verify: (() => boolean) | null): Promise<ReadOutcome> {
  const reads: SheetRead[] = sheets.map((s) => ({ name: s.name, bands: [], merges: [] }));
  const measured = sheets.map(() => ({ rows: 0, bytes: 0 }));
  const nextRow = sheets.map((s) => (s.used ? s.used.top : 0));
  const mergeQueue = sheets.map((s) => [...s.mergeBands]);
  /** Bands read back in order: rows of a sheet must end up top to bottom. */
  const contentBands: { sheet: number; top: number; range: ExcelRange }[] = [];
  let syncs = 0;
  let first = true;
  let retries = 0;
  const costOfRow = (i: number) => (measured[i].rows > 0 ? Math.ceil(measured[i].bytes / measured[i].rows) : sheets[i].bytesPerRow);

  const done = (): boolean => sheets.every((s, i) => (!s.used || nextRow[i] > s.used.bottom) && mergeQueue[i].length === 0);
  while (!done()) {
    // Plan one sync: merged areas first (small), then as many rows as the budget allows, sheet by sheet.
    let budget = ANSWER_BUDGET_BYTES;
    const pieces: Piece[] = [];
    for (let i = 0; i < sheets.length; i++) {
      while (mergeQueue[i].length > 0 && (pieces.length === 0 || mergeQueue[i][0].bytes <= budget)) {
        const m = mergeQueue[i].shift()!;
        pieces.push({ sheet: i, mergeBand: m.band });
        budget -= m.bytes;
      }
    }
    for (let i = 0; i < sheets.length && budget > 0; i++) {
      const used = sheets[i].used;
      if (!used || nextRow[i] > used.bottom) continue;
      const perRow = Math.max(1, costOfRow(i));
      const rows = Math.min(used.bottom - nextRow[i] + 1, Math.floor(budget / perRow));
      if (rows <= 0) {
        if (pieces.length === 0) pieces.push({ sheet: i, rows: [nextRow[i], nextRow[i]] });
        break;
      }
      pieces.push({ sheet: i, rows: [nextRow[i], nextRow[i] + rows - 1] });
      budget -= rows * perRow;
    }
    for (const p of pieces) {
      const sheet = context.workbook.worksheets.getItem(sheets[p.sheet].name);
      if (p.rows) {
        const used = sheets[p.sheet].used!;
        p.range = sheet.getRange(`${toA1(p.rows[0], used.left)}:${toA1(p.rows[1], used.right)}`);
        p.range.load(CONTENT);
      } else {
        p.areas = (p.mergeBand === null || p.mergeBand === undefined ? sheet.getRange() : sheet.getRange(p.mergeBand)).getMergedAreasOrNullObject();
        p.areas.load('areas/items/address');
      }
    }
    try {
      await context.sync();
      syncs += 1;
    } catch (error) {
      syncs += 1;
      const code = excelErrorCode(error);
      if ((code !== 'ResponsePayloadSizeLimitExceeded' && code !== 'PayloadTooLarge') || retries >= 8) throw error;
      // Rows costlier than measured: plan again with each row counted double.
      retries += 1;
      for (let i = 0; i < sheets.length; i++) {
        measured[i].bytes *= 2;
        sheets[i].bytesPerRow *= 2;
      }
      for (const p of pieces) if (p.mergeBand !== undefined) mergeQueue[p.sheet].unshift({ band: p.mergeBand, bytes: MERGED_AREA_BYTES * MERGED_AREAS_PER_CALL });
      continue;
    }
    if (first && verify && !verify()) return { grids: [], syncs };
    first = false;
    for (const p of pieces) {
      if (p.rows && p.range) {
        measured[p.sheet].rows += p.rows[1] - p.rows[0] + 1;
        measured[p.sheet].bytes += answerBytes(p.range);
        nextRow[p.sheet] = p.rows[1] + 1;
        contentBands.push({ sheet: p.sheet, top: p.rows[0], range: p.range });
      } else if (p.areas) reads[p.sheet].merges.push(p.areas);
    }
  }
  contentBands.sort((a, b) => a.sheet - b.sheet || a.top - b.top);
  for (const band of contentBands) reads[band.sheet].bands.push(band.range);
  const grids = reads.map((read, i) => {
    const grid = gridFromRead(read.name, read, catalog);
    const facts = catalog.factsOf(read.name);
    if (facts && measured[i].rows > 0) catalog.setFacts(read.name, { ...facts, bytesPerRow: Math.ceil(measured[i].bytes / measured[i].rows) });
    return grid;
  });
  return { grids, syncs };
}

/** What a loaded band cost in Excel's answer: the JSON of each property loaded. */
function answerBytes(range: ExcelRange): number {
  return jsonSize(range.address) + jsonSize(range.values) + jsonSize(range.formulas) + jsonSize(range.numberFormat) + jsonSize(range.valueTypes);
}

function gridFromRead(name: string, read: SheetRead, catalog: SheetCatalog): Grid {
  const grid: Grid = { name, rows: [], merges: [] };
  const bands = read.bands.filter((b) => !b.isNullObject);
  if (bands.length === 0) {
    catalog.setFacts(name, { rows: 0, mergedAreas: 0, bytesPerRow: 0 });
    return grid;
  }
  const first = parseRange(bands[0].address);
  let bottom = first.bottom;
  let bytes = 0;
  for (const band of bands) {
    const values = band.values;
    const formulas = band.formulas;
    const formats = band.numberFormat;
    const types = band.valueTypes;
    bottom = Math.max(bottom, parseRange(band.address).bottom);
    if (bands.length === 1) bytes = answerBytes(band);
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
  const used = { top: first.top, left: first.left, bottom, right: first.right };
  const rows = bottom - first.top + 1;
  catalog.setFacts(name, {
    rows: bottom + 1,
    mergedAreas,
    used: `${toA1(used.top, used.left)}:${toA1(used.bottom, used.right)}`,
    // Measured here for a one-band read; a banded read puts its own measure after.
    ...(bands.length === 1 ? { bytesPerRow: Math.ceil(bytes / rows) } : {}),
  });
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
