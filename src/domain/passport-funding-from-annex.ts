// The passport's "Источники финансирования" derived from Приложение 1, so that the passport agrees
// with the annex by construction: Всего = ИТОГО, the years from ИТОГО, and the sources in the
// document's order (federal, regional, municipal, extra-budgetary, then any other source as named)
// from the "в том числе" rows under ИТОГО, or summed over the subprograms when those rows are absent.
// Exact arithmetic: every amount is scaled once (amount.ts) and added as bigint.
import { fromScaled, sumScaled, toScaled, type Decimal, type Scaled } from './amount';
import type { FundingRow, FundingTable } from './model/funding';
import type { PassportFunding, PassportSource, PassportYearAmount } from './model/passport';
import type { Program } from './model/program';
import { unitOf, unitPrecision } from './model/unit';
import { passportFundingParagraph } from './passport-paragraph';
import { SOURCE_CATEGORIES, SOURCE_CATEGORY_LABEL, sourceCategory, type SourceCategory } from './sources';
import { collapseSpaces, foldName } from './text/fold';

export interface PassportFundingOptions {
  /** Decimals of an amount in тыс. руб. (the rules config's `precision`, 1); other units keep their own (3 in млн руб.). */
  precision: number;
  /**
   * Whose budget the municipal source is, as in the title block: "городского округа Ступино Московской
   * области". The passport names the municipal source in full ("Бюджет городского округа Ступино
   * Московской области") where the annex writes it short ("Бюджет городского округа Ступино").
   */
  municipality?: string;
}

/** A source's amounts, scaled: the total and one amount per year column of the table. */
interface SourceAmounts {
  name: string;
  total: Scaled;
  years: Scaled[];
}

/**
 * The passport's funding section (form "paragraph") computed from Приложение 1.
 * A source with nothing in it is "всего 0" without years, as the document writes "Федеральный бюджет: всего 0.".
 */
export function passportFundingFromAnnex(table: FundingTable, options: PassportFundingOptions): PassportFunding {
  // In the annex's own unit, with that unit's decimals (the option is the configured precision of тыс. руб.).
  const precision = unitPrecision(unitOf(table), options.precision);
  const width = table.years.length;
  const total = table.total ? rowAmounts(table.total, width, precision) : sumRows(table.subprograms.map((s) => subprogramTotal(s.total, s.sources, width, precision)), width);
  const sources = table.totalBySource.length > 0 ? table.totalBySource.map((row) => namedAmounts(row, width, precision)) : sourcesOverSubprograms(table, precision);

  return {
    form: 'paragraph',
    ...(table.unit ? { unit: table.unit } : {}),
    total: decimal(total.total, precision),
    years: yearAmounts(table, total.years, precision),
    sources: inDocumentOrder(sources, width, options.municipality).map((s): PassportSource => ({
      name: s.name,
      total: decimal(s.total, precision),
      years: s.total === 0n && s.years.every((y) => y === 0n) ? [] : yearAmounts(table, s.years, precision),
    })),
  };
}

/** The passport's name of the municipal source: the annex's short name completed with the municipality when it is a prefix of it. */
export function passportMunicipalSourceName(annexName: string | null, municipality: string | undefined): string {
  const full = municipality && collapseSpaces(municipality) !== '' ? `Бюджет ${collapseSpaces(municipality)}` : null;
  if (annexName === null) return full ?? SOURCE_CATEGORY_LABEL.municipal.ru;
  const name = collapseSpaces(annexName);
  if (full && foldName(full).startsWith(foldName(name))) return full;
  return name;
}

function inDocumentOrder(sources: SourceAmounts[], width: number, municipality: string | undefined): SourceAmounts[] {
  const byCategory = new Map<SourceCategory, SourceAmounts[]>();
  const others: SourceAmounts[] = [];
  for (const s of sources) {
    const category = sourceCategory(s.name);
    if (category === null) others.push(s);
    else byCategory.set(category, [...(byCategory.get(category) ?? []), s]);
  }
  const ordered: SourceAmounts[] = [];
  for (const category of SOURCE_CATEGORIES) {
    const found = byCategory.get(category) ?? [];
    if (found.length === 0) {
      const name = category === 'municipal' ? passportMunicipalSourceName(null, municipality) : SOURCE_CATEGORY_LABEL[category].ru;
      ordered.push({ name, total: 0n, years: new Array<Scaled>(width).fill(0n) });
      continue;
    }
    for (const s of found) {
      ordered.push(category === 'municipal' ? { ...s, name: passportMunicipalSourceName(s.name, municipality) } : { ...s, name: collapseSpaces(s.name) });
    }
  }
  return [...ordered, ...others.map((s) => ({ ...s, name: collapseSpaces(s.name) }))];
}

/** Sums each source over the subprograms when the table has no "в том числе" rows; sources keep their first appearance's name. */
function sourcesOverSubprograms(table: FundingTable, precision: number): SourceAmounts[] {
  const width = table.years.length;
  const byKey = new Map<string, SourceAmounts>();
  for (const sub of table.subprograms) {
    for (const row of sub.sources) {
      const key = sourceCategory(row.source) ?? `other:${foldName(row.source)}`;
      const amounts = rowAmounts(row, width, precision);
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { name: row.source, ...amounts });
      else byKey.set(key, { name: seen.name, ...sumRows([seen, amounts], width) });
    }
  }
  return [...byKey.values()];
}

function subprogramTotal(total: FundingRow | null, sources: FundingRow[], width: number, precision: number): { total: Scaled; years: Scaled[] } {
  return total ? rowAmounts(total, width, precision) : sumRows(sources.map((r) => rowAmounts(r, width, precision)), width);
}

function namedAmounts(row: FundingRow, width: number, precision: number): SourceAmounts {
  return { name: row.source, ...rowAmounts(row, width, precision) };
}

/** A row's amounts; an empty cell (or a dash) is zero, as in the model. */
function rowAmounts(row: FundingRow, width: number, precision: number): { total: Scaled; years: Scaled[] } {
  return {
    total: scaled(row.total, precision),
    years: Array.from({ length: width }, (_, i) => scaled(row.years[i] ?? null, precision)),
  };
}

function sumRows(rows: { total: Scaled; years: Scaled[] }[], width: number): { total: Scaled; years: Scaled[] } {
  return {
    total: sumScaled(rows.map((r) => r.total)),
    years: Array.from({ length: width }, (_, i) => sumScaled(rows.map((r) => r.years[i] ?? 0n))),
  };
}

function yearAmounts(table: FundingTable, years: Scaled[], precision: number): PassportYearAmount[] {
  return table.years.map((year, i) => ({ year, amount: decimal(years[i] ?? 0n, precision) }));
}

function scaled(d: Decimal | null, precision: number): Scaled {
  return d === null ? 0n : toScaled(d, precision);
}

/** Zero is "0", as the document writes it ("2021 год – 0"); any other amount has the declared decimals. */
function decimal(s: Scaled, precision: number): Decimal {
  return s === 0n ? '0' : fromScaled(s, precision);
}

/**
 * The passport's funding paragraph of a program, from its Приложение 1 (null without it): the text the
 * CLI prints, the task pane copies, and what is written into the passport. Lines are the document's paragraphs.
 */
export function passportParagraphFromAnnex(program: Program, precision: number): string | null {
  if (!program.funding) return null;
  return passportFundingParagraph(passportFundingFromAnnex(program.funding, { precision, municipality: program.municipality }), precision);
}
