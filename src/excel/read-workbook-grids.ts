// Reading a workbook into grids: the used range's address, values, formulas, number formats and value
// types of every visible sheet, and its merged areas. Hidden sheets are not read (a person does not see
// them; the adapter keeps the lists of long drop-downs there).
//
// As few syncs as Excel's 5 MB answer allows, and no attempt refused for its size. When the pane opens,
// `learnWorkbookSheets` learns the sheet names (one sync) and then, in one more small sync, each visible
// sheet's used range and a sample of rows spread down it (their content and merged areas: sheet-sample.ts),
// which gives what a cell costs in an answer. A read then knows the size of what it asks for before asking: a workbook that
// fits one answer is read in ONE sync (which also checks the names and the used ranges); a larger one in
// the fewest syncs its estimated size allows, the remaining bytes spread evenly over them, every sheet
// measured again in each sync. Merged areas are asked for in tiles too small to hold more than Excel's
// 512 areas per call (merge-tiles.ts), so no density has to be guessed. A sheet changed since it was
// measured is read as it is now (its new rows, or again from the top if its columns moved); a sheet
// added is read in one more sync. Only Excel's size errors, a vanished sheet or too many merged areas
// for one call lead to the careful read (excel-error-codes.ts); every other Excel error reaches the person.
import type { CellRange } from '../sheets/address';
import { parseRange, toA1 } from '../sheets/address';
import type { CellValue, Grid, GridCell } from '../sheets/grid';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelRun, ExcelWorksheet } from './excel-api';
import { calledForCarefulRead, excelErrorCode } from './excel-error-codes';
import { planSync, remainingBytes, sheetDone, type PlanSheet } from './read-plan';
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, jsonSize, SYNC_BUDGET_BYTES } from './request-size';
import { mergeBands, type SheetCatalog, type SheetFacts } from './sheet-catalog';
import { bytesPerCell, queueSample, windowHeight } from './sheet-sample';

const CONTENT = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes'];
/**
 * What the measured content of one sync may add up to: the limit less 2 % for what the measure cannot
 * see (the answer's own structure; the measure is the JSON of the loaded properties, as Excel sends them).
 */
const ANSWER_BUDGET_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT_BYTES * 0.98);
/** A cell's share of an answer when nothing of its sheet could be measured: generous (real cells ≈ 95 bytes). */
const FIRST_GUESS_BYTES_PER_CELL = 160;
/** What the names and used-range checks of a sheet may add to the first sync's answer. */
const CHECK_BYTES_PER_SHEET = 256;
/**
 * A sampled estimate is raised by this much when the workbook needs several syncs: a sync refused for
 * its size is a sync lost, while a first sync asked below its share costs one only when the workbook
 * fills its syncs almost to the limit (the later syncs, measured, take up the slack). A workbook whose
 * sampled size fits one answer is asked for in one sync as it is (the sample is within a few per cent;
 * one sync is the only way to the floor of one).
 */
const SAMPLE_SAFETY = 1.1;
/** A read that Excel refuses for size again and again (a single cell over the limit) gives up after this many. */
const MAX_REFUSALS = 12;

/** What one read got of a sheet: content ranges (any order, any shape) and merged-area answers. */
interface SheetRead {
  name: string;
  /** The used range the grid spans; null: take it from the first content range (a one-range read). */
  used: CellRange | null;
  contents: ExcelRange[];
  merges: ExcelRangeAreas[];
  /** Answer bytes measured on this read, and the cells they were for. */
  bytes: number;
  cells: number;
}

export interface ReadOutcome {
  grids: Grid[];
  syncs: number;
}

/** A context whose syncs are counted (also the ones Excel refuses). */
function counting(context: ExcelContext): { context: ExcelContext; syncs: () => number } {
  let syncs = 0;
  return {
    context: {
      workbook: context.workbook,
      sync: () => {
        syncs += 1;
        return context.sync();
      },
    },
    syncs: () => syncs,
  };
}

export async function readWorkbookGrids(run: ExcelRun, catalog: SheetCatalog): Promise<ReadOutcome> {
  return run(async (excel) => {
    const { context, syncs } = counting(excel);
    try {
      const known = catalog.knownVisibleNames();
      const grids = known && known.every((n) => plannable(catalog.factsOf(n))) ? await readPlanned(context, catalog, known) : await readInOne(context, catalog, known);
      return { grids, syncs: syncs() };
    } catch (error) {
      if (!calledForCarefulRead(error)) throw error;
      catalog.forget();
      const grids = await readCarefully(context, catalog);
      return { grids, syncs: syncs() };
    }
  });
}

