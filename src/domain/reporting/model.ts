// A report on a program's implementation (docs/design/REPORTS.md): the program it reports on, the period, form R1
// (funding: plan for the year, financed and spent since the start of the year, percent, reason) and form
// R2 (indicators: base, plan for the year, fact, percent, reason). Amounts are exact decimals, cumulative
// from the start of the year, in the program's unit; `null` is an empty cell or a dash.
import { z } from 'zod';
import { Decimal } from '../amount-schema';
import { IndicatorValue } from '../model/indicators';
import { Period } from '../model/year-span-schema';
import { ReportPeriod } from './period-schema';

/** A program file the report was laid out from: its name and the SHA-256 of its bytes (hex, the first 16 digits or all 64). */
export const ProgramFileReference = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{16,64}$/),
});
export type ProgramFileReference = z.infer<typeof ProgramFileReference>;

/**
 * The program version the report refers to: a stored version (`programId`, `version`), a program file
 * (`file`), or neither (the annexes of the same workbook). The template writes it into the title block
 * (program-reference-text.ts) and the reader reads it back.
 */
export const ProgramReference = z.object({
  programId: z.string().nullable(),
  version: z.number().int().positive().nullable(),
  file: ProgramFileReference.nullable().optional(),
});
export type ProgramReference = z.infer<typeof ProgramReference>;

/** One row of R1: a source of a subprogram (or of an activity), a total, or a «в том числе» row under ИТОГО. */
export const ReportFundingLine = z.object({
  /** The source as written; "" on total rows. */
  source: z.string(),
  /** «План на <год>»: the program's amount for the year (or the budget allocation, see `ReportFunding.plan`). */
  plan: Decimal.nullable(),
  /** «Профинансировано с начала года». */
  financed: Decimal.nullable(),
  /** «Освоено с начала года» (or the one fact column: «Исполнено», «Фактические расходы»). */
  spent: Decimal.nullable(),
  /** «Процент исполнения» as typed. */
  percent: Decimal.nullable(),
  /** «Причины отклонения» as written; null when empty. */
  reason: z.string().nullable(),
});
export type ReportFundingLine = z.infer<typeof ReportFundingLine>;

/** «Основное мероприятие», «Мероприятие», «Контрольное событие» rows under a subprogram; they add up to it. */
export const ReportFundingActivity = z.object({
  title: z.string(),
  sources: z.array(ReportFundingLine),
  /** The activity's own row of amounts (its title row, or «Итого по мероприятию»). */
  total: ReportFundingLine.nullable(),
});
export type ReportFundingActivity = z.infer<typeof ReportFundingActivity>;

export const ReportFundingSubprogram = z.object({
  title: z.string(),
  sources: z.array(ReportFundingLine),
  /** «Всего по подпрограмме». */
  total: ReportFundingLine.nullable(),
  activities: z.array(ReportFundingActivity),
});
export type ReportFundingSubprogram = z.infer<typeof ReportFundingSubprogram>;

/** Which columns the form has: a form with one fact column has `spent` only. */
export const ReportFundingColumns = z.object({
  financed: z.boolean(),
  spent: z.boolean(),
  percent: z.boolean(),
  reason: z.boolean(),
});
export type ReportFundingColumns = z.infer<typeof ReportFundingColumns>;

/** Form R1 «Выполнение мероприятий муниципальной программы». */
export const ReportFunding = z.object({
  title: z.string().nullable(),
  /**
   * What the plan column holds: the program's amounts ("План на 2021 год", "Предусмотрено программой") or the
   * budget allocation ("сводная бюджетная роспись", "Утвержденный план", "Оценка расходов"). R001 compares only the former.
   */
  plan: z.enum(['program', 'budget']),
  /** The plan column's header as written. */
  planHeader: z.string(),
  columns: ReportFundingColumns,
  /** Actual expenses include unpaid obligations («в т.ч. кредиторская задолженность»): spent above financed is a warning. */
  spentIncludesObligations: z.boolean(),
  subprograms: z.array(ReportFundingSubprogram),
  /** «ИТОГО по муниципальной программе». */
  total: ReportFundingLine.nullable(),
  /** «в том числе» rows under ИТОГО, one per source. */
  totalBySource: z.array(ReportFundingLine),
});
export type ReportFunding = z.infer<typeof ReportFunding>;

export const ReportIndicator = z.object({
  name: z.string(),
  unit: z.string(),
  base: IndicatorValue.nullable(),
  /** «Планируемое значение на <год>»: "не менее 85" keeps its bound. */
  plan: IndicatorValue.nullable(),
  /** «Фактическое значение за отчетный период». */
  fact: Decimal.nullable(),
  /** «Процент достижения» as typed. */
  percent: Decimal.nullable(),
  reason: z.string().nullable(),
});
export type ReportIndicator = z.infer<typeof ReportIndicator>;

export const ReportActivity = z.object({
  number: z.string(),
  title: z.string(),
  indicators: z.array(ReportIndicator),
});
export type ReportActivity = z.infer<typeof ReportActivity>;

export const ReportIndicatorSubprogram = z.object({
  number: z.string(),
  title: z.string(),
  activities: z.array(ReportActivity),
});
export type ReportIndicatorSubprogram = z.infer<typeof ReportIndicatorSubprogram>;

/** Form R2 «Достижение планируемых результатов». */
export const ReportIndicators = z.object({
  title: z.string().nullable(),
  columns: z.object({ base: z.boolean(), percent: z.boolean(), reason: z.boolean() }),
  subprograms: z.array(ReportIndicatorSubprogram),
});
export type ReportIndicators = z.infer<typeof ReportIndicators>;

export const ProgramReport = z.object({
  /** As in the title block: "городского округа Ступино Московской области". */
  municipality: z.string(),
  /** The program's name: "Цифровое муниципальное образование". */
  title: z.string(),
  /** The program's period when the title block gives it ("на 2020-2024 годы"). */
  programPeriod: Period.nullable(),
  /** Null when the title block names no period (R008). */
  period: ReportPeriod.nullable(),
  /** The period as written: «за I квартал 2021 года». */
  periodText: z.string().nullable(),
  /**
   * The period as written elsewhere in the workbook — the sheet's name, the other form's title («за 9 месяцев»
   * on R2 under «за I квартал» on R1): R008 says when one disagrees with `period`. Absent: none was read.
   */
  otherPeriods: z.array(z.object({ text: z.string(), period: ReportPeriod.nullable() })).optional(),
  /** The report's date, "2021-04-02", when written. */
  date: z.string().nullable(),
  /** The unit of amounts as written in the title block («тыс. руб.»). */
  unit: z.string(),
  program: ProgramReference,
  funding: ReportFunding.nullable(),
  indicators: ReportIndicators.nullable(),
});
export type ProgramReport = z.infer<typeof ProgramReport>;
