// The three sheets of a program workbook — "Паспорт", "Приложение 1", "Приложение 2" — filled from a
// program, or, for null, the blank templates of a period: header rows, one empty subprogram block with
// the four sources, empty indicator rows, formulas in the total cells and the drop-downs.
import { DEFAULT_CONFIG, type RulesConfig } from '../../domain/config';
import type { Program } from '../../domain/model/program';
import { periodLabel, type Period, type YearSpan } from '../../domain/model/year-span';
import { passportFundingFromAnnex } from '../../domain/passport-funding-from-annex';
import { SOURCE_CATEGORIES, SOURCE_CATEGORY_LABEL } from '../../domain/sources';
import type { Grid } from '../grid';
import { writeFundingSheet } from './funding-sheet';
import { writeIndicatorSheet } from './indicator-sheet';
import { PASSPORT_LABELS, writePassportSheet } from './passport-sheet';

export interface ProgramWorkbookOptions {
  /** The period of the blank templates; default: five years from the current year. */
  period?: Period;
  config?: RulesConfig;
}

/** Indicator rows of the blank Приложение 2. */
const TEMPLATE_INDICATOR_ROWS = 5;
/** The subprogram's title in the blank tables, for the user to complete; it lets the block read as a subprogram. */
export const TEMPLATE_SUBPROGRAM_TITLE = 'Подпрограмма I «…»';

export function writeProgramWorkbook(program: Program | null, options: ProgramWorkbookOptions = {}): Grid[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const filled = program ?? blankProgram(options.period ?? defaultPeriod());
  const withPassport = filled.passport ? filled : { ...filled, passport: passportFromAnnexes(filled, config) };
  return [writePassportSheet(withPassport, { config }), writeFundingSheet(filled, { config }), writeIndicatorSheet(filled, { config })];
}

function defaultPeriod(): Period {
  const year = new Date().getFullYear();
  return { from: year, to: year + 4 };
}

function yearsOf(period: Period): YearSpan[] {
  const years: YearSpan[] = [];
  for (let y = period.from; y <= period.to; y++) years.push({ from: y, to: y });
  return years;
}

/** The model of the blank templates: empty names and values, the four sources, the standard passport rows. */
export function blankProgram(period: Period): Program {
  const years = yearsOf(period);
  const emptyRow = (source: string) => ({ source, total: null, years: years.map(() => null) });
  const sources = SOURCE_CATEGORIES.map((c) => SOURCE_CATEGORY_LABEL[c].ru);
  return {
    municipality: '',
    title: '',
    period,
    passport: {
      periodText: periodLabel(period),
      period,
      subprograms: [],
      funding: {
        form: 'table',
        total: null,
        years: years.map((year) => ({ year, amount: null })),
        sources: sources.map((name) => ({ name, total: null, years: years.map((year) => ({ year, amount: null })) })),
      },
      fields: [
        { label: PASSPORT_LABELS.name, value: '' },
        { label: PASSPORT_LABELS.grounds, value: '' },
        { label: PASSPORT_LABELS.goals, value: '' },
        { label: PASSPORT_LABELS.customer, value: '' },
        { label: PASSPORT_LABELS.coordinator, value: '' },
        { label: PASSPORT_LABELS.results, value: 'Планируемые результаты реализации муниципальной программы приведены в приложении №2 к муниципальной программе.' },
        { label: PASSPORT_LABELS.control, value: '' },
      ],
    },
    funding: {
      title: null,
      years,
      subprograms: [{ title: TEMPLATE_SUBPROGRAM_TITLE, sources: sources.map(emptyRow), total: null }],
      total: null,
      totalBySource: sources.map(emptyRow),
    },
    indicators: {
      title: null,
      years,
      subprograms: [
        {
          number: '1.',
          title: TEMPLATE_SUBPROGRAM_TITLE,
          activities: [
            {
              number: '1.1.',
              title: '',
              indicators: Array.from({ length: TEMPLATE_INDICATOR_ROWS }, () => ({ name: '', unit: '', type: '', base: null, plan: years.map(() => null) })),
            },
          ],
        },
      ],
    },
  };
}

/** A passport for a program read without one: the period, the subprograms and the funding from the annexes. */
function passportFromAnnexes(program: Program, config: RulesConfig): NonNullable<Program['passport']> {
  const titles = program.indicators?.subprograms.map((s) => s.title) ?? program.funding?.subprograms.map((s) => s.title) ?? [];
  return {
    periodText: periodLabel(program.period),
    period: program.period,
    subprograms: titles,
    funding: program.funding ? passportFundingFromAnnex(program.funding, { precision: config.precision, municipality: program.municipality }) : null,
    fields: [],
  };
}