/**
 * Learns the sheet names (one sync) and, in one more small sync, each visible sheet's used range and
 * a sample of its rows, so that the next read is planned before it asks: one sync while the
 * workbook fits one answer, the fewest its size allows when it does not.
 */
export async function learnWorkbookSheets(run: ExcelRun, catalog: SheetCatalog): Promise<{ syncs: number }> {
  return run(async (excel) => {
    const { context, syncs } = counting(excel);
    await learnSizes(context, catalog);
    return { syncs: syncs() };
  });
}

/** A sheet whose size is known well enough to plan its read. */
function plannable(facts: SheetFacts | undefined): boolean {
  return facts !== undefined && facts.bytesPerRow !== undefined && (facts.used !== undefined || facts.rows === 0);
}

/** Records every sheet's name and visibility; returns the visible ones, in workbook order (hidden sheets are not read). */
function learnSheets(items: readonly Pick<ExcelWorksheet, 'name' | 'visibility'>[], catalog: SheetCatalog): string[] {
  catalog.setNames(
    items.map((w) => w.name),
    items.filter((w) => w.visibility !== 'Visible').map((w) => w.name),
  );
  return items.filter((w) => w.visibility === 'Visible').map((w) => w.name);
}

/** The names (one sync), then the used ranges and samples (one sync; a sample too large is left out). */
async function learnSizes(context: ExcelContext, catalog: SheetCatalog): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  await context.sync();
  const names = learnSheets(worksheets.items, catalog);
  if (names.length === 0) return names;
  // Cells too large for the sample (texts of thousands of characters): one row of the top window, then none.
  const samples = [{ height: windowHeight(names.length), windows: Infinity }, { height: 1, windows: 1 }, { height: 0, windows: 0 }];
  for (const [i, sample] of samples.entries()) {
    try {
      await sampleSheets(context, catalog, names, sample);
      break;
    } catch (error) {
      if (!refusedForSize(error) || i === samples.length - 1) throw error;
    }
  }
  return names;
}

function refusedForSize(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

/** One sync: each sheet's used range, with the windows of its sample (sheet-sample.ts), if any. */
async function sampleSheets(context: ExcelContext, catalog: SheetCatalog, names: readonly string[], sample: { height: number; windows: number }): Promise<void> {
  const asked = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject();
    used.load('address');
    return { used, windows: sample.windows > 0 ? queueSample(sheet, sample.height, CONTENT, sample.windows) : [] };
  });
  await context.sync();
  names.forEach((name, i) => {
    const { used, windows } = asked[i];
    if (used.isNullObject) {
      catalog.setFacts(name, { rows: 0, mergedAreas: 0, bytesPerRow: 0 });
      return;
    }
    const range = parseRange(used.address);
    const sampled = bytesPerCell(windows, range);
    const perCell = sampled ?? FIRST_GUESS_BYTES_PER_CELL;
    // Merged areas are counted by a read; the plan does not need their number (merge-tiles.ts).
    catalog.setFacts(name, { rows: range.bottom + 1, used: used.address, bytesPerRow: Math.ceil(perCell * (range.right - range.left + 1)), sampled: true });
  });
}

/**
 * The one-sync read of sheets not measured yet (a first read without the pane's preparation, or after
 * the adapter wrote sheets): the names (when unknown, one sync first) and every sheet's used range at
 * once, merged areas in bands by what is known of them.
 */
async function readInOne(context: ExcelContext, catalog: SheetCatalog, known: string[] | null): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  let reads = known ? known.map((name) => queueSheetRead(context, name, catalog)) : [];
  await context.sync();
  const names = learnSheets(worksheets.items, catalog);
  const missing = names.filter((n) => !reads.some((r) => r.name.toLowerCase() === n.toLowerCase()));
  if (missing.length > 0) {
    const more = missing.map((name) => queueSheetRead(context, name, catalog));
    await context.sync();
    reads = reads.concat(more);
  }
  return names.map((name) => {
    const read = reads.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (!read) throw new Error(`no read queued for sheet ${name}`);
    return gridFromRead(read, catalog);
  });
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
  return { name, used: null, contents: [used], merges, bytes: 0, cells: 0 };
}

/** After a refusal: the names and sizes learned again (two small syncs), then the planned read. */
async function readCarefully(context: ExcelContext, catalog: SheetCatalog): Promise<Grid[]> {
  const names = await learnSizes(context, catalog);
  return readPlanned(context, catalog, names);
}

/** A sheet of a planned read: the planner's cursor and estimate, what was read, what was measured. */
interface PlannedSheet extends PlanSheet {
  read: SheetRead;
  /** Grows each time Excel refuses a sync this sheet was part of. */
  inflate: number;
  /** The estimate before anything of this read was measured. */
  priorPerCell: number;
  /** The prior estimate comes from the pane's sample. */
  sampled: boolean;
}

