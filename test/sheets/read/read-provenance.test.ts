// The reading's provenance keeps an indicator's row as one record (read-provenance.ts) and still answers as
// the Map of every path read: the same cells, the first recorded kept, the same order when walked. Compared
// with a plain Map filled the way the reader filled it before.
import type { CellRef } from '../../../src/domain/provenance';
import { paths } from '../../../src/domain/paths';
import { yearSpanKey } from '../../../src/domain/model/year-span';
import { ReadProvenance, type ActivityCells, type AmountCells, type IndicatorCells } from '../../../src/sheets/read/read-provenance';
import type { Column } from '../../../src/domain/paths';

const y = (year: number) => ({ from: year, to: year });
const years = [y(2025), y(2026), { from: 2027, to: 2030 }];
const at = (cell: string): CellRef => ({ sheet: 'Лист2', cell });

/** An indicator's row with its cells named after the row; `made` counts the references made. */
function row(s: number, a: number, k: number, made: { n: number }, base = true): IndicatorCells {
  const r = 10 + k;
  const ref = (cell: string) => () => {
    made.n++;
    return at(cell);
  };
  return { s, a, k, name: ref(`C${r}`), unit: ref(`D${r}`), type: ref(`E${r}`), base: base ? ref(`F${r}`) : null, years, plan: (i) => ref(`${'GHI'[i]}${r}`)() };
}

/** The same row as the eager reader recorded it. */
function eager(map: Map<string, CellRef>, s: number, a: number, k: number, base = true): void {
  const r = 10 + k;
  const put = (path: string, ref: CellRef) => void (map.has(path) || map.set(path, ref));
  put(paths.indicator(s, a, k), at(`C${r}`));
  put(paths.indicatorField(s, a, k, 'name'), at(`C${r}`));
  put(paths.indicatorField(s, a, k, 'unit'), at(`D${r}`));
  put(paths.indicatorField(s, a, k, 'type'), at(`E${r}`));
  if (base) put(paths.indicatorField(s, a, k, 'base'), at(`F${r}`));
  years.forEach((year, i) => put(paths.indicatorPlan(s, a, k, year), at(`${'GHI'[i]}${r}`)));
}

function filled(): { lazy: ReadProvenance; plain: Map<string, CellRef>; made: { n: number } } {
  const made = { n: 0 };
  const lazy = new ReadProvenance();
  const plain = new Map<string, CellRef>();
  const both = (path: string, ref: CellRef) => {
    if (!lazy.has(path)) lazy.set(path, ref);
    if (!plain.has(path)) plain.set(path, ref);
  };
  both(paths.indicatorSubprogram(0), at('B7'));
  both(paths.activity(0, 0), at('A8'));
  lazy.recordIndicator(row(0, 0, 0, made));
  eager(plain, 0, 0, 0);
  lazy.recordIndicator(row(0, 0, 1, made, false));
  eager(plain, 0, 0, 1, false);
  both(paths.activity(0, 1), at('A12'));
  lazy.recordIndicator(row(0, 1, 0, made));
  eager(plain, 0, 1, 0);
  // A path recorded again keeps its first cell, lazy or not.
  both(paths.indicatorField(0, 0, 1, 'name'), at('Z99'));
  both(paths.activity(0, 0), at('Z98'));
  both(paths.indicators, at('A4'));
  return { lazy, plain, made };
}

/** A provenance and the plain Map the reader filled before, side by side: `both` records a path in each, the first kept. */
function sideBySide(): { made: { n: number }; lazy: ReadProvenance; plain: Map<string, CellRef>; both: (path: string, ref: CellRef) => void } {
  const made = { n: 0 };
  const lazy = new ReadProvenance();
  const plain = new Map<string, CellRef>();
  const both = (path: string, ref: CellRef): void => {
    lazy.recordFirst(path, ref);
    if (!plain.has(path)) plain.set(path, ref);
  };
  return { made, lazy, plain, both };
}

