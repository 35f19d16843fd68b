// Highlighting findings' cells by severity while keeping the user's own fills. Highlighting N cells is
// one read sync (the current fills, in a few dense blocks, with getCellProperties) and one write sync
// (the new fills, one multi-area range per sheet and colour, with Worksheet.getRanges), whatever N,
// split only past the 5 MB request limit. The replaced fills are kept in
// memory and in the workbook's settings (so a reloaded pane can still restore them); clearing puts
// them back. A cell highlighted again keeps the fill it had before the first highlight.
// Sheets are followed by their worksheet id: a sheet renamed since the highlight is restored under
// its new name (no stale colours left on it); a deleted sheet is skipped, its remembered fills dropped.
import { SEVERITY_ORDER, type Severity } from '../domain/severity';
import { parseA1, rangeToA1 } from '../sheets/address';
import { groupIntoRectangles, multiAreaAddresses, readingBlocks, type CellPosition } from './cell-blocks';
import type { ExcelClientResult, ExcelContext, ExcelRun, ExcelSetting } from './excel-api';
import { actionsSize, jsonSize } from './request-size';
import { graver, SEVERITY_FILL } from './severity-fill';
import { runPlanned, type PlannedStep } from './sync-plan';
import type { CellHighlight } from './workbook-host';

/** The workbook setting that keeps the replaced fills: { sheet: { "B7": "#FFFF00" | null } } (null: no fill). */
export const SAVED_FILLS_SETTING = 'sverka.savedFills';
/** The workbook setting that keeps which worksheet (id) each sheet name of the saved fills was: { sheet: id }. */
export const SAVED_FILL_SHEETS_SETTING = 'sverka.savedFillSheets';

type SavedFills = Map<string, Map<string, string | null>>;
/** Sheet name (as highlighted) → worksheet id. */
type SheetIds = Map<string, string>;

interface SheetNow {
  name: string;
  id: string;
}

interface StoredSettings {
  fills: ExcelSetting;
  sheets: ExcelSetting;
}

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

export interface HighlightOutcome {
  syncs: number;
}

export class CellHighlights {
  /** The user's fills under our highlights; null until read from the workbook's settings. */
  private saved: SavedFills | null = null;
  private sheetIds: SheetIds = new Map();

  constructor(private readonly run: ExcelRun) {}

  async highlight(cells: readonly CellHighlight[]): Promise<HighlightOutcome> {
    const targets = new Map<string, Map<string, Severity>>();
    for (const { sheet, cell, severity } of cells) {
      const address = normalizeCell(cell);
      let onSheet = targets.get(sheet);
      if (!onSheet) targets.set(sheet, (onSheet = new Map()));
      const before = onSheet.get(address);
      onSheet.set(address, before ? graver(before, severity) : severity);
    }

    return this.run(async (context) => {
      // Read: the stored fills (first time only), the sheet names, the current fills of cells not yet saved.
      const stored = this.saved === null ? loadSettings(context) : null;
      const worksheets = context.workbook.worksheets;
      const reads: { sheet: string; rectangle: string; result: ExcelClientResult<Excel.CellProperties[][]> }[] = [];
      const readSteps: PlannedStep[] = [{ bytes: actionsSize(2), enqueue: () => void worksheets.load('items/name,items/id') }];
      for (const [sheet, onSheet] of targets) {
        const unsaved = [...onSheet.keys()].filter((a) => this.saved?.get(sheet)?.has(a) !== true);
        for (const rectangle of readingBlocks(unsaved.map(positionOf)).map(rangeToA1)) {
          readSteps.push({
            bytes: actionsSize(3, sheet, rectangle, FILL_PROPERTIES),
            enqueue: (ctx) =>
              reads.push({ sheet, rectangle, result: ctx.workbook.worksheets.getItem(sheet).getRange(rectangle).getCellProperties(FILL_PROPERTIES) }),
          });
        }
      }
      let syncs = await runPlanned(context, readSteps);

      const sheets: SheetNow[] = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
      // What was saved, under the sheets' names now; sheets deleted since are gone from it.
      const before = followSheets(
        stored ? savedFromSetting(stored.fills) : (this.saved ?? new Map()),
        stored ? idsFromSetting(stored.sheets) : this.sheetIds,
        sheets,
      );
      const current = new Map<string, Map<string, string | null>>();
      for (const { sheet, rectangle, result } of reads) {
        const top = parseA1(rectangle.split(':')[0]);
        result.value.forEach((row, r) =>
          row.forEach((props, c) => {
            let onSheet = current.get(sheet);
            if (!onSheet) current.set(sheet, (onSheet = new Map()));
            onSheet.set(rangeToA1({ top: top.row + r, left: top.col + c, bottom: top.row + r, right: top.col + c }), userFill(props));
          }),
        );
      }

      // What stays saved: for each target its fill from before our first highlight; others are restored now.
      const next: SavedFills = new Map();
      const restore: SavedFills = new Map();
      for (const [sheet, onSheet] of targets) {
        const keep = new Map<string, string | null>();
        for (const address of onSheet.keys()) {
          const was = before.get(sheet)?.get(address);
          keep.set(address, was !== undefined ? was : (current.get(sheet)?.get(address) ?? null));
        }
        next.set(sheet, keep);
      }
      for (const [sheet, onSheet] of before) {
        for (const [address, fill] of onSheet) {
          if (targets.get(sheet)?.has(address)) continue;
          let back = restore.get(sheet);
          if (!back) restore.set(sheet, (back = new Map()));
          back.set(address, fill);
        }
      }

      const nextIds = idsOf(next, sheets);
      const writeSteps = [...restoreSteps(restore), ...fillSteps(targets), settingStep(next), sheetsStep(nextIds)];
      syncs += await runPlanned(context, writeSteps);
      this.saved = next;
      this.sheetIds = nextIds;
      return { syncs };
    });
  }