/**
 * The read planned from the known sizes. The first sync also checks the sheet names and used ranges:
 * a sheet that grew or shrank at the bottom goes on from where it is; one whose columns or top moved is
 * read again from its top; a sheet added since is read in one more sync (a removed one fails the sync,
 * and the careful read follows).
 */
async function readPlanned(context: ExcelContext, catalog: SheetCatalog, names: readonly string[]): Promise<Grid[]> {
  const worksheets = context.workbook.worksheets;
  const sheets: PlannedSheet[] = names.map((name) => {
    const facts = catalog.factsOf(name);
    const used = facts?.used ? parseRange(facts.used) : null;
    const width = used ? used.right - used.left + 1 : 1;
    const perCell = Math.max(1, facts?.bytesPerRow !== undefined && used ? facts.bytesPerRow / width : FIRST_GUESS_BYTES_PER_CELL);
    return {
      name,
      used,
      row: used?.top ?? 0,
      col: used?.left ?? 0,
      perCell,
      priorPerCell: perCell,
      sampled: facts?.sampled === true,
      inflate: 1,
      read: { name, used, contents: [], merges: [], bytes: 0, cells: 0 },
    };
  });
  let checked = false;
  let refusals = 0;
  let visibleNow: string[] = [...names];
  for (;;) {
    const checks = checked ? null : queueChecks(context, names);
    if (checked && sheets.every(sheetDone)) break;
    const reserve = checked ? 0 : CHECK_BYTES_PER_SHEET * (names.length + 1);
    for (const s of sheets) s.perCell = Math.max(1, (s.read.cells > 0 ? s.read.bytes / s.read.cells : s.priorPerCell) * s.inflate);
    if (sheets.reduce((n, s) => n + remainingBytes(s), 0) > ANSWER_BUDGET_BYTES - reserve) {
      for (const s of sheets) if (s.sampled && s.read.cells === 0) s.perCell *= SAMPLE_SAFETY;
    }
    const plan = planSync(sheets, { answerBytes: ANSWER_BUDGET_BYTES - reserve, requestBytes: SYNC_BUDGET_BYTES });
    const queued = plan.pieces.map((piece) => {
      const sheet = worksheets.getItem(sheets[piece.sheet].name);
      const range = sheet.getRange(`${toA1(piece.range.top, piece.range.left)}:${toA1(piece.range.bottom, piece.range.right)}`);
      range.load(CONTENT);
      const tiles = piece.tiles.map((tile) => {
        const areas = sheet.getRange(tile).getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        return areas;
      });
      return { piece, range, tiles };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!refusedForSize(error) || refusals >= MAX_REFUSALS) throw error;
      // Cells costlier than expected: what this sync asked for cost more than the limit, so its sheets'
      // cells cost at least limit ÷ planned times the estimate (and a quarter more, at the least).
      if (queued.length === 0) throw error;
      refusals += 1;
      const factor = Math.max(1.25, (1.05 * EXCEL_WEB_PAYLOAD_LIMIT_BYTES) / Math.max(1, plan.answerBytes));
      for (const i of new Set(queued.map((q) => q.piece.sheet))) sheets[i].inflate *= factor;
      continue;
    }
    /** Sheets found changed so that this sync's pieces of them do not count (read again from the top). */
    const restarted = new Set<number>();
    if (checks) {
      visibleNow = learnSheets(worksheets.items, catalog);
      sheets.forEach((s, i) => {
        const now = checks[i].isNullObject ? null : parseRange(checks[i].address);
        if (!sameRange(s.used, now) && !changedSince(s, now)) restarted.add(i);
      });
      checked = true;
    }
    const counts = (sheet: number, range: CellRange): boolean => {
      const used = sheets[sheet].used;
      return !restarted.has(sheet) && used !== null && range.top <= used.bottom;
    };
    for (const { piece, range, tiles } of queued) {
      const s = sheets[piece.sheet];
      if (!counts(piece.sheet, piece.range)) continue;
      const cells = (piece.range.bottom - piece.range.top + 1) * (piece.range.right - piece.range.left + 1);
      s.read.contents.push(range);
      s.read.merges.push(...tiles);
      s.read.bytes += answerBytes(range) + tiles.reduce((n, t) => n + mergeBytes(t), 0);
      s.read.cells += cells;
    }
    plan.pieces.forEach((piece) => {
      const s = sheets[piece.sheet];
      if (!counts(piece.sheet, piece.range)) return;
      const cursor = plan.cursors[piece.sheet];
      s.row = cursor.row;
      s.col = cursor.col;
    });
  }
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const added = visibleNow.filter((n) => !byName.has(n.toLowerCase()));
  const extra = new Map<string, SheetRead>();
  if (added.length > 0) {
    for (const name of added) extra.set(name.toLowerCase(), queueSheetRead(context, name, catalog));
    await context.sync();
  }
  return visibleNow.map((name) => {
    const s = byName.get(name.toLowerCase());
    return s ? gridFromRead(s.read, catalog) : gridFromRead(extra.get(name.toLowerCase())!, catalog);
  });
}

