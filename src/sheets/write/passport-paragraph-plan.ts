// Writing the funding paragraph composed from Приложение 1 back into the passport, in the passport's own
// layout. The published passport writes the section one document paragraph per row (B30 the total and the
// years, B31 «Всего … по источникам:», B32–B35 one source each, the label A30:A35 merged beside them);
// another passport has it all in one cell. Each new line goes to the cell that held the same line before
// (the total, a source: found by the reader's provenance), a line the old text lacked to the next free row
// of the section, and only if there is none into the cell of the line before it. Rows left without a line
// are emptied. Nothing is written twice, nothing outside the section.
import type { Program } from '../../domain/model/program';
import { passportFundingFromAnnex } from '../../domain/passport-funding-from-annex';
import { passportFundingLines, type PassportFundingLine } from '../../domain/passport-paragraph';
import { paths } from '../../domain/paths';
import type { Provenance } from '../../domain/provenance';
import { sourceKeys } from '../../domain/sources';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import { parseA1, rangeToA1, toA1 } from '../address';
import { cellAt, type Grid } from '../grid';

const SOURCES_HEAD = /по\s+источникам/i;

const sameSpaces = (text: string): string => text.replace(/\u00a0/g, ' ');

/** One cell of the section: what it holds now and what it will hold. */
export interface PassportSectionChange {
  cell: string;
  before: string;
  after: string;
}

export interface PassportParagraphPlan {
  sheet: string;
  /** The section's cells, "B30:B35" (what the workbook shows while the person decides). */
  range: string;
  /** The cells whose text changes, top to bottom. Empty: the passport already says what Приложение 1 does. */
  changes: PassportSectionChange[];
}

/**
 * The plan, or null when there is nothing to write into: no Приложение 1, no passport funding paragraph
 * (the table form is the table's own business), or the passport's sheet is not among the grids.
 */
export function planPassportParagraph(program: Program, provenance: Provenance, grids: readonly Grid[], precision: number): PassportParagraphPlan | null {
  const funding = program.passport?.funding;
  const at = provenance.get(paths.passportFunding);
  if (!program.funding || !funding || funding.form !== 'paragraph' || !at) return null;
  const grid = grids.find((g) => g.name === at.sheet);
  if (!grid) return null;
  const derived = passportFundingFromAnnex(program.funding, { precision, municipality: program.municipality });
  const lines = passportFundingLines(derived, precision);
  const section = sectionRows(grid, provenance, at.sheet, at.cell);
  const column = parseA1(at.cell).col;
  const before = section.map((row) => textOf(grid, row, column));

  // Where each line of the old text was: the cell of the total, of each source (by its key).
  const rowOf = (path: string): number | null => {
    const ref = provenance.get(path);
    return ref && ref.sheet === at.sheet ? parseA1(ref.cell).row : null;
  };
  const oldKeys = new Map<string, number>();
  for (const key of sourceKeys(funding.sources.map((s) => s.name))) {
    const row = rowOf(paths.passportSource(key));
    if (row !== null) oldKeys.set(key, row);
  }
  const newKeys = sourceKeys(derived.sources.map((s) => s.name));
  // «Всего … в т.ч. по источникам:» has no amount of its own the reader points at: found by its words.
  const sourcesHead = before.findIndex((text) => SOURCES_HEAD.test(text));
  const anchorOf = (line: PassportFundingLine): number | null => {
    if (line.role === 'sourcesHead') return sourcesHead < 0 ? null : sourcesHead;
    const row = line.role === 'lead' ? (rowOf(paths.passportFundingTotal) ?? parseA1(at.cell).row) : (oldKeys.get(newKeys[line.source]) ?? null);
    const index = row === null ? -1 : section.indexOf(row);
    return index < 0 ? null : index;
  };
  const anchors = lines.map(anchorOf);
  // The lines are in the document's order; anchors out of that order (sources listed differently) are not
  // followed: the lines then fill the rows in order.
  const ordered = anchors.every((a, i) => a === null || anchors.slice(0, i).every((b) => b === null || b <= a));
  const placed = place(ordered ? anchors : lines.map(() => null), section.length);

  const after = section.map((): string[] => []);
  // For printing: amounts never break between their digit groups.
  lines.forEach((line, i) => after[placed[i]].push(keepDigitGroups(line.text)));
  const changes: PassportSectionChange[] = [];
  section.forEach((row, i) => {
    const text = after[i].join('\n');
    // A cell that differs only in its kind of spaces says the same: it is not rewritten for them.
    if (sameSpaces(text) !== sameSpaces(before[i])) changes.push({ cell: toA1(row, column), before: before[i], after: text });
  });
  const first = section[0];
  const last = section[section.length - 1];
  return { sheet: at.sheet, range: rangeToA1({ top: first, left: column, bottom: last, right: column }), changes };
}

/**
 * The row of each line: its anchor when it has one (never above the line before), else the next row after
 * the line before when that row is free up to the next anchor, else the row of the line before.
 */
function place(anchors: readonly (number | null)[], rows: number): number[] {
  const out: number[] = [];
  const taken = new Set<number>(anchors.filter((a): a is number => a !== null));
  let previous = -1;
  anchors.forEach((anchor, i) => {
    let row: number;
    if (anchor !== null && anchor >= previous) row = anchor;
    else {
      const next = anchors.slice(i + 1).find((a): a is number => a !== null) ?? rows;
      const candidate = previous + 1;
      row = candidate < rows && candidate < next && !taken.has(candidate) ? candidate : Math.max(previous, 0);
    }
    taken.add(row);
    out.push(row);
    previous = row;
  });
  return out;
}

/**
 * The section's rows (0-based sheet rows) in the paragraph's column: from the first to the last row the
 * reader found a part of the paragraph in, widened to the rows of the section's label when that label is
 * merged over them (A30:A35).
 */
function sectionRows(grid: Grid, provenance: Provenance, sheet: string, cell: string): number[] {
  const start = parseA1(cell);
  let top = start.row;
  let bottom = start.row;
  for (const [path, ref] of provenance) {
    if (ref.sheet !== sheet || (path !== paths.passportFunding && !path.startsWith(`${paths.passportFunding}/`))) continue;
    const { row, col } = parseA1(ref.cell);
    if (col !== start.col) continue;
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
  }
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const label = grid.merges.find((m) => m.left + originCol < start.col && m.right + originCol >= start.col - 1 && m.top + originRow <= start.row && m.bottom + originRow >= start.row);
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  if (!label) return rows;
  // Rows under the label beyond the paragraph join the section only while empty: free rows for new lines.
  const above: number[] = [];
  for (let row = top - 1; row >= label.top + originRow && textOf(grid, row, start.col) === ''; row--) above.unshift(row);
  const below: number[] = [];
  for (let row = bottom + 1; row <= label.bottom + originRow && textOf(grid, row, start.col) === ''; row++) below.push(row);
  return [...above, ...rows, ...below];
}

function textOf(grid: Grid, row: number, col: number): string {
  const value = cellAt(grid, row - (grid.origin?.row ?? 0), col - (grid.origin?.col ?? 0))?.value;
  return value === null || value === undefined ? '' : String(value);
}
