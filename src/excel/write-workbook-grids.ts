// Writing grids into a workbook: each grid becomes a sheet (created, or replacing the sheet of that
// name: the old one is kept under a temporary name until the new one is complete, then deleted), with values and formulas, number formats, merges, fonts, borders, fills, wrapping and
// alignment, list validations (long lists from a hidden sheet, see src/sheets/list-sheets.ts), column widths and
// print layout. All of it is queued and sent in one sync; only when the request would pass Excel on the
// web's 5 MB limit is it cut into several (never per cell: big matrices are cut into row bands, cells of
// one style are grouped into rectangles).
import type { CellRange } from '../sheets/address';
import { rangeToA1 } from '../sheets/address';
import type { CellStyle, Grid, GridCell } from '../sheets/grid';
import { gridWidth } from '../sheets/grid';
import { groupIntoRectangles, type CellPosition } from './cell-blocks';
import { charactersToPoints } from './column-width';
import { placeLists } from '../sheets/list-sheets';
import type { BorderEdge, ExcelContext, ExcelRange, ExcelRun } from './excel-api';
import { actionsSize, jsonSize, SYNC_BUDGET_BYTES } from './request-size';
import type { SheetCatalog } from './sheet-catalog';
import { runPlanned, type PlannedStep } from './sync-plan';
import { excelErrorCode } from './excel-error-codes';

/** A matrix is cut into row bands no bigger than this, so that packing can fill syncs evenly. */
const BAND_BYTES = Math.floor(SYNC_BUDGET_BYTES / 4);

export interface WriteOutcome {
  syncs: number;
}

export async function writeWorkbookGrids(run: ExcelRun, catalog: SheetCatalog, grids: readonly Grid[]): Promise<WriteOutcome> {
  return run(async (context) => {
    let syncs = 0;
    if (catalog.knownNames() === null) syncs += await learnNames(context, catalog);
    // Every sheet is created before any content is written, so a formula may refer to any of them.
    const placements = grids.map((grid) => placeLists(grid));
    const plan = (): WritePlan => {
      const taken = new Set([...(catalog.knownNames() ?? []), ...grids.map((g) => g.name), ...placements.flatMap((p) => (p.lists ? [p.lists.name] : []))].map((n) => n.toLowerCase()));
      const replacements: Replacement[] = [];
      const created: string[] = [];
      /** The old sheet of this name is kept under another name until the new one is complete. */
      const keptAs = (name: string): string | null => {
        if (!catalog.has(name)) {
          created.push(name);
          return null;
        }
        const kept = keptName(name, taken);
        taken.add(kept.toLowerCase());
        replacements.push({ name, kept });
        return kept;
      };
      const plans = grids.flatMap((g, i) => {
        const { sources, lists } = placements[i];
        const own = planGrid(g, keptAs(g.name), sources);
        return lists ? [own, [...planGrid(lists, keptAs(lists.name)), hideStep(lists.name)]] : [own];
      });
      const steps = [...plans.map((p) => p[0]), ...plans.flatMap((p) => p.slice(1)), ...replacements.map(deleteKeptStep)];
      return { steps, replacements, created };
    };
    const attempt = async (planned: WritePlan): Promise<void> => {
      const counting = countingContext(context);
      try {
        await runPlanned(counting, planned.steps);
        syncs += counting.done;
      } catch (error) {
        syncs += counting.done + 1;
        // The old sheets come back under their names; the half-written new ones go.
        syncs += await restore(context, planned, counting.done > 0).catch(() => 0);
        catalog.forget();
        throw error;
      }
    };
    try {
      await attempt(plan());
    } catch (error) {
      // The workbook's sheets changed since we last looked (added or removed by hand): look again, write again.
      const code = excelErrorCode(error);
      if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') throw error;
      syncs += await learnNames(context, catalog);
      await attempt(plan());
    }
    for (const [i, grid] of grids.entries()) {
      catalog.added(grid.name);
      catalog.setFacts(grid.name, { rows: (grid.origin?.row ?? 0) + grid.rows.length, mergedAreas: grid.merges.length });
      const lists = placements[i].lists;
      if (lists) {
        catalog.added(lists.name);
        catalog.hid(lists.name);
      }
    }
    return { syncs };
  });
}

/** A sheet being replaced: its old self is renamed `kept` while the new one is written, deleted at the end. */
interface Replacement {
  name: string;
  kept: string;
}

interface WritePlan {
  steps: PlannedStep[];
  replacements: Replacement[];
  /** Sheets that did not exist before the write. */
  created: string[];
}

