import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Program } from '../../src/domain/model/program';
import { diffPrograms, rawChanges } from '../../src/server/program-diff';
import { checkProgram } from '../../src/domain/check-program';
import { addToAmount } from './amend';

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
        totals: [],
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

  test('one changed amount, with every total adjusted, is one change listing the eleven totals it moves', () => {
    const a = example();
    a.passport!.funding!.sources.find((x) => /городского округа/.test(x.name))!.total = '421246.1';
    const b = addToAmount(a, 1, /городского округа/, 2021, '12.5');
    expect(checkProgram({ program: b }).summary.error).toBe(0);
    expect(rawChanges(a, b)).toHaveLength(12);
    const changes = diffPrograms(a, b);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect([change.path, change.old, change.new]).toEqual(['funding/sub/2/src/municipal/y/2021', '15867.6', '15880.1']);
    expect(change.totals.map((t) => [t.path, t.old, t.new])).toEqual([
      ['funding/sub/2/src/municipal/total', '76118.1', '76130.6'],
      ['funding/sub/2/total/total', '78639.8', '78652.3'],
      ['funding/sub/2/total/y/2021', '16050.3', '16062.8'],
      ['funding/total/total', '423767.8', '423780.3'],
      ['funding/total/y/2021', '98398.3', '98410.8'],
      ['funding/bySource/municipal/total', '421246.1', '421258.6'],
      ['funding/bySource/municipal/y/2021', '98215.6', '98228.1'],
      ['passport/funding/total', '423767.8', '423780.3'],
      ['passport/funding/y/2021', '98398.3', '98410.8'],
      ['passport/funding/src/municipal/total', '421246.1', '421258.6'],
      ['passport/funding/src/municipal/y/2021', '98215.6', '98228.1'],
    ]);
  });

  test('two amounts of one subprogram and year: two changes, each with the totals it moves', () => {
    const a = example();
    const b = addToAmount(addToAmount(a, 0, /городского округа/, 2022, '1.0'), 0, /Московской области/, 2022, '2.0');
    const changes = diffPrograms(a, b);
    expect(changes.map((c) => c.path)).toEqual(['funding/sub/1/src/municipal/y/2022', 'funding/sub/1/src/regional/y/2022']);
    expect(changes[0].totals.map((t) => t.path)).toContain('funding/sub/1/total/y/2022');
    expect(changes[1].totals.map((t) => t.path)).toContain('funding/sub/1/total/y/2022');
    expect(changes[1].totals.map((t) => t.path)).not.toContain('funding/bySource/municipal/y/2022');
  });
});
