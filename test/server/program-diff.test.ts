import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../src/domain/model/program';
import { diffPrograms } from '../../src/server/program-diff';

const example = (): Program => Program.parse(JSON.parse(readFileSync(join(__dirname, '../../examples/stupino-2020-2024.program.json'), 'utf8')));

describe('the diff of two programs, in domain terms', () => {
  test('no change, no diff', () => {
    expect(diffPrograms(example(), example())).toEqual([]);
  });

  test('an amount written with another number of decimals is not a change', () => {
    const b = example();
    b.funding!.subprograms[0].sources[0].total = '345128.00';
    expect(diffPrograms(example(), b)).toEqual([]);
  });

  test('a corrected passport total is one change at its source', () => {
    const b = example();
    b.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
    expect(diffPrograms(example(), b)).toEqual([
      {
        change: 'changed',
        path: 'passport/funding/src/municipal/total',
        table: 'passport',
        subprogram: null,
        source: 'Бюджет городского округа Ступино Московской области',
        activity: null,
        indicator: null,
        field: 'total',
        year: null,
        old: '421246.4',
        new: '421246.1',
      },
    ]);
  });

  test('reordered subprograms are matched by title, not position', () => {
    const b = example();
    b.indicators!.subprograms.reverse();
    b.funding!.subprograms.reverse();
    const changes = diffPrograms(example(), b);
    expect(changes).toEqual([]);
  });

  test('an added indicator, a removed source row and a renamed unit', () => {
    const a = example();
    const b = example();
    const act = b.indicators!.subprograms[1].activities[0];
    act.indicators.push({ name: 'Доля отечественного ПО', unit: '%', type: 'Отраслевой', base: null, plan: [null, null, null, null, { value: '80', bound: 'min' }] });
    act.indicators[0].unit = 'процент';
    b.funding!.subprograms[0].sources = b.funding!.subprograms[0].sources.filter((s) => !/Внебюджетные/.test(s.source));
    const changes = diffPrograms(a, b).map((c) => [c.change, c.table, c.field, c.source ?? c.indicator, c.old, c.new]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['added', 'indicators', 'indicator', 'Доля отечественного ПО', null, 'Доля отечественного ПО'],
        ['changed', 'indicators', 'unit', act.indicators[0].name, '%', 'процент'],
        ['removed', 'funding', 'source', 'Внебюджетные источники', 'Внебюджетные источники', null],
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  test('a renamed subprogram is one title change, not a removal and an addition', () => {
    const b = example();
    const old = b.funding!.subprograms[0].title;
    b.funding!.subprograms[0].title = old.replace('муниципальных услуг', 'государственных и муниципальных услуг');
    const changes = diffPrograms(example(), b);
    expect(changes.map((c) => [c.change, c.table, c.field, c.old, c.new])).toEqual([['changed', 'funding', 'title', old, b.funding!.subprograms[0].title]]);
  });
});
