// Приложение №1 "Объем финансовых ресурсов…" in the official layout: a two-row header, each subprogram's
// source rows with its title merged down them, "Всего по подпрограмме", "ИТОГО по муниципальной программе"
// and the "в том числе:" rows. Every total is a formula; its cached result is the amount the model states,
// so that a workbook written from a published table still shows (and reads back) the published numbers.
import { fromScaled, sumScaled, toScaled, type Decimal } from '../../domain/amount';
import { DEFAULT_CONFIG, type RulesConfig } from '../../domain/config';
import type { FundingRow, FundingTable } from '../../domain/model/funding';
import type { Program } from '../../domain/model/program';
import { unitOf, unitPrecision, type Unit } from '../../domain/model/unit';
import { yearSpanLabel } from '../../domain/model/year-span';
import { sourceCategory } from '../../domain/sources';
import { numberToRoman, parseSubprogramTitle } from '../../domain/subprogram-title';
import { columnLetters, toA1 } from '../address';
import type { Grid } from '../grid';
import { amountCell, bold, formulaCell, HEADER_STYLE, NUMBER_STYLE, TEXT_STYLE } from './cell-styles';
import { GridBuilder } from './grid-builder';
import { writeAnnexTitleBlock } from './title-block';

export const FUNDING_SHEET_NAME = 'Приложение 1';
export const FUNDING_HEADING = 'Объем финансовых ресурсов, необходимых для реализации мероприятий муниципальной программы';
export const FUNDING_HEADER = {
  subprogram: 'Наименование подпрограммы',
  source: 'Источник финансирования',
  total: 'Общий объем финансовых ресурсов, тыс. руб.',
  years: 'в том числе по годам реализации муниципальной программы, тыс. руб.:',
  programTotal: 'ИТОГО по муниципальной программе',
  bySource: 'в том числе:',
} as const;

/** The header's words about amounts, in the table's unit ("…, млн руб." for a table in millions). */
export function fundingHeaderInUnit(unit: Unit): { total: string; years: string } {
  return {
    total: FUNDING_HEADER.total.replace('тыс. руб.', unit),
    years: FUNDING_HEADER.years.replace('тыс. руб.', unit),
  };
}

const COL_TITLE = 0;
const COL_SOURCE = 1;
const COL_TOTAL = 2;
const COL_FIRST_YEAR = 3;

export interface FundingSheetOptions {
  config?: RulesConfig;
}

/** "Всего по подпрограмме I": the numeral as the title writes it, else the block's position. */
export function subprogramTotalLabel(title: string, index: number): string {
  return `Всего по подпрограмме ${parseSubprogramTitle(title).numeral ?? numberToRoman(index + 1)}`;
}

