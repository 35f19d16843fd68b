// What changed between two versions of a program, in the program's own terms. Things are matched
// by name, not by position (subprograms and indicators by their folded titles, sources by their
// category), so that a re-ordered table is not a wall of changes; what is left unmatched is paired
// in order (a renamed subprogram is one "title" change) or reported as added or removed.
// The changes are then folded: an amount knows what it covers (a subprogram, a source, a year, or all
// of them for ИТОГО), and a changed total is listed under the narrower changed amounts it covers — one
// changed amount is one change with the totals it moves. Folding is indexed by coverage, so it stays
// linear however many amounts changed.
import { decimalPlaces, toScaled, type Decimal } from '../domain/amount';
import type { FundingRow, FundingTable } from '../domain/model/funding';
import type { Activity, Indicator, IndicatorTable, IndicatorValue } from '../domain/model/indicators';
import type { Passport, PassportYearAmount } from '../domain/model/passport';
import type { Program } from '../domain/model/program';
import { periodLabel, yearSpanKey, type YearSpan } from '../domain/model/year-span';
import { paths } from '../domain/paths';
import { sourceKeys } from '../domain/sources';
import { foldName } from '../domain/text/fold';
import type { Change, FoldedChange } from '../store/contract/diff';

type Where = Omit<Change, 'change' | 'old' | 'new'>;

const NOWHERE = { subprogram: null, source: null, activity: null, indicator: null, year: null } as const;

function sameAmount(a: Decimal | null, b: Decimal | null): boolean {
  if (a === null || b === null) return a === b;
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  return toScaled(a, places) === toScaled(b, places);
}

/** "не менее 85", "не более 5", "96.68". */
export function indicatorValueText(v: IndicatorValue | null): string | null {
  if (!v) return null;
  return v.bound === 'min' ? `не менее ${v.value}` : v.bound === 'max' ? `не более ${v.value}` : v.value;
}

interface Pair<T> {
  old: T | null;
  new: T | null;
  oldIndex: number;
  newIndex: number;
}

/** Pairs by key first (the k-th of a key with the k-th of the same key), then the unmatched ones in order; the rest are added or removed. */
function match<T>(olds: readonly T[], news: readonly T[], keyOf: (item: T, index: number, all: readonly T[]) => string): Pair<T>[] {
  const oldsByKey = new Map<string, number[]>();
  olds.forEach((item, i) => {
    const key = keyOf(item, i, olds);
    const list = oldsByKey.get(key);
    if (list) list.push(i);
    else oldsByKey.set(key, [i]);
  });
  const taken = new Map<string, number>();
  const usedOld = new Set<number>();
  const newToOld = new Map<number, number>();
  news.forEach((item, ni) => {
    const key = keyOf(item, ni, news);
    const candidates = oldsByKey.get(key);
    const k = taken.get(key) ?? 0;
    if (candidates && k < candidates.length) {
      taken.set(key, k + 1);
      usedOld.add(candidates[k]);
      newToOld.set(ni, candidates[k]);
    }
  });
  const leftOld = olds.map((_, i) => i).filter((i) => !usedOld.has(i));
  const leftNew = news.map((_, i) => i).filter((i) => !newToOld.has(i));
  leftNew.forEach((ni, k) => {
    if (k < leftOld.length) newToOld.set(ni, leftOld[k]);
  });
  const pairedOld = new Set(newToOld.values());
  const pairs: Pair<T>[] = [];
  news.forEach((item, ni) => {
    const oi = newToOld.get(ni);
    pairs.push({ old: oi === undefined ? null : olds[oi], new: item, oldIndex: oi ?? -1, newIndex: ni });
  });
  olds.forEach((item, oi) => {
    if (!pairedOld.has(oi)) pairs.push({ old: item, new: null, oldIndex: oi, newIndex: -1 });
  });
  return pairs;
}

/**
 * What an amount covers: one subprogram (its pair number) or all ('*'), one source key or all, one
 * year or all. A source cell covers (sub, source, year); ИТОГО's total covers ('*', '*', '*').
 */
interface Coverage {
  sub: string;
  source: string;
  year: string;
}

const ALL = '*';

function coverageKey(c: Coverage): string {
  return `${c.sub}\u0000${c.source}\u0000${c.year}`;
}

