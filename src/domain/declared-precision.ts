// The precision a form's amounts are compared at: what its unit declares (2 decimals in руб., the configured
// one in тыс. руб., 3 in млн руб.), or more where the document itself writes more throughout — a table in
// тыс. руб. written to the ruble ("695603,733") is exact to the ruble, not "one decimal too many" three
// hundred times. A stray extra decimal (one amount: "98 100,94" among "…,9") does not change the precision:
// that is S006's, and the amount is compared rounded.
import { decimalPlaces, type Decimal } from './amount';
import type { RulesConfig } from './config';
import type { FundingTable } from './model/funding';
import type { PassportFunding } from './model/passport';
import { unitOf, unitPrecision } from './model/unit';

/** How many amounts must carry a number of decimals for it to be the document's own. */
const OWN_PRECISION_COUNT = 2;

export function declaredPrecision(amounts: Iterable<Decimal | null | undefined>, unitDecimals: number): number {
  const counts = new Map<number, number>();
  for (const d of amounts) {
    if (d === null || d === undefined) continue;
    const places = decimalPlaces(d);
    if (places > unitDecimals) counts.set(places, (counts.get(places) ?? 0) + 1);
  }
  let precision = unitDecimals;
  for (const [places, count] of counts) if (count >= OWN_PRECISION_COUNT && places > precision) precision = places;
  return precision;
}

function* fundingAmounts(table: FundingTable): Generator<Decimal | null> {
  const rows = [
    ...table.subprograms.flatMap((sp) => [...sp.sources, ...(sp.total ? [sp.total] : [])]),
    ...(table.total ? [table.total] : []),
    ...table.totalBySource,
    ...(table.ofWhich ?? []),
    ...(table.totalRepeats ?? []),
  ];
  for (const row of rows) {
    yield row.total;
    yield* row.years;
  }
}

/** The precision the amounts of a funding table are compared at. */
export function fundingPrecision(table: FundingTable, config: Pick<RulesConfig, 'precision'>): number {
  return declaredPrecision(fundingAmounts(table), unitPrecision(unitOf(table), config.precision));
}

function* paragraphAmounts(funding: PassportFunding): Generator<Decimal | null> {
  yield funding.total;
  for (const y of funding.years) yield y.amount;
  for (const s of funding.sources) {
    yield s.total;
    for (const y of s.years) yield y.amount;
    for (const st of s.stages ?? []) yield st.amount;
  }
}

/** The precision the passport's funding amounts are compared at. */
export function passportPrecision(funding: PassportFunding, config: Pick<RulesConfig, 'precision'>): number {
  return declaredPrecision(paragraphAmounts(funding), unitPrecision(unitOf(funding), config.precision));
}