describe('the provenance of a reading', () => {
  it('answers every path as the plain Map does, making only the references asked for', () => {
    const { lazy, plain, made } = filled();
    expect(made.n).toBe(0);
    expect(lazy.get(paths.indicatorPlan(0, 1, 0, { from: 2027, to: 2030 }))).toEqual(at('I10'));
    expect(lazy.get(paths.indicatorField(0, 0, 1, 'name'))).toEqual(at('C11'));
    expect(made.n).toBe(2);
    for (const path of plain.keys()) expect([path, lazy.get(path)]).toEqual([path, plain.get(path)]);
    // What no row holds: its base when the table has none, an indicator not read, a path of another shape.
    expect(lazy.has(paths.indicatorField(0, 0, 1, 'base'))).toBe(false);
    expect(lazy.get(paths.indicator(0, 0, 2))).toBeUndefined();
    expect(lazy.get('indicators/sub/01/act/1/ind/1')).toBeUndefined();
    expect(lazy.get(paths.indicatorPlan(0, 0, 0, y(2031)))).toBeUndefined();
  });

  it('walks its entries in the order they were recorded, as the plain Map', () => {
    const { lazy, plain } = filled();
    expect(lazy.size).toBe(plain.size);
    expect([...lazy]).toEqual([...plain]);
    expect([...new Map(filled().lazy)]).toEqual([...plain]);
  });

  it('replaces a row’s path where it stands when set, as any Map does', () => {
    const { lazy, plain } = filled();
    const path = paths.indicatorField(0, 0, 0, 'unit');
    lazy.set(path, at('X1'));
    plain.set(path, at('X1'));
    lazy.set('funding', at('A1'));
    plain.set('funding', at('A1'));
    expect([...lazy.entries()]).toEqual([...plain.entries()]);
    expect(lazy.delete(paths.indicator(0, 1, 0))).toBe(true);
    lazy.clear();
    expect(lazy.size).toBe(0);
    expect(lazy.get(paths.indicator(0, 0, 0))).toBeUndefined();
  });
});

describe('the provenance of a funding table’s rows of amounts', () => {
  const columns: Column[] = ['total', ...years];
  /** Every row path of a row of amounts, with its cells' paths, as the readers record them. */
  const rowPaths: [string, (c: Column) => string][] = [
    [paths.fundingTotal, (c) => paths.fundingTotalCell(c)],
    [paths.fundingSubtotal(2), (c) => paths.fundingSubtotalCell(2, c)],
    [paths.fundingSource(0, 'regional'), (c) => paths.fundingSourceCell(0, 'regional', c)],
    [paths.fundingSource(0, 'other:фб/об'), (c) => paths.fundingSourceCell(0, 'other:фб/об', c)],
    [paths.fundingBySource('municipal#2'), (c) => paths.fundingBySourceCell('municipal#2', c)],
    [paths.fundingPart(1), (c) => paths.fundingPartCell(1, c)],
    [paths.fundingTotalRepeat(0), (c) => paths.fundingTotalRepeatCell(0, c)],
  ];

  it('names a row’s amounts by the row’s path as `paths` does', () => {
    for (const [row, cell] of rowPaths) {
      const lazy = new ReadProvenance();
      const cells = columns.slice(1).map((_, i) => ({ ref: at(`D${i}`) }));
      lazy.recordAmounts({ path: row, label: { ref: at('A1') }, total: { ref: at('C1') }, years, cells });
      expect([...lazy.keys()]).toEqual([row, ...columns.map(cell)]);
    }
  });

  /** A row of amounts whose references count when made. */
  function amounts(path: string, r: number, made: { n: number }, total = true): AmountCells {
    const cell = (name: string) => ({
      get ref() {
        made.n++;
        return at(`${name}${r}`);
      },
    });
    return { path, label: cell('A'), total: total ? cell('C') : null, years, cells: years.map((_, i) => cell('DEF'[i])) };
  }

  function eagerAmounts(map: Map<string, CellRef>, path: string, r: number, total = true): void {
    const put = (p: string, ref: CellRef) => void (map.has(p) || map.set(p, ref));
    put(path, at(`A${r}`));
    if (total) put(`${path}/total`, at(`C${r}`));
    years.forEach((_, i) => put(paths.fundingSourceCell(0, 'x', years[i]).replace('funding/sub/1/src/x', path), at(`${'DEF'[i]}${r}`)));
  }

  it('answers and walks as the plain Map, the first recorded of a path kept, making only the references asked for', () => {
    const { made, lazy, plain, both } = sideBySide();
    both(paths.funding, at('A5'));
    both(paths.fundingSubprogram(0), at('A7'));
    lazy.recordAmounts(amounts(paths.fundingSource(0, 'regional'), 8, made));
    eagerAmounts(plain, paths.fundingSource(0, 'regional'), 8);
    // A key that holds "/y/": its row's paths look like another row's year.
    lazy.recordAmounts(amounts(paths.fundingSource(0, 'other:a/y/2025'), 9, made, false));
    eagerAmounts(plain, paths.fundingSource(0, 'other:a/y/2025'), 9, false);
    lazy.recordAmounts(amounts(paths.fundingSource(0, 'other:a'), 10, made));
    eagerAmounts(plain, paths.fundingSource(0, 'other:a'), 10);
    // The same row path again (not made by the readers, but a Map keeps the first): the first row's cells.
    lazy.recordAmounts(amounts(paths.fundingSource(0, 'regional'), 11, made));
    eagerAmounts(plain, paths.fundingSource(0, 'regional'), 11);
    both(paths.fundingSubtotalCell(0, 'total'), at('C12'));
    both(`${paths.fundingSource(0, 'other:a')}/total`, at('Z1'));
    expect(made.n).toBe(0);
    expect(lazy.get(`${paths.fundingSource(0, 'regional')}/y/2026`)).toEqual(at('E8'));
    expect(made.n).toBe(1);
    for (const path of plain.keys()) expect([path, lazy.get(path)]).toEqual([path, plain.get(path)]);
    expect(lazy.has(`${paths.fundingSource(0, 'other:a/y/2025')}/total`)).toBe(false);
    expect(lazy.get(`${paths.fundingSource(0, 'regional')}/y/2031`)).toBeUndefined();
    expect(lazy.get(`${paths.fundingSource(0, 'regional')}/total/total`)).toBeUndefined();
    expect(lazy.size).toBe(plain.size);
    expect([...lazy]).toEqual([...plain]);
  });
});

