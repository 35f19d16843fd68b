// Whether a workbook holds a program at all: the untouched blank template (its sums are zero formulas, its
// names empty or placeholders such as "Подпрограмма I «…»") is not a program, and must not pass as a valid one.
import type { Program } from './model/program';
import { collapseSpaces } from './text/fold';

/** "…", "...", "___", "Подпрограмма I «…»", "Наименование показателя": a name still to be filled in. */
export function isPlaceholderName(text: string): boolean {
  const t = collapseSpaces(text).toLowerCase();
  if (t === '') return true;
  const stripped = t.replace(/подпрограмм\S*|мероприяти\S*|показател\S*|наименовани\S*|\b[ivxlc]+\b|\d+\.?/g, '').replace(/[«»"'()\s.,:;…_\-–—]/g, '');
  return stripped === '';
}

function nonZero(d: string | null | undefined): boolean {
  return d !== null && d !== undefined && !/^-?0+(\.0+)?$/.test(d);
}

/** Does the program hold any data: an amount that is not zero, or an indicator with a name? */
export function hasProgramData(program: Program): boolean {
  const f = program.funding;
  if (f) {
    const rows = [...f.subprograms.flatMap((sp) => [...sp.sources, ...(sp.total ? [sp.total] : [])]), ...(f.total ? [f.total] : []), ...f.totalBySource, ...(f.ofWhich ?? [])];
    if (rows.some((r) => nonZero(r.total) || r.years.some(nonZero))) return true;
  }
  const pf = program.passport?.funding;
  if (pf && (nonZero(pf.total) || pf.years.some((y) => nonZero(y.amount)) || pf.sources.some((s) => nonZero(s.total) || s.years.some((y) => nonZero(y.amount))))) return true;
  const indicators = program.indicators?.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators)) ?? [];
  return indicators.some((i) => !isPlaceholderName(i.name));
}
