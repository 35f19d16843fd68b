// Differential fuzz of the rules: checkProgram on mutated copies of the worked example, by this tree's sources
// and by another copy of them (the sources before an optimisation: `git archive <commit> src | tar -x -C DIR`),
// compared as JSON. Every optimisation of the rules keeps the report byte-identical; the 298 workbooks of
// same-findings say so for what was read from sheets, this for programs no sheet gave (the store's pushes):
// amounts emptied, zeroed, negative or shifted, rows and years repeated, sources renamed, subprograms removed.
//
//   npx tsx bench/rules-fuzz.ts OTHER_SRC [copies] [seed]     (default 3000 copies, seed 1)
//
// Prints how many copies were compared and how many differ (and the first few that do, with their mutations).
import { resolve } from 'node:path';
import { checkProgram } from '../src/domain/check-program';
import { Program } from '../src/domain/model/program';
import example from '../examples/stupino-2020-2024.program.json';

type Json = Record<string, unknown>;
type CheckFn = (input: { program: unknown }) => unknown;
interface ProgramParser {
  parse(raw: unknown): unknown;
}

const [otherSrc, copiesArg, seedArg] = process.argv.slice(2);
if (!otherSrc) throw new Error('usage: npx tsx bench/rules-fuzz.ts OTHER_SRC [copies] [seed]');
const copies = Number(copiesArg ?? 3000);
let state = Number(seedArg ?? 1) >>> 0 || 1;