/** Queues the first sync's checks: the sheet names and visibility, and every planned sheet's used range. */
function queueChecks(context: ExcelContext, names: readonly string[]): ExcelRange[] {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  return names.map((name) => {
    const used = worksheets.getItem(name).getUsedRangeOrNullObject();
    used.load('address');
    return used;
  });
}

/**
 * A sheet whose used range is not what was measured. Rows added or removed at the bottom: what is read
 * stays, the read goes down to the new bottom (true). Otherwise the sheet is read again from its new top
 * (false); what was measured of it stays as its estimate.
 */
function changedSince(s: PlannedSheet, now: CellRange | null): boolean {
  const before = s.used;
  s.used = now;
  s.read.used = now;
  if (before && now && before.top === now.top && before.left === now.left && before.right === now.right) return true;
  s.read.contents = [];
  s.read.merges = [];
  s.row = now?.top ?? 0;
  s.col = now?.left ?? 0;
  return false;
}

function sameRange(a: CellRange | null, b: CellRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** What a loaded range cost in Excel's answer: the JSON of each property loaded. */
function answerBytes(range: ExcelRange): number {
  return jsonSize(range.address) + jsonSize(range.values) + jsonSize(range.formulas) + jsonSize(range.numberFormat) + jsonSize(range.valueTypes);
}

/** What a merged-area answer cost: the addresses. */
function mergeBytes(areas: ExcelRangeAreas): number {
  if (areas.isNullObject) return 0;
  let bytes = 0;
  for (const item of areas.areas.items) bytes += jsonSize(item.address);
  return bytes;
}

/** The grid of a sheet from its content ranges (placed by their addresses) and merged areas; records the sheet's facts. */
function gridFromRead(read: SheetRead, catalog: SheetCatalog): Grid {
  const grid: Grid = { name: read.name, rows: [], merges: [] };
  const contents = read.contents.filter((c) => !c.isNullObject);
  const used = read.used ?? (contents.length > 0 ? parseRange(contents[0].address) : null);
  if (!used) {
    catalog.setFacts(read.name, { rows: 0, mergedAreas: 0, bytesPerRow: 0 });
    return grid;
  }
  const width = used.right - used.left + 1;
  const height = used.bottom - used.top + 1;
  let bytes = read.bytes;
  let cells = read.cells;
  const rows: (GridCell | null)[][] = Array.from({ length: height }, () => new Array<GridCell | null>(width).fill(null));
  for (const band of contents) {
    const at = parseRange(band.address);
    const values = band.values;
    const formulas = band.formulas;
    const formats = band.numberFormat;
    const types = band.valueTypes;
    if (read.used === null) {
      bytes += answerBytes(band);
      cells += values.length * (values[0]?.length ?? 0);
    }
    for (let r = 0; r < values.length; r++) {
      const row = rows[at.top + r - used.top];
      if (!row) continue;
      for (let c = 0; c < values[r].length; c++) row[at.left + c - used.left] = cellFrom(values[r][c], formulas[r][c], formats[r][c], types[r][c]);
    }
  }
  grid.rows = rows;
  if (used.top !== 0 || used.left !== 0) grid.origin = { row: used.top, col: used.left };
  let mergedAreas = 0;
  const seen = new Set<string>();
  for (const areas of read.merges) {
    if (areas.isNullObject) continue;
    if (read.used === null) bytes += mergeBytes(areas);
    for (const item of areas.areas.items) {
      const area = parseRange(item.address);
      const key = `${area.top},${area.left},${area.bottom},${area.right}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mergedAreas += 1;
      const local: CellRange = { top: area.top - used.top, left: area.left - used.left, bottom: area.bottom - used.top, right: area.right - used.left };
      if (local.top >= 0 && local.left >= 0) grid.merges.push(local);
    }
  }
  grid.merges.sort((a, b) => a.top - b.top || a.left - b.left);
  catalog.setFacts(read.name, {
    rows: used.bottom + 1,
    mergedAreas,
    used: `${toA1(used.top, used.left)}:${toA1(used.bottom, used.right)}`,
    ...(cells > 0 ? { bytesPerRow: Math.ceil((bytes / cells) * width) } : {}),
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
