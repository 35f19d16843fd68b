// Table reading alone, CPU, as `sverka validate` runs it on grids already read: the sheet views made, the look
// for a report's forms, then readWorkbook. The first run is what the CLI pays (the JIT cold); the median of the
// next ones is the code warm. Under tsx the code is not the CLI's bundle (no code cache, other flags): for the
// CLI's own cold figure, time `sverka validate` itself (bench/core.ts, bench/validate-phases.ts).
//
//   npx tsx bench/read-tables.ts FILE.xlsx [RUNS]
import { readFileSync } from 'node:fs';
import { readXlsxBuffer } from '../src/cli/xlsx/read-xlsx';
import { readWorkbook } from '../src/sheets/read/read-workbook';
import { isReportWorkbook } from '../src/sheets/read/report/report-reader';
import { sheetViews } from '../src/sheets/read/sheet-view';

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const runs = Number(process.argv[3] ?? 10);
  if (!file) throw new Error('usage: npx tsx bench/read-tables.ts FILE.xlsx [RUNS]');
  const grids = await readXlsxBuffer(readFileSync(file));
  const times: number[] = [];
  // RUNS -1: the file read alone (the floor a count of instructions of the whole process is taken from).
  for (let i = 0; i <= runs; i++) {
    const t = process.cpuUsage();
    const views = sheetViews(grids);
    if (isReportWorkbook(grids, views)) throw new Error(`${file}: a report workbook`);
    readWorkbook(grids, views);
    times.push(cpuMs(t));
  }
  if (times.length === 0) return;
  const rest = times.slice(1).sort((a, b) => a - b);
  const warm = rest.length > 0 ? `, median of the next ${runs} ${rest[rest.length >> 1].toFixed(1)}` : '';
  console.log(`${file}: table reading CPU, ms — first ${times[0].toFixed(1)}${warm}`);
}

void main();
