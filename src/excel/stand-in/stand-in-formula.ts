// The stand-in computes only what the preview needs to show the writers' formulas: SUM over cells and
// ranges, SUMIF with an equality criterion (the "в том числе" rows by source), cell references, numbers,
// products and quotients of them, ROUND, and those joined by + and -; and the report forms' percentages,
// IF(OR(D10="",D10=0),"-",ROUND(F10/D10*100,1)): IF over OR/AND of = and <> comparisons, with a text or a
// number in each branch. Anything else gives #NAME? (the stand-in is not a spreadsheet engine). Sums are
// exact (scaled integers), as Excel shows them.
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

const DIV_ERROR: Result = { value: '#DIV/0!', error: true };

export function evaluateFormula(formula: string, lookup: CellLookup): Result {
  const text = formula.trim();
  const condition = /^IF\((.*)\)$/i.exec(text);
  if (condition && balanced(condition[1])) return ifValue(splitArguments(condition[1]), lookup);
  const literal = textLiteral(text);
  if (literal !== null) return { value: literal, error: false };
  return sumValue(text, lookup);
}

/** Whether the text between a call's parentheses is its arguments alone (not "A1)+IF(B1"). */
function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

/** `"-"` → "-"; null when the text is not a string literal. */
function textLiteral(text: string): string | null {
  const m = /^"((?:[^"]|"")*)"$/.exec(text);
  return m ? m[1].replace(/""/g, '"') : null;
}

/** IF(condition, then[, else]): a branch is a text, a number or a sum as above; no else gives FALSE as Excel does (here: an error). */
function ifValue(args: string[], lookup: CellLookup): Result {
  if (args.length < 2 || args.length > 3) return NAME_ERROR;
  const test = conditionValue(args[0], lookup);
  if (typeof test !== 'boolean') return test;
  const branch = test ? args[1] : args[2];
  if (branch === undefined) return VALUE_ERROR;
  return evaluateFormula(branch, lookup);
}

/** OR(…), AND(…), or one comparison `X=Y` / `X<>Y` of a reference, a number or a text ("" is an empty cell, as is 0). */
function conditionValue(text: string, lookup: CellLookup): boolean | Result {
  const call = /^(OR|AND)\((.*)\)$/i.exec(text.trim());
  if (call) {
    const values: boolean[] = [];
    for (const arg of splitArguments(call[2])) {
      const v = conditionValue(arg, lookup);
      if (typeof v !== 'boolean') return v;
      values.push(v);
    }
    return call[1].toUpperCase() === 'OR' ? values.some(Boolean) : values.every(Boolean);
  }
  const m = /^([^<>=]+)(=|<>)([^<>=]+)$/.exec(text.trim());
  if (!m) return NAME_ERROR;
  const left = operandValue(m[1].trim(), lookup);
  const right = operandValue(m[3].trim(), lookup);
  if ('error' in left && left.error) return left;
  if ('error' in right && right.error) return right;
  const equal = sameValue(left.value, right.value);
  return m[2] === '=' ? equal : !equal;
}

function operandValue(text: string, lookup: CellLookup): Result {
  const literal = textLiteral(text);
  if (literal !== null) return { value: literal, error: false };
  if (NUMBER.test(text)) return { value: Number(text), error: false };
  const cells = cellsOf(text, lookup);
  if (!cells || cells.length !== 1) return NAME_ERROR;
  return cells[0];
}

/** Excel's = : an empty cell equals "" and 0; text compares without case. */
function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === undefined;
  if (blank(a) && blank(b)) return true;
  if (blank(a)) return b === '' || b === 0;
  if (blank(b)) return a === '' || a === 0;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function sumValue(formula: string, lookup: CellLookup): Result {
  const terms = splitTerms(formula);
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
  const factors = splitFactors(text);
  if (factors && factors.length > 1) return productValue(factors, lookup);
  const call = /^([A-Za-z]+)\((.*)\)$/.exec(text);
  if (call && balanced(call[2])) {
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
      case 'ROUND':
        return roundValue(args, lookup);
      default:
        return { error: NAME_ERROR };
    }
  }
  return referenceValues(text, lookup, false);
}

/** "F10/D10*100" → factors with their operation; null when there is no top-level * or /. */
function splitFactors(text: string): { op: '*' | '/'; text: string }[] | null {
  const pieces = splitTopLevel(text, (ch) => ch === '*' || ch === '/');
  if (pieces.length < 2 || pieces.some((p) => p.text === '')) return null;
  return pieces.map((p) => ({ op: p.before === '/' ? '/' : '*', text: p.text }));
}

/**
 * Cuts a formula's text at the characters `isSeparator` picks outside brackets and quotes: each piece
 * (trimmed) with the separator before it ('' for the first).
 */
function splitTopLevel(text: string, isSeparator: (ch: string) => boolean): { before: string; text: string }[] {
  const out: { before: string; text: string }[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  let before = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (depth === 0 && isSeparator(ch)) {
      out.push({ before, text: text.slice(start, i).trim() });
      before = ch;
      start = i + 1;
    }
  }
  out.push({ before, text: text.slice(start).trim() });
  return out;
}

/** One number of a factor: a number, one cell (empty is 0) or a function; a range is no factor. */
function singleNumber(text: string, lookup: CellLookup): number | Result {
  const got = termValues(text, lookup);
  if ('error' in got) return got.error;
  if (got.numbers.length > 1) return VALUE_ERROR;
  return got.numbers[0] ?? 0;
}

/** A product and quotient, left to right (as a float, as Excel computes it). */
function productValue(factors: { op: '*' | '/'; text: string }[], lookup: CellLookup): Numbers {
  let value = 1;
  for (const f of factors) {
    const n = singleNumber(f.text, lookup);
    if (typeof n !== 'number') return { error: n };
    if (f.op === '/') {
      if (n === 0) return { error: DIV_ERROR };
      value /= n;
    } else value *= n;
  }
  return { numbers: [value] };
}

/** ROUND(x, digits): half away from zero, on the 15 significant digits Excel keeps. */
function roundValue(args: string[], lookup: CellLookup): Numbers {
  if (args.length !== 2 || !/^-?\d+$/.test(args[1])) return { error: NAME_ERROR };
  const n = singleNumber(args[0], lookup);
  if (typeof n !== 'number') return { error: n };
  const digits = Number(args[1]);
  const shown = Number(Math.abs(n).toPrecision(15));
  const scale = 10 ** digits;
  const rounded = Math.round(Number((shown * scale).toPrecision(15))) / scale;
  return { numbers: [Math.sign(n) * rounded] };
}

/** Top-level arguments of a function call: `A1:A3,"x,y";B1` → ["A1:A3", `"x,y"`, "B1"]. */
function splitArguments(text: string): string[] {
  return splitTopLevel(text, (ch) => ch === ',' || ch === ';').map((p) => p.text);
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
