// The reading's provenance keeps an indicator's row as one record (read-provenance.ts) and still answers as
// the Map of every path read: the same cells, the first recorded kept, the same order when walked. Compared
// with a plain Map filled the way the reader filled it before.
import type { CellRef } from '../../../src/domain/provenance';
import { paths } from '../../../src/domain/paths';
import { ReadProvenance, type IndicatorCells } from '../../../src/sheets/read/read-provenance';

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
