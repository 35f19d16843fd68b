// The stand-in computes only what the preview needs to show the writers' totals: SUM over cells and
// ranges, SUMIF with an equality criterion (the "в том числе" rows by source), and cell references,
// numbers and those functions joined by + and -. Anything else gives #NAME? (the stand-in is not a
// spreadsheet engine). Sums are exact (scaled integers), as Excel shows them.
import { decimalFromNumber, decimalPlaces, fromScaled, toScaled } from '../../domain/amount';
import { parseRange } from '../../sheets/address';
import type { CellValue } from '../../sheets/grid';

export type CellLookup = (sheet: string | null, row: number, col: number) => { value: CellValue; error: boolean };

type Result = { value: CellValue; error: boolean };
type Numbers = { numbers: number[] } | { error: Result };

const NAME_ERROR: Result = { value: '#NAME?', error: true };
const VALUE_ERROR: Result = { value: '#VALUE!', error: true };

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([^\s'!()+\-,;:"]+))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(String.raw`^(?:${SHEET})?(${CELL})(?::(${CELL}))?$`);
const NUMBER = /^-?\d+(\.\d+)?$/;

export function evaluateFormula(formula: string, lookup: CellLookup): Result {
  const terms = splitTerms(formula.trim());
  if (!terms) return NAME_ERROR;
  const addends: number[] = [];
  for (const { sign, text } of terms) {
    const values = termValues(text, lookup);
    if ('error' in values) return values.error;
    for (const v of values.numbers) addends.push(sign * v);
  }
  return { value: exactSum(addends), error: false };
}

/** "A1+SUM(B1:B3)-C2" → signed terms; null when the text has something else. */
function splitTerms(text: string): { sign: 1 | -1; text: string }[] | null {
  const terms: { sign: 1 | -1; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let sign: 1 | -1 = 1;
  let quote: string | null = null;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) return null;
    if (i === text.length || (depth === 0 && (ch === '+' || ch === '-'))) {
      const piece = text.slice(start, i).trim();
      if (piece === '') {
        if (i !== 0 || ch === undefined) return null;
      } else {
        terms.push({ sign, text: piece });
      }
      sign = ch === '-' ? -1 : 1;
      start = i + 1;
    }
  }
  return depth === 0 && quote === null && terms.length > 0 ? terms : null;
}

function termValues(text: string, lookup: CellLookup): Numbers {
  if (NUMBER.test(text)) return { numbers: [Number(text)] };
  const call = /^([A-Za-z]+)\((.*)\)$/.exec(text);
  if (call) {
    const args = splitArguments(call[2]);
    switch (call[1].toUpperCase()) {
      case 'SUM': {
        const numbers: number[] = [];
        for (const arg of args) {
          const got = NUMBER.test(arg) ? { numbers: [Number(arg)] } : referenceValues(arg, lookup, true);
          if ('error' in got) return got;
          numbers.push(...got.numbers);
        }
        return { numbers: [exactSum(numbers)] };
      }
      case 'SUMIF':
        return sumIfValues(args, lookup);
      default:
        return { error: NAME_ERROR };
    }
  }
  return referenceValues(text, lookup, false);
}

/** Top-level arguments of a function call: `A1:A3,"x,y";B1` → ["A1:A3", `"x,y"`, "B1"]. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (depth === 0 && (ch === ',' || ch === ';')) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** A cell's number (a single reference must be a number or empty) or a range's numbers (text is skipped, as SUM does). */
function referenceValues(text: string, lookup: CellLookup, inSum: boolean): Numbers {
  const cells = cellsOf(text, lookup);
  if (!cells) return { error: NAME_ERROR };
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell.error) return { error: { value: cell.value, error: true } };
    if (typeof cell.value === 'number') numbers.push(cell.value);
    else if (!inSum && typeof cell.value === 'string' && cell.value.trim() !== '') return { error: VALUE_ERROR };
  }
  return { numbers };
}

/** SUMIF(range, criterion[, sum_range]) with an equality criterion: a cell, a number or "text" (case-insensitive, as in Excel). */
function sumIfValues(args: string[], lookup: CellLookup): Numbers {
  if (args.length < 2 || args.length > 3) return { error: NAME_ERROR };
  const criteria = cellsOf(args[0], lookup);
  const sums = cellsOf(args[2] ?? args[0], lookup);
  if (!criteria || !sums || criteria.length !== sums.length) return { error: NAME_ERROR };
  let wanted: CellValue;
  const literal = /^"((?:[^"]|"")*)"$/.exec(args[1]);
  if (literal) wanted = literal[1].replace(/""/g, '"');
  else if (NUMBER.test(args[1])) wanted = Number(args[1]);
  else {
    const cell = cellsOf(args[1], lookup);
    if (!cell || cell.length !== 1) return { error: NAME_ERROR };
    if (cell[0].error) return { error: { value: cell[0].value, error: true } };
    wanted = cell[0].value;
  }
  // Comparisons and wildcards (">5", "Бюджет*") are beyond the stand-in.
  if (typeof wanted === 'string' && /^[<>=]|[*?~]/.test(wanted)) return { error: NAME_ERROR };
  const matches = (v: CellValue): boolean =>
    typeof wanted === 'string' && typeof v === 'string' ? v.toLowerCase() === wanted.toLowerCase() : v !== null && v === wanted;
  const numbers: number[] = [];
  criteria.forEach((c, i) => {
    const s = sums[i];
    if (matches(c.value) && !s.error && typeof s.value === 'number') numbers.push(s.value);
  });
  return { numbers: [exactSum(numbers)] };
}

/** The cells of a reference, row by row; null when the text is not a reference. */
function cellsOf(text: string, lookup: CellLookup): Result[] | null {
  const m = REF.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const range = parseRange(m[4] ? `${m[3]}:${m[4]}` : m[3]);
  const out: Result[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) out.push(lookup(sheet, r, c));
  return out;
}

function exactSum(values: number[]): number {
  const decimals = values.map((v) => decimalFromNumber(v) ?? '0');
  const precision = Math.min(12, Math.max(0, ...decimals.map(decimalPlaces)));
  let total = 0n;
  for (const d of decimals) total += toScaled(d, precision);
  return Number(fromScaled(total, precision));
}