export function writeFundingSheet(program: Program, options: FundingSheetOptions = {}): Grid {
  const config = options.config ?? DEFAULT_CONFIG;
  const table: FundingTable = program.funding ?? { title: null, years: [], subprograms: [], total: null, totalBySource: [] };
  // The table's own unit: its header says it, and its amounts keep that unit's decimals (3 in млн руб.).
  const unit = unitOf(table);
  const precision = unitPrecision(unit, config.precision);
  const header = fundingHeaderInUnit(unit);
  const years = table.years.length > 0 ? table.years : [program.period];
  const width = COL_FIRST_YEAR + years.length;
  const lastCol = width - 1;
  const sheet = new GridBuilder(FUNDING_SHEET_NAME);

  const headerTop = writeAnnexTitleBlock(sheet, 'Приложение №1', FUNDING_HEADING, program.title, width);
  const headerBottom = headerTop + 1;
  for (const [col, text] of [[COL_TITLE, FUNDING_HEADER.subprogram], [COL_SOURCE, FUNDING_HEADER.source], [COL_TOTAL, header.total]] as const) {
    sheet.setMerged({ top: headerTop, left: col, bottom: headerBottom, right: col }, { value: text, style: HEADER_STYLE });
  }
  sheet.setMerged({ top: headerTop, left: COL_FIRST_YEAR, bottom: headerTop, right: lastCol }, { value: header.years, style: HEADER_STYLE });
  years.forEach((y, i) => sheet.set(headerBottom, COL_FIRST_YEAR + i, { value: yearSpanLabel(y), style: HEADER_STYLE }));

  /** Sums of a set of rows, per column (total first), exact. */
  const yearSum = (r: FundingRow): Decimal => fromScaled(sumScaled(r.years.map((y) => toScaled(y ?? '0', precision))), precision);
  // A row without its "Общий объем" counts with the sum of its years, as its formula computes it.
  const sumRows = (rows: readonly FundingRow[]): Decimal[] =>
    [(r: FundingRow) => r.total ?? yearSum(r), ...years.map((_, i) => (r: FundingRow) => r.years[i] ?? null)].map((get) =>
      fromScaled(sumScaled(rows.map((r) => toScaled(get(r) ?? '0', precision))), precision),
    );
  const cached = (stated: FundingRow | null, computed: Decimal[], column: number): Decimal => {
    if (!stated) return computed[column];
    const v = column === 0 ? stated.total : (stated.years[column - 1] ?? null);
    return v ?? computed[column];
  };
  const amountColumns = [COL_TOTAL, ...years.map((_, i) => COL_FIRST_YEAR + i)];

  const sourceRows: { row: number; name: string; values: FundingRow }[] = [];
  const subtotalRows: { row: number; values: Decimal[] }[] = [];
  let row = headerBottom + 1;
  table.subprograms.forEach((sub, index) => {
    const sources = sub.sources.length > 0 ? sub.sources : [{ source: '', total: null, years: [] }];
    const first = row;
    sheet.setMerged({ top: first, left: COL_TITLE, bottom: first + sources.length - 1, right: COL_TITLE }, { value: sub.title || null, style: TEXT_STYLE });
    for (const source of sources) {
      sheet.set(row, COL_SOURCE, { value: source.source || null, style: TEXT_STYLE });
      sheet.set(row, COL_TOTAL, formulaCell(`SUM(${toA1(row, COL_FIRST_YEAR)}:${toA1(row, lastCol)})`, source.total ?? yearSum(source), precision, NUMBER_STYLE));
      years.forEach((_, i) => sheet.set(row, COL_FIRST_YEAR + i, amountCell(source.years[i] ?? null, precision)));
      sourceRows.push({ row, name: source.source, values: source });
      row++;
    }
    const last = row - 1;
    const computed = sumRows(sources);
    sheet.setMerged({ top: row, left: COL_TITLE, bottom: row, right: COL_SOURCE }, { value: subprogramTotalLabel(sub.title, index), style: bold(TEXT_STYLE) });
    const values = amountColumns.map((_, k) => cached(sub.total, computed, k));
    amountColumns.forEach((col, k) => sheet.set(row, col, formulaCell(`SUM(${toA1(first, col)}:${toA1(last, col)})`, values[k], precision)));
    subtotalRows.push({ row, values });
    row++;
  });

  // ИТОГО: the sum of the subprogram totals.
  const totalRow = row;
  sheet.setMerged({ top: totalRow, left: COL_TITLE, bottom: totalRow, right: COL_SOURCE }, { value: FUNDING_HEADER.programTotal, style: bold(TEXT_STYLE) });
  amountColumns.forEach((col, k) => {
    const formula = subtotalRows.length > 0 ? subtotalRows.map((s) => toA1(s.row, col)).join('+') : '0';
    const computed = fromScaled(sumScaled(subtotalRows.map((s) => toScaled(s.values[k], precision))), precision);
    sheet.set(totalRow, col, formulaCell(formula, cached(table.total, amountColumns.map(() => computed), k), precision));
  });
  row++;

  // "в том числе:": one row per source, summing that source over the subprograms.
  const bySource = table.totalBySource.length > 0 ? table.totalBySource : distinctSources(sourceRows.map((s) => s.values));
  if (bySource.length > 0) {
    const first = row;
    sheet.setMerged({ top: first, left: COL_TITLE, bottom: first + bySource.length - 1, right: COL_TITLE }, { value: FUNDING_HEADER.bySource, style: TEXT_STYLE });
    const sourceTop = sourceRows.length > 0 ? sourceRows[0].row : first;
    const sourceBottom = sourceRows.length > 0 ? sourceRows[sourceRows.length - 1].row : first;
    for (const source of bySource) {
      sheet.set(row, COL_SOURCE, { value: source.source || null, style: TEXT_STYLE });
      const category = sourceCategory(source.source);
      const sameCategory = sourceRows.filter((s) => (category !== null ? sourceCategory(s.name) === category : s.name.trim() === source.source.trim()));
      const sameName = sourceRows.filter((s) => s.name.trim() === source.source.trim());
      const useSumIf = source.source.trim() !== '' && sameName.length === sameCategory.length;
      const computed = sumRows(sameCategory.map((s) => s.values));
      amountColumns.forEach((col, k) => {
        const formula = useSumIf
          ? `SUMIF(${absolute(sourceTop, COL_SOURCE)}:${absolute(sourceBottom, COL_SOURCE)},$${toA1(row, COL_SOURCE)},${toA1(sourceTop, col)}:${toA1(sourceBottom, col)})`
          : sameCategory.length > 0
            ? sameCategory.map((s) => toA1(s.row, col)).join('+')
            : '0';
        sheet.set(row, col, formulaCell(formula, cached(source, computed, k), precision, NUMBER_STYLE));
      });
      row++;
    }
    const names = [...new Set([...config.sources, ...sourceRows.map((s) => s.name), ...bySource.map((s) => s.source)].map((n) => n.trim()).filter((n) => n !== ''))];
    if (sourceRows.length > 0) sheet.list({ top: sourceTop, left: COL_SOURCE, bottom: sourceBottom, right: COL_SOURCE }, names);
    sheet.list({ top: first, left: COL_SOURCE, bottom: row - 1, right: COL_SOURCE }, names);
  }

  return sheet.build({
    columnWidths: [42, 30, 16, ...years.map(() => 13)],
    printTitleRows: [headerTop, headerBottom],
    orientation: 'landscape',
    fitToWidth: true,
  });
}

/** The sources of the subprograms, each name once, in order of appearance (for a table without "в том числе"). */
function distinctSources(rows: readonly FundingRow[]): FundingRow[] {
  const seen = new Set<string>();
  const out: FundingRow[] = [];
  for (const r of rows) {
    const key = sourceCategory(r.source) ?? r.source.trim();
    if (r.source.trim() === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ source: r.source, total: null, years: [] });
  }
  return out;
}

/** "$B$10": a reference that stays put when the formula is copied. */
function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}