describe('the formula of a path’s cell', () => {
  const f = (cell: string, formula?: string): CellRef => (formula ? { ...at(cell), formula } : at(cell));

  it('is what `get` gives, told apart from no cell, with no reference made for a cell that tells it', () => {
    const { made, lazy, plain, both } = sideBySide();
    const told = { n: 0 };
    // A cell that is only asked its reference, and one that tells its formula without it (as the readers' do).
    const refOnly = (ref: CellRef) => ({
      get ref() {
        made.n++;
        return ref;
      },
    });
    const telling = (ref: CellRef) => ({
      get ref() {
        made.n++;
        return ref;
      },
      formula: () => {
        told.n++;
        return ref.formula ?? null;
      },
    });
    both(paths.funding, at('A5'));
    const path = paths.fundingSource(0, 'regional');
    const label = f('A8');
    const total = f('C8', 'SUM(D8:F8)');
    const cells = [f('D8', 'D9+D10'), f('E8'), f('F8', 'F9')];
    lazy.recordAmounts({ path, label: refOnly(label), total: telling(total), years, cells: cells.map(telling) });
    plain.set(path, label);
    plain.set(`${path}/total`, total);
    years.forEach((year, i) => plain.set(paths.fundingSourceCell(0, 'regional', year), cells[i]));
    both(paths.fundingSubtotalCell(0, 'total'), f('C12', 'SUM(C8:C11)'));
    const missing = [`${path}/y/2031`, `${path}/total/total`, paths.fundingSource(0, 'federal'), paths.fundingSubtotalCell(0, 'total') + '/y'];
    for (const p of [...plain.keys(), ...missing]) {
      const cell = plain.get(p);
      expect([p, lazy.formulaOf(p)]).toEqual([p, cell === undefined ? undefined : (cell.formula ?? null)]);
    }
    // The label tells no formula: its reference is made (once per look-up), the others' never.
    expect(made.n).toBe(1);
    expect(told.n).toBe(4);
  });

  it('of a row’s cells, found by the row’s path, is what `formulaOf` gives each of them', () => {
    const lazy = new ReadProvenance();
    let n = 0;
    // Half the cells tell their formula without their reference (as the readers' do), half only have one.
    const cell = (name: string) => {
      const ref = n++ % 3 === 0 ? at(name) : f(name, `SUM(${name})`);
      return n % 2 === 0 ? { ref } : { ref, formula: () => ref.formula ?? null };
    };
    const row = (path: string, r: number, total = true): AmountCells => ({ path, label: cell(`A${r}`), total: total ? cell(`C${r}`) : null, years, cells: years.map((_, i) => cell(`${'DEF'[i]}${r}`)) });
    const regional = paths.fundingSource(0, 'regional');
    const odd = paths.fundingSource(0, 'other:a/y/2025');
    // An entry of its own recorded before the rows: it is the cell of its path.
    lazy.recordFirst(`${regional}/y/2026`, f('Z1', 'Z2'));
    lazy.recordAmounts(row(regional, 8));
    // A key that holds "/y/", a row at another row's cell path, a row without a total, the same row path again.
    lazy.recordAmounts(row(odd, 9));
    lazy.recordAmounts(row(paths.fundingSource(0, 'other:a'), 10));
    lazy.recordAmounts(row(`${regional}/total`, 11));
    lazy.recordAmounts(row(paths.fundingSubtotal(0), 12, false));
    lazy.recordAmounts(row(regional, 13));
    lazy.recordFirst(paths.fundingSubtotalCell(1, 'total'), f('C20', 'SUM(C1:C2)'));
    const rows = [regional, odd, paths.fundingSource(0, 'other:a'), `${regional}/total`, paths.fundingSubtotal(0), paths.fundingSubtotal(1), paths.fundingSource(0, 'federal')];
    const cellPaths = (r: string) => [`${r}/total`, ...years.map((y) => `${r}/y/${yearSpanKey(y)}`), `${r}/y/2031`, `${r}/total/total`];
    for (const r of rows) expect([r, lazy.formulasOfRow(r, cellPaths(r))]).toEqual([r, cellPaths(r).map((p) => lazy.formulaOf(p))]);
    expect(lazy.formulasOfRow(regional, [])).toEqual([]);
  });
});

