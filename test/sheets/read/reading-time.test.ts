// Reading is linear: the benchmark's 100× program (200 subprograms, 2 700 indicators; here 2 800) reads in well
// under a second, and ten times the rows take about ten times the time, not a hundred.
import { readWorkbook } from '../../../src/sheets/read/read-workbook';
import { buildGrid } from '../../fixtures/grid-builder';
import { largeFunding, largeIndicators } from './large-workbook';

function timeToRead(subprograms: number, perSubprogram: number): { ms: number; indicators: number } {
  const grids = [buildGrid(largeFunding(subprograms)), buildGrid(largeIndicators(subprograms, perSubprogram))];
  readWorkbook(grids); // warm up
  // The best of five runs: the machine is shared, and a run that waited for the CPU says nothing of the code.
  let ms = Infinity;
  let reading = readWorkbook(grids);
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    reading = readWorkbook(grids);
    ms = Math.min(ms, Number(process.hrtime.bigint() - start) / 1e6);
  }
  const indicators = reading.program.indicators!.subprograms.reduce((n, s) => n + s.activities.reduce((m, a) => m + a.indicators.length, 0), 0);
  return { ms, indicators };
}

describe('reading time', () => {
  it('reads 200 subprograms and 2 800 indicators in well under a second', () => {
    const { ms, indicators } = timeToRead(200, 14);
    expect(indicators).toBe(2800);
    expect(ms).toBeLessThan(800);
  });

  it('grows linearly with the number of rows', () => {
    const small = timeToRead(20, 14);
    const large = timeToRead(200, 14);
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(40);
  });
});