  /**
   * Puts the saved fills back: one sync to see which sheets are there now (and, for a reloaded pane, the
   * saved fills), one to restore. A renamed sheet is restored under its new name; a deleted one is skipped.
   */
  async clear(): Promise<HighlightOutcome> {
    return this.run(async (context) => {
      const stored = this.saved === null ? loadSettings(context) : null;
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      await context.sync();
      let syncs = 1;
      const sheets: SheetNow[] = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
      const saved = followSheets(
        stored ? savedFromSetting(stored.fills) : (this.saved ?? new Map()),
        stored ? idsFromSetting(stored.sheets) : this.sheetIds,
        sheets,
      );
      syncs += await runPlanned(context, [...restoreSteps(saved), settingStep(new Map()), sheetsStep(new Map())]);
      this.saved = new Map();
      this.sheetIds = new Map();
      return { syncs };
    });
  }
}

/**
 * The saved fills keyed by the sheets' names now: a sheet is found by its worksheet id (so a renamed sheet is
 * found under its new name), or by name when no id was kept (a setting from an older version). A sheet no
 * longer there — deleted, or replaced by a new sheet of the same name — is dropped with its fills.
 */
function followSheets(saved: SavedFills, ids: SheetIds, sheets: readonly SheetNow[]): SavedFills {
  const byId = new Map(sheets.map((s) => [s.id, s.name]));
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const out: SavedFills = new Map();
  for (const [name, cells] of saved) {
    const id = ids.get(name);
    const now = id !== undefined ? byId.get(id) : byName.get(name.toLowerCase());
    if (now === undefined) continue;
    const onSheet = out.get(now) ?? new Map<string, string | null>();
    for (const [address, fill] of cells) if (!onSheet.has(address)) onSheet.set(address, fill);
    out.set(now, onSheet);
  }
  return out;
}

function idsOf(saved: SavedFills, sheets: readonly SheetNow[]): SheetIds {
  const ids: SheetIds = new Map();
  for (const name of saved.keys()) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (sheet) ids.set(name, sheet.id);
  }
  return ids;
}

function normalizeCell(cell: string): string {
  const { row, col } = parseA1(cell);
  return rangeToA1({ top: row, left: col, bottom: row, right: col });
}

function positionOf(address: string): CellPosition {
  const { row, col } = parseA1(address);
  return { row, col };
}

/** The user's fill as we keep it: null for no fill (Excel reports it as white with pattern "None"). */
function userFill(props: Excel.CellProperties): string | null {
  const fill = props.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.toUpperCase();
}

