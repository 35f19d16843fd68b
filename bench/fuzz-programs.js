// Differential fuzzing of checkProgram, the program-JSON path (the store's pushes: a program no sheet gave),
// between two source trees: each tree's src/domain/check-program.ts and model are bundled with esbuild and run
// in a child process of its own on mutated copies of program models (amounts zeroed, negative, shifted, long
// fractions, emptied; texts retyped or replaced by the readers' words; list items removed, repeated, swapped;
// years shifted; optional keys removed). Both builds parse the copy with their own Program schema and check it;
// the reports (or the schema's refusal) are compared as JSON. Differences are printed with the seed and case
// that make the same copy again and written, with the copy, to --out.
//
//   npx sverka export BOOK.xlsx > PROGRAMS/BOOK.json   (the models: any directory of program JSON)
//   node bench/fuzz-programs.js TREE_A TREE_B --programs DIR [--seed N] [--seconds S] [--count N] [--out DIR]
//                                             [--case I] [--timeout MS]
// Exit code: 0 no difference, 1 some difference, 2 the harness failed.
'use strict';
const { fork } = require('node:child_process');
const { setTimeout, clearTimeout } = require('node:timers');
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

function child(bundle) {
  const { checkProgram, Program } = require(resolve(bundle));
  process.on('message', (m) => {
    let out;
    try {
      const parsed = Program.safeParse(JSON.parse(m.program));
      out = parsed.success ? JSON.stringify(checkProgram({ program: parsed.data })) : `refused: ${JSON.stringify(parsed.error.issues[0])}`;
    } catch (error) {
      out = `threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    process.send({ id: m.id, out });
  });
  process.send({ ready: true });
}

/** One tree's checker in a child process: check(text) → its output, or "timeout" (the child is restarted). */
class Checker {
  constructor(bundle, timeout) {
    this.bundle = bundle;
    this.timeout = timeout;
    this.next = 0;
    this.proc = null;
  }

  start() {
    const proc = fork(module.filename, ['--child', this.bundle], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.proc = proc;
    this.pending = new Map();
    this.ready = new Promise((res, rej) => {
      proc.once('message', () => res());
      proc.once('exit', (code) => rej(new Error(`${this.bundle}: child exited (${code})`)));
    });
    proc.on('message', (m) => this.pending.get(m.id)?.(m.out));
    proc.on('exit', () => {
      for (const p of this.pending.values()) p('crashed');
    });
  }

  async check(program) {
    if (!this.proc) this.start();
    await this.ready;
    const id = ++this.next;
    let timer;
    const out = await new Promise((res) => {
      this.pending.set(id, res);
      timer = setTimeout(() => res('timeout'), this.timeout);
      this.proc.send({ id, program });
    });
    clearTimeout(timer);
    this.pending.delete(id);
    if (out === 'timeout' || out === 'crashed') {
      this.proc.kill('SIGKILL');
      this.proc = null;
    }
    return out;
  }

  stop() {
    this.proc?.kill();
  }
}

/** A tree's checkProgram and Program, bundled into one file. */
function buildChecker(tree, file) {
  const { buildSync } = require('esbuild');
  buildSync({
    stdin: { contents: "export { checkProgram } from './src/domain/check-program';\nexport { Program } from './src/domain/model/program';\n", resolveDir: resolve(tree), loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: file,
    logLevel: 'warning',
  });
  return file;
}

function random(seed, index) {
  let a = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
  const r = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < 4; i++) r();
  r.int = (n) => Math.floor(r() * n);
  r.pick = (list) => list[Math.floor(r() * list.length)];
  r.chance = (p) => r() < p;
  return r;
}

const WORDS = ['Всего', 'Итого', 'Средства федерального бюджета', 'Бюджет Московской области', 'Средства бюджета городского округа', 'Внебюджетные источники', 'тыс. руб.', '%', 'ед.', 'процент', 'человек', 'Наименование', 'Источник финансирования', 'Подпрограмма I', ''];
const RETYPES = [(s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => ` ${s} `, (s) => s.replace(/ /g, '  '), (s) => s.replace(/ /g, '\u00a0'), (s) => s.replace(/ /g, '\t'), (s) => s.replace(/е/g, 'ё'), (s) => s.replace(/о/g, 'o').replace(/а/g, 'a'), (s) => `${s}.`, (s) => s.replace(/«|»/g, '"'), (s) => s.slice(0, Math.max(1, s.length - 2))];
const AMOUNTS = ['0', '0.0', '-0', '-1', '-250.5', '1000000000000', '0.1234567890123456789', '1234.5678901234567', '99999999999.99', '0.01', '0.05', '100', '100.0', '100.01', '1e3', ''];

/** Every place in the model: [parent, key] pairs, with the value's kind. */
function places(node, out = [], parent = null, key = null) {
  if (parent) out.push({ parent, key, value: node });
  if (Array.isArray(node)) node.forEach((v, i) => places(v, out, node, i));
  else if (node && typeof node === 'object') for (const k of Object.keys(node)) places(node[k], out, node, k);
  return out;
}

const isAmount = (v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v);

function mutate(program, r) {
  const all = places(program);
  const amounts = all.filter((p) => isAmount(p.value));
  const texts = all.filter((p) => typeof p.value === 'string' && !isAmount(p.value));
  const numbers = all.filter((p) => typeof p.value === 'number');
  const lists = all.filter((p) => Array.isArray(p.value) && p.value.length > 0);
  const objects = all.filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value));
  const kind = r.pick(['amount', 'amount', 'amount', 'text', 'text', 'number', 'list', 'list', 'key', 'copy']);
  const at = (p) => `${typeof p.key === 'number' ? `[${p.key}]` : p.key}`;
  if (kind === 'amount' && amounts.length) {
    const p = r.pick(amounts);
    const old = p.value;
    const how = r.int(4);
    const next = how === 0 ? r.pick(AMOUNTS) : how === 1 ? (old.startsWith('-') ? old.slice(1) : `-${old}`) : how === 2 ? String(Number(old) + r.pick([0.1, 1, -1, 0.05, 1e-9])) : r.chance(0.5) ? null : `${old}0`;
    p.parent[p.key] = next;
    return `amount ${at(p)} ${old} → ${JSON.stringify(next)}`;
  }
  if (kind === 'text' && texts.length) {
    const p = r.pick(texts);
    const next = r.chance(0.4) ? r.pick(WORDS) : r.pick(RETYPES)(p.value);
    const old = p.value;
    p.parent[p.key] = next;
    return `text ${at(p)} ${JSON.stringify(old.slice(0, 60))} → ${JSON.stringify(next.slice(0, 60))}`;
  }
  if (kind === 'number' && numbers.length) {
    const p = r.pick(numbers);
    const old = p.value;
    p.parent[p.key] = old + r.pick([1, -1, 2, 100, -old]);
    return `number ${at(p)} ${old} → ${p.parent[p.key]}`;
  }
  if (kind === 'list' && lists.length) {
    const p = r.pick(lists);
    const list = p.value;
    const i = r.int(list.length);
    const how = r.int(3);
    if (how === 0) list.splice(i, 1);
    else if (how === 1) list.splice(i, 0, JSON.parse(JSON.stringify(list[i])));
    else {
      const j = r.int(list.length);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return `list ${at(p)}: ${['remove', 'repeat', 'swap with another'][how]} item ${i}`;
  }
  if (kind === 'key' && objects.length) {
    const p = r.pick(objects);
    const keys = Object.keys(p.value);
    if (!keys.length) return null;
    const k = r.pick(keys);
    if (r.chance(0.5)) delete p.value[k];
    else p.value[k] = null;
    return `key ${at(p)}.${k} removed or null`;
  }
  if (kind === 'copy' && amounts.length > 1) {
    const a = r.pick(amounts);
    const b = r.pick(amounts);
    b.parent[b.key] = a.value;
    return `amount ${at(b)} := ${at(a)} (${a.value})`;
  }
  return null;
}

async function main() {
  const argv = process.argv.slice(2);
  const o = { seed: Date.now() % 1_000_000_007, seconds: 600, count: Infinity, out: 'fuzz-programs-out', programs: undefined, case: undefined, timeout: 60_000, trees: [] };
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) o.trees.push(argv[i]);
    else {
      const key = argv[i].slice(2);
      if (!(key in o) || key === 'trees') throw new Error(`unknown option ${argv[i]}`);
      o[key] = ['out', 'programs'].includes(key) ? argv[++i] : Number(argv[++i]);
    }
  }
  if (o.trees.length !== 2 || !o.programs) throw new Error('usage: node bench/fuzz-programs.js TREE_A TREE_B --programs DIR [--seed N] [--seconds S] [--count N] [--out DIR] [--case I]');
  mkdirSync(o.out, { recursive: true });
  const names = readdirSync(o.programs).filter((f) => f.endsWith('.json')).sort();
  const [a, b] = o.trees.map((tree, k) => new Checker(buildChecker(tree, join(o.out, `checker-${k ? 'b' : 'a'}-${process.pid}.js`)), o.timeout));
  const started = Date.now();
  const stats = { seed: o.seed, trees: o.trees, cases: 0, refused: 0, differ: [] };
  const first = o.case ?? 0;
  const last = o.case !== undefined ? first + 1 : first + o.count;
  try {
    for (let i = first; i < last && (o.case !== undefined || Date.now() - started < o.seconds * 1000); i++) {
      const r = random(o.seed, i);
      const base = r.pick(names);
      const program = JSON.parse(readFileSync(join(o.programs, base), 'utf8'));
      const mutations = [];
      const wanted = 1 + r.int(r.chance(0.2) ? 8 : 3);
      for (let t = 0; mutations.length < wanted && t < wanted * 5; t++) {
        const said = mutate(program, r);
        if (said) mutations.push(said);
      }
      const text = JSON.stringify(program);
      const [x, y] = await Promise.all([a.check(text), b.check(text)]);
      stats.cases++;
      if (x.startsWith('refused')) stats.refused++;
      if (o.case !== undefined) process.stdout.write(`case ${i} of seed ${o.seed}: ${base}\n  ${mutations.join('\n  ')}\n  ${x === y ? 'same' : 'DIFFERENT'} (${x.slice(0, 100)})\n`);
      if (x !== y) {
        const replay = `node bench/fuzz-programs.js ${o.trees.join(' ')} --programs ${o.programs} --seed ${o.seed} --case ${i} --out ${o.out}`;
        let k = 0;
        while (k < x.length && x[k] === y[k]) k++;
        writeFileSync(join(o.out, `case-${o.seed}-${i}.json`), JSON.stringify({ base, mutations, replay, program, a: x, b: y }, null, 1));
        stats.differ.push({ case: i, base, mutations, replay });
        process.stdout.write(`DIFFER case ${i} (${base}):\n  ${mutations.join('\n  ')}\n  A …${JSON.stringify(x.slice(Math.max(0, k - 80), k + 120))}\n  B …${JSON.stringify(y.slice(Math.max(0, k - 80), k + 120))}\n  replay: ${replay}\n`);
      }
      if (stats.cases % 500 === 0) process.stdout.write(`${stats.cases} programs, ${stats.differ.length} differ, ${Math.round((Date.now() - started) / 1000)} s\n`);
    }
  } finally {
    a.stop();
    b.stop();
  }
  stats.seconds = Math.round((Date.now() - started) / 1000);
  if (o.case === undefined) writeFileSync(join(o.out, `summary-${o.seed}.json`), JSON.stringify(stats, null, 1));
  process.stdout.write(`seed ${o.seed}: ${stats.cases} programs (${stats.refused} refused by the schema) in ${stats.seconds} s, ${stats.differ.length} differ\n`);
  process.exitCode = stats.differ.length ? 1 : 0;
}

if (process.argv[2] === '--child') child(process.argv[3]);
else
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  });
