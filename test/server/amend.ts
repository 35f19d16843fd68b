// Amendments as a finance officer makes them: an amount of Приложение 1 changed with every total that
// shows it adjusted (row total, subprogram, ИТОГО, the source over all subprograms, the passport), so
// that the amended program is as valid as the one before.
import { fromScaled, toScaled } from '../../src/domain/amount';
import type { Program } from '../../src/domain/model/program';
import { sourceCategory } from '../../src/domain/sources';

/** Adds `delta` (a decimal text, "12.5") to the amount of source `source` of subprogram `sub` (0-based) in `year`. */
export function addToAmount(base: Program, sub: number, source: RegExp, year: number, delta: string): Program {
  const p = structuredClone(base);
  const f = p.funding!;
  const yi = f.years.findIndex((y) => y.from === year && y.to === year);
  if (yi < 0) throw new Error(`no year ${year}`);
  const add = (value: string | null): string => fromScaled(toScaled(value ?? '0', 1) + toScaled(delta, 1), 1);
  const row = f.subprograms[sub].sources.find((s) => source.test(s.source))!;
  const category = sourceCategory(row.source);
  const bump = (r: { years: (string | null)[]; total: string | null }) => {
    r.years[yi] = add(r.years[yi]);
    r.total = add(r.total);
  };
  bump(row);
  bump(f.subprograms[sub].total!);
  bump(f.total!);
  bump(f.totalBySource.find((s) => sourceCategory(s.source) === category)!);
  const pf = p.passport!.funding!;
  pf.total = add(pf.total);
  for (const y of pf.years) if (y.year.from === year) y.amount = add(y.amount);
  const ps = pf.sources.find((s) => sourceCategory(s.name) === category)!;
  ps.total = add(ps.total);
  for (const y of ps.years) if (y.year.from === year) y.amount = add(y.amount);
  return p;
}
