// The sums of Приложение 1 read their addends' amounts from the rows (alongAmounts, downAmounts): the same cells and
// amounts as looking each addend's path up among every cell of the table (amounts of along, down) — where no two
// cells share a path. Two year columns of the same year share their cells' paths; each sum adds each column's own.
import { checkProgram } from '../../src/domain/check-program';
import { fundingColumns } from '../../src/domain/funding-rows';
import { fundingTotals, type SumCell } from '../../src/domain/funding-totals';
import type { FundingTable } from '../../src/domain/model/funding';
import { Program } from '../../src/domain/model/program';
import example from '../../examples/stupino-2020-2024.program.json';

/** The example's table with its amounts changed, a row emptied, a source repeated and the ИТОГО dropped, by seed. */
function variant(table: FundingTable, seed: number): FundingTable {
  const amount = (i: number) => (i % 5 === seed % 5 ? null : `${(i * 37 + seed) % 1000}.${seed % 10}`);
  let i = 0;
  const row = <R extends { total: string | null; years: (string | null)[] }>(r: R): R => ({ ...r, total: amount(i++), years: r.years.map(() => amount(i++)) });
  return {
    ...table,
    totalColumn: seed % 3 === 0 ? 'none' : table.totalColumn,
    subprograms: table.subprograms.map((sp, s) => ({ ...sp, sources: [...sp.sources, ...(s === seed % 3 ? sp.sources.slice(0, 1) : [])].map(row), total: sp.total && s !== seed % 4 ? row(sp.total) : null })),
    total: table.total && seed % 2 === 0 ? row(table.total) : null,
    totalBySource: table.totalBySource.map(row),
  };
}

/** Cells as their path and amount: a row's cell makes its path when asked (funding-totals.ts), a looked-up one has it. */
const plain = (cells: readonly SumCell[] | null) => cells?.map((c) => ({ path: c.path, amount: c.amount })) ?? null;

describe('the addends of the funding table’s sums', () => {
  it('are the cells and amounts that looking up their paths gives', () => {
    const table = Program.parse(example).funding!;
    for (let seed = 0; seed < 12; seed++) {
      const funding = variant(table, seed);
      const totals = fundingTotals(funding, 1);
      let compared = 0;
      for (const r of totals.rows) {
        expect(plain(totals.alongAmounts(r))).toEqual(totals.amounts(totals.along(r)));
        for (const c of totals.columns) {
          const down = totals.down(r, c.column);
          expect(plain(totals.downAmounts(r, c))).toEqual(down === null ? null : totals.amounts(down));
          compared += down?.length ?? 0;
        }
      }
      expect(compared).toBeGreaterThan(10);
    }
  });

  it('are each under its row: a cell’s path is its `under`, "/" and more (the folding skips cells by it)', () => {
    const totals = fundingTotals(Program.parse(example).funding!, 1);
    let cells = 0;
    for (const r of totals.rows) {
      for (const cell of totals.alongAmounts(r)) {
        expect(cell.path.startsWith(`${cell.under}/`)).toBe(true);
        cells++;
      }
    }
    expect(cells).toBeGreaterThan(10);
  });

  it('of some rows in a column (P003, F003) are what looking up their paths gives, a repeated year column too', () => {
    const table = Program.parse(example).funding!;
    const repeated = { ...table, years: [table.years[0], { ...table.years[0] }, ...table.years.slice(2)] };
    for (const funding of [...Array.from({ length: 12 }, (_, seed) => variant(table, seed)), repeated]) {
      const totals = fundingTotals(funding, 1);
      for (const c of fundingColumns(funding.years)) {
        expect(plain(totals.cellsIn(totals.rows, c.column))).toEqual(totals.amounts(totals.rows.map((r) => r.cellPath(c.column))));
      }
    }
    // Two source rows of one subprogram given one key (a name that reads as another's repeat): one path, two rows.
    const sources = table.subprograms[0].sources;
    const clash = {
      ...table,
      subprograms: [{ ...table.subprograms[0], sources: [sources[0], { ...sources[0], source: 'Прочие', total: '1.0' }, { ...sources[0], source: 'Прочие', total: '2.0' }, { ...sources[0], source: 'Прочие#2', total: '3.0' }] }, ...table.subprograms.slice(1)],
    };
    const clashing = fundingTotals(clash, 1);
    const keys = clashing.rows.filter((r) => r.kind === 'source' && r.sub === 0).map((r) => r.path);
    expect(new Set(keys).size).toBeLessThan(keys.length);
    expect(plain(clashing.cellsIn(clashing.rows, 'total'))).toEqual(clashing.amounts(clashing.rows.map((r) => r.cellPath('total'))));
    // The repeated year: both columns' cells have one path, and the amount is the one a lookup finds (the last column's).
    const totals = fundingTotals(repeated, 1);
    const row = totals.rows.find((r) => r.row.years[0] !== r.row.years[1])!;
    expect(totals.cellsIn([row], repeated.years[0])[0].amount).toBe(row.row.years[1] ?? null);
  });
});

describe('a funding table whose year columns repeat a year', () => {
  it('adds each column’s own amounts: the repeat is S003’s finding, not a row total, subtotal or ИТОГО off', () => {
    // The worked example's second year column headed as its first: every amount as written, every sum right.
    // (Looking the addends up by path gave the second column's amount for both: 13 false F001–F004.)
    const program = Program.parse(example);
    const years = program.funding!.years;
    years[1] = { ...years[0] };
    const rules = checkProgram({ program }).findings.map((f) => f.rule);
    expect(rules).toContain('S003');
    expect(rules.filter((r) => /^F00[1-4]$/.test(r))).toEqual([]);
    const totals = fundingTotals(program.funding!, 1);
    for (const r of totals.rows) expect(totals.alongAmounts(r).map((a) => a.amount)).toEqual(r.row.years.map((y) => y ?? null));
  });

  it('leaves the passport’s amounts of that year uncompared: which column they are cannot be told (P002, P003)', () => {
    // The worked example's passport agrees with its own years; with the annex's 2021 column headed «2020», the
    // passport's 2020 amounts were compared with one of the two 2020 columns (3 false P003 at the example).
    const program = Program.parse(example);
    const years = program.funding!.years;
    years[1] = { ...years[0] };
    const findings = checkProgram({ program }).findings;
    const base = checkProgram({ program: Program.parse(example) }).findings;
    const yearFindings = (fs: typeof findings) => fs.filter((f) => /^P00[23]$/.test(f.rule) && f.path.includes('/y/2020'));
    expect(yearFindings(findings)).toEqual([]);
    // The other years and totals are compared as before.
    const others = (fs: typeof findings) => fs.filter((f) => /^P00[23]$/.test(f.rule)).map((f) => f.path).filter((p) => !p.includes('/y/2020') && !p.includes('/y/2021'));
    expect(others(findings)).toEqual(others(base));
    expect(others(base).length).toBeGreaterThan(0);
  });
});