function loadSettings(context: ExcelContext): StoredSettings {
  const load = (key: string): ExcelSetting => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('value');
    return setting;
  };
  return { fills: load(SAVED_FILLS_SETTING), sheets: load(SAVED_FILL_SHEETS_SETTING) };
}

/** A setting's value as an object (stored as JSON text); null when absent or unreadable. */
function settingObject(setting: ExcelSetting): Record<string, unknown> | null {
  if (setting.isNullObject) return null;
  let value: unknown = setting.value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null; // unreadable: nothing to restore rather than a failure
    }
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function idsFromSetting(setting: ExcelSetting): SheetIds {
  const ids: SheetIds = new Map();
  for (const [name, id] of Object.entries(settingObject(setting) ?? {})) if (typeof id === 'string' && id !== '') ids.set(name, id);
  return ids;
}

function savedFromSetting(setting: ExcelSetting): SavedFills {
  const saved: SavedFills = new Map();
  const value = settingObject(setting);
  if (value === null) return saved;
  for (const [sheet, cells] of Object.entries(value as Record<string, unknown>)) {
    if (typeof cells !== 'object' || cells === null) continue;
    const onSheet = new Map<string, string | null>();
    for (const [address, fill] of Object.entries(cells as Record<string, unknown>)) {
      if (/^[A-Z]{1,3}\d+$/.test(address) && (fill === null || (typeof fill === 'string' && /^#[0-9A-F]{6}$/i.test(fill)))) onSheet.set(address, fill);
    }
    saved.set(sheet, onSheet);
  }
  return saved;
}

function settingStep(saved: SavedFills): PlannedStep {
  const value: Record<string, Record<string, string | null>> = {};
  for (const [sheet, cells] of saved) if (cells.size > 0) value[sheet] = Object.fromEntries(cells);
  const text = JSON.stringify(value);
  return { bytes: actionsSize(2, SAVED_FILLS_SETTING) + jsonSize(text), enqueue: (context) => void context.workbook.settings.add(SAVED_FILLS_SETTING, text) };
}

function sheetsStep(ids: SheetIds): PlannedStep {
  const text = JSON.stringify(Object.fromEntries(ids));
  return { bytes: actionsSize(2, SAVED_FILL_SHEETS_SETTING) + jsonSize(text), enqueue: (context) => void context.workbook.settings.add(SAVED_FILL_SHEETS_SETTING, text) };
}

/** Puts the saved fills back: the cells of one fill as one multi-area range; no fill → clear. */
function restoreSteps(saved: SavedFills): PlannedStep[] {
  const steps: PlannedStep[] = [];
  for (const [sheet, cells] of saved) {
    const byFill = new Map<string | null, CellPosition[]>();
    for (const [address, fill] of cells) {
      const list = byFill.get(fill) ?? [];
      list.push(positionOf(address));
      byFill.set(fill, list);
    }
    for (const [fill, positions] of byFill) steps.push(...paintSteps(sheet, positions, fill));
  }
  return steps;
}

function fillSteps(targets: Map<string, Map<string, Severity>>): PlannedStep[] {
  const steps: PlannedStep[] = [];
  for (const [sheet, onSheet] of targets) {
    for (const severity of SEVERITY_ORDER) {
      const positions = [...onSheet].filter(([, s]) => s === severity).map(([a]) => positionOf(a));
      steps.push(...paintSteps(sheet, positions, SEVERITY_FILL[severity]));
    }
  }
  return steps;
}

/** Fills (or, for null, clears) the cells: rectangles joined into multi-area addresses. */
function paintSteps(sheet: string, positions: CellPosition[], fill: string | null): PlannedStep[] {
  if (positions.length === 0) return [];
  return multiAreaAddresses(groupIntoRectangles(positions)).map((address) => ({
    bytes: actionsSize(5, sheet, address, fill),
    enqueue: (context: ExcelContext) => {
      const areas = context.workbook.worksheets.getItem(sheet).getRanges(address);
      if (fill === null) areas.format.fill.clear();
      else areas.format.fill.color = fill;
    },
  }));
}
