// What re-validating one program costs (issue 10: the store's check worker runs checkProgram on every push),
// beside its floors measured in the same run:
//   - parse: JSON.parse + Program.parse of the same payload (what a push pays before any rule runs);
//   - walk: a bare pass over the program that reads every amount exactly (scaledNumber) and tests every text
//     once — the least a check of every value does.
// The worked example at ×1 and ×10 (bench/scaled-program.ts), a fresh Program.parse for every call (the
// rules' per-table caches are per object, as in the store); CPU time (process.cpuUsage), medians of blocks.
// Then the split by rule of one more set of calls (each rule timed alone; the sum exceeds the whole by the
// timer's own cost).
//
//   npx tsx bench/rules-per-program.ts [calls]       (default 1000; run under tsx, so slower than the bundle)
import { scaledNumber } from '../src/domain/amount';
import { checkProgram } from '../src/domain/check-program';
import { Program } from '../src/domain/model/program';
import type { AnyRule } from '../src/domain/rules/define-rule';
import { ALL_RULES } from '../src/domain/rules/index';
import example from '../examples/stupino-2020-2024.program.json';
import { scaleProgram } from './scaled-program';

const calls = Number(process.argv[2] ?? 1000);
const BLOCK = 50;

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** µs per call of `f` on fresh programs parsed from `text`: median over blocks (parsing outside the timing). */
function perCall(text: string, n: number, f: (p: Program) => void): number {
  const blocks: number[] = [];
  for (let done = 0; done < n; done += BLOCK) {
    const programs = Array.from({ length: BLOCK }, () => Program.parse(JSON.parse(text)));
    blocks.push((cpuMs(() => programs.forEach(f)) * 1000) / BLOCK);
  }
  return median(blocks);
}

/** The floor "walk": every amount read exactly, every text tested once. */
function walk(p: Program): number {
  let n = 0;
  const amount = (d: string | null | undefined) => {
    if (d) n += scaledNumber(d, 3) > 0 ? 1 : 0;
  };
  const text = (t: string) => {
    n += /[A-Za-z]/.test(t) ? 1 : 0;
  };
  for (const sp of p.funding?.subprograms ?? []) {
    text(sp.title);
    for (const r of [...sp.sources, ...(sp.total ? [sp.total] : [])]) {
      text(r.source);
      amount(r.total);
      r.years.forEach(amount);
    }
  }
  for (const sp of p.indicators?.subprograms ?? []) {
    text(sp.title);
    for (const a of sp.activities) {
      text(a.title);
      for (const i of a.indicators) {
        text(i.name);
        text(i.unit);
        text(i.type);
        amount(i.base?.value);
        for (const v of i.plan) amount(v?.value);
      }
    }
  }
  return n;
}

function main(): void {
  const base = Program.parse(example);
  for (const scale of [1, 10]) {
    const text = JSON.stringify(scale === 1 ? base : scaleProgram(base, scale));
    const n = Math.max(BLOCK, Math.round(calls / scale));
    perCall(text, n, (p) => checkProgram({ program: p })); // warm-up
    const parse = median(Array.from({ length: Math.ceil(n / BLOCK) }, () => (cpuMs(() => {
      for (let i = 0; i < BLOCK; i++) Program.parse(JSON.parse(text));
    }) * 1000) / BLOCK));
    const bare = perCall(text, n, walk);
    const check = perCall(text, n, (p) => checkProgram({ program: p }));
    process.stdout.write(
      `×${scale} (${(text.length / 1024).toFixed(0)} KB): checkProgram ${check.toFixed(0)} µs/call · floors: parse ${parse.toFixed(0)} µs, walk ${bare.toFixed(0)} µs · checkProgram/parse ${(check / parse).toFixed(2)}\n`,
    );
  }

  // The split by rule, ×1.
  const spent = new Map<string, number>();
  const timed: AnyRule[] = ALL_RULES.map((rule) => ({
    meta: rule.meta,
    check(context: never) {
      spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + cpuMs(() => rule.check(context)));
    },
  }));
  const text = JSON.stringify(base);
  const n = Math.max(BLOCK, calls);
  for (let i = 0; i < n; i++) checkProgram({ program: Program.parse(JSON.parse(text)), rules: timed });
  const top = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 12);
  process.stdout.write(`×1 by rule, µs/call: ${top.map(([id, ms]) => `${id} ${((ms * 1000) / n).toFixed(0)}`).join(' · ')}\n`);
}

main();
