// A year column's header: "2021 год", "2021", 2021, "2021 г.", or a span "2026–2030 годы".
import type { YearSpan } from '../../domain/model/year-span';
import type { GridCell } from '../grid';

const SPAN = /^(\d{4})(?:\s*(?:год|г\.?))?\s*(?:[-–—‐−]|по)\s*(\d{4})\s*(?:годы|годов|года|год|гг\.?|г\.?)?$/i;
const SINGLE = /^(\d{4})\s*(?:год|года|г\.?|гг\.?)?$/i;

export function parseYearHeader(cell: GridCell | null): YearSpan | null {
  if (!cell || cell.value === null || cell.value === undefined || cell.error) return null;
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) && plausible(cell.value) ? { from: cell.value, to: cell.value } : null;
  if (typeof cell.value !== 'string') return null;
  const text = cell.value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const single = SINGLE.exec(text);
  if (single) {
    const y = Number(single[1]);
    return plausible(y) ? { from: y, to: y } : null;
  }
  const span = SPAN.exec(text);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return plausible(from) && plausible(to) && to >= from ? { from, to } : null;
  }
  return null;
}

function plausible(y: number): boolean {
  return y >= 1990 && y <= 2100;
}
