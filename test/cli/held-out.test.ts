// One defect, one finding on workbooks this project's writers never made (issue 9, "Judged by"): a valid
// program pasted from Word as the acceptance workbooks are (test/fixtures/pasted-workbook.ts: ExcelJS
// directly, layouts of their own), seeds no other test uses; one amount of Приложение 1 typed over —
// a year amount, a row's «Общий объем», a subprogram total, ИТОГО, a «в том числе» row — and the binary,
// `bin/sverka.js validate --format json`, must give exactly one error, at that cell.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli/report-output';
import { bundledCli } from '../fixtures/cli-binary';
import { pastedWorkbook, pastedWorkbookXlsx, seededRng, type PastedWorkbook } from '../fixtures/pasted-workbook';

const SEEDS = Array.from({ length: 16 }, (_, i) => 7001 + i * 11);
/** The marks of amounts on the funding sheet: f/sub/S/src/K/COL, f/sub/S/total/COL, f/total/COL, f/by/K/COL. */
const AMOUNT_MARK = /^f\/(?:sub\/\d+\/(?:src\/\d+|total)|total|by\/\d+)\/(?:total|\d+)$/;

interface Changed {
  wb: PastedWorkbook;
  sheet: string;
  cell: string;
  what: string;
}

/** The amount a cell shows, in tenths: a number, Russian text ("1 567,0") or a dash (zero). */
function tenthsIn(value: unknown): number | null {
  if (typeof value === 'number') return Math.round(value * 10);
  if (value === null || (typeof value === 'string' && /^\s*[-–—]?\s*$/.test(value))) return 0;
  if (typeof value === 'string' && /^[\d\s\u00a0\u202f]+(,\d+)?$/.test(value.trim())) return Math.round(Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) * 10);
  return null;
}

/** One amount of the funding sheet typed over with another number, as a person does. */
function changeOneAmount(seed: number): Changed {
  const wb = pastedWorkbook(seed, null);
  const funding = wb.sheets.find((s) => s.role === 'funding')!;
  const rng = seededRng(seed * 31 + 7);
  const marks = [...funding.marks.keys()].filter((m) => AMOUNT_MARK.test(m) && tenthsIn(funding.get(...funding.marks.get(m)!)) !== null).sort();
  const mark = marks[Math.floor(rng() * marks.length)];
  const [row, col] = funding.marks.get(mark)!;
  const before = tenthsIn(funding.get(row, col))!;
  const delta = [1, 3, 10, 1000, -1, -7][Math.floor(rng() * 6)];
  const after = before + delta >= 0 ? before + delta : before - delta;
  funding.set(row, col, after / 10);
  return { wb, sheet: wb.sheetName.funding, cell: funding.address(mark), what: `${mark}: ${before / 10} → ${after / 10} (${wb.describe})` };
}

const dir = mkdtempSync(join(tmpdir(), 'sverka-held-out-'));
const results = new Map<number, { changed: Changed; code: number | null; report: JsonReport; stderr: string }>();

beforeAll(async () => {
  const sverka = await bundledCli(join(dir, 'package'));
  for (const seed of SEEDS) {
    const changed = changeOneAmount(seed);
    const file = join(dir, `${seed}.xlsx`);
    writeFileSync(file, await pastedWorkbookXlsx(changed.wb));
    const run = await sverka(['validate', file, '--format', 'json']);
    results.set(seed, { changed, code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr });
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one changed amount of a held-out workbook, through `sverka validate --format json`', () => {
  it.each(SEEDS)('seed %i: exactly one error, at the changed cell', (seed) => {
    const { changed, code, report, stderr } = results.get(seed)!;
    const errors = report.findings.filter((f) => f.severity === 'error');
    const brief = errors.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
    expect({ what: changed.what, errors: errors.map((f) => `${f.sheet}!${f.cell}`) }).toEqual({ what: changed.what, errors: [`${changed.sheet}!${changed.cell}`] });
    expect(brief).toHaveLength(1);
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('the clean workbooks behind them have no error (what makes the one error the changed cell\'s)', async () => {
    const { runCli } = await import('../../src/cli/main');
    for (const seed of SEEDS) {
      const file = join(dir, `${seed}-clean.xlsx`);
      writeFileSync(file, await pastedWorkbookXlsx(pastedWorkbook(seed, null)));
      let stdout = '';
      const exit = await runCli(['validate', file, '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {} });
      const errors = (JSON.parse(stdout) as JsonReport).findings.filter((f) => f.severity === 'error');
      expect({ seed, errors: errors.map((f) => `${f.rule} ${f.cell}`) }).toEqual({ seed, errors: [] });
      expect(exit).toBe(0);
    }
  }, 120_000);

  it('names, with the one error, the totals it throws off', () => {
    // A changed year amount is in its row's «Общий объем» and in a column total at least.
    const withAffects = [...results.values()].filter(({ report }) => report.findings.some((f) => f.severity === 'error' && f.affects.length > 0));
    expect(withAffects.length).toBeGreaterThan(0);
    for (const { report } of withAffects) {
      for (const f of report.findings.filter((x) => x.severity === 'error')) for (const a of f.affects) expect(a.where.length).toBeGreaterThan(0);
    }
  });
});
