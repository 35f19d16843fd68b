// The readers' shortcuts (issue 10) answer what the longer way answered: each is compared with the way it
// replaced on random cells and rows — texts of letters, digits, signs, dashes, spaces and marks, numbers,
// booleans, errors, merges.
import { collapseSpaces } from '../../../src/domain/text/fold';
import type { Grid, GridCell } from '../../../src/sheets/grid';
import { decimalFromNumber } from '../../../src/domain/amount';
import { asExcelShowsIt, looksLikeValue, numberDecimal, readIndicatorValue, shownDecimals, startsWithWordLetter } from '../../../src/sheets/read/cell-value';
import { rowShift } from '../../../src/sheets/read/row-shift';
import { SheetView } from '../../../src/sheets/read/sheet-view';
import { readYearHeader } from '../../../src/sheets/read/year-header';

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['не ', 'Не ', 'НЕ', 'н', 'Н', 'не менее ', 'не более 5', '≥', '≤', '>', '<', '>=', '-', '–', '—', '‐', '−', ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '0', '7', '12', '2021', '2026–2030', ' год', ' г.', 'годы', ',', '.', '%', "'", 'Доля', 'доля', 'ё', 'Ё', 'я', 'А', 'a', 'Z', 'x', 'e', '(', '«', '#', 'REF!', 'ǅ', 'ſ', 'K', 'µ', 'ı'];

function randomText(next: () => number): string {
  let text = '';
  const n = Math.floor(next() * 5);
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function randomCell(next: () => number): GridCell | null {
  const r = next();
  if (r < 0.15) return null;
  if (r < 0.2) return { value: null };
  if (r < 0.4) return { value: Math.floor(next() * 3000) - 100 };
  if (r < 0.45) return { value: Math.round(next() * 1e6) / 100 };
  if (r < 0.48) return { value: next() < 0.5 };
  if (r < 0.5) return { value: '#REF!', error: true };
  return { value: randomText(next) };
}

// The expressions `looksLikeValue` ran on every text before a text starting with a letter was ruled out first.
const NUMBER_SHAPE = /^\s*[-−–]?\s*\d[\d \u00a0\u202f']*(?:[.,]\d+)?\s*%?\s*$/;
const DASH_ONLY = /^\s*[-–—‐−]\s*$/;
const BOUND_START = /^\s*(?:не\s|≥|≤|>|<)/i;
const STARTS_WITH_YEAR = /^\s*\d{4}/;

function looksLikeValueBefore(cell: GridCell | null): boolean {
  if (!cell || cell.value === null || cell.value === undefined || cell.value === '') return false;
  if (cell.error || typeof cell.value === 'number') return true;
  if (typeof cell.value !== 'string') return false;
  const text = cell.value;
  if (NUMBER_SHAPE.test(text) || DASH_ONLY.test(text)) return true;
  return BOUND_START.test(text) && readIndicatorValue(cell).kind === 'value';
}

describe('a text that starts with a letter', () => {
  it('is no number, dash, bound or year: the expressions say so too', () => {
    const next = random(1);
    let ruledOut = 0;
    for (let i = 0; i < 30_000; i++) {
      const text = randomText(next);
      if (!startsWithWordLetter(text)) continue;
      ruledOut++;
      expect([NUMBER_SHAPE.test(text), DASH_ONLY.test(text), BOUND_START.test(text), STARTS_WITH_YEAR.test(text)]).toEqual([false, false, false, false]);
    }
    expect(ruledOut).toBeGreaterThan(1_500);
  });

  it('looksLikeValue answers as the expressions alone did', () => {
    const next = random(2);
    for (let i = 0; i < 20_000; i++) {
      const cell = randomCell(next);
      expect(looksLikeValue(cell)).toBe(looksLikeValueBefore(cell));
    }
  });

  it('readYearHeader still reads the years', () => {
    expect(readYearHeader({ value: ' 2021 год' })?.year).toEqual({ from: 2021, to: 2021 });
    expect(readYearHeader({ value: '2026–2030 годы' })?.year).toEqual({ from: 2026, to: 2030 });
    expect(readYearHeader({ value: 'Год 2021' })).toBeNull();
  });
});

function randomGrid(next: () => number): Grid {
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < 12; r++) {
    const row: (GridCell | null)[] = [];
    const n = Math.floor(next() * 10);
    for (let c = 0; c < n; c++) row.push(randomCell(next));
    rows.push(row);
  }
  const merges = [];
  for (let m = 0; m < 4; m++) {
    const top = Math.floor(next() * 12);
    const left = Math.floor(next() * 9);
    merges.push({ top, left, bottom: Math.min(11, top + Math.floor(next() * 3)), right: Math.min(9, left + Math.floor(next() * 3)) });
  }
  return { name: 'Лист1', rows, merges };
}

/** Covered by a merge it does not start, by the merges themselves. */
function covered(grid: Grid, row: number, col: number): boolean {
  return grid.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && !(m.top === row && m.left === col));
}