/** The coverages strictly wider than c: each of its dimensions kept or widened to all. */
function widerKeys(c: Coverage): string[] {
  const out: string[] = [];
  for (const sub of c.sub === ALL ? [ALL] : [c.sub, ALL]) {
    for (const source of c.source === ALL ? [ALL] : [c.source, ALL]) {
      for (const year of c.year === ALL ? [ALL] : [c.year, ALL]) {
        if (sub !== c.sub || source !== c.source || year !== c.year) out.push(coverageKey({ sub, source, year }));
      }
    }
  }
  return out;
}

class ChangeList {
  readonly changes: Change[] = [];
  /** The coverage of each amount change (and of added or removed rows), by its index in `changes`. */
  readonly coverage = new Map<number, Coverage>();

  text(where: Where, old: string | null, next: string | null): void {
    if (old !== next) this.changes.push({ change: old === null ? 'added' : next === null ? 'removed' : 'changed', ...where, old, new: next });
  }

  amount(where: Where, old: Decimal | null, next: Decimal | null, coverage: Coverage): void {
    if (sameAmount(old, next)) return;
    this.coverage.set(this.changes.length, coverage);
    this.changes.push({ change: old === null ? 'added' : next === null ? 'removed' : 'changed', ...where, old, new: next });
  }

  presence(where: Where, old: string | null, next: string | null, coverage?: Coverage): void {
    if (coverage) this.coverage.set(this.changes.length, coverage);
    this.changes.push({ change: old === null ? 'added' : 'removed', ...where, old, new: next });
  }

  /** Each change that covers no narrower changed amount, with the changed totals that cover it. */
  folded(): FoldedChange[] {
    const byKey = new Map<string, number[]>();
    const hasNarrower = new Set<string>();
    for (const [index, c] of this.coverage) {
      const key = coverageKey(c);
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
      for (const wider of widerKeys(c)) hasNarrower.add(wider);
    }
    // Totals in the annex's order (Приложение 1 before the passport that repeats it), then as found.
    const rank = (i: number): number => (this.changes[i].table === 'passport' ? this.changes.length : 0) + i;
    const out: FoldedChange[] = [];
    this.changes.forEach((change, index) => {
      const c = this.coverage.get(index);
      if (c === undefined) {
        out.push({ ...change, totals: [] });
        return;
      }
      if (hasNarrower.has(coverageKey(c))) return;
      const totals = widerKeys(c).flatMap((key) => byKey.get(key) ?? []);
      totals.sort((a, b) => rank(a) - rank(b));
      out.push({ ...change, totals: totals.map((i) => this.changes[i]) });
    });
    return out;
  }
}

function yearMap(years: readonly YearSpan[], values: readonly (Decimal | null)[]): Map<string, { year: YearSpan; value: Decimal | null }> {
  const map = new Map<string, { year: YearSpan; value: Decimal | null }>();
  years.forEach((year, i) => map.set(yearSpanKey(year), { year, value: values[i] ?? null }));
  return map;
}

function unionYears(a: readonly YearSpan[], b: readonly YearSpan[]): YearSpan[] {
  const seen = new Map<string, YearSpan>();
  for (const y of [...a, ...b]) if (!seen.has(yearSpanKey(y))) seen.set(yearSpanKey(y), y);
  return [...seen.values()].sort((x, y) => x.from - y.from || x.to - y.to);
}

function compareRows(
  list: ChangeList,
  where: Omit<Where, 'field' | 'year' | 'path'>,
  covers: Omit<Coverage, 'year'>,
  pathOf: (c: 'total' | YearSpan) => string,
  old: { row: FundingRow; years: readonly YearSpan[] },
  next: { row: FundingRow; years: readonly YearSpan[] },
): void {
  list.amount({ ...where, path: pathOf('total'), field: 'total', year: null }, old.row.total, next.row.total, { ...covers, year: ALL });
  const oldYears = yearMap(old.years, old.row.years);
  const newYears = yearMap(next.years, next.row.years);
  for (const year of unionYears(old.years, next.years)) {
    const key = yearSpanKey(year);
    list.amount({ ...where, path: pathOf(year), field: 'amount', year }, oldYears.get(key)?.value ?? null, newYears.get(key)?.value ?? null, { ...covers, year: key });
  }
}