/** A name for the old sheet while its replacement is written; readable, in case a person ever sees it. */
export function keptName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (прежний)' : ` (прежний ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function deleteKeptStep({ kept }: Replacement): PlannedStep {
  return { bytes: actionsSize(1, kept), enqueue: (context) => context.workbook.worksheets.getItem(kept).delete() };
}

/** The context with its successful syncs counted (runPlanned does not say how far it got when a sync fails). */
function countingContext(context: ExcelContext): ExcelContext & { done: number } {
  const counting = {
    workbook: context.workbook,
    done: 0,
    async sync(): Promise<void> {
      await context.sync();
      counting.done += 1;
    },
  };
  return counting;
}

/**
 * After a failed sync: each old sheet still kept under its temporary name gets its name back (the partial
 * new sheet of that name is deleted first); sheets the write created are deleted when the sync that
 * created them went through (before that, a sheet of that name may be the person's own). Two syncs.
 */
async function restore(context: ExcelContext, planned: WritePlan, createdSheetsExist: boolean): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  let queued = 0;
  for (const { name, kept } of planned.replacements) {
    if (!present.has(kept.toLowerCase())) continue;
    if (present.has(name.toLowerCase())) worksheets.getItem(name).delete();
    worksheets.getItem(kept).name = name;
    queued += 1;
  }
  if (createdSheetsExist) {
    for (const name of planned.created) {
      if (!present.has(name.toLowerCase())) continue;
      worksheets.getItem(name).delete();
      queued += 1;
    }
  }
  if (queued === 0) return 1;
  await context.sync();
  return 2;
}

async function learnNames(context: ExcelContext, catalog: SheetCatalog): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  catalog.setNames(worksheets.items.map((w) => w.name));
  return 1;
}

function hideStep(name: string): PlannedStep {
  return { bytes: actionsSize(2, name, 'Hidden'), enqueue: (context) => void (context.workbook.worksheets.getItem(name).visibility = 'Hidden') };
}

/**
 * The steps that put one grid into the workbook, in order: the first creates the sheet. When a sheet of
 * that name exists (`keptAs` given), the first step renames the old one to `keptAs` and adds the new one
 * under the name, in one sync; the caller deletes the old one after the last step, so that a failure in a
 * later sync never leaves the person without their sheet.
 * `listSources` gives each validation's source (see src/sheets/list-sheets.ts); by default the values typed in.
 */
export function planGrid(grid: Grid, keptAs: string | null, listSources?: readonly string[]): PlannedStep[] {
  const name = grid.name;
  const at = (context: ExcelContext, range: CellRange): ExcelRange => context.workbook.worksheets.getItem(name).getRange(rangeToA1(shift(grid, range)));
  const steps: PlannedStep[] = [
    keptAs !== null
      ? {
          bytes: actionsSize(3, name, keptAs, name),
          enqueue: (context) => {
            context.workbook.worksheets.getItem(name).name = keptAs;
            context.workbook.worksheets.add(name);
          },
        }
      : { bytes: actionsSize(1, name), enqueue: (context) => void context.workbook.worksheets.add(name) },
  ];

  const width = gridWidth(grid);
  if (width > 0) {
    steps.push(...matrixSteps(grid, width, 'formulas', entryOf, at));
    if (grid.rows.some((row) => row?.some((c) => c?.numberFormat && c.numberFormat !== 'General'))) {
      steps.push(...matrixSteps(grid, width, 'numberFormat', (c) => (c?.numberFormat && c.numberFormat !== 'General' ? c.numberFormat : null), at));
    }
  }

  // Merges and styled rectangles in steps of at most a band each: 14 000 merged areas are a request of
  // over 8 MB, which no sync may carry whole.
  steps.push(
    ...bandedSteps(grid.merges, (m) => actionsSize(3, rangeToA1(m)), actionsSize(0, name), (context, merges) => merges.forEach((m) => at(context, m).merge(false))),
  );

  for (const { style, cells } of cellsByStyle(grid)) {
    const rectangles = groupIntoRectangles(cells);
    const perRectangle = styleActions(style, { top: 0, left: 0, bottom: 1, right: 1 }).length + 2;
    steps.push(
      ...bandedSteps(rectangles, (r) => actionsSize(perRectangle, rangeToA1(r)), actionsSize(0, name, style), (context, part) => {
        for (const r of part) {
          const range = at(context, r);
          for (const apply of styleActions(style, r)) apply(range);
        }
      }),
    );
  }

  for (const [i, v] of (grid.validations ?? []).entries()) {
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: listSources?.[i] ?? v.values.join(',') } };
    steps.push({ bytes: actionsSize(3, name, rangeToA1(v.range), rule), enqueue: (context) => void (at(context, v.range).dataValidation.rule = rule) });
  }

  const widths = grid.layout?.columnWidths ?? [];
  for (const run of runsOf(widths)) {
    const points = charactersToPoints(run.width);
    steps.push({
      bytes: actionsSize(3, name, run),
      enqueue: (context) => void (at(context, { top: 0, left: run.from, bottom: 0, right: run.to }).format.columnWidth = points),
    });
  }

  steps.push(...rowHeightSteps(grid, at));
  const page = pageLayoutStep(grid);
  if (page) steps.push(page);
  return steps;
}

