// The passport in the official layout: the title block, then a two-column table of label and value.
// "Источники финансирования" is the published paragraph, or a small table of sources by year.
import { DEFAULT_CONFIG, type RulesConfig } from '../../domain/config';
import type { Passport, PassportFunding } from '../../domain/model/passport';
import type { Program } from '../../domain/model/program';
import { periodLabel, yearSpanKey, yearSpanLabel, type YearSpan } from '../../domain/model/year-span';
import { passportFundingParagraph } from '../../domain/passport-paragraph';
import { keepDigitGroups } from '../../domain/text/keep-digit-groups';
import type { Grid } from '../grid';
import { amountCell, bold, HEADER_STYLE, NUMBER_STYLE, TEXT_STYLE } from './cell-styles';
import { GridBuilder } from './grid-builder';
import { quotedTitle, writeTitleLines } from './title-block';

export const PASSPORT_SHEET_NAME = 'Паспорт';
export const PASSPORT_LABELS = {
  name: 'Наименование муниципальной программы',
  grounds: 'Основания разработки муниципальной программы',
  goals: 'Цели муниципальной программы',
  customer: 'Муниципальный заказчик муниципальной программы',
  coordinator: 'Координатор муниципальной программы',
  period: 'Сроки реализации муниципальной программы',
  subprograms: 'Перечень подпрограмм муниципальной программы',
  funding: 'Источники финансирования муниципальной программы',
  results: 'Планируемые результаты реализации муниципальной программы',
  control: 'Контроль за реализацией муниципальной программы',
} as const;

/** Rows that the published passport puts after the funding section. */
const AFTER_FUNDING: readonly string[] = [PASSPORT_LABELS.results, PASSPORT_LABELS.control];

const LABEL_STYLE = { ...TEXT_STYLE, bold: false };

export interface PassportSheetOptions {
  config?: RulesConfig;
}

export function writePassportSheet(program: Program, options: PassportSheetOptions = {}): Grid {
  const config = options.config ?? DEFAULT_CONFIG;
  const passport: Passport = program.passport ?? { periodText: null, period: null, subprograms: [], funding: null, fields: [] };
  const funding = passport.funding;
  const fundingYears = funding?.form === 'table' ? tableYears(funding) : [];
  // A funding table needs Источник | Всего | years beside the label; otherwise label | value.
  const width = funding?.form === 'table' ? 3 + fundingYears.length : 2;
  const lastCol = width - 1;
  const sheet = new GridBuilder(PASSPORT_SHEET_NAME);

  writeTitleLines(sheet, ['МУНИЦИПАЛЬНАЯ ПРОГРАММА', program.municipality, quotedTitle(program.title), null, '1. Паспорт Программы', null], width, 'title');

  // A value of several paragraphs takes one row per paragraph, the label merged down beside them:
  // what Excel makes of a Word table cell pasted into a sheet.
  const field = (label: string, value: string): void => {
    const top = sheet.height;
    const paragraphs = value.split('\n');
    sheet.setMerged({ top, left: 0, bottom: top + paragraphs.length - 1, right: 0 }, { value: label, style: LABEL_STYLE });
    paragraphs.forEach((text, k) => sheet.setMerged({ top: top + k, left: 1, bottom: top + k, right: lastCol }, { value: text === '' ? null : text, style: TEXT_STYLE }));
  };

  const before = passport.fields.filter((f) => !AFTER_FUNDING.includes(f.label.trim()));
  const after = passport.fields.filter((f) => AFTER_FUNDING.includes(f.label.trim()));
  for (const f of before) field(f.label, f.value);
  field(PASSPORT_LABELS.period, passport.periodText ?? periodLabel(passport.period ?? program.period));
  field(PASSPORT_LABELS.subprograms, passport.subprograms.join('\n'));
  if (funding === null) field(PASSPORT_LABELS.funding, '');
  else if (funding.form === 'paragraph') field(PASSPORT_LABELS.funding, keepDigitGroups(passportFundingParagraph(funding, config.precision)));
  else writeFundingTable(sheet, funding, fundingYears, config.precision);
  for (const f of after) field(f.label, f.value);

  return sheet.build({
    columnWidths: width === 2 ? [40, 100] : [34, 34, 14, ...fundingYears.map(() => 12)],
    orientation: width === 2 ? 'portrait' : 'landscape',
    fitToWidth: true,
  });
}

/** The years of a funding table: those of "Всего", then any a source adds, in order. */
function tableYears(funding: PassportFunding): YearSpan[] {
  const seen = new Map<string, YearSpan>();
  for (const y of [...funding.years, ...funding.sources.flatMap((s) => s.years)]) seen.set(yearSpanKey(y.year), y.year);
  return [...seen.values()].sort((a, b) => a.from - b.from);
}

/** Label merged down; beside it "Источник финансирования | Всего, тыс. руб. | 2020 год …", a "Всего" row and the sources. */
function writeFundingTable(sheet: GridBuilder, funding: PassportFunding, years: readonly YearSpan[], precision: number): void {
  const top = sheet.height;
  const rows = [{ name: 'Всего', total: funding.total, years: funding.years, isTotal: true }, ...funding.sources.map((s) => ({ ...s, isTotal: false }))];
  sheet.setMerged({ top, left: 0, bottom: top + rows.length, right: 0 }, { value: PASSPORT_LABELS.funding, style: LABEL_STYLE });
  sheet.set(top, 1, { value: 'Источник финансирования', style: HEADER_STYLE });
  sheet.set(top, 2, { value: 'Всего, тыс. руб.', style: HEADER_STYLE });
  years.forEach((y, i) => sheet.set(top, 3 + i, { value: yearSpanLabel(y), style: HEADER_STYLE }));
  rows.forEach((r, k) => {
    const row = top + 1 + k;
    const style = r.isTotal ? bold(TEXT_STYLE) : TEXT_STYLE;
    sheet.set(row, 1, { value: r.name, style });
    const amountStyle = r.isTotal ? bold(NUMBER_STYLE) : NUMBER_STYLE;
    sheet.set(row, 2, amountCell(r.total, precision, amountStyle));
    years.forEach((y, i) => {
      const amount = r.years.find((a) => yearSpanKey(a.year) === yearSpanKey(y))?.amount ?? null;
      sheet.set(row, 3 + i, amountCell(amount, precision, amountStyle));
    });
  });
}
