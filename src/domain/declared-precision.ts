// The precision a form's amounts are compared at: what its unit declares (2 decimals in руб., the configured
// one in тыс. руб., 3 in млн руб.), or more where the document itself writes more throughout — a table in
// тыс. руб. written to the ruble ("695603,733") is exact to the ruble, not "one decimal too many" three
// hundred times. A stray extra decimal (one amount: "98 100,94" among "…,9") does not change the precision:
// that is S006's, and the amount is compared rounded.
import { decimalPlaces, type Decimal } from './amount';
import type { RulesConfig } from './config';
import type { FundingRow, FundingTable } from './model/funding';
import type { PassportFunding } from './model/passport';
import { unitOf, unitPrecision } from './model/unit';

/** How many amounts must carry a number of decimals for it to be the document's own. */
const OWN_PRECISION_COUNT = 2;

/** counts[places]: how many amounts carry that many decimals. */
function countPlaces(counts: number[], d: Decimal): void {
  const places = decimalPlaces(d);
  counts[places] = (counts[places] ?? 0) + 1;
}

function precisionOf(counts: readonly number[], unitDecimals: number): number {
  let precision = unitDecimals;
  for (let places = unitDecimals + 1; places < counts.length; places++) if ((counts[places] ?? 0) >= OWN_PRECISION_COUNT) precision = places;
  return precision;
}

function countRow(counts: number[], row: FundingRow): void {
  if (row.total !== null) countPlaces(counts, row.total);
  for (const y of row.years) if (y !== null && y !== undefined) countPlaces(counts, y);
}

/** Decimal places counted once per table: every funding rule asks for the same table's precision. */
const fundingCounts = new WeakMap<FundingTable, number[]>();

function fundingPlaces(table: FundingTable): number[] {
  const known = fundingCounts.get(table);
  if (known) return known;
  const counts: number[] = [];
  for (const sp of table.subprograms) {
    for (const row of sp.sources) countRow(counts, row);
    if (sp.total) countRow(counts, sp.total);
  }
  if (table.total) countRow(counts, table.total);
  for (const row of table.totalBySource) countRow(counts, row);
  for (const row of table.ofWhich ?? []) countRow(counts, row);
  for (const row of table.totalRepeats ?? []) countRow(counts, row);
  fundingCounts.set(table, counts);
  return counts;
}

/** The precision the amounts of a funding table are compared at. */
export function fundingPrecision(table: FundingTable, config: Pick<RulesConfig, 'precision'>): number {
  return precisionOf(fundingPlaces(table), unitPrecision(unitOf(table), config.precision));
}

/** Decimal places of every amount of the passport's funding section, counted in place (no generator per call). */
function paragraphPlaces(funding: PassportFunding): number[] {
  const counts: number[] = [];
  const count = (d: Decimal | null | undefined): void => {
    if (d !== null && d !== undefined) countPlaces(counts, d);
  };
  count(funding.total);
  for (let i = 0; i < funding.years.length; i++) count(funding.years[i].amount);
  for (let i = 0; i < funding.sources.length; i++) {
    const s = funding.sources[i];
    count(s.total);
    for (let j = 0; j < s.years.length; j++) count(s.years[j].amount);
    const stages = s.stages ?? [];
    for (let j = 0; j < stages.length; j++) count(stages[j].amount);
  }
  return counts;
}

/** The precision the passport's funding amounts are compared at. */
export function passportPrecision(funding: PassportFunding, config: Pick<RulesConfig, 'precision'>): number {
  return precisionOf(paragraphPlaces(funding), unitPrecision(unitOf(funding), config.precision));
}
