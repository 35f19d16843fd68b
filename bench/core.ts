// Validation speed, each figure beside its floor measured in the same run (issue 10):
//   - bare `node -e 0`, the process start every command pays;
//   - a bare streaming read of the same .xlsx (bench/bare-read.js: fflate + saxes, nothing built), the floor the
//     target is stated against, and the same read with Node's zlib inflating, as validate itself inflates
//     (bench/bare-read.js --zlib): the floor of the very libraries validate uses, lower by the JS inflater's cost;
//   - the same bare read started with the options of the command's first line (bin/sverka.js: one V8 background
//     thread, a small young generation, …), so that what the command gains from its own start-up options is seen apart;
//   - `sverka validate FILE --format json` as a user runs it (with the options of its first line), on the worked
//     example ×1, ×10, ×100, ×1000, with its ratio to the bare read and the growth from one size to the next
//     (linear: ≈ 10);
//   - at 100×, a diagnostic: validate and the bare read round after round in one process
//     (bench/warm-process.js), the first round (cold) beside the sixth (what the work costs once compiled).
// Medians of several runs (the machine is shared: ratios within one run are what to compare).
//
//   npm run bench:core            (tsx bench/core.ts [scales…])
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsxBuffer } from '../src/cli/xlsx/write-xlsx';
import { Program } from '../src/domain/model/program';
import { writeProgramWorkbook } from '../src/sheets/write/program-workbook';
import example from '../examples/stupino-2020-2024.program.json';
import { scaleProgram } from './scaled-program';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'sverka.js');
/**
 * Node's options on the command's first line (bin/sverka.js): `sverka` as a user runs it (npx, a link on PATH, npm's
 * launchers on Windows) starts with them, so the bench starts it with them too — with this process's Node, so that
 * every figure of the run comes from one Node.
 */
