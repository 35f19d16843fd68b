// A funding table with the sources under each year (see year-source-columns): each data row is a subprogram
// (or an activity) — its «всего» sub-columns its total, a source per sub-column — and the «Итого»/«Всего» row
// is the program's total and its sources. The model is the one every funding table reads into, so the
// F-rules check this structure as any other (F001 a source's years, F002 a subprogram, F003/F004 the program).
import type { FundingTable } from '../../domain/model/funding';
import { DEFAULT_UNIT } from '../../domain/model/unit';
import { paths } from '../../domain/paths';
import { recordLayout, recordRow, recordSources, unclassified, type AmountRow } from './funding-reader';
import type { FundingLayout } from './funding-layout';
import { joinText, readAmountCell, reportErrorInText, textCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { fundingReading } from './table-reading';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { FUNDING_ROW, formMatches, vocabularyForm } from './vocabulary';
import { isColumnNumberRow } from './year-columns';
import type { ColumnGroup, YearSourceColumns } from './year-source-columns';

interface Block {
  title: TextCell;
  total: AmountRow | null;
  sources: AmountRow[];
}

export function readYearSourceTable(view: SheetView, layout: FundingLayout, columns: YearSourceColumns, limit: number, log: ReadLog): FundingTable {
  const title = annexProgramTitle(titleBlockAbove(view, layout.headerRow));
  const labelCol = layout.nameCol >= 0 ? layout.nameCol : layout.sourceCol >= 0 ? layout.sourceCol : layout.headerCol;
  const groups = [...(columns.total ? [columns.total] : []), ...columns.years];
  const cols = groups.flatMap((g) => g.columns.map((c) => c.col));
  const hasTotals = groups.every((g) => g.columns.some((c) => c.source === null));
  // The amounts of a row under one source (null: the groups' «всего»), as a row of the model.
  const colOf = (group: ColumnGroup | null, source: number | null): number => group?.columns.find((c) => c.source === source)?.col ?? -1;
  const rowOf = (row: number, label: TextCell, source: number | null): AmountRow => ({
    label,
    total: readAmountCell(view, row, colOf(columns.total, source)),
    years: columns.years.map((g) => readAmountCell(view, row, colOf(g, source))),
    shift: null,
  });
  const sourceRows = (row: number): AmountRow[] => columns.sources.map((s, j) => rowOf(row, { text: s.name, ref: view.ref(columns.row, s.col) }, j));

  const blocks: Block[] = [];
  let total: AmountRow | null = null;
  let bySource: AmountRow[] = [];
  const first = isColumnNumberRow(view, columns.row + 1) ? columns.row + 2 : columns.row + 1;
  for (let row = first; row < limit; row++) {
    if (view.isBlankRow(row)) continue;
    if (isTitleRow(view, row)) break;
    const label = textCell(view, row, labelCol);
    reportErrorInText(view, row, labelCol, log);
    const hasValues = cols.some((col) => view.text(row, col) !== '');
    const form = vocabularyForm(label.text);
    if (!hasValues) {
      // A name going on over the next line, or a caption of no amounts.
      const last = blocks[blocks.length - 1];
      if (last && label.text !== '' && /^[а-яёa-z(«"]/.test(label.text)) last.title.text = joinText(last.title.text, label.text);
      else if (label.text !== '') unclassified(view, row, log);
      continue;
    }
    if (total === null && (formMatches(form, FUNDING_ROW.programTotal) || formMatches(form, FUNDING_ROW.total))) {
      total = rowOf(row, label, null);
      bySource = sourceRows(row);
      continue;
    }
    blocks.push({ title: label, total: hasTotals ? rowOf(row, { text: '', ref: label.ref }, null) : null, sources: sourceRows(row) });
  }

  // The row's model: the total column is the «Всего» group's «всего», when the table has one.
  const rowLayout: FundingLayout = { ...layout, totalCol: columns.total ? colOf(columns.total, null) : -1 };
  recordLayout(view, layout, log);
  const table: FundingTable = {
    title: title?.text ?? null,
    ...(layout.unit && layout.unit !== DEFAULT_UNIT ? { unit: layout.unit } : {}),
    years: layout.years.map((y) => y.year),
    ...(columns.total ? {} : { totalColumn: 'none' as const }),
    subprograms: blocks.map((block, i) => {
      log.record(paths.fundingSubprogram(i), block.title.ref);
      return {
        title: block.title.text,
        // Without «всего» sub-columns a row states no total of its own: a section, not a subprogram missing one.
        ...(block.total === null ? { section: true } : {}),
        sources: recordSources(block.sources, rowLayout, log, (key) => paths.fundingSource(i, key), (key, c) => paths.fundingSourceCell(i, key, c)),
        total: block.total ? recordRow(block.total, rowLayout, log, paths.fundingSubtotal(i), (c) => paths.fundingSubtotalCell(i, c), '') : null,
      };
    }),
    total: total && hasTotals ? recordRow(total, rowLayout, log, paths.fundingTotal, (c) => paths.fundingTotalCell(c), '') : null,
    ...(total && !hasTotals ? { totalBySourceOnly: true as const } : {}),
    totalBySource: recordSources(bySource, rowLayout, log, (key) => paths.fundingBySource(key), (key, c) => paths.fundingBySourceCell(key, c)),
  };
  log.read(fundingReading(table, view.ref(layout.headerRow, layout.headerCol), 'blocks', layout.unitSource));
  return table;
}
