// The CLI inflates .xlsx parts with Node's zlib; the shared reader's own inflater is fflate. Either way a
// workbook gives the same grids, and a hostile one the same refusal: zlib declines what is not a whole
// stream within the declared size, and fflate reads that as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { zlibInflate } from '../../../src/cli/xlsx/zlib-inflate';
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { XlsxReadError } from '../../../src/sheets/xlsx/xlsx-limits';
import { HOSTILE_CASES } from '../../../bench/hostile-workbooks';

function outcome(data: Uint8Array, withZlib: boolean): string {
  try {
    return JSON.stringify(readXlsxGrids(data, withZlib ? { inflate: zlibInflate } : {}));
  } catch (error) {
    if (error instanceof XlsxReadError) return `refused: ${error.message}`;
    throw error;
  }
}

describe('zlibInflate', () => {
  const text = new TextEncoder().encode('<sheetData>' + '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500) + '</sheetData>');
  const deflated = deflateRawSync(text);

  it('gives the bytes of a whole stream within the declared size', () => {
    expect(Buffer.from(zlibInflate(deflated, text.length)!).equals(Buffer.from(text))).toBe(true);
    expect(Buffer.from(zlibInflate(deflated, text.length + 10)!).equals(Buffer.from(text))).toBe(true);
  });

  it('declines a stream longer than the declared size, one cut short, damaged data and an empty part', () => {
    expect(zlibInflate(deflated, text.length - 1)).toBeNull();
    expect(zlibInflate(deflated.subarray(0, deflated.length >> 1), text.length)).toBeNull();
    expect(zlibInflate(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toBeNull();
    expect(zlibInflate(deflated, 0)).toBeNull();
  });
});

describe('a workbook read with zlib and with fflate', () => {
  it('the worked example: the same grids', () => {
    const data = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'stupino-2020-2024.xlsx'));
    const grids = outcome(data, true);
    expect(grids).not.toMatch(/^refused/);
    expect(grids).toBe(outcome(data, false));
  });

  // The hostile cases about the archive itself (bombs, a lying size, a damaged directory); the others are
  // about the XML inside, read alike once the bytes are the same (test/sheets/xlsx/hostile-workbooks.test.ts).
  const archiveCases = HOSTILE_CASES.filter((c) => /архив|оглавлени/.test(c.name));

  it('the hostile cases about the archive are there to compare', () => {
    expect(archiveCases.length).toBeGreaterThanOrEqual(6);
  });

  for (const c of archiveCases) {
    it(`hostile, ${c.name}: the same ${c.refusal ? 'refusal' : 'grids'}`, () => {
      const data = c.make();
      const withZlib = outcome(data, true);
      expect(withZlib.startsWith('refused')).toBe(c.refusal !== null);
      expect(withZlib).toBe(outcome(data, false));
    }, 60_000);
  }
});
