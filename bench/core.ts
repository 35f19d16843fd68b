// Issue 2's benchmark: read and validate generated programs of 1×, 10× and 100× the worked
// example's size, from a grid and from an .xlsx file, and the CLI end to end on the 100× file.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Row {
  scale: number;
  subprograms: number;
  indicators: number;
  cells: number;
  findings: number;
  gridMs: number;
  xlsxMs: number;
  peakRssMb: number;
  file?: string;
}

const rows: Row[] = [];
for (const scale of [1, 10, 100]) {
  const out = execFileSync(tsx, [join(__dirname, 'core-one.ts'), String(scale)], { env: { ...process.env, SVERKA_BENCH_KEEP: scale === 100 ? '1' : '' }, encoding: 'utf8' });
  rows.push(JSON.parse(out.trim().split('\n').pop()!) as Row);
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(9);
console.log('Проверка программы (чтение + правила), медиана / check (read + rules), median');
console.log('  масштаб  подпр.  показ.   ячеек   из сетки, мс  ячеек/с (сетка)  из .xlsx, мс  ячеек/с (.xlsx)  пик RSS, МБ');
for (const r of rows) {
  console.log(
    `  ${String(r.scale).padStart(5)}×  ${String(r.subprograms).padStart(6)}  ${String(r.indicators).padStart(6)}  ${String(r.cells).padStart(6)}  ${fmt(r.gridMs)}      ${fmt(r.cells / (r.gridMs / 1000), 0)}      ${fmt(r.xlsxMs)}      ${fmt(r.cells / (r.xlsxMs / 1000), 0)}      ${fmt(r.peakRssMb)}`,
  );
}
const [one, , hundred] = rows;
console.log(`  рост времени 100× / 1× (сетка): ${(hundred.gridMs / one.gridMs).toFixed(1)}; (.xlsx): ${(hundred.xlsxMs / one.xlsxMs).toFixed(1)} — линейно ≤ 150`);

// The CLI as a user runs it, on the 100× workbook: process start, .xlsx read, rules, JSON out.
const bin = join(root, 'bin', 'sverka.js');
spawnSync(process.execPath, [bin, '--help']); // builds dist/ once if needed
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const run = spawnSync(process.execPath, [bin, 'validate', hundred.file!, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push(performance.now() - t);
  if ((run.status !== 0 && run.status !== 1) || !JSON.parse(run.stdout).summary) throw new Error(`sverka validate exited ${run.status}: ${run.stderr}`);
}
times.sort((a, b) => a - b);
console.log(`  sverka validate (100×, .xlsx, --format json), процесс целиком: ${times[1].toFixed(0)} мс (медиана из 3; цель < 2000 мс)`);
