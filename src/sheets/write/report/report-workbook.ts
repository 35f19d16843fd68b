// The report workbook laid out from a program version (docs/design/REPORTS.md): form R1 «Выполнение мероприятий
// муниципальной программы» and form R2 «Достижение планируемых результатов», each under a title block that
// names the program, the municipality and the period. «План на <год>» is pre-filled from Приложение 1/2;
// totals are formulas over their lines, percentages formulas over plan and fact (one decimal); the source
// column has a drop-down of the program's sources; landscape, fitted to the page width, the header repeated.
import { DEFAULT_CONFIG, type RulesConfig } from '../../../domain/config';
import { indicatorDirection } from '../../../domain/indicator-direction';
import type { Program } from '../../../domain/model/program';
import type { ProgramReference, ProgramReport, ReportFundingLine } from '../../../domain/reporting/model';
import { periodShort, periodTitle, type ReportPeriod } from '../../../domain/reporting/period';
import { reportFromProgram } from '../../../domain/reporting/report-from-program';
import { programReferenceText } from '../../../domain/reporting/program-reference-text';
import { reportTotals, type ReportLine } from '../../../domain/reporting/report-totals';
import { columnLetters } from '../../address';
import type { Grid, GridCell } from '../../grid';
import { amountCell, bold, CENTER_STYLE, HEADER_STYLE, indicatorValueCell, NUMBER_STYLE, TEXT_STYLE, writtenDecimalsFormat } from '../cell-styles';
import { GridBuilder } from '../grid-builder';
import { writeTitleLines } from '../title-block';

export const FUNDING_FORM_SHEET = 'Форма R1';
export const INDICATOR_FORM_SHEET = 'Форма R2';
export const FUNDING_FORM_HEADING = 'Выполнение мероприятий муниципальной программы';
export const INDICATOR_FORM_HEADING = 'Достижение планируемых результатов';

const PRECISION = 1;
const PERCENT_FORMAT = '0.0';

// Form R1's columns.
const F = { number: 0, name: 1, source: 2, plan: 3, financed: 4, spent: 5, percent: 6, reason: 7 } as const;
// Form R2's columns.
const I = { number: 0, name: 1, unit: 2, base: 3, plan: 4, fact: 5, percent: 6, reason: 7 } as const;
const WIDTH = 8;

export interface ReportWorkbookOptions {
  config?: RulesConfig;
  /** The stored program version the report refers to. */
  reference?: ProgramReference;
}

/** The two forms of a report on `program` for `period`, blank but for the plan. */
export function writeReportTemplate(program: Program, period: ReportPeriod, options: ReportWorkbookOptions = {}): Grid[] {
  return writeReportWorkbook(reportFromProgram(program, period, options.reference), options);
}

/** A report laid out as the two forms (its facts, where it has them, written as values). */
export function writeReportWorkbook(report: ProgramReport, options: ReportWorkbookOptions = {}): Grid[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const grids: Grid[] = [];
  if (report.funding) grids.push(fundingForm(report));
  if (report.indicators) grids.push(indicatorForm(report, config));
  return grids;
}

/**
 * The title lines above a form; `money`: the form of amounts (R1), whose unit is stated under the heading. R2's
 * indicators have their own units (its column «Единица измерения»): its line stays blank, so both forms keep one layout.
 */
function titleBlock(sheet: GridBuilder, report: ProgramReport, heading: string, money: boolean): number {
  const period = report.period ? periodTitle(report.period).ru : (report.periodText ?? '');
  const reference = programReferenceText(report.program);
  const lines = [
    'Отчёт о реализации муниципальной программы',
    (report.title.trim() === '' ? '' : `«${report.title.trim()}»`) + (report.programPeriod ? ` на ${report.programPeriod.from}-${report.programPeriod.to} годы` : ''),
    report.municipality,
    period,
  ];
  writeTitleLines(sheet, lines, WIDTH, 'title');
  if (reference !== null) {
    // The program the report was laid out from, in a line of its own: a typed change is warned about (a drop-down
    // of the one value), and the reader reads it back (push needs no --program-id).
    const row = sheet.height;
    writeTitleLines(sheet, [reference], WIDTH, 'title');
    sheet.list({ top: row, left: 0, bottom: row, right: 0 }, [reference]);
  }
  return writeTitleLines(sheet, [null, heading, money ? `(${report.unit})` : null], WIDTH, 'title');
}

