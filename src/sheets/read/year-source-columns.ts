// The sources under each year: a funding table whose header has the years on one row and, under each year
// (and under «Всего» when the table has it), the sources on the next («всего | областной бюджет | местный
// бюджет», or «ФБ | ОБ | МБ»). Which column is which (year or over-all total, a source or the year's «всего»)
// is read from the two header rows by the vocabulary; null when the header is not of that shape.
import type { YearSpan } from '../../domain/model/year-span';
import type { FundingLayout } from './funding-layout';
import type { SheetView } from './sheet-view';
import { FUNDING_ROW, SOURCE_ABBREVIATIONS, formMatches, vocabularyForm } from './vocabulary';

export interface SubColumn {
  col: number;
  /** Index into `sources`; null for the group's «всего». */
  source: number | null;
}

export interface ColumnGroup {
  /** The year, or null for the over-all «Всего» group. */
  year: YearSpan | null;
  columns: SubColumn[];
}

export interface YearSourceColumns {
  /** The row of the sources' names (under the years). */
  row: number;
  /** The sources, named as printed where first written in full (or as the abbreviation stands for). */
  sources: { name: string; col: number }[];
  /** The over-all «Всего» group, then the years' groups in the order of `layout.years`. */
  total: ColumnGroup | null;
  years: ColumnGroup[];
}

type Label = { kind: 'total' } | { kind: 'source'; name: string; full: boolean };

function labelOf(text: string): Label | null {
  const form = vocabularyForm(text);
  if (form === '') return null;
  if (formMatches(form, FUNDING_ROW.total)) return { kind: 'total' };
  const short = SOURCE_ABBREVIATIONS[form];
  if (short) return { kind: 'source', name: short, full: false };
  if (formMatches(form, FUNDING_ROW.sourceWords)) return { kind: 'source', name: text.trim(), full: true };
  return null;
}

export function yearSourceColumns(view: SheetView, layout: FundingLayout): YearSourceColumns | null {
  if (layout.years.length === 0) return null;
  const row = layout.yearRow + 1;
  if (row >= view.height) return null;
  const starts = [...(layout.totalCol >= 0 ? [layout.totalCol] : []), ...layout.years.map((y) => y.col)].sort((a, b) => a - b);
  const width = starts.length > 1 ? starts[1] - starts[0] : 0;
  if (width < 2) return null;
  const groupOf = (start: number, next: number | undefined): Label[] | null => {
    const labels: Label[] = [];
    for (let col = start; col < (next ?? start + width); col++) {
      const label = labelOf(view.text(row, col));
      if (!label) return null;
      labels.push(label);
    }
    return labels;
  };
  const groups = new Map<number, Label[]>();
  for (let i = 0; i < starts.length; i++) {
    const labels = groupOf(starts[i], starts[i + 1]);
    if (!labels) return null;
    groups.set(starts[i], labels);
  }
  // Every group names the same sources, in the same order.
  const sourcesOf = (labels: Label[]) => labels.filter((l): l is Extract<Label, { kind: 'source' }> => l.kind === 'source');
  const first = sourcesOf(groups.get(starts[0])!);
  if (first.length === 0 || [...groups.values()].some((labels) => sourcesOf(labels).length !== first.length || labels.filter((l) => l.kind === 'total').length > 1)) return null;
  const sources = first.map((_, j) => {
    // The name as printed in full where a group writes it so; else what the abbreviation stands for.
    for (const start of starts) {
      const labels = groups.get(start)!;
      const s = sourcesOf(labels)[j];
      if (s.full) return { name: s.name, col: start + labels.indexOf(s) };
    }
    return { name: first[j].name, col: starts[0] + groups.get(starts[0])!.indexOf(first[j]) };
  });
  const group = (start: number, year: YearSpan | null): ColumnGroup => {
    let source = 0;
    return { year, columns: groups.get(start)!.map((l, k) => ({ col: start + k, source: l.kind === 'total' ? null : source++ })) };
  };
  return {
    row,
    sources,
    total: layout.totalCol >= 0 ? group(layout.totalCol, null) : null,
    years: layout.years.map((y) => group(y.col, y.year)),
  };
}
