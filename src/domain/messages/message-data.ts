// The data of a finding: what a rule knows, never a sentence. Each message of a rule declares the kind of
// each of its fields (rules/define-rule.ts); the renderer (render-message.ts) turns each kind into Russian
// or English. A place says where in the program, in the program's terms: the renderer words it.
import type { Decimal } from '../amount';
import type { Unit } from '../model/unit';
import type { YearSpan } from '../model/year-span';
import type { Column } from '../paths';
import type { ReportPeriod } from '../reporting/period';
import type { FundingColumnKey, IndicatorColumnKey } from '../reporting/report-paths';

export type TableName = 'passport' | 'funding' | 'indicators';

/** Where a finding is, as data: "the row of source X in subprogram 2" is `{kind: 'sourceRow', sub: 2, source: 'X'}`. */
export type Place =
  | { kind: 'table'; table: TableName }
  /** A subprogram's block (or title) in a table; `sub` is its number (II → 2). */
  | { kind: 'subprogram'; table: TableName; sub: number; column?: Column }
  /** Приложение 1: a source row of a subprogram. */
  | { kind: 'sourceRow'; sub: number; source: string; column?: Column }
  /** Приложение 1: a subprogram's "Всего по подпрограмме" row. */
  | { kind: 'subtotalRow'; sub: number; column?: Column }
  /** Приложение 1: the "ИТОГО по муниципальной программе" row. */
  | { kind: 'totalRow'; column?: Column }
  /** Приложение 1: a "в том числе" row under ИТОГО. */
  | { kind: 'bySourceRow'; source: string; column?: Column }
  /** Приложение 1: the "в том числе" rows under ИТОГО as a whole. */
  | { kind: 'bySourceBlock' }
  /** Приложение 1: an "из них" row under a source of the total (a part of that source). */
  | { kind: 'partRow'; source: string; column?: Column }
  /** Приложение 1: a second total row ("Всего", "ИТОГО:") under the table, by its label. */
  | { kind: 'totalRepeatRow'; label: string; column?: Column }
  | { kind: 'passportPeriod' }
  | { kind: 'passportSubprograms' }
  /** A row of the passport by its label ("Цели муниципальной программы"). */
  | { kind: 'passportField'; label: string }
  /** The passport's funding section; with a column, its total ("всего") or a year. */
  | { kind: 'passportFunding'; column?: Column }
  /** A source of the passport's funding section; with a column, its total or a year. */
  | { kind: 'passportSource'; source: string; column?: Column }
  /** A stage of a passport source ("I этап (2014–2015 годы)"), by its label as written. */
  | { kind: 'passportStage'; source: string; stage: string }
  /** Приложение 2: an activity by its number ("2.6."), or its title when it has none. */
  | { kind: 'activity'; number: string }
  /** Приложение 2: an indicator (its name is cut to a readable length); `field` for its unit or type cell. */
  | { kind: 'indicator'; number: string; name: string; field?: 'unit' | 'type' }
  /**
   * Form R1 of a report: a line by its subprogram's number (null: under ИТОГО), activity title (null: the
   * subprogram's own line) and source (null: a total line) — ИТОГО is {sub: null, source: null}.
   */
  | { kind: 'reportLine'; sub: number | null; activity: string | null; source: string | null; column?: FundingColumnKey }
  /** Form R2 of a report: an indicator; `column` for one of its cells. */
  | { kind: 'reportIndicator'; number: string; name: string; column?: IndicatorColumnKey }
  /** The report's title block: its period. */
  | { kind: 'reportPeriod' };

/** The value each kind of field holds. */
export interface KindValues {
  /** An amount or an indicator's value as written ("423767.8"): rendered "423 767,8". */
  decimal: Decimal;
  /** A count, a position, a precision. */
  integer: number;
  /** Program text (a source's name, a header, a code): quoted by the template, shown as it is. */
  text: string;
  /** A year column: "2020 год" / "2020", "2026–2030 годы" / "2026–2030". */
  year: YearSpan;
  /** A period: "2020-2024 годы" / "2020-2024". */
  period: YearSpan;
  /** A column of Приложение 1: "Общий объем" or a year. */
  column: Column;
  /** A column of the passport's funding section: "всего" or a year. */
  passportColumn: Column;
  /** A value column of Приложение 2: the base value or a year. */
  indicatorColumn: 'base' | YearSpan;
  /** A source by its key (`sourceKeys`): a category's name in the language, or the source's own name. */
  source: string;
  /** A subprogram's number, rendered as a Roman numeral. */
  numeral: number;
  /** How many more years ("ещё в 4 годах" / "4 more years"). */
  moreYears: number;
  /** A spreadsheet error value as read ("#REF!"): in Russian by the name Russian Excel shows («#ССЫЛКА!»). */
  errorValue: string;
  /** The unit the amounts are written in: "тыс. руб." / "thousand rubles". */
  unit: Unit;
  place: Place;
  /** A reporting period: «за I квартал 2021 года» / "for Q1 2021". */
  reportPeriod: ReportPeriod;
}

/** A field whose value is one of a few words the message map gives in each language. */
export interface Choice {
  readonly ru: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

export type DataKind = keyof KindValues | Choice;
export type DataSpec = Readonly<Record<string, DataKind>>;

/** A label in each language, a template over the message's data ({{field}} placeholders). */
export interface LabelSpec {
  readonly ru: string;
  readonly en: string;
}

/**
 * How `expected` and `actual` are shown beside the message, in the rule's own terms ("не хуже базового
 * значения" and "указано на 2021 год" rather than "Ожидается" and "Указано"); `markWords`: the two are
 * texts, shown with the words where they differ marked. Without it the generic labels are used.
 */
export interface ValuesSpec {
  readonly expected: LabelSpec;
  readonly actual: LabelSpec;
  readonly markWords?: boolean;
}

/** One message of a rule: the kinds of its data and its template in each language ({{field}} placeholders). */
export interface MessageSpec {
  readonly data: DataSpec;
  readonly ru: string;
  readonly en: string;
  readonly values?: ValuesSpec;
}
export type Messages = Readonly<Record<string, MessageSpec>>;

type ValueOf<K> = K extends keyof KindValues ? KindValues[K] : K extends { readonly ru: infer R } ? keyof R & string : never;

/** The data a message takes, derived from its declaration. */
export type DataOf<S extends DataSpec> = { -readonly [F in keyof S]: ValueOf<S[F]> };

/** Data as stored with a finding (JSON). */
export type FindingData = Readonly<Record<string, unknown>>;
