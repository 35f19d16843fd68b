// Planning one sync of a banded read: which rows (or, for rows too large for one answer, which cells of
// a row) of each sheet to ask for, with the merged-area tiles of those rows, so that the answer stays
// under the budget by what a cell is expected to cost. The remaining bytes are spread evenly over the
// fewest syncs that can hold them (⌈remaining ÷ budget⌉), every sheet advancing by the same share in
// each: the syncs are as few as the estimate allows, each keeps a margin against a wrong estimate, and
// after the first sync every sheet has been measured on rows of its own.
import type { CellRange } from '../sheets/address';
import { ACTION_COST_BYTES, jsonSize } from './request-size';
import { tileCount, mergeTiles } from './merge-tiles';

/** A sheet being read: its used range and the next cell to read (row, and column within that row). */
export interface PlanSheet {
  name: string;
  used: CellRange | null;
  row: number;
  col: number;
  /** Expected answer bytes of one cell of this sheet (its content and its share of merged areas). */
  perCell: number;
}

export interface ContentPiece {
  sheet: number;
  /** Sheet cells (0-based, inclusive): whole rows of the used range, or part of one row. */
  range: CellRange;
  /** Where to ask for the merged areas whose top-left cell lies in these rows (empty for a row's later parts). */
  tiles: string[];
}

export interface SyncPlan {
  pieces: ContentPiece[];
  /** The cursors once this sync has been answered. */
  cursors: { row: number; col: number }[];
  answerBytes: number;
  requestBytes: number;
}

export interface PlanBudget {
  answerBytes: number;
  requestBytes: number;
}

export function sheetDone(s: PlanSheet): boolean {
  return s.used === null || s.row > s.used.bottom;
}

/** Cells still to read. */
export function remainingCells(s: PlanSheet): number {
  if (!s.used || s.row > s.used.bottom) return 0;
  const width = s.used.right - s.used.left + 1;
  return (s.used.bottom - s.row + 1) * width - (s.col - s.used.left);
}

/** What the rest of a sheet is expected to cost in answers. */
export function remainingBytes(s: PlanSheet): number {
  return remainingCells(s) * s.perCell;
}

/** What queueing one call (a load of content, or of the merged areas of a tile) adds to a request. */
function callBytes(name: string): number {
  return 2 * ACTION_COST_BYTES + jsonSize(name) + 40;
}

/**
 * One sync: every unfinished sheet gets its share of the remaining bytes (1/n of its rest, n the fewest
 * syncs the budget allows); whole rows while at least one fits the share, else the cells of one row
 * that fit (a row larger than an answer). Never empty while something remains: a cell that alone passes
 * the share is still asked for when nothing else is.
 */
export function planSync(sheets: readonly PlanSheet[], budget: PlanBudget): SyncPlan {
  const total = sheets.reduce((n, s) => n + remainingBytes(s), 0);
  let syncs = Math.max(1, Math.ceil(total / budget.answerBytes));
  for (;;) {
    const plan = planShares(sheets, syncs);
    if (plan.requestBytes <= budget.requestBytes || plan.pieces.length <= 1) return plan;
    syncs += 1; // a request too large for its tiles and bands (very wide sheets): smaller shares
  }
}

function planShares(sheets: readonly PlanSheet[], syncs: number): SyncPlan {
  const pieces: ContentPiece[] = [];
  const cursors = sheets.map((s) => ({ row: s.row, col: s.col }));
  let answerBytes = 0;
  let requestBytes = 0;
  sheets.forEach((s, i) => {
    if (sheetDone(s) || !s.used) return;
    const used = s.used;
    const width = used.right - used.left + 1;
    const perRow = s.perCell * width;
    let share = syncs === 1 ? Infinity : remainingBytes(s) / syncs;
    const cursor = cursors[i];
    while (cursor.row <= used.bottom) {
      if (cursor.col === used.left) {
        const rows = Math.min(used.bottom - cursor.row + 1, share === Infinity ? Infinity : Math.floor(share / perRow));
        if (rows >= 1) {
          const range = { top: cursor.row, left: used.left, bottom: cursor.row + rows - 1, right: used.right };
          pieces.push({ sheet: i, range, tiles: mergeTiles(range) });
          answerBytes += rows * perRow;
          share -= rows * perRow;
          requestBytes += callBytes(s.name) * (1 + tileCount(rows, width));
          cursor.row += rows;
          // What is left of the share is less than a row: the next sync goes on from here.
          break;
        }
      }
      // Part of a row: the row does not fit the share (or its start was read in an earlier sync).
      const cells = Math.min(used.right - cursor.col + 1, Math.floor(share / s.perCell));
      if (cells < 1) break;
      const range = { top: cursor.row, left: cursor.col, bottom: cursor.row, right: cursor.col + cells - 1 };
      const tiles = cursor.col === used.left ? mergeTiles({ ...range, right: used.right }) : [];
      pieces.push({ sheet: i, range, tiles });
      answerBytes += cells * s.perCell;
      share -= cells * s.perCell;
      requestBytes += callBytes(s.name) * (1 + tiles.length);
      advance(cursor, cells, used);
      // The share ended inside the row; or the row is finished and the share goes on into the next one.
      if (cursor.col !== used.left) break;
    }
  });
  if (pieces.length === 0) {
    // Every share is smaller than one cell: the first cell left, alone.
    const i = sheets.findIndex((s) => !sheetDone(s));
    if (i >= 0) {
      const s = sheets[i];
      const used = s.used!;
      const range = { top: s.row, left: s.col, bottom: s.row, right: s.col };
      const tiles = s.col === used.left ? mergeTiles({ ...range, right: used.right }) : [];
      pieces.push({ sheet: i, range, tiles });
      answerBytes += s.perCell;
      requestBytes += callBytes(s.name) * (1 + tiles.length);
      advance(cursors[i], 1, used);
    }
  }
  return { pieces, cursors, answerBytes, requestBytes };
}

function advance(cursor: { row: number; col: number }, cells: number, used: CellRange): void {
  cursor.col += cells;
  if (cursor.col > used.right) {
    cursor.row += 1;
    cursor.col = used.left;
  }
}