function diffFunding(list: ChangeList, a: FundingTable | null, b: FundingTable | null): void {
  const base = { ...NOWHERE, table: 'funding' as const };
  if (!a || !b) {
    if (a || b) list.presence({ ...base, path: paths.funding, field: 'table' }, a ? (a.title ?? 'Приложение 1') : null, b ? (b.title ?? 'Приложение 1') : null);
    return;
  }
  list.text({ ...base, path: paths.funding, field: 'title' }, a.title, b.title);
  for (const [pairNo, sub] of match(a.subprograms, b.subprograms, (s) => foldName(s.title)).entries()) {
    const index = sub.newIndex >= 0 ? sub.newIndex : sub.oldIndex;
    const subWhere = { ...base, subprogram: (sub.new ?? sub.old)?.title ?? null };
    const subCovers = String(pairNo);
    if (!sub.old || !sub.new) {
      list.presence({ ...subWhere, path: paths.fundingSubprogram(index), field: 'subprogram' }, sub.old?.title ?? null, sub.new?.title ?? null, { sub: subCovers, source: ALL, year: ALL });
      continue;
    }
    list.text({ ...subWhere, path: paths.fundingSubprogram(index), field: 'title' }, sub.old.title, sub.new.title);
    const oldKeys = sourceKeys(sub.old.sources.map((s) => s.source));
    const newKeys = sourceKeys(sub.new.sources.map((s) => s.source));
    const keyOf = (keys: string[]) => (_: FundingRow, i: number) => keys[i];
    const oldKeyOf = keyOf(oldKeys);
    const newKeyOf = keyOf(newKeys);
    const pairs = match(
      sub.old.sources.map((row, i) => ({ row, key: oldKeyOf(row, i) })),
      sub.new.sources.map((row, i) => ({ row, key: newKeyOf(row, i) })),
      (s) => s.key,
    );
    for (const src of pairs) {
      const key = (src.new ?? src.old)!.key;
      const srcWhere = { ...subWhere, source: (src.new ?? src.old)!.row.source };
      if (!src.old || !src.new) {
        list.presence({ ...srcWhere, path: paths.fundingSource(index, key), field: 'source' }, src.old?.row.source ?? null, src.new?.row.source ?? null, { sub: subCovers, source: key, year: ALL });
        continue;
      }
      list.text({ ...srcWhere, path: paths.fundingSource(index, key), field: 'name' }, src.old.row.source, src.new.row.source);
      compareRows(list, srcWhere, { sub: subCovers, source: key }, (c) => paths.fundingSourceCell(index, key, c), { row: src.old.row, years: a.years }, { row: src.new.row, years: b.years });
    }
    if (sub.old.total && sub.new.total) {
      compareRows(list, { ...subWhere, source: null }, { sub: subCovers, source: ALL }, (c) => paths.fundingSubtotalCell(index, c), { row: sub.old.total, years: a.years }, { row: sub.new.total, years: b.years });
    } else if (sub.old.total || sub.new.total) {
      list.presence({ ...subWhere, path: paths.fundingSubtotal(index), field: 'subtotal' }, sub.old.total ? 'Всего по подпрограмме' : null, sub.new.total ? 'Всего по подпрограмме' : null);
    }
  }
  if (a.total && b.total) {
    compareRows(list, { ...base }, { sub: ALL, source: ALL }, (c) => paths.fundingTotalCell(c), { row: a.total, years: a.years }, { row: b.total, years: b.years });
  } else if (a.total || b.total) {
    list.presence({ ...base, path: paths.fundingTotal, field: 'grandTotal' }, a.total ? 'ИТОГО' : null, b.total ? 'ИТОГО' : null);
  }
  const oldKeys = sourceKeys(a.totalBySource.map((s) => s.source));
  const newKeys = sourceKeys(b.totalBySource.map((s) => s.source));
  const bySource = match(
    a.totalBySource.map((row, i) => ({ row, key: oldKeys[i] })),
    b.totalBySource.map((row, i) => ({ row, key: newKeys[i] })),
    (s) => s.key,
  );
  for (const src of bySource) {
    const key = (src.new ?? src.old)!.key;
    const where = { ...base, source: (src.new ?? src.old)!.row.source };
    if (!src.old || !src.new) {
      list.presence({ ...where, path: paths.fundingBySource(key), field: 'source' }, src.old?.row.source ?? null, src.new?.row.source ?? null, { sub: ALL, source: key, year: ALL });
      continue;
    }
    compareRows(list, where, { sub: ALL, source: key }, (c) => paths.fundingBySourceCell(key, c), { row: src.old.row, years: a.years }, { row: src.new.row, years: b.years });
  }
}

