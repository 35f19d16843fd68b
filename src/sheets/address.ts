// A1 addresses. Rows and columns are 0-based inside the code, 1-based and lettered in Excel.

/** Letters already made, by column: every cell reference of a sheet asks for the same few. */
const LETTERS: string[] = [];
/** Excel's widest sheet. */
const MAX_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = makeLetters(col);
  if (col >= 0 && col < MAX_COLUMNS && Number.isInteger(col)) LETTERS[col] = letters;
  return letters;
}

function makeLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "D12" or "$D$12" or "Лист1!D12" → { row: 11, col: 3 }. */
export function parseA1(address: string): { row: number; col: number } {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]+)(\d+)$/.exec(bare);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C3" (or a single cell) → a 0-based inclusive range. */
export function parseRange(range: string): CellRange {
  const bare = range.slice(range.lastIndexOf('!') + 1);
  const [a, b = a] = bare.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
