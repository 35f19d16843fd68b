// Where the CPU of `sverka validate` goes, phase by phase: reading the .xlsx into grids, reading the tables,
// the rules, the JSON report — beside the bare read of the same file (bench/bare-read.js, zlib inflating, as
// validate inflates) in the same process. CPU time (process.cpuUsage: every thread, the JIT's and the GC's
// too), not wall time, so that a busy shared machine weighs less on the figures.
// The first round is a fresh process, as the CLI pays it (the JIT cold); with --rounds N the same work is
// repeated and the last round shows what each phase costs once V8 has compiled it — what is left when
// warming up is taken away.
//
//   npx tsx bench/validate-phases.ts FILE.xlsx [--rounds N]
import { readFileSync } from 'node:fs';
import { readXlsxBuffer } from '../src/cli/xlsx/read-xlsx';
import { writeReportJson } from '../src/cli/report-output';
import { checkProgram } from '../src/domain/check-program';
import { readWorkbook } from '../src/sheets/read/read-workbook';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript of the bench, shared with bench/core.ts
const { bareRead } = require('./bare-read.js') as { bareRead: (file: string, options: { zlib: boolean }) => number };

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

async function round(file: string): Promise<string> {
  let t = process.cpuUsage();
  bareRead(file, { zlib: true });
  const bare = cpuMs(t);
  t = process.cpuUsage();
  const grids = await readXlsxBuffer(readFileSync(file));
  const read = cpuMs(t);
  t = process.cpuUsage();
  const reading = readWorkbook(grids);
  const tables = cpuMs(t);
  t = process.cpuUsage();
  const report = checkProgram({ program: reading.program, provenance: reading.provenance, readIssues: reading.readIssues });
  const rules = cpuMs(t);
  t = process.cpuUsage();
  // As validate writes it (writeReportJson: each finding's JSON made as its run is written).
  let json = '';
  writeReportJson({ ...report, findings: report.findings.map((f) => ({ ...f, cellFix: null })), read: reading.read }, 'ru', (piece) => void (json += piece));
  const output = cpuMs(t);
  const all = read + tables + rules + output;
  return (
    `голое чтение ${bare.toFixed(0)}; .xlsx → сетки ${read.toFixed(0)}, таблицы ${tables.toFixed(0)}, правила ${rules.toFixed(0)}, JSON ${output.toFixed(0)}` +
    ` — всего ${all.toFixed(0)} (×${(all / bare).toFixed(2)} голого чтения; ${report.findings.length} замечаний, ${json.length} знаков)`
  );
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const at = process.argv.indexOf('--rounds');
  const rounds = at > 0 ? Number(process.argv[at + 1]) : 1;
  if (!file || !(rounds >= 1)) throw new Error('usage: npx tsx bench/validate-phases.ts FILE.xlsx [--rounds N]');
  console.log(`${file}: ЦП, мс`);
  for (let i = 1; i <= rounds; i++) {
    const line = await round(file);
    if (i === 1 || i === rounds) console.log(`  ${i}-й прогон: ${line}`);
  }
}

void main();