const launcher = (createRequire(__filename)(bin) as { launcherOptions: () => string[] }).launcherOptions();
const scales = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (scales.length === 0) scales.push(1, 10, 100, 1000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time of a process, ms, and its peak RSS, MB (from /usr/bin/time when there is one). */
function run(args: string[]): { ms: number; rssMb: number | null; status: number | null; stdout: string; stderr: string } {
  const timed = statSafe('/usr/bin/time');
  const t = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const rss = timed ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) / 1024 : null;
  return { ms, rssMb: rss, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The machine's load average (1, 5, 15 min): what the figures were measured under. */
function loadText(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

function statSafe(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The diagnostic of bench/warm-process.js on one book: validate and the bare read (zlib) round after round in one
 * process, medians over three processes of the first round (cold, as a command pays it) and the last (warm).
 */
function warmProcess(file: string): void {
  const rounds = 6;
  type Rounds = Record<'bare' | 'validate' | 'bareCpu' | 'validateCpu', number[]>;
  const runs: Rounds[] = [];
  for (let i = 0; i < 3; i++) {
    const r = run([...launcher, join(__dirname, 'warm-process.js'), file, String(rounds)]);
    if (r.status !== 0) throw new Error(`bench/warm-process.js exited ${r.status}: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout) as Rounds);
  }
  const at = (round: number, what: keyof Rounds) => median(runs.map((r) => r[what][round]));
  const line = (round: number, label: string) => {
    const [b, v, bc, vc] = [at(round, 'bare'), at(round, 'validate'), at(round, 'bareCpu'), at(round, 'validateCpu')];
    return `    ${label}: validate ${v.toFixed(0)} мс (ЦП ${vc.toFixed(0)}), голое чтение zlib + saxes ${b.toFixed(0)} мс (ЦП ${bc.toFixed(0)}): ×${(v / b).toFixed(2)} (ЦП ×${(vc / bc).toFixed(2)})`;
  };
  console.log('  100× в одном уже запущенном процессе, прогон за прогоном (bench/warm-process.js; диагностика, не цель — CLI всегда холодный):');
  console.log(line(0, '1-й прогон (холодный JIT, как у команды)'));
  console.log(line(rounds - 1, `${rounds}-й прогон (код уже скомпилирован)`));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  try {
    run([join(root, 'scripts', 'build-cli.mjs')]); // the bundle and its code cache, of these sources
    const nodeStart = median(Array.from({ length: 7 }, () => run(['-e', '0']).ms));
    console.log(`Проверка книги (sverka validate --format json), медианы; машина: ${cpus().length} ядра, ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load average ${loadText()}`);
    console.log(`  пол: голый «node -e 0» — ${nodeStart.toFixed(0)} мс`);
    console.log('  голое чтение: fflate + saxes (пол цели); в скобках — zlib + saxes, те же библиотеки, что у validate;');
    console.log(`  в квадратных скобках — fflate + saxes с параметрами Node из первой строки команды (${launcher.join(' ') || 'без параметров'}), с которыми validate и запускается`);
    console.log('  масштаб   файл, КБ   голое чтение, мс         validate, мс   validate / чтение          рост к пред.   пик RSS, МБ   замечаний');
    let previous: number | null = null;
    const results: { scale: number; validate: number; bare: number; bareZlib: number; bareLaunched: number }[] = [];
    for (const scale of scales) {
      const file = join(dir, `program-${scale}x.xlsx`);
      writeFileSync(file, await writeXlsxBuffer(writeProgramWorkbook(scaleProgram(Program.parse(example), scale))));
      const rounds = scale >= 1000 ? 3 : scale >= 100 ? 5 : 7;
      const bare: number[] = [];
      const bareZlib: number[] = [];
      const bareLaunched: number[] = [];
      const validate: number[] = [];
      let rss = 0;
      let findings = 0;
      for (let i = 0; i < rounds; i++) {
        // Interleaved, so that a busy moment of the machine weighs on both alike.
        const read = run([join(__dirname, 'bare-read.js'), file]);
        const readZlib = run([join(__dirname, 'bare-read.js'), file, '--zlib']);
        if (read.status !== 0 || read.stdout !== readZlib.stdout) throw new Error(`the two bare reads of ${scale}× disagree: ${read.stdout.trim()} / ${readZlib.stdout.trim()} elements ${read.stderr}${readZlib.stderr}`);
        const readLaunched = run([...launcher, join(__dirname, 'bare-read.js'), file]);
        if (readLaunched.stdout !== read.stdout) throw new Error(`the bare read of ${scale}× with ${launcher.join(' ')} disagrees: ${readLaunched.stdout.trim()} ${readLaunched.stderr}`);
        bare.push(read.ms);
        bareZlib.push(readZlib.ms);
        bareLaunched.push(readLaunched.ms);
        const v = run([...launcher, bin, 'validate', file, '--format', 'json']);
        if (v.status !== 0 && v.status !== 1) throw new Error(`sverka validate ${scale}× exited ${v.status}: ${v.stderr}`);
        validate.push(v.ms);
        rss = Math.max(rss, v.rssMb ?? 0);
        findings = (JSON.parse(v.stdout) as { findings: unknown[] }).findings.length;
      }
      const b = median(bare);
      const bz = median(bareZlib);
      const bl = median(bareLaunched);
      const m = median(validate);
      results.push({ scale, validate: m, bare: b, bareZlib: bz, bareLaunched: bl });
      const growth = previous === null ? '—' : `×${(m / previous).toFixed(1)}`;
      console.log(
        `  ${String(scale).padStart(6)}×  ${String(Math.round(statSync(file).size / 1024)).padStart(8)}  ${`${b.toFixed(0)} (${bz.toFixed(0)}) [${bl.toFixed(0)}]`.padStart(23)}  ${m.toFixed(0).padStart(13)}  ${`${(m / b).toFixed(2)} (${(m / bz).toFixed(2)}) [${(m / bl).toFixed(2)}]`.padStart(25)}  ${growth.padStart(13)}  ${rss ? rss.toFixed(0).padStart(12) : '           —'}  ${String(findings).padStart(10)}`,
      );
      previous = m;
    }
    const at = (s: number) => results.find((r) => r.scale === s);
    const [one, hundred, thousand] = [at(1), at(100), at(1000)];
    if (one) console.log(`  1×: ${one.validate.toFixed(0)} мс (цель < 400 мс)`);
    if (hundred) {
      console.log(`  100×: ${hundred.validate.toFixed(0)} мс (цель < 1000 мс); отношение к голому чтению (цель ≤ 1,5): ${(hundred.validate / hundred.bare).toFixed(2)} — к fflate + saxes в Node по умолчанию,`);
      console.log(`        ${(hundred.validate / hundred.bareLaunched).toFixed(2)} — к тому же чтению с параметрами команды (${launcher.join(' ')}), ${(hundred.validate / hundred.bareZlib).toFixed(2)} — к zlib + saxes`);
    }
    if (hundred && thousand) console.log(`  1000× / 100×: ${(thousand.validate / hundred.validate).toFixed(1)} (цель ≤ 12)`);
    if (hundred) warmProcess(join(dir, 'program-100x.xlsx'));
    console.log(`  load average в конце: ${loadText()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
