// A funding table without subprogram blocks — the common shape of programs outside the Moscow region: a row
// per source and a "Всего"/"Итого" row (first or last, or none when there is one source), "в том числе:" and
// other captions on rows of their own, "из них …" rows that are parts of the source above, groups whose
// total stands on their first row ("1. Бюджетные ассигнования - итого") and rows that state the total once
// more ("По источникам финансирования:"). A row's label may run over several rows (a text table cut into lines).
import type { FundingPart, FundingRow, FundingTable } from '../../domain/model/funding';
import { DEFAULT_UNIT } from '../../domain/model/unit';
import { paths } from '../../domain/paths';
import { DASH_ONLY, readAmount } from './cell-value';
import { amountRow, recordLayout, recordRow, recordSources, totalColumnOf, type AmountRow } from './funding-reader';
import type { FundingLayout } from './funding-layout';
import { fundingReading } from './table-reading';
import { joinText, reportErrorInText, textCell, type TextCell } from './read-cell';
import type { ReadLog } from './read-log';
import { rowShift } from './row-shift';
import type { SheetView } from './sheet-view';
import { isTitleRow } from './table-boundary';
import { annexProgramTitle, titleBlockAbove } from './title-block';
import { FUNDING_ROW, formMatches, vocabularyForm } from './vocabulary';

interface Group {
  title: TextCell;
  /** Null for a section: a direction named on a row of its own ("Капитальные вложения"), with no total row. */
  total: AmountRow | null;
  sources: AmountRow[];
}

interface Part {
  parent: string;
  row: AmountRow;
}