/** Points per inch: the print layout keeps margins in inches, Excel's PageLayout takes points. */
export const POINTS_PER_INCH = 72;

/**
 * Page setup through Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, margins (inches → points),
 * horizontal centring, print title rows, fit to the page width. One step, queued with the rest of the sheet.
 */
function pageLayoutStep(grid: Grid): PlannedStep | null {
  const layout = grid.layout;
  if (!layout) return null;
  const { orientation, printTitleRows, fitToWidth, paperSize, margins, horizontalCentered } = layout;
  if (!orientation && !printTitleRows && !fitToWidth && !paperSize && !margins && !horizontalCentered) return null;
  const name = grid.name;
  return {
    bytes: actionsSize(12, name, { orientation, printTitleRows, fitToWidth, paperSize, margins, horizontalCentered }),
    enqueue: (context) => {
      const page = context.workbook.worksheets.getItem(name).pageLayout;
      if (orientation) page.orientation = orientation === 'landscape' ? 'Landscape' : 'Portrait';
      if (paperSize) page.paperSize = paperSize;
      if (margins) {
        page.leftMargin = margins.left * POINTS_PER_INCH;
        page.rightMargin = margins.right * POINTS_PER_INCH;
        page.topMargin = margins.top * POINTS_PER_INCH;
        page.bottomMargin = margins.bottom * POINTS_PER_INCH;
        page.headerMargin = margins.header * POINTS_PER_INCH;
        page.footerMargin = margins.footer * POINTS_PER_INCH;
      }
      if (horizontalCentered) page.centerHorizontally = true;
      if (printTitleRows) {
        const top = (grid.origin?.row ?? 0) + printTitleRows[0] + 1;
        const bottom = (grid.origin?.row ?? 0) + printTitleRows[1] + 1;
        page.setPrintTitleRows(`$${top}:$${bottom}`);
      }
      if (fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    },
  };
}

/** Row heights (points) of a print layout: consecutive rows of one height set together. */
function rowHeightSteps(grid: Grid, at: (context: ExcelContext, range: CellRange) => ExcelRange): PlannedStep[] {
  const heights = grid.layout?.rowHeights ?? [];
  const runs: { from: number; to: number; height: number }[] = [];
  heights.forEach((height, row) => {
    if (height === null || !(height > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row, height });
  });
  if (runs.length === 0) return [];
  return [
    {
      bytes: actionsSize(3 * runs.length, grid.name, runs),
      enqueue: (context) => {
        for (const run of runs) at(context, { top: run.from, left: 0, bottom: run.to, right: 0 }).format.rowHeight = Math.min(409, run.height);
      },
    },
  ];
}

function shift(grid: Grid, r: CellRange): CellRange {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  return { top: r.top + top, left: r.left + left, bottom: r.bottom + top, right: r.right + left };
}

/** What to send for a cell: "=" + formula, a number or boolean, text (marked as text when Excel would read it otherwise), or null (leave empty). */
export function entryOf(cell: GridCell | null | undefined): unknown {
  if (!cell) return null;
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return looksLikeInput(v) ? `'${v}` : v;
  return v;
}

/** Text Excel would turn into a formula, a number, a date or a boolean if typed in. */
function looksLikeInput(text: string): boolean {
  return /^[=+\-'@]/.test(text) || /^[\s\d.,:/%]+$/.test(text) || /^(true|false|истина|ложь)$/i.test(text.trim());
}

function matrixSteps(
  grid: Grid,
  width: number,
  property: 'formulas' | 'numberFormat',
  pick: (cell: GridCell | null | undefined) => unknown,
  at: (context: ExcelContext, range: CellRange) => ExcelRange,
): PlannedStep[] {
  const steps: PlannedStep[] = [];
  let band: unknown[][] = [];
  let bandTop = 0;
  let bandBytes = 0;
  const flush = (): void => {
    if (band.length === 0) return;
    const rows = band;
    const range = { top: bandTop, left: 0, bottom: bandTop + rows.length - 1, right: width - 1 };
    const empty = rows.every((row) => row.every((e) => e === null));
    // A band of formulas is written with calculation suspended until its sync: Excel then calculates the
    // workbook once after the write, not after each formula as it lands (thousands in a large template).
    const formulas = property === 'formulas' && rows.some((row) => row.some((e) => typeof e === 'string' && e.startsWith('=')));
    if (!empty) {
      steps.push({
        bytes: actionsSize(formulas ? 4 : 3, grid.name, rangeToA1(range)) + bandBytes,
        enqueue: (context) => {
          if (formulas) context.workbook.application.suspendApiCalculationUntilNextSync();
          at(context, range)[property] = rows;
        },
      });
    }
    band = [];
    bandBytes = 0;
  };
  grid.rows.forEach((row, r) => {
    const entries = Array.from({ length: width }, (_, c) => pick(row?.[c]));
    const bytes = jsonSize(entries) + 1;
    if (band.length > 0 && bandBytes + bytes > BAND_BYTES) flush();
    if (band.length === 0) bandTop = r;
    band.push(entries);
    bandBytes += bytes;
  });
  flush();
  return steps;
}

function cellsByStyle(grid: Grid): { style: CellStyle; cells: CellPosition[] }[] {
  const groups = new Map<string, { style: CellStyle; cells: CellPosition[] }>();
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const style = cell?.style;
      if (!style) return;
      const key = JSON.stringify(style, Object.keys(style).sort());
      let group = groups.get(key);
      if (!group) {
        group = { style, cells: [] };
        groups.set(key, group);
      }
      group.cells.push({ row: r, col: c });
    }),
  );
  return [...groups.values()].filter((g) => styleActions(g.style, { top: 0, left: 0, bottom: 0, right: 0 }).length > 0);
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** The format actions for a style on a rectangle (the inside borders only where the rectangle has an inside). */
function styleActions(style: CellStyle, r: CellRange): ((range: ExcelRange) => void)[] {
  const actions: ((range: ExcelRange) => void)[] = [];
  if (style.bold) actions.push((range) => void (range.format.font.bold = true));
  if (style.italic) actions.push((range) => void (range.format.font.italic = true));
  if (style.fontSize) actions.push((range) => void (range.format.font.size = style.fontSize as number));
  if (style.wrap) actions.push((range) => void (range.format.wrapText = true));
  if (style.horizontal) actions.push((range) => void (range.format.horizontalAlignment = HORIZONTAL[style.horizontal as keyof typeof HORIZONTAL]));
  if (style.vertical) actions.push((range) => void (range.format.verticalAlignment = VERTICAL[style.vertical as keyof typeof VERTICAL]));
  if (style.fill) actions.push((range) => void (range.format.fill.color = (style.fill as string).toUpperCase()));
  if (style.border) {
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (r.bottom > r.top) edges.push('InsideHorizontal');
    if (r.right > r.left) edges.push('InsideVertical');
    for (const edge of edges) actions.push((range) => void (range.format.borders.getItem(edge).style = 'Continuous'));
  }
  return actions;
}

function runsOf(widths: readonly number[]): { from: number; to: number; width: number }[] {
  const runs: { from: number; to: number; width: number }[] = [];
  widths.forEach((width, col) => {
    if (!(width > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.to === col - 1) last.to = col;
    else runs.push({ from: col, to: col, width });
  });
  return runs;
}

/**
 * Steps over `items` in order, each holding as many items as fit in a band (at least one): `bytesOf` is
 * an item's share of the request, `fixed` what every step costs besides (the sheet's name, the style).
 */
function bandedSteps<T>(items: readonly T[], bytesOf: (item: T) => number, fixed: number, enqueue: (context: ExcelContext, part: readonly T[]) => void): PlannedStep[] {
  const steps: PlannedStep[] = [];
  let start = 0;
  let bytes = fixed;
  const flush = (end: number): void => {
    const part = items.slice(start, end);
    steps.push({ bytes, enqueue: (context) => enqueue(context, part) });
    start = end;
    bytes = fixed;
  };
  for (let i = 0; i < items.length; i++) {
    const own = bytesOf(items[i]);
    if (i > start && bytes + own > BAND_BYTES) flush(i);
    bytes += own;
  }
  if (start < items.length) flush(items.length);
  return steps;
}
