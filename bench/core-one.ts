// One scale of the core benchmark, in a process of its own so that its peak memory is its own.
// Prints one JSON line: times in ms for checking from grids and from an .xlsx file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxFile } from '../src/cli/xlsx/read-xlsx';
import { writeXlsxBuffer } from '../src/cli/xlsx/write-xlsx';
import { Program } from '../src/domain/model/program';
import { checkWorkbook } from '../src/sheets/check-workbook';
import type { Grid } from '../src/sheets/grid';
import { writeProgramWorkbook } from '../src/sheets/write/program-workbook';
import example from '../examples/stupino-2020-2024.program.json';
import { scaleProgram } from './scaled-program';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function countCells(grids: readonly Grid[]): number {
  let n = 0;
  for (const g of grids) for (const row of g.rows) for (const c of row ?? []) if (c && c.value !== null && c.value !== '') n++;
  return n;
}

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 1);
  const rounds = scale >= 100 ? 3 : scale >= 10 ? 5 : 15;
  const program = scaleProgram(Program.parse(example), scale);
  const grids = writeProgramWorkbook(program);
  const cells = countCells(grids);

  const fromGrid: number[] = [];
  let findings = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    findings = checkWorkbook(grids).report.findings.length;
    fromGrid.push(performance.now() - t);
  }

  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  const file = join(dir, `program-${scale}x.xlsx`);
  writeFileSync(file, await writeXlsxBuffer(grids));
  const fromXlsx: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    checkWorkbook(await readXlsxFile(file));
    fromXlsx.push(performance.now() - t);
  }
  const subprograms = program.funding?.subprograms.length ?? 0;
  const indicators = program.indicators?.subprograms.reduce((n, s) => n + s.activities.reduce((m, a) => m + a.indicators.length, 0), 0) ?? 0;
  const result = {
    scale,
    subprograms,
    indicators,
    cells,
    findings,
    gridMs: median(fromGrid),
    xlsxMs: median(fromXlsx),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    file: process.env.SVERKA_BENCH_KEEP ? file : undefined,
  };
  if (!process.env.SVERKA_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(result) + '\n');
}

void main();