describe('a row read in one pass', () => {
  it('filledColumns and isBlankRow are the cells that show something, merges counted out', () => {
    const next = random(3);
    for (let g = 0; g < 300; g++) {
      const grid = randomGrid(next);
      const view = new SheetView(grid);
      // Some texts asked for first, in any order: the row's pass takes them from the cache.
      for (let i = 0; i < 5; i++) view.text(Math.floor(next() * 12), Math.floor(next() * 10));
      for (let row = 0; row < grid.rows.length; row++) {
        const expected: number[] = [];
        grid.rows[row].forEach((cell, col) => {
          if (!cell || cell.value === null || cell.value === undefined || covered(grid, row, col)) return;
          if (typeof cell.value !== 'string' || collapseSpaces(cell.value) !== '') expected.push(col);
        });
        expect(view.filledColumns(row)).toEqual(expected);
        expect(view.isBlankRow(row)).toBe(expected.length === 0);
        for (let col = 0; col < 10; col++) expect(view.hasText(row, col)).toBe(expected.includes(col));
      }
    }
  });
});

/** rowShift as it was: every cell of the row looked at. */
function rowShiftBefore(view: SheetView, row: number, first: number, last: number): number {
  const n = Math.max(view.rowLength(row), last + 1);
  let min = -1;
  let max = -1;
  let count = 0;
  let outside = false;
  for (let col = 0; col < n; col++) {
    if (!looksLikeValue(view.cell(row, col))) continue;
    if (min < 0) min = col;
    max = col;
    count++;
    if (col < first || col > last) outside = true;
  }
  if (!outside || min < 0) return 0;
  const offset = max > last ? max - last : min - first;
  if (offset === 0) return 0;
  if (min < first + offset || max > last + offset || first + offset < 0) return 0;
  if (count < Math.max(2, Math.ceil((last - first + 1) / 2))) return 0;
  return offset;
}

describe('rowShift', () => {
  it('gives the shift the whole row gave', () => {
    const next = random(4);
    let shifted = 0;
    for (let g = 0; g < 1_000; g++) {
      const view = new SheetView(randomGrid(next));
      for (let row = 0; row < 12; row++) {
        const first = Math.floor(next() * 8) - 1;
        const last = first + Math.floor(next() * 5);
        const shift = rowShift(view, row, first, last);
        if (shift !== 0) shifted++;
        expect(shift).toBe(rowShiftBefore(view, row, first, last));
      }
    }
    expect(shifted).toBeGreaterThan(30);
  });
});

/** numberDecimal as it was: every number that is no small integer through decimalFromNumber. */
function numberDecimalBefore(value: number, format: string | null): string | null {
  const d = Number.isSafeInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0) ? String(value) : decimalFromNumber(asExcelShowsIt(value));
  if (d === null) return null;
  const shown = shownDecimals(format, value);
  const dot = d.indexOf('.');
  const have = dot < 0 ? 0 : d.length - dot - 1;
  return have >= shown ? d : (dot < 0 ? d + '.' : d) + '0'.repeat(shown - have);
}

describe('a number cell read as a decimal', () => {
  it('is what decimalFromNumber gave, padded to the decimals its format shows', () => {
    const next = random(5);
    const formats = [null, 'General', '0.0', '#,##0.00', '0.000;-0.000;0', '0%'];
    const special = [-0, 0, Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2];
    for (let i = 0; i < 20_000; i++) {
      const scale = 10 ** (Math.floor(next() * 44) - 22);
      const value = i < special.length ? special[i] : (next() - 0.3) * scale;
      const format = formats[Math.floor(next() * formats.length)];
      expect(numberDecimal(value, format)).toBe(numberDecimalBefore(value, format));
    }
  });

  it('of a fraction written with few digits (98100.94, a sum with binary noise) is what it was', () => {
    const next = random(6);
    const formats = [null, '0.0', '#,##0.00'];
    for (let i = 0; i < 20_000; i++) {
      // Up to 17 digits, the point anywhere: typed amounts and values, and formulas' sums and products.
      const digits = Math.floor(next() * 10 ** (1 + Math.floor(next() * 17)));
      const written = (next() < 0.3 ? -digits : digits) / 10 ** Math.floor(next() * 12);
      const value = next() < 0.2 ? written + 0.1 + 0.2 : next() < 0.2 ? written * 1.1 : written;
      const format = formats[Math.floor(next() * formats.length)];
      expect(numberDecimal(value, format)).toBe(numberDecimalBefore(value, format));
    }
  });
});