export function readSourceTable(view: SheetView, layout: FundingLayout, limit: number, log: ReadLog): FundingTable {
  const title = annexProgramTitle(titleBlockAbove(view, layout.headerRow));
  const valueCols = [...(layout.totalCol >= 0 ? [layout.totalCol] : []), ...layout.years.map((y) => y.col)];
  const firstValue = Math.min(...valueCols);
  const lastValue = Math.max(...valueCols);
  const sources: AmountRow[] = [];
  const groups: Group[] = [];
  const parts: Part[] = [];
  const repeats: AmountRow[] = [];
  let total: AmountRow | null = null;
  /** The last row read with amounts, whose label a following text-only row may continue. */
  let last: AmountRow | null = null;
  let seenData = false;
  /** A caption on a row of its own, waiting for the source rows under it to say it opens a section. */
  let caption: TextCell | null = null;
  /** The rows under a "Всего" caption are the table's sources by source (the total stated by source only). */
  let totalBySourceOnly = false;

  for (let row = layout.firstDataRow; row < limit; row++) {
    if (view.isBlankRow(row)) continue;
    if (isTitleRow(view, row)) break;
    const offset = valueCols.length > 0 ? rowShift(view, row, firstValue, lastValue) : 0;
    const label = rowLabel(view, row, layout, offset, firstValue);
    reportErrorInText(view, row, layout.sourceCol + offset, log);
    // A dash is an amount printed (nothing, i.e. zero): "Другие источники | - | - | -" is a source's row.
    const hasValues = valueCols.some((col) => readAmount(view.cell(row, col + offset)).kind !== 'empty' || DASH_ONLY.test(view.text(row, col + offset)));
    const form = vocabularyForm(label.text);
    if (!hasValues) {
      // A label going on over the next line ("Фонд социальной" / "поддержки населения"), or a caption.
      if (last && label.text !== '' && /^[а-яёa-z(]/.test(label.text) && !formMatches(form, FUNDING_ROW.including)) last.label.text = joinText(last.label.text, label.text);
      else if (!seenData && label.text === '') {
        // The header going on ("(тыс. руб.)" under "Общая стоимость").
      } else if (label.text !== '' && !formMatches(form, FUNDING_ROW.including)) caption = label;
      continue;
    }
    seenData = true;
    const read = amountRow(view, row, layout, offset, label);
    last = read;
    // "Всего" / "Капитальные вложения" on a row of its own over source rows: the sections of a table by
    // direction of expenditure, each a row per source; the "Всего" section is the table's sources.
    if (caption !== null && isSourceLabel(form)) {
      if (formMatches(vocabularyForm(caption.text), FUNDING_ROW.total) && sources.length === 0 && groups.length === 0) totalBySourceOnly = true;
      else if (totalBySourceOnly) groups.push({ title: caption, total: null, sources: [] });
    }
    caption = null;
    if (formMatches(form, FUNDING_ROW.totalRepeat)) repeats.push(read);
    else if (formMatches(form, FUNDING_ROW.ofWhich)) parts.push({ parent: lastSource(sources, groups)?.label.text ?? '', row: read });
    else if (isGroupTotal(form)) groups.push({ title: label, total: read, sources: [] });
    else if (formMatches(form, FUNDING_ROW.total) && total === null && groups.length === 0) total = read;
    else if (formMatches(form, FUNDING_ROW.total)) repeats.push(read);
    else if (groups.length > 0) groups[groups.length - 1].sources.push(read);
    else sources.push(read);
  }

  recordLayout(view, layout, log);
  const ofWhich: FundingPart[] = parts.map((p, i) => ({
    ...recordRow(p.row, layout, log, paths.fundingPart(i), (c) => paths.fundingPartCell(i, c), p.row.label.text),
    parent: p.parent,
  }));
  const totalRepeats: FundingRow[] = repeats.map((r, i) => recordRow(r, layout, log, paths.fundingTotalRepeat(i), (c) => paths.fundingTotalRepeatCell(i, c), r.label.text));
  const table: FundingTable = {
    title: title?.text ?? null,
    ...(layout.unit && layout.unit !== DEFAULT_UNIT ? { unit: layout.unit } : {}),
    years: layout.years.map((y) => y.year),
    ...totalColumnOf(layout),
    subprograms: groups.map((g, i) => {
      log.record(paths.fundingSubprogram(i), g.title.ref);
      return {
        title: g.title.text,
        ...(g.total === null ? { section: true } : {}),
        sources: recordSources(g.sources, layout, log, (key) => paths.fundingSource(i, key), (key, c) => paths.fundingSourceCell(i, key, c)),
        total: g.total === null ? null : recordRow(g.total, layout, log, paths.fundingSubtotal(i), (c) => paths.fundingSubtotalCell(i, c), ''),
      };
    }),
    // No row of all sources: the total is stated by source only — under a "Всего" caption, or by source rows
    // that no total row sums up ("Федеральный бюджет | …", "Областной бюджет | …" and nothing under them).
    ...((totalBySourceOnly || (groups.length === 0 && sources.length > 0)) && total === null ? { totalBySourceOnly: true } : {}),
    total: total ? recordRow(total, layout, log, paths.fundingTotal, (c) => paths.fundingTotalCell(c), '') : null,
    totalBySource: recordSources(sources, layout, log, (key) => paths.fundingBySource(key), (key, c) => paths.fundingBySourceCell(key, c)),
    ...(ofWhich.length > 0 ? { ofWhich } : {}),
    ...(totalRepeats.length > 0 ? { totalRepeats } : {}),
  };
  log.read(fundingReading(table, view.ref(layout.headerRow, layout.headerCol), 'sources', layout.unitSource));
  return table;
}

/** A row that names a source of money: "Областной бюджет *", "Другие источники", "средства местного бюджета". */
function isSourceLabel(form: string): boolean {
  return formMatches(form, FUNDING_ROW.sourceWords);
}

/** "1. Бюджетные ассигнования - итого", "2. Иные источники (справочно) - итого:": a group's total on its first row. */
function isGroupTotal(form: string): boolean {
  const words = form.split(' ');
  return words.length > 1 && !formMatches(form, FUNDING_ROW.total) && words[words.length - 1].startsWith('итого');
}

function lastSource(sources: readonly AmountRow[], groups: readonly Group[]): AmountRow | null {
  const group = groups[groups.length - 1];
  const list = group && group.sources.length > 0 ? group.sources : sources;
  return list[list.length - 1] ?? null;
}

/** The row's label: the source column's text, else the text nearest to the left of the amounts. */
function rowLabel(view: SheetView, row: number, layout: FundingLayout, offset: number, firstValue: number): TextCell {
  const own = textCell(view, row, layout.sourceCol + offset);
  if (own.text !== '') return own;
  // From the row's last cell at most: a table with no column of amounts has firstValue Infinity (Math.min of none),
  // and a loop from there never ended.
  for (let col = Math.min(firstValue + offset, view.rowLength(row)) - 1; col >= 0; col--) {
    const text = view.text(row, col);
    if (text !== '' && /[а-яёa-z]/i.test(text)) return textCell(view, row, col);
  }
  return own;
}