function ref(col: number, row: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

function percentFormula(plan: string, fact: string): string {
  return `IF(OR(${plan}="",${plan}=0),"-",ROUND(${fact}/${plan}*100,1))`;
}

function fundingForm(report: ProgramReport): Grid {
  const funding = report.funding!;
  const year = report.period?.year ?? report.programPeriod?.from ?? '';
  const sheet = new GridBuilder(FUNDING_FORM_SHEET);
  const headerRow = titleBlock(sheet, report, FUNDING_FORM_HEADING, true);
  const headers = ['№ п/п', 'Наименование подпрограммы', 'Источник финансирования', `План на ${year} год`, 'Профинансировано с начала года', 'Освоено с начала года', 'Процент исполнения', 'Причины отклонения'];
  headers.forEach((h, c) => sheet.set(headerRow, c, { value: h, style: HEADER_STYLE }));
  for (let c = 0; c < WIDTH; c++) sheet.set(headerRow + 1, c, { value: c + 1, style: { ...HEADER_STYLE, bold: false } });

  const { lines, totals } = reportTotals(funding);
  const rowOf = new Map<ReportLine, number>();
  let row = headerRow + 2;
  const place = (l: ReportLine) => rowOf.set(l, row++);
  funding.subprograms.forEach((sp, sub) => {
    const mine = lines.filter((l) => (l.ref.kind === 'source' || l.ref.kind === 'subtotal') && l.ref.sub === sub && l.ref.act === null);
    const sources = mine.filter((l) => l.ref.kind === 'source');
    const subtotal = mine.find((l) => l.ref.kind === 'subtotal');
    const top = row;
    for (const s of sources) place(s);
    if (subtotal) place(subtotal);
    const bottom = Math.max(top, row - 1);
    sheet.setMerged({ top, left: F.number, bottom, right: F.number }, { value: `${sub + 1}.`, style: CENTER_STYLE });
    sheet.setMerged({ top, left: F.name, bottom, right: F.name }, { value: sp.title, style: TEXT_STYLE });
  });
  const total = lines.find((l) => l.ref.kind === 'total');
  const bySource = lines.filter((l) => l.ref.kind === 'bySource');
  if (total) {
    sheet.setMerged({ top: row, left: F.number, bottom: row, right: F.name }, { value: 'ИТОГО по муниципальной программе', style: bold(TEXT_STYLE) });
    place(total);
  }
  if (bySource.length > 0) {
    const top = row;
    for (const b of bySource) place(b);
    sheet.setMerged({ top, left: F.number, bottom: row - 1, right: F.name }, { value: 'в том числе:', style: TEXT_STYLE });
  }

  const totalOf = new Map(totals.map((t) => [t.line, t]));
  for (const [l, r] of rowOf) {
    const t = totalOf.get(l);
    const isTotal = t !== undefined;
    const label = l.ref.kind === 'subtotal' ? 'Всего по подпрограмме' : l.ref.kind === 'total' ? '' : l.line.source;
    if (l.ref.kind !== 'total') sheet.set(r, F.source, { value: label === '' ? null : label, style: isTotal ? bold(TEXT_STYLE) : TEXT_STYLE });
    else sheet.set(r, F.source, { value: null, style: TEXT_STYLE });
    for (const column of ['plan', 'financed', 'spent'] as const) {
      const col = F[column];
      if (t) {
        const formula = t.addends.every((a) => rowOf.has(a)) ? t.addends.map((a) => ref(col, rowOf.get(a)!)).join('+') : null;
        sheet.set(r, col, formula ? { ...amountCell(l.line[column], PRECISION, bold(NUMBER_STYLE)), formula: compactSum(col, t.addends.map((a) => rowOf.get(a)!)) ?? formula } : amountCell(l.line[column], PRECISION, bold(NUMBER_STYLE)));
      } else sheet.set(r, col, amountCell(column === 'plan' ? l.line.plan : l.line[column], PRECISION));
    }
    sheet.set(r, F.percent, percentCell(l.line, ref(F.plan, r), ref(F.spent, r)));
    sheet.set(r, F.reason, { value: l.line.reason, style: TEXT_STYLE });
  }
  // The source column offers the program's sources.
  const names = [...new Set(lines.filter((l) => l.ref.kind === 'source').map((l) => l.line.source.trim()).filter((n) => n !== ''))];
  const sourceRows = [...rowOf.entries()].filter(([l]) => l.ref.kind === 'source').map(([, r]) => r);
  if (names.length > 0 && sourceRows.length > 0) sheet.list({ top: Math.min(...sourceRows), left: F.source, bottom: Math.max(...sourceRows), right: F.source }, names);

  return sheet.build({ columnWidths: [6, 42, 30, 14, 16, 14, 12, 36], printTitleRows: [headerRow, headerRow + 1], orientation: 'landscape', fitToWidth: true, paperSize: 'A4' });
}

/** "SUM(D9:D11)" when the rows run without a gap, else null. */
function compactSum(col: number, rows: readonly number[]): string | null {
  if (rows.length < 2) return null;
  for (let i = 1; i < rows.length; i++) if (rows[i] !== rows[i - 1] + 1) return null;
  return `SUM(${ref(col, rows[0])}:${ref(col, rows[rows.length - 1])})`;
}

function percentCell(line: ReportFundingLine, plan: string, fact: string): GridCell {
  return { value: line.percent === null ? (line.plan === null || Number(line.plan) === 0 ? '-' : null) : Number(line.percent), formula: percentFormula(plan, fact), numberFormat: PERCENT_FORMAT, style: NUMBER_STYLE };
}

function indicatorForm(report: ProgramReport, config: RulesConfig): Grid {
  const table = report.indicators!;
  const year = report.period?.year ?? report.programPeriod?.from ?? '';
  const sheet = new GridBuilder(INDICATOR_FORM_SHEET);
  const headerRow = titleBlock(sheet, report, INDICATOR_FORM_HEADING, false);
  const headers = ['№ п/п', 'Показатель', 'Единица измерения', 'Базовое значение', `Планируемое значение на ${year} год`, 'Фактическое значение за отчетный период', 'Процент достижения', 'Причины отклонения'];
  headers.forEach((h, c) => sheet.set(headerRow, c, { value: h, style: HEADER_STYLE }));
  for (let c = 0; c < WIDTH; c++) sheet.set(headerRow + 1, c, { value: c + 1, style: { ...HEADER_STYLE, bold: false } });
  let row = headerRow + 2;
  for (const sp of table.subprograms) {
    sheet.set(row, I.number, { value: sp.number, style: bold(CENTER_STYLE) });
    sheet.setMerged({ top: row, left: I.name, bottom: row, right: WIDTH - 1 }, { value: sp.title, style: bold(TEXT_STYLE) });
    row++;
    for (const a of sp.activities) {
      sheet.set(row, I.number, { value: a.number, style: CENTER_STYLE });
      sheet.setMerged({ top: row, left: I.name, bottom: row, right: WIDTH - 1 }, { value: a.title, style: { ...TEXT_STYLE, italic: true } });
      row++;
      for (const ind of a.indicators) {
        sheet.set(row, I.number, { value: null, style: CENTER_STYLE });
        sheet.set(row, I.name, { value: ind.name, style: TEXT_STYLE });
        sheet.set(row, I.unit, { value: ind.unit, style: CENTER_STYLE });
        sheet.set(row, I.base, indicatorValueCell(ind.base, '-'));
        sheet.set(row, I.plan, indicatorValueCell(ind.plan, ''));
        sheet.set(row, I.fact, ind.fact === null ? { value: null, style: NUMBER_STYLE } : { value: Number(ind.fact), numberFormat: writtenDecimalsFormat(ind.fact), style: NUMBER_STYLE });
        // Less is better: plan / fact; more is better (or unknown): fact / plan.
        const lower = ind.plan?.bound === 'max' || (ind.plan?.bound !== 'min' && indicatorDirection(ind.name, config) === 'lower');
        const plan = ref(I.plan, row);
        const fact = ref(I.fact, row);
        const formula = lower ? `IF(OR(${fact}="",${fact}=0),"-",ROUND(${plan}/${fact}*100,1))` : `IF(OR(${fact}="",${plan}="",${plan}=0),"-",ROUND(${fact}/${plan}*100,1))`;
        // A plan written as a bound ("не менее 85") is text: the percentage is typed by hand.
        sheet.set(row, I.percent, ind.plan?.bound ? { value: ind.percent === null ? null : Number(ind.percent), numberFormat: PERCENT_FORMAT, style: NUMBER_STYLE } : { value: ind.percent === null ? '-' : Number(ind.percent), formula, numberFormat: PERCENT_FORMAT, style: NUMBER_STYLE });
        sheet.set(row, I.reason, { value: ind.reason, style: TEXT_STYLE });
        row++;
      }
    }
  }
  return sheet.build({ columnWidths: [8, 60, 12, 12, 14, 16, 12, 36], printTitleRows: [headerRow, headerRow + 1], orientation: 'landscape', fitToWidth: true, paperSize: 'A4' });
}

/** A short sheet-name suffix for the period («I кв. 2021»), for callers that keep several periods in one workbook. */
export function periodSheetSuffix(period: ReportPeriod): string {
  return periodShort(period).ru;
}
