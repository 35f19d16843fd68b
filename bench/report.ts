// Reading and checking a report (REPORTS.md) of the 100× program, beside its floor measured in the same run:
//   - a bare streaming read of the same .xlsx (bench/bare-read.js: fflate + saxes, nothing built);
//   - `sverka validate R.xlsx --program P.json --format json` as a user runs it: the forms R1/R2 found by
//     content, read with every cell, the R-rules against the program (R001 compares every plan).
// Medians of interleaved runs (the machine is shared: the ratio within one run is what to compare).
//
//   npm run bench:report            (tsx bench/report.ts [scale], 100 by default)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsxBuffer } from '../src/cli/xlsx/write-xlsx';
import { fromScaled, toScaled } from '../src/domain/amount';
import { Program } from '../src/domain/model/program';
import { fillFacts, type LineFacts } from '../src/domain/reporting/fill-facts';
import { reportFromProgram } from '../src/domain/reporting/report-from-program';
import { reportTotals } from '../src/domain/reporting/report-totals';
import { writeReportWorkbook } from '../src/sheets/write/report/report-workbook';
import example from '../examples/stupino-2020-2024.program.json';
import { scaleProgram } from './scaled-program';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'sverka.js');
/** Node's options on the command's first line: `sverka` as a user runs it (bin/sverka.js, launcherOptions). */
const launcher = (createRequire(__filename)(bin) as { launcherOptions: () => string[] }).launcherOptions();
const scale = Number(process.argv[2] ?? 100) || 100;
const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function run(args: string[]): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-report-'));
  try {
    const program = scaleProgram(Program.parse(example), scale);
    const blank = reportFromProgram(program, { year: 2021, quarters: 1 });
    // Each line spent a quarter of its plan, financed the same: a report a department would send.
    const lines: Record<string, LineFacts> = {};
    for (const l of reportTotals(blank.funding!).leaves) {
      const quarter = fromScaled(toScaled(l.line.plan ?? '0', 1) / 4n, 1);
      lines[l.path] = { financed: quarter, spent: quarter };
    }
    const report = fillFacts(blank, { lines, indicatorPercents: true });
    const file = join(dir, `report-${scale}x.xlsx`);
    const programFile = join(dir, `program-${scale}x.json`);
    writeFileSync(file, await writeXlsxBuffer(writeReportWorkbook(report)));
    writeFileSync(programFile, JSON.stringify(program));
    run([join(root, 'scripts', 'build-cli.mjs')]); // the bundle and its code cache, of these sources
    const bare: number[] = [];
    const validate: number[] = [];
    let findings = 0;
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(run([join(__dirname, 'bare-read.js'), file]).ms);
      const v = run([...launcher, bin, 'validate', file, '--program', programFile, '--format', 'json']);
      if (v.status !== 0 && v.status !== 1) throw new Error(`sverka validate (report ${scale}×) exited ${v.status}: ${v.stderr}`);
      validate.push(v.ms);
      findings = (JSON.parse(v.stdout) as { findings: unknown[] }).findings.length;
    }
    const b = median(bare);
    const m = median(validate);
    const rows = report.funding!.subprograms.reduce((n, s) => n + s.sources.length + 1, 0) + report.indicators!.subprograms.reduce((n, s) => n + s.activities.reduce((k, a) => k + a.indicators.length, 0), 0);
    console.log(`Отчёт ${scale}× (формы R1+R2, ${rows} строк, ${Math.round(statSync(file).size / 1024)} КБ): чтение и проверка R001–R008, медианы из ${ROUNDS}; ${cpus().length} ядра, Node ${process.version}; load average ${load()}`);
    console.log(`  голое потоковое чтение того же файла (пол): ${b.toFixed(0)} мс`);
    console.log(`  sverka validate R.xlsx --program P.json: ${m.toFixed(0)} мс (${(m / b).toFixed(2)} пола), замечаний: ${findings}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