/** xorshift32: the same copies for the same seed. */
function random(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x100000000;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (p: number): boolean => random() < p;

const SOURCE_NAMES = [
  'Федеральный бюджет',
  'Бюджет Московской области',
  'Средства бюджета Московской области',
  'Бюджет городского округа Ступино',
  'Средства бюджета городского округа',
  'Внебюджетные источники',
  'Областной бюджет',
  'Прочие средства',
  'Фeдеральный бюджет', // a Latin «e»
  '',
  '  бюджет   поселения ',
];
const AMOUNTS = [null, '0', '0.0', '-5', '-0.0', '12.345', '100', '1e3', '99999999999999999999.9', '0.05'];

/** An amount changed in one of the ways a cell goes wrong. */
function mutateAmount(d: string | null): string | null {
  switch (Math.floor(random() * 5)) {
    case 0:
      return null;
    case 1:
      return '0';
    case 2:
      return d === null || d.startsWith('-') ? '-1' : `-${d}`;
    case 3: {
      if (d === null || !/^-?\d+(\.\d+)?$/.test(d)) return '1';
      const [whole, frac] = d.split('.');
      return `${BigInt(whole) + BigInt(Math.floor(random() * 3) - 1)}${frac !== undefined ? `.${frac}` : ''}`;
    }
    default: {
      const a = pick(AMOUNTS);
      return a === '1e3' ? '1000' : a;
    }
  }
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Every funding row of a program, for the mutations of amounts and names. */
function fundingRowsOf(p: Json): Json[] {
  const f = p.funding as Json | null;
  if (!f) return [];
  const rows: Json[] = [];
  for (const sp of f.subprograms as Json[]) {
    rows.push(...(sp.sources as Json[]));
    if (sp.total) rows.push(sp.total as Json);
  }
  if (f.total) rows.push(f.total as Json);
  rows.push(...(f.totalBySource as Json[]));
  return rows;
}

function indicatorsOf(p: Json): Json[] {
  const t = p.indicators as Json | null;
  if (!t) return [];
  return (t.subprograms as Json[]).flatMap((sp) => (sp.activities as Json[]).flatMap((a) => a.indicators as Json[]));
}

const MUTATIONS: Record<string, (p: Json) => void> = {
  amount: (p) => {
    const rows = fundingRowsOf(p);
    if (rows.length === 0) return;
    const r = pick(rows);
    const years = r.years as (string | null)[];
    const i = Math.floor(random() * (years.length + 1));
    if (i === years.length) r.total = mutateAmount(r.total as string | null);
    else years[i] = mutateAmount(years[i]);
  },
  plan: (p) => {
    const list = indicatorsOf(p);
    if (list.length === 0) return;
    const ind = pick(list);
    const plan = ind.plan as (Json | null)[];
    const i = Math.floor(random() * (plan.length + 1));
    if (i === plan.length) ind.base = chance(0.3) ? null : { value: mutateAmount('10') ?? '0', bound: null };
    else plan[i] = chance(0.3) ? null : { value: mutateAmount((plan[i]?.value as string) ?? '1') ?? '0', bound: chance(0.1) ? 'min' : null };
  },
  passportAmount: (p) => {
    const f = (p.passport as Json | null)?.funding as Json | null | undefined;
    if (!f) return;
    if (chance(0.3)) f.total = mutateAmount(f.total as string | null);
    const sources = f.sources as Json[];
    if (sources.length === 0) return;
    const s = pick(sources);
    const years = s.years as Json[];
    if (chance(0.3) || years.length === 0) s.total = mutateAmount(s.total as string | null);
    else {
      const y = pick(years);
      y.amount = mutateAmount(y.amount as string | null);
    }
  },
  duplicateSource: (p) => {
    const f = p.funding as Json | null;
    if (!f || (f.subprograms as Json[]).length === 0) return;
    const sp = pick(f.subprograms as Json[]);
    const sources = sp.sources as Json[];
    if (sources.length > 0) sources.splice(Math.floor(random() * sources.length), 0, clone(pick(sources)));
  },
  duplicateIndicator: (p) => {
    const t = p.indicators as Json | null;
    if (!t || (t.subprograms as Json[]).length === 0) return;
    const acts = (pick(t.subprograms as Json[]).activities as Json[]);
    if (acts.length === 0) return;
    const a = pick(acts);
    const list = a.indicators as Json[];
    if (list.length > 0) list.splice(Math.floor(random() * list.length), 0, clone(pick(list)));
    else if (chance(0.5)) acts.push(clone(a));
  },
  renameSource: (p) => {
    const rows = fundingRowsOf(p);
    if (rows.length > 0) pick(rows).source = pick(SOURCE_NAMES);
    const f = (p.passport as Json | null)?.funding as Json | null | undefined;
    if (f && (f.sources as Json[]).length > 0 && chance(0.3)) pick(f.sources as Json[]).name = pick(SOURCE_NAMES);
  },
  renameText: (p) => {
    const list = indicatorsOf(p);
    if (list.length === 0) return;
    const ind = pick(list);
    const field = pick(['name', 'unit', 'type'] as const);
    ind[field] = pick(['', 'Доля нарушений', 'Увеличение числа мест', 'процентов', 'прoцент', 'единиц', 'Показатель рeализации', ind[field] as string]);
  },
  repeatYear: (p) => {
    const table = pick(['funding', 'indicators'] as const);
    const t = p[table] as Json | null;
    if (!t) return;
    const years = t.years as Json[];
    if (years.length === 0) return;
    const i = Math.floor(random() * years.length);
    years.splice(i, 0, clone(years[i]));
    if (table === 'funding') for (const r of fundingRowsOf(p)) (r.years as unknown[]).splice(i, 0, (r.years as unknown[])[i] ?? null);
    else for (const ind of indicatorsOf(p)) (ind.plan as unknown[]).splice(i, 0, (ind.plan as unknown[])[i] ?? null);
  },
  removeSubprogram: (p) => {
    const where = pick(['funding', 'indicators', 'passport'] as const);
    const t = p[where] as Json | null;
    if (!t) return;
    const list = t.subprograms as unknown[];
    if (list.length > 0) list.splice(Math.floor(random() * list.length), 1);
  },
  removeTotal: (p) => {
    const f = p.funding as Json | null;
    if (!f) return;
    if (chance(0.5)) f.total = null;
    else if ((f.subprograms as Json[]).length > 0) pick(f.subprograms as Json[]).total = null;
  },
  removeTable: (p) => {
    if (chance(0.2)) p[pick(['funding', 'indicators', 'passport'] as const)] = null;
  },
};

/** A mutated copy of the example and the names of its mutations. */
function mutant(): { raw: Json; done: string[] } {
  const raw = clone(example) as unknown as Json;
  const names = Object.keys(MUTATIONS);
  const done: string[] = [];
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const name = pick(names);
    MUTATIONS[name](raw);
    done.push(name);
  }
  return { raw, done };
}

async function main(): Promise<void> {
  const dir = resolve(otherSrc);
  const other = (await import(resolve(dir, 'domain/check-program.ts'))) as { checkProgram: CheckFn };
  const otherProgram = ((await import(resolve(dir, 'domain/model/program.ts'))) as { Program: ProgramParser }).Program;
  let compared = 0;
  let invalid = 0;
  let differ = 0;
  for (let i = 0; i < copies; i++) {
    const { raw, done } = mutant();
    // Each side parses its own copy: the rules' caches are per table object, and no side sees the other's.
    const ours = Program.safeParse(clone(raw));
    if (!ours.success) {
      invalid++;
      continue;
    }
    const mine = JSON.stringify(checkProgram({ program: ours.data }));
    const theirs = JSON.stringify(other.checkProgram({ program: otherProgram.parse(clone(raw)) }));
    compared++;
    if (mine !== theirs) {
      differ++;
      if (differ <= 3) {
        let at = 0;
        while (at < mine.length && mine[at] === theirs[at]) at++;
        process.stdout.write(`copy ${i} (${done.join(', ')}) differs at ${at}:\n  this:  ${mine.slice(Math.max(0, at - 80), at + 120)}\n  other: ${theirs.slice(Math.max(0, at - 80), at + 120)}\n`);
      }
    }
  }
  process.stdout.write(`${compared} compared (${invalid} copies not a valid program), ${differ} differ\n`);
  if (differ > 0) process.exitCode = 1;
}

void main();