describe('the provenance of an indicator table’s activities', () => {
  /** An activity's row whose cells count their references when made. */
  function activity(s: number, a: number, r: number, made: { n: number }, numbered: boolean): ActivityCells {
    const cell = (name: string) => ({
      get ref() {
        made.n++;
        return at(`${name}${r}`);
      },
    });
    const number = cell('A');
    const title = cell('B');
    return { s, a, at: numbered ? number : title, number: numbered ? number : null, title };
  }

  /** The same row as the reader recorded it before: its path, its number's when numbered, its title's. */
  function eagerActivity(map: Map<string, CellRef>, s: number, a: number, r: number, numbered: boolean): void {
    const put = (p: string, ref: CellRef) => void (map.has(p) || map.set(p, ref));
    put(paths.activity(s, a), at(`${numbered ? 'A' : 'B'}${r}`));
    if (numbered) put(paths.activityField(s, a, 'number'), at(`A${r}`));
    put(paths.activityField(s, a, 'title'), at(`B${r}`));
  }

  it('answers and walks as the plain Map, the first recorded of a path kept, making only the references asked for', () => {
    const { made, lazy, plain, both } = sideBySide();
    both(paths.indicatorSubprogram(0), at('A7'));
    lazy.recordActivity(activity(0, 0, 8, made, true));
    eagerActivity(plain, 0, 0, 8, true);
    lazy.recordIndicator(row(0, 0, 0, made));
    eager(plain, 0, 0, 0);
    lazy.recordActivity(activity(0, 1, 12, made, false));
    eagerActivity(plain, 0, 1, 12, false);
    both(paths.indicatorSubprogram(1), at('A13'));
    // Ten activities: "act/1" is the start of "act/10".
    for (let a = 0; a < 10; a++) {
      lazy.recordActivity(activity(1, a, 14 + a, made, a % 2 === 0));
      eagerActivity(plain, 1, a, 14 + a, a % 2 === 0);
    }
    both(paths.activity(0, 1), at('Z1'));
    both(paths.activityField(0, 1, 'number'), at('Z2'));
    expect(made.n).toBe(0);
    expect(lazy.get(paths.activityField(1, 9, 'title'))).toEqual(at('B23'));
    expect(made.n).toBe(1);
    for (const path of plain.keys()) expect([path, lazy.get(path)]).toEqual([path, plain.get(path)]);
    const near = (p: string) => [p, `${p}/`, `${p}0`, `${p}/number`, `${p}/title`, `${p}/name`, `${p}/ind/1`, p.slice(0, -1)];
    for (let a = 0; a < 12; a++) for (const p of near(paths.activity(1, a))) expect([p, lazy.get(p)]).toEqual([p, plain.get(p)]);
    expect(lazy.get('indicators/sub/2/act/01')).toBeUndefined();
    expect(lazy.size).toBe(plain.size);
    expect([...lazy]).toEqual([...plain]);
  });
});

