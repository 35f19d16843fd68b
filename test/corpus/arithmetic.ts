// The corpus's own arithmetic, independent of sverka: from the amounts as printed, every sum the document
// states and the sum of its parts, compared exactly (BigInt at the largest number of decimals printed).
import type { FundingReading, ParagraphReading, PrintedRow, Reading } from './fragment';

export interface Mismatch {
  stated: string;
  computed: string;
  what: string;
}

/** "5 894,0" → { digits: 58940n, scale: 1 }. */
interface Exact {
  digits: bigint;
  scale: number;
}

export function exact(printed: string): Exact {
  const compact = printed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) throw new Error(`not an amount: «${printed}»`);
  const [whole, frac = ''] = compact.split('.');
  return { digits: BigInt(whole + frac), scale: frac.length };
}

function rescale(a: Exact, scale: number): bigint {
  return a.digits * 10n ** BigInt(scale - a.scale);
}

/** Sums exactly; null (empty, dash) is zero. Returns the sum printed the Russian way at the largest scale. */
export function sum(values: readonly (string | null | undefined)[]): Exact {
  const parts = values.filter((v): v is string => v !== null && v !== undefined).map(exact);
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  return { digits: parts.reduce((s, p) => s + rescale(p, scale), 0n), scale };
}

export function equal(a: Exact, b: Exact): boolean {
  const scale = Math.max(a.scale, b.scale);
  return rescale(a, scale) === rescale(b, scale);
}

/** 23646351n at scale 1 → "2364635,1" (no grouping: the defects list writes them so). */
export function print(a: Exact): string {
  const negative = a.digits < 0n;
  const digits = (negative ? -a.digits : a.digits).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const frac = digits.slice(digits.length - a.scale);
  return (negative ? '-' : '') + whole + (a.scale > 0 ? ',' + frac : '');
}

/** Equal as amounts: "2 365 286,7" and "2365286,70". */
export function sameAmount(a: string, b: string): boolean {
  return equal(exact(a), exact(b));
}

export function mismatches(read: Reading): Mismatch[] {
  if (read.kind === 'funding') return fundingMismatches(read);
  if (read.kind === 'paragraph') return paragraphMismatches(read);
  return [];
}

function check(out: Mismatch[], stated: string | null | undefined, parts: readonly (string | null)[], what: string): void {
  if (stated === null || stated === undefined) return;
  const computed = sum(parts);
  if (!equal(exact(stated), computed)) out.push({ stated, computed: print(computed), what });
}

function rowTotal(out: Mismatch[], row: PrintedRow): void {
  if (row.total !== undefined) check(out, row.total, row.years, `${row.label}: total vs its years`);
}

function columns(read: FundingReading): ('total' | number)[] {
  const hasTotal = [...read.sources, ...(read.total ? [read.total] : [])].some((r) => r.total !== undefined);
  return [...(hasTotal ? (['total'] as const) : []), ...read.years.map((_, i) => i)];
}

function cellOf(row: PrintedRow, column: 'total' | number): string | null {
  return column === 'total' ? (row.total ?? null) : (row.years[column] ?? null);
}

function fundingMismatches(read: FundingReading): Mismatch[] {
  const out: Mismatch[] = [];
  const subprograms = read.subprograms ?? [];
  for (const sp of subprograms) {
    for (const row of sp.sources) rowTotal(out, row);
    if (sp.total) {
      rowTotal(out, sp.total);
      for (const c of columns(read)) check(out, cellOf(sp.total, c), sp.sources.map((s) => cellOf(s, c)), `${sp.title}: total vs its sources`);
    }
  }
  for (const row of read.sources) rowTotal(out, row);
  for (const row of read.ofWhich ?? []) rowTotal(out, row);
  if (read.total) {
    rowTotal(out, read.total);
    const parts = subprograms.length > 0 ? subprograms.map((sp) => sp.total!) : read.sources;
    if (parts.length > 0) for (const c of columns(read)) check(out, cellOf(read.total, c), parts.map((p) => cellOf(p, c)), 'the total vs its parts');
    for (const repeat of read.totalRepeats ?? []) for (const c of columns(read)) check(out, cellOf(repeat, c), [cellOf(read.total, c)], `${repeat.label} vs the total`);
  }
  return out;
}

/**
 * A paragraph's sums, as far as the text gives them: a source's "всего" against its years when it gives every
 * year the paragraph's total gives (a list cut short says nothing of the years it lacks), the total against
 * its years and against the sources, and each year against the sources' lines of that year.
 */
function paragraphMismatches(read: ParagraphReading): Mismatch[] {
  const out: Mismatch[] = [];
  const periodYears = read.years.length;
  const complete = (years: readonly [string, string][]): boolean => years.length > 0 && (periodYears === 0 || years.length >= periodYears);
  if (read.total !== null && read.years.length > 0) check(out, read.total, read.years.map(([, v]) => v), 'the total vs its years');
  for (const source of read.sources) {
    if (complete(source.years)) check(out, source.total, source.years.map(([, v]) => v), `${source.name}: total vs its years`);
    for (const [label, amount, years] of source.stages ?? []) {
      check(out, amount, years.map((y) => source.years.find(([sy]) => sy === y)?.[1] ?? null), `${source.name}, ${label}`);
    }
  }
  if (read.total !== null && read.sources.length > 0 && read.sources.every((s) => s.total !== null)) {
    check(out, read.total, read.sources.map((s) => s.total), 'the total vs the sources');
  }
  if (read.sources.length > 0 && read.sources.every((s) => complete(s.years))) {
    for (const [year, amount] of read.years) {
      check(out, amount, read.sources.map((s) => s.years.find(([y]) => y === year)?.[1] ?? null), `${year} vs the sources' lines`);
    }
  }
  return out;
}
