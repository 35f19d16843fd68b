// Highlighting findings' cells by severity while keeping the user's own fills. Highlighting N cells is
// one read sync (the current fills, in a few dense blocks, with getCellProperties) and one write sync
// (the new fills, one multi-area range per sheet and colour, with Worksheet.getRanges), whatever N,
// split only past the 5 MB request limit. The replaced fills are kept in
// memory and in the workbook's settings (so a reloaded pane can still restore them); clearing puts
// them back. A cell highlighted again keeps the fill it had before the first highlight.
import type { Severity } from '../domain/severity';
import { parseA1, rangeToA1 } from '../sheets/address';
import { groupIntoRectangles, multiAreaAddresses, readingBlocks, type CellPosition } from './cell-blocks';
import type { ExcelClientResult, ExcelContext, ExcelRun, ExcelSetting } from './excel-api';
import { actionsSize, jsonSize } from './request-size';
import { graver, SEVERITY_FILL } from './severity-fill';
import { runPlanned, type PlannedStep } from './sync-plan';
import type { CellHighlight } from './workbook-host';

/** The workbook setting that keeps the replaced fills: { sheet: { "B7": "#FFFF00" | null } } (null: no fill). */
export const SAVED_FILLS_SETTING = 'sverka.savedFills';

type SavedFills = Map<string, Map<string, string | null>>;

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

export interface HighlightOutcome {
  syncs: number;
}

export class CellHighlights {
  /** The user's fills under our highlights; null until read from the workbook's settings. */
  private saved: SavedFills | null = null;

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
      const stored = this.saved === null ? loadSetting(context) : null;
      const worksheets = context.workbook.worksheets;
      const reads: { sheet: string; rectangle: string; result: ExcelClientResult<Excel.CellProperties[][]> }[] = [];
      const readSteps: PlannedStep[] = [{ bytes: actionsSize(2), enqueue: () => void worksheets.load('items/name') }];
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

      const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
      const before = stored ? savedFromSetting(stored) : (this.saved ?? new Map());
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
        if (!present.has(sheet.toLowerCase())) continue; // the sheet is gone: nothing to restore
        for (const [address, fill] of onSheet) {
          if (targets.get(sheet)?.has(address)) continue;
          let back = restore.get(sheet);
          if (!back) restore.set(sheet, (back = new Map()));
          back.set(address, fill);
        }
      }

      const writeSteps = [...restoreSteps(restore), ...fillSteps(targets), settingStep(next)];
      syncs += await runPlanned(context, writeSteps);
      this.saved = next;
      return { syncs };
    });
  }

  async clear(): Promise<HighlightOutcome> {
    return this.run(async (context) => {
      let syncs = 0;
      const worksheets = context.workbook.worksheets;
      let saved = this.saved;
      if (saved === null) {
        const stored = loadSetting(context);
        worksheets.load('items/name');
        await context.sync();
        syncs += 1;
        const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
        saved = new Map([...savedFromSetting(stored)].filter(([sheet]) => present.has(sheet.toLowerCase())));
      }
      syncs += await runPlanned(context, [...restoreSteps(saved), settingStep(new Map())]);
      this.saved = new Map();
      return { syncs };
    });
  }
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

function loadSetting(context: ExcelContext): ExcelSetting {
  const setting = context.workbook.settings.getItemOrNullObject(SAVED_FILLS_SETTING);
  setting.load('value');
  return setting;
}

function savedFromSetting(setting: ExcelSetting): SavedFills {
  const saved: SavedFills = new Map();
  if (setting.isNullObject) return saved;
  let value: unknown = setting.value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return saved; // unreadable: nothing to restore rather than a failure
    }
  }
  if (typeof value !== 'object' || value === null) return saved;
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
    for (const severity of ['error', 'warning', 'info'] as const) {
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