describe('a path looked up before the rows are walked', () => {
  /** Rows of both kinds with repeated year keys, keys that hold "/y/", and no base or total column. */
  function recorded(): ReadProvenance {
    const twice = [y(2025), y(2025), { from: 2026, to: 2027 }];
    const lazy = new ReadProvenance();
    lazy.recordFirst(paths.funding, at('A1'));
    lazy.recordAmounts({ path: paths.fundingSource(0, 'other:a/y/2025'), label: { ref: at('A2') }, total: null, years: twice, cells: twice.map((_, i) => ({ ref: at(`D${i}`) })) });
    lazy.recordAmounts({ path: paths.fundingSource(0, 'other:a'), label: { ref: at('A3') }, total: { ref: at('C3') }, years: twice, cells: twice.map((_, i) => ({ ref: at(`E${i}`) })) });
    lazy.recordAmounts({ path: paths.fundingTotal, label: { ref: at('A4') }, total: { ref: at('C4') }, years, cells: years.map((_, i) => ({ ref: at(`F${i}`) })) });
    for (let k = 0; k < 3; k++) {
      lazy.recordIndicator({ s: 0, a: 1, k, name: () => at(`C${k}`), unit: () => at(`D${k}`), type: () => at(`E${k}`), base: k === 1 ? null : () => at(`F${k}`), years: twice, plan: (i) => at(`${'GHI'[i]}${k}`) });
    }
    return lazy;
  }

  it('gets the cell the walk of every entry gives, for the rows’ paths and paths near them', () => {
    const walked = new Map(recorded());
    const lazy = recorded();
    const near = (p: string) => [p, `${p}/`, `${p}/name`, `${p}/base`, `${p}/total`, `${p}/y/2025`, `${p}/y/2026-2027`, `${p}/y/2024`, `${p}/y/`, p.slice(0, -1)];
    const asked = [...walked.keys()].flatMap(near);
    for (let k = 0; k < 4; k++) asked.push(...near(paths.indicator(0, 1, k)), ...near(paths.indicatorField(0, 1, k, 'unit')));
    expect(asked.length).toBeGreaterThan(200);
    for (const path of asked) expect([path, lazy.get(path)]).toEqual([path, walked.get(path)]);
  });

  it('reads the numbers of a path only as `paths` writes them, and makes no reference to answer `has`', () => {
    const walked = new Map(recorded());
    const made = { n: 0 };
    const lazy = recorded();
    lazy.recordActivity({ s: 0, a: 1, at: { ref: at('B9') }, number: null, title: { ref: at('B9') } });
    lazy.recordIndicator(row(1, 0, 0, made, false));
    // Not a path of any row: leading zeros, letters after a number, a number too long, a year key of one year
    // written as a span, a base or a number the row has none of, an "/act/" or "/ind/" missing.
    const shapes = [
      'indicators/sub/01/act/2/ind/1',
      'indicators/sub/1/act/02/ind/1',
      'indicators/sub/1/act/2/ind/01',
      'indicators/sub/1x/act/2/ind/1',
      'indicators/sub/1/act/2x/ind/1',
      'indicators/sub/1/act/2/ind/1x',
      'indicators/sub/1/act/2/ind/1/y/2025-2025',
      'indicators/sub/1/act/2/ind/1/y/02025',
      'indicators/sub/1/act/2/ind/2/base',
      'indicators/sub/2/act/1/ind/1/base',
      'indicators/sub/1/act/2/number',
      'indicators/sub/1/act/2/ind/10000000001',
      'indicators/sub/1/ind/1',
      'indicators/sub/1/act/2/1',
      'indicators/sub//act/2/ind/1',
      `${paths.fundingTotal}/y/2025-2025`,
      `${paths.fundingSource(0, 'other:a')}/y/2026`,
    ];
    for (const path of shapes) {
      expect([path, lazy.has(path), lazy.get(path)]).toEqual([path, false, walked.get(path)]);
    }
    // Found, with no reference made for `has`: the row's own paths.
    expect(lazy.has(paths.indicatorField(1, 0, 0, 'unit'))).toBe(true);
    expect(lazy.has(paths.activityField(0, 1, 'title'))).toBe(true);
    expect(made.n).toBe(0);
    expect(lazy.get(paths.indicatorField(1, 0, 0, 'unit'))).toEqual(at('D10'));
    expect(made.n).toBe(1);
    expect(lazy.get('indicators/sub/1/act/2/ind/1/y/2026-2027')).toEqual(at('I0'));
  });
});