function passportYears(
  list: ChangeList,
  where: Omit<Where, 'field' | 'year' | 'path'>,
  source: string,
  pathOf: (y: YearSpan) => string,
  a: readonly PassportYearAmount[],
  b: readonly PassportYearAmount[],
): void {
  const oldMap = new Map(a.map((y) => [yearSpanKey(y.year), y.amount]));
  const newMap = new Map(b.map((y) => [yearSpanKey(y.year), y.amount]));
  for (const year of unionYears(a.map((y) => y.year), b.map((y) => y.year))) {
    const key = yearSpanKey(year);
    list.amount({ ...where, path: pathOf(year), field: 'amount', year }, oldMap.get(key) ?? null, newMap.get(key) ?? null, { sub: ALL, source, year: key });
  }
}

function diffPassport(list: ChangeList, a: Passport | null, b: Passport | null): void {
  const base = { ...NOWHERE, table: 'passport' as const };
  if (!a || !b) {
    if (a || b) list.presence({ ...base, path: paths.passport, field: 'table' }, a ? 'Паспорт' : null, b ? 'Паспорт' : null);
    return;
  }
  list.text({ ...base, path: paths.passportPeriod, field: 'period' }, a.periodText, b.periodText);
  const subs = Math.max(a.subprograms.length, b.subprograms.length);
  for (let i = 0; i < subs; i++) list.text({ ...base, path: paths.passportSubprogram(i), field: 'subprogram' }, a.subprograms[i] ?? null, b.subprograms[i] ?? null);
  for (const field of match(a.fields, b.fields, (f) => foldName(f.label))) {
    const label = (field.new ?? field.old)!.label;
    list.text({ ...base, path: `${paths.passport}/field/${field.newIndex >= 0 ? field.newIndex + 1 : field.oldIndex + 1}`, field: label }, field.old?.value ?? null, field.new?.value ?? null);
  }
  const fa = a.funding;
  const fb = b.funding;
  if (!fa || !fb) {
    if (fa || fb) list.presence({ ...base, path: paths.passportFunding, field: 'funding' }, fa ? 'Источники финансирования' : null, fb ? 'Источники финансирования' : null);
    return;
  }
  list.amount({ ...base, path: paths.passportFundingTotal, field: 'total' }, fa.total, fb.total, { sub: ALL, source: ALL, year: ALL });
  passportYears(list, base, ALL, (y) => paths.passportFundingYear(y), fa.years, fb.years);
  const oldKeys = sourceKeys(fa.sources.map((s) => s.name));
  const newKeys = sourceKeys(fb.sources.map((s) => s.name));
  const pairs = match(
    fa.sources.map((s, i) => ({ s, key: oldKeys[i] })),
    fb.sources.map((s, i) => ({ s, key: newKeys[i] })),
    (x) => x.key,
  );
  for (const src of pairs) {
    const key = (src.new ?? src.old)!.key;
    const where = { ...base, source: (src.new ?? src.old)!.s.name };
    if (!src.old || !src.new) {
      list.presence({ ...where, path: paths.passportSource(key), field: 'source' }, src.old?.s.name ?? null, src.new?.s.name ?? null, { sub: ALL, source: key, year: ALL });
      continue;
    }
    list.text({ ...where, path: paths.passportSource(key), field: 'name' }, src.old.s.name, src.new.s.name);
    list.amount({ ...where, path: paths.passportSourceCell(key, 'total'), field: 'total' }, src.old.s.total, src.new.s.total, { sub: ALL, source: key, year: ALL });
    passportYears(list, where, key, (y) => paths.passportSourceCell(key, y), src.old.s.years, src.new.s.years);
  }
}

