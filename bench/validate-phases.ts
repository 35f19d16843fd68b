// Where the CPU of one `sverka validate` goes, phase by phase, in a fresh process (as the CLI pays it, the
// JIT cold): reading the .xlsx into grids, reading the tables, the rules, the JSON report. CPU time
// (process.cpuUsage), not wall time, so that a busy shared machine weighs less on the figures.
//
//   npx tsx bench/validate-phases.ts FILE.xlsx
import { readFileSync } from 'node:fs';
import { readXlsxBuffer } from '../src/cli/xlsx/read-xlsx';
import { reportJson } from '../src/cli/report-output';
import { checkProgram } from '../src/domain/check-program';
import { readWorkbook } from '../src/sheets/read/read-workbook';

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/validate-phases.ts FILE.xlsx');
  const buffer = readFileSync(file);
  let t = process.cpuUsage();
  const grids = await readXlsxBuffer(buffer);
  const read = cpuMs(t);
  t = process.cpuUsage();
  const reading = readWorkbook(grids);
  const tables = cpuMs(t);
  t = process.cpuUsage();
  const report = checkProgram({ program: reading.program, provenance: reading.provenance, readIssues: reading.readIssues });
  const rules = cpuMs(t);
  t = process.cpuUsage();
  const json = JSON.stringify(reportJson({ ...report, findings: report.findings.map((f) => ({ ...f, cellFix: null })), read: reading.read }, 'ru'), null, 2);
  const output = cpuMs(t);
  console.log(
    `${file}: CPU, ms — .xlsx → сетки ${read.toFixed(0)}, таблицы ${tables.toFixed(0)}, правила ${rules.toFixed(0)}, JSON ${output.toFixed(0)} (${report.findings.length} замечаний, ${json.length} знаков)`,
  );
}

void main();
