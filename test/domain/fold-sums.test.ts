// One defect, one finding: which mismatches one changed cell explains (src/domain/fold-sums.ts).
import { foldSums, type DeclaredSum } from '../../src/domain/fold-sums';

/** A sum "total = addends…" with amounts; `blame`: it can name an addend. */
function sum(path: string, stated: string, addends: [string, string][], statement = 'funding', blame = false): DeclaredSum {
  return { statement, path, stated, addends: addends.map(([p, amount]) => ({ path: p, amount })), precision: 1, canBlameAddend: blame };
}

// A 2×2 table: a, b | c, d; row totals r1, r2; column totals k1, k2. Each sum can blame an addend.
function table(v: Record<string, string>): DeclaredSum[] {
  return [
    sum('r1', v.r1, [['a', v.a], ['b', v.b]], 'funding', true),
    sum('r2', v.r2, [['c', v.c], ['d', v.d]], 'funding', true),
    sum('k1', v.k1, [['a', v.a], ['c', v.c]]),
    sum('k2', v.k2, [['b', v.b], ['d', v.d]]),
  ];
}
const valid = { a: '1.0', b: '2.0', c: '3.0', d: '4.0', r1: '3.0', r2: '7.0', k1: '4.0', k2: '6.0' };

describe('folding the mismatches one cell explains', () => {
  it('a valid table gives nothing', () => {
    expect(foldSums(table(valid))).toEqual([]);
  });

  it('an amount its row total and its column total disagree with alike: one finding at that amount, naming both totals', () => {
    expect(foldSums(table({ ...valid, a: '1.5' }))).toEqual([{ kind: 'addend', sum: 0, path: 'a', actual: '1.5', delta: 5n, affects: [0, 2] }]);
  });

  it('a total that disagrees alone: the total is wrong', () => {
    expect(foldSums(table({ ...valid, k2: '6.1' }))).toEqual([{ kind: 'total', sum: 3, affects: [] }]);
  });

  it('a total that is also an addend elsewhere: its own finding, naming the other total', () => {
    const sums = [...table(valid), sum('grand', '10.0', [['r1', '3.0'], ['r2', '7.0']])];
    sums[0] = sum('r1', '3.2', [['a', '1.0'], ['b', '2.0']], 'funding', true);
    sums[4] = sum('grand', '10.0', [['r1', '3.2'], ['r2', '7.0']]);
    expect(foldSums(sums)).toEqual([{ kind: 'total', sum: 0, affects: [4] }]);
  });

  it('two changes no one cell explains: every mismatch at its own total', () => {
    // a and b both changed: the row total is off by their sum, each column by its own change.
    expect(foldSums(table({ ...valid, a: '1.5', b: '2.5' })).map((f) => [f.kind, f.sum])).toEqual([['total', 0], ['total', 2], ['total', 3]]);
  });

  it('an amount and its row total changed alike: the column total is off alone, and is reported there', () => {
    expect(foldSums(table({ ...valid, a: '1.5', r1: '3.5' }))).toEqual([{ kind: 'total', sum: 2, affects: [] }]);
  });

  it('two cells that explain the same sums, neither a total: nothing is folded', () => {
    const sums = [sum('t1', '5.0', [['x', '1.0'], ['y', '3.0']], 'funding', true), sum('t2', '5.0', [['x', '1.0'], ['y', '3.0']], 'funding', true)];
    expect(foldSums(sums).map((f) => [f.kind, f.sum])).toEqual([['total', 0], ['total', 1]]);
  });

  it('one finding per statement at the cell: the passport with itself and against the annex', () => {
    const sums = [
      sum('p/total', '10.0', [['p/y1', '4.0'], ['p/y2', '6.5']], 'passport', true), // the passport's years
      sum('p/y2', '6.5', [['p/src/y2', '6.0']], 'passport', true), // the sources of year 2
      sum('p/y2', '6.5', [['annex/y2', '6.0']], 'passportFunding'), // against Приложение 1
    ];
    expect(foldSums(sums)).toEqual([
      { kind: 'total', sum: 1, affects: [0] },
      { kind: 'total', sum: 2, affects: [] },
    ]);
  });

  it('a statement that cannot word a finding at the cell is folded under the other\'s', () => {
    // An annex cell: the annex's own sums name it; the passport's comparison with it does not.
    const sums = [
      sum('annex/total', '10.0', [['annex/y1', '4.0'], ['annex/y2', '6.5']], 'funding', true),
      sum('annex/k2', '6.0', [['annex/y2', '6.5']], 'funding'),
      sum('p/y2', '6.0', [['annex/y2', '6.5']], 'passportFunding'),
    ];
    expect(foldSums(sums)).toEqual([{ kind: 'addend', sum: 0, path: 'annex/y2', actual: '6.5', delta: 5n, affects: [0, 1, 2] }]);
  });
});

describe('addends whose path is made when asked for (`under`)', () => {
  /** The sums of `table` with each addend's path counted when asked for, under its row ("r1/a" under "r1"). */
  function lazy(sums: DeclaredSum[], asked: string[]): DeclaredSum[] {
    return sums.map((s) => ({
      ...s,
      addends: s.addends.map((a) => ({
        get path() {
          asked.push(a.path);
          return a.path;
        },
        amount: a.amount,
        under: a.path.slice(0, a.path.lastIndexOf('/')),
      })),
    }));
  }
  /** The 2×2 table with its cells in rows "r1" and "r2" ("r1/a"), its totals named as before. */
  const rows = (v: Record<string, string>) =>
    table(v).map((s) => ({ ...s, addends: s.addends.map((a) => ({ ...a, path: `${'ab'.includes(a.path) ? 'r1' : 'r2'}/${a.path}` })) }));

  it('fold as the same sums with their paths made, asking only for the paths of cells under a cell looked at', () => {
    for (const changed of [{ a: '1.5' }, { k2: '6.1' }, { d: '4.5' }, { a: '1.5', b: '2.5' }]) {
      const asked: string[] = [];
      expect(foldSums(lazy(rows({ ...valid, ...changed }), asked))).toEqual(foldSums(rows({ ...valid, ...changed })));
    }
    // Only k2 off: its cells b and d are looked at; the cells of r1 and r2 are under their rows, which both hold one.
    const asked: string[] = [];
    foldSums([...lazy(rows({ ...valid, k2: '6.1' }), asked), ...lazy([sum('x', '1.0', [['x1/e', '1.0']])], asked)]);
    expect(asked).not.toContain('x1/e');
  });
});