function diffIndicator(list: ChangeList, where: Omit<Where, 'field' | 'year' | 'path'>, at: [number, number, number], a: Indicator, b: Indicator, aYears: readonly YearSpan[], bYears: readonly YearSpan[]): void {
  const [s, act, i] = at;
  list.text({ ...where, path: paths.indicatorField(s, act, i, 'name'), field: 'name', year: null }, a.name, b.name);
  list.text({ ...where, path: paths.indicatorField(s, act, i, 'unit'), field: 'unit', year: null }, a.unit, b.unit);
  list.text({ ...where, path: paths.indicatorField(s, act, i, 'type'), field: 'type', year: null }, a.type, b.type);
  list.text({ ...where, path: paths.indicatorField(s, act, i, 'base'), field: 'base', year: null }, indicatorValueText(a.base), indicatorValueText(b.base));
  const oldPlan = new Map(aYears.map((y, k) => [yearSpanKey(y), a.plan[k] ?? null]));
  const newPlan = new Map(bYears.map((y, k) => [yearSpanKey(y), b.plan[k] ?? null]));
  for (const year of unionYears(aYears, bYears)) {
    const key = yearSpanKey(year);
    list.text({ ...where, path: paths.indicatorPlan(s, act, i, year), field: 'plan', year }, indicatorValueText(oldPlan.get(key) ?? null), indicatorValueText(newPlan.get(key) ?? null));
  }
}

function diffIndicators(list: ChangeList, a: IndicatorTable | null, b: IndicatorTable | null): void {
  const base = { ...NOWHERE, table: 'indicators' as const };
  if (!a || !b) {
    if (a || b) list.presence({ ...base, path: paths.indicators, field: 'table' }, a ? (a.title ?? 'Приложение 2') : null, b ? (b.title ?? 'Приложение 2') : null);
    return;
  }
  list.text({ ...base, path: paths.indicators, field: 'title' }, a.title, b.title);
  for (const sub of match(a.subprograms, b.subprograms, (s) => foldName(s.title))) {
    const si = sub.newIndex >= 0 ? sub.newIndex : sub.oldIndex;
    const subWhere = { ...base, subprogram: (sub.new ?? sub.old)!.title };
    if (!sub.old || !sub.new) {
      list.presence({ ...subWhere, path: paths.indicatorSubprogram(si), field: 'subprogram' }, sub.old?.title ?? null, sub.new?.title ?? null);
      continue;
    }
    list.text({ ...subWhere, path: paths.indicatorSubprogram(si), field: 'title' }, sub.old.title, sub.new.title);
    list.text({ ...subWhere, path: paths.indicatorSubprogram(si), field: 'number' }, sub.old.number, sub.new.number);
    for (const act of match<Activity>(sub.old.activities, sub.new.activities, (x) => foldName(x.title))) {
      const ai = act.newIndex >= 0 ? act.newIndex : act.oldIndex;
      const actWhere = { ...subWhere, activity: (act.new ?? act.old)!.title };
      if (!act.old || !act.new) {
        list.presence({ ...actWhere, path: paths.activity(si, ai), field: 'activity' }, act.old?.title ?? null, act.new?.title ?? null);
        continue;
      }
      list.text({ ...actWhere, path: paths.activityField(si, ai, 'number'), field: 'number' }, act.old.number, act.new.number);
      list.text({ ...actWhere, path: paths.activityField(si, ai, 'title'), field: 'title' }, act.old.title, act.new.title);
      for (const ind of match(act.old.indicators, act.new.indicators, (x) => foldName(x.name))) {
        const ii = ind.newIndex >= 0 ? ind.newIndex : ind.oldIndex;
        const indWhere = { ...actWhere, indicator: (ind.new ?? ind.old)!.name };
        if (!ind.old || !ind.new) {
          list.presence({ ...indWhere, path: paths.indicator(si, ai, ii), field: 'indicator', year: null }, ind.old?.name ?? null, ind.new?.name ?? null);
          continue;
        }
        diffIndicator(list, indWhere, [si, ai, ii], ind.old, ind.new, a.years, b.years);
      }
    }
  }
}

/** The changes from `a` to `b`, folded (see the top of this file). */
export function diffPrograms(a: Program, b: Program): FoldedChange[] {
  return changeList(a, b).folded();
}

/** Every change, unfolded: each total as a change of its own. */
export function rawChanges(a: Program, b: Program): Change[] {
  return changeList(a, b).changes;
}

function changeList(a: Program, b: Program): ChangeList {
  const list = new ChangeList();
  const base = { ...NOWHERE, table: 'program' as const };
  list.text({ ...base, path: 'municipality', field: 'municipality' }, a.municipality, b.municipality);
  list.text({ ...base, path: 'title', field: 'title' }, a.title, b.title);
  list.text({ ...base, path: 'period', field: 'period' }, periodLabel(a.period), periodLabel(b.period));
  diffPassport(list, a.passport, b.passport);
  diffFunding(list, a.funding, b.funding);
  diffIndicators(list, a.indicators, b.indicators);
  return list;
}
