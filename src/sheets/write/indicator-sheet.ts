// Приложение №2 "Планируемые результаты реализации муниципальной программы" in the official layout:
// the header with the merged "Планируемое значение показателя…" over the years, the column-number row,
// subprogram rows across the width, activities merged down their indicators, drop-downs for units and types.
import { DEFAULT_CONFIG, type RulesConfig } from '../../domain/config';
import type { IndicatorTable } from '../../domain/model/indicators';
import type { Program } from '../../domain/model/program';
import { yearSpanLabel } from '../../domain/model/year-span';
import type { Grid } from '../grid';
import { bold, CENTER_STYLE, HEADER_STYLE, indicatorValueCell, TEXT_STYLE } from './cell-styles';
import { GridBuilder } from './grid-builder';
import { writeAnnexTitleBlock } from './title-block';

export const INDICATOR_SHEET_NAME = 'Приложение 2';
export const INDICATOR_HEADING = 'Планируемые результаты реализации муниципальной программы';
export const INDICATOR_HEADER = {
  number: '№ п/п',
  activity: 'Основные мероприятия',
  indicator: 'Количественные и/или качественные целевые показатели, характеризующие реализацию основных мероприятий',
  unit: 'Единица измерения',
  type: 'Тип показателя',
  base: 'Базовое значение показателя',
  plan: 'Планируемое значение показателя по годам реализации муниципальной программы',
} as const;

const COL_NUMBER = 0;
const COL_ACTIVITY = 1;
const COL_NAME = 2;
const COL_UNIT = 3;
const COL_TYPE = 4;
const COL_BASE = 5;
const COL_FIRST_YEAR = 6;

export interface IndicatorSheetOptions {
  config?: RulesConfig;
}

export function writeIndicatorSheet(program: Program, options: IndicatorSheetOptions = {}): Grid {
  const config = options.config ?? DEFAULT_CONFIG;
  const table: IndicatorTable = program.indicators ?? { title: null, years: [], subprograms: [] };
  const years = table.years.length > 0 ? table.years : [program.period];
  const width = COL_FIRST_YEAR + years.length;
  const lastCol = width - 1;
  const sheet = new GridBuilder(INDICATOR_SHEET_NAME);

  const headerTop = writeAnnexTitleBlock(sheet, 'Приложение № 2', INDICATOR_HEADING, program.title, width);
  const headerBottom = headerTop + 1;
  const numbersRow = headerBottom + 1;
  const fixed: [number, string][] = [
    [COL_NUMBER, INDICATOR_HEADER.number],
    [COL_ACTIVITY, INDICATOR_HEADER.activity],
    [COL_NAME, INDICATOR_HEADER.indicator],
    [COL_UNIT, INDICATOR_HEADER.unit],
    [COL_TYPE, INDICATOR_HEADER.type],
    [COL_BASE, INDICATOR_HEADER.base],
  ];
  for (const [col, text] of fixed) sheet.setMerged({ top: headerTop, left: col, bottom: headerBottom, right: col }, { value: text, style: HEADER_STYLE });
  sheet.setMerged({ top: headerTop, left: COL_FIRST_YEAR, bottom: headerTop, right: lastCol }, { value: INDICATOR_HEADER.plan, style: HEADER_STYLE });
  years.forEach((y, i) => sheet.set(headerBottom, COL_FIRST_YEAR + i, { value: yearSpanLabel(y), style: HEADER_STYLE }));
  for (let col = 0; col < width; col++) sheet.set(numbersRow, col, { value: col + 1, style: { ...HEADER_STYLE, bold: false } });

  let row = numbersRow + 1;
  const indicatorRanges: { top: number; bottom: number }[] = [];
  for (const sub of table.subprograms) {
    sheet.set(row, COL_NUMBER, { value: sub.number || null, style: bold(CENTER_STYLE) });
    sheet.setMerged({ top: row, left: COL_ACTIVITY, bottom: row, right: lastCol }, { value: sub.title || null, style: bold(TEXT_STYLE) });
    row++;
    for (const activity of sub.activities) {
      const indicators = activity.indicators.length > 0 ? activity.indicators : [{ name: '', unit: '', type: '', base: null, plan: [] }];
      const first = row;
      const last = first + indicators.length - 1;
      sheet.setMerged({ top: first, left: COL_NUMBER, bottom: last, right: COL_NUMBER }, { value: activity.number || null, style: CENTER_STYLE });
      sheet.setMerged({ top: first, left: COL_ACTIVITY, bottom: last, right: COL_ACTIVITY }, { value: activity.title || null, style: TEXT_STYLE });
      for (const indicator of indicators) {
        const blank = indicator.name.trim() === '';
        sheet.set(row, COL_NAME, { value: indicator.name || null, style: TEXT_STYLE });
        sheet.set(row, COL_UNIT, { value: indicator.unit || null, style: CENTER_STYLE });
        sheet.set(row, COL_TYPE, { value: indicator.type || null, style: CENTER_STYLE });
        // A missing base value is written "-" as the published tables do; an empty template row stays empty.
        sheet.set(row, COL_BASE, indicatorValueCell(indicator.base, blank ? '' : '-'));
        years.forEach((_, i) => sheet.set(row, COL_FIRST_YEAR + i, indicatorValueCell(indicator.plan[i] ?? null, '')));
        row++;
      }
      indicatorRanges.push({ top: first, bottom: last });
    }
  }

  const units = dictionary(config.units, table.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators.map((i) => i.unit))));
  const types = dictionary(config.indicatorTypes, table.subprograms.flatMap((s) => s.activities.flatMap((a) => a.indicators.map((i) => i.type))));
  if (indicatorRanges.length > 0) {
    // One range over all indicator rows: the subprogram rows between them are merged across, so the list is inert there.
    const top = indicatorRanges[0].top;
    const bottom = indicatorRanges[indicatorRanges.length - 1].bottom;
    sheet.list({ top, left: COL_UNIT, bottom, right: COL_UNIT }, units);
    sheet.list({ top, left: COL_TYPE, bottom, right: COL_TYPE }, types);
  }

  return sheet.build({
    columnWidths: [7, 34, 52, 11, 16, 12, ...years.map(() => 10)],
    printTitleRows: [headerTop, numbersRow],
    orientation: 'landscape',
    fitToWidth: true,
  });
}

/** The configured dictionary, then any value the table uses that it lacks (so the drop-down offers what is there). */
function dictionary(configured: readonly string[], used: readonly string[]): string[] {
  return [...new Set([...configured, ...used].map((v) => v.trim()).filter((v) => v !== ''))];
}
