// Whether a workbook holds a program at all: the untouched blank template (its sums are zero formulas, its
// names empty or placeholders such as "Подпрограмма I «…»") is not a program, and must not pass as a valid one.
import type { FundingRow } from './model/funding';
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

function rowHasAmount(r: FundingRow): boolean {
  if (nonZero(r.total)) return true;
  for (let i = 0; i < r.years.length; i++) if (nonZero(r.years[i])) return true;
  return false;
}

/**
 * Does the program hold any data: an amount that is not zero, or an indicator with a name? Walked in place, to
 * the first such value (nearly always the first row): no list of every row made to ask it.
 */
export function hasProgramData(program: Program): boolean {
  const f = program.funding;
  if (f) {
    for (const sp of f.subprograms) {
      for (const r of sp.sources) if (rowHasAmount(r)) return true;
      if (sp.total && rowHasAmount(sp.total)) return true;
    }
    if (f.total && rowHasAmount(f.total)) return true;
    for (const r of f.totalBySource) if (rowHasAmount(r)) return true;
    for (const r of f.ofWhich ?? []) if (rowHasAmount(r)) return true;
  }
  const pf = program.passport?.funding;
  if (pf && (nonZero(pf.total) || pf.years.some((y) => nonZero(y.amount)) || pf.sources.some((s) => nonZero(s.total) || s.years.some((y) => nonZero(y.amount))))) return true;
  for (const s of program.indicators?.subprograms ?? []) {
    for (const a of s.activities) for (const i of a.indicators) if (!isPlaceholderName(i.name)) return true;
  }
  return false;
}
