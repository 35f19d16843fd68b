// The look for a report's forms keeps no header band past the row it starts at. A band holds the texts of its
// columns; e624c39 kept every row's band for the whole run (shared by the looks for R1 and R2), so a sheet of
// 300 rows × 60 columns of long shared strings — a 30 KB file — needed > 64 MB of heap (`validate` died with
// V8's "heap out of memory" and a native stack; at 1 000 columns it took 4 GB). Run as a user runs it, with
// the heap held at 64 MB: the run ends with its report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, type BinaryRun } from '../../fixtures/cli-binary';
import { rawXlsx } from '../xlsx/raw-xlsx';

const WORDS = ['наименование', 'мероприятия', 'программы', 'источник', 'финансирования', 'объём'];

/** A text of `length` characters, made of header words and the number k (three distinct texts). */
function longText(k: number, length: number): string {
  const words: string[] = [];
  for (let n = 0, i = k; n < length; i++) {
    const w = `${WORDS[i % WORDS.length]}${k}`;
    words.push(w);
    n += w.length + 1;
  }
  return words.join(' ').slice(0, length);
}

function column(n: number): string {
  let s = '';
  for (let m = n + 1; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

function headerSheet(columns: number, rows: number): Uint8Array {
  const body: string[] = ['<sheetData>'];
  for (let r = 1; r <= rows; r++) {
    body.push(`<row r="${r}">`);
    for (let c = 0; c < columns; c++) body.push(`<c r="${column(c)}${r}" t="s"><v>${r % 3}</v></c>`);
    body.push('</row>');
  }
  body.push('</sheetData>');
  return rawXlsx([{ name: 'Лист1', body: body.join('') }], { sharedStrings: [0, 1, 2].map((k) => longText(k, 2000)) });
}

describe('the look for report forms on a sheet of long header texts', () => {
  const home = mkdtempSync(join(tmpdir(), 'sverka-bands-'));
  let run: (args: string[], env?: NodeJS.ProcessEnv) => Promise<BinaryRun>;
  beforeAll(async () => {
    run = await bundledCli(home);
  }, 120_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('validates 300 rows × 60 columns of 2 000-character texts within a 64 MB heap', async () => {
    const file = join(home, 'bands.xlsx');
    writeFileSync(file, headerSheet(60, 300));
    const result = await run(['validate', file, '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(result.stderr).not.toMatch(/heap out of memory/);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; findings: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
  }, 120_000);
});
